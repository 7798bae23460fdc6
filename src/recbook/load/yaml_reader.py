"""Read any YAML file into located nodes, keeping every scalar as the text written.

ruamel.yaml (or libyaml where it reads a text alike: yaml_libyaml.py) only
composes the node tree here; nothing is constructed, so
`NO`, `yes`, `on`, `0123`, `1.10` and `12:30` stay the strings the user typed
(PyYAML would turn them into False, True, True, 83, 1.1 and 750). Duplicate keys
are an error naming both lines; the first value is kept. Reusable for any input
file (conference.yaml, proposals, decisions.yaml): `read_yaml(path, report)`.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..characters import FORBIDDEN, REPLACEMENT, describe_char
from ..diagnostics import Diagnostic, Location, Report, error, warning
from ..file_memo import reuse_reading
from .decoding import decode_utf8, read_input
from .nodes import Map, Node, Scalar, Seq
from .yaml_depth import MAX_DEPTH, too_deep
from .yaml_libyaml import REFUSED, compose
from .yaml_messages import plain_syntax_error

if TYPE_CHECKING:
    from ruamel.yaml.error import MarkedYAMLError
    from ruamel.yaml.nodes import MappingNode, Node as YamlNode

_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"  # `<<`, YAML 1.1's merge key: both parsers resolve it so
# the tags YAML gives untagged values itself (and "!!str", "!!int" … written out): all read as typed
_CORE_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in
                       ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge", "value"))


# what one kind of file's text goes through before it is parsed: (text, path shown, report) → text
Mend = Callable[[str, str, Report], str]


def read_yaml(path: Path, report: Report, display: str | None = None, mend: Mend | None = None) -> Node | None:
    """Return the file's root node (an empty file gives an empty Scalar), or None if unreadable.

    `display` is the path printed in diagnostics (default: `path` as given). An unchanged
    file's nodes and diagnostics come from the user cache (recbook/file_memo.py). `mend`
    reads one kind of file's known slips as meant (decisions.yaml: load/decisions_text.py),
    reporting each; its results are kept apart from plain reads.
    """
    name = display or path.as_posix()
    kind = "yaml" if mend is None else f"yaml+{mend.__module__}.{mend.__qualname__}"
    return reuse_reading(kind, path, name, lambda scratch: _read_yaml(path, scratch, name, mend), report)


def _read_yaml(path: Path, report: Report, name: str, mend: Mend | None = None) -> Node | None:
    """Read, decode and parse one YAML file."""
    data = read_input(path, name, report)
    if data is None:
        return None
    text = decode_utf8(data, name, report)
    if text is not None and mend is not None:
        text = mend(text, name, report)
    return None if text is None else parse_yaml(text, name, report)


def parse_yaml(text: str, path: str, report: Report) -> Node | None:
    """Return the root node of YAML `text`, or None after reporting a syntax error."""
    text = _replace_forbidden(text, path, report)
    root = compose(text)  # libyaml where it reads the text as ruamel does (yaml_libyaml.py)
    if root is not REFUSED:
        found = Report()
        try:
            node = (Scalar(None, Location(path, 1, 1)) if root is None
                    else _Converter(path, found, lambda: _libyaml_aliases(text), False).convert(root))
        except (_Unplaced, RecursionError):
            pass  # an empty scalar's place, or nesting deeper than Python recurses: as ruamel reads it
        else:
            report.extend(found.items)
            return node
    return _parse_ruamel(text, path, report)


def _parse_ruamel(text: str, path: str, report: Report) -> Node | None:
    """Return the root node ruamel composes, or None after reporting a syntax error."""
    from ruamel.yaml import YAML  # imported only when a file is parsed by it, not reused
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # "safe", not "rt": the round-trip scanner plants \a fold markers in `>` scalars
            root = YAML(typ="safe", pure=True).compose(text)
    except MarkedYAMLError as exc:
        report.add(error(_mark_location(path, exc.problem_mark or exc.context_mark),
                         _syntax_message(exc, text), "yaml.syntax"))
        return None
    except RecursionError:
        report.add(_too_deep(text, path))
        return None
    except YAMLError as exc:
        report.add(error(Location(path), f"YAML cannot be read: {exc}", "yaml.syntax"))
        return None
    # ruamel asserts on a %YAML version it does not know ("%YAML 1.20"), or fails to look its rules up
    # (KeyError) when the directive follows content ("k:\n%YAML 1.20")
    except (AssertionError, KeyError):
        report.add(error(_directive_location(text, path), "this YAML version is not supported; write "
                         "%YAML 1.2 or remove the line", "yaml.syntax"))
        return None
    if root is None:
        return Scalar(None, Location(path, 1, 1))
    try:
        return _Converter(path, report, lambda: _ruamel_aliases(text)).convert(root)
    except RecursionError:
        report.add(_too_deep(text, path))
        return None


def _too_deep(text: str, path: str) -> Diagnostic:
    """Return the error for a text nested deeper than the parsers recurse, at the place it gets too deep."""
    found = too_deep(text)
    where = Location(path, *found) if found else Location(path, 1, 1)
    return error(where, f"lists and mappings are nested {'here ' if found else ''}more than {MAX_DEPTH} levels deep "
                 "(recbook's files need a few), so the file cannot be read: look for a bracket [ or { never "
                 "closed, or indentation that grows on every line", "yaml.too-deep")


def _directive_location(text: str, path: str) -> Location:
    """Return where the first %YAML directive's version stands, or the file if there is none."""
    found = _VERSION_DIRECTIVE.search(text)
    if found is None:
        return Location(path)
    return Location(path, text.count("\n", 0, found.start()) + 1, found.start(1) - found.start() + 1)


