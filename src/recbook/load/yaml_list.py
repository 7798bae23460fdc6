"""Read decisions.yaml with the project's YAML reader: a list, a location per item."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..diagnostics import Location, Report, error
from .decisions_text import mend
from .nodes import Node, Scalar, Seq, to_plain
from .yaml_reader import read_yaml


@dataclass(frozen=True)
class YamlItem:
    """One top-level list item: its plain value (scalars as strings), where it starts, its located node.

    The node (None for an item made in code) places a bad value at its own line:col, not the item's.
    """

    value: Any
    location: Location | None
    node: Node | None = None


def read_yaml_list(path: Path, report: Report, display: str | None = None) -> list[YamlItem] | None:
    """Return the items of a top-level YAML list; None, after reporting why, when the file holds no list.

    A line pasted from review.csv with its formula guard, or under an earlier init's "[]",
    is read as meant, with a warning (decisions_text.py).
    """
    root = read_yaml(path, report, display, mend)
    if root is None:
        return None
    if isinstance(root, Scalar) and root.value is None:
        return []  # an empty file (or comments only): no decisions
    if not isinstance(root, Seq):
        report.add(error(root.location, "decisions.yaml must be a list of decisions, "
                         "e.g. - {merge: [G1-01, G3-02]}", "decisions.syntax"))
        return None
    return [YamlItem(to_plain(item), item.location, item) for item in root.items]
