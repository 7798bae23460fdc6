"""Kazakh words typed on a Russian keyboard («кызметин» for «қызметін»): named, never changed.

QA (s19/qa2, 1, side note): only a kk text of 40 letters or more with no Kazakh letter at all was
warned of (language-mismatch); a title, or a text mixing such words with correct ones, was printed
as typed with no word. Now each such word of a Kazakh proposal, translation (PO msgstr) or imported
spreadsheet cell is named at its place, with the word it probably is; correct Kazakh, the
loanwords and names Kazakh writes as Russian does, and Russian text say nothing
(bench/kazakh_keyboard.py counts them on every kk text of the repository).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from recbook.cli import main

ROOT = Path(__file__).resolve().parents[1]
HINT = ("the Kazakh letters ә ғ қ ң ө ұ ү һ і were probably typed as а г к н о у х и: retype them, the text "
        "is not changed [text.russian-keyboard]")
RIGHT_TITLE = "ҮЕҰ қызметін тексерудің айқын әрі болжамды ережелерін бекіту"
TYPED_TITLE = "ҮЕҰ кызметин тексерудин айкын әрі болжамды ережелерин бекіту"  # «әрі», «бекіту» typed right


def _sample(tmp_path: Path) -> Path:
    from conftest import copy_sample_project

    return copy_sample_project(tmp_path / "p")


def test_a_short_kazakh_title_mixing_typed_and_right_words_is_warned_at_the_proposal(tmp_path):
    project = _sample(tmp_path)
    proposals = project / "inputs/proposals/group-6.yaml"
    text = proposals.read_text("utf-8")
    assert f'  title: "{RIGHT_TITLE}"\n' in text
    proposals.write_text(text.replace(RIGHT_TITLE, TYPED_TITLE), "utf-8")
    line = text[:text.index(RIGHT_TITLE)].count("\n") + 1
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 0
    assert [x for x in result.stderr.splitlines() if "russian-keyboard" in x] == [
        f'inputs/proposals/group-6.yaml:{line}:10: warning: "title" has Kazakh words typed with Russian letters: '
        '"кызметин" (did you mean «қызметін»?), "тексерудин" (did you mean «тексерудің»?), "айкын" (did you mean '
        f'«айқын»?), "ережелерин" (did you mean «ережелерін»?); {HINT}']
    assert TYPED_TITLE in proposals.read_text("utf-8")  # never fixed


def test_the_sample_and_its_catalogs_are_correct_kazakh_no_word_is_flagged(tmp_path):
    # the sample's kk proposals and translations name ministries, «департамент», «Алматы», «Астана», the
    # «Конрад Аденауэр» foundation: none of it is typed on a Russian keyboard
    result = CliRunner().invoke(main, ["check", "--project", str(_sample(tmp_path))])
    assert result.exit_code == 0 and "russian-keyboard" not in result.stderr


KK_CONTENT = "locales/kk/LC_MESSAGES/content.ru.po"


def test_a_translation_with_typed_words_is_warned_at_the_first_words_line_and_column(tmp_path):
    # the QA's G2-08: correct «ҮЕҰ-ларды … мониторингіне тарту» around four typed words, on the msgstr's
    # second line; the language check is silent (the msgstr has Kazakh letters), so nothing said them before
    project = _sample(tmp_path)
    po = project / KK_CONTENT
    text = po.read_text("utf-8")
    right = '"ҮЕҰ-ларды мемлекеттік көрсетілетін қызметтер сапасының қоғамдық "\n"мониторингіне тарту"\n'
    typed = '"ҮЕҰ-ларды мемлекеттик корсетилетин кызметтер сапасынын когамдык "\n"мониторингіне тарту"\n'
    assert f'msgstr ""\n{right}' in text
    po.write_text(text.replace(right, typed), "utf-8")
    line = text[:text.index(right)].count("\n") + 1
    said = [f'{KK_CONTENT}:{line}:{typed.index("мемлекеттик") + 1}: warning: G2-08.title: "msgstr" has Kazakh words '
            'typed with Russian letters: "мемлекеттик" (did you mean «мемлекеттік»?), "корсетилетин" (did you mean '
            '«көрсетілетін»?), "кызметтер" (did you mean «қызметтер»?), "когамдык" (did you mean «қоғамдық»?); '
            + HINT]
    result = CliRunner().invoke(main, ["i18n", "check", "--project", str(project)])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == said
    checked = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert [x for x in checked.stderr.splitlines() if "locales/" in x] == said


def test_the_spreadsheet_import_warns_at_the_cell_and_applies_the_translation_as_typed(tmp_path):
    from recbook.i18n.po import parse

    project = _sample(tmp_path)
    xlsx = tmp_path / "kk.xlsx"
    assert CliRunner().invoke(main, ["i18n", "export", "--project", str(project), "--xlsx", str(xlsx),
                                     "--lang", "kk"]).exit_code == 0
    book = load_workbook(xlsx)
    rows = {row[1].value: row[4] for row in book["kk"].iter_rows(min_row=2)}
    rows["G2-02.title"].value = "Мемлекеттик әлеуметтік тапсырысты икемди ету"
    book.save(xlsx)
    result = CliRunner().invoke(main, ["i18n", "import", "--project", str(project), str(xlsx)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f'{xlsx}:kk!{rows["G2-02.title"].coordinate}: warning: G2-02.title: "msgstr" has Kazakh words typed with '
        'Russian letters: "Мемлекеттик" (did you mean «Мемлекеттік»?), "икемди" (did you mean «икемді»?); '
        + HINT]
    catalog = parse((project / KK_CONTENT).read_text("utf-8"), KK_CONTENT)
    assert {e.msgctxt: e.msgstr for e in catalog.entries}["G2-02.title"] == (
        "Мемлекеттик әлеуметтік тапсырысты икемди ету",)


@pytest.mark.parametrize(("text", "named"), [
    ("Мемлекеттик алеуметтик тапсырысты икемди ету",
     [("Мемлекеттик", ("Мемлекеттік",)), ("алеуметтик", ("әлеуметтік",)), ("икемди", ("икемді",))]),
    ("КЫЗМЕТ", [("КЫЗМЕТ", ("ҚЫЗМЕТ",))]),  # in the word's case
    ("Шагын аудандарда туристерге арналган орын", [("Шагын", ("Шағын",)), ("арналган", ("арналған",))]),
    ("Казакстан Республикасы", [("Казакстан", ("Қазақстан",))]),  # «казак» + «стан»: «стан» is no Kazakh ending
    # Russian only as a name's case form (of «Жан»): the commonest Kazakh word, in a short title; «гана» is
    # Ghana's own form, a Russian word: not named
    ("Жастар жане спорт, мектеп гана емес", [("жане", ("және",))]),
    # correct Kazakh, loanwords and names as Kazakh writes them, Russian: nothing
    ("Мәдениет және ақпарат министрлігі, департамент, Алматы, Астана, Конрад Аденауэр қоры", []),
    ("Министерство культуры и информации, Фонд Конрада Аденауэра", []),
    ("Жастардың бастамаларын қолдау", []),  # -ын (their …, accusative): the dictionary has only -ың
    ("Туристер мен курсын бітіргендер", []),  # Russian stems with a Kazakh ending: турист-ер, курс-ын
    ("Суару каналдарын жөндеу", []),  # канал-дарын: an -ын read as -ың is still an ending (named «қаналдарың»)
    # a Russian text (70 % of its words Russian): its Kazakh place names are in their Russian spelling
    ("Построить новую школу в посёлке Актобе", []),
    ("Ашу ?ажет: ауылды?", []),  # a "?" for a lost letter is the lost-letter check's
    ("СКО мен ИИН", []),  # abbreviations are no dictionary words
])
def test_which_words_are_named(text, named):
    from recbook.kazakh_keyboard import typed_on_russian_keyboard

    assert [(t.word, t.meant) for t in typed_on_russian_keyboard(text)] == named


def test_no_word_of_the_forum_sets_correct_kazakh_texts_is_flagged():
    # the false alarms bench/kazakh_keyboard.py counts on 2,750 correct kk titles and texts, both halves
    import sys

    sys.path.insert(0, str(ROOT))
    from bench.kazakh_keyboard import forum_texts
    from recbook.kazakh_keyboard import typed_on_russian_keyboard

    texts, _ = forum_texts()
    flagged = [(source, t.word) for source, text in texts["dev"] + texts["held-out"]
               for t in typed_on_russian_keyboard(text)]
    assert len(texts["dev"]) + len(texts["held-out"]) > 2000 and flagged == []
