"""Print a working group's "what happened to your proposals" sheet as one self-contained HTML file.

HTML because a moderator opens it in any browser or mail program, forwards it as
it is, or prints it (the page has print styles); it loads nothing (inline CSS).
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..model import GroupSheet
from ..resources import default_dir
from .templating import template_environment


def sheet_name(sheet: GroupSheet) -> str:
    """Return the sheet's file name: "<group id>.<language>.html"."""
    return f"{sheet.group_id}.{sheet.lang}.html"


def render_group_sheet(sheet: GroupSheet, template_dirs: Sequence[Path] = ()) -> bytes:
    """Return the sheet as UTF-8 HTML from templates/group-sheet.html (project templates first)."""
    env = template_environment([*template_dirs, default_dir("templates")])
    return env.get_template("group-sheet.html").render(sheet=sheet).encode("utf-8")
