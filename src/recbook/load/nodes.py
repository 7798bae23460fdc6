"""Located values as the readers found them: scalars (always text), lists and mappings.

YAML, CSV and XLSX readers all produce these, so validation reads one shape
and every value keeps the place it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Union

from ..diagnostics import Location


@dataclass(frozen=True)
class Scalar:
    """A single value, kept as the text written (None for an empty or null value)."""

    value: str | None
    location: Location


@dataclass(frozen=True)
class Seq:
    """A list of nodes."""

    items: tuple["Node", ...]
    location: Location


@dataclass(frozen=True)
class Map:
    """A mapping from key scalars to nodes, in the order written (keys are unique)."""

    entries: tuple[tuple[Scalar, "Node"], ...]
    location: Location

    def get(self, key: str) -> "Node | None":
        """Return the node under `key`, or None."""
        return next((v for k, v in self.entries if k.value == key), None)

    def keys(self) -> Iterator[Scalar]:
        """Yield the key scalars in order."""
        return (k for k, _ in self.entries)


Node = Union[Scalar, Seq, Map]


def kind(node: Node) -> str:
    """Return a word for the node's shape, for messages ("a text", "a list", "a mapping")."""
    if isinstance(node, Map):
        return "a mapping"
    if isinstance(node, Seq):
        return "a list"
    return "an empty value" if node.value is None else "a text"


def to_plain(node: Node | None, done: dict[int, object] | None = None) -> object:
    """Return the node as plain Python (dict, list, str, None), e.g. for a JSON Schema check.

    What YAML aliases share is made once and shared (`done`), so an alias bomb stays as small as written.
    """
    if node is None:
        return None
    if isinstance(node, Scalar):
        return node.value
    done = {} if done is None else done
    held = node.items if isinstance(node, Seq) else node.entries  # an alias's node shares its anchor's
    if not held:  # every empty list and mapping holds the one empty tuple: nothing to share
        return [] if isinstance(node, Seq) else {}
    if id(held) not in done:
        done[id(held)] = ([to_plain(item, done) for item in node.items] if isinstance(node, Seq)
                          else {k.value: to_plain(v, done) for k, v in node.entries})
    return done[id(held)]


def from_plain(value: object, where: Location | None) -> Node:
    """Return plain Python (dict, list, other values as text) as nodes all placed at `where`."""
    if isinstance(value, dict):
        return Map(tuple((Scalar(str(k), where), from_plain(v, where)) for k, v in value.items()), where)
    if isinstance(value, list):
        return Seq(tuple(from_plain(v, where) for v in value), where)
    return Scalar(None if value is None else str(value), where)
