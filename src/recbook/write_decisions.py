"""Apply a review import's changes to inputs/decisions.yaml, keeping every byte it does not change.

New items are appended as text; an updated item alone goes through ruamel's round trip and
is spliced back in place. Dumping the whole file (as this did) lost the comment lines and
blank lines before an item (ruamel hangs them on the previous item and drops them on dump),
the BOM and CRLF line ends; comments, blank lines, the BOM, the line-end style and the
other items are now untouched. The whole file is still round-tripped when text cannot be
spliced safely: a flow list `[…]`, an item whose `-` stands alone on its line, a second document.
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

from .merge.review_sheet import Changes, Wanted

FLOW = ("merge", "apart", "canonical", "reject", "withdraw", "defer")  # one line each, like review.html's
HEADER = "# yaml-language-server: $schema=../schemas/decisions.schema.json\n"
BOM = "\ufeff"
_ITEM_START = re.compile(r"[ \t]*-[ \t]+")  # what precedes an item's mapping on its line: "- " and indentation
# blank and comment lines, then maybe the document end marker `...` and more of them: all a list may be
# followed by for new items to go at its end (each line is matched one way only: no backtracking blow-up)
_COMMENT_LINES = r"(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:#[^\n]*)?"
_AFTER_LIST = re.compile(rf"{_COMMENT_LINES}(?P<end>\.\.\.[ \t]*(?:#[^\n]*)?(?:\r?\n{_COMMENT_LINES})?)?")


@dataclass(frozen=True)
class Rewrite:
    """decisions.yaml's new text, and how many existing items really changed."""

    text: str
    updated: int


def write_decisions(path: Path, changes: Changes) -> int:
    """Apply `changes` to `path` atomically; return how many existing items really changed.

    An update that leaves an item as it was (the sheet repeats what the file says) writes nothing.
    """
    from .write import atomic_write

    current = path.read_bytes() if path.exists() else None
    # bytes, not read_text(): universal newlines would turn CRLF into LF on the way back
    result = rewrite(current.decode("utf-8") if current is not None else None, changes)
    data = result.text.encode("utf-8")
    if data != current:
        atomic_write(path, data)
    return result.updated


def updated_text(current: str | None, changes: Changes) -> str:
    """Return decisions.yaml's new text (`current` None when the file does not exist yet)."""
    return rewrite(current, changes).text


def rewrite(current: str | None, changes: Changes) -> Rewrite:
    """Return the new text: `current` with updated items spliced in place and new ones appended."""
    if current is None or not current.lstrip(BOM).strip():
        return Rewrite(HEADER + _dump(CommentedSeq(_item(w) for w in changes.added)), 0)
    bom = BOM if current.startswith(BOM) else ""
    body = current[len(bom):]
    newline = "\r\n" if "\r\n" in body and body.index("\n") == body.index("\r\n") + 1 else "\n"
    spliced = _splice(body, changes, newline)
    if spliced is None:
        spliced = _round_trip(body.replace("\r\n", "\n"), changes)
        spliced = Rewrite(spliced.text.replace("\n", newline), spliced.updated)
    return Rewrite(bom + spliced.text, spliced.updated)


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


def _round_trip(body: str, changes: Changes) -> Rewrite:
    """Return the whole document dumped again with the changes (for layouts text cannot be spliced in)."""
    yaml = _yaml()
    items = yaml.load(body)
    items = items if isinstance(items, CommentedSeq) else CommentedSeq()
    by_line = {items.lc.item(i)[0] + 1: i for i in range(len(items))}
    updated = 0
    for decision, wanted in changes.updated:
        item = items[by_line[decision.location.line]]
        if any(item.get(key) != value for key, value in wanted.fields):
            updated += 1
            for key, value in wanted.fields:
                item[key] = _scalar(value)
    items.extend(_item(w) for w in changes.added)
    return Rewrite(_dump(items, yaml), updated)


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
