"""`recbook review export / import`: the XLSX round trip loses nothing and never loses a decision."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import copy_sample_project
from recbook.cli import main
from recbook.localize import printed_numbers
from recbook.diagnostics import Report
from recbook.load.decisions import read_decisions
from recbook.load.review_sheet import read_sheet
from recbook.merge.review_sheet import sheet_rows
from recbook.merge.sheet_words import CHOICES, HEADERS, KINDS, STATUSES
from recbook.pipeline import DECISIONS_FILE, gather
from recbook.render.review_words import reason

RU = "ru"  # the sample's source language: the sheet speaks it


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_sample_project(tmp_path / "project")


def run(project: Path, *args: str):
    return CliRunner().invoke(main, ["review", *args, "--project", str(project)])


def export(project: Path) -> Path:
    target = project / "review.xlsx"
    result = run(project, "export", str(target), "--force")
    assert result.exit_code == 0, result.output
    return target


def fill(path: Path, changes: dict[str, object]) -> None:
    """Write {"D5": "reject", …} into the Review sheet, as a person would in Excel."""
    book = load_workbook(path)
    for cell, value in changes.items():
        book["Review"][cell] = value
    book.save(path)


def row_of(path: Path, kind: str, ids: str) -> int:
    """Return the sheet row of a recommendation, member or suggestion (written in Russian in column A)."""
    sheet = load_workbook(path)["Review"]
    return next(r for r in range(2, sheet.max_row + 1)
                if sheet[f"A{r}"].value == KINDS[RU][kind] and sheet[f"C{r}"].value == ids)


def expected_rows(project: Path):
    gathered = gather(project, Report())
    decisions = read_decisions(project / DECISIONS_FILE, [p.id for p in gathered.inputs.proposals], Report())
    groups = {g.id: g.text for g in gathered.inputs.conference.groups}
    numbers = printed_numbers(gathered.inputs, gathered.merged, gathered.editions)  # the draft's: 1.1 …
    return sheet_rows(gathered.merged, {p.id: p for p in gathered.inputs.proposals}, decisions, groups, RU,
                      lambda why: reason(why, RU), numbers)


def test_export_holds_every_proposal_and_reads_back_unchanged(project):
    target = export(project)
    rows = [row for row, _ in read_sheet(target, Report())]
    assert tuple(rows) == expected_rows(project)  # every field of every row, exactly
    covered = {i for r in rows if r.kind == "recommendation" for i in r.ids}
    assert len(covered) == 45 and sum(r.kind == "suggestion" for r in rows) > 0
    texts = {r.text for r in rows if r.kind in ("member", "recommendation")}
    gathered = gather(project, Report())
    assert all(p.text in texts or any(p.text in t for t in texts) for p in gathered.inputs.proposals)
    again = export(project)
    assert again.read_bytes() == target.read_bytes()  # reproducible bytes


def test_export_has_a_drop_down_and_refuses_to_overwrite(project):
    target = export(project)
    validations = load_workbook(target)["Review"].data_validations.dataValidation
    assert [v.formula1 for v in validations] == [
        '"объединить,оставить раздельно,печатать эту формулировку,изменить формулировку,отклонить,отозвать,отложить"']
    sheet = load_workbook(target)["Review"]
    assert [c.value for c in sheet[1]] == list(HEADERS[RU].values())  # the secretariat's language
    assert {sheet[f"A{r}"].value for r in range(2, sheet.max_row + 1)} == set(KINDS[RU].values())
    statuses = " ".join(str(sheet[f"K{r}"].value) for r in range(2, sheet.max_row + 1))
    assert "0." not in statuses and "canonical" not in statuses  # no raw scores, no jargon
    before = target.read_bytes()
    result = run(project, "export", str(target))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [  # located, as every other refusal
        f"{target}: error: exists, and may hold decisions not imported yet; use --force to replace it "
        "[export.exists]", "Error: 1 error; nothing was written"]
    assert target.read_bytes() == before
    elsewhere = project / "no-such-folder" / "review.xlsx"  # a typo in the path made a folder tree
    result = run(project, "export", str(elsewhere))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2] == (
        f"{elsewhere}: error: there is no folder {elsewhere.parent} to write it in; check the path, or make "
        "the folder first [export.no-folder]")
    assert not elsewhere.parent.exists()


def test_import_of_an_untouched_sheet_changes_nothing(project):
    before = (project / DECISIONS_FILE).read_bytes()
    result = run(project, "import", str(export(project)))
    assert result.exit_code == 0, result.output
    assert (project / DECISIONS_FILE).read_bytes() == before


def test_filled_decisions_are_appended_keeping_comments_and_every_existing_decision(project):
    target = export(project)
    before = (project / DECISIONS_FILE).read_text("utf-8")
    rows = expected_rows(project)
    suggestion = next(r for r in rows if r.kind == "suggestion")
    single = [r for r in rows if r.kind == "recommendation" and len(r.ids) == 1]
    member = next(r for r in rows if r.kind == "member" and r.status != STATUSES[RU]["printed_wording"])
    fill(target, {
        f"D{row_of(target, 'suggestion', ', '.join(suggestion.ids))}": "оставить раздельно",
        f"D{row_of(target, 'recommendation', single[0].ids[0])}": "отклонить",
        f"E{row_of(target, 'recommendation', single[0].ids[0])}": "outside the conference's topic",
        f"F{row_of(target, 'recommendation', single[1].ids[0])}": "Единый реестр волонтёров",
        f"G{row_of(target, 'recommendation', single[1].ids[0])}": "Создать единый реестр.",
        f"D{row_of(target, 'member', member.ids[0])}": "печатать эту формулировку",
    })
    result = run(project, "import", str(target))
    assert result.exit_code == 0, result.output
    assert "4 added, 0 updated" in result.output
    after = (project / DECISIONS_FILE).read_text("utf-8")
    assert after.startswith(before)  # comments, layout and old decisions as they were
    added = after[len(before):]
    assert f"- {{apart: [{', '.join(suggestion.ids)}], text_hash: " in added
    assert f"- {{reject: {single[0].ids[0]}, reason: outside the conference's topic, text_hash: " in added
    assert f"- edit: {single[1].ids[0]}\n  title: Единый реестр волонтёров\n  text: Создать единый реестр.\n" in added
    assert f"- {{canonical: {member.ids[0]}, text_hash: " in added
    checked = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert checked.exit_code == 0 and "1 rejected" in checked.stdout and "stale" not in checked.output
    # the next export shows those decisions; importing it again changes nothing
    again = export(project)
    refilled = [row for row, _ in read_sheet(again, Report())]
    rejected = next(r for r in refilled if r.kind == "recommendation" and r.ids == single[0].ids)
    assert (rejected.decision, rejected.reason, rejected.status) == (
        "отклонить", "outside the conference's topic", "отклонена")
    result = run(project, "import", str(again))
    assert "0 added, 0 updated, 3 unchanged" in result.output
    assert (project / DECISIONS_FILE).read_text("utf-8") == after


def test_changed_reason_or_wording_updates_the_same_item_in_place(project):
    target = export(project)
    first = next(r for r in expected_rows(project) if r.kind == "recommendation" and len(r.ids) == 1)
    row = row_of(target, "recommendation", first.ids[0])
    fill(target, {f"D{row}": "defer", f"E{row}": "next forum"})
    run(project, "import", str(target))
    target = export(project)
    fill(target, {f"E{row}": "the 2026 forum"})
    result = run(project, "import", str(target))
    assert "0 added, 1 updated" in result.output
    text = (project / DECISIONS_FILE).read_text("utf-8")
    assert text.count(f"defer: {first.ids[0]}") == 1 and "reason: the 2026 forum" in text


def test_bad_rows_and_conflicts_are_located_and_nothing_is_written(project):
    rows = expected_rows(project)
    single = [r for r in rows if r.kind == "recommendation" and len(r.ids) == 1]
    with (project / DECISIONS_FILE).open("a", encoding="utf-8") as f:
        f.write(f"- {{defer: {single[2].ids[0]}, reason: later}}\n")
    before = (project / DECISIONS_FILE).read_bytes()
    target = export(project)
    member = next(r for r in rows if r.kind == "member")
    r0, r1, r2 = (row_of(target, "recommendation", s.ids[0]) for s in single[:3])
    rm = row_of(target, "member", member.ids[0])
    fill(target, {f"D{r0}": "reject", f"D{r1}": "approve", f"D{r2}": "reject", f"E{r2}": "no",
                  f"D{rm}": "merge"})
    result = run(project, "import", str(target))
    shown = str(target)
    assert result.exit_code == 1
    errors = [x for x in result.output.splitlines() if ": error: " in x]
    assert set(errors) == {
        f"{shown}:Review!D{rm}: error: 'объединить' does not apply to a member row; choose one of: "
        "оставить раздельно, печатать эту формулировку [review.bad-decision]",
        f"{shown}:Review!D{r1}: error: unknown decision 'approve'; choose one of: {', '.join(CHOICES[RU])} "
        "[review.bad-decision]",
        f"{shown}:Review!D{r2}: error: отклонить contradicts - {{defer: {single[2].ids[0]}}} "
        f"({DECISIONS_FILE}:{before.decode().count(chr(10))}:3); nothing was written: change the sheet or "
        "decisions.yaml first [review.conflict]",
        f"{shown}:Review!E{r0}: error: reject needs a reason [review.no-reason]",
    }
    assert (project / DECISIONS_FILE).read_bytes() == before


def test_clearing_a_decision_in_the_sheet_keeps_it_and_says_so(project):
    first = next(r for r in expected_rows(project) if r.kind == "recommendation" and len(r.ids) == 1)
    with (project / DECISIONS_FILE).open("a", encoding="utf-8") as f:
        f.write(f"- {{withdraw: {first.ids[0]}, reason: the group withdrew it}}\n")
    before = (project / DECISIONS_FILE).read_bytes()
    target = export(project)
    row = row_of(target, "recommendation", first.ids[0])
    fill(target, {f"D{row}": None, f"E{row}": None})
    result = run(project, "import", str(target))
    assert result.exit_code == 0
    assert f"Review!D{row}: warning: the row is empty but - {{withdraw: {first.ids[0]}}} stays" in result.output
    assert (project / DECISIONS_FILE).read_bytes() == before


def test_updating_a_one_line_edit_with_several_lines_keeps_valid_yaml(project):
    from recbook.merge.decisions import Decision
    from recbook.merge.review_sheet import Changes, Wanted
    from recbook.write_decisions import updated_text
    from recbook.diagnostics import Location

    current = "# kept\n- {edit: G1-01, title: Old}  # why\n- {apart: [G1-02, G3-04]}\n"
    where = Location("D", 2, 3)
    change = Changes(updated=[(Decision("edit", ("G1-01",), where, "Old"),
                               Wanted("edit", ("G1-01",), where, (("title", "New"), ("text", "Line one\nline two"))))])
    text = updated_text(current, change)
    # a one-line item stays one line (a literal block cannot sit inside {…}: ruamel quotes it); the comment after it is as written
    assert text == ('# kept\n- {edit: G1-01, title: New, text: "Line one\\nline two"}  # why\n'
                    "- {apart: [G1-02, G3-04]}\n")


def test_import_keeps_every_byte_it_does_not_change(project):
    """Comment lines, blank lines, inline comments, the BOM and CRLF line ends all survive an import."""
    path = project / DECISIONS_FILE
    own = "\n# МОЙ КОММЕНТАРИЙ\n- {merge: [G1-05, G1-07]}  # inline\n"
    before = b"\xef\xbb\xbf" + (path.read_text("utf-8") + own).replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(before)
    target = export(project)
    single = next(r for r in expected_rows(project) if r.kind == "recommendation" and len(r.ids) == 1)
    row = row_of(target, "recommendation", single.ids[0])
    fill(target, {f"D{row}": "отклонить", f"E{row}": "вне темы"})
    result = run(project, "import", str(target))
    assert result.exit_code == 0, result.output
    assert "1 added, 0 updated" in result.output
    after = path.read_bytes()
    assert after.startswith(before)  # the comment line and the blank line before it were deleted
    added = after[len(before):].decode("utf-8")
    assert added.startswith(f"- {{reject: {single.ids[0]}, reason: вне темы, text_hash: ") and added.endswith("\r\n")
    assert added.count("\n") == added.count("\r\n") == 1


def test_an_updated_item_changes_alone_in_its_place():
    from recbook.diagnostics import Location
    from recbook.merge.decisions import Decision
    from recbook.merge.review_sheet import Changes, Wanted
    from recbook.write_decisions import updated_text

    current = ("\ufeff# head\r\n- {merge: [G1-01, G2-01]}  # inline\r\n\r\n# why this wording\r\n"
               "- edit: G1-01   # agreed on 12 May\r\n  title: Old  # the group's\r\n  text: |\r\n    Body.\r\n"
               "\r\n# the last one\r\n- {apart: [G1-02, G3-04]}  # different asks\r\n")
    where = Location("D", 5, 3)
    change = Changes(updated=[(Decision("edit", ("G1-01",), where, "Old", "Body."),
                               Wanted("edit", ("G1-01",), where, (("title", "New"),)))])
    assert updated_text(current, change) == current.replace("title: Old", "title: New")


def test_new_items_line_up_with_an_indented_list_and_go_before_its_end_marker():
    from recbook.diagnostics import Location
    from recbook.merge.review_sheet import Changes, Wanted
    from recbook.write_decisions import updated_text

    current = "--- # decisions\n  - {merge: [G1-01, G2-01]}  # same ask\n  # more to come\n... # end\n# after\n"
    change = Changes(added=[Wanted("reject", ("G4-01",), Location("R"), (("reason", "off topic"),))])
    assert updated_text(current, change) == current.replace(
        "... # end", "  - {reject: G4-01, reason: off topic}\n... # end")


def test_an_update_the_file_already_holds_is_not_counted(project):
    """A title with a bidi control reads as "…\ufffd" but is written as typed: importing it again changes nothing."""
    target = export(project)
    single = next(r for r in expected_rows(project) if r.kind == "recommendation" and len(r.ids) == 1)
    row = row_of(target, "recommendation", single.ids[0])
    fill(target, {f"F{row}": "Новый заголовок\u202e"})
    assert "1 added, 0 updated" in run(project, "import", str(target)).output
    before = (project / DECISIONS_FILE).read_bytes()
    result = run(project, "import", str(target))
    assert result.exit_code == 0, result.output
    assert "0 added, 0 updated, 1 unchanged" in result.output  # it said "1 updated" every time
    assert (project / DECISIONS_FILE).read_bytes() == before


def test_an_update_to_a_decision_sharing_its_reason_by_an_alias_is_refused_and_nothing_is_written(project):
    """`reason: &later …` in one decision, `reason: *later` in another: an import that changes either stops
    at the anchor or the alias. Rewriting the anchored item alone dropped `&later` and left `*later`
    undefined (exit 0, and decisions.yaml no longer read); the aliased one could not be read alone (a traceback)."""
    path = project / DECISIONS_FILE
    single = [r for r in expected_rows(project) if r.kind == "recommendation" and len(r.ids) == 1]
    first, second = single[0].ids[0], single[1].ids[0]
    anchored, aliased = f"- {{defer: {first}, reason: &later next forum}}", f"- {{reject: {second}, reason: *later}}"
    with path.open("a", encoding="utf-8") as f:
        f.write(f"{anchored}\n{aliased}\n")
    before = path.read_bytes()
    line = before.decode("utf-8").count("\n")  # the aliased item's line; the anchored one is on the line before
    for changed, place, message in (
        (first, f"{line - 1}:{anchored.index('&') + 1}", "holds the anchor &later, which the alias *later repeats "
         f"(line {line}); the import cannot keep both: write the value out instead of *later and remove &later"),
        (second, f"{line}:{aliased.index('*') + 1}", f"holds the alias *later (anchored at line {line - 1}), which "
         "the import cannot keep: write the value out instead of *later"),
    ):
        target = export(project)
        row = row_of(target, "recommendation", changed)
        fill(target, {f"E{row}": "the 2026 forum"})
        result = run(project, "import", str(target))
        assert isinstance(result.exception, SystemExit) and result.exit_code == 1, result.output  # no traceback
        assert result.stderr.splitlines()[-2:] == [
            f"{DECISIONS_FILE}:{place}: error: {target}:Review!D{row} changes a decision that {message}, then "
            "import again; nothing was written [review.alias]",
            "Error: 1 error; nothing was written"]
        assert path.read_bytes() == before
    checked = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert checked.exit_code == 0 and "1 rejected, 1 deferred" in checked.stdout


def test_an_item_written_as_an_alias_is_not_updated_and_nothing_is_written(tmp_path):
    """`- *e` is the anchored item itself: updating it would update that one too (it raised a KeyError)."""
    from recbook.diagnostics import Location
    from recbook.merge.decisions import Decision
    from recbook.merge.review_sheet import Changes, Wanted
    from recbook.write_decisions import NotWritten, write_decisions

    path = tmp_path / "decisions.yaml"
    path.write_bytes(b"- &e {defer: G1-01, reason: later}\n- {apart: [G1-02, G3-04]}\n- *e\n")
    before = path.read_bytes()
    where = Location(DECISIONS_FILE, 3, 3, note="value of alias *e, anchored at line 1")  # as read_decisions places it
    change = Changes(updated=[(Decision("defer", ("G1-01",), where, reason="later"),
                               Wanted("defer", ("G1-01",), Location("review.xlsx", cell="Review!D2"),
                                      (("reason", "the 2026 forum"),)))])
    with pytest.raises(NotWritten) as refused:
        write_decisions(path, change)
    assert [d.format() for d in refused.value.diagnostics] == [
        f"{DECISIONS_FILE}:3:3: error: review.xlsx:Review!D2 changes a decision that is written as the alias *e of "
        "the item at line 1: rewriting it would change that item too; write the decision out in full instead of "
        "*e, then import again; nothing was written [review.alias]"]
    assert path.read_bytes() == before


def test_story_review_in_a_sheet_then_a_proposal_changes(project):
    """Export, decide in Excel, import, check, build; then a group corrects its text: stale at the line."""
    from docx import Document

    rows = expected_rows(project)
    merged = next(r for r in rows if r.kind == "recommendation" and len(r.ids) > 1)
    single = next(r for r in rows if r.kind == "recommendation" and len(r.ids) == 1)
    unedited_before = CliRunner().invoke(main, ["check", "--project", str(project)]).output.count("editorial.unedited")
    target = export(project)
    rm, rs = row_of(target, "recommendation", ", ".join(merged.ids)), row_of(target, "recommendation", single.ids[0])
    fill(target, {f"D{rm}": "edit wording", f"F{rm}": "Единая формулировка", f"G{rm}": "Текст, согласованный секретариатом.",
                  f"D{rs}": "withdraw", f"E{rs}": "группа отозвала предложение"})
    assert run(project, "import", str(target)).exit_code == 0
    checked = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert checked.output.count("editorial.unedited") == unedited_before - 1
    assert "1 set aside (1 withdrawn)" in checked.stdout and "stale-text" not in checked.output
    built = CliRunner().invoke(main, ["build", "--project", str(project), "--lang", "ru", "--format", "docx"])
    assert built.exit_code == 0, built.output
    body = "\n".join(p.text for p in Document(str(next((project / "output").glob("*.ru.docx")))).paragraphs)
    assert "Единая формулировка" in body and single.title not in body
    # the group behind the withdrawn recommendation corrects a typo: the decision is reported, still applied
    source = next(f for f in (project / "inputs" / "proposals").glob("*.yaml") if single.title in f.read_text("utf-8"))
    source.write_text(source.read_text("utf-8").replace(single.title, single.title + " (уточнено)", 1), "utf-8")
    line = next(n for n, x in enumerate((project / DECISIONS_FILE).read_text("utf-8").splitlines(), 1)
                if x.startswith(f"- {{withdraw: {single.ids[0]}"))
    checked = CliRunner().invoke(main, ["check", "--project", str(project)])
    stale = [x for x in checked.output.splitlines() if x.endswith("[decisions.stale-text]")]
    assert len(stale) == 1 and stale[0].startswith(f"{DECISIONS_FILE}:{line}:3: warning: withdraw was decided on")
    assert "1 set aside (1 withdrawn)" in checked.stdout


def test_a_file_that_is_not_the_export_is_one_clean_error(project):
    bad = project / "bad.xlsx"
    bad.write_text("not a workbook", "utf-8")
    result = run(project, "import", str(bad))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{bad}: error: cannot be opened as an Excel workbook (.xlsx)" in result.output
    target = export(project)
    book = load_workbook(target)
    book["Review"]["D1"] = "Something else"
    book.save(target)
    result = run(project, "import", str(target))
    assert f"{target}:Review!A1: error: missing column: Решение [review.unreadable]" in result.output


def test_an_english_sheet_exported_before_still_imports(project):
    """Sheets exported before the sheet spoke the secretariat's language: English headers, kinds, "canonical"."""
    target = export(project)
    book = load_workbook(target)
    sheet = book["Review"]
    for cell, title in zip(sheet[1], ("Row", "Recommendation", "Proposals", "Decision", "Reason", "Edited title",
                                      "Edited text", "Title", "Text", "Groups", "Status", "Text hash")):
        cell.value = title
    english = {word: kind for kind, word in KINDS[RU].items()}
    for r in range(2, sheet.max_row + 1):
        sheet[f"A{r}"] = english[sheet[f"A{r}"].value]  # "member", as old sheets wrote it
    member = next(r for r in expected_rows(project) if r.kind == "member" and r.status != STATUSES[RU]["printed_wording"])
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == "member"
               and sheet[f"C{r}"].value == member.ids[0])
    sheet[f"D{row}"] = "canonical"
    book.save(target)
    result = run(project, "import", str(target))
    assert result.exit_code == 0, result.output
    assert "1 added, 0 updated" in result.output
    assert f"- {{canonical: {member.ids[0]}, text_hash: " in (project / DECISIONS_FILE).read_text("utf-8")


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_a_sheet_in_each_language_reads_back_unchanged(project, tmp_path, lang):
    from recbook.render.review_sheet import sheet_bytes

    gathered = gather(project, Report())
    decisions = read_decisions(project / DECISIONS_FILE, [p.id for p in gathered.inputs.proposals], Report())
    rows = sheet_rows(gathered.merged, {p.id: p for p in gathered.inputs.proposals}, decisions,
                      {g.id: g.text for g in gathered.inputs.conference.groups}, lang, lambda why: reason(why, lang))
    target = tmp_path / "review.xlsx"
    target.write_bytes(sheet_bytes(rows, tuple(CHOICES[lang]), HEADERS[lang], KINDS[lang]))
    assert [c.value for c in load_workbook(target)["Review"][1]] == list(HEADERS[lang].values())
    assert tuple(row for row, _ in read_sheet(target, Report(), lang=lang)) == rows


