"""Slips in ids and keywords: matched exactly, case included, with the fix at the end of the message.

A value that differs from a known one only in case or in look-alike letters (a Cyrillic «О» for 0)
is an error, never read as the known one (we do not alter what was written in an id), ending in
"did you mean …?"; so is a near miss by a letter or two. An SDG written with its prefix ("ЦУР 4")
is told to be the number only.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from inputs_project import make_project
from recbook.cli import main
from recbook.near_miss import Known

ITEM = "- {id: G1-01, group: G1, direction: D1, language: ru, title: Т, text: Текст%s}\n"


def check(project: Path) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    return result.exit_code, result.output.splitlines()


def col(line: str, needle: str) -> int:
    return line.index(needle) + 1


def intake_sheet(project: Path, rows: list[list[object]]) -> Path:
    """Return the project with its proposals in an XLSX intake sheet "G1" (named after the group) of `rows`."""
    book = openpyxl.Workbook()
    book.active.title = "G1"
    for row in rows:
        book.active.append(row)
    book.save(project / "inputs" / "proposals" / "intake.xlsx")
    return project


def test_a_reference_differing_only_in_case_is_an_error_ending_in_did_you_mean(tmp_path: Path) -> None:
    item = ("- {id: G1-01, group: g1, direction: d2, language: RU, title: Т, text: Текст, "
            "addressees: Akimats, timeframe: Medium}\n")
    code, lines = check(make_project(tmp_path, {"p.yaml": item}))
    where = "inputs/proposals/p.yaml:1"
    assert code == 1
    for line in (
        f"{where}:{col(item, 'g1')}: error: unknown group. Expected one of: G1, G2 but received: 'g1'; "
        "did you mean 'G1'? [proposal.unknown-group]",
        f"{where}:{col(item, 'd2')}: error: unknown direction. Expected one of: D1, D2 but received: 'd2'; "
        "did you mean 'D2'? [proposal.unknown-direction]",
        f"{where}:{col(item, 'RU')}: error: unknown language. Expected one of: kk, ru, en but received: 'RU'; "
        "did you mean 'ru'? [proposal.unknown-language]",
        f"{where}:{col(item, 'Akimats')}: error: unknown addressee. Expected one of: akimats, parliament but "
        "received: 'Akimats'; did you mean 'akimats'? [proposal.unknown-addressee]",
        # the timeframe is an enumerated value like the others: no longer folded to "medium" silently
        f"{where}:{col(item, 'Medium')}: error: unknown timeframe. Expected one of: short, medium, long but "
        "received: 'Medium'; did you mean 'medium'? [proposal.bad-timeframe]",
    ):
        assert line in lines


def test_look_alike_letters_and_a_near_miss_are_named(tmp_path: Path) -> None:
    item = ITEM % ", addressees: 'аkimats; parlament'"  # a Cyrillic «а»; a letter left out
    code, lines = check(make_project(tmp_path, {"p.yaml": item}))
    start = col(item, "'аkimats")  # the list's one scalar: both are reported where it starts
    at = f"inputs/proposals/p.yaml:1:{start}"
    assert code == 1
    assert (f"{at}: error: unknown addressee. Expected one of: akimats, parliament but received: 'аkimats'; "
            "'аkimats' has a Cyrillic letter а where 'akimats' has a Latin letter a; did you mean 'akimats'? "
            "[proposal.unknown-addressee]") in lines
    assert (f"{at}: error: unknown addressee. Expected one of: akimats, parliament but received: 'parlament'; "
            "did you mean 'parliament'? [proposal.unknown-addressee]") in lines


def test_an_id_typed_with_a_dash_or_a_look_alike_letter_is_told_the_id_it_reads_as(tmp_path: Path) -> None:
    # Word's AutoCorrect makes the hyphen of "G1 - 02" an en dash; a Cyrillic «С» looks like the Latin C
    items = [ITEM.replace("G1-01", "G1–02"), ITEM.replace("G1-01", "С1-03"), ITEM.replace("G1-01", "G1 02")]
    code, lines = check(make_project(tmp_path, {"p.yaml": "".join(items)}))
    assert code == 1
    allowed = "id may hold Latin letters, digits, '.', '-' and '_' only, but received:"
    assert (f"inputs/proposals/p.yaml:1:8: error: {allowed} 'G1–02'; 'G1–02' has an en dash – where 'G1-02' has "
            "a hyphen -; did you mean 'G1-02'? [proposal.bad-id]") in lines
    assert (f"inputs/proposals/p.yaml:2:8: error: {allowed} 'С1-03'; 'С1-03' has a Cyrillic letter С where "
            "'C1-03' has a Latin letter C; did you mean 'C1-03'? [proposal.bad-id]") in lines
    # a space is no dash mistyped: no guess what was meant
    assert f"inputs/proposals/p.yaml:3:8: error: {allowed} 'G1 02' [proposal.bad-id]" in lines


def test_no_guess_when_the_value_is_far_from_every_id(tmp_path: Path) -> None:
    item = ITEM.replace("direction: D1", "direction: D7")  # as near to D1 as to D2: no guess
    code, lines = check(make_project(tmp_path, {"p.yaml": item}))
    assert (f"inputs/proposals/p.yaml:1:{col(item, 'D7')}: error: unknown direction. Expected one of: D1, D2 "
            "but received: 'D7' [proposal.unknown-direction]") in lines


def test_a_group_in_the_wrong_case_in_an_intake_sheet_is_named_at_its_cell(tmp_path: Path) -> None:
    # the sheet is named after the group: the case slip is in the cell only
    project = intake_sheet(make_project(tmp_path), [["id", "group", "direction", "language", "title", "text"],
                                                    ["G1-01", "g1", "D1", "ru", "Заголовок", "Текст"]])
    code, lines = check(project)
    assert code == 1
    assert ("inputs/proposals/intake.xlsx:G1!B2: error: unknown group. Expected one of: G1, G2 but "
            "received: 'g1'; did you mean 'G1'? [proposal.unknown-group]") in lines


def test_a_direction_group_or_addressee_typed_as_its_name_is_answered_with_its_id(tmp_path: Path) -> None:
    # the intake sheet's notes list "D1: Устойчивость НПО": the name, or its start, was typed for the id
    project = intake_sheet(make_project(tmp_path), [
        ["id", "group", "direction", "language", "title", "text", "addressees"],
        ["G1-01", "рабочая  группа 2", "Устойчивость", "ru", "Заголовок", "Текст", "Парламент"],
        ["G1-02", "Рабочая", "вовлечение молодёжи", "ru", "Заголовок", "Текст"]])
    code, lines = check(project)
    at = "inputs/proposals/intake.xlsx:G1!"
    assert code == 1
    assert [line for line in lines if line.startswith(at)] == [
        f"{at}B2: error: unknown group. Expected one of: G1, G2 but received: 'рабочая  группа 2'; did you mean "
        "'G2' (Рабочая группа 2)? [proposal.unknown-group]",
        f"{at}C2: error: unknown direction. Expected one of: D1, D2 but received: 'Устойчивость'; did you mean "
        "'D1' (Устойчивость НПО)? [proposal.unknown-direction]",
        f"{at}G2: error: unknown addressee. Expected one of: akimats, parliament but received: 'Парламент'; "
        "did you mean 'parliament' (Парламент)? [proposal.unknown-addressee]",
        # the start of both groups' names: both named
        f"{at}B3: error: unknown group. Expected one of: G1, G2 but received: 'Рабочая'; did you mean "
        "'G1' (Рабочая группа 1) or 'G2' (Рабочая группа 2)? [proposal.unknown-group]",
        f"{at}C3: error: unknown direction. Expected one of: D1, D2 but received: 'вовлечение молодёжи'; did you "
        "mean 'D2' (Вовлечение молодёжи)? [proposal.unknown-direction]"]


def test_a_few_letters_or_another_name_get_no_guess(tmp_path: Path) -> None:
    item = ITEM.replace("direction: D1", "direction: Уст").replace("group: G1", "group: Молодёжь")
    code, lines = check(make_project(tmp_path, {"p.yaml": item}))
    assert code == 1
    assert (f"inputs/proposals/p.yaml:1:{col(item, 'Уст')}: error: unknown direction. Expected one of: D1, D2 "
            "but received: 'Уст' [proposal.unknown-direction]") in lines
    assert (f"inputs/proposals/p.yaml:1:{col(item, 'Молодёжь')}: error: unknown group. Expected one of: G1, G2 "
            "but received: 'Молодёжь' [proposal.unknown-group]") in lines


def test_an_sdg_written_with_its_prefix_is_told_to_be_the_number_only(tmp_path: Path) -> None:
    item = ITEM % ", sdgs: ['ЦУР 4', SDG 5, Goal 16, ЦУР 18]"
    code, lines = check(make_project(tmp_path, {"p.yaml": item}))
    assert code == 1
    for value, number in (("'ЦУР 4'", "4"), ("SDG 5", "5"), ("Goal 16", "16")):
        shown = value if value.startswith("'") else f"'{value}'"
        assert (f"inputs/proposals/p.yaml:1:{col(item, value)}: error: no such SDG: the goals are numbered "
                f"1 to 17, but received: {shown}; write the number only: {number} [proposal.bad-sdg]") in lines
    # no goal 18 to point to: the message stays as it was
    assert (f"inputs/proposals/p.yaml:1:{col(item, 'ЦУР 18')}: error: no such SDG: the goals are numbered "
            "1 to 17, but received: 'ЦУР 18' [proposal.bad-sdg]") in lines



def test_two_goals_excel_read_as_a_decimal_number_are_told_apart(tmp_path: Path) -> None:
    # qainput s23: «4,5» typed in an sdgs cell of a workbook a group made (Russian Excel: a decimal comma)
    # is stored as the number 4.5; the message said only "received: '4.5'", which the user never typed
    project = intake_sheet(make_project(tmp_path), [
        ["id", "group", "direction", "language", "title", "text", "sdgs"],
        ["G1-01", "G1", "D1", "ru", "Заголовок", "Текст", 4.5],
        ["G1-02", "G1", "D1", "ru", "Заголовок два", "Текст два", 4.25]])  # no goal 25: no guess
    code, lines = check(project)
    assert code == 1
    assert ("inputs/proposals/intake.xlsx:G1!G2: error: no such SDG: the goals are numbered 1 to 17, but received: "
            "'4.5'; if goals 4 and 5 were meant, separate them with ';' (4;5): Excel reads «4,5» as a decimal "
            "number [proposal.bad-sdg]") in lines
    assert ("inputs/proposals/intake.xlsx:G1!G3: error: no such SDG: the goals are numbered 1 to 17, but received: "
            "'4.25' [proposal.bad-sdg]") in lines

TWO = ("- {id: G1-01, group: G1, direction: D1, language: ru, title: Первое, text: Первый текст}\n"
       "- {id: G1-02, group: G1, direction: D1, language: ru, title: Второе, text: Второй текст}\n")


def test_a_decision_naming_an_id_with_a_look_alike_letter_is_an_error_naming_it(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"p.yaml": TWO})
    (project / "inputs" / "decisions.yaml").write_text(
        "- {reject: G1-О2, reason: дубль}\n"  # a Cyrillic «О» for the digit 0
        "- {defer: G1-2, reason: позже}\n"  # a near miss: maybe a proposal since removed, still a warning
        "- {merge: [G1-01, g1-02]}\n"
        "- {rejct: G1-01, reason: опечатка}\n", encoding="utf-8")
    code, lines = check(project)
    assert code == 1  # the draft would print the proposal the secretariat rejected
    assert [line for line in lines if line.startswith("inputs/decisions.yaml")] == [
        "inputs/decisions.yaml:1:3: error: reject names an unknown proposal G1-О2; the decision is not applied; "
        "'G1-О2' has a Cyrillic letter О where 'G1-02' has a digit 0; did you mean 'G1-02'? "
        "[decisions.misspelt-id]",
        "inputs/decisions.yaml:2:3: warning: defer names an unknown proposal G1-2; the decision is not applied; "
        "did you mean 'G1-02'? [decisions.stale]",
        "inputs/decisions.yaml:3:3: error: merge names an unknown proposal g1-02; the decision is not applied; "
        "did you mean 'G1-02'? [decisions.misspelt-id]",
        "inputs/decisions.yaml:4:3: error: a decision needs exactly one of: merge, apart, canonical, edit, "
        "reject, withdraw, defer; found rejct, reason; did you mean 'reject'? [decisions.syntax]",
    ]


def test_did_you_mean_names_only_close_ids_and_asks_once_for_several(tmp_path: Path) -> None:
    # G3-01 was answered with A-01 (another group, only the number shared), and two hints were
    # joined "…'A-01'?; did you mean 'A-02'?" (qa s21 15)
    project = make_project(tmp_path, {"p.yaml": TWO})
    (project / "inputs" / "decisions.yaml").write_text(
        "- {apart: [D3-07, D3-08]}\n"
        "- {apart: [g1-01, G1-О2]}\n", encoding="utf-8")
    _, lines = check(project)
    assert [line for line in lines if line.startswith("inputs/decisions.yaml")] == [
        "inputs/decisions.yaml:1:3: warning: apart names unknown proposals D3-07, D3-08; the decision is not "
        "applied [decisions.stale]",
        "inputs/decisions.yaml:2:3: error: apart names unknown proposals g1-01, G1-О2; the decision is not "
        "applied; 'G1-О2' has a Cyrillic letter О where 'G1-02' has a digit 0; did you mean 'G1-01' for 'g1-01' "
        "and 'G1-02' for 'G1-О2'? [decisions.misspelt-id]",
    ]
    assert Known(["A-01", "A-02", "Youth-02"]).hint("G3-01") is None
    assert Known(["A-01", "A-02", "Youth-02"]).hint("Yuoht-02").known == "Youth-02"  # two edits in eight
