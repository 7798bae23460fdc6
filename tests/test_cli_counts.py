"""The console's count phrases: "1 proposal", "2 proposals", never "1 proposals" (QA c1); what a strict run counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from recbook.cli import main

from inputs_project import name_the_forum

ONE = ('- {id: G1-01, group: G1, direction: D1, language: ru, title: "Субсидировать 50% стоимости систем капельного '
       'орошения", text: "Предлагаем субсидировать фермерам 50% стоимости систем капельного орошения и дождевания, '
       'чтобы ускорить переход на водосберегающие технологии."}\n')
# the same ask but for a number: a look-alike kept apart
TWIN = ONE.replace("G1-01, group: G1", "G2-01, group: G2").replace("50%", "80%")


def run(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def project(tmp_path: Path) -> Path:
    run("init", str(tmp_path / "forum"), "--languages", "ru", "--source", "ru")
    project = tmp_path / "forum"
    name_the_forum(project, ONE, "Вода и климат", "Министерство водных ресурсов",  # placeholders fail --strict
                   ("Водные ресурсы", "Орошение", "Климат"))
    return project


def test_one_of_a_kind_is_counted_in_the_singular(project: Path, tmp_path: Path) -> None:
    assert run("check", "--project", str(project)).stdout == (
        "forum: 1 proposal, 1 recommendation printed, none set aside: OK\n")
    assert run("dedupe", "--project", str(project)).stdout.splitlines()[:2] == [
        "1 proposal -> 1 recommendation, 0 merged from several proposals, 0 suggestions, 0 look-alikes kept apart",
        "1 recommendation printed, none set aside"]
    sheet = tmp_path / "review.xlsx"
    assert run("review", "export", "--project", str(project), str(sheet)).stdout == f"wrote {sheet}: 1 row\n"
    (project / "inputs" / "proposals" / "p.yaml").write_text(ONE + TWIN, encoding="utf-8")
    assert run("dedupe", "--project", str(project)).stdout.splitlines()[0] == (
        "2 proposals -> 2 recommendations, 0 merged from several proposals, 0 suggestions, 1 look-alike kept apart")


def test_strict_counts_the_warnings_it_fails_on_apart_from_the_errors(project: Path) -> None:
    # QA m5: 408 "error:" and 43 "warning:" lines ended "Error: 451 error(s)"
    spaced = (project / "inputs" / "proposals" / "p.yaml")
    spaced.write_text(ONE.replace("Субсидировать 50%", "Субсидировать  50%"), encoding="utf-8")  # a warning
    result = CliRunner().invoke(main, ["check", "--project", str(project), "--strict"])
    lines = result.stderr.splitlines()
    assert result.exit_code == 1 and [line.split(": ")[1] for line in lines[:-1]] == ["warning"]
    assert lines[-1] == "Error: 1 warning that --strict counts as an error"
    spaced.write_text(spaced.read_text("utf-8") + TWIN.replace("group: G2", "group: G9")
                      .replace("80%", "Субсидировать  80%", 1), encoding="utf-8")  # an error, another warning
    result = CliRunner().invoke(main, ["check", "--project", str(project), "--strict"])
    assert [line.split(": ")[1] for line in result.stderr.splitlines()[:-1]] == ["warning", "error", "warning"]
    assert result.stderr.splitlines()[-1] == "Error: 1 error and 2 warnings that --strict counts as errors"
    result = CliRunner().invoke(main, ["check", "--project", str(project)])  # not strict: the errors alone
    assert result.stderr.splitlines()[-1] == "Error: 1 error"


def test_no_message_hedges_its_plural_with_s_in_brackets() -> None:
    # QA (s21, 4): "1 error(s)", "built 1 output(s)", "merge names unknown proposal(s) X" read as unfinished
    from recbook.commands.build import built_line
    from recbook.diagnostics import failing_total
    from recbook.merge.decisions import unknown_ids

    assert (failing_total(1), failing_total(3)) == ("1 error", "3 errors")
    assert (built_line(1, 1, 2.0), built_line(6, 6, 2.0)) == ("built 1 output in 2.0 s", "built 6 outputs in 2.0 s")
    assert unknown_ids("merge", ["X-1"], "not applied") == "merge names an unknown proposal X-1; not applied"
    assert unknown_ids("merge", ["X-1", "X-2"], "not applied") == "merge names unknown proposals X-1, X-2; not applied"


def test_no_string_in_the_source_hedges_a_plural() -> None:
    # every string recbook says (its literals and f-strings; not docstrings, not comments) and every template
    import ast
    import re

    root = Path(__file__).resolve().parents[1]
    hedge = re.compile(r"[a-z]\(s\)")
    found = [f"{path.relative_to(root)}" for path in sorted((root / "templates").rglob("*.html"))
             if hedge.search(path.read_text("utf-8"))]
    for path in sorted((root / "src").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)
                      and isinstance(node.value, ast.Constant)}
        found += [f"{path.relative_to(root)}:{node.lineno}: {node.value!r}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and id(node) not in docstrings and hedge.search(node.value)]
    assert found == []
