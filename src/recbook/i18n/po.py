"""Read PO files strictly, line by line, keeping the line of every entry.

Babel's reader silently accepts broken files (a stray quote, an unknown
keyword, a duplicate msgid); translators need each problem at PATH:LINE, so
recbook reads PO itself and turns every syntax problem into a diagnostic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..diagnostics import Diagnostic, Location, error

_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*)$')
_ESCAPES = {"\\": "\\", '"': '"', "n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_ESCAPED = {value: "\\" + name for name, value in _ESCAPES.items()}


@dataclass(frozen=True)
class Entry:
    """One PO message with its comments, flags and the line it starts on."""

    msgid: str
    msgstr: tuple[str, ...] = ("",)  # one string, or one per plural form
    msgctxt: str | None = None
    msgid_plural: str | None = None
    flags: tuple[str, ...] = ()
    auto_comments: tuple[str, ...] = ()  # "#." for translators, written by extract
    comments: tuple[str, ...] = ()  # "# " written by translators
    references: tuple[str, ...] = ()  # "#:" file:line
    previous_msgctxt: str | None = None  # "#|" before a fuzzy change
    previous_msgid: str | None = None
    obsolete: bool = False
    line: int = 0
    # per msgstr form, (line, index in the value where that line's string starts, the file column
    # of that character): a problem found in a long msgstr is reported at its own line and column.
    # Only the parser knows; not part of equality
    msgstr_lines: tuple[tuple[tuple[int, int, int], ...], ...] = field(default=(), compare=False)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translated(self) -> bool:
        """Return True when every form has a msgstr and the entry is not fuzzy.

        A msgstr of spaces only is no translation: printed, it left a blank line on the cover.
        """
        return not self.fuzzy and all(form.strip() for form in self.msgstr)

    def label(self) -> str:
        """Return how a message is named in diagnostics: its msgctxt, or its msgid."""
        return self.msgctxt if self.msgctxt is not None else repr(self.msgid)

    def line_of(self, form: int, index: int) -> int:
        """Return the file line holding character `index` of msgstr form `form` (the entry's line if unknown)."""
        span = self._span(form, index)
        return span[0] if span else self.line

    def col_of(self, form: int, index: int) -> int | None:
        """Return the file column of character `index` of msgstr form `form` (None if unknown).

        Counted as recbook writes the string: an escape such as \\n is two columns.
        """
        span = self._span(form, index)
        if span is None:
            return None
        _, start, col = span
        return col + sum(len(_ESCAPED.get(ch, ch)) for ch in self.msgstr[form][start:index])

    def start(self, path: str) -> Location:
        """Return where the entry starts, the place its findings about the whole entry name: column 1 of its
        first keyword's line (msgctxt, else msgid; its comments above it are not the entry's text)."""
        return Location(path, self.line, 1)

    def at(self, path: str, form: int, index: int = 0) -> Location:
        """Return where character `index` of msgstr form `form` is written (the msgstr line, not msgctxt's)."""
        return Location(path, self.line_of(form, index), self.col_of(form, index))

    def _span(self, form: int, index: int) -> tuple[int, int, int] | None:
        spans = self.msgstr_lines[form] if form < len(self.msgstr_lines) else ()
        found = [span for span in spans if span[1] <= index]
        return found[-1] if found else None


@dataclass(frozen=True)
class PoFile:
    """A parsed PO file: header fields, entries in file order, and its syntax errors."""

    path: str
    header: dict[str, str] = field(default_factory=dict)
    header_entry: Entry | None = None
    entries: tuple[Entry, ...] = ()
    errors: tuple[Diagnostic, ...] = ()
    # each entry's lines as read (comments included), and the header's: a writer puts back an entry it
    # does not change as the translator's editor wrote it (i18n/writer.py)
    sources: tuple[str, ...] = field(default=(), compare=False)
    header_source: str = field(default="", compare=False)

    @property
    def active(self) -> tuple[Entry, ...]:
        return tuple(e for e in self.entries if not e.obsolete)


def unescape(body: str) -> str:
    """Return the value of a C string literal body (without the quotes); raise ValueError."""
    if "\\" not in body and '"' not in body:
        return body  # most strings have no escape: no need to walk them letter by letter
    out: list[str] = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == '"':
            raise ValueError("unescaped '\"' inside a string")
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        if i + 1 >= len(body):
            raise ValueError("string ends with a backslash")
        nxt = body[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            digits = re.match(r"[0-7]{1,3}", body[i + 1 :]).group()
            out.append(chr(int(digits, 8)))
            i += 1 + len(digits)
        else:
            raise ValueError(f"unknown escape sequence '\\{nxt}'")
    return "".join(out)


def _closed(text: str) -> bool:
    """Return True when a line that opens a string also closes it (an unescaped final quote)."""
    if len(text) < 2 or not text.endswith('"'):
        return False
    backslashes = len(text[1:-1]) - len(text[1:-1].rstrip("\\"))
    return backslashes % 2 == 0


def _quoted(text: str) -> str:
    """Return the value of one `"..."` token on a line; raise ValueError."""
    text = text.strip()
    if text.startswith('"') and not _closed(text):
        raise ValueError("string not closed: the line must end with '\"'")
    if len(text) < 2 or not text.startswith('"') or not text.endswith('"'):
        raise ValueError("expected a string in double quotes")
    return unescape(text[1:-1])


class _Builder:
    """Collect the lines of one entry, then turn them into an Entry."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}
        self.plurals: dict[int, str] = {}
        self.previous: dict[str, str] = {}
        self.flags: list[str] = []
        self.auto: list[str] = []
        self.comments: list[str] = []
        self.refs: list[str] = []
        self.obsolete = False
        self.line = 0
        self.last: tuple[str, int | None] | None = None  # where a continuation string goes
        self.last_previous: str | None = None
        self.msgstr_lines: dict[int, list[tuple[int, int, int]]] = {}  # form → (line, start index, column)
        self.first = self.end = 0  # the file lines the entry is written on, comments included
        self.broken = False  # a line of this entry was unreadable: do not also report what is missing

    @property
    def has_message(self) -> bool:
        return bool(self.fields) or bool(self.plurals)

    @property
    def has_msgstr(self) -> bool:
        return "msgstr" in self.fields or bool(self.plurals)

    def build(self, path: str) -> tuple[Entry | None, list[Diagnostic]]:
        if not self.has_message or self.broken:
            return None, []
        if "msgid" not in self.fields:
            return None, [error(Location(path, self.line, 1), "entry has no msgid", "i18n.syntax")]
        if not self.has_msgstr:
            return None, [error(Location(path, self.line, 1), "entry has no msgstr", "i18n.syntax")]
        plural = self.fields.get("msgid_plural")
        found = []  # a location is made only for a problem: a catalog's thousands of entries have none
        if plural is not None and "msgstr" in self.fields:
            found.append("msgid_plural needs msgstr[0], msgstr[1] …")
        if plural is None and self.plurals:
            found.append("msgstr[N] without msgid_plural")
        if self.plurals and sorted(self.plurals) != list(range(len(self.plurals))):
            found.append("plural forms must be numbered 0, 1, 2 … without gaps")
        problems = [error(Location(path, self.line, 1), message, "i18n.syntax") for message in found]
        if self.plurals:
            msgstr = tuple(self.plurals[i] for i in sorted(self.plurals))
        else:
            msgstr = (self.fields.get("msgstr", ""),)
        lines = tuple(tuple(self.msgstr_lines.get(form, ())) for form in range(len(msgstr)))
        entry = Entry(
            msgid=self.fields["msgid"], msgstr=msgstr, msgctxt=self.fields.get("msgctxt"),
            msgid_plural=plural, flags=tuple(self.flags), auto_comments=tuple(self.auto),
            comments=tuple(self.comments), references=tuple(self.refs),
            previous_msgctxt=self.previous.get("msgctxt"), previous_msgid=self.previous.get("msgid"),
            obsolete=self.obsolete, line=self.line, msgstr_lines=lines,
        )
        return entry, problems


class _Parser:
    """A line-based PO state machine that records every problem with its line."""

    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.entries: list[Entry] = []
        self.sources: list[str] = []
        self.errors: list[Diagnostic] = []
        self.current = _Builder()
        self.column = 0  # the file column of the string on the line being read (after its opening quote)
        self.first_col = 1  # the file column of the line's first character that is not a space
        self.conflict_at: int | None = None  # the `<<<<<<<` line of a merge conflict being read
        self.skipping = False  # inside a conflict's other side

    def fail(self, line: int, message: str, col: int | None = None) -> None:
        """Report a syntax error at `col`, else at the line's first character (PATH:LINE:COL, as every error)."""
        self.current.broken = True
        self.errors.append(error(Location(self.path, line, col or self.first_col), message, "i18n.syntax"))

    def finish_entry(self) -> None:
        entry, problems = self.current.build(self.path)
        self.errors.extend(problems)
        if entry is not None:
            self.entries.append(entry)
            self.sources.append("\n".join(self.lines[self.current.first - 1:self.current.end]))
        self.current = _Builder()

    def conflict(self, number: int, raw: str) -> bool:
        """Read a line of a merge conflict git left (`<<<<<<<` ours `=======` theirs `>>>>>>>`); True if it was one.

        Said once, at its `<<<<<<<` line; the other side's lines are skipped: read as well, each entry both
        sides changed was also "msgstr appears twice", and a marker "unknown keyword", three errors for one.
        """
        marker = raw[:7]
        if marker == "<<<<<<<" and self.conflict_at is None:
            self.conflict_at, self.skipping = number, False
            self.errors.append(error(Location(self.path, number, 1), "a merge conflict is left in the file (two "
                                     "versions, from this line to the line starting >>>>>>>): keep one version and "
                                     "delete the lines starting <<<<<<<, ======= and >>>>>>>", "i18n.merge-conflict"))
            return True
        if self.conflict_at is None or marker not in ("|||||||", "=======", ">>>>>>>"):
            return self.skipping
        self.skipping = marker != ">>>>>>>"  # diff3's base (|||||||) and the other side: not read
        if not self.skipping:
            self.conflict_at = None
        return True

    def feed(self, number: int, raw: str) -> None:
        if self.conflict(number, raw):
            return
        line = raw.strip()
        self.first_col = len(raw) - len(raw.lstrip()) + 1
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
            if not line:
                return
            if line.startswith("|"):  # msgmerge's `#~| msgid`: an obsolete fuzzy entry's earlier source
                line = "#" + line
        if not line:
            self.finish_entry()
            return
        if line.startswith("#|"):
            self.comment_previous(number, line[2:].strip())
        elif line.startswith("#"):
            self.comment(line)
        else:
            self.column = raw.find('"') + 2
            self.message_line(number, line, obsolete)
        # the entry this line belongs to (a line may have ended the one before: a comment after a msgstr)
        self.current.first = self.current.first or number
        self.current.end = number

    def comment(self, line: str) -> None:
        if self.current.has_msgstr:
            self.finish_entry()
        kind, rest = line[:2], line[2:].strip()
        if kind == "#,":
            self.current.flags.extend(f.strip() for f in rest.split(",") if f.strip())
        elif kind == "#.":
            self.current.auto.append(rest)
        elif kind == "#:":
            self.current.refs.extend(rest.split())
        else:
            self.current.comments.append(line[1:].removeprefix(" "))

    def comment_previous(self, number: int, rest: str) -> None:
        if self.current.has_msgstr:
            self.finish_entry()
        match = re.match(r"^(msgctxt|msgid|msgid_plural)\s+(\".*)$", rest)
        try:
            if match:
                self.current.last_previous = match.group(1)
                self.current.previous[match.group(1)] = _quoted(match.group(2))
            elif rest.startswith('"') and self.current.last_previous:
                self.current.previous[self.current.last_previous] += _quoted(rest)
            else:
                self.fail(number, f"cannot read previous-message comment '#| {rest}'")
        except ValueError as exc:
            self.fail(number, str(exc))

    def message_line(self, number: int, line: str, obsolete: bool) -> None:
        match = _KEYWORD.match(line)
        try:
            if match:
                self.keyword(number, match.group(1), match.group(2), _quoted(match.group(3)), obsolete)
            elif line.startswith('"'):
                self.continuation(number, _quoted(line))
            else:
                self.fail(number, f"unknown keyword or text outside a string: {line[:40]!r}")
        except ValueError as exc:
            self.fail(number, str(exc), self.column - 1 if self.column > 1 else None)  # at the string's quote

    def keyword(self, number: int, name: str, index: str | None, value: str, obsolete: bool) -> None:
        cur = self.current
        starts_entry = name in ("msgctxt", "msgid")
        if starts_entry and (cur.has_msgstr or (name == "msgctxt" and "msgid" in cur.fields)):
            self.finish_entry()
            cur = self.current
        if name.startswith("msgstr") and "msgid" not in cur.fields:
            if not cur.broken:  # an unreadable msgid was reported already
                self.fail(number, "msgstr without a msgid before it")
            return
        if not cur.has_message:
            cur.line, cur.obsolete = number, obsolete
        if index is not None:
            if int(index) in cur.plurals:
                self.fail(number, f"msgstr[{index}] appears twice")
            cur.plurals[int(index)] = value
            cur.last = ("plural", int(index))
            cur.msgstr_lines[int(index)] = [(number, 0, self.column)]
            return
        if name in cur.fields:
            self.fail(number, f"{name} appears twice in one entry")
        cur.fields[name] = value
        cur.last = (name, None)
        if name == "msgstr":
            cur.msgstr_lines[0] = [(number, 0, self.column)]

    def continuation(self, number: int, value: str) -> None:
        last = self.current.last
        if last is None:
            self.fail(number, "string continuation without a keyword before it")
        elif last[0] == "plural":
            self.current.msgstr_lines[last[1]].append((number, len(self.current.plurals[last[1]]), self.column))
            self.current.plurals[last[1]] += value
        else:
            if last[0] == "msgstr":
                self.current.msgstr_lines[0].append((number, len(self.current.fields["msgstr"]), self.column))
            self.current.fields[last[0]] += value


def parse_header(text: str) -> dict[str, str]:
    """Return the `Name: value` fields of a PO header msgstr."""
    fields: dict[str, str] = {}
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            fields[name.strip()] = value.strip()
    return fields


def _duplicates(path: str, entries: list[Entry]) -> list[Diagnostic]:
    seen: dict[tuple[str | None, str], Entry] = {}
    found = []
    for entry in entries:
        if entry.obsolete:
            continue
        first = seen.setdefault(entry.key, entry)
        if first is not entry:
            found.append(error(
                entry.start(path),
                f"duplicate message {entry.label()} (first defined at line {first.line})",
                "i18n.duplicate",
            ))
    return found


@lru_cache(maxsize=64)
def parse(text: str, path: str) -> PoFile:
    """Parse PO text strictly; every problem becomes an error diagnostic at its line.

    Cached: build and check read each catalog twice (to translate, then to check it),
    and the result is immutable (nothing changes a PoFile's header dict).
    """
    # split on newlines only: str.splitlines() would also split inside a string at U+2028, \f, \x85 …
    # a file with no LF but CRs was saved with classic Mac OS line ends (CR): those are its lines
    lines = text.split("\r") if "\n" not in text and "\r" in text else text.replace("\r\n", "\n").split("\n")
    parser = _Parser(path, lines)
    for number, raw in enumerate(lines, start=1):
        parser.feed(number, raw)
    parser.finish_entry()
    entries = parser.entries
    header_at = next((i for i, e in enumerate(entries) if e.msgid == "" and e.msgctxt is None and not e.obsolete), None)
    header_entry = entries[header_at] if header_at is not None else None
    body = [e for i, e in enumerate(entries) if i != header_at]
    sources = tuple(s for i, s in enumerate(parser.sources) if i != header_at)
    errors = parser.errors + _duplicates(path, body)
    header = parse_header(header_entry.msgstr[0]) if header_entry else {}
    return PoFile(path, header, header_entry, tuple(body), tuple(sorted(errors)), sources,
                  parser.sources[header_at] if header_at is not None else "")
