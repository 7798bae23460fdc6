"""Write PO/POT files in one stable shape (fixed wrapping, no timestamps) so diffs stay small."""

from __future__ import annotations

from babel.messages.pofile import normalize

from .po import Entry

WIDTH = 76
# Fields recbook owns in every header; others (Last-Translator, PO-Revision-Date …) are kept.
HEADER_ORDER = (
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
    "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
    "Content-Transfer-Encoding", "Plural-Forms", "X-Source-Language",
)


def _field(name: str, value: str, prefix: str = "") -> list[str]:
    text = normalize(value, prefix=prefix, width=WIDTH)
    return f"{prefix}{name} {text}".split("\n")


def format_entry(entry: Entry) -> list[str]:
    """Return the lines of one entry (obsolete entries prefixed with `#~`)."""
    lines = [f"# {c}".rstrip() for c in entry.comments]
    prefix = "#~ " if entry.obsolete else ""
    if not entry.obsolete:
        lines += [f"#. {c}".rstrip() for c in entry.auto_comments]
        lines += [f"#: {r}" for r in entry.references]
        if entry.flags:
            lines.append("#, " + ", ".join(entry.flags))
        if entry.previous_msgctxt is not None:
            lines += _field("msgctxt", entry.previous_msgctxt, "#| ")
        if entry.previous_msgid is not None:
            lines += _field("msgid", entry.previous_msgid, "#| ")
    if entry.msgctxt is not None:
        lines += _field("msgctxt", entry.msgctxt, prefix)
    lines += _field("msgid", entry.msgid, prefix)
    if entry.msgid_plural is not None:
        lines += _field("msgid_plural", entry.msgid_plural, prefix)
        for i, form in enumerate(entry.msgstr):
            lines += _field(f"msgstr[{i}]", form, prefix)
    else:
        lines += _field("msgstr", entry.msgstr[0], prefix)
    return lines


def header_entry(fields: dict[str, str], comments: tuple[str, ...] = ()) -> Entry:
    """Return the header entry with fields in a fixed order (unknown fields last, sorted)."""
    known = [name for name in HEADER_ORDER if name in fields]
    extra = sorted(name for name in fields if name not in HEADER_ORDER)
    text = "".join(f"{name}: {fields[name]}\n" for name in known + extra)
    return Entry(msgid="", msgstr=(text,), comments=comments)


def format_po(header: Entry, entries: list[Entry]) -> str:
    """Return a whole PO file: header, active entries in the given order, then obsolete ones."""
    active = [e for e in entries if not e.obsolete]
    obsolete = [e for e in entries if e.obsolete]
    blocks = [format_entry(header)] + [format_entry(e) for e in active + obsolete]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
