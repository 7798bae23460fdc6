"""The command line: usage errors exit 2, user errors exit 1 with one clean line."""

from __future__ import annotations

from pathlib import Path

import pytest
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


@pytest.mark.parametrize("command", ["build", "release"])
@pytest.mark.parametrize("seconds", ["nan", "inf", "1e309", "1e18", "-5", "0.5", "abc"])
def test_a_render_timeout_that_is_no_time_limit_is_a_usage_error(command, seconds) -> None:
    # "nan", "inf" and "1e18" passed the range check; a DOCX render then failed on "cannot convert
    # float NaN to integer" (or an OverflowError)
    result = run(command, "--render-timeout", seconds)
    assert result.exit_code == 2 and "Invalid value for '--render-timeout'" in result.output, result.output


@pytest.mark.parametrize("command", ["build", "release"])
@pytest.mark.parametrize("size", ["nan", "inf", "1e9", "-5", "0", "99", "2T", "abc", "3X", "", "3 G B"])
def test_a_render_memory_that_is_no_memory_size_is_a_usage_error(command, size) -> None:
    result = run(command, "--render-memory", size)
    assert result.exit_code == 2 and "Invalid value for '--render-memory'" in result.output, result.output


def test_a_render_memory_is_read_in_mib_or_with_its_unit() -> None:
    from recbook.commands import MemorySize

    sizes = {"300": 300.0, "3000M": 3000.0, "512 MiB": 512.0, "3G": 3072.0, "1.5GiB": 1536.0, "1T": 1024.0**2}
    assert {given: MemorySize().convert(given, None, None) for given in sizes} == sizes


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


def test_decisions_diagnostics_use_the_project_relative_path_like_every_input(tmp_path: Path) -> None:
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path / "somewhere")
    decisions = project / "inputs" / "decisions.yaml"
    lines = decisions.read_text("utf-8").count("\n")
    decisions.write_text(decisions.read_text("utf-8") + "- {merge: [G1-01, ZZ-99, ZZ-98]}\n", "utf-8")
    result = run("check", "--project", str(project))
    assert result.exit_code == 0
    assert (f"inputs/decisions.yaml:{lines + 1}:3: warning: merge names unknown proposals ZZ-99, ZZ-98; "
            "the decision is not applied [decisions.stale]") in result.output.splitlines()


def test_check_reports_untranslated_languages_as_build_would(tmp_path: Path) -> None:
    import shutil

    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path)
    shutil.rmtree(project / "locales")
    result = run("check", "--project", str(project))
    assert result.exit_code == 0
    # no catalog to point into: the language's catalog folder (qa s21: it had no place at all)
    assert ("locales/en/LC_MESSAGES: warning: en: 87 of the 98 strings this book prints in translation are not "
            "translated (11% complete); the draft shows them in the source language; `recbook i18n status --list "
            "--lang en` lists them [i18n.incomplete]") in result.output.splitlines()
    assert run("check", "--project", str(project), "--strict").exit_code == 1


def test_a_project_folder_that_does_not_exist_is_a_usage_error(tmp_path: Path) -> None:
    from recbook.commands.i18n import i18n
    from recbook.commands.dedupe import dedupe

    missing = str(tmp_path / "nope")
    assert run("check", "--project", missing).exit_code == 2
    assert run("build", "--project", missing).exit_code == 2
    assert CliRunner().invoke(dedupe, ["--project", missing]).exit_code == 2
    assert CliRunner().invoke(i18n, ["status", "--project", missing]).exit_code == 2


def test_source_date_epoch_that_is_no_date_is_a_located_error_in_check_and_build(tmp_path: Path, monkeypatch) -> None:
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "abc")
    expected = ("SOURCE_DATE_EPOCH: error: expected whole seconds since 1970-01-01 up to 253402300799 "
                "(9999-12-31), but received: 'abc' [env.source-date-epoch]")
    for command in ("check", "build"):
        result = run(command, "--project", str(project))
        assert result.exit_code == 1, result.output
        assert expected in result.output.splitlines()
    assert not (project / "output" / "manifest.json").exists()


def test_build_refuses_a_broken_catalog_exactly_as_check_does(tmp_path: Path) -> None:
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path)
    book_po = project / "locales" / "ru" / "LC_MESSAGES" / "book.po"
    book_po.write_text(book_po.read_text("utf-8") + '\nmsgctxt "x.extra"\nmsgid "Hi {name}"\nmsgstr "<b>Привет</b> {name}"\n',
                       "utf-8")
    checked, built = run("check", "--project", str(project)), run("build", "--project", str(project))
    assert checked.exit_code == built.exit_code == 1
    problems = [line for line in checked.output.splitlines() if "[i18n." in line and "error" in line]
    assert problems and all(line in built.output.splitlines() for line in problems)
    assert not (project / "output" / "manifest.json").exists()


def test_an_edition_date_before_1900_is_a_usage_error() -> None:
    # "0001-01-01" wrote the DOCX's dcterms:created as "1-01-01T00:00:00Z", which is no W3C date
    result = run("release", "--edition", "1", "--date", "0001-01-01")
    assert result.exit_code == 2 and "0001-01-01 is before 1900" in result.output, result.output


@pytest.mark.parametrize(("given", "said"), [
    ("2026-02-30", "2026-02-30: February 2026 has 28 days"),
    ("2028-02-30", "2028-02-30: February 2028 has 29 days"),
    ("2026-13-01", "2026-13-01: there is no month 13"),
    ("01.03.2026", "'01.03.2026' is not a date written YYYY-MM-DD, such as 2026-03-01"),
])
def test_an_edition_date_that_is_no_day_says_what_is_wrong_with_it(given: str, said: str) -> None:
    result = run("release", "--edition", "1", "--date", given)
    assert result.exit_code == 2 and said in result.output, result.output
