"""Two commands writing one project's inputs at once lose nothing (QA qa3 M2).

Each command that rewrites an input (`review import`: inputs/decisions.yaml; `i18n update`,
`i18n import`: locales/; `intake`; a release: inputs/editions.yaml) reads it, changes it and
writes it back whole. Two at once: the second dropped the first's changes, and both said they
had written them. Now every such command takes the project's lock (recbook.project_lock), as a
build does; and a file changed meanwhile by a program that takes no lock (an editor, Poedit,
Excel, `git pull`) stops the command with nothing written over it (recbook.unchanged).

The races are real: a second recbook process is started at the moment the first has read its
file and not yet written it (a hook there), and the first goes on only once the second has
finished, or says it waits for the lock.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import copy_sample_project
from recbook.cli import main
from recbook import render

DECISIONS = "inputs/decisions.yaml"
EN_CONTENT = "locales/en/LC_MESSAGES/content.ru.po"
KK_CONTENT = "locales/kk/LC_MESSAGES/content.ru.po"


def cli(project: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--project", str(project)])


def start_meanwhile(project: Path, *args: str) -> subprocess.Popen:
    """Start `recbook ARGS` in a process of its own; return once it has finished or waits for the lock."""
    other = subprocess.Popen([sys.executable, "-m", "recbook", *args, "--project", str(project)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                             env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    waits = []
    for line in other.stderr:  # until it says it waits, or ends (its stderr closes)
        waits.append(line)
        if "waiting up to" in line:
            break
    other.said = "".join(waits)
    return other


def finish(other: subprocess.Popen) -> tuple[int, str]:
    out, err = other.communicate(timeout=120)
    return other.returncode, other.said + err + out


def hook_once(monkeypatch, module, name: str, action) -> None:
    """Run `action()` on the first call of `module.name`, before the call itself."""
    real, calls = getattr(module, name), []

    def hooked(*args, **kwargs):
        if not calls:
            calls.append(1)
            action()
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, hooked)


# --- review import --------------------------------------------------------------------------------

def review_sheets(project: Path, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """Export the review sheet and fill two copies: one rejects a recommendation, the other defers another."""
    exported = tmp_path / "review.xlsx"
    assert cli(project, "review", "export", str(exported)).exit_code == 0
    sheet = load_workbook(exported)["Review"]
    rows = [r for r in range(2, sheet.max_row + 1)
            if sheet[f"A{r}"].value == "рекомендация" and "," not in str(sheet[f"C{r}"].value)][:2]
    ids, sheets = [], []
    for number, (row, word) in enumerate(zip(rows, ("отклонить", "отложить")), start=1):
        book = load_workbook(exported)
        book["Review"][f"D{row}"], book["Review"][f"E{row}"] = word, f"reason {number}"
        book.save(tmp_path / f"review-{number}.xlsx")
        sheets.append(tmp_path / f"review-{number}.xlsx")
        ids.append(str(sheet[f"C{row}"].value))
    return sheets[0], sheets[1], ids


def test_two_review_imports_at_once_keep_both_decisions(tmp_path, monkeypatch):
    import recbook.write_decisions as write_decisions

    project = copy_sample_project(tmp_path / "project")
    first, second, (rejected, deferred) = review_sheets(project, tmp_path)
    others = []
    # the first import has read decisions.yaml and is about to write it back: the second runs now
    hook_once(monkeypatch, write_decisions, "rewrite",
              lambda: others.append(start_meanwhile(project, "review", "import", str(second))))
    result = cli(project, "review", "import", str(first))
    code, said = finish(others[0])
    assert result.exit_code == 0, result.output
    assert code == 0, said
    assert "inputs/decisions.yaml: 1 added" in result.output and "inputs/decisions.yaml: 1 added" in said
    text = (project / DECISIONS).read_text("utf-8")
    assert f"reject: {rejected}, reason: reason 1" in text  # the first's decision …
    assert f"defer: {deferred}, reason: reason 2" in text  # … and the second's: it waited, then read the first's
    assert "another recbook command is writing this project" in said


def test_decisions_saved_by_an_editor_during_an_import_are_not_written_over(tmp_path, monkeypatch):
    import recbook.write_decisions as write_decisions

    project = copy_sample_project(tmp_path / "project")
    first, _, (rejected, _) = review_sheets(project, tmp_path)
    path = project / DECISIONS
    edited = path.read_text("utf-8") + "- {apart: [G6-02, G1-02], note: typed in the editor}\n"
    hook_once(monkeypatch, write_decisions, "rewrite", lambda: path.write_text(edited, "utf-8"))
    result = cli(project, "review", "import", str(first))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        "inputs/decisions.yaml: error: changed on disk while this command ran (another program, or a person, "
        "saved it after recbook read it); it was not replaced, so nothing saved there is lost: import the "
        "sheet again [write.changed]",
        "Error: 1 error; nothing was written"]
    assert path.read_text("utf-8") == edited
    assert cli(project, "review", "import", str(first)).exit_code == 0  # again: applied to the editor's file
    assert f"reject: {rejected}" in path.read_text("utf-8") and "typed in the editor" in path.read_text("utf-8")


# --- the catalogs ---------------------------------------------------------------------------------

def add_proposal(project: Path, number: str, title: str) -> None:
    with (project / "inputs/proposals/group-6.yaml").open("a", encoding="utf-8") as file:
        file.write(f"\n- id: G6-{number}\n  group: G6\n  direction: D6\n  language: ru\n"
                   f"  title: \"{title}\"\n  text: \"{title}, в каждом районе области.\"\n"
                   "  addressees: [ngos]\n  timeframe: short\n")


def translation_sheet(project: Path, tmp_path: Path) -> Path:
    """Return an en sheet translating the title of a proposal added for the purpose."""
    add_proposal(project, "91", "Открыть библиотеку для НПО")
    assert cli(project, "i18n", "update").exit_code == 0
    sheet = tmp_path / "en.xlsx"
    assert cli(project, "i18n", "export", "--xlsx", str(sheet), "--lang", "en").exit_code == 0
    book = load_workbook(sheet)
    row = next(r for r in book["en"].iter_rows(min_row=2) if r[1].value == "G6-91.title")
    row[4].value, row[5].value = "Open a library for NGOs", "translated"
    book.save(sheet)
    return sheet


def test_an_i18n_update_run_during_an_import_keeps_both(tmp_path, monkeypatch):
    from recbook.commands.i18n import spreadsheet

    project = copy_sample_project(tmp_path / "project")
    sheet = translation_sheet(project, tmp_path)
    add_proposal(project, "92", "Открыть ресурсный центр")  # what the update adds to the catalogs
    others = []
    # the import has read the catalogs and is about to write them: the update runs now
    hook_once(monkeypatch, spreadsheet, "format_po", lambda: others.append(start_meanwhile(project, "i18n", "update")))
    result = cli(project, "i18n", "import", str(sheet))
    code, said = finish(others[0])
    assert result.exit_code == 0, result.output
    assert code == 0, said
    assert "1 translation changed" in result.output
    catalog = (project / EN_CONTENT).read_text("utf-8")
    assert 'msgstr "Open a library for NGOs"' in catalog  # the import's translation …
    assert 'msgctxt "G6-92.title"' in catalog  # … and the update's new message: it waited, then read the import's
    assert "another recbook command is writing this project" in said


def test_a_catalog_saved_in_poedit_during_an_update_is_not_written_over(tmp_path, monkeypatch):
    from recbook.commands.i18n import update

    project = copy_sample_project(tmp_path / "project")
    add_proposal(project, "92", "Открыть ресурсный центр")  # the update rewrites the content catalogs
    before = {name: (project / name).read_bytes() for name in (EN_CONTENT, KK_CONTENT)}
    saved = before[EN_CONTENT].replace(b'msgstr "Almaty"', b'msgstr "Almaty city"')
    hook_once(monkeypatch, update, "merge_catalog", lambda: (project / EN_CONTENT).write_bytes(saved))
    result = cli(project, "i18n", "update")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        f"{EN_CONTENT}: error: changed on disk while this command ran (another program, or a person, saved it "
        "after recbook read it); it was not replaced, so nothing saved there is lost: run the update again "
        "[write.changed]",
        "Error: 1 error; nothing was written"]
    assert (project / EN_CONTENT).read_bytes() == saved
    assert (project / KK_CONTENT).read_bytes() == before[KK_CONTENT]  # none of the others either


def test_a_catalog_saved_during_an_import_is_not_written_over(tmp_path, monkeypatch):
    from recbook.commands.i18n import spreadsheet

    project = copy_sample_project(tmp_path / "project")
    sheet = translation_sheet(project, tmp_path)
    saved = (project / EN_CONTENT).read_bytes().replace(b'msgstr "Almaty"', b'msgstr "Almaty city"')
    hook_once(monkeypatch, spreadsheet, "format_po", lambda: (project / EN_CONTENT).write_bytes(saved))
    result = cli(project, "i18n", "import", str(sheet))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        f"{EN_CONTENT}: error: changed on disk while this command ran (another program, or a person, saved it "
        "after recbook read it); it was not replaced, so nothing saved there is lost: import the sheet again "
        "[write.changed]",
        "Error: 1 error; nothing was written"]
    assert (project / EN_CONTENT).read_bytes() == saved


# --- intake and release ---------------------------------------------------------------------------

def test_an_intake_workbook_saved_meanwhile_is_not_written_over(tmp_path, monkeypatch):
    from recbook.commands import init

    project = copy_sample_project(tmp_path / "project")
    assert cli(project, "intake").exit_code == 0
    workbook = project / "inputs/proposals/intake.xlsx"
    saved = workbook.read_bytes() + b"\0"  # Excel saved rows into it after recbook counted none
    hook_once(monkeypatch, init, "_proposals_in", lambda: workbook.write_bytes(saved))
    result = cli(project, "intake")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        "inputs/proposals/intake.xlsx: error: changed on disk while this command ran (another program, or a "
        "person, saved it after recbook read it); it was not replaced, so nothing saved there is lost: run "
        "recbook intake again [write.changed]",
        "Error: 1 error; nothing was written"]
    assert workbook.read_bytes() == saved


def fake_render(book, context) -> bytes:
    """Stand in for the renderers (a release's renders are not what is tested here)."""
    return f"{book.lang} {book.conference_id}".encode()


def test_editions_yaml_changed_during_a_release_is_not_written_over(tmp_path, monkeypatch):
    from recbook.render import jobs

    monkeypatch.setitem(render.RENDERERS, "pdf", f"{__name__}:fake_render")
    monkeypatch.setitem(render.RENDERERS, "docx", f"{__name__}:fake_render")
    project = tmp_path / "p"
    import shutil

    shutil.copytree(Path(__file__).parent / "data" / "inputs" / "minimal", project)
    editions = project / "inputs/editions.yaml"
    pulled = "# an edition recorded on another machine, pulled while this release rendered\n"
    real = jobs.render_outputs

    def render_then_pull(*args, **kwargs):
        done = real(*args, **kwargs)
        editions.write_text(pulled, "utf-8")
        return done

    monkeypatch.setattr(jobs, "render_outputs", render_then_pull)
    result = cli(project, "release", "--edition", "1", "--jobs", "1")
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if "[i18n.incomplete]" not in line][-2:] == [
        "inputs/editions.yaml: error: changed on disk while this command ran (another program, or a person, "
        "saved it after recbook read it); it was not replaced, so nothing saved there is lost: release again "
        "[write.changed]",
        "Error: 1 error; nothing was written"]
    assert editions.read_text("utf-8") == pulled
    assert not (project / "output" / "editions").exists()


