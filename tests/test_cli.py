"""The command line: usage errors exit 2, user errors exit 1 with one clean line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from recbook.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_unknown_format_is_a_usage_error() -> None:
    result = run("build", "--format", "pdf,odt")
    assert result.exit_code == 2
    assert "expected one or more of pdf, docx separated by commas, but received: 'pdf,odt'" in result.output


def test_unknown_language_is_a_usage_error() -> None:
    result = run("build", "--lang", "de")
    assert result.exit_code == 2
    assert "expected one or more of kk, ru, en" in result.output


def test_unknown_pdf_variant_is_a_usage_error() -> None:
    result = run("build", "--pdf-variant", "pdf/x-4")
    assert result.exit_code == 2


def test_folder_without_inputs_is_a_clean_error(tmp_path: Path) -> None:
    result = run("check", "--project", str(tmp_path))
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path}: no inputs/ folder here (use --project DIR)\n"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("build", "check", "dedupe", "i18n"):
        assert f"  {command}" in result.output
