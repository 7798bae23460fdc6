"""Render output/review.csv, in memory: a row per pair of review.html, then one per recommendation set aside.

The file is for the secretariat in Excel, as review.html is in a browser, and speaks its language
the same way: the column headers, the kind of each row (review.html's section titles) and why a
pair was joined or kept apart (review_words) are in the conference's source language. Ids,
language codes, the score, the texts and the decision lines are as written. Every cell is guarded
against running as a formula (csv_safe): a decision line's cell starts with "'", which
decisions.yaml's reader takes off a pasted line (load/decisions_text.py).
"""

from __future__ import annotations

import csv
import io
from typing import Mapping

from ..model import MergeResult, Proposal, printed_as
from .csv_safe import csv_safe
from .review_pairs import review_pairs
from .review_words import reason, words

COLUMNS: dict[str, tuple[str, ...]] = {
    "en": ("Kind", "Recommendation", "Similarity", "Why", "Proposal A", "A: recommendation", "A: group",
           "A: language", "A: title", "A: text", "Proposal B", "B: recommendation", "B: group", "B: language",
           "B: title", "B: text",
           "Decision line (for decisions.yaml)", "Other decision line"),
    "ru": ("Вид", "Рекомендация", "Сходство", "Почему", "Предложение A", "A: рекомендация", "A: группа", "A: язык",
           "A: заголовок", "A: текст", "Предложение B", "B: рекомендация", "B: группа", "B: язык", "B: заголовок",
           "B: текст",
           "Строка решения (для decisions.yaml)", "Другая строка решения"),
    "kk": ("Түрі", "Ұсыным", "Ұқсастық", "Себебі", "A ұсынысы", "A: ұсынымы", "A: тобы", "A: тілі", "A: тақырыбы",
           "A: мәтіні", "B ұсынысы", "B: ұсынымы", "B: тобы", "B: тілі", "B: тақырыбы", "B: мәтіні",
           "Шешім жолы (decisions.yaml үшін)", "Басқа шешім жолы"),
}
# a row's kind → the title of review.html's section that shows it
KIND_WORDS = {"merged": "merged", "suggestion": "suggested", "look-alike": "look_alikes", "set aside": "set_aside"}


def render_csv(result: MergeResult, proposals: Mapping[str, Proposal], lang: str = "en",
               numbers: Mapping[str, str] | None = None) -> bytes:
    """Return review.csv in `lang` as UTF-8 with a BOM, so Excel shows Cyrillic and Kazakh letters.

    `numbers` are the printed numbers, shown before the ids ("1.16 (R-G1-01)", localize.printed_numbers);
    each proposal of a row is followed by the recommendation it is in, so a pair kept apart shows both.
    """
    numbers = numbers or {}
    home = {pid: r.id for r in result.recommendations for pid in r.member_ids}
    w = words(lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS.get(lang, COLUMNS["en"]))
    for p in review_pairs(result, proposals):
        row = [w[KIND_WORDS[p.kind]], printed_as(p.recommendation, numbers), f"{p.score:.4f}", reason(p.why, lang),
               p.a.id, printed_as(home[p.a.id], numbers), p.a.group, p.a.language, p.a.title, p.a.text,
               p.b.id, printed_as(home[p.b.id], numbers), p.b.group, p.b.language, p.b.title, p.b.text,
               *(line for _, line in p.decisions)]
        writer.writerow([csv_safe(str(cell)) for cell in row])  # proposal texts must not run as formulas
    for r in result.set_aside:  # not printed, never silently: one row each, with its reason
        a = proposals[r.canonical]
        row = [w[KIND_WORDS["set aside"]], printed_as(r.id, numbers), "", f"{w[r.status]}: {r.reason}", a.id,
               printed_as(r.id, numbers), a.group, a.language, r.edited_title or a.title, r.edited_text or a.text, *[""] * 8]
        writer.writerow([csv_safe(str(cell)) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