# --- the lock held by another command ----------------------------------------------------------------

def _hold(project: str, ready, release) -> None:
    from recbook.project_lock import project_lock

    with project_lock(Path(project)):
        ready.set()
        release.wait(30)


def files(project: Path) -> dict[Path, bytes]:
    """Return every file of the project with its bytes (the lock file aside)."""
    return {p: p.read_bytes() for p in sorted(project.rglob("*")) if p.is_file() and p.name != ".recbook.lock"}


COMMANDS = {
    "review import": (["review", "import"], DECISIONS),
    "i18n update": (["i18n", "update"], "locales"),
    "i18n import": (["i18n", "import"], "locales"),
    "intake": (["intake", "--force"], "inputs/proposals/intake.xlsx"),
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_writer_waits_for_the_lock_then_stops_with_nothing_written(tmp_path, monkeypatch, command):
    import multiprocessing

    from recbook import project_lock

    project = copy_sample_project(tmp_path / "project")
    args, shown = COMMANDS[command]
    if command == "review import":
        args = [*args, str(review_sheets(project, tmp_path)[0])]
    elif command == "i18n import":
        args = [*args, str(translation_sheet(project, tmp_path))]
    add_proposal(project, "92", "Открыть ресурсный центр")  # something for an update to write
    before = files(project)
    monkeypatch.setattr(project_lock, "LOCK_WAIT_SECONDS", 1.0)
    ready, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(target=_hold, args=(str(project), ready, release))  # a build, say
    holder.start()
    try:
        assert ready.wait(20)
        result = cli(project, *args)
    finally:
        release.set()
        holder.join(30)
    assert result.exit_code == 1
    untouched = {"review import": f"{DECISIONS} was not changed", "intake": f"{shown} was not changed"}.get(
        command, "no catalog was changed")
    assert result.stderr.splitlines()[-2:] == [
        f"{shown}: another recbook command is writing this project ({project_lock.WRITERS}); waiting up to 1 s "
        "for it",
        f"Error: {shown}: another recbook command is still writing this project (waited 1 s); try again when "
        f"it has finished; {untouched}"]
    assert files(project) == before
