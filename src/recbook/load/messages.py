"""Extract the book's wording from labels.py and the Jinja templates (Babel's extractors read the files)."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file

from ..i18n import labels as labels_module
from ..i18n.extract import dedupe_entries, placeholder_note
from ..i18n.po import Entry


def _babel_entries(path: Path, method, keywords, shown: str, lines: bool = True) -> list[Entry]:
    entries = []
    for lineno, message, comments, context in extract_from_file(method, str(path), keywords=keywords,
                                                                 comment_tags=("Translators:",)):
        singular, plural = (message[0], message[1]) if isinstance(message, tuple) else (message, None)
        notes = tuple(comments) + placeholder_note(singular, plural or "")
        msgstr = ("", "") if plural is not None else ("",)
        entries.append(Entry(msgid=singular, msgid_plural=plural, msgctxt=context, msgstr=msgstr,
                             auto_comments=notes, references=(f"{shown}:{lineno}" if lines else shown,)))
    return entries


def book_template(template_dirs: list[Path]) -> list[Entry]:
    """Return the book wording: labels.py, then the Jinja2 templates (sorted by path)."""
    labels_path = Path(labels_module.__file__)
    # labels are found by their msgctxt key; file-only references keep diffs small when labels.py grows
    entries = _babel_entries(labels_path, "python", labels_module.KEYWORDS, "recbook/i18n/labels.py", lines=False)
    jinja_keywords = dict(DEFAULT_KEYWORDS)
    for folder in template_dirs:
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".html", ".j2", ".jinja", ".xml", ".txt") and path.is_file():
                shown = f"templates/{path.relative_to(folder).as_posix()}"
                entries += _babel_entries(path, "jinja2.ext:babel_extract", jinja_keywords, shown)
    return dedupe_entries(entries)
