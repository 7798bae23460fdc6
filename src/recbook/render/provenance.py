"""Print the internal provenance report: output/internal/internal-provenance.html and .csv.

For the secretariat, never for partners: every original proposal as written, the
recommendation it ended in, how (alone, canonical, edited, exact, auto, manual),
its score, the decisions that applied (with their decisions.yaml line and reason),
the proposals it was merged with, and what was set aside and why. The HTML
speaks the secretariat's language (provenance_words); the CSV is data, with
fixed English column names, and never carries a live formula (csv_safe).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Mapping, Sequence

from ..model import AppliedDecision, ProposalFate
from ..resources import default_dir
from .csv_safe import csv_safe
from .provenance_words import words
from .templating import template_environment

HTML_NAME = "internal-provenance.html"
CSV_NAME = "internal-provenance.csv"
CSV_COLUMNS = ("proposal", "group", "group_name", "language", "votes", "title", "text", "recommendation",
               "number", "how", "score", "status", "reason", "merged_with", "decisions")


def render_provenance_html(fates: Sequence[ProposalFate], groups: Mapping[str, str], lang: str,
                           conference: str, template_dirs: Sequence[Path] = ()) -> bytes:
    """Return the report as self-contained UTF-8 HTML from templates/internal/provenance.html."""
    env = template_environment([*template_dirs, default_dir("templates")])
    printed = sum(1 for f in fates if f.status == "accepted")
    return env.get_template("internal/provenance.html").render(
        lang=lang, w=words(lang), fates=fates, groups=groups, conference=conference,
        printed=printed, aside=len(fates) - printed,
    ).encode("utf-8")


def render_provenance_csv(fates: Sequence[ProposalFate], groups: Mapping[str, str]) -> bytes:
    """Return the report's rows as CSV (UTF-8 with a BOM, so Excel shows Kazakh and Russian letters)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in fates:
        p = f.proposal
        row = (p.id, p.group, groups.get(p.group, p.group), p.language, "" if p.votes is None else p.votes,
               p.title, p.text, f.recommendation, f.number, f.how, f"{f.score:.4f}", f.status, f.reason,
               ", ".join(f.merged_with), "\n".join(decision_cell(d) for d in f.decisions))
        writer.writerow([csv_safe(str(cell)) for cell in row])  # groups' texts must not run as formulas
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def decision_cell(d: AppliedDecision) -> str:
    """Return "inputs/decisions.yaml:2: - {reject: G3-02} (reason)" for one applied decision."""
    place = f"{d.where}: " if d.where else ""
    return place + d.line + (f" ({d.reason})" if d.reason else "")
