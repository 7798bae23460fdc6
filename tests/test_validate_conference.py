"""conference.yaml validation: required keys, typed values, lists, locations, unknown keys."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from inputs_project import MINIMAL, check, make_project
from recbook.model import Partner

CONFERENCE_KEYS = ("id, source_language, languages, title, date, city, organizers, directions, "
                   "groups, addressees, subtitle, venue, methodology, foreword, foreword_signatory, "
                   "disclaimer, adopted, edition, licence, isbn, udc, publisher, contacts, copyright, partners, illustrative, thresholds")


def with_conference(tmp_path: Path, text: str) -> tuple[object, list[str]]:
    """Validate the minimal project with its conference.yaml replaced by `text`."""
    project = make_project(tmp_path, sample_proposals=True)
    (project / "inputs" / "conference.yaml").write_text(text, encoding="utf-8")
    return check(project)


def minimal_text() -> str:
    return (MINIMAL / "inputs" / "conference.yaml").read_text(encoding="utf-8")


def test_the_minimal_conference_is_built_with_locations() -> None:
    inputs, lines = check(MINIMAL)
    conf = inputs.conference
    assert lines == []
    assert (conf.id, conf.source_language, conf.languages, conf.date, conf.illustrative) == (
        "demo-2025", "ru", ("kk", "ru", "en"), dt.date(2025, 9, 26), True)
    assert conf.organizers == (Partner("АРГО"), Partner("Фонд Конрада Аденауэра", "assets/kas.svg"))
    assert [(d.id, d.text) for d in conf.directions] == [
        ("D1", "Устойчивость НПО"), ("D2", "Вовлечение молодёжи")]
    assert conf.group("G2").text == "Рабочая группа 2"
    assert str(conf.location_of("title")) == "inputs/conference.yaml:5:8"
    assert str(conf.location_of("directions.D2")) == "inputs/conference.yaml:16:12"
    assert str(conf.location_of("addressees.parliament")) == "inputs/conference.yaml:26:11"
    assert str(conf.location_of("organizers.1")) == "inputs/conference.yaml:10:5"


def test_optional_parts_are_read(tmp_path: Path) -> None:
    text = minimal_text() + (
        "subtitle: Подзаголовок\nfoa: 1\nforeword: |\n  Абзац 1.\n\n  Абзац 2.\n"
        "partners:\n  - name: ПРООН\n    logo: assets/kas.svg\n    url: x\nisbn: 978-601-0000-00-0\n")
    inputs, lines = with_conference(tmp_path, text)
    assert lines == [
        f"inputs/conference.yaml:29:1: warning: key 'foa' is not read. Expected one of: "
        f"{CONFERENCE_KEYS} but received: 'foa' [conference.unknown-key]",
        "inputs/conference.yaml:37:5: warning: key 'url' is not read. Expected one of: name, logo "
        "but received: 'url' [conference.unknown-key]"]
    conf = inputs.conference
    assert (conf.subtitle, conf.foreword, conf.isbn) == (
        "Подзаголовок", "Абзац 1.\n\nАбзац 2.", "978-601-0000-00-0")
    assert conf.partners == (Partner("ПРООН", "assets/kas.svg"),)


def test_an_empty_list_of_partners_is_none_and_of_organizers_is_said_to_be_empty(tmp_path: Path) -> None:
    # qainput s23: `partners: []` failed the check with "must be a list of names or of {name, logo}", and
    # `organizers: []` was told the same: both are lists
    inputs, lines = with_conference(tmp_path, minimal_text() + "partners: []\n")
    assert lines == [] and inputs.conference.partners == ()
    text = minimal_text()
    start = text.index("organizers:")
    end = text.index("\ndirections:")  # the key and its names
    inputs, lines = with_conference(tmp_path / "o", text[:start] + "organizers: []" + text[end:])
    assert inputs is None
    assert lines == [f'inputs/conference.yaml:{text[:start].count(chr(10)) + 1}:13: error: "organizers" lists no '
                     "one: name at least one, as a name or {name, logo} [conference.bad-list]"]

def test_every_bad_conference_value_is_reported_and_the_conference_is_unusable(tmp_path: Path) -> None:
    text = ("id: Demo 2025\nsource_language: de\nlanguages: [kk, kk, fr]\ntitle: ''\n"
            "date: 26.09.2025\norganizers: АРГО\nillustrative: yes\n"
            "directions:\n  - id: D1\n    title: Один\n  - id: D1\n    title: Два\n  - {id: D2}\n"
            "groups:\n  - {id: G 1, name: Группа}\n  - Группа 2\naddressees: []\n")
    inputs, lines = with_conference(tmp_path, text)
    where = "inputs/conference.yaml"
    assert inputs is None
    assert lines == [
        f'{where}:1:1: error: missing required key "city" [conference.missing-key]',
        f"{where}:1:5: error: id is used in file names: lower-case Latin letters, digits, '-' and "
        "'_' only, but received: 'Demo 2025' [conference.bad-id]",
        f"{where}:2:18: error: unknown source_language. Expected one of: kk, ru, en but received: "
        "'de' [conference.unknown-language]",
        f"{where}:3:17: error: language 'kk' is listed twice [conference.duplicate-id]",
        f"{where}:3:21: error: unknown language. Expected one of: kk, ru, en but received: 'fr' "
        "[conference.unknown-language]",
        f'{where}:4:8: error: "title" is empty [conference.empty-value]',
        f"{where}:5:7: error: date must be an ISO date such as 2025-09-26, but received: "
        "'26.09.2025' [conference.bad-date]",
        f'{where}:6:13: error: "organizers" must be a list of names or of {{name, logo}} '
        "[conference.bad-list]",
        f"{where}:7:15: error: illustrative must be true or false, but received: 'yes' "
        "[conference.bad-boolean]",
        f"{where}:11:5: error: directions: id 'D1' is used twice (first at {where}:9:5) "
        "[conference.duplicate-id]",
        f"{where}:13:5: error: directions 'D2' has no \"title\" [conference.empty-value]",
        f"{where}:15:10: error: groups id must be Latin letters, digits, '.', '-' or '_', but "
        "received: 'G 1' [conference.bad-id]",
        f"{where}:16:5: error: each of groups is a mapping {{id, name}}, not a text "
        "[conference.bad-list]",
        f'{where}:17:13: error: "addressees" must be a non-empty list of {{id, name}} '
        "[conference.bad-list]",
    ]


@pytest.mark.parametrize(("date", "why"), [
    ("2026-02-30", "'2026-02-30' is not a real date: February 2026 has 28 days"),
    ("2024-02-30", "'2024-02-30' is not a real date: February 2024 has 29 days"),
    ("2025-04-31", "'2025-04-31' is not a real date: April 2025 has 30 days"),
    ("2025-13-31", "'2025-13-31' is not a real date: there is no month 13"),
    ("2025-26-09", "'2025-26-09' is not a real date: there is no month 26 (the month comes before the "
                   "day: YYYY-MM-DD)"),
    ("2025-09-00", "'2025-09-00' is not a real date: days are numbered from 01"),
    ("2025-٠٩-26", "must be an ISO date such as 2025-09-26, but received: '2025-٠٩-26'"),
])
def test_a_date_written_as_iso_that_does_not_exist_says_why(tmp_path: Path, date: str, why: str) -> None:
    # "must be an ISO date" for 2026-02-30, which is one, sent the secretariat looking at the format
    inputs, lines = with_conference(tmp_path, minimal_text().replace("date: 2025-09-26", f"date: {date}"))
    assert inputs is None
    assert lines == [f"inputs/conference.yaml:6:7: error: date {why} [conference.bad-date]"]


def test_proposals_are_still_checked_against_the_usable_lists(tmp_path: Path) -> None:
    text = minimal_text().replace("city: Алматы\n", "").replace("- id: G2\n", "- id: G3\n")
    project = make_project(tmp_path, sample_proposals=True)
    (project / "inputs" / "conference.yaml").write_text(text, encoding="utf-8")
    inputs, lines = check(project)
    assert inputs is None
    assert lines == ['inputs/conference.yaml:2:1: error: missing required key "city" '
                     "[conference.missing-key]"]
    (project / "inputs" / "proposals" / "g1.yaml").write_text(
        "- {id: G1-09, group: G2, direction: D1, language: ru, title: T, text: X}\n", encoding="utf-8")
    _, lines = check(project)
    assert lines[-1] == ("inputs/proposals/g1.yaml:1:22: error: unknown group. Expected one of: "
                         "G1, G3 but received: 'G2' [proposal.unknown-group]")


def test_missing_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "inputs").mkdir()
    inputs, lines = check(tmp_path)
    assert inputs is None
    assert lines == ["inputs/conference.yaml: error: the conference file is missing "
                     "[load.missing-conference]",
                     "inputs/proposals: error: the proposals folder is missing "
                     "[load.missing-proposals]"]


def test_other_files_in_the_proposals_folder_are_named_not_read(tmp_path: Path) -> None:
    # Explorer's Thumbs.db and desktop.ini (a OneDrive folder) were "not read" warnings too (qainput s23)
    project = make_project(tmp_path, {"old.xls": b"\xd0\xcf", "~$g.xlsx": b"lock", ".hidden.csv": b"",
                                      "Thumbs.db": b"\xd0\xcf", "desktop.ini": b"[.ShellClassInfo]"})
    _, lines = check(project)
    assert lines == ["inputs/proposals: warning: no proposal files (.yaml, .yml, .csv, .xlsx) "
                     "[load.no-proposals]",
                     "inputs/proposals/old.xls: warning: not read: proposals are .yaml, .yml, .csv "
                     "or .xlsx files (save .xls and .ods as .xlsx) [load.ignored-file]"]


def test_proposals_in_a_subfolder_are_named_not_read(tmp_path: Path) -> None:
    # inputs/proposals/day2/q.yaml was skipped without a word, while .ods or .bak files were named
    project = make_project(tmp_path, {})
    (project / "inputs" / "proposals" / "day2").mkdir()
    (project / "inputs" / "proposals" / "day2" / "q.yaml").write_text("[]\n", "utf-8")
    (project / "inputs" / "proposals" / "empty").mkdir()  # nothing in it to lose: nothing said
    _, lines = check(project)
    assert ("inputs/proposals/day2/: warning: not read: proposals are read from the files directly in "
            "inputs/proposals/, not from its subfolders; move them up [load.ignored-file]") in lines
    assert not [line for line in lines if "empty" in line]


def test_logos_must_be_files_inside_the_project(tmp_path: Path) -> None:
    text = minimal_text() + (
        "partners:\n  - {name: A, logo: 'file:///etc/passwd'}\n  - {name: B, logo: ../x.png}\n"
        "  - {name: C, logo: /abs.png}\n  - {name: D, logo: assets/missing.png}\n")
    inputs, lines = with_conference(tmp_path, text)
    start = "error: logo must be a path inside the project such as inputs/assets/logo.png, not"
    assert lines == [
        f"inputs/conference.yaml:29:21: {start} a URL or drive letter: 'file:///etc/passwd' "
        "[conference.bad-logo]",
        f"inputs/conference.yaml:30:21: {start} a path leaving the project folder: '../x.png' "
        "[conference.bad-logo]",
        f"inputs/conference.yaml:31:21: {start} an absolute path: '/abs.png' [conference.bad-logo]",
        "inputs/conference.yaml:32:21: error: logo file not found: assets/missing.png "
        "[load.missing-asset]"]
    assert inputs is None


def test_a_conference_that_is_not_a_mapping_is_unusable(tmp_path: Path) -> None:
    inputs, lines = with_conference(tmp_path, "- id: demo\n")
    assert inputs is None
    assert lines == ["inputs/conference.yaml:1:1: error: conference.yaml must be a mapping of keys, "
                     "not a list [conference.not-a-mapping]"]


def test_ids_that_name_files_are_refused_only_past_the_longest_name_a_file_system_takes(tmp_path: Path) -> None:
    # 229: ".<id>.ru.docx.<12 hex>.bak", the backup beside a book, is 255 bytes, the limit
    fits, over = "a" * 229, "a" * 230
    for conference_id, expected in ((fits, []), (over, [
            "inputs/conference.yaml:2:5: error: id 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'… "
            "(230 characters) cannot be used: it names files, so it is at most 229 characters, but it has 230 "
            "[conference.bad-id]"])):
        case = tmp_path / str(len(conference_id))
        case.mkdir()
        _, lines = with_conference(case, minimal_text().replace("id: demo-2025", f"id: {conference_id}", 1))
        assert lines == expected


def test_group_ids_are_refused_as_windows_device_names_in_any_case_with_any_extension(tmp_path: Path) -> None:
    from recbook.model.file_names import WINDOWS_RESERVED

    for name in ("CON", "con", "Prn", "AUX", "nul.x", "COM1", "com9.a.b", "LPT1", "lpt9"):
        assert WINDOWS_RESERVED.fullmatch(name), name
    for name in ("CONS", "con1", "COM0", "LPT10", "G1", "xnul", "nul-x"):
        assert not WINDOWS_RESERVED.fullmatch(name), name


def test_a_title_not_in_the_source_language_is_a_warning(tmp_path: Path) -> None:
    # source_language switched ru → kk over Russian texts: the kk book printed Russian, translations obsolete
    text = minimal_text().replace("source_language: ru", "source_language: kk")
    inputs, lines = with_conference(tmp_path, text)
    assert inputs.conference is not None
    assert [line for line in lines if "language-mismatch" in line] == [
        'inputs/conference.yaml:5:8: warning: source_language is kk, but "title" looks Russian: the books '
        "translate it from source_language; check which it is [conference.language-mismatch]"]
