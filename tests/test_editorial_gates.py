"""The editorial checks (unedited merges, merges across directions) in every gate: check, build, release.

`recbook check` runs every check `build` makes, and `--strict` / `release --final` check as for the
final edition: the three must say the same and fail alike, or a secretariat gets a red pre-flight
check for a book the release accepts (or builds drafts without ever seeing these warnings).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recbook.cli import main

CONFERENCE = """\
id: gates
source_language: en
languages: [en]
title: Civic forum
date: 2025-09-26
city: Almaty
organizers: [ARGO]
directions:
  - {id: D1, title: NGO resilience}
  - {id: D2, title: Youth}
groups:
  - {id: G1, name: Group one}
  - {id: G2, name: Group two}
addressees:
  - {id: parliament, name: Parliament}
"""

SAME = "Create a national online register of volunteers and volunteer organisations."
# G1-02 repeats G1-01's words under the same direction (merged by decision), G2-01 under another (merged
# automatically): only G2-01 is filed under another direction
PROPOSALS = f"""\
- {{id: G1-01, group: G1, direction: D1, language: en, votes: 9, title: Volunteer register, text: {SAME}}}
- {{id: G1-02, group: G1, direction: D1, language: en, votes: 3, title: A register, text: {SAME}}}
- {{id: G2-01, group: G2, direction: D2, language: en, votes: 5, title: Register of volunteers, text: {SAME}}}
- {{id: G2-02, group: G2, direction: D2, language: en, votes: 4, title: Youth councils,
   text: Create a youth council in every district.}}
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("RECBOOK_SOFFICE", "")  # DOCX without LibreOffice's page numbers: quicker
    (tmp_path / "inputs" / "proposals").mkdir(parents=True)
    (tmp_path / "inputs" / "conference.yaml").write_text(CONFERENCE, encoding="utf-8")
    (tmp_path / "inputs" / "proposals" / "groups.yaml").write_text(PROPOSALS, encoding="utf-8")
    (tmp_path / "inputs" / "decisions.yaml").write_text("- {merge: [G1-01, G1-02]}\n", encoding="utf-8")
    return tmp_path


def editorial(output: str) -> list[str]:
    return [line for line in output.splitlines() if "[editorial." in line]


def test_check_build_and_release_say_the_same_editorial_warnings_and_fail_alike(project: Path) -> None:
    args = ("--project", str(project))
    check = CliRunner().invoke(main, ["check", *args, "--strict"])
    build = CliRunner().invoke(main, ["build", *args, "--strict"])
    release = CliRunner().invoke(main, ["release", *args, "--edition", "1", "--final", "--date", "2025-10-15"])
    across = [line for line in editorial(check.output) if line.endswith("[editorial.across-directions]")]
    assert len(across) == 1, check.output
    assert any(line.endswith("[editorial.unedited]") for line in editorial(check.output))
    for result in (check, build, release):
        assert result.exit_code == 1, result.output
        assert editorial(result.output) == editorial(check.output)
    assert not (project / "inputs" / "editions.yaml").exists()  # the final edition was not released
    draft = CliRunner().invoke(main, ["build", *args, "--format", "docx"])  # a draft prints them, and says so
    assert draft.exit_code == 0, draft.output
    assert editorial(draft.output) == editorial(check.output)
    # once the secretariat has decided (an edit, a merge decided across the directions), no gate says a word
    (project / "inputs" / "decisions.yaml").write_text(
        "- {merge: [G1-01, G1-02, G2-01]}\n"
        "- {edit: G1-01, title: A register of volunteers, text: Create one national register of volunteers.}\n",
        encoding="utf-8")
    check = CliRunner().invoke(main, ["check", *args, "--strict"])
    build = CliRunner().invoke(main, ["build", *args, "--strict", "--format", "docx"])
    assert check.exit_code == build.exit_code == 0, check.output + build.output
    assert editorial(check.output) == editorial(build.output) == []


def test_a_merge_across_directions_names_only_the_members_filed_under_another_direction(project: Path) -> None:
    # G1-02 is merged by decision under D1, G1-01's direction: it lost no direction, G2-01 (D2) did
    check = CliRunner().invoke(main, ["check", "--project", str(project)])
    across = [line for line in editorial(check.output) if line.endswith("[editorial.across-directions]")]
    assert len(across) == 1, check.output
    assert "R-G1-01 joins proposals filed under other directions (G2-01 (D2)) and is printed under D1" in across[0]