_VERSION_DIRECTIVE = re.compile(r"^%YAML[ \t]+(\S*)", re.MULTILINE)


def _replace_forbidden(text: str, path: str, report: Report) -> str:
    """Report characters YAML refuses at their line:col, and stand U+FFFD in for them.

    YAML would stop at the first one; replacing lets the rest of the file be checked.
    """
    for match in FORBIDDEN.finditer(text):
        start = match.start()
        line = text.count("\n", 0, start) + 1
        col = start - text.rfind("\n", 0, start)
        report.add(warning(Location(path, line, col),
                           f'{describe_char(match.group())} is not allowed in text; remove it '
                           f'(it is read as "{REPLACEMENT}")', "text.control-char"))
    return FORBIDDEN.sub(REPLACEMENT, text)


def _syntax_message(exc: MarkedYAMLError, text: str) -> str:
    """Return a one-line description of a YAML syntax error, in plain words where it is a common slip."""
    context_line = exc.context_mark.line + 1 if exc.context and exc.context_mark is not None else None
    mark = exc.problem_mark
    line = mark.line + 1 if mark is not None else None
    # the line's text before the error: a tab there indents the line, or follows "key:" or "- "
    before = None if mark is None else text[:mark.index][-mark.column:] if mark.column else ""
    # the written line above the error's: an item closed by its } there cannot take this line's key
    above = None if mark is None else next(
        ((n, t) for n, t in reversed(list(enumerate(text[:mark.index].splitlines()[:mark.line], start=1)))
         if t.strip() and not t.lstrip().startswith("#")), None)
    current = text.splitlines()[mark.line] if mark is not None and mark.line < len(text.splitlines()) else ""
    plain = plain_syntax_error(exc.problem, exc.context, context_line, line, before, above, current)
    if plain:
        return f"YAML syntax error: {plain}"
    message = f"YAML syntax error: {exc.problem or exc.context}"
    if exc.context and exc.problem and exc.context_mark is not None:
        message += f" ({exc.context} on line {exc.context_mark.line + 1})"
    return message


def _mark_location(path: str, mark: object) -> Location:
    """Return the 1-based location of a ruamel mark (0-based line and column)."""
    if mark is None:
        return Location(path)
    return Location(path, mark.line + 1, mark.column + 1)


