"""The changelog of one language as a Markdown file, written next to the archived edition."""

from __future__ import annotations

from ..model import LocalizedBook


def changelog_markdown(book: LocalizedBook) -> str:
    """Return the book's changelog as Markdown (empty when there is no previous edition)."""
    log = book.changelog
    if log is None:
        return ""
    edition = book.edition_stamp or book.edition_label
    lines = [f"# {log.title}", "", f"{book.title.value}" + (f" — {edition}" if edition else ""), ""]
    for group in log.groups:
        lines += [f"## {group.heading}", ""]
        lines += [f"- {e.number}" + (f" {e.title.value}" if e.title is not None else "")
                  + (f" — {e.note.value}" if e.note is not None else "") for e in group.entries]
        lines.append("")
    if not log.groups:
        lines += [log.none_label, ""]
    return "\n".join(lines)
