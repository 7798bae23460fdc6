"""Proposal ids in the PDF's Annex 2, read from the printed words' positions (pdftotext -bbox).

Partners cite these ids: `Finance-01` printed as `Finance-` / `01`, or `Youth-01` as `Youth-0` /
`1`, cannot be searched or quoted, and a long id made the annex's table run past the text
block. An id is never split inside a word or a number nor given a hyphen of its own; one too long
for its column breaks only after a hyphen it has, and every table stays inside the text block.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from recbook.cli import main

LONG = "Law-Regional-Consultations-2026-07"
SHORT = ("Finance-01", "Finance-02", "Finance-12", "Youth-01", "Youth-02", "Law-04")
UNBREAKABLE = "RegionalConsultationsOnTheDraftLawsOf2026"  # Law's; no column holds its 41 characters
PT_PER_MM = 72 / 25.4
RIGHT_EDGE = (210 - 22) * PT_PER_MM  # A4, book.css's right page margin: the text block's right edge
_X = "{http://www.w3.org/1999/xhtml}"

CONFERENCE = """\
id: ids-2026
source_language: ru
languages: [kk, ru, en]
title: Гражданское общество Казахстана
date: 2026-03-14
city: Астана
organizers: [АРГО]
directions:
  - {id: D1, title: Устойчивость организаций}
  - {id: D2, title: Вовлечение молодежи}
groups:
  - {id: Finance, name: Рабочая группа 1 — Финансирование}
  - {id: Youth, name: Рабочая группа 2 — Молодежь}
  - {id: Law, name: Рабочая группа 3 — Право}
addressees:
  - {id: gov, name: Государственные органы}
"""
TITLES = ("Многолетние гранты для некоммерческих организаций", "Эндаумент-фонды", "Молодежные советы",
          "Школа лидеров", "Волонтерство", "Отчетность НПО", "Региональные консультации по законопроектам")


def _proposals() -> str:
    entries = []
    for number, pid in enumerate(SHORT + (LONG, UNBREAKABLE)):
        group = pid.split("-")[0] if "-" in pid else "Law"
        entries.append(f"- id: {pid}\n  group: {group}\n  direction: {'D2' if group == 'Youth' else 'D1'}\n"
                       f"  language: ru\n  title: {TITLES[number % len(TITLES)]} {number + 1}\n"
                       f"  text: \"Предложение номер {number + 1}: текст о том, что следует сделать.\"\n"
                       f"  votes: {10 + number}\n")
    return "".join(entries)


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    project = tmp_path_factory.mktemp("ids")
    (project / "inputs" / "proposals").mkdir(parents=True)
    (project / "inputs" / "conference.yaml").write_text(CONFERENCE, encoding="utf-8")
    (project / "inputs" / "proposals" / "proposals.yaml").write_text(_proposals(), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    return {lang: project / "output" / f"ids-2026.{lang}.pdf" for lang in ("kk", "ru", "en")}


def _words(pdf: Path) -> list[tuple[int, str, float]]:
    """Return (page number, word, right edge in points) of every printed word."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, timeout=60)
    root = etree.fromstring(out.stdout, etree.XMLParser(recover=True, huge_tree=True))
    return [(number, w.text or "", float(w.get("xMax")))
            for number, page in enumerate(root.iter(f"{_X}page"), 1) for w in page.iter(f"{_X}word")]


def _pieces_after_hyphens(pid: str) -> set[str]:
    """Return every run of `pid` that starts and ends at its ends or right after one of its hyphens."""
    cuts = [0] + [i + 1 for i, c in enumerate(pid) if c == "-"] + [len(pid)]
    return {pid[a:b] for i, a in enumerate(cuts) for b in cuts[i + 1:]}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_short_id_prints_whole_on_one_line(books, lang):
    words = [w for _, w, _ in _words(books[lang])]
    for pid in SHORT:
        assert words.count(pid) >= 2, (pid, [w for w in words if w[:3] == pid[:3]])  # its table row, its original
        # a piece of it at a line end ("Finance-", "Youth-0"), with or without a hyphen added
        pieces = [w for w in words if w != pid and w.rstrip("\u00ad\u2010") in pid and "-" in w]
        assert pieces == [], pid


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_long_id_breaks_only_after_its_own_hyphens(books, lang):
    words = [w for _, w, _ in _words(books[lang])]
    # a piece has a hyphen or a Latin letter: the cover's "2026" is a word of its own
    fragments = [w for w in words if w not in {"Law", LONG} and w.rstrip("\u00ad\u2010") in LONG
                 and ("-" in w or any("a" <= c.lower() <= "z" for c in w))]
    allowed = _pieces_after_hyphens(LONG)
    assert [w for w in fragments if w not in allowed] == []  # not "Regiona", "l-", "ations-2"
    whole = words.count(LONG)
    assert whole + len([w for w in fragments if LONG.startswith(w)]) >= 2  # the table row and the original


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_word_runs_past_the_text_block(books, lang):
    past = [(page, w, round((x - RIGHT_EDGE) / PT_PER_MM, 1)) for page, w, x in _words(books[lang])
            if x > RIGHT_EDGE + 0.5]
    assert past == []  # (page, word, mm beyond the edge)