def test_a_control_character_in_decisions_yaml_stops_the_import_at_its_place_with_nothing_written(project):
    """`recbook check` only warns of a control character (it reads it as "�"); the YAML writer the import
    rewrites the file with refuses it: a ReaderError traceback before. Now: located, nothing written."""
    path = project / DECISIONS_FILE
    single = [r for r in expected_rows(project) if r.kind == "recommendation" and len(r.ids) == 1]
    first, second = single[0].ids[0], single[1].ids[0]
    item = f'- {{defer: {first}, reason: "next\x07 forum"}}'
    with path.open("a", encoding="utf-8") as f:
        f.write(item + "\n")
    before = path.read_bytes()
    line = before.decode("utf-8").count("\n")
    target = export(project)
    fill(target, {f"D{row_of(target, 'recommendation', second)}": "отклонить",
                  f"E{row_of(target, 'recommendation', second)}": "a duplicate"})
    result = run(project, "import", str(target))
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1, result.output  # no traceback
    assert result.stderr.splitlines()[-2:] == [
        f"{DECISIONS_FILE}:{line}:{item.index(chr(7)) + 1}: error: the import cannot rewrite this file while it "
        "holds U+0007 (a control character): remove it, then import again; nothing was written [review.unreadable]",
        "Error: 1 error; nothing was written"]
    assert path.read_bytes() == before


