"""Read inputs/decisions.yaml into recbook.merge's Decisions, reporting every malformed or stale item."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Collection

from ..diagnostics import Location, Report, error
from ..near_miss import near_miss
from ..merge.decisions import (ACTIONS, HASH_LENGTH, NO_DECISIONS, ONE_ID, SET_ASIDE, UNREAD, Decision,
                               Decisions, applicable)
from .nodes import Map, Node, Scalar, from_plain, kind
from ..text_checks import check_words, clean
from ..text_layout import layout_problems
from .yaml_list import YamlItem, read_yaml_list

_COMMON = {"note", "text_hash"}
_ALLOWED = {"merge": _COMMON, "apart": _COMMON, "canonical": _COMMON, "edit": _COMMON | {"title", "text"},
            **{action: _COMMON | {"reason"} for action in SET_ASIDE}}
_HEX = set("0123456789abcdef")
# what the secretariat writes in words: an edit's title and text are printed in the book, a reason
# in the review, so each is checked as a proposal's text is (validate/values.py's Values.text)
_WORDED = ("title", "text", "note", "reason")


def read_decisions(
    path: Path, proposal_ids: Collection[str], report: Report, display: str | None = None,
    with_errors: Collection[str] = (), keep_lost_edits: bool = False,
) -> Decisions:
    """Return the decisions in `path` (none if it does not exist), reporting bad or stale ones.

    A file that cannot be read as a list gives UNREAD (none, marked so) after its error.

    `display` is the path printed in diagnostics (the project-relative one, like every input's).
    `with_errors` are ids of proposals left out for an error already reported: not unknown.
    `keep_lost_edits`: an edit whose proposal is gone is returned, not reported (merge.decisions.applicable).
    """
    if not path.exists():
        return NO_DECISIONS
    items = read_yaml_list(path, report, display)
    if items is None:
        return UNREAD
    parsed = [d for d in (parse_item(item, report) for item in items) if d is not None]
    return applicable(Decisions(tuple(parsed)), proposal_ids, report, with_errors, keep_lost_edits)


def parse_item(item: YamlItem, report: Report) -> Decision | None:
    """Return one decision, or None after reporting why it is malformed."""
    value, where = item.value, item.location
    if not isinstance(value, dict):
        report.add(error(where, "a decision must be a mapping such as {merge: [A, B]}", "decisions.syntax"))
        return None
    actions = [k for k in value if k in ACTIONS]
    if len(actions) != 1:
        found = ", ".join(map(str, value)) or "nothing"
        hints = [] if actions else [h.text for h in (near_miss(str(k), ACTIONS) for k in value) if h]
        report.add(error(where, f"a decision needs exactly one of: {', '.join(ACTIONS)}; found {found}"
                         + "".join(f"; {h}" for h in hints), "decisions.syntax"))
        return None
    action = actions[0]
    extra = sorted(str(k) for k in value if k != action and k not in _ALLOWED[action])
    if extra:
        report.add(error(where, f"unknown {'key' if len(extra) == 1 else 'keys'} for {action}: {', '.join(extra)}", "decisions.syntax"))
        return None
    ids = _ids(action, value[action], where, report)
    if ids is None:
        return None
    return _build(action, ids, value, where, report, item.node)


def _ids(action: str, raw: Any, where: Location | None, report: Report) -> tuple[str, ...] | None:
    """Return the ids an action names, checked for its arity."""
    if action in ONE_ID:
        if isinstance(raw, str) and raw.strip():
            return (raw.strip(),)
        report.add(error(where, f"{action} takes one proposal id, e.g. {{{action}: G1-01}}", "decisions.syntax"))
        return None
    # a list or mapping in the list is no id (and str() of an alias bomb's lists would never end)
    ids = (tuple(str(x).strip() for x in raw) if isinstance(raw, list)
           and not any(isinstance(x, (list, dict)) for x in raw) else ())
    if action == "apart" and len(ids) != 2 or action == "merge" and len(ids) < 2 or len(set(ids)) != len(ids):
        want = "exactly two" if action == "apart" else "two or more"
        report.add(error(where, f"{action} takes a list of {want} different proposal ids", "decisions.syntax"))
        return None
    return ids


def _build(action: str, ids: tuple[str, ...], value: dict, where: Location | None,
           report: Report, node: Node | None) -> Decision | None:
    """Return the decision once its action's own fields are checked."""
    fields = node if isinstance(node, Map) else from_plain(value, where)
    worded = _worded(action, fields, report)
    if worded is None:
        return None
    title, text, note, reason = (worded[k] for k in _WORDED)
    digest = _text(value.get("text_hash"))
    problem = None
    if action == "edit" and not (title or text):
        problem = "edit needs a title, a text, or both"
    elif action in SET_ASIDE and not reason:
        problem = f"{action} needs a reason, e.g. {{{action}: {ids[0]}, reason: …}}"
    elif digest is not None and (len(digest) != HASH_LENGTH or not set(digest) <= _HEX):
        problem = f"text_hash must be {HASH_LENGTH} lowercase hexadecimal digits, but received: {digest!r}"
    if problem:
        report.add(error(where, problem, "decisions.syntax"))
        return None
    return Decision(action, ids, where, title, text, note, reason, digest)


def _worded(action: str, fields: Node, report: Report) -> dict[str, str | None] | None:
    """Return the title, text, note and reason as a proposal's texts are read; None after an error.

    A list or mapping is an error at its place (it used to be printed as "['a']"); so is an
    edit's empty title or text, which would silently keep the proposal's own.
    """
    found: dict[str, str | None] = {}
    ok = True
    for key in _WORDED:
        node = fields.get(key) if isinstance(fields, Map) else None
        if node is not None and not isinstance(node, Scalar):
            report.add(error(node.location, f'"{key}" must be a text, not {kind(node)}', "value.not-text"))
            ok = False
            continue
        found[key] = _checked(node, key, report)
        if node is not None and found[key] is None and action == "edit" and key in ("title", "text"):
            report.add(error(node.location, f'"{key}" is empty: an edit cannot print an empty {key}; to keep '
                             f"the {key} the book prints now, leave \"{key}\" out", "decisions.syntax"))
            ok = False
    return found if ok else None


def _checked(node: Scalar | None, key: str, report: Report) -> str | None:
    """Return a scalar's trimmed NFC text (None if empty), its characters and words checked.

    The same rules as a proposal's text (Values.text, which load/ cannot import): a control or bidi
    character is a warning and printed as U+FFFD, a mixed-script word a warning.
    """
    if node is None or node.value is None or not node.value.strip():
        return None
    value, problems = clean(node.value.strip(), node.location, key)
    report.extend(problems)
    report.extend(check_words(value, node.location, key, None))
    if key in ("title", "text"):  # printed in the book as a proposal's are
        report.extend(layout_problems(value, node.location, key))
    return value


def _text(raw: Any) -> str | None:
    return None if raw is None else str(raw).strip() or None
