"""Render the review of a merge for the secretariat: output/review.html (from templates/review.html) and review.csv, in memory.

review.csv is written by review_csv.py; the pairs both show are review_pairs.py's.

Every merged pair, suggestion and look-alike kept apart is shown side by side with the words
that differ highlighted, its score and reason, and decision lines that can be
pasted as they are into inputs/decisions.yaml.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from markupsafe import Markup, escape

from ..diagnostics import Diagnostic
from ..model import MergeResult, Proposal, printed_as
from ..merge.settings import MergeSettings
from ..resources import default_dir
from .review_notes import notes
from .review_pairs import ReviewPair, review_pairs
from .review_words import closeness, reason, words
from .templating import template_environment


def diff_words(a: str, b: str) -> tuple[Markup, Markup]:
    """Return both texts as HTML with the words that differ wrapped in <mark>."""
    wa, wb = a.split(), b.split()
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        left.append(_span(wa[i1:i2], op != "equal"))
        right.append(_span(wb[j1:j2], op != "equal"))
    return Markup(" ").join(x for x in left if x), Markup(" ").join(x for x in right if x)


def _span(words: Sequence[str], changed: bool) -> Markup:
    text = escape(" ".join(words))
    return Markup("<mark>%s</mark>") % text if changed and text else text


@dataclass(frozen=True)
class Side:
    """One proposal of a pair as the review page shows it."""

    proposal: Proposal
    group: str
    title: Markup
    text: Markup


def sides(pair: ReviewPair, groups: Mapping[str, str]) -> tuple[Side, Side]:
    """Return both proposals, words that differ marked when they share a language."""
    a, b = pair.a, pair.b
    if a.language == b.language:
        (ta, tb), (xa, xb) = diff_words(a.title, b.title), diff_words(a.text, b.text)
    else:  # different languages: word differences would mark everything
        ta, tb, xa, xb = escape(a.title), escape(b.title), escape(a.text), escape(b.text)
    return (Side(a, groups.get(a.group, a.group), ta, xa), Side(b, groups.get(b.group, b.group), tb, xb))


def render_html(result: MergeResult, proposals: Mapping[str, Proposal], settings: MergeSettings,
                diagnostics: Iterable[Diagnostic] = (), groups: Mapping[str, str] | None = None,
                template_dirs: Sequence[Path] = (), numbers: Mapping[str, str] | None = None) -> str:
    """Return review.html from templates/review.html: self-contained (inline CSS, no URLs).

    `groups` maps group ids to the names people know them by; `template_dirs`
    are the project's template folders, searched before the packaged default;
    `numbers` the printed numbers shown before the ids (localize.printed_numbers).
    The page speaks the conference's source language (review_words), without scores;
    the run's warnings are listed with what each is about in that language (review_notes).
    """
    names = dict(groups or {})
    pairs = review_pairs(result, proposals)
    env = template_environment([*template_dirs, default_dir("templates")])
    lang = settings.source_language or "en"
    found = list(diagnostics)
    home = {pid: r.id for r in result.recommendations for pid in r.member_ids}
    return env.get_template("review.html").render(
        lang=lang,
        w=words(lang),
        reason=lambda why: reason(why, lang),
        shown=lambda rid: printed_as(rid, numbers or {}),  # "1.16 (R-G1-01)": the number the book prints it at
        # where a proposal of a pair kept apart is printed: the recommendation it is in, as `shown` says it
        home=lambda pid: printed_as(home[pid], numbers or {}),
        closeness=lambda score: closeness(score, settings.auto_threshold, settings.suggest_threshold, lang),
        proposals=len(proposals),
        recommendations=len(result.accepted),
        merged_recommendations=sum(1 for r in result.accepted if len(r.members) > 1),
        set_aside=[(r, proposals[r.canonical]) for r in result.set_aside],
        suggested=[(p, sides(p, names)) for p in pairs if p.kind == "suggestion"],
        look_alikes=[(p, sides(p, names)) for p in pairs if p.kind == "look-alike"],
        merged=[(p, sides(p, names)) for p in pairs if p.kind == "merged"],
        settings=settings,
        diagnostics=[d.format() for d in found],  # as printed: for a project's own template of before
        notes=notes(found, lang),
    )
