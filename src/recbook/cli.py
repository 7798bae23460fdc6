"""The `recbook` command line: thin click commands that call the pipeline.

Heavy modules (WeasyPrint, python-docx, datasketch) are imported only by the
command that needs them, so `recbook check` starts fast.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from . import __version__

# subcommand name → "module:attribute", imported on first use
LAZY_COMMANDS: dict[str, str] = {
    "dedupe": "recbook.merge.cli:dedupe",
    "i18n": "recbook.i18n.cli:i18n",
}

FORMATS = ("pdf", "docx")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3b")


class LazyGroup(click.Group):
    """A click group whose listed subcommands live in modules imported on demand."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            module_name, _, attr = LAZY_COMMANDS[name].partition(":")
            return getattr(importlib.import_module(module_name), attr)
        return super().get_command(ctx, name)


project_option = click.option(
    "--project",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="The conference project folder (inputs/, locales/, templates/, output/).",
)


def _split_choices(allowed: tuple[str, ...], name: str):
    """Return a click callback that parses 'a,b' into a tuple of allowed values."""

    def callback(ctx: click.Context, param: click.Parameter, value: str | None):
        if value is None:
            return None
        items = tuple(v.strip() for v in value.split(",") if v.strip())
        unknown = [v for v in items if v not in allowed]
        if unknown or not items:
            raise click.BadParameter(
                f"expected one or more of {', '.join(allowed)} separated by commas, "
                f"but received: {value!r}",
                param_hint=name,
            )
        return items

    return callback


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="recbook")
def main() -> None:
    """Turn working-group proposals into a multilingual recommendations book."""
    from .environment import check_source_date_epoch

    # before any import reads it: numpy (via datasketch) and python-docx call int() on it
    check_source_date_epoch()


@main.command()
@project_option
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def check(project: Path, strict: bool) -> None:
    """Validate inputs, decisions and catalogs; print every problem found."""
    from .pipeline import run_check

    run_check(project, strict=strict)


@main.command()
@project_option
@click.option(
    "--lang",
    "langs",
    callback=_split_choices(("kk", "ru", "en"), "--lang"),
    help="Languages to build, e.g. kk,ru (default: the conference's languages).",
)
@click.option(
    "--format",
    "formats",
    callback=_split_choices(FORMATS, "--format"),
    help="Formats to build: pdf, docx or both (default).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Final edition: fail on warnings and on any missing or fuzzy translation.",
)
@click.option(
    "--pdf-variant",
    type=click.Choice(PDF_VARIANTS),
    default=PDF_VARIANTS[0],
    show_default=True,
    help="PDF standard: tagged PDF/UA-1, or PDF/A-3b for archives.",
)
@click.option(
    "--rebuild",
    is_flag=True,
    help="Render every output again, even those whose inputs, catalogs and templates are unchanged.",
)
@click.option(
    "--jobs", type=click.IntRange(min=1), default=None,
    help="Outputs rendered at once, each in its own process (default: the number of CPUs).",
)
@click.option(
    "--render-timeout", type=click.FloatRange(min=1), default=600, show_default=True,
    help="Seconds one output may take; a slower render is stopped and reported, the others still build.",
)
def build(project: Path, langs, formats, strict: bool, pdf_variant: str, rebuild: bool,
          jobs: int | None, render_timeout: float) -> None:
    """Build output/<id>.<lang>.pdf and .docx from the project's inputs."""
    from .pipeline import BuildOptions, run_build

    options = BuildOptions(
        languages=langs, formats=formats or FORMATS, strict=strict, pdf_variant=pdf_variant,
        rebuild=rebuild, render_timeout=render_timeout,
        **({"jobs": jobs} if jobs else {}),
    )
    run_build(project, options)
