"""decisions.yaml: parsing, exact messages, stale decisions with locations, and their effect."""

from __future__ import annotations

from pathlib import Path

from merge_helpers import read_decisions_text, clusters, prop
from recbook.diagnostics import Report
from recbook.load.decisions import read_decisions
from recbook.merge import merge
from recbook.merge.decisions import decision_line

SAME = "Создать единый национальный онлайн-реестр волонтёров и волонтёрских организаций."
OTHER = "Передавать пустующие государственные помещения НПО в безвозмездное пользование."
PROPOSALS = [prop("G1-01", SAME), prop("G2-01", SAME), prop("G3-01", OTHER), prop("G4-01", OTHER + " Срочно.")]
IDS = [p.id for p in PROPOSALS]


def read(tmp_path: Path, text: str) -> tuple:
    return read_decisions_text(tmp_path, text, IDS)


def test_missing_file_means_no_decisions(tmp_path):
    report = Report()
    assert read_decisions(tmp_path / "decisions.yaml", IDS, report).items == ()
    assert report.items == []


def test_all_four_actions_are_read(tmp_path):
    decisions, messages = read(tmp_path, (
        "- {merge: [G1-01, G3-01]}\n"
        "- {apart: [G1-01, G2-01]}\n"
        "- {canonical: G3-01, note: better wording}\n"
        "- edit: G1-01\n  title: Реестр\n  text: Создать реестр волонтёров.\n"
    ))
    assert messages == []
    assert [(d.action, d.ids) for d in decisions.items] == [
        ("merge", ("G1-01", "G3-01")), ("apart", ("G1-01", "G2-01")),
        ("canonical", ("G3-01",)), ("edit", ("G1-01",))]
    assert decisions.items[2].note == "better wording"
    assert decisions.items[3].text == "Создать реестр волонтёров."


def test_stale_decisions_are_reported_with_their_location(tmp_path):
    decisions, messages = read(tmp_path, (
        "- {apart: [G1-01, G9-99]}\n"
        "- {merge: [G1-01, G3-01, G8-88]}\n"
    ))
    assert messages == [
        "D:1:3: warning: apart names an unknown proposal G9-99; the decision is not applied [decisions.stale]",
        "D:2:3: warning: merge names an unknown proposal G8-88; merging only G1-01, G3-01 [decisions.stale]",
    ]
    assert [(d.action, d.ids) for d in decisions.items] == [("merge", ("G1-01", "G3-01"))]


def test_malformed_decisions_get_exact_messages(tmp_path):
    _, messages = read(tmp_path, (
        "- {merge: [G1-01]}\n"
        "- {apart: [G1-01, G2-01], merge: [G1-01, G2-01]}\n"
        "- {canonical: [G1-01]}\n"
        "- {edit: G1-01}\n"
        "- {apart: [G1-01, G2-01], why: x}\n"
        "- just text\n"
    ))
    assert messages == [
        "D:1:3: error: merge takes a list of two or more different proposal ids [decisions.syntax]",
        "D:2:3: error: a decision needs exactly one of: merge, apart, canonical, edit, reject, withdraw, defer; found apart, merge [decisions.syntax]",
        "D:3:3: error: canonical takes one proposal id, e.g. {canonical: G1-01} [decisions.syntax]",
        "D:4:3: error: edit needs a title, a text, or both [decisions.syntax]",
        "D:5:3: error: unknown key for apart: why [decisions.syntax]",
        "D:6:3: error: a decision must be a mapping such as {merge: [A, B]} [decisions.syntax]",
    ]


def test_a_list_or_mapping_where_words_belong_is_an_error_at_its_place(tmp_path):
    # they were printed as "[«a»]" and check passed
    decisions, messages = read(tmp_path, (
        '- {edit: G1-01, title: "Новый", text: [a]}\n'
        "- {canonical: G3-01, note: [a, b]}\n"
        "- edit: G2-01\n  title: {a: 1}\n"
        "- {reject: G4-01, reason: [off topic]}\n"
    ))
    assert messages == [
        'D:1:39: error: "text" must be a text, not a list [value.not-text]',
        'D:2:28: error: "note" must be a text, not a list [value.not-text]',
        'D:4:10: error: "title" must be a text, not a mapping [value.not-text]',
        'D:5:27: error: "reason" must be a text, not a list [value.not-text]',
    ]
    assert decisions.items == ()


def test_an_edit_with_an_empty_title_or_text_says_how_to_keep_the_old_one(tmp_path):
    # an empty title silently kept the proposal's own
    decisions, messages = read(tmp_path, '- {edit: G1-01, title: "", text: "x"}\n- edit: G3-01\n  text: "  "\n')
    assert messages == [
        'D:1:24: error: "title" is empty: an edit cannot print an empty title; to keep the title the book '
        'prints now, leave "title" out [decisions.syntax]',
        'D:3:9: error: "text" is empty: an edit cannot print an empty text; to keep the text the book '
        'prints now, leave "text" out [decisions.syntax]',
    ]
    assert decisions.items == ()


