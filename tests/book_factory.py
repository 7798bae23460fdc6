"""A small LocalizedBook per language, built through `localize` with a tiny catalog.

Renderer tests use it so they run without loading files or merging; the book
is what `localize` makes, so renderers are tested on the fields they will
really get. Texts deliberately contain every Kazakh letter, the tenge sign,
NBSP/NNBSP and characters that must be escaped. Labels come from the
packaged book.po; the conference is written in Kazakh (one proposal in
Russian), and the tiny content catalogs below translate it to ru and en.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from recbook.diagnostics import Report
from recbook.i18n import po
from recbook.i18n.catalogs import Catalog, Catalogs, content_path
from recbook.load.catalogs import load_catalogs
from recbook.localize import localize
from recbook.model import (
    Conference, Inputs, LocalizedBook, Member, MergeResult, Named, Partner, Proposal, Recommendation,
)

KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
BODY = "{title}: 1\u00a0500\u00a0₸ бойынша грант, №\u00a036, 2023–2031\u202fжж. <b>&amp; {{{{ 7*7 }}}}</b>"

# (id, group, direction, language, title, votes) → recommendation "R-<id>"
_PROPOSALS = [
    ("G1-01", "G1", "D1", "kk", "Эндаумент-қорларды дамыту", 21),
    ("G3-02", "G3", "D1", "ru", "Сделать государственный социальный заказ гибче", 5),
    ("G2-04", "G2", "D2", "kk", "Қоғамдық кеңестердің жұмысын күшейту", 1),
]

# the conference texts in Kazakh, with their ru/en translations (msgctxt → (kk, ru, en))
_CONFERENCE = {
    "conference.title": ("Қазақстанның азаматтық қоғамы: болашаққа талдамалы көзқарас",
                         "Гражданское общество Казахстана: аналитический взгляд в будущее",
                         "Civil Society of Kazakhstan: An Analytical Look into the Future"),
    "conference.city": ("Алматы", "Алматы", "Almaty"),
    "conference.foreword": ("Алғы сөз: " + KAZAKH_LETTERS, "Предисловие: " + KAZAKH_LETTERS,
                            "Foreword: " + KAZAKH_LETTERS),
    "organizers.1": ("ARGO", "ARGO", "ARGO"),
    "organizers.2": ("Konrad-Adenauer-Stiftung", "Konrad-Adenauer-Stiftung", "Konrad-Adenauer-Stiftung"),
    "directions.D1": ("Ұйымдық орнықтылық", "Устойчивость организаций", "Organisational sustainability"),
    "directions.D2": ("Мемлекетпен өзара іс-қимыл", "Взаимодействие с государством", "Working with the state"),
    "groups.G1": ("Жұмыс тобы 1", "Рабочая группа 1", "Working group 1"),
    "groups.G2": ("Жұмыс тобы 2", "Рабочая группа 2", "Working group 2"),
    "groups.G3": ("Жұмыс тобы 3", "Рабочая группа 3", "Working group 3"),
    "addressees.mci": ("Мәдениет және ақпарат министрлігі", "Министерство культуры и информации",
                       "Ministry of Culture and Information"),
    "G1-01.title": (_PROPOSALS[0][4], "Развивать эндаумент-фонды НПО", "Develop NGO endowment funds"),
    "G2-04.title": (_PROPOSALS[2][4], "Усилить работу общественных советов", "Strengthen public councils"),
}
# the Russian proposal, translated to kk and en
_FROM_RU = {
    "G3-02.title": ("Мемлекеттік әлеуметтік тапсырысты икемді ету", None, "Make the state social order more flexible"),
}
# drafts leave these to the source language (kk lacks the first, ru the second, en both)
UNTRANSLATED_IN_DRAFTS = ("G3-02.text", "G1-01.text")


def _body(title: str) -> str:
    return BODY.format(title=title)


def conference() -> Conference:
    """Return the Kazakh-source conference of the factory book."""
    kk = {key: texts[0] for key, texts in _CONFERENCE.items()}
    return Conference(
        id="almaty-2025", source_language="kk", languages=("kk", "ru", "en"),
        title=kk["conference.title"], date=dt.date(2025, 9, 26), city=kk["conference.city"],
        organizers=(Partner("ARGO"), Partner("Konrad-Adenauer-Stiftung")),
        directions=tuple(Named(d, kk[f"directions.{d}"]) for d in ("D1", "D2")),
        groups=tuple(Named(g, kk[f"groups.{g}"]) for g in ("G1", "G2", "G3")),
        addressees=(Named("mci", kk["addressees.mci"]),),
        foreword=kk["conference.foreword"], illustrative=True,
    )


def inputs() -> Inputs:
    """Return the conference and its three proposals."""
    proposals = tuple(
        Proposal(id=pid, group=group, direction=direction, language=lang, title=title, text=_body(title),
                 votes=votes, addressees=("mci",), timeframe="short", sdgs=(16,))
        for pid, group, direction, lang, title, votes in _PROPOSALS)
    return Inputs(conference(), proposals)


def merged(inp: Inputs) -> MergeResult:
    """Return one recommendation per proposal."""
    return MergeResult(tuple(Recommendation(f"R-{p.id}", p.id, (Member(p.id, "single", 1.0),), "single", 1.0)
                             for p in inp.proposals))


def _entries(table: dict, column: int, sources: dict[str, str], skip: tuple[str, ...]) -> tuple[po.Entry, ...]:
    return tuple(po.Entry(sources[key], (texts[column],), key, line=10 + 4 * i)
                 for i, (key, texts) in enumerate(sorted(table.items())) if key not in skip and texts[column])


@lru_cache(maxsize=None)
def _packaged_book_catalogs() -> tuple[tuple[str, Catalog], ...]:
    report = Report()
    catalogs = load_catalogs(Path("/nonexistent-project"), report)
    return tuple(catalogs.book.items())


def tiny_catalogs(*, draft: bool) -> Catalogs:
    """Return the packaged book wording and small content catalogs (one entry missing in drafts)."""
    inp = inputs()
    sources = {key: texts[0] for key, texts in _CONFERENCE.items()}
    sources |= {f"{p.id}.{f}": getattr(p, f) for p in inp.proposals for f in ("title", "text")}
    from_kk = dict(_CONFERENCE)
    from_kk["G1-01.text"] = (None, _body("Развивать эндаумент-фонды НПО"), _body("Develop NGO endowment funds"))
    from_kk["G2-04.text"] = (None, _body("Усилить работу общественных советов"), _body("Strengthen public councils"))
    from_ru = dict(_FROM_RU)
    from_ru["G3-02.text"] = (_body("Мемлекеттік әлеуметтік тапсырысты икемді ету"), None,
                             _body("Make the state social order more flexible"))
    skip = UNTRANSLATED_IN_DRAFTS if draft else ()
    content = {}
    for column, lang in ((1, "ru"), (2, "en")):
        content[(lang, "kk")] = Catalog(content_path(lang, "kk"), lang, _entries(from_kk, column, sources, skip))
    for column, lang in ((0, "kk"), (2, "en")):
        content[(lang, "ru")] = Catalog(content_path(lang, "ru"), lang, _entries(from_ru, column, sources, skip))
    return Catalogs(dict(_packaged_book_catalogs()), content)


def make_book(lang: str = "kk", *, draft: bool = False) -> LocalizedBook:
    """Return the three-recommendation book in `lang`, as `localize` makes it."""
    inp = inputs()
    return book_of(inp, merged(inp), lang, draft=draft)


def book_of(inp: Inputs, result: MergeResult, lang: str, *, draft: bool = False) -> LocalizedBook:
    """Return the book of other inputs (e.g. `with_text`) with the tiny catalogs."""
    book, _ = localize(inp, result, tiny_catalogs(draft=draft), lang, draft=draft)
    return book


def with_text(pid: str, text: str, lang: str, *, draft: bool = True) -> LocalizedBook:
    """Return the factory book in `lang` where proposal `pid` says `text` (a stale translation is a fallback)."""
    inp = inputs()
    changed = Inputs(inp.conference, tuple(replace(p, text=text) if p.id == pid else p for p in inp.proposals))
    return book_of(changed, merged(changed), lang, draft=draft)

