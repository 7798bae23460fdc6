"""Apply a review import's changes to inputs/decisions.yaml, keeping every byte it does not change.

New items are appended as text; an updated item alone goes through ruamel's round trip and
is spliced back in place. Dumping the whole file (as this did) lost the comment lines and
blank lines before an item (ruamel hangs them on the previous item and drops them on dump),
the BOM and CRLF line ends; comments, blank lines, the BOM, the line-end style and the
other items are now untouched. The whole file is still round-tripped when text cannot be
spliced safely: a flow list `[…]`, an item whose `-` stands alone on its line, a second document.

An item to update that is a YAML alias (`- *e`), or holds an anchor (`&r`) or an alias (`*r`),
is not rewritten: the value is shared with other items, and whether the sheet's change should
reach them too (or break the sharing) is for the person who wrote it to say. The import stops
with an error at the anchor or alias (NotWritten) and nothing is written.

A line pasted from review.csv with the "'" a spreadsheet shows before it (`'- {merge: …}`) is
written without it: the reader reads it so (load/decisions_text.py), with a warning asking for
just that, and YAML could not splice the file with it. The lines are returned for the summary.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.error import YAMLError

from .diagnostics import Diagnostic, Location, error
from .merge.decisions import Decision
from .merge.review_sheet import Changes, Wanted

FLOW = ("merge", "apart", "canonical", "reject", "withdraw", "defer")  # one line each, like review.html's
HEADER = "# yaml-language-server: $schema=../schemas/decisions.schema.json\n"
BOM = "\ufeff"
_ITEM_START = re.compile(r"[ \t]*-[ \t]+")  # what precedes an item's mapping on its line: "- " and indentation
# blank and comment lines, then maybe the document end marker `...` and more of them: all a list may be
# followed by for new items to go at its end (each line is matched one way only: no backtracking blow-up)
_COMMENT_LINES = r"(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:#[^\n]*)?"
_AFTER_LIST = re.compile(rf"{_COMMENT_LINES}(?P<end>\.\.\.[ \t]*(?:#[^\n]*)?(?:\r?\n{_COMMENT_LINES})?)?")


class NotWritten(Exception):
    """The changes were not written (decisions.yaml is as it was); `diagnostics` say where and why."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


@dataclass(frozen=True)
class Rewrite:
    """decisions.yaml's new text, and how many existing items really changed."""

    text: str
    updated: int
    unquoted: tuple[int, ...] = ()  # the lines whose pasted "'" was taken off


_UNREAD = object()


def write_decisions(path: Path, changes: Changes, label: str | None = None,
                    read: bytes | None | object = _UNREAD) -> Rewrite:
    """Apply `changes` to `path` atomically; return the text written and how many existing items really changed.

    An update that leaves an item as it was (the sheet repeats what the file says) writes nothing.
    Raises NotWritten, with nothing written, when an item to update cannot be rewritten (see above),
    or when the YAML library that rewrites the file refuses to read it (`label`: the path to name).
    `read`: the bytes the import read `changes` from (None: no file; default: the file now); the
    changes go into that text, and a file holding other bytes when it is replaced raises
    recbook.unchanged.ChangedMeanwhile, nothing written (what was saved meanwhile is kept).
    """
    from .unchanged import contents
    from .write import atomic_write

    current = contents(path) if read is _UNREAD else read
    # bytes, not read_text(): universal newlines would turn CRLF into LF on the way back
    text = current.decode("utf-8") if current is not None else None
    try:
        result = rewrite(text, changes)
    except YAMLError as exc:  # a control character `recbook check` only warns of (it reads it as "�")
        raise NotWritten([_unreadable(label or str(path), text or "", exc)]) from None
    data = result.text.encode("utf-8")
    if data != current:
        atomic_write(path, data, read=current)
    return result