def test_characters_a_proposal_may_not_hold_are_flagged_in_a_decision_too(tmp_path):
    decisions, messages = read(tmp_path, (
        '- {edit: G1-01, title: "Реестр\\u202e", text: "a\\0b\\x9bc"}\n'
        '- {reject: G4-01, reason: "вне\\u200bтемы", note: "\\x07"}\n'
    ))
    assert messages == [
        'D:1:24: warning: "title" contains U+202E (bidi control) at character 7; remove it (it is printed '
        'as "\ufffd") [text.control-char]',
        'D:1:46: warning: "text" contains U+0000 (control character) at character 2, U+009B (control '
        'character) at character 4; remove it (it is printed as "\ufffd") [text.control-char]',
        'D:2:27: warning: "reason" contains U+200B (zero-width character) at character 4; remove it '
        '(it is printed as "\ufffd") [text.control-char]',
        'D:2:50: warning: "note" contains U+0007 (control character) at character 1; remove it (it is '
        'printed as "\ufffd") [text.control-char]',
    ]
    edit, reject = decisions.items  # kept, as a proposal is: the draft shows where the damage is
    assert (edit.title, edit.text) == ("Реестр\ufffd", "a\ufffdb\ufffdc")
    assert (reject.reason, reject.note) == ("вне\ufffdтемы", "\ufffd")


def test_file_must_be_a_list(tmp_path):
    _, messages = read(tmp_path, "merge: [G1-01, G2-01]\n")
    assert messages == ["D:1:1: error: decisions.yaml must be a list of decisions, "
                        "e.g. - {merge: [G1-01, G3-02]} [decisions.syntax]"]


def test_force_merge_apart_canonical_and_edit_change_the_result(tmp_path):
    decisions, _ = read(tmp_path, (
        "- {merge: [G1-01, G3-01]}\n"
        "- {apart: [G3-01, G4-01]}\n"
        "- {canonical: G3-01}\n"
        "- {edit: G1-01, title: Реестр и помещения}\n"
    ))
    result = merge(PROPOSALS, decisions)
    assert clusters(result) == {("G1-01", "G2-01", "G3-01"), ("G4-01",)}
    rec = next(r for r in result.recommendations if r.canonical == "G3-01")
    assert rec.id == "R-G3-01" and rec.how == "manual" and rec.edited_title == "Реестр и помещения"
    assert {m.proposal_id: m.how for m in rec.members} == {"G3-01": "exact", "G1-01": "manual", "G2-01": "manual"}


def test_apart_splits_even_exact_duplicates(tmp_path):
    decisions, _ = read(tmp_path, "- {apart: [G1-01, G2-01]}\n")
    result = merge(PROPOSALS, decisions)
    assert ("G1-01",) in clusters(result) and ("G2-01",) in clusters(result)
    assert all({s.a, s.b} != {"G1-01", "G2-01"} for s in result.suggestions)  # decided: not shown again


def test_merge_contradicting_apart_is_an_error(tmp_path):
    decisions, _ = read(tmp_path, "- {apart: [G1-01, G3-01]}\n- {merge: [G1-01, G3-01]}\n")
    report = Report()
    merge(PROPOSALS, decisions, report=report)
    assert [d.code for d in report.items] == ["decisions.conflict"]
    assert report.items[0].location.line == 2


def test_two_canonicals_in_one_cluster_conflict(tmp_path):
    decisions, _ = read(tmp_path, "- {canonical: G2-01}\n- {canonical: G1-01}\n")
    report = Report()
    result = merge(PROPOSALS, decisions, report=report)
    assert result.recommendations[0].canonical == "G2-01"
    assert [(d.code, d.location.line) for d in report.items] == [("decisions.conflict", 2)]


def test_decision_lines_are_pasteable(tmp_path):
    lines = [decision_line("merge", ("G3-01", "G4-01")), decision_line("canonical", ("G4-01",))]
    assert lines == ["- {merge: [G3-01, G4-01]}", "- {canonical: G4-01}"]
    decisions, messages = read(tmp_path, "\n".join(lines) + "\n")
    assert messages == [] and [d.line() for d in decisions.items] == lines


def test_documented_example_reads_cleanly_and_matches_the_schema(tmp_path):
    import json
    import re

    import jsonschema

    root = Path(__file__).resolve().parents[1]
    doc = (root / "docs" / "decisions.md").read_text("utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.S).group(1)
    path = tmp_path / "decisions.yaml"
    path.write_text(example, encoding="utf-8")
    report = Report()
    decisions = read_decisions(path, ["G1-01", "G2-02", "G3-02", "G4-04", "G5-01", "G6-02"], report)
    assert report.items == [] and [d.action for d in decisions.items] == [
        "merge", "apart", "canonical", "edit", "reject", "withdraw", "defer"]
    schema = json.loads((root / "schemas" / "decisions.schema.json").read_text("utf-8"))
    from ruamel.yaml import YAML

    jsonschema.validate(YAML(typ="safe").load(example), schema)
    with __import__("pytest").raises(jsonschema.ValidationError):
        jsonschema.validate([{"apart": ["G1-01"]}], schema)


def test_merge_reports_decisions_it_cannot_apply():
    from recbook.merge.decisions import Decision, Decisions

    report = Report()
    result = merge(PROPOSALS, Decisions((Decision("canonical", ("X-1",)),)), report=report)
    assert [r.canonical for r in result.recommendations] == ["G1-01", "G3-01"]
    assert [d.format() for d in report.items] == [
        "warning: canonical names an unknown proposal X-1; the decision is not applied [decisions.stale]"]
