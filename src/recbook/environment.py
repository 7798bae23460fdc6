"""Refuse a malformed environment up front, as one clean line instead of a library's traceback."""

from __future__ import annotations

import os

import click

from .diagnostics import InputErrors, Location, error

# SOURCE_DATE_EPOCH as the outputs can carry it: zip (DOCX) dates run 1980–2107
FIRST_EPOCH, LAST_EPOCH = 315_532_800, 4_102_444_800  # 1980-01-01, 2100-01-01


def check_source_date_epoch() -> None:
    """Raise when SOURCE_DATE_EPOCH is set but not whole seconds in 1980–2099 (reproducible-builds.org)."""
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is None or value.strip() == "":
        return
    text = value.strip()
    if text.isascii() and text.isdigit() and len(text) <= 12 and FIRST_EPOCH <= int(text) < LAST_EPOCH:
        return
    shown = repr(value if len(value) <= 40 else value[:40] + "…")
    message = (f"must be a whole number of seconds since 1970-01-01 between {FIRST_EPOCH} (1980) and "
               f"{LAST_EPOCH - 1} (2099), but received: {shown}; unset it to date the book by the conference")
    click.echo(error(Location("SOURCE_DATE_EPOCH"), message, "env.source-date-epoch").format(), err=True)
    raise InputErrors(1)
