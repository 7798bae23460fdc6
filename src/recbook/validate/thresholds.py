"""Validate the optional `thresholds:` mapping of conference.yaml (the merge's knobs)."""

from __future__ import annotations

from ..diagnostics import Report, error
from ..load.nodes import Map, Node, Scalar, kind
from .values import unknown_keys

# key → (kind, lowest, highest); MergeSettings field of the same meaning in THRESHOLD_FIELDS
THRESHOLD_KEYS: dict[str, tuple[type, float, float]] = {
    "auto_merge": (float, 0.0, 1.0),
    "suggest": (float, 0.0, 1.0),
    "candidates_per_proposal": (int, 1, 10_000),
    "suggestions_per_proposal": (int, 1, 1_000),
}
THRESHOLD_FIELDS = {"auto_merge": "auto_threshold", "suggest": "suggest_threshold",
                    "candidates_per_proposal": "candidate_cap", "suggestions_per_proposal": "suggest_per_proposal"}


def validate_thresholds(node: Node | None, report: Report) -> tuple[tuple[str, float], ...] | None:
    """Return the (MergeSettings field, value) pairs written, or None if any is wrong (reported)."""
    if node is None or (isinstance(node, Scalar) and node.value is None):
        return ()
    if not isinstance(node, Map):
        report.add(error(node.location, f"thresholds must be a mapping such as {{auto_merge: 0.8, suggest: 0.4}}, "
                         f"not {kind(node)}", "conference.bad-thresholds"))
        return None
    unknown_keys(node, tuple(THRESHOLD_KEYS), "conference.unknown-key", report)
    found, ok = [], True
    for key, (typ, low, high) in THRESHOLD_KEYS.items():
        value = _number(node.get(key), key, typ, low, high, report)
        ok = ok and value is not False
        if value not in (None, False):
            found.append((THRESHOLD_FIELDS[key], value))
    values = dict(found)
    if ok and values.get("suggest_threshold", 0.40) > values.get("auto_threshold", 0.80):
        report.add(error(node.location, "thresholds.suggest must not be above thresholds.auto_merge "
                         "(defaults: suggest 0.40, auto_merge 0.80)", "conference.bad-thresholds"))
        ok = False
    return tuple(found) if ok else None


def _number(node: Node | None, key: str, typ: type, low: float, high: float, report: Report):
    """Return the value of one key, None if absent, False if wrong (reported)."""
    if node is None:
        return None
    text = node.value if isinstance(node, Scalar) else None
    try:
        value = typ(text)
        if not low < value <= high if typ is float else not low <= value <= high:
            raise ValueError
        return value
    except (TypeError, ValueError):
        span = f"a number above {low} and at most {high}" if typ is float else f"a whole number from {low} to {high}"
        report.add(error(node.location, f"thresholds.{key} must be {span}, but received: {text!r}",
                         "conference.bad-thresholds"))
        return False
