"""Kazakh typed in Latin letters is hyphenated by the Cyrillic syllable rules, at clean Latin cuts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recbook.kazakh_latin import readings
from recbook.kazakh_latin.spelling import style
from recbook.render.hyphenate_kk import SOFT_HYPHEN, hyphenate
from recbook.render.hyphenate_kk_latin import hyphenate_latin

# a sentence in each spelling, so the passage reads as Kazakh; the words under test are added to it
CONTEXT = {
    "2021": "Auyldyq kıtaphanalardy jañartu kerek.",
    "informal": "Zhumystan kesh shyghatyn analar ushin kerek.",
    "2017": "Ay'yldyq mektepterge tegin i'nternet qosy' kerek.",
    "2018": "Aýyldyq kitaphanalardy jańartý kerek.",
}

EXAMPLES = [  # (spelling, word with | at each break), the Cyrillic word's breaks carried over
    ("2021", "qūr|met|teu"),  # құр|мет|теу
    ("2021", "mi|nistr|lık"),  # ми|нистр|лік: three consonants, all but the last stay
    ("2021", "qi|yn|dyq"),  # қи|ын|дық: i after a consonant is the vowel
    ("2021", "qiyn"),  # қиын: four letters, whole
    ("2021", "ja|ñar|typ"),
    ("2021", "biud|jet|ten"),  # бюд|жет|тен: «iu» is one letter, ю
    ("2021", "stan|tsi|ia|lar"),  # стан|ци|я|лар: «tsi» ци and «ia» я are never cut inside
    ("2021", "Qa|ra|ğandy"),  # Қа|ра|ғанды: a name with Kazakh letters is Kazakh
    ("informal", "zha|zushy"),  # жа|зушы: after «zh», not inside it
    ("informal", "shy|gha|tyn"),  # шы|ға|тын
    ("informal", "ma|ngyzdy"),  # ма|ңызды: «ng» is ң
    ("informal", "ba|la|bak|sha|lar|dyng"),
    ("informal", "Zhu|mys|tan"),
    ("2017", "s'a|g'yndy"),  # ша|ғынды: a letter keeps its apostrophe
    ("2017", "qur|met|tey'"),  # құр|мет|теу: three letters after the last break, the apostrophe no letter
    ("2017", "ta|sy|mal|dy'g'a"),
    ("2017", "i'n|ter|net"),
    ("2018", "bıýd|jet|ten"),  # бюд|жет|тен: «ıý» is ю
    ("2018", "qı|yn|dyq"),
    ("2018", "ja|ńartý"),
]


def broken(text: str) -> dict[str, str]:
    """Return {word: word with | at its breaks} for every word of `text` hyphenated with |."""
    return {w.replace("|", ""): w for w in re.findall(r"[\w'|]+", hyphenate(text, "|"))}


@pytest.mark.parametrize("spelling, expected", EXAMPLES)
def test_latin_kazakh_breaks_where_its_cyrillic_reading_does(spelling: str, expected: str) -> None:
    word = expected.replace("|", "")
    assert broken(f"{CONTEXT[spelling]} {word} jasau kerek.")[word] == expected


@pytest.mark.parametrize("word", ["Google", "Samsung", "software", "Facebook", "marketplace"])
def test_english_words_and_names_in_a_kazakh_latin_text_stay_whole(word: str) -> None:
    text = f"{CONTEXT['2021']} Olar {word} arqyly qūrmetteu mäselelerın şeşedı."
    assert broken(text)[word] == word
    assert broken(text)["qūrmetteu"] == "qūr|met|teu"


@pytest.mark.parametrize("text", [
    "Every rural district should renew its library and connect it to free internet.",
    "Build a new road from Aqtöbe to Qostanay and repair the bridge near Qyzylorda before the winter.",
    "Die Gemeinde muss öffentliche Büchereien in ländlichen Gebieten fördern und Zugang gewähren.",
    "Әр ауылдық округте кітапхананы жаңартып, Microsoft пен Google қосу керек.",
    "Qazaqstan",
])
def test_a_text_with_no_latin_kazakh_comes_back_as_it_is(text: str) -> None:
    assert hyphenate_latin(text) is text  # not even a copy: the sample's books keep their bytes


def test_hyphenating_a_cyrillic_text_does_not_load_the_latin_rules() -> None:
    import subprocess
    import sys

    code = ("import sys; from recbook.render.hyphenate_kk import hyphenate; "
            "hyphenate('Ауылдық кітапханаларды Google арқылы жаңарту'); "
            "print('recbook.kazakh_latin.rules' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"  # their forty-odd patterns wait for the first Latin text


def test_abbreviations_words_with_digits_other_scripts_and_addresses_stay_whole() -> None:
    text = (f"{CONTEXT['2021']} BŪŪ jäne QAZAQSTANNYÑ 5qalalardy qalalarдың ötınışter@gov.kz "
            "https://qoldau.kz/aqparattandyru qūrmetteu")
    found = broken(text)
    assert [w for w in ("BŪŪ", "QAZAQSTANNYÑ", "5qalalardy", "ötınışter", "aqparattandyru") if found[w] != w] == []
    assert "qalalarдың" in hyphenate(text, "|")  # a word mixing scripts
    assert found["qūrmetteu"] == "qūr|met|teu"


def test_cyrillic_and_latin_words_of_one_passage_both_break_by_their_own_reading() -> None:
    text = f"{CONTEXT['2021']} Qūrmetteu — құрметтеу."
    assert hyphenate(text, "|").endswith("Qūr|met|teu — құр|мет|теу.")


def test_the_readings_align_each_word_with_its_cyrillic() -> None:
    [*_, word] = readings(f"{CONTEXT['informal']} zhazushy")
    assert (word.latin, word.cyrillic) == ("zhazushy", "жазушы")
    assert [word.latin_cut(at) for at in range(1, 6)] == [2, 3, 4, 5, 7]  # ж|а…, never z|h, s|h


# --- every break of any word in a Kazakh text: two letters before, three after, no pair cut inside ---

_LETTERS = "aäbdefgğhiıjklmnñoöpqrsştuūüvyzáóúý'"  # 2021's, 2018's acutes, 2017's apostrophe
# the letter pairs each spelling reads as one letter (rules: 2021's ia я, iu ıu ю, tsi ци; informal's zh ж …)
_PAIRS_2021 = r"(?<!ts)i\|[au]|ı\|u|t\|si|ts\|i"
_PAIRS = {"2021": re.compile(_PAIRS_2021),
          "informal": re.compile(rf"[szck]\|h|s\|ch|g\|h|n\|g(?!h)|y\|[au]|{_PAIRS_2021}"),
          "2018": re.compile(r"[sc]\|h|ı\|[aý]"), "2017": re.compile(r"i'\|(?:a|y')")}


@given(st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=14), min_size=1, max_size=8),
       st.sampled_from(sorted(CONTEXT)))
def test_any_break_leaves_two_letters_before_three_after_and_cuts_no_letter_pair(words, spelling) -> None:
    text = f"{CONTEXT[spelling]} {' '.join(words)}"
    marked = hyphenate_latin(text, "|")
    assert marked.replace("|", "") == text
    for word in re.findall(r"[\w'’ʼ|]+", marked):
        pieces = word.split("|")
        letters = [len(re.sub("['’ʼ]", "", piece)) for piece in pieces]
        assert len(pieces) == 1 or (letters[0] >= 2 and letters[-1] >= 3 and sum(letters) >= 6), word
        assert not re.search(r"\|['’ʼ]", word), word  # never between a letter and its apostrophe
        assert not _PAIRS[style(text)].search(word.lower()), word


# --- the kk book: a Latin Kazakh proposal breaks at its syllables, and its words stay whole to search ---

LONG = ("Auyldyq okrugterdegı kıtaphanalardy jañğyrtu, olardy tegın joğary jyldamdyqty internetke qosu jäne "
        "kıtaphanaşylardyñ bılıktılıgın arttyru bağdarlamasyn äzırleu qajet. Memlekettık biudjetten qosymşa "
        "qarajat bölınıp, jergılıktı atqaruşy organdar azamattyq qoğam ūiymdarymen bırlesıp qūrmetteu men özara "
        "tüsınıstık qağidattaryna negızdelgen tūraqty serıktestık tetıkterın qalyptastyruy tiıs. ") * 3


@pytest.fixture(scope="module")
def latin_kk_pdf(tmp_path_factory) -> str:
    from book_factory import with_text
    from pdf_helpers import context

    from recbook.render.pdf import render_pdf

    pdf = tmp_path_factory.mktemp("latin") / "kk.pdf"
    pdf.write_bytes(render_pdf(with_text("G1-01", LONG, "kk", draft=False), context(pdf.parent)))
    return str(pdf)


def test_the_kk_pdf_breaks_latin_kazakh_words_at_their_syllables(latin_kk_pdf) -> None:
    from test_pdf_hyphenation import breaks

    marked = broken(LONG)
    latin = [(before, after) for before, after in breaks(latin_kk_pdf) if before + after in marked]
    assert len(latin) >= 2, breaks(latin_kk_pdf)  # three justified paragraphs of long words
    assert [f"{b}-{a}" for b, a in latin if len(b) not in _letters_before_breaks(marked[b + a])] == []


def _letters_before_breaks(marked: str) -> set[int]:
    """Return how many letters stand before each | of a word marked with its breaks."""
    return {len(marked[:i].replace("|", "")) for i, char in enumerate(marked) if char == "|"}


def test_the_pdf_text_layer_has_soft_hyphens_only_at_line_ends_and_reads_latin_kazakh_words_whole(latin_kk_pdf) -> None:
    import subprocess

    text = subprocess.run(["pdftotext", latin_kk_pdf, "-"], capture_output=True, text=True, check=True).stdout
    # a soft hyphen where no line breaks prints nothing and copies nothing; a line-end break reads as
    # one (U+00AD, as in Cyrillic: test_pdf_hyphenation), followed by the line's end
    assert text.count(SOFT_HYPHEN) == text.count(SOFT_HYPHEN + "\n")
    joined = re.sub("\u00ad\n", "", text)
    assert all(word in joined for word in ("kıtaphanalardy", "qūrmetteu", "qalyptastyruy", "bılıktılıgın"))


def test_the_kk_docx_carries_the_latin_kazakh_breaks_as_word_soft_hyphens() -> None:
    from book_factory import with_text
    from docx_parts import NS, context, parse_docx

    from recbook.render.docx import render_docx

    document = parse_docx(render_docx(with_text("G1-01", LONG, "kk", draft=False), context())).document
    body = next(p for p in document.iter(f"{{{NS['w']}}}p") if "Auyldyq okrugterdegı" in "".join(p.itertext()))
    marked = "".join(node.text or "" if node.tag.endswith("}t") else "|" if node.tag.endswith("}softHyphen")
                     else "" for node in body.iter())
    assert "qūr|met|teu" in marked and "qa|lyp|tas|ty|ruy" in marked and "kı|tap|ha|na|lardy" in marked
    assert marked.replace("|", "") in LONG * 2  # nothing else changed
