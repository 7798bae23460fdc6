"""The `recbook` command line: a click group whose commands live in recbook.commands.

Each command's module is imported on first use, so heavy modules (WeasyPrint,
python-docx) load only for the command that needs them and `recbook check`
starts fast.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from . import __version__, interrupt, startup_cache

# subcommand name → "module:attribute", imported on first use
LAZY_COMMANDS: dict[str, str] = {
    "build": "recbook.commands.build:build",
    "check": "recbook.commands.check:check",
    "dedupe": "recbook.commands.dedupe:dedupe",
    "i18n": "recbook.commands.i18n:i18n",
    "init": "recbook.commands.init:init",
    "intake": "recbook.commands.init:intake",
    "review": "recbook.commands.review:review",
    "release": "recbook.commands.release:release",
}


class LazyGroup(click.Group):
    """A click group whose listed subcommands live in modules imported on demand."""

    def main(self, *args, **kwargs):
        """Run the command line with console streams that cannot fail on a character."""
        from .console import make_console_safe

        make_console_safe()
        return super().main(*args, **kwargs)

    def make_context(self, *args, **kwargs) -> click.Context:
        """Read the program's own options; a Ctrl-C meanwhile is the program's one line (`invoke`)."""
        try:
            return super().make_context(*args, **kwargs)
        except KeyboardInterrupt:
            raise _interrupted() from None

    def invoke(self, ctx: click.Context):
        """Run the command; a Ctrl-C or a file-system failure it did not foresee is one line, not a traceback.

        A Ctrl-C is "interrupted; nothing was written" (or what the command had written: every
        write records itself, recbook.interrupt) and exit status 130, not click's "Aborted!" and 1,
        whether it came while the command's module loaded, while click read its options or in the
        middle of its run: one place for every command, so none can say it differently. Each file is
        named from the command's project (its --project, init's DIRECTORY), as its errors name them.
        """
        try:
            with interrupt.reported(root=lambda: ctx.meta.get(interrupt.PROJECT)):
                return super().invoke(ctx)
        except BrokenPipeError:
            raise  # the reader of our output went away ("| head"): nothing to tell it
        except OSError as exc:
            from .file_errors import file_system_error

            raise file_system_error(exc) from exc

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *LAZY_COMMANDS])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in LAZY_COMMANDS:
            module_name, _, attr = LAZY_COMMANDS[name].partition(":")
            return getattr(importlib.import_module(module_name), attr)
        return super().get_command(ctx, name)


def _interrupted() -> click.ClickException:
    """Return the program's Ctrl-C before any command ran: "interrupted; nothing was written", 130."""
    from .diagnostics import Interrupted

    return Interrupted()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="recbook")
def main() -> None:
    """Turn working-group proposals into a multilingual recommendations book."""


_ending = {"without_teardown": False}  # set by a command that leaves nothing to finalize


def end_without_teardown() -> None:
    """Let `run` end this process as soon as the command is done (its files are written and closed).

    For a command that leaves no thread, child process, open file or exit handler that matters:
    Python's own teardown would then free, one by one, every object it loaded (~15 ms of CPU
    after a first `recbook check`: the dictionaries, catalogs and caches), which the operating
    system reclaims at once. Called from `main` as a function (tests), nothing changes.
    """
    _ending["without_teardown"] = True


def run() -> None:
    """Run the `recbook` program (recbook.__main__: the console script, `python -m recbook`) with its arguments."""
    _ending["without_teardown"] = False  # a command run before in this process (tests) says nothing here
    interrupt.install()  # one Ctrl-C, raised once: the stop it starts is not broken off by the next
    try:
        main(prog_name="recbook")
    except SystemExit as done:
        interrupt.ignore()  # the command has said its last line: a Ctrl-C now would only break off the teardown
        if not _ending["without_teardown"] or not isinstance(done.code, (int, type(None))):
            raise
        startup_cache.save()  # the one exit handler that matters here (none is run after this)
        try:  # what Python's teardown would flush; a failure (a closed pipe) is left to it, as before
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            raise done from None
        os._exit(done.code or 0)
