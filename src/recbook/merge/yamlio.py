"""Read a YAML list with a location per item (until the project's yaml_reader lands)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError

from ..diagnostics import Location, Report, error


@dataclass(frozen=True)
class YamlItem:
    """One top-level list item: its plain value (scalars as strings) and where it starts."""

    value: Any
    location: Location


def read_yaml_list(path: Path, report: Report) -> list[YamlItem]:
    """Return the items of a top-level YAML list, reporting syntax errors with locations."""
    where = Location(str(path))
    try:
        data = YAML(typ="rt").load(path.read_text(encoding="utf-8-sig"))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark
        at = where.at(mark.line + 1, mark.column + 1) if mark else where
        report.add(error(at, f"invalid YAML: {exc.problem}", "decisions.yaml"))
        return []
    except UnicodeDecodeError:
        report.add(error(where, "not UTF-8 text", "decisions.yaml"))
        return []
    if data is None:
        return []
    if not isinstance(data, list):
        report.add(error(where.at(1, 1), "decisions.yaml must be a list of decisions", "decisions.syntax"))
        return []
    return [YamlItem(_plain(v), _item_location(where, data, i)) for i, v in enumerate(data)]


def _item_location(where: Location, seq: Any, index: int) -> Location:
    line, col = seq.lc.item(index)
    return where.at(line + 1, col + 1)


def _plain(node: Any) -> Any:
    """Return the node as dicts, lists and strings (YAML 1.1/1.2 typing is not trusted)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return None if node is None else str(node)
