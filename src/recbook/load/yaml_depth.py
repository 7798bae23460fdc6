"""Find where a YAML text nests too deep, so that the error says where (qa s21 11).

The YAML parsers recurse once (or more) per level of lists and mappings inside one another, so a
text nested some hundreds of levels deep ends in Python's "maximum recursion depth exceeded", which
names no place. recbook's files nest a few levels; such a text is a slip (brackets never closed, or
indentation growing on every line) or an attack. yaml_reader asks this module, only after a parser
gave up, for the first place where nesting passes `MAX_DEPTH`.

The walk is YAML's structure, roughly: block levels by indentation (a line indented past the lines
it is inside opens one; `- ` entries on one line open one each) and flow levels by `[`/`{` outside
quotes and comments. It only has to find the place in a text the parser already refused.
"""

from __future__ import annotations

import re

MAX_DEPTH = 100  # levels of lists and mappings inside one another; recbook's files use under ten

_ENTRIES = re.compile(r"(?:-[ \t]+)+")  # "- - - x": each dash opens a level


def too_deep(text: str, limit: int = MAX_DEPTH) -> tuple[int, int] | None:
    """Return the 1-based (line, column) where nesting first passes `limit`, or None."""
    indents: list[int] = []  # the indentation of each open block level
    flow = 0
    for number, line in enumerate(text.split("\n"), start=1):
        body = line.lstrip(" ")
        if not body.strip() or (flow == 0 and body.startswith("#")):
            continue
        start = len(line) - len(body)
        if flow == 0:
            while indents and indents[-1] >= start:
                indents.pop()
            indents.append(start)
            if len(indents) > limit:
                return number, start + 1
            dashes = _ENTRIES.match(body)
            if dashes:
                opened = dashes.group().count("-")
                if len(indents) + opened > limit:
                    return number, start + 1 + _nth_dash(dashes.group(), limit - len(indents) + 1)
                indents += [start + 1 + i for i in range(opened)]  # an entry's content sits past its dash
        found, flow = _flow(line, start, flow, limit - len(indents))
        if found is not None:
            return number, found + 1
    return None


def _nth_dash(entries: str, n: int) -> int:
    """Return the 0-based offset of the n-th dash (1-based n) in a run of "- " entries."""
    return [i for i, ch in enumerate(entries) if ch == "-"][n - 1]


def _flow(line: str, start: int, depth: int, room: int) -> tuple[int | None, int]:
    """Walk one line's flow brackets: return (0-based column where depth passes `room`, or None; depth after)."""
    quote = ""
    for col in range(start, len(line)):
        ch = line[col]
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"" and (col == start or line[col - 1] in " \t[{,:"):
            quote = ch
        elif ch == "#" and (col == start or line[col - 1] in " \t"):
            break
        elif ch in "[{":
            depth += 1
            if depth > room:
                return col, depth
        elif ch in "]}" and depth:
            depth -= 1
    return None, depth
