"""The secretariat's decisions (inputs/decisions.yaml), read into frozen data.

The file is a YAML list; each item holds exactly one action::

    - {merge: [G1-01, G3-02]}          # force these into one recommendation
    - {apart: [G2-02, G5-01]}          # never put these two together
    - {canonical: G3-02}               # this proposal's wording represents its cluster
    - edit: G1-01                      # edited wording for the cluster holding G1-01
      title: …
      text: …

Any item may carry a `note`. See docs/decisions.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Collection

from ..diagnostics import Location, Report, error, warning
from ..load.yaml_list import YamlItem, read_yaml_list

ACTIONS = ("merge", "apart", "canonical", "edit")
_ALLOWED = {"merge": {"note"}, "apart": {"note"}, "canonical": {"note"},
            "edit": {"note", "title", "text"}}


@dataclass(frozen=True)
class Decision:
    """One item of decisions.yaml: an action, the proposal ids it names, and its place."""

    action: str  # one of ACTIONS
    ids: tuple[str, ...]
    location: Location | None = None
    title: str | None = None  # edit only
    text: str | None = None  # edit only
    note: str | None = None

    def line(self) -> str:
        """Return the decision as the one-line YAML item review.html shows."""
        return decision_line(self.action, self.ids)


@dataclass(frozen=True)
class Decisions:
    """All decisions, in file order."""

    items: tuple[Decision, ...] = ()

    def of(self, action: str) -> tuple[Decision, ...]:
        """Return the decisions of one kind, in file order."""
        return tuple(d for d in self.items if d.action == action)


NO_DECISIONS = Decisions()


def decision_line(action: str, ids: tuple[str, ...]) -> str:
    """Return a pasteable flow-style YAML list item such as ``- {merge: [A, B]}``."""
    value = ids[0] if action in ("canonical", "edit") else "[" + ", ".join(ids) + "]"
    return f"- {{{action}: {value}}}"


def read_decisions(
    path: Path, proposal_ids: Collection[str], report: Report, display: str | None = None
) -> Decisions:
    """Return the decisions in `path` (none if it does not exist), reporting bad or stale ones.

    `display` is the path printed in diagnostics (the project-relative one, like every input's).
    """
    if not path.exists():
        return NO_DECISIONS
    items = read_yaml_list(path, report, display)
    parsed = [d for d in (parse_item(item, report) for item in items) if d is not None]
    return applicable(Decisions(tuple(parsed)), proposal_ids, report)


def applicable(decisions: Decisions, proposal_ids: Collection[str], report: Report) -> Decisions:
    """Return the decisions that still match the proposals, reporting every stale one."""
    known = set(proposal_ids)
    kept = (_still_applies(d, known, report) for d in decisions.items)
    return Decisions(tuple(d for d in kept if d is not None))


def parse_item(item: YamlItem, report: Report) -> Decision | None:
    """Return one decision, or None after reporting why it is malformed."""
    value, where = item.value, item.location
    if not isinstance(value, dict):
        report.add(error(where, "a decision must be a mapping such as {merge: [A, B]}", "decisions.syntax"))
        return None
    actions = [k for k in value if k in ACTIONS]
    if len(actions) != 1:
        found = ", ".join(map(str, value)) or "nothing"
        report.add(error(where, f"a decision needs exactly one of: {', '.join(ACTIONS)}; found {found}", "decisions.syntax"))
        return None
    action = actions[0]
    extra = sorted(str(k) for k in value if k != action and k not in _ALLOWED[action])
    if extra:
        report.add(error(where, f"unknown key(s) for {action}: {', '.join(extra)}", "decisions.syntax"))
        return None
    ids = _ids(action, value[action], where, report)
    if ids is None:
        return None
    return _build(action, ids, value, where, report)


def _ids(action: str, raw: Any, where: Location | None, report: Report) -> tuple[str, ...] | None:
    """Return the ids an action names, checked for its arity."""
    if action in ("canonical", "edit"):
        if isinstance(raw, str) and raw.strip():
            return (raw.strip(),)
        report.add(error(where, f"{action} takes one proposal id, e.g. {{{action}: G1-01}}", "decisions.syntax"))
        return None
    ids = tuple(str(x).strip() for x in raw) if isinstance(raw, list) else ()
    if action == "apart" and len(ids) != 2 or action == "merge" and len(ids) < 2 or len(set(ids)) != len(ids):
        want = "exactly two" if action == "apart" else "two or more"
        report.add(error(where, f"{action} takes a list of {want} different proposal ids", "decisions.syntax"))
        return None
    return ids


def _build(action: str, ids: tuple[str, ...], value: dict, where: Location | None,
           report: Report) -> Decision | None:
    title, text, note = (_text(value.get(k)) for k in ("title", "text", "note"))
    if action == "edit" and not (title or text):
        report.add(error(where, "edit needs a title, a text, or both", "decisions.syntax"))
        return None
    return Decision(action, ids, where, title, text, note)


def _text(raw: Any) -> str | None:
    return None if raw is None else str(raw).strip() or None


def _still_applies(d: Decision, known: set[str], report: Report) -> Decision | None:
    """Report ids that match no proposal; keep a merge of the ids that remain, if two do."""
    missing = [i for i in d.ids if i not in known]
    if not missing:
        return d
    left = tuple(i for i in d.ids if i in known)
    keeps = d.action == "merge" and len(left) >= 2
    effect = f"merging only {', '.join(left)}" if keeps else "the decision is not applied"
    report.add(warning(d.location, f"{d.action} names unknown proposal(s) {', '.join(missing)}; "
                       f"{effect}", "decisions.stale"))
    return replace(d, ids=left) if keeps else None