def test_importing_the_same_sheet_again_says_nothing_of_a_row_left_as_exported(project):
    # QA: the sheet merged proposal 5 into R-Finance-01 and edited R-Finance-01's wording; imported again, it warned
    # "the row is empty but - {edit: Finance-01} stays" at R-5's own row, which nobody touched: empty since export
    rows = expected_rows(project)
    singles = {r.ids[0] for r in rows if r.kind == "recommendation" and len(r.ids) == 1}
    pair = next(r for r in rows if r.kind == "suggestion" and set(r.ids) <= singles)
    target = export(project)
    edited = row_of(target, "recommendation", pair.ids[0])
    fill(target, {f"D{row_of(target, 'suggestion', ', '.join(pair.ids))}": "объединить",
                  f"F{edited}": "Общая формулировка"})
    first = run(project, "import", str(target))
    assert first.exit_code == 0 and "2 added" in first.output, first.output
    after = (project / DECISIONS_FILE).read_bytes()
    again = run(project, "import", str(target))
    assert again.exit_code == 0
    assert "review.kept" not in again.output and "0 added, 0 updated, 2 unchanged" in again.output, again.output
    assert (project / DECISIONS_FILE).read_bytes() == after
    # the row the edit was made on still says so when it is cleared
    fill(target, {f"F{edited}": None})
    cleared = run(project, "import", str(target))
    assert f"Review!D{edited}: warning: the row is empty but - {{edit: {pair.ids[0]}}} stays" in cleared.output
