"""Text rules on single values: forbidden characters, NFC, mixed scripts, lost letters."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recbook.diagnostics import Location
from recbook.characters import FORBIDDEN
from recbook.text_checks import check_words, clean, language_mismatch

HERE = Location("f.yaml", 3, 7)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_clean_gives_nfc_text_without_forbidden_characters_and_is_idempotent(value: str) -> None:
    cleaned, problems = clean(value, HERE, "text")
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not FORBIDDEN.search(cleaned) and not set(cleaned) & {"\r", "\x85", "\u2028", "\u2029"}
    assert bool(problems) == bool(FORBIDDEN.search(value))
    assert clean(cleaned, HERE, "text") == (cleaned, [])


def test_unicode_line_and_paragraph_separators_are_read_as_line_ends() -> None:
    # " \u2029" (a space, then the paragraph separator) reached WeasyPrint, whose layout failed with an
    # AssertionError; YAML itself reads NEL, LS and PS as line breaks
    assert clean("Текст \u2029 абзац\u2028строка\x85ещё", HERE, "text") == ("Текст \n\n абзац\nстрока\nещё", [])


def test_a_paragraph_separator_after_a_space_prints(tmp_path) -> None:
    from book_factory import with_text
    from pdf_helpers import context

    from recbook.render.pdf import render_pdf

    text, _ = clean("Текст \u2029 абзац", HERE, "text")
    assert render_pdf(with_text("G1-01", text, "ru"), context(tmp_path))[:5] == b"%PDF-"


def test_forbidden_is_what_yaml_and_xml_refuse_plus_bidi_and_zero_width_characters() -> None:
    # the definition, as the complement of YAML's printable set (c-printable) and the invisible controls
    accepted = "[\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
    invisible = "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
    refused = re.compile(f"[^{accepted[1:-1]}]|[{invisible}]")
    differ = [hex(c) for c in range(0x110000) if bool(FORBIDDEN.fullmatch(chr(c))) != bool(refused.fullmatch(chr(c)))]
    assert differ == []


@pytest.mark.parametrize(("value", "words"), [
    ("?аза?стан", ["?аза?стан"]),          # Excel's plain CSV: Қ and қ became "?"
    ("М?тін және ?ұ?ық", ["М?тін", "?ұ?ық"]),
    ("Б_лім", ["Б_лім"]),                  # some converters write "_"
    ("Кто платит? Как? Почему?", []),      # questions are fine
    ("http://site.kz/?page=1", []),
    ("_курсив_ и ?!", []),
])
def test_lost_letters_are_found_only_inside_cyrillic_words(value: str, words: list[str]) -> None:
    found = [d for d in check_words(value, HERE, "text", None) if d.code == "text.lost-letters"]
    if words:
        assert len(found) == 1
        assert ", ".join(f'"{w}"' for w in words) in found[0].message
    else:
        assert found == []


KAZAKH_LOST = "Жастар саясатын жетілдіру барлы? ауылды? округтерде жастар орталы? ашу"


@pytest.mark.parametrize(("value", "words"), [
    (KAZAKH_LOST, ["барлы?", "ауылды?", "орталы?"]),          # a lowercase word follows: mid-sentence
    ("Ашу ?ажет: ауылды?, ?аланы? және ?ыстауды?.", ["?ажет", "ауылды?", "?аланы?", "?ыстауды?"]),
    ("2028 жыл?а дейін барлы? ауылды? елді мекендерді ?амтамасыз ету",
     ["жыл?а", "барлы?", "ауылды?", "?амтамасыз"]),            # every word, in the order written
    ("Кто платит? Как? Почему?", []),                           # questions: a capital or the end follows
    ("Неге? Себебі жастар кетеді. Бола ма?! «Қашан?» (қалай?) Не істеу керек?.. Иә", []),
    ("Жастар орталы?", []),                                     # a text ending so reads as a question
])
@pytest.mark.parametrize("code_page", [None, "cp1251"])
def test_a_question_mark_ending_a_word_inside_a_sentence_is_a_lost_letter(value, words, code_page) -> None:
    found = check_words(value, HERE, "text", code_page, "kk")
    listed = ", ".join(f'"{w}"' for w in words)
    if not words:
        assert found == []
    elif code_page:  # Excel's plain "CSV": an error, every word named
        (diagnostic,) = found
        assert (diagnostic.severity, diagnostic.code) == ("error", "csv.cp1251-lost-letters")
        assert f"({listed})" in diagnostic.message and str(diagnostic.location) == "f.yaml:3:7"
    else:  # UTF-8 Kazakh: the certain ones ("?" inside a word) make it an error, else a warning
        (diagnostic,) = found
        inside = any("?" in w.rstrip("?") for w in words)
        assert (diagnostic.severity, diagnostic.code) == (
            ("error", "text.lost-letters") if inside else ("warning", "text.lost-letters-at-end"))
        assert f"({listed})" in diagnostic.message


def test_a_question_mark_ending_a_word_is_not_read_as_a_lost_letter_in_utf8_russian() -> None:
    # «Почему? потому что…» is informal, not broken: only Kazakh text or a code-page file is checked
    assert check_words("Вопрос почему? потому что денег нет", HERE, "text", None, "ru") == []
    assert check_words(KAZAKH_LOST, HERE, "text", None, None) == []


@pytest.mark.parametrize(("value", "latin"), [
    ("Қазақстaн", "a"), ("iс-шара", "i"), ("əкімдік", "ə"), ("Һhалық", "h"),
    ("COVID-19 және IT-компания", None), ("Kaspi.kz-тің", None),
])
def test_mixed_script_words_are_flagged(value: str, latin: str | None) -> None:
    found = check_words(value, HERE, "text", None)
    if latin is None:
        assert found == []
    else:
        (diagnostic,) = found
        assert diagnostic.code == "text.mixed-script"
        assert f"(Latin {latin})" in diagnostic.message


@pytest.mark.parametrize(("value", "ranges"), [
    ("3-5 жыл ішінде, 10-15% гранттар", "3-5, 10-15"),
    # one number, a code or a date, not a range; a year range is typography's (the book prints 2025–2027)
    ("статья 5-1, G1-02, 2025-09-26, СТ РК 1.5-20, 5-6-сыныптар, № 3-5, 01-05, 3–5 жыл, 2025-2027", None),
])
def test_a_range_typed_with_a_hyphen_is_a_warning_and_a_number_is_not(value: str, ranges: str | None) -> None:
    found = check_words(value, HERE, "text", None)
    if ranges is None:
        assert found == []
    else:
        (diagnostic,) = found
        assert diagnostic.code == "text.range-hyphen" and f"numbers ({ranges}): " in diagnostic.message


def test_nfc_keeps_compatibility_characters() -> None:
    value = "№ 5 … ½ ﬁ ²"
    assert clean(value, HERE, "text") == (value, [])


@pytest.mark.parametrize(("language", "text", "looks"), [
    ("ru", "Создать при акиматах советы по делам молодёжи с участием студентов", None),
    ("ru", "Әкімдіктер жанынан жастар істері жөніндегі кеңес құру туралы ұсыныс", "Kazakh"),
    ("kk", "Создать при акиматах советы по делам молодёжи с участием студентов", "Russian"),
    ("kk", "Create youth councils at local executive bodies with student groups", "Latin-script (English?)"),
    ("en", "Create youth councils at local executive bodies with student groups", None),
    ("en", "Кеңес", None),  # too short to tell
    # a Kazakh text with an English name and an address: more Latin letters than Cyrillic, but not
    # twice as many, so neither the merge (kazakh_latin.is_latin) nor the check reads it as Latin-script
    ("kk", "Грант өтінімдерін Transparency International Kazakhstan ұйымының "
           "https://www.transparency.kz/grants/applications сайты арқылы онлайн қабылдау", None),
    ("ru", "以英语书写的青年委员会提案应当在地方行政机构中设立并吸收学生团体参与其中以便更好地听取年轻人的意见", None),
])
def test_language_mismatch(language: str, text: str, looks: str | None) -> None:
    assert language_mismatch(language, text) == looks


@pytest.mark.parametrize(("char", "what"), [
    ("\u202e", "U+202E (bidi control)"), ("\u2067", "U+2067 (bidi control)"), ("\u200f", "U+200F (bidi control)"),
    ("\u200b", "U+200B (zero-width character)"), ("\ufeff", "U+FEFF (zero-width character)"),
])
def test_bidi_controls_and_zero_width_characters_are_warnings_like_control_characters(char, what):
    cleaned, problems = clean(f"Қоғам{char}дық\u00a0кеңес", HERE, "title")
    assert cleaned == "Қоғам\ufffdдық\u00a0кеңес"  # shown where it was; the no-break space stays
    assert [(d.severity, d.code) for d in problems] == [("warning", "text.control-char")]
    assert f'"title" contains {what} at character 6' in problems[0].message


def _language_mismatch_spec(language: str, text: str) -> str | None:
    """language_mismatch as first written: a list of the letters, each letter's script asked each time."""
    from recbook.kazakh_latin import is_kazakh_latin, is_latin
    from recbook.text_checks import _KAZAKH_ONLY, _MIN_LETTERS, _script

    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return None
    cyrillic = [ch for ch in letters if _script(ch) == "CYRILLIC"]
    kazakh_share = sum(ch in _KAZAKH_ONLY for ch in cyrillic) / max(len(cyrillic), 1)
    if is_latin(text):
        if is_kazakh_latin(text):
            return "Kazakh (in Latin letters)" if language != "kk" else None
        return "Latin-script (English?)" if language != "en" else None
    if not cyrillic:
        return None
    if language == "en":
        return "Kazakh" if kazakh_share > 0.02 else "Russian"
    if language == "ru" and kazakh_share > 0.02:
        return "Kazakh"
    if language == "kk" and kazakh_share == 0:
        return "Russian"
    return None