class _Unplaced(Exception):
    """An empty scalar whose own place libyaml gives (ruamel may put it elsewhere)."""


class _Converter:
    """Turn composed nodes (ruamel's or libyaml's) into located nodes, once per node (aliases share).

    A value given by an alias (`title: *t`) is placed at the alias, where it is used, with a note
    naming the anchor ("value of alias *t, anchored at line 3"); what it holds (a list's items, a
    mapping's keys and values) stays where it is written, shared by every use, so an alias bomb
    costs one node per alias written. The composed tree does not say where an alias stands: the
    first file's use of an alias asks `aliases` for the parser's alias events, which come in the
    order this walk meets the nodes again (document order; a skipped value is walked too).

    `empty_placed` is False for libyaml's nodes: an empty scalar's mark (`- ` or `---` with nothing
    after) can differ from ruamel's, so only a mapping's empty value, which takes its key's place, is
    converted; any other raises _Unplaced and ruamel reads the text.
    """

    def __init__(self, path: str, report: Report, aliases: Callable[[], Iterator[tuple[str, int, int]]],
                 empty_placed: bool = True) -> None:
        self.path = path
        self.report = report
        self.aliases = aliases
        self.alias_events: Iterator[tuple[str, int, int]] | None = None
        self.empty_placed = empty_placed
        self.done: dict[int, Node] = {}
        self.seen: set[int] = set()
        self.active: set[int] = set()

    def convert(self, node: YamlNode, placed: bool = True) -> Node:
        """Return the located node for a composed one (memoized: aliases cannot explode).

        `placed` is False for a mapping's value: an empty one is located at its key instead.
        """
        key = id(node)
        if not self.empty_placed and (placed or key in self.seen) and _is_empty(node):
            raise _Unplaced
        alias = self._alias(key)
        if key in self.done:
            return self.done[key] if alias is None else self._at_alias(self.done[key], alias)
        where = _mark_location(self.path, node.start_mark)
        if key in self.active:  # only an alias meets a node it is inside of
            empty = Scalar(None, where) if alias is None else self._at_alias(Scalar(None, where), alias)
            self.report.add(error(empty.location, "an alias refers to itself", "yaml.recursive-alias"))
            return empty
        self.active.add(key)
        result = self._convert(node, where)
        self.active.discard(key)
        self.done[key] = result
        return result if alias is None else self._at_alias(result, alias)

    def _alias(self, key: int) -> Location | None:
        """Return where the alias standing for this node is, or None at the node's first meeting (its anchor)."""
        if key not in self.seen:
            self.seen.add(key)
            return None
        if self.alias_events is None:
            self.alias_events = self.aliases()
        event = next(self.alias_events, None)
        if event is None:  # never, as the parser composed the tree: then the value stays at its anchor
            return None
        name, line, col = event
        return Location(self.path, line + 1, col + 1, note=f"*{name}")

    def _at_alias(self, value: Node, alias: Location) -> Node:
        """Return `value` placed at the alias that gives it, the note naming the anchor's line."""
        where = Location(alias.path, alias.line, alias.col,
                         note=f"value of alias {alias.note}, anchored at line {value.location.line}")
        if isinstance(value, Scalar):
            return Scalar(value.value, where)
        if isinstance(value, Seq):
            return Seq(value.items, where)
        return Map(value.entries, where)

    def _skip(self, node: YamlNode) -> None:
        """Walk a value that is not converted (a duplicate key's), so later aliases meet their events."""
        stack = [node]
        while stack:
            item = stack.pop()
            key = id(item)
            if key in self.seen:
                self._alias(key)
                continue
            self.seen.add(key)
            if item.id == "mapping":
                stack.extend(part for pair in reversed(item.value) for part in reversed(pair))
            elif item.id == "sequence":
                stack.extend(reversed(item.value))

    def _convert(self, node: YamlNode, where: Location) -> Node:
        # ruamel's and PyYAML's node classes differ, their `id` (and attributes) do not
        tag = str(node.tag or "")
        if tag and tag not in _CORE_TAGS:  # "!foo", "!!binary", "!!python/object": nothing constructs them
            self.report.add(warning(where, f"the tag {_short_tag(tag)} is not read: the value is read as written "
                                    "(remove the tag)", "yaml.tag"))
        if node.id == "mapping":
            return self._mapping(node, where)
        if node.id == "sequence":
            return Seq(tuple(self.convert(item) for item in node.value), where)
        assert node.id == "scalar"
        # a plain scalar has style None in ruamel, "" in PyYAML; "null" or '' quoted is text
        is_null = not node.style and str(node.tag) == _NULL_TAG
        return Scalar(None if is_null else node.value, where)

    def _mapping(self, node: MappingNode, where: Location) -> Map:
        entries: list[tuple[Scalar, Node]] = []
        seen: dict[str | None, Scalar] = {}
        merged: list[Map] = []
        for key_node, value_node in node.value:
            if str(key_node.tag or "") == _MERGE_TAG:
                merged += self._merged(self.convert(key_node), self.convert(value_node, placed=False))
                continue
            key = self.convert(key_node)
            if not isinstance(key, Scalar):
                self.report.add(error(key.location, "a key must be a plain text, not a list or "
                                      "mapping", "yaml.complex-key"))
                self._skip(value_node)
                continue
            if key.value in seen:
                self._duplicate(key, seen[key.value])
                self._skip(value_node)
                continue
            seen[key.value] = key
            value = self.convert(value_node, placed=False)
            if isinstance(value, Scalar) and value.value is None:
                value = Scalar(None, key.location)  # an empty value has no place of its own
            entries.append((key, value))
        for other in merged:  # YAML's merge key: a key written here wins, then the first mapping merged
            for key, value in other.entries:
                if key.value not in seen:
                    seen[key.value] = key
                    entries.append((key, value))
        return Map(tuple(entries), where)

    def _merged(self, key: Node, value: Node) -> list[Map]:
        """Return the mappings a merge key (`<<: *base`, `<<: [*a, *b]`) brings in; an error if it is not that."""
        found = [value] if isinstance(value, Map) else list(value.items) if isinstance(value, Seq) else []
        if found and all(isinstance(item, Map) for item in found):
            return found
        self.report.add(error(key.location, "a merge key (<<) takes a mapping or a list of them, such as *base or "
                              "[*base, *other] (an anchor &base set on a mapping); it is not read", "yaml.merge-key"))
        return [item for item in found if isinstance(item, Map)]

    def _duplicate(self, key: Scalar, first: Scalar) -> None:
        self.report.add(error(key.location, f'duplicate key "{key.value}": first on line '
                              f"{first.location.line}, again on line {key.location.line} "
                              "(the first is used)", "yaml.duplicate-key"))


def _libyaml_aliases(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield (name, 0-based line, column) of each alias in `text` as libyaml parses it, in order."""
    from yaml import AliasEvent, CSafeLoader, parse

    return ((event.anchor, event.start_mark.line, event.start_mark.column)
            for event in parse(text, Loader=CSafeLoader) if isinstance(event, AliasEvent))


def _ruamel_aliases(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield (name, 0-based line, column) of each alias in `text` as ruamel parses it, in order."""
    from ruamel.yaml import YAML
    from ruamel.yaml.events import AliasEvent

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        events = list(YAML(typ="safe", pure=True).parse(text))  # read whole, under the warnings filter
    return ((event.anchor, event.start_mark.line, event.start_mark.column)
            for event in events if isinstance(event, AliasEvent))


def _is_empty(node: YamlNode) -> bool:
    """Return whether a composed node is an empty plain scalar (nothing written)."""
    return node.id == "scalar" and not node.style and node.value == ""


def _short_tag(tag: str) -> str:
    """Return a tag as it was written: "!!binary" for tag:yaml.org,2002:binary, "!foo" as is."""
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag
