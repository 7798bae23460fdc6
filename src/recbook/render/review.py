"""Render the review of a merge for the secretariat: output/review.html and review.csv (in memory).

Every merged pair and every suggestion is shown side by side with the words
that differ highlighted, its score and reason, and decision lines that can be
pasted as they are into inputs/decisions.yaml.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from html import escape
from typing import Iterable, Mapping, Sequence

from ..diagnostics import Diagnostic
from ..model import MergeResult, Proposal
from ..merge.decisions import decision_line
from ..merge.settings import MergeSettings


@dataclass(frozen=True)
class ReviewPair:
    """Two proposals to look at together, with what a person may decide about them."""

    kind: str  # "merged" (b is in a's recommendation) or "suggestion"
    recommendation: str  # the recommendation holding a
    a: Proposal
    b: Proposal
    score: float
    why: str  # how it was merged, or why it was only suggested
    decisions: tuple[tuple[str, str], ...]  # (what it does, pasteable decision line)


def review_pairs(result: MergeResult, proposals: Mapping[str, Proposal]) -> list[ReviewPair]:
    """Return the merged members (against their canonical) then the suggestions."""
    pairs = []
    home = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    for r in result.recommendations:
        a = proposals[r.canonical]
        for m in r.members[1:]:
            lines = (("split it off", decision_line("apart", (a.id, m.proposal_id))),
                     ("use its wording", decision_line("canonical", (m.proposal_id,))))
            pairs.append(ReviewPair("merged", r.id, a, proposals[m.proposal_id], m.score, m.how, lines))
    for s in result.suggestions:
        lines = (("merge them", decision_line("merge", (s.a, s.b))),
                 ("keep them apart", decision_line("apart", (s.a, s.b))))
        pairs.append(ReviewPair("suggestion", home[s.a], proposals[s.a], proposals[s.b], s.score, s.reason, lines))
    return pairs


def diff_words(a: str, b: str) -> tuple[str, str]:
    """Return both texts as HTML with the words that differ wrapped in <mark>."""
    wa, wb = a.split(), b.split()
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        left.append(_span(wa[i1:i2], op != "equal"))
        right.append(_span(wb[j1:j2], op != "equal"))
    return " ".join(x for x in left if x), " ".join(x for x in right if x)


def _span(words: Sequence[str], changed: bool) -> str:
    text = escape(" ".join(words))
    return f"<mark>{text}</mark>" if changed and text else text


def _side(p: Proposal, title: str, text: str, groups: Mapping[str, str]) -> str:
    group = escape(groups.get(p.group, p.group))
    return (f'<div class="side"><p class="meta">{escape(p.id)} · {group} · {escape(p.language)}'
            f' · votes {p.votes if p.votes is not None else "–"}</p>'
            f"<h4>{title}</h4><p>{text}</p></div>")


def _pair_html(pair: ReviewPair, groups: Mapping[str, str]) -> str:
    a, b = pair.a, pair.b
    if a.language == b.language:
        ta, tb = diff_words(a.title, b.title)
        xa, xb = diff_words(a.text, b.text)
    else:  # different languages: word differences would mark everything
        ta, tb, xa, xb = escape(a.title), escape(b.title), escape(a.text), escape(b.text)
    lines = "".join(f"<dt>{escape(what)}</dt><dd><pre>{escape(line)}</pre></dd>" for what, line in pair.decisions)
    return (f'<section class="pair {pair.kind}"><p class="head"><b>{escape(pair.recommendation)}</b> · '
            f"score {pair.score:.2f} · {escape(pair.why)}</p>"
            f'<div class="row">{_side(a, ta, xa, groups)}{_side(b, tb, xb, groups)}</div>'
            f"<p>To decide, paste one line at the end of inputs/decisions.yaml:</p><dl>{lines}</dl></section>")


_CSS = """
body{font-family:system-ui,sans-serif;margin:2em;max-width:75em;color:#222}
.row{display:flex;gap:1em}.side{flex:1;border:1px solid #ccc;padding:.5em 1em;border-radius:4px}
.meta{color:#666;font-size:.9em;margin:0}h4{margin:.4em 0}mark{background:#ffe08a}
.pair{margin:1.5em 0;padding-bottom:1em;border-bottom:1px solid #eee}.head{font-size:1.05em}
.suggestion .head{color:#8a4b00}pre{background:#f4f4f4;padding:.5em;user-select:all}
.diag{color:#a00}dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dd{margin:0}
dd pre{margin:0}
"""


def render_html(result: MergeResult, proposals: Mapping[str, Proposal], settings: MergeSettings,
                diagnostics: Iterable[Diagnostic] = (), groups: Mapping[str, str] | None = None) -> str:
    """Return review.html: self-contained (inline CSS, no URLs), every text escaped.

    `groups` maps group ids to the names people know them by.
    """
    names = dict(groups or {})
    pairs = review_pairs(result, proposals)
    merged = [p for p in pairs if p.kind == "merged"]
    suggested = [p for p in pairs if p.kind == "suggestion"]
    diags = "".join(f'<li class="diag">{escape(d.format())}</li>' for d in diagnostics)
    multi = sum(1 for r in result.recommendations if len(r.members) > 1)
    return "\n".join([
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        f"<title>recbook dedupe review</title><style>{_CSS}</style></head><body>",
        "<h1>Duplicate review</h1>",
        f"<p>{len(proposals)} proposals → {len(result.recommendations)} recommendations "
        f"({multi} merged from several proposals); {len(suggested)} pairs to look at. "
        f"Automatic merge at score ≥ {settings.auto_threshold:.2f} without a guard; "
        f"suggestions from {settings.suggest_threshold:.2f}.</p>",
        f"<h2>Decisions that need attention</h2><ul>{diags}</ul>" if diags else "",
        f"<h2>Suggestions ({len(suggested)})</h2>", *(_pair_html(p, names) for p in suggested),
        f"<h2>Merged ({len(merged)} members joined to a canonical proposal)</h2>",
        *(_pair_html(p, names) for p in merged),
        "</body></html>", ""])


CSV_COLUMNS = ("kind", "recommendation", "score", "why", "a", "a_group", "a_language", "a_title", "a_text",
               "b", "b_group", "b_language", "b_title", "b_text", "decision", "alternative_decision")


def render_csv(result: MergeResult, proposals: Mapping[str, Proposal]) -> bytes:
    """Return review.csv as UTF-8 with a BOM, so Excel shows Cyrillic and Kazakh letters."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for p in review_pairs(result, proposals):
        writer.writerow([p.kind, p.recommendation, f"{p.score:.4f}", p.why,
                         p.a.id, p.a.group, p.a.language, p.a.title, p.a.text,
                         p.b.id, p.b.group, p.b.language, p.b.title, p.b.text, *(line for _, line in p.decisions)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
