"""Reject / withdraw / defer with a reason, and decisions tied to the text they were made on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from merge_helpers import read_decisions_text, prop
from conftest import copy_sample_project
from recbook.cli import main
from recbook.diagnostics import Report
from recbook.merge import merge
from recbook.merge.decisions import stale_texts, text_hash

SAME = "Создать единый национальный онлайн-реестр волонтёров и волонтёрских организаций."
OTHER = "Передавать пустующие государственные помещения НПО в безвозмездное пользование."
THIRD = "Ввести налоговые льготы для компаний, финансирующих проекты НПО."
PROPOSALS = [prop("G1-01", SAME), prop("G2-01", SAME), prop("G3-01", OTHER), prop("G4-01", THIRD)]
IDS = [p.id for p in PROPOSALS]


def read(tmp_path: Path, text: str) -> tuple:
    return read_decisions_text(tmp_path, text, IDS)


def test_set_aside_decisions_are_read_with_their_reason(tmp_path):
    decisions, messages = read(tmp_path, (
        "- {reject: G3-01, reason: outside the conference's topic}\n"
        "- {withdraw: G4-01, reason: the group withdrew it on 2 October, note: letter no. 12}\n"
        "- {defer: G1-01, reason: next year's forum}\n"
    ))
    assert messages == []
    assert [(d.action, d.ids, d.reason) for d in decisions.items] == [
        ("reject", ("G3-01",), "outside the conference's topic"),
        ("withdraw", ("G4-01",), "the group withdrew it on 2 October"),
        ("defer", ("G1-01",), "next year's forum")]


def test_set_aside_without_reason_or_with_bad_hash_is_a_located_error(tmp_path):
    _, messages = read(tmp_path, (
        "- {reject: G3-01}\n"
        "- {withdraw: [G3-01, G4-01], reason: x}\n"
        "- {defer: G1-01, reason: later, text_hash: XYZ}\n"
        "- {reject: G1-01, reason: ''}\n"
    ))
    assert messages == [
        "D:1:3: error: reject needs a reason, e.g. {reject: G3-01, reason: …} [decisions.syntax]",
        "D:2:3: error: withdraw takes one proposal id, e.g. {withdraw: G1-01} [decisions.syntax]",
        "D:3:3: error: text_hash must be 12 lowercase hexadecimal digits, but received: 'XYZ' [decisions.syntax]",
        "D:4:3: error: reject needs a reason, e.g. {reject: G1-01, reason: …} [decisions.syntax]",
    ]


def test_set_aside_recommendation_keeps_its_members_but_is_not_accepted(tmp_path):
    decisions, _ = read(tmp_path, "- {reject: G2-01, reason: duplicate of a law already passed}\n")
    result = merge(PROPOSALS, decisions)
    rejected = next(r for r in result.recommendations if "G2-01" in r.member_ids)
    assert rejected.member_ids == ("G1-01", "G2-01")  # the whole recommendation holding G2-01
    assert (rejected.status, rejected.reason) == ("rejected", "duplicate of a law already passed")
    assert rejected not in result.accepted and result.set_aside == (rejected,)
    assert sorted(i for r in result.recommendations for i in r.member_ids) == sorted(IDS)


def test_two_set_aside_decisions_on_one_recommendation_conflict(tmp_path):
    decisions, _ = read(tmp_path, "- {defer: G1-01, reason: later}\n- {reject: G2-01, reason: no}\n")
    report = Report()
    result = merge(PROPOSALS, decisions, report=report)
    assert result.set_aside[0].status == "deferred"
    assert [d.format().split(": ", 1)[1] for d in report.items] == [
        "error: reject for G2-01 conflicts with defer for G1-01 (" + str(decisions.items[0].location)
        + ") in the same cluster; the first one wins [decisions.conflict]"]


def test_a_decision_pasted_twice_is_a_warning_not_a_conflict(tmp_path):
    # qainput s23: review.html's line pasted twice was "reject for G2-01 conflicts with reject for G2-01", an
    # error failing the build over two lines saying the same; another reason is still a conflict
    decisions, _ = read(tmp_path, (
        "- {reject: G2-01, reason: no}\n"
        "- {reject: G2-01, reason: no, note: pasted again}\n"
        "- edit: G3-01\n  title: Помещения для НПО\n  text: Передавать помещения НПО.\n"
        "- edit: G3-01\n  title: Помещения для НПО\n  text: Передавать помещения НПО.\n"
        "- {reject: G2-01, reason: another}\n"))
    report = Report()
    result = merge(PROPOSALS, decisions, report=report)
    assert (result.set_aside[0].status, result.set_aside[0].reason) == ("rejected", "no")
    at = [str(d.location) for d in decisions.items]
    assert sorted(d.format().split(": ", 1)[1] for d in report.items) == sorted([
        f"warning: reject for G2-01 repeats the decision at {at[0]} word for word; delete one [decisions.repeated]",
        f"warning: edit for G3-01 repeats the decision at {at[2]} word for word; delete one [decisions.repeated]",
        f"error: reject for G2-01 conflicts with reject for G2-01 ({at[0]}) in the same cluster; the first one wins "
        "[decisions.conflict]"])


def test_text_hash_is_nfc_and_order_sensitive():
    decomposed = prop("G9-01", "Ещё")
    composed = prop("G9-01", "Ещ\u0435\u0308")  # е + combining diaeresis: NFC makes it ё
    assert len(text_hash(PROPOSALS[:2])) == 12
    assert text_hash([PROPOSALS[0], PROPOSALS[2]]) != text_hash([PROPOSALS[2], PROPOSALS[0]])
    assert text_hash([decomposed]) == text_hash([composed])


def test_changed_text_makes_a_decision_stale_at_its_line_and_it_is_still_applied(tmp_path):
    good = text_hash([PROPOSALS[2]])
    decisions, messages = read(tmp_path, (
        f"- {{reject: G3-01, reason: off-topic, text_hash: {good}}}\n"
        "- {merge: [G3-01, G4-01], text_hash: 0123456789ab}\n"
    ))
    assert messages == []
    by_id = {p.id: p for p in PROPOSALS}
    stale = [d.format().replace(str(tmp_path / "decisions.yaml"), "D") for d in stale_texts(decisions, by_id)]
    now = text_hash([by_id["G3-01"], by_id["G4-01"]])
    assert stale == [f"D:2:3: warning: merge was decided on another text of G3-01, G4-01 (text_hash "
                     f"0123456789ab, now {now}); it is still applied: read the proposals again, then set "
                     f"text_hash: {now} [decisions.stale-text]"]
    result = merge(PROPOSALS, decisions)
    assert ("G3-01", "G4-01") in {r.member_ids for r in result.recommendations}


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_sample_project(tmp_path / "project")


def test_check_counts_set_aside_and_the_book_leaves_them_out(project):
    from recbook.pipeline import check_project

    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {reject: G6-03, reason: outside the conference's topic}\n"
                "- {defer: G2-03, reason: for the 2026 forum}\n")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 0, result.output
    assert "recommendations printed, 2 set aside (1 rejected, 1 deferred): OK" in result.stdout
    checked = check_project(project, Report(), final=False)
    printed = {r.id for d in checked.books["en"].directions for r in d.recommendations}
    aside = {r.id for r in checked.gathered.merged.set_aside}
    assert len(aside) == 2 and not printed & aside
    assert len(printed) == len(checked.gathered.merged.recommendations) - 2
    doc = json.loads(CliRunner().invoke(main, ["dedupe", "--project", str(project), "--json"]).stdout)
    assert sum(len(c["members"]) for c in doc["clusters"]) == doc["proposals"]  # still every proposal
    summary = CliRunner().invoke(main, ["dedupe", "--project", str(project)]).stdout
    assert "Set aside (not printed)" in summary and "outside the conference's topic" in summary


def test_edited_proposal_reports_stale_decision_in_check(project):
    from recbook.load import read_project
    from recbook.validate import validate

    inputs = validate(read_project(project, Report()), Report())
    g63 = next(p for p in inputs.proposals if p.id == "G6-03")
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write(f"- {{reject: G6-03, reason: off-topic, text_hash: {text_hash([g63])}}}\n")
    assert "decisions.stale-text" not in CliRunner().invoke(main, ["check", "--project", str(project)]).output
    source = project / "inputs" / "proposals" / "group-6.yaml"
    source.write_text(source.read_text("utf-8").replace(g63.text.split()[0], "Непременно " + g63.text.split()[0], 1),
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    lines = [x for x in result.output.splitlines() if "decisions.stale-text" in x]
    assert len(lines) == 1 and lines[0].startswith("inputs/decisions.yaml:")
    assert "it is still applied" in lines[0] and "1 rejected" in result.stdout


def test_unedited_merges_are_warned_once_each_until_edited(tmp_path):
    from recbook.merge.editorial import unedited

    # G2-01 titles the same text its own way: a merge an editor words (a word-for-word copy asks for no
    # edit: test_editorial_gates)
    proposals = [p if p.id != "G2-01" else prop("G2-01", SAME, title="Реестр волонтёров") for p in PROPOSALS]
    by_id = {p.id: p for p in proposals}
    result = merge(proposals)
    assert [d.format() for d in unedited(result, by_id)] == [
        "warning: R-G1-01 joins 2 proposals (G1-01, G2-01) but prints G1-01's own title and text; write its "
        "wording in inputs/decisions.yaml (- edit: G1-01 with title: and text:) or with recbook review "
        "[editorial.unedited]"]
    decisions, _ = read(tmp_path, "- {edit: G2-01, title: Реестр волонтёров}\n")
    assert "own text;" in unedited(merge(proposals, decisions), by_id)[0].message
    decisions, _ = read(tmp_path, "- {edit: G2-01, title: Реестр, text: Создать реестр.}\n")
    assert unedited(merge(proposals, decisions), by_id) == []
    decisions, _ = read(tmp_path, "- {reject: G2-01, reason: not printed}\n")
    assert unedited(merge(proposals, decisions), by_id) == []  # set aside: nothing is printed


def test_check_lists_every_unedited_merge_of_the_sample(project):
    from recbook.pipeline import gather

    merged = gather(project, Report()).merged
    several = [r for r in merged.accepted if len(r.members) > 1 and not (r.edited_title and r.edited_text)]
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    lines = [x for x in result.output.splitlines() if x.endswith("[editorial.unedited]")]
    assert result.exit_code == 0 and len(lines) == len(several) > 0
    assert CliRunner().invoke(main, ["check", "--project", str(project), "--strict"]).exit_code == 1


def test_build_summary_counts_the_set_aside_and_the_docx_leaves_them_out(project):
    from docx import Document

    from recbook.load import read_project
    from recbook.validate import validate

    inputs = validate(read_project(project, Report()), Report())
    g63 = next(p for p in inputs.proposals if p.id == "G6-03")
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {withdraw: G6-03, reason: the group withdrew it}\n")
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--lang", "ru", "--format", "docx"])
    assert result.exit_code == 0, result.output
    assert "recommendations printed, 1 set aside (1 withdrawn)" in result.stdout
    body = "\n".join(p.text for p in Document(str(next((project / "output").glob("*.ru.docx")))).paragraphs)
    assert g63.title not in body and inputs.proposals[0].title in body


def test_an_automatic_merge_across_directions_is_reported_and_a_decided_one_is_not(tmp_path):
    # two groups filed the same words under D1 and D2: D2 lost it without a word
    from dataclasses import replace

    from recbook.merge.editorial import across_directions

    proposals = [PROPOSALS[0], replace(PROPOSALS[1], direction="D2"), *PROPOSALS[2:]]
    by_id = {p.id: p for p in proposals}
    found = across_directions(merge(proposals), by_id)
    assert [(d.code, d.severity) for d in found] == [("editorial.across-directions", "warning")]
    assert found[0].message.startswith("R-G1-01 joins proposals filed under other directions (G2-01 (D2)) and "
                                       "is printed under D1, G1-01's; ")
    decisions, _ = read(tmp_path, "- {merge: [G1-01, G2-01]}\n")
    assert across_directions(merge(proposals, decisions), by_id, decisions) == []
    assert across_directions(merge(PROPOSALS), {p.id: p for p in PROPOSALS}) == []  # one direction
