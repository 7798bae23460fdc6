"""The review spreadsheet as data: rows from a merge result, and the decision changes its filled rows ask for.

Export makes a row per recommendation (its wording and status), per member of
a merged one, and per suggestion, each pre-filled with the decisions already in
decisions.yaml. Import turns each filled row into decisions and compares them
with the existing ones: an identical one is left as it is, an edit or a set-aside
of the same kind is updated in place, a contradiction is an error at its cell.
No existing decision is ever removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from ..diagnostics import Diagnostic, Location, error, warning
from ..model import MergeResult, Proposal, Recommendation, SheetRow, printed_as
from .decisions import SET_ASIDE, Decision, Decisions, text_hash
from .sheet_words import STATUSES, action_of, choice_of, choices, sheet_language
# the fields of a SheetRow a person writes; the others are shown for reading
FILLED = ("decision", "reason", "edited_title", "edited_text")


def sheet_rows(result: MergeResult, proposals: Mapping[str, Proposal], decisions: Decisions,
               groups: Mapping[str, str], lang: str = "en",
               explain: Callable[[str], str] = str, numbers: Mapping[str, str] | None = None) -> tuple[SheetRow, ...]:
    """Return the export's rows: each recommendation, its members if merged; the suggestions, the look-alikes.

    Decisions and statuses are written in `lang` (the secretariat's), without scores;
    `explain` says in plain words of `lang` why a pair was only suggested or kept apart;
    `numbers` are the printed numbers shown before the ids ("1.16 (R-G1-01)"; the import reads
    a row by its proposals, never by this column).
    """
    lang = sheet_language(lang)
    canonicals = {d.ids[0] for d in decisions.of("canonical")}
    shown = {r.id: printed_as(r.id, numbers or {}) for r in result.recommendations}
    rows: list[SheetRow] = []
    for r in result.recommendations:
        rows.append(_recommendation_row(r, shown[r.id], proposals, groups, lang))
        if len(r.members) > 1:
            rows.extend(_member_row(r, shown[r.id], proposals[m.proposal_id], canonicals, groups, lang)
                        for m in r.members)
    home = {m: shown[r.id] for r in result.recommendations for m in r.member_ids}
    # a look-alike is decided like a suggestion (merge or keep apart); its status says they differ
    for found, said in ((result.suggestions, "similar"), (result.look_alikes, "look_alike")):
        for s in found:
            a, b = proposals[s.a], proposals[s.b]
            rows.append(SheetRow("suggestion", home[s.a], (s.a, s.b), title=f"{a.id}: {a.title}\n{b.id}: {b.title}",
                                 text=f"{a.id}: {a.text}\n\n{b.id}: {b.text}", groups=_groups((a, b), groups),
                                 status=f"{STATUSES[lang][said]}: {explain(s.reason)}",
                                 text_hash=text_hash((a, b))))
    return tuple(rows)


def _recommendation_row(r: Recommendation, shown: str, proposals: Mapping[str, Proposal],
                        groups: Mapping[str, str], lang: str) -> SheetRow:
    canon = proposals[r.canonical]
    decision = choice_of(_set_aside_action(r.status), lang) if r.status != "accepted" else (
        choice_of("edit", lang) if r.edited_title or r.edited_text else "")
    return SheetRow("recommendation", shown, r.member_ids, decision, r.reason or "", r.edited_title or "",
                    r.edited_text or "", canon.title, canon.text,
                    _groups([proposals[i] for i in r.member_ids], groups), STATUSES[lang][r.status],
                    text_hash([canon]))


def _member_row(r: Recommendation, shown: str, p: Proposal, canonicals: set[str], groups: Mapping[str, str],
                lang: str) -> SheetRow:
    how = next(m for m in r.members if m.proposal_id == p.id)
    status = STATUSES[lang]["printed_wording" if p.id == r.canonical else how.how]
    return SheetRow("member", shown, (p.id,), choice_of("canonical", lang) if p.id in canonicals else "",
                    title=p.title, text=p.text, groups=_groups([p], groups), status=status, text_hash=text_hash([p]))


def _set_aside_action(status: str) -> str:
    return next(a for a, s in SET_ASIDE.items() if s == status)


def _groups(found: Sequence[Proposal], groups: Mapping[str, str]) -> str:
    return "\n".join(f"{p.id}: {groups.get(p.group, p.group)} ({p.language})" for p in found)


@dataclass(frozen=True)
class Wanted:
    """A decision a row asks for, with the cell it came from."""

    action: str
    ids: tuple[str, ...]
    where: Location
    fields: tuple[tuple[str, str], ...] = ()  # reason, title, text, text_hash (in this order when present)


@dataclass
class Changes:
    """What an import does to decisions.yaml, and what it found wrong."""

    added: list[Wanted] = field(default_factory=list)
    updated: list[tuple[Decision, Wanted]] = field(default_factory=list)  # existing item, new fields
    unchanged: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)


Located = tuple[SheetRow, Mapping[str, Location]]  # a row and the cell of each of its fields


def changes(rows: Sequence[Located], result: MergeResult, proposals: Mapping[str, Proposal],
            decisions: Decisions, lang: str = "en") -> Changes:
    """Return the changes the filled rows ask for, checked against the existing decisions.

    A decision may be written in any of kk/ru/en; messages name the choices in `lang`.
    """
    home = {m: r for r in result.recommendations for m in r.member_ids}
    out = Changes()
    lang = sheet_language(lang)
    for row, cells in rows:
        for wanted in _wanted(row, cells, home, proposals, decisions, out.diagnostics, lang):
            _compare(wanted, home, decisions, out, lang)
    return out


def _wanted(row: SheetRow, cells: Mapping[str, Location], home: Mapping[str, Recommendation],
            proposals: Mapping[str, Proposal], decisions: Decisions, found: list[Diagnostic],
            lang: str) -> list[Wanted]:
    """Return the decisions one row asks for, reporting a row that cannot be read as one."""
    unknown = [i for i in row.ids if i not in proposals]
    if unknown or not row.ids:
        found.append(error(cells["ids"], f"no proposal {', '.join(unknown) or '(empty)'} in this project; "
                           "export the sheet again", "review.unknown-proposal"))
        return []
    action = action_of(row.decision) if row.decision.strip() else None
    if row.decision.strip() and action is None:
        found.append(error(cells["decision"], f"unknown decision {row.decision!r}; choose one of: "
                           f"{', '.join(choices(lang))}", "review.bad-decision"))
        return []
    edited = bool(row.edited_title or row.edited_text)
    if action is None and not edited:
        _cleared(row, cells, home, decisions, found)
        return []
    problem = _misplaced(row, action, edited, lang)
    if problem:
        found.append(error(cells["decision" if action else "edited_title"], problem, "review.bad-decision"))
        return []
    return _build(row, action, edited, cells, home, proposals, found)


def _misplaced(row: SheetRow, action: str | None, edited: bool, lang: str) -> str | None:
    """Return why this decision does not fit this kind of row, or None."""
    allowed = {"suggestion": ("merge", "apart"), "member": ("apart", "canonical"),
               "recommendation": ("edit", *SET_ASIDE)}.get(row.kind)
    if allowed is None:
        return f"unknown row kind {row.kind!r} (recommendation, member or suggestion); export the sheet again"
    if action is not None and action not in allowed:
        return f"{choice_of(action, lang)!r} does not apply to a {row.kind} row; choose one of: " + ", ".join(
            choice_of(a, lang) for a in allowed)
    if edited and row.kind != "recommendation":
        return "edited wording belongs on the recommendation's row"
    return None


def _build(row: SheetRow, action: str | None, edited: bool, cells: Mapping[str, Location],
           home: Mapping[str, Recommendation], proposals: Mapping[str, Proposal],
           found: list[Diagnostic]) -> list[Wanted]:
    """Return the decisions of a row already known to fit its kind."""
    where = cells["decision"]
    digest = ("text_hash", text_hash([proposals[i] for i in row.ids]))
    if row.kind == "suggestion":
        return [Wanted(action, row.ids, where, (digest,))]  # type: ignore[arg-type]
    if row.kind == "member":
        canon = home[row.ids[0]].canonical
        if action == "apart" and canon == row.ids[0]:
            found.append(error(where, "this member's wording is the printed one; keep another member apart",
                               "review.bad-decision"))
            return []
        ids = (canon, row.ids[0]) if action == "apart" else row.ids
        return [Wanted(action, ids, where, (("text_hash", text_hash([proposals[i] for i in ids])),))]  # type: ignore[arg-type]
    return _recommendation_wanted(row, action, edited, cells, home, proposals, found)


def _recommendation_wanted(row: SheetRow, action: str | None, edited: bool, cells: Mapping[str, Location],
                           home: Mapping[str, Recommendation], proposals: Mapping[str, Proposal],
                           found: list[Diagnostic]) -> list[Wanted]:
    canon = home[row.ids[0]].canonical
    digest = ("text_hash", text_hash([proposals[canon]]))
    out = []
    if action in SET_ASIDE:
        if not row.reason.strip():
            found.append(error(cells["reason"], f"{row.decision} needs a reason", "review.no-reason"))
            return []
        out.append(Wanted(action, (canon,), cells["decision"], (("reason", row.reason.strip()), digest)))
    if action == "edit" and not edited:
        found.append(error(cells["edited_title"], "edit wording needs an edited title, text or both",
                           "review.no-wording"))
        return out
    if edited:
        wording = tuple((k, v.strip()) for k, v in (("title", row.edited_title), ("text", row.edited_text))
                        if v.strip())
        out.append(Wanted("edit", (canon,), cells["edited_title"], (*wording, digest)))
    return out


def _cleared(row: SheetRow, cells: Mapping[str, Location], home: Mapping[str, Recommendation],
             decisions: Decisions, found: list[Diagnostic]) -> None:
    """Warn when a row's cells are empty but decisions.yaml holds a decision for it: it stays.

    Only a decision export writes on this very row: on a recommendation's row, one about a proposal
    the row holds. A row whose proposal has since joined another recommendation (the same sheet
    merged it) was empty on export: that recommendation's edit was never on it (QA: re-imported, the
    sheet warned at R-5's untouched row that R-Finance-01's edit stays).
    """
    if row.kind == "suggestion" or any(i not in home for i in row.ids):
        return
    rec = home[row.ids[0]]
    if row.kind == "recommendation":
        kept = [d for d in decisions.items if d.action in ("edit", *SET_ASIDE) and home.get(d.ids[0]) is rec
                and d.ids[0] in row.ids]
    else:
        kept = [d for d in decisions.of("canonical") if d.ids == row.ids]
    for d in kept:
        found.append(warning(cells["decision"], f"the row is empty but {d.line()} stays ({d.location}); "
                             "to undo a decision, delete it in decisions.yaml", "review.kept"))


def _compare(w: Wanted, home: Mapping[str, Recommendation], decisions: Decisions, out: Changes,
             lang: str) -> None:
    """File a wanted decision as added, updated, unchanged, or a conflict."""
    same_place = [d for d in decisions.items if _same_place(d, w, home)]
    for d in same_place:
        if d.action != w.action or d.action == "canonical" and d.ids != w.ids:
            out.diagnostics.append(error(w.where, f"{choice_of(w.action, lang)} contradicts {d.line()} ({d.location}); "
                                         "nothing was written: change the sheet or decisions.yaml first",
                                         "review.conflict"))
            return
        if _fields(d) == _essential(w):
            out.unchanged += 1
        else:
            out.updated.append((d, w))
        return
    if all((a.action, set(a.ids)) != (w.action, set(w.ids)) for a in out.added):  # two rows, one decision
        out.added.append(w)


def _same_place(d: Decision, w: Wanted, home: Mapping[str, Recommendation]) -> bool:
    """Return True when `d` decides about the same thing `w` does (so they agree or conflict)."""
    if w.action in ("merge", "apart"):
        pair = set(w.ids)
        return d.action in ("merge", "apart") and pair <= set(d.ids)
    one_kind = {"canonical": ("canonical",), "edit": ("edit",)}.get(w.action, tuple(SET_ASIDE))
    return d.action in one_kind and d.ids[0] in home and home[d.ids[0]] is home[w.ids[0]]


def _fields(d: Decision) -> dict[str, str]:
    return {k: v for k, v in (("reason", d.reason), ("title", d.title), ("text", d.text)) if v}


def _essential(w: Wanted) -> dict[str, str]:
    return {k: v for k, v in w.fields if k != "text_hash"}
