"""An edit whose proposal was deleted names the recommendation the rest of its members now form (QA m7)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from recbook.cli import main

DRIP = "Субсидировать 80 % стоимости капельного орошения."
ROWS = {
    "G1-01": f'- {{id: G1-01, group: G1, direction: D1, language: ru, votes: 30, title: "Капельное орошение", text: "{DRIP}"}}\n',
    "G2-01": f'- {{id: G2-01, group: G2, direction: D1, language: ru, votes: 5, title: "Капельное орошение", text: "{DRIP}"}}\n',
    "G3-01": ('- {id: G3-01, group: G3, direction: D1, language: ru, votes: 9, title: "Полив по графику", '
              'text: "Ввести график полива для фермерских хозяйств в засушливые месяцы."}\n'),
}
EDIT = ('- edit: G1-01\n  title: "Возмещать 80 % затрат на капельное орошение"\n'
        '  text: "Возмещать фермерам 80 % затрат на системы капельного орошения."\n')


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def project_with(tmp_path: Path, languages: str, ids: list[str], decisions: str) -> Path:
    assert run("init", str(tmp_path / "p"), "--languages", languages, "--source", "ru").exit_code == 0
    project = tmp_path / "p"
    (project / "inputs" / "proposals" / "intake.xlsx").unlink()
    write(project, ids)
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write(decisions)
    return project


def write(project: Path, ids: list[str]) -> None:
    (project / "inputs" / "proposals" / "p.yaml").write_text("".join(ROWS[i] for i in ids), encoding="utf-8")


def stale(project: Path) -> list[str]:
    result = run("check", "--project", str(project))
    assert result.exit_code == 0, result.output
    return [line for line in result.stderr.splitlines() if "[decisions.stale]" in line]


def test_the_recommendation_its_catalog_entries_named_is_the_one_to_re_point_the_edit_to(tmp_path):
    # G1-01 and G2-01 say the same: one recommendation, R-G1-01, whose wording the edit gives;
    # the translators' catalogs say so ("merged from G1-01, G2-01")
    project = project_with(tmp_path, "ru,kk", ["G1-01", "G2-01"], EDIT)
    assert run("i18n", "update", "--project", str(project)).exit_code == 0
    write(project, ["G2-01"])  # group 1 withdrew its proposal: R-G2-01 now, printing G2-01's raw words
    assert stale(project) == [
        "inputs/decisions.yaml:6:3: warning: edit names an unknown proposal G1-01; the decision is not applied: "
        "the other proposals of its recommendation are now in R-G2-01 (G2-01); re-point the edit to G2-01 "
        "(edit: G2-01), or its wording is not printed [decisions.stale]"]


def test_the_merge_decisions_that_named_it_tell_where_the_rest_went(tmp_path):
    # a Russian-only book has no translations: the merge decision is what recorded the recommendation
    project = project_with(tmp_path, "ru", ["G1-01", "G3-01"], "- {merge: [G1-01, G3-01]}\n" + EDIT)
    write(project, ["G3-01"])  # the merge decision is stale too (one proposal left): said apart
    [edit] = [line for line in stale(project) if "edit names" in line]
    assert edit == (
        "inputs/decisions.yaml:7:3: warning: edit names an unknown proposal G1-01; the decision is not applied: "
        "the other proposals of its recommendation are now in R-G3-01 (G3-01); re-point the edit to G3-01 "
        "(edit: G3-01), or its wording is not printed [decisions.stale]")


def test_nothing_recorded_leaves_the_warning_as_it_was(tmp_path):
    project = project_with(tmp_path, "ru", ["G1-01", "G3-01"], EDIT)
    write(project, ["G3-01"])
    assert stale(project) == ["inputs/decisions.yaml:6:3: warning: edit names an unknown proposal G1-01; "
                              "the decision is not applied; did you mean 'G3-01'? [decisions.stale]"]
