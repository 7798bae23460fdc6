"""Write PO/POT files as GNU gettext and Poedit do, and put back unchanged entries as they were read.

Translators save catalogs with Poedit or msgcat, which lay strings out at 79
columns, breaking after a space (i18n/po_wrap.py). recbook writes what it
writes the same way, and an entry it does not change — same message, flags,
comments and references — is written back exactly as it was read, whatever
wrote it (another editor, another width, `#~` lines laid out otherwise), and
so is the header when none of its fields changes. So `i18n update` and
`i18n import` change the lines of the entries they change, nothing else, and
a catalog Poedit saved comes out of an update with no source change byte for
byte as it went in. No timestamps are written: diffs stay small.
"""

from __future__ import annotations

from .po import Entry, PoFile
from .po_wrap import WIDTH, string_lines

# Fields recbook owns in every header; others (Last-Translator, PO-Revision-Date …) are kept.
HEADER_ORDER = (
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
    "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
    "Content-Transfer-Encoding", "Plural-Forms", "X-Source-Language",
)


def _references(references: tuple[str, ...]) -> list[str]:
    """Return the `#:` lines: references joined by spaces, a new line where the next would pass 79 columns."""
    lines: list[str] = []
    for reference in references:
        if lines and len(lines[-1]) + 1 + len(reference) <= WIDTH:
            lines[-1] += f" {reference}"
        else:
            lines.append(f"#: {reference}")
    return lines


def format_entry(entry: Entry) -> list[str]:
    """Return the lines of one entry (obsolete entries prefixed with `#~`)."""
    lines = [f"# {c}".rstrip() for c in entry.comments]
    prefix = "#~ " if entry.obsolete else ""
    if not entry.obsolete:
        lines += [f"#. {c}".rstrip() for c in entry.auto_comments]
        lines += _references(entry.references)
    # an obsolete entry keeps its flags and earlier source as msgmerge writes them (`#, fuzzy`, `#~| msgid`):
    # a fuzzy translation whose text comes back is fuzzy again, not printed unreviewed
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    previous = "#~| " if entry.obsolete else "#| "
    if entry.previous_msgctxt is not None:
        lines += string_lines("msgctxt", entry.previous_msgctxt, previous)
    if entry.previous_msgid is not None:
        lines += string_lines("msgid", entry.previous_msgid, previous)
    if entry.msgctxt is not None:
        lines += string_lines("msgctxt", entry.msgctxt, prefix)
    lines += string_lines("msgid", entry.msgid, prefix)
    if entry.msgid_plural is not None:
        lines += string_lines("msgid_plural", entry.msgid_plural, prefix)
        for i, form in enumerate(entry.msgstr):
            lines += string_lines(f"msgstr[{i}]", form, prefix)
    else:
        lines += string_lines("msgstr", entry.msgstr[0], prefix)
    return lines


def header_entry(fields: dict[str, str], comments: tuple[str, ...] = (), flags: tuple[str, ...] = (),
                 order: tuple[str, ...] = ()) -> Entry:
    """Return the header entry: fields in `order` (the catalog's own), then recbook's order, then sorted."""
    known = [name for name in order if name in fields]
    known += [name for name in HEADER_ORDER if name in fields and name not in known]
    extra = sorted(name for name in fields if name not in known)
    text = "".join(f"{name}: {fields[name]}\n" for name in known + extra)
    return Entry(msgid="", msgstr=(text,), comments=comments, flags=flags)


def _same(entry: Entry) -> tuple:
    """Return what an entry says, as a key: two entries with the same key are written alike by anyone."""
    return (entry.msgctxt, entry.msgid, entry.msgid_plural, entry.msgstr, frozenset(entry.flags), entry.auto_comments,
            entry.comments, entry.references, entry.previous_msgctxt, entry.previous_msgid, entry.obsolete)


def _message(entry: Entry) -> tuple:
    """Return what an entry's keyword lines (msgctxt … msgstr) say, without its comments."""
    return (entry.msgctxt, entry.msgid, entry.msgid_plural, entry.msgstr, entry.obsolete)


def _message_lines(source: str) -> str | None:
    """Return the keyword lines of an active entry as read (its comments come first), or None if they are mixed."""
    lines = source.split("\n")
    first = next((i for i, line in enumerate(lines) if not line.startswith("#")), None)
    if first is None or any(line.startswith("#") for line in lines[first:]):
        return None
    return "\n".join(lines[first:])


def _format(entry: Entry, kept: dict[tuple, str], messages: dict[tuple, str]) -> str:
    """Return an entry's block: as read if it says the same; else its comments written anew and, when only
    they changed (a reference's line moved, a flag), its msgid and msgstr lines as read.

    An update that moved `#: inputs/conference.yaml:38` rewrapped the msgstr OmegaT or another editor
    laid out, a change in every entry below a removed line that no translator made (QA s23).
    """
    if (block := kept.get(_same(entry))) is not None:
        return block
    lines = format_entry(entry)
    message = None if entry.obsolete else messages.get(_message(entry))
    if message is None:
        return "\n".join(lines)
    comments = lines[:next((i for i, line in enumerate(lines) if not line.startswith("#")), len(lines))]
    return "\n".join([*comments, message])


def format_po(header: Entry, entries: list[Entry], old: PoFile | None = None) -> str:
    """Return a whole PO file: header, active entries in the given order, then obsolete ones.

    `old` is the file as read before: an entry (or header) that says what one of its entries says
    is written as it was read there, and one whose message is the same keeps its keyword lines.
    """
    kept: dict[tuple, str] = {}
    messages: dict[tuple, str] = {}
    if old is not None:
        kept = {_same(e): source for e, source in zip(old.entries, old.sources) if source}
        for e, source in zip(old.entries, old.sources):
            if source and not e.obsolete and (lines := _message_lines(source)) is not None:
                messages.setdefault(_message(e), lines)
        if old.header_entry is not None and old.header_source:
            kept[_same(old.header_entry)] = old.header_source
    active = [e for e in entries if not e.obsolete]
    obsolete = [e for e in entries if e.obsolete]
    blocks = [_format(e, kept, messages) for e in [header] + active + obsolete]
    return "\n\n".join(blocks) + "\n"
