"""Read typed values out of located nodes, reporting each bad value once at its place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..diagnostics import Location, Report, error, warning
from ..load.fields import expected, shown
from ..load.nodes import Map, Node, Scalar, Seq, kind
from ..text_checks import check_words, clean

_LIST_SEPARATORS = re.compile(r"[;,]")


@dataclass
class Values:
    """Typed getters for one record or file; `code_page` words the lost-letter error.

    `language` is the language the texts are written in, where known (a proposal's `language`,
    the conference's `source_language`): Kazakh text gets the check for letters lost at word ends.
    """

    report: Report
    code_page: str | None = None
    language: str | None = None

    def text(self, node: Node | None, field: str, words: bool = True,
             language: str | None = None) -> str | None:
        """Return the trimmed, NFC text of a scalar (None if empty), checking its words.

        `language` says what this one text is written in, where it differs from `self.language`.
        """
        scalar = self.scalar(node, field)
        if scalar is None or scalar.value is None or not scalar.value.strip():
            return None
        value, problems = clean(scalar.value.strip(), scalar.location, field)
        self.report.extend(problems)
        if words:
            self.report.extend(check_words(value, scalar.location, field, self.code_page,
                                           language or self.language))
        return value

    def code(self, node: Node | None, field: str) -> str | None:
        """Return an identifier-like value (no word checks)."""
        return self.text(node, field, words=False)

    def scalar(self, node: Node | None, field: str) -> Scalar | None:
        """Return the node if it is a scalar; report a list or mapping where a text belongs."""
        if node is None or isinstance(node, Scalar):
            return node
        self.report.add(error(node.location, f'"{field}" must be a text, not {kind(node)}',
                              "value.not-text"))
        return None

    def items(self, node: Node | None, field: str) -> list[tuple[str, Location]]:
        """Return the values of a list: a YAML list, or one text separated by `;` or `,`."""
        if node is None:
            return []
        if isinstance(node, Seq):
            values = [(self.code(item, field), item.location) for item in node.items]
            return [(v, where) for v, where in values if v]
        value = self.code(node, field)
        if value is None:
            return []
        parts = (part.strip() for part in _LIST_SEPARATORS.split(value))
        return [(part, node.location) for part in parts if part]


def unknown_keys(node: Map, allowed: tuple[str, ...], code: str, report: Report) -> None:
    """Warn about each key that is not read, naming the keys that are."""
    for key in node.keys():
        if key.value not in allowed:
            report.add(warning(key.location, f"key {shown(key.value)} is not read. "
                               + expected(allowed, key.value or ""), code))