def _unreadable(path: str, text: str, exc: YAMLError) -> Diagnostic:
    """Return the error for a file the round-trip reader refuses, at the character it stopped on."""
    mark = getattr(exc, "problem_mark", None)
    if mark is not None:
        line, col = mark.line + 1, mark.column + 1
    else:  # a ReaderError gives an offset into the text it was given (the file without a BOM)
        at = getattr(exc, "position", 0) + (1 if text.startswith(BOM) else 0)
        line, col = text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1
    char = getattr(exc, "character", None)
    what = f"U+{char:04X} (a control character)" if isinstance(char, int) else "something the YAML writer cannot read"
    return error(Location(path, line, col), f"the import cannot rewrite this file while it holds {what}: "
                 "remove it, then import again; nothing was written", "review.unreadable")


def updated_text(current: str | None, changes: Changes) -> str:
    """Return decisions.yaml's new text (`current` None when the file does not exist yet)."""
    return rewrite(current, changes).text


def rewrite(current: str | None, changes: Changes) -> Rewrite:
    """Return the new text: `current` with updated items spliced in place and new ones appended."""
    if current is None or not current.lstrip(BOM).strip():
        return Rewrite(HEADER + _dump(CommentedSeq(_item(w) for w in changes.added)), 0)
    from .load.decisions_text import unquoted

    bom = BOM if current.startswith(BOM) else ""
    body, quoted = unquoted(current[len(bom):])  # one character off a line: lines stay where they were read
    places = _places(body, changes.updated)  # raises NotWritten for an item that shares a value
    newline = "\r\n" if "\r\n" in body and body.index("\n") == body.index("\r\n") + 1 else "\n"
    spliced = _splice(body, changes, newline)
    if spliced is None:
        spliced = _round_trip(body.replace("\r\n", "\n"), changes, places)
        spliced = Rewrite(spliced.text.replace("\n", newline), spliced.updated)
    return Rewrite(bom + spliced.text, spliced.updated, tuple(quoted))


def _splice(body: str, changes: Changes, newline: str) -> Rewrite | None:
    """Return `body` changed in place, or None when its layout does not allow it."""
    root = YAML(typ="safe", pure=True).compose(body)  # the nodes' places, as the reader found them
    after = _AFTER_LIST.fullmatch(body, root.end_mark.index if root is not None else 0)
    if root is not None and (root.id != "sequence" or root.flow_style) or after is None:
        return None  # a flow list, or text after the list (a second document): round-trip it all
    edits = _item_edits(body, root.value if root is not None else [], changes, newline)
    if edits is None:
        return None
    updated = len(edits)
    if changes.added:
        column = root.start_mark.column if root is not None else 0  # a new item lines up with the others
        added = _indented(_dump(CommentedSeq(_item(w) for w in changes.added)), column).replace("\n", newline)
        at = after.start("end") if after.group("end") else len(body)  # before a `...` end marker
        edits.append((at, at, ("" if at == 0 or body[at - 1] == "\n" else newline) + added))
    for start, end, new in sorted(edits, reverse=True):  # from the end: earlier places stay valid
        body = body[:start] + new + body[end:]
    return Rewrite(body, updated)


def _item_edits(body: str, nodes: list, changes: Changes, newline: str) -> list[tuple[int, int, str]] | None:
    """Return (start, end, new text) for each updated item that really changes; None if one cannot be placed."""
    items = {node.start_mark.line + 1: node for node in nodes}
    edits = []
    for decision, wanted in changes.updated:
        node = items.get(decision.location.line) if decision.location else None
        place = None if node is None else _item_text(body, node)
        if place is None:
            return None
        start, end, indent = place
        new = _updated_item(body[start:end], indent, wanted.fields)
        if new is not None:
            edits.append((start, end, new.replace("\n", newline)))
    return edits


def _item_text(body: str, node: Any) -> tuple[int, int, int] | None:
    """Return where an item's text starts (its line) and ends, and its column; None if unusual.

    A one-line `{…}` item ends at its `}`: the comment after it stays outside, untouched. A block
    item ends with its last line, comment and line break included, which ruamel keeps with it.
    """
    start = body.rfind("\n", 0, node.start_mark.index) + 1
    lead = _ITEM_START.fullmatch(body, start, node.start_mark.index)
    if node.id != "mapping" or lead is None:
        return None
    if node.flow_style:
        return start, node.end_mark.index, body.index("-", start) - start
    end = node.value[-1][1].end_mark.index if node.value else node.end_mark.index
    end = len(body[:end].rstrip(" \t\r\n"))  # a block scalar's end is past its trailing blank lines
    line_end = body.find("\n", end)
    return start, len(body) if line_end < 0 else line_end + 1, body.index("-", start) - start


