"""Property tests over generated kk/ru/en proposals (issue 11): nothing lost, order does not matter.

Texts mix Kazakh, Russian and English letters with control characters,
Latin look-alikes, decomposed letters, over-long words and markup-looking text.

- Every value reaches the merged result and the draft book (NFC, forbidden characters shown as
  U+FFFD, trimmed) or a diagnostic located in its file; every proposal is in
  exactly one recommendation.
- Dedupe is invariant under the order of files and of rows within them.

`make test` runs the fast profile; `RECBOOK_HYPOTHESIS=thorough` runs 20x more examples.
"""

from __future__ import annotations

import json
import os
import shutil
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from recbook.diagnostics import Report
from recbook.characters import FORBIDDEN, REPLACEMENT
from recbook.localize import localize
from recbook.localize.typography import typeset
from recbook.pipeline import gather

BASE = Path(__file__).resolve().parent / "badinput" / "_base"
settings.register_profile("fast", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("thorough", max_examples=500, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PROFILE = settings.get_profile(os.environ.get("RECBOOK_HYPOTHESIS", "fast"))

WORDS = {
    "kk": ["жастар", "кеңесі", "қоғам", "білім", "өңір", "ұйым", "үкімет", "әкімдік", "мемлекеттік", "қолдау"],
    "ru": ["молодёжь", "советы", "общество", "образование", "регион", "НКО", "поддержка", "государственный"],
    "en": ["youth", "councils", "society", "education", "region", "NGO", "support", "state", "funding"],
}
ODD = ["\u0007", "\u0000", "\ufffe", "i", "a", "o", "e", "p", "c",  # control, noncharacter, Latin look-alikes
       "и\u0306", "е\u0308", "<script>", "&amp;", "{{ 7*7 }}", "{% if %}", "=HYPERLINK(\"x\")", "№", "…",
       "x" * 120, "\u00a0", "\u200b", "%s", "{name}"]


@st.composite
def texts(draw, lang: str) -> str:
    words = draw(st.lists(st.sampled_from(WORDS[lang]) | st.sampled_from(ODD), min_size=1, max_size=12))
    return " ".join(words)


@st.composite
def proposals(draw) -> list[dict]:
    count = draw(st.integers(1, 8))
    items = []
    for n in range(count):
        lang = draw(st.sampled_from(["kk", "ru", "en"]))
        title = draw(texts(lang))
        text = draw(texts(lang))
        if items and draw(st.booleans()):  # a near or exact duplicate of an earlier proposal
            other = draw(st.sampled_from(items))
            lang, title, text = other["language"], other["title"], other["text"] + draw(st.sampled_from(["", ".", " !"]))
        items.append({"id": f"G{n % 2 + 1}-{n + 1:02d}", "group": f"G{n % 2 + 1}", "direction": "D1",
                      "language": lang, "title": title, "text": text})
    return items


def write_project(root: Path, files: list[list[dict]]) -> Path:
    """Write `files` (each a list of proposals) as YAML with JSON-escaped strings; return the project."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(BASE, root)
    (root / "inputs" / "proposals" / "g1.yaml").unlink()
    for i, items in enumerate(files):
        lines = []
        for item in items:
            lines.append("- " + "\n  ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in item.items()))
        (root / "inputs" / "proposals" / f"f{i}.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return root


def expected_value(raw: str) -> str | None:
    value = raw.strip()
    if not value:
        return None
    cleaned = FORBIDDEN.sub(REPLACEMENT, value)
    return unicodedata.normalize("NFC", cleaned.strip()) or None


@PROFILE
@given(proposals())
def test_every_value_reaches_the_result_or_a_located_diagnostic(tmp_path_factory, items) -> None:
    project = write_project(tmp_path_factory.mktemp("p") / "project", [items])
    report = Report()
    gathered = gather(project, report)
    assert gathered is not None, [d.format() for d in report.items]
    located = {d.location.line for d in report.items if d.location and d.location.path == "inputs/proposals/f0.yaml"}
    by_id = {p.id: p for p in gathered.inputs.proposals}
    for index, item in enumerate(items):
        first_line = 1 + 6 * index
        if item["id"] not in by_id:  # left out: only with an error on its lines
            assert located & set(range(first_line, first_line + 6)), item
            continue
        proposal = by_id[item["id"]]
        for key in ("title", "text"):
            want = expected_value(item[key])
            assert getattr(proposal, key) == want or (first_line + ("title", "text").index(key) + 4) in located
    members = [m for r in gathered.merged.recommendations for m in r.member_ids]
    assert sorted(members) == sorted(by_id)  # each proposal in exactly one recommendation
    book, _ = localize(gathered.inputs, gathered.merged, gathered.catalogs, "ru", draft=True)
    printed = {(r.title.value, r.text.value) for d in book.directions for r in d.recommendations}
    for rec in gathered.merged.recommendations:  # the draft prints each canonical wording, untranslated ones as
        canonical = by_id[rec.canonical]  # written but for typography (quotes, no-break spaces)
        assert (typeset(canonical.title, canonical.language), typeset(canonical.text, canonical.language)) in printed


def clusters(project: Path) -> set[tuple[str, frozenset[str]]]:
    report = Report()
    gathered = gather(project, report)
    assert gathered is not None, [d.format() for d in report.items]
    return {(r.canonical, frozenset(r.member_ids)) for r in gathered.merged.recommendations}


@PROFILE
@given(proposals(), st.randoms(use_true_random=False))
def test_dedupe_is_invariant_under_file_and_row_order(tmp_path_factory, items, random) -> None:
    root = tmp_path_factory.mktemp("order")
    split = len(items) // 2
    one = clusters(write_project(root / "a", [items[:split], items[split:]]))
    shuffled = items[:]
    random.shuffle(shuffled)
    files = [shuffled[: len(items) - split], shuffled[len(items) - split:]]
    assert clusters(write_project(root / "b", files[::-1])) == one