def test_an_unreadable_decisions_file_withholds_the_warnings_that_read_it(project: Path) -> None:
    # the edit and the merge are there, but a tab makes the file unreadable: the syntax error is the one
    # thing to say, not "write its wording" or "keep them apart" for decisions the file already holds
    (project / "inputs" / "decisions.yaml").write_text(
        "- {merge: [G1-01, G1-02, G2-01]}\n"
        "- edit: G1-01\n"
        "\ttitle: A register of volunteers\n", encoding="utf-8")
    for command in ("check", "build"):
        result = CliRunner().invoke(main, [command, "--project", str(project)])
        assert result.exit_code == 1, result.output
        assert "inputs/decisions.yaml:3:1: error: YAML syntax error" in result.output
        assert editorial(result.output) == [], result.output
    # a readable file without the decisions: the warnings are back
    (project / "inputs" / "decisions.yaml").write_text("[]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert len(editorial(result.output)) == 2, result.output


def test_a_proposal_copied_word_for_word_into_two_sheets_needs_no_edit(tmp_path: Path, monkeypatch) -> None:
    # two groups filed the same words (one proposal copied into two sheets, a second space typed in one):
    # its own words are every member's, so a final edition does not ask for an edit repeating them (a
    # reviewer, session 19); a copy whose title differs only in case still asks, as the lower case prints
    monkeypatch.setenv("RECBOOK_SOFFICE", "")
    (tmp_path / "inputs" / "proposals").mkdir(parents=True)
    (tmp_path / "inputs" / "conference.yaml").write_text(CONFERENCE, encoding="utf-8")
    copied = (f"- {{id: G1-01, group: G1, direction: D1, language: en, votes: 9, title: Volunteer register, text: {SAME}}}\n"
              f"- {{id: G2-01, group: G2, direction: D1, language: en, votes: 5, title: Volunteer  register, text: {SAME}}}\n")
    (tmp_path / "inputs" / "proposals" / "groups.yaml").write_text(copied, encoding="utf-8")
    args = ("--project", str(tmp_path))
    check = CliRunner().invoke(main, ["check", *args])
    assert check.exit_code == 0 and "1 recommendation printed" in check.output, check.output  # merged
    assert editorial(check.output) == [], check.output
    (tmp_path / "inputs" / "proposals" / "groups.yaml").write_text(copied.replace("Volunteer  register", "volunteer register"),
                                                                   encoding="utf-8")
    check = CliRunner().invoke(main, ["check", *args])
    assert [line.endswith("[editorial.unedited]") for line in editorial(check.output)] == [True], check.output


def test_an_edit_repeating_another_recommendations_wording_is_warned_at_the_edit_in_every_gate(project: Path) -> None:
    # qa3 m4: an edit gave one recommendation another's very words; the final edition printed them twice
    decided = ("- {merge: [G1-01, G1-02, G2-01]}\n"
               "- {edit: G1-01, title: A register of volunteers, text: Create one national register of volunteers.}\n")
    (project / "inputs" / "decisions.yaml").write_text(
        decided + "- {edit: G2-02, title: A Register of volunteers, text: Create youth councils.}\n", encoding="utf-8")
    args = ("--project", str(project))
    check = CliRunner().invoke(main, ["check", *args, "--strict"])
    assert check.exit_code == 1, check.output
    assert editorial(check.output) == [
        "inputs/decisions.yaml:3:3: warning: R-G1-01 (1.1) and R-G2-02 (2.1) print the same title in the en book; "
        "if they ask the same, merge them (- {merge: [G1-01, G2-02]}), else reword one (- edit: …) or, if they are "
        "other asks, keep them apart (- {apart: [G1-01, G2-02]}) [editorial.same-wording]"]
    release = CliRunner().invoke(main, ["release", *args, "--edition", "1", "--final", "--date", "2025-10-15"])
    assert release.exit_code == 1 and editorial(release.output) == editorial(check.output), release.output
    # the same text too, and the draft says so (a warning: the draft is still made)
    (project / "inputs" / "decisions.yaml").write_text(
        decided + "- {edit: G2-02, title: A register of volunteers, text: Create one national register of volunteers.}\n",
        encoding="utf-8")
    draft = CliRunner().invoke(main, ["build", *args, "--format", "docx"])
    assert draft.exit_code == 0, draft.output
    assert [line.split(" print ")[1].split(";")[0] for line in editorial(draft.output)] == [
        "the same title and text in the en book"]
    # two asks the secretariat kept apart on purpose: said once, in the decision
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {apart: [G2-02, G1-01]}\n")
    assert editorial(CliRunner().invoke(main, ["check", *args, "--strict"]).output) == []


def test_an_unreadable_decisions_file_withholds_the_translation_count_of_a_book_without_them(tmp_path: Path) -> None:
    # qainput s23: a tab in the sample's decisions.yaml added "en: 16 of the 114 strings this book prints in
    # translation are not translated" (1 once the file reads): the merges and edits it holds were not applied
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path / "p")
    decisions = project / "inputs" / "decisions.yaml"
    decisions.write_text(decisions.read_text("utf-8") + "- edit: G1-01\n\ttitle: x\n", encoding="utf-8")
    for strict in ((), ("--strict",)):
        result = CliRunner().invoke(main, ["check", "--project", str(project), *strict])
        assert result.exit_code == 1, result.output
        assert "inputs/decisions.yaml" in result.output and "[yaml.syntax]" in result.output
        assert "[i18n." not in result.output, result.output  # the sample is translated: nothing else to say