def _updated_item(text: str, indent: int, fields: tuple[tuple[str, str], ...]) -> str | None:
    """Return the item's text with `fields` set, or None when it already says all of them."""
    yaml = _yaml()
    item = yaml.load(_dedented(text.replace("\r\n", "\n"), indent))[0]
    if all(item.get(key) == value for key, value in fields):
        return None  # e.g. the sheet repeats a title the file holds: nothing to write, nothing to count
    for key, value in fields:
        item[key] = _scalar(value)
    new = _indented(_dump(CommentedSeq([item]), yaml).rstrip("\n") + "\n", indent)
    return new if text.endswith("\n") else new.rstrip("\n")


def _round_trip(body: str, changes: Changes, places: list[int]) -> Rewrite:
    """Return the whole document dumped again with the changes (for layouts text cannot be spliced in).

    `places` are the list positions of the updated items (_places), in the order of `changes.updated`.
    """
    yaml = _yaml()
    items = yaml.load(body)
    items = items if isinstance(items, CommentedSeq) else CommentedSeq()
    updated = 0
    for (decision, wanted), place in zip(changes.updated, places):
        item = items[place]
        if any(item.get(key) != value for key, value in wanted.fields):
            updated += 1
            for key, value in wanted.fields:
                item[key] = _scalar(value)
    items.extend(_item(w) for w in changes.added)
    return Rewrite(_dump(items, yaml), updated)


@dataclass
class _Top:
    """One item of the top-level list: where its text starts and ends, and the anchors and aliases in it."""

    start: tuple[int, int]  # (line, column), 0-based, as the parser counts them
    end: tuple[int, int]
    shared: list[tuple[str, str, Any]]  # ("&" or "*", name, the parser's mark), in order


def _places(body: str, updated: list[tuple[Decision, Wanted]]) -> list[int]:
    """Return the list position of each item to update; raise NotWritten if one cannot be rewritten.

    Refused: an item that is an alias (`- *e`: it is the anchored item too), and an item holding an
    anchor or an alias (the splice rewrites the item alone: an anchor would be dropped and leave its
    aliases undefined, an alias would not even read). Also one no longer where it was read.
    """
    if not updated:
        return []
    tops, anchors, aliases = _top_items(body)
    places, problems = [], []
    for decision, wanted in updated:
        where = decision.location
        path = where.path if where else "decisions.yaml"
        # the decision was read where its item starts (at its anchor, if it has one): the parser's lines
        at = (where.line - 1, where.col - 1) if where and where.line and where.col else (-1, -1)
        found = [i for i, top in enumerate(tops) if top.start <= at < max(top.end, (top.start[0], top.start[1] + 1))]
        if not found:
            problems.append(error(where or Location(path), f"{wanted.where} changes {decision.line()}, whose item "
                                  "is no longer here (was the file edited during the import?); import again; "
                                  "nothing was written", "review.changed"))
            continue
        places.append(found[0])
        for kind, name, mark in tops[found[0]].shared:
            place = Location(path, mark.line + 1, mark.column + 1)
            problems.append(error(place, _shared_message(kind, name, mark, tops[found[0]], wanted, anchors, aliases),
                                  "review.alias"))
    if problems:
        raise NotWritten(problems)
    return places