@given(st.sampled_from(["kk", "ru", "en"]),
       st.text(alphabet="абвгдежзийклмнопрстуфхцчшыэюяәғқңөұүһіabcdefghijklmnopqrstuvwxyzäğñöūüşıА 1.,",
               min_size=30, max_size=120))
def test_language_mismatch_counts_letters_as_the_list_did(language: str, text: str) -> None:
    assert language_mismatch(language, text) == _language_mismatch_spec(language, text)


@pytest.mark.parametrize(("value", "named"), [
    ("Ескі киімді өңдейтін цех kepek", '"kepek" (read «керек»)'),  # every letter of «керек» typed in Latin
    ("Ауылдарды cy-мен қамту", '"cy" (read «су»)'),
    ("Build a new pavilion for the regional ехро", '"ехро" (read «expo»)'),  # Cyrillic е, х, р, о
    # on purpose: an abbreviation, a brand with a capital inside, a Roman numeral, one letter
    ("Внедрить KPI, TikTok и e-mail в XXI веке, раздел C", None),
])
def test_words_typed_wholly_in_look_alikes_are_flagged(value: str, named: str | None) -> None:
    # «kepek» mixes no script, so it was not flagged; the book printed it and a search for «керек» missed it
    found = [d for d in check_words(value, HERE, "text", None) if "look-alike" in d.message]
    if named is None:
        assert found == []
    else:
        (diagnostic,) = found
        assert (diagnostic.code, diagnostic.severity) == ("text.mixed-script", "warning")
        assert named in diagnostic.message
