"""Bad input never raises: arbitrary bytes in every input file become diagnostics (STYLE, RELIABILITY)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inputs_project import HEADER, MINIMAL, check, make_project

FAST = settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CSV_TEXT = st.lists(st.sampled_from(list(";,\"\n\r\t ?_aіқә<&{}\x00\x07\ufffe") + ["G1", "D1"]),
                    max_size=40).map("".join)


def run(name: str, content: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp), {name: content})
        inputs, lines = check(project)
    assert inputs is not None  # the conference is fine, whatever the proposals hold
    return lines


@FAST
@given(st.binary(max_size=200))
def test_any_bytes_as_csv_yaml_or_xlsx_give_diagnostics_not_tracebacks(data: bytes) -> None:
    for name in ("p.csv", "p.yaml", "p.xlsx"):
        run(name, data)


@FAST
@given(CSV_TEXT)
def test_any_csv_body_under_a_valid_header_gives_diagnostics(body: str) -> None:
    for encoding in ("utf-8", "cp1251"):
        run("p.csv", (HEADER + "\n" + body).encode(encoding, errors="replace"))


@FAST
@given(st.text(max_size=60))
def test_any_yaml_text_value_is_kept_or_reported(value: str) -> None:
    escaped = value.encode("unicode_escape").decode("ascii").replace('"', '\\\\x22')
    item = ('- {id: G1-01, group: G1, direction: D1, language: ru, title: T, text: "%s"}\n'
            % escaped)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, lines = check(make_project(Path(tmp), {"p.yaml": item}))
    if inputs.proposals:
        text = inputs.proposals[0].text
        text.encode("utf-8")  # never a lone surrogate
        text_errors = ("[text.control-char]", "[text.lost-letters]")  # the proposal is kept
        assert all(line.endswith(text_errors) for line in lines if ": error: " in line)
    else:
        assert any('"text" is empty' in line or "YAML" in line for line in lines)


def test_the_minimal_project_is_untouched_by_these_tests() -> None:
    assert sorted(p.name for p in (MINIMAL / "inputs" / "proposals").iterdir()) == ["g1.yaml"]
