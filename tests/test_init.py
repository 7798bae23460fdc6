"""`recbook init` and `recbook intake`: a new project checks and builds at once; its workbook reads back."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from recbook.cli import main
from recbook.commands.init import write_project

ROWS = {
    "G1": ["G1-01", "G1", "D2", "ru", "Открыть ресурсные центры НКО",
           "Открыть ресурсные центры для некоммерческих организаций в каждой области.",
           "gov", "medium", "9", "16"],
    "G2": ["G2-01", "G2", "D1", "ru", "Создать фонд поддержки НКО",
           "Создать региональный фонд поддержки некоммерческих организаций с открытыми конкурсами.",
           "gov;ngos", "short", "12", "16;17"],
}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    result = run("init", str(tmp_path / "civil-forum-2026"))
    assert result.exit_code == 0, result.output + result.stderr
    return tmp_path / "civil-forum-2026"


def fill(project: Path, rows: dict[str, list[str]]) -> None:
    path = project / "inputs" / "proposals" / "intake.xlsx"
    book = openpyxl.load_workbook(path)
    for sheet, row in rows.items():
        book[sheet].append(row)
    book.save(path)


def test_check_names_the_project_folder_and_never_says_it_wrote_nothing(project: Path, monkeypatch) -> None:
    # ".: 14 proposals …: OK" named the folder as it was given; "…; nothing was written" suggested a check writes
    monkeypatch.chdir(project)
    result = run("check")
    assert result.stdout == "civil-forum-2026: 0 proposals, 0 recommendations printed, none set aside: OK\n"
    fill(project, {"G3": ["G3-01", "G9", "D1", "ru", "Заголовок", "Текст предложения."]})
    result = run("check")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Error: 1 error"


def test_a_new_project_checks_clean(project: Path) -> None:
    result = run("check", "--project", str(project))
    assert result.exit_code == 0
    # only that no proposal is in yet: the placeholders are translated
    assert result.stderr == ("inputs/proposals: warning: no proposals yet: the proposal files hold none, so the "
                             "book has no recommendations; fill in the intake workbook [load.no-proposals]\n")
    assert result.stdout.endswith(": 0 proposals, 0 recommendations printed, none set aside: OK\n")
    conference = (project / "inputs" / "conference.yaml").read_text("utf-8")
    assert "id: civil-forum-2026\n" in conference and "# языки сборника" in conference
    assert (project / "README.md").read_text("utf-8").startswith("# civil-forum-2026: сборник рекомендаций")
    catalog = (project / "locales/kk/LC_MESSAGES/content.ru.po").read_text("utf-8")
    assert 'msgid "Рабочая группа 1"\nmsgstr "1-жұмыс тобы"' in catalog
    assert sorted(p.name for p in (project / "schemas").iterdir()) == [
        "conference.schema.json", "decisions.schema.json", "proposals.schema.json"]


def test_intake_has_a_sheet_per_group_and_lists_from_conference_yaml(project: Path) -> None:
    book = openpyxl.load_workbook(project / "inputs" / "proposals" / "intake.xlsx")
    assert book.sheetnames == ["G1", "G2", "G3", "recbook-lists"]
    assert book["recbook-lists"].sheet_state == "hidden" and book.active.title == "G1"
    sheet = book["G2"]
    assert [c.value for c in sheet[1]] == ["id", "group", "direction", "language", "title", "text",
                                           "addressees", "timeframe", "votes", "sdgs"]
    rules = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    lists = {name: book.defined_names[name].attr_text for name in book.defined_names}
    assert rules["B2:B501"].formula1 == "recbook_group"
    assert lists["recbook_group"] == "'recbook-lists'!$A$2:$A$4"
    assert [c.value for c in book["recbook-lists"]["A"]] == ["group", "G1", "G2", "G3"]
    assert [c.value for c in book["recbook-lists"]["C"]][:4] == ["addressees", "gov", "ngos", None]
    assert rules["C2:C501"].formula1 == "recbook_direction"
    assert rules["H2:H501"].formula1 == "recbook_timeframe" and rules["H2:H501"].errorStyle == "stop"
    assert rules["G2:G501"].errorStyle == "information"  # "gov;ngos" must stay possible
    assert "gov: Государственные органы" in sheet["G1"].comment.text


def test_filled_sheets_read_back_and_build(project: Path) -> None:
    fill(project, ROWS)
    result = run("dedupe", "--json", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    clusters = json.loads(result.stdout)["clusters"]
    assert sorted(c["canonical"] for c in clusters) == ["G1-01", "G2-01"]
    result = run("build", "--project", str(project), "--lang", "ru")
    assert result.exit_code == 0, result.stderr
    assert (project / "output" / "civil-forum-2026.ru.pdf").stat().st_size > 10_000
    assert (project / "output" / "civil-forum-2026.ru.docx").is_file()


def test_a_bad_value_in_the_workbook_is_located(project: Path) -> None:
    fill(project, {"G3": ["G3-01", "G9", "D1", "ru", "Заголовок", "Текст предложения."]})
    result = run("check", "--project", str(project))
    assert result.exit_code == 1
    assert "inputs/proposals/intake.xlsx:G3!B2: error:" in result.stderr


def test_intake_follows_conference_yaml_and_keeps_filled_workbooks(project: Path) -> None:
    conference = project / "inputs" / "conference.yaml"
    text = conference.read_text("utf-8").replace(
        '  - {id: G3, name: "Рабочая группа 3"}\n',
        '  - {id: G3, name: "Рабочая группа 3"}\n  - {id: Youth-and-volunteering-group-2026, name: "Молодежь"}\n')
    conference.write_text(text, "utf-8")
    result = run("intake", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(project / "inputs" / "proposals" / "intake.xlsx")
    assert book.sheetnames == ["G1", "G2", "G3", "Youth-and-volunteering-group-20", "recbook-lists"]
    fill(project, {"G1": ROWS["G1"]})
    result = run("intake", "--project", str(project))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [  # located, as every other refusal
        f"{project / 'inputs' / 'proposals' / 'intake.xlsx'}: error: holds 1 proposal; save it under another "
        "name first (or use --force to replace it, keeping it as a backup) [intake.filled]",
        "Error: 1 error; nothing was written"]
    assert run("intake", "--project", str(project), "--force").exit_code == 0


def test_intake_force_keeps_the_workbook_it_replaces(project: Path) -> None:
    # --force, as the refusal advises after a group is renamed, discarded every returned proposal
    intake = project / "inputs" / "proposals" / "intake.xlsx"
    fill(project, ROWS)
    filled = intake.read_bytes()
    result = run("intake", "--project", str(project), "--force")
    assert result.exit_code == 0, result.stderr
    backup = project / "inputs" / "proposals" / "intake.xlsx.bak"
    assert result.stdout.splitlines()[-1] == (
        f"kept the workbook it replaced (2 proposals) as {backup}: copy the rows into the new workbook, "
        "then delete the backup")
    assert backup.read_bytes() == filled
    fill(project, {"G1": ROWS["G1"]})
    assert run("intake", "--project", str(project), "--force").exit_code == 0
    assert backup.read_bytes() == filled  # a second backup never replaces the first
    with backup.with_name("intake.xlsx.2.bak").open("rb") as second:
        assert openpyxl.load_workbook(second)["G1"]["A2"].value == "G1-01"
    # the backups are not read as proposals, and check says so, and that the book is now empty
    result = run("check", "--project", str(project))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "inputs/proposals: warning: no proposals yet: the proposal files hold none, so the book has no "
        "recommendations; fill in the intake workbook [load.no-proposals]",
        *(f"inputs/proposals/{name}: warning: not read: a backup (`recbook intake --force` keeps the workbook "
          "it replaces so); copy the proposals you need into a proposals file, then delete it [load.ignored-file]"
          for name in ("intake.xlsx.2.bak", "intake.xlsx.bak"))]


def test_intake_keeps_a_workbook_it_cannot_read(project: Path) -> None:
    intake = project / "inputs" / "proposals" / "intake.xlsx"
    intake.write_bytes(b"not a workbook, maybe an .xls saved under the name")
    result = run("intake", "--project", str(project))
    assert result.exit_code == 1
    assert intake.read_bytes() == b"not a workbook, maybe an .xls saved under the name"
    assert run("intake", "--project", str(project), "--force").exit_code == 0
    assert intake.with_name("intake.xlsx.bak").read_bytes() == b"not a workbook, maybe an .xls saved under the name"


def test_init_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    result = run("init", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (f"{tmp_path}: error: the folder is not empty (it holds notes.txt); recbook init makes "
                             "a new project in a new or empty folder [init.not-empty]\n"
                             "Error: 1 error; nothing was written\n")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_init_again_after_an_interrupted_init_says_how_to_start_over(tmp_path: Path, monkeypatch) -> None:
    # a Ctrl-C during `recbook init conf` leaves conf half made; the second try was refused with
    # "the folder is not empty", not saying that the folder was init's own or what to do with it
    from recbook.commands import init

    def interrupted(project: Path):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(init, "read_conference", interrupted)
        assert run("init", str(tmp_path / "conf")).exit_code == 130
    result = run("init", str(tmp_path / "conf"))
    assert result.exit_code == 1
    assert result.stderr == (
        f"{tmp_path / 'conf'}: error: the folder holds a project already (.gitignore, README.md, inputs and 1 "
        "more); recbook init makes a new project in a new or empty folder. If an interrupted `recbook init` "
        "made it, delete the folder and run `recbook init` again; to work on that project, run `recbook check` "
        "in it [init.not-empty]\nError: 1 error; nothing was written\n")


def test_init_makes_the_project_in_a_repository_made_first(tmp_path: Path) -> None:
    # `git init conf && recbook init conf` was refused: the folder held only .git
    (tmp_path / "conf" / ".git").mkdir(parents=True)
    (tmp_path / "conf" / ".git" / "HEAD").write_text("ref: refs/heads/main\n", "utf-8")
    assert run("init", str(tmp_path / "conf")).exit_code == 0
    assert (tmp_path / "conf" / "inputs" / "conference.yaml").is_file()
    assert (tmp_path / "conf" / ".git" / "HEAD").read_text("utf-8") == "ref: refs/heads/main\n"


def test_init_makes_the_project_in_a_folder_finder_or_explorer_has_shown(tmp_path: Path) -> None:
    # qainput s23: a folder made in Finder and opened once holds .DS_Store: init refused it as "not empty"
    for litter in (".DS_Store", "Thumbs.db", "desktop.ini"):
        folder = tmp_path / litter.strip(".").replace(".", "-")
        folder.mkdir()
        (folder / litter).write_bytes(b"\0\0\0\1Bud1")
        assert run("init", str(folder)).exit_code == 0, litter
        assert (folder / "inputs" / "conference.yaml").is_file() and (folder / litter).read_bytes() == b"\0\0\0\1Bud1"
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / ".DS_Store").write_bytes(b"")
    (tmp_path / "notes" / "notes.txt").write_text("mine", "utf-8")
    refused = run("init", str(tmp_path / "notes"))
    assert refused.exit_code == 1 and "(it holds notes.txt)" in refused.stderr


def test_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "p"), "--languages", "kk,de")
    assert result.exit_code == 2
    assert "expected one or more of kk, ru, en separated by commas, but received: 'kk,de'" in result.stderr
    assert not (tmp_path / "p").exists()


def test_a_kazakh_secretariat_gets_kazakh_files(tmp_path: Path) -> None:
    result = run("init", str(tmp_path / "p"), "--languages", "kk,en", "--source", "kk")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [  # the check of the new project: nothing else to say
        "inputs/proposals: warning: no proposals yet: the proposal files hold none, so the book has no "
        "recommendations; fill in the intake workbook [load.no-proposals]"]
    assert "languages: [kk, en]" in (tmp_path / "p/inputs/conference.yaml").read_text("utf-8")
    assert "## Жұмыс реті" in (tmp_path / "p/README.md").read_text("utf-8")
    assert 'msgstr "Working group 1"' in (tmp_path / "p/locales/en/LC_MESSAGES/content.kk.po").read_text("utf-8")


def test_a_project_in_some_languages_gets_their_catalogs_only_and_another_once_it_is_added(tmp_path: Path) -> None:
    project = tmp_path / "p"
    assert run("init", str(project), "--languages", "ru").exit_code == 0
    assert sorted(p.relative_to(project).as_posix() for p in (project / "locales").rglob("*.po")) == [
        "locales/ru/LC_MESSAGES/book.po"]
    conference = project / "inputs/conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace("languages: [ru]", "languages: [ru, kk]"), "utf-8")
    result = run("i18n", "update", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(project).as_posix() for p in (project / "locales").rglob("*.po")) == [
        "locales/kk/LC_MESSAGES/book.po", "locales/kk/LC_MESSAGES/content.ru.po", "locales/ru/LC_MESSAGES/book.po"]
    assert 'msgstr "Ұсыныс"' in (project / "locales/kk/LC_MESSAGES/book.po").read_text("utf-8")
    # a language dropped again keeps its catalogs, still updated, for when it comes back
    conference.write_text(conference.read_text("utf-8").replace("languages: [ru, kk]", "languages: [ru]"), "utf-8")
    assert run("i18n", "update", "--project", str(project)).exit_code == 0
    assert (project / "locales/kk/LC_MESSAGES/book.po").is_file()


def test_the_same_day_gives_the_same_files(tmp_path: Path) -> None:
    day = dt.date(2026, 3, 1)
    for name in ("a", "b"):
        write_project(tmp_path / name / "forum", ("kk", "ru", "en"), "ru", day)
        time.sleep(1.1)  # openpyxl stamps the current second into the workbook unless told otherwise
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert len(files) == 13
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_python_dash_m_recbook_runs_the_commands(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "recbook", "init", str(tmp_path / "p")],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "0 proposals, 0 recommendations printed, none set aside: OK" in done.stdout
    done = subprocess.run([sys.executable, "-m", "recbook", "--help"], capture_output=True, text=True)
    assert "Usage: recbook [OPTIONS] COMMAND" in done.stdout and "  init " in done.stdout


def test_a_new_projects_direction_titles_are_not_the_heading_printed_above_them(tmp_path: Path) -> None:
    # "1-бағыт" was both the title and the kicker the book prints above it: "1‑БАҒЫТ" over "1‑бағыт"
    from recbook.diagnostics import Report
    from recbook.pipeline import check_project

    assert run("init", str(tmp_path / "p")).exit_code == 0
    checked = check_project(tmp_path / "p", Report(), final=False)
    for lang, book in checked.books.items():
        for d in book.directions:
            plain = lambda text: text.replace("\u2011", "-").casefold()  # noqa: E731
            assert plain(d.heading.value) != plain(d.title.value), (lang, d.heading)
def test_groups_excel_cannot_name_a_sheet_after_get_a_valid_one_and_keep_their_id(project: Path) -> None:
    conference = project / "inputs" / "conference.yaml"
    text = conference.read_text("utf-8").replace(
        '  - {id: G3, name: "Рабочая группа 3"}\n',
        '  - {id: G3, name: "Рабочая группа 3"}\n  - {id: History, name: "История"}\n'
        '  - {id: recbook-lists, name: "Списки"}\n')
    conference.write_text(text, "utf-8")
    result = run("intake", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(project / "inputs" / "proposals" / "intake.xlsx")
    # Excel refuses a sheet named History; the drop-down lists keep their own sheet's name
    assert book.sheetnames == ["G1", "G2", "G3", "History~2", "recbook-lists~2", "recbook-lists"]
    assert book.defined_names["recbook_group"].attr_text == "'recbook-lists'!$A$2:$A$6"
    assert [c.value for c in book["recbook-lists"]["A"]] == ["group", "G1", "G2", "G3", "History",
                                                             "recbook-lists"]
    assert book["History~2"]["B1"].comment.text.startswith("Этот лист — для группы History.\n")
    fill(project, {"History~2": ["H-01", "History", "D1", "ru", "Заголовок", "Текст предложения."]})
    result = run("check", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    assert "1 proposal," in result.stdout
    assert [line for line in result.stderr.splitlines() if "i18n.incomplete" not in line] == []


def test_a_row_on_one_groups_sheet_filed_under_another_group_is_a_warning_at_its_cell(project: Path) -> None:
    # the group column's drop-down starts with G1: a row on G2's sheet saying G1 was credited to G1, silently
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace(
        '  - {id: G3, name: "Рабочая группа 3"}\n',
        '  - {id: G3, name: "Рабочая группа 3"}\n  - {id: History, name: "История"}\n'), "utf-8")
    assert run("intake", "--force", "--project", str(project)).exit_code == 0
    slip = ["G2-02", "G1", "D1", "ru", "Провести водопровод в село Саты",
            "Провести водопровод в село Саты, где жители возят воду в бидонах."]
    history = ["H-01", "G3", "D1", "ru", "Открыть архив форума", "Открыть архив материалов форума для всех."]
    fill(project, {"G1": ROWS["G1"], "G2": ROWS["G2"]})
    fill(project, {"G2": slip, "History~2": history})  # Excel refuses the sheet name "History"
    result = run("check", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "i18n." not in line] == [
        "inputs/proposals/intake.xlsx:G2!B3: warning: the row is on sheet 'G2', made for group G2, but its group "
        "is 'G1': the proposal is credited to G1 (Рабочая группа 1); if it is G2's, choose G2 here "
        "[proposal.group-sheet-mismatch]",
        "inputs/proposals/intake.xlsx:'History~2'!B2: warning: the row is on sheet 'History~2', made for group "
        "History, but its group is 'G3': the proposal is credited to G3 (Рабочая группа 3); if it is History's, "
        "choose History here [proposal.group-sheet-mismatch]"]


def test_a_decision_line_pasted_at_the_end_of_a_new_projects_decisions_yaml_is_read(project: Path) -> None:
    # init wrote "[]" as the file's last line: a "- {…}" line pasted after it (as README and review.html
    # say) made two lists in one file, a YAML syntax error
    fill(project, ROWS)
    decisions = project / "inputs" / "decisions.yaml"
    with decisions.open("a", encoding="utf-8") as file:
        file.write("- {merge: [G1-01, G2-01]}\n")
    result = run("dedupe", "--json", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "i18n.incomplete" not in line] == []
    clusters = json.loads(result.stdout)["clusters"]
    assert [(sorted(c["members"]), c["how"]) for c in clusters] == [(["G1-01", "G2-01"], "manual")]


@pytest.mark.parametrize("source, section", [("ru", "Решения: inputs/decisions.yaml"),
                                             ("kk", "Шешімдер: inputs/decisions.yaml"),
                                             ("en", "Decisions: inputs/decisions.yaml")])
def test_decisions_yaml_is_comments_in_the_secretariats_language_naming_a_readme_section(
        tmp_path: Path, source: str, section: str) -> None:
    assert run("init", str(tmp_path / "p"), "--source", source).exit_code == 0
    lines = (tmp_path / "p/inputs/decisions.yaml").read_text("utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schemas/decisions.schema.json"
    assert all(line.startswith("# ") for line in lines)  # no decision yet, and nothing a paste would follow
    said = " ".join(lines[1:])
    assert f"README.md, «{section}»" in said
    assert ("The secretariat" in said) == (source == "en")  # was English whatever the source language
    readme = (tmp_path / "p/README.md").read_text("utf-8")
    assert f"\n## {section}\n" in readme
    assert "- {merge: [G1-01, G2-03], text_hash: 3f9c2a41b7d0}" in readme  # the format, shown


def test_review_import_writes_into_a_new_projects_decisions_yaml(project: Path) -> None:
    fill(project, ROWS)
    sheet = project / "review.xlsx"
    assert run("review", "export", str(sheet), "--project", str(project)).exit_code == 0
    book = openpyxl.load_workbook(sheet)
    assert (book["Review"]["A2"].value, book["Review"]["C2"].value) == ("рекомендация", "G1-01")
    book["Review"]["D2"], book["Review"]["E2"] = "отклонить", "вне темы конференции"
    book.save(sheet)
    decisions = project / "inputs" / "decisions.yaml"
    header = decisions.read_text("utf-8")
    result = run("review", "import", str(sheet), "--project", str(project))
    assert result.exit_code == 0, result.stderr
    text = decisions.read_text("utf-8")
    assert text.startswith(header)  # the comments kept, the decision after them
    assert text[len(header):].startswith("- {reject: G1-01, reason: вне темы конференции, text_hash: ")
    with decisions.open("a", encoding="utf-8") as file:  # and a line pasted after it still reads
        file.write("- {canonical: G2-01}\n")
    result = run("dedupe", "--json", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    assert [c["status"] for c in json.loads(result.stdout)["clusters"]] == ["rejected", "accepted"]


def _entries(project: Path, lang: str) -> dict:
    from recbook.load.catalogs import read_po

    return {e.msgctxt: e for e in read_po(project / f"locales/{lang}/LC_MESSAGES/content.ru.po").active}


def test_inits_placeholder_translations_are_emptied_not_kept_fuzzy_once_conference_yaml_has_its_own_text(
        project: Path) -> None:
    # QA (s20/qa3, M4): init seeds «Алматы» → "Almaty"; with the real city in conference.yaml, i18n update kept
    # "Almaty" as a fuzzy guess, an agency approved it, and the final English cover named the wrong city
    conference = project / "inputs/conference.yaml"
    text = conference.read_text("utf-8").replace('city: "Алматы"', 'city: "Астана"')
    conference.write_text(text.replace('"Организатор"', '"Министерство водных ресурсов"'), encoding="utf-8")
    mine = _entries(project, "en")["conference.title"]  # a translator's own wording of a placeholder is kept
    catalog = project / "locales/en/LC_MESSAGES/content.ru.po"
    catalog.write_text(catalog.read_text("utf-8").replace(f'msgstr "{mine.msgstr[0]}"', 'msgstr "Our title"'),
                       encoding="utf-8")
    conference.write_text(conference.read_text("utf-8").replace('"Название конференции"', '"Вода и климат"'),
                          encoding="utf-8")
    result = run("i18n", "update", "--project", str(project))
    assert result.exit_code == 0, result.output
    for lang in ("kk", "en"):
        entries = _entries(project, lang)
        for context, source in (("conference.city", "Астана"), ("organizers.1", "Министерство водных ресурсов")):
            assert (entries[context].msgid, entries[context].msgstr, entries[context].fuzzy,
                    entries[context].previous_msgid) == (source, ("",), False, None), (lang, context)
        assert entries["conference.subtitle"].translated  # its placeholder is still the text: still translated
    title = _entries(project, "en")["conference.title"]
    assert (title.msgstr, title.fuzzy, title.previous_msgid) == (("Our title",), True, "Название конференции")
    result = run("check", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    assert "i18n.stale" not in result.stderr and "Almaty" not in result.stderr


def test_a_placeholder_translation_an_earlier_update_kept_fuzzy_is_emptied_by_the_next(project: Path) -> None:
    # a project made and updated before: the catalog holds `#, fuzzy` `#| msgid "Алматы"` `msgstr "Almaty"`
    conference = project / "inputs/conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace('city: "Алматы"', 'city: "Астана"'), encoding="utf-8")
    catalog = project / "locales/en/LC_MESSAGES/content.ru.po"
    text = catalog.read_text("utf-8")
    old = 'msgctxt "conference.city"\nmsgid "Алматы"\n'
    assert old in text
    catalog.write_text(text.replace(old, '#, fuzzy\n#| msgid "Алматы"\nmsgctxt "conference.city"\nmsgid "Астана"\n'),
                       encoding="utf-8")
    assert _entries(project, "en")["conference.city"].msgstr == ("Almaty",)
    assert run("i18n", "update", "--project", str(project)).exit_code == 0
    city = _entries(project, "en")["conference.city"]
    assert (city.msgid, city.msgstr, city.fuzzy) == ("Астана", ("",), False)


def test_the_first_check_after_filling_conference_yaml_says_once_a_catalog_to_run_i18n_update(project: Path) -> None:
    # QA (s20/qa3, c5): 14 long i18n.stale warnings ("edited in the catalog? … keeps the translation, marked
    # fuzzy"), one per placeholder translation in kk and en; the README's first steps did not name i18n update
    conference = project / "inputs/conference.yaml"
    text = conference.read_text("utf-8").replace('city: "Алматы"', 'city: "Астана"')
    for old, new in (("Название конференции", "Вода и климат"), ("Организатор", "Министерство водных ресурсов"),
                     ("Тема первого направления", "Водные ресурсы")):
        text = text.replace(f'"{old}"', f'"{new}"')
    conference.write_text(text, encoding="utf-8")
    result = run("check", "--project", str(project))
    assert result.exit_code == 0, result.stderr
    stale = [line for line in result.stderr.splitlines() if "i18n.stale" in line]
    lines = {lang: f"locales/{lang}/LC_MESSAGES/content.ru.po:17:1" for lang in ("kk", "en")}
    assert stale == [
        f"{lines[lang]}: warning: {lang}: 4 entries (conference.title, conference.city, organizers.1 and 1 more) hold "
        "the translations `recbook init` wrote for its placeholders, not of the texts conference.yaml has now, so the "
        "source wording is printed; run `recbook i18n update`: it empties them for translation [i18n.stale]"
        for lang in ("en", "kk")]
    said = ("msgctxt 'conference.city' holds the translation `recbook init` wrote for its placeholder, not one of the "
            "text conference.yaml has now")
    checked = run("i18n", "check", "--project", str(project))
    assert (f"locales/en/LC_MESSAGES/content.ru.po:31:1: warning: {said}, so the source wording is printed; run "
            "`recbook i18n update`: it empties the entry for translation [i18n.stale]") in checked.stderr.splitlines()
    strict = run("check", "--strict", "--project", str(project))
    assert (f"locales/en/LC_MESSAGES/content.ru.po:31:1: error: en: {said}; run `recbook i18n update`: it empties the "
            "entry for translation [i18n.stale]") in strict.stderr.splitlines()
    assert run("i18n", "update", "--project", str(project)).exit_code == 0
    assert "i18n.stale" not in run("check", "--project", str(project)).stderr
    readme = (project / "README.md").read_text("utf-8")  # the steps say when to run it
    first = readme[readme.index("1. "):readme.index("2. ")]
    assert "`recbook intake`" in first and "`recbook i18n update`" in first


def test_a_folder_named_in_cyrillic_gives_its_words_to_the_id(tmp_path: Path) -> None:
    # "Форум 2026" made `id: 2026`, its word dropped, and output/2026.kk.pdf
    project = tmp_path / "Қоғам форумы 2026"
    result = run("init", str(project), "--languages", "kk,ru")
    assert result.exit_code == 0, result.output
    conference = (project / "inputs" / "conference.yaml").read_text("utf-8")
    assert "id: qogam-forumy-2026\n" in conference
    assert run("check", "--project", str(project)).exit_code == 0


def test_slug_romanises_kazakh_and_russian_letters() -> None:
    from recbook.scaffold.conference import slug

    assert slug("Форум гражданского общества — 2026") == "forum-grazhdanskogo-obshchestva-2026"
    assert slug("Әлеуметтік ғылым, ң, ү, һ") == "aleumettik-gylym-ng-u-h"
    assert slug("東京") == "conference"
