"""Validate the optional `thresholds:` mapping of conference.yaml (the merge's knobs)."""

from __future__ import annotations

from ..diagnostics import Report, error
from ..load.nodes import Map, Node, Scalar, kind
from .values import unknown_keys

# key → (kind, lowest, highest); MergeSettings field of the same meaning in THRESHOLD_FIELDS.
# A share (auto_merge, suggest) must be above its lowest; a count or the evidence floor may equal it.
THRESHOLD_KEYS: dict[str, tuple[type, float, float]] = {
    "auto_merge": (float, 0.0, 1.0),
    "suggest": (float, 0.0, 1.0),
    "candidates_per_proposal": (int, 1, 10_000),
    "suggestions_per_proposal": (int, 1, 1_000),
    "cross_language_evidence": (float, 0.0, 10.0),
    "cross_language_lead": (float, 1.0, 10.0),
}
THRESHOLD_FIELDS = {"auto_merge": "auto_threshold", "suggest": "suggest_threshold",
                    "candidates_per_proposal": "candidate_cap", "suggestions_per_proposal": "suggest_per_proposal",
                    "cross_language_evidence": "min_evidence", "cross_language_lead": "cross_language_lead"}
# evidence 0: no floor beyond two shared tokens; lead 1: each other's best match, however close the runner-up
_LOW_INCLUDED = {"cross_language_evidence", "cross_language_lead"}


def validate_thresholds(node: Node | None, report: Report) -> tuple[tuple[str, float], ...] | None:
    """Return the (MergeSettings field, value) pairs written, or None if any is wrong (reported)."""
    if node is None or (isinstance(node, Scalar) and node.value is None):
        return ()
    if not isinstance(node, Map):
        report.add(error(node.location, f"thresholds must be a mapping such as {{auto_merge: 0.8, suggest: 0.4}}, "
                         f"not {kind(node)}", "conference.bad-thresholds"))
        return None
    unknown_keys(node, tuple(THRESHOLD_KEYS), "conference.unknown-key", report)
    found, wrong = [], set()
    for key, (typ, low, high) in THRESHOLD_KEYS.items():
        value = _number(node.get(key), key, typ, (low, high, key in _LOW_INCLUDED or typ is int), report)
        if value is False:
            wrong.add(key)
        elif value is not None:  # 0.0 == False: hence the identity test above
            found.append((THRESHOLD_FIELDS[key], value))
    if not wrong & {"suggest", "auto_merge"} and not _ordered(node, dict(found), report):
        wrong.add("suggest")
    ok = not wrong
    return tuple(found) if ok else None


def _ordered(node: Map, values: dict[str, float], report: Report) -> bool:
    """Return False (reported at the key written) if suggest is above auto_merge, defaults counted."""
    if values.get("suggest_threshold", 0.40) <= values.get("auto_threshold", 0.80):
        return True
    where = node.get("suggest") or node.get("auto_merge") or node
    report.add(error(where.location, "thresholds.suggest must not be above thresholds.auto_merge "
                     f"(here {values.get('suggest_threshold', 0.40)} > {values.get('auto_threshold', 0.80)}; "
                     "defaults: suggest 0.40, auto_merge 0.80)", "conference.bad-thresholds"))
    return False


def _number(node: Node | None, key: str, typ: type, span: tuple[float, float, bool], report: Report):
    """Return the value of one key, None if absent, False if wrong (reported).

    `span` is (lowest, highest, whether the lowest itself is allowed).
    """
    if node is None:
        return None
    low, high, low_ok = span
    text = node.value if isinstance(node, Scalar) else None
    try:
        value = typ(text)
        if not (low <= value if low_ok else low < value) or not value <= high:
            raise ValueError  # NaN fails both comparisons
        return value
    except (TypeError, ValueError):
        wanted = (f"a whole number from {low} to {high}" if typ is int else
                  f"a number from {low} to {high}" if low_ok else f"a number above {low} and at most {high}")
        report.add(error(node.location, f"thresholds.{key} must be {wanted}, but received: {text!r}",
                         "conference.bad-thresholds"))
        return False
