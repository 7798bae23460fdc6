"""Apply a review import's changes to inputs/decisions.yaml with ruamel's round trip.

Comments, order, quoting and every existing item are kept: updated items change
only the fields the sheet gave, new ones are appended at the end.
"""

from __future__ import annotations

import io
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from .merge.review_sheet import Changes, Wanted

FLOW = ("merge", "apart", "canonical", "reject", "withdraw", "defer")  # one line each, like review.html's
HEADER = "# yaml-language-server: $schema=../schemas/decisions.schema.json\n"


def updated_text(current: str | None, changes: Changes) -> str:
    """Return decisions.yaml's new text (`current` None when the file does not exist yet)."""
    yaml = _yaml()
    data = yaml.load(current) if current and current.strip() else None
    items = data if isinstance(data, CommentedSeq) else CommentedSeq()
    by_line = {items.lc.item(i)[0] + 1: i for i in range(len(items))} if len(items) else {}
    for decision, wanted in changes.updated:
        item = items[by_line[decision.location.line]]
        for key, value in wanted.fields:
            item[key] = _scalar(value)
    for wanted in changes.added:
        items.append(_item(wanted))
    out = io.StringIO()
    yaml.dump(items, out)
    text = out.getvalue()
    return text if current and current.strip() else HEADER + text


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments and layout stay
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


def write_decisions(path: Path, changes: Changes) -> None:
    """Rewrite `path` atomically with the changes applied."""
    from .write import atomic_write

    current = path.read_text("utf-8") if path.exists() else None
    atomic_write(path, updated_text(current, changes).encode("utf-8"))