def _shared_message(kind: str, name: str, mark: Any, top: _Top, wanted: Wanted,
                    anchors: list[tuple[str, Any]], aliases: list[tuple[str, Any]]) -> str:
    """Say why the item holding this anchor or alias is not rewritten, and what to write instead."""
    change = f"{wanted.where} changes a decision that"
    then = "then import again; nothing was written"
    if kind == "*":
        anchor = _anchor_of(name, mark, anchors)
        line = f"line {anchor.line + 1}" if anchor is not None else "an earlier line"
        if (mark.line, mark.column) == top.start:
            return (f"{change} is written as the alias *{name} of the item at {line}: rewriting it would "
                    f"change that item too; write the decision out in full instead of *{name}, {then}")
        return (f"{change} holds the alias *{name} (anchored at {line}), which the import cannot keep: "
                f"write the value out instead of *{name}, {then}")
    users = [m for n, m in aliases if n == name and _anchor_of(name, m, anchors) is mark]
    if not users:
        return (f"{change} holds the anchor &{name}, which the import would drop: remove &{name} "
                f"(no alias uses it), {then}")
    lines = ("lines " if len(users) > 1 else "line ") + ", ".join(str(m.line + 1) for m in users)
    return (f"{change} holds the anchor &{name}, which the alias *{name} repeats ({lines}); the import "
            f"cannot keep both: write the value out instead of *{name} and remove &{name}, {then}")


def _anchor_of(name: str, alias: Any, anchors: list[tuple[str, Any]]) -> Any:
    """Return the mark of the anchor an alias refers to: the last one of its name before it."""
    before = [m for n, m in anchors if n == name and m.index < alias.index]
    return before[-1] if before else None


def _top_items(body: str) -> tuple[list[_Top], list[tuple[str, Any]], list[tuple[str, Any]]]:
    """Return the top-level list's items, and every anchor and alias of the document (name, mark)."""
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent, ScalarEvent

    tops: list[_Top] = []
    anchors: list[tuple[str, Any]] = []
    aliases: list[tuple[str, Any]] = []
    depth = 0
    for event in YAML(typ="safe", pure=True).parse(body):
        if not isinstance(event, (NodeEvent, CollectionEndEvent)):
            continue  # the stream and document events
        if depth == 1 and isinstance(event, NodeEvent):  # an item of the top-level list begins
            tops.append(_Top(_place(event.start_mark), _place(event.end_mark), []))
        if isinstance(event, NodeEvent) and event.anchor is not None:
            kind = "*" if isinstance(event, AliasEvent) else "&"
            (aliases if kind == "*" else anchors).append((event.anchor, event.start_mark))
            if depth >= 1 and tops:
                tops[-1].shared.append((kind, event.anchor, event.start_mark))
        if isinstance(event, CollectionStartEvent):
            depth += 1
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
        if depth == 1 and tops and isinstance(event, (ScalarEvent, AliasEvent, CollectionEndEvent)):
            tops[-1].end = _place(event.end_mark)  # the item ends here
    return tops, anchors, aliases


def _place(mark: Any) -> tuple[int, int]:
    return mark.line, mark.column


def _dedented(text: str, indent: int) -> str:
    """Return the lines of `text` with up to `indent` leading spaces removed (a top-level item)."""
    return "".join(line[min(indent, len(line) - len(line.lstrip(" "))):] for line in text.splitlines(True))


def _indented(text: str, indent: int) -> str:
    """Return `text` with `indent` spaces before each non-empty line."""
    return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(True))


def _dump(data: Any, yaml: YAML | None = None) -> str:
    out = io.StringIO()
    (yaml or _yaml()).dump(data, out)
    return out.getvalue()


def _yaml() -> YAML:
    yaml = YAML()  # round trip: an updated item keeps its comments, key order and quoting
    yaml.preserve_quotes = True
    yaml.width = 4096  # a long wording stays on one line instead of being folded mid-sentence
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def _item(w: Wanted) -> CommentedMap:
    item = CommentedMap()
    item[w.action] = w.ids[0]
    if w.action in ("merge", "apart"):
        item[w.action] = CommentedSeq(w.ids)
        item[w.action].fa.set_flow_style()
    for key, value in w.fields:
        item[key] = _scalar(value)
    if w.action in FLOW and not any("\n" in v for _, v in w.fields):
        item.fa.set_flow_style()
    return item


def _scalar(value: str) -> str:
    """Return a text with line breaks as a literal block (|), which reads as it prints."""
    return LiteralScalarString(value) if "\n" in value else value
