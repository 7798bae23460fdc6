"""A small hand-built LocalizedBook per language, for renderer unit tests.

Renderer tests use it so they run without the whole pipeline; end-to-end tests
build the sample conference instead. Texts deliberately contain every Kazakh
letter, the tenge sign, NBSP/NNBSP and characters that must be escaped.
"""

from __future__ import annotations

import datetime as dt

from recbook.model import (
    LocalizedBook,
    LocalizedDirection,
    LocalizedMember,
    LocalizedRecommendation,
    Partner,
    Text,
)

KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі"

_TITLES = {
    "kk": "Қазақстанның азаматтық қоғамы: болашаққа талдамалы көзқарас",
    "ru": "Гражданское общество Казахстана: аналитический взгляд в будущее",
    "en": "Civil Society of Kazakhstan: An Analytical Look into the Future",
}
_DATES = {"kk": "2025 жылғы 26 қыркүйек", "ru": "26 сентября 2025 г.", "en": "26 September 2025"}
_CITY = {"kk": "Алматы", "ru": "Алматы", "en": "Almaty"}

LABELS = {
    "kk": {"contents": "Мазмұны", "proposed_by": "Ұсынған:", "page_of": "{page}-бет, барлығы {pages}"},
    "ru": {"contents": "Содержание", "proposed_by": "Предложено:", "page_of": "Страница {page} из {pages}"},
    "en": {"contents": "Contents", "proposed_by": "Proposed by:", "page_of": "Page {page} of {pages}"},
}

_RECS = [
    # (direction, number, id, kk title, ru title, en title, votes)
    ("D1", "1.1", "R-G1-01", "Эндаумент-қорларды дамыту", "Развивать эндаумент-фонды НПО",
     "Develop NGO endowment funds", 21),
    ("D1", "1.2", "R-G3-02", "Мемлекеттік әлеуметтік тапсырысты икемді ету",
     "Сделать государственный социальный заказ гибче", "Make the state social order more flexible", 5),
    ("D2", "2.1", "R-G2-04", "Қоғамдық кеңестердің жұмысын күшейту",
     "Усилить работу общественных советов", "Strengthen public councils", 1),
]


def _text(value: str, lang: str, fallback: bool = False) -> Text:
    return Text(value, lang, fallback)


def _rec(lang: str, row: tuple) -> LocalizedRecommendation:
    direction, number, rid, kk, ru, en, votes = row
    title = {"kk": kk, "ru": ru, "en": en}[lang]
    body = f"{title}: 1 500 ₸ бойынша грант, № 36, 2023–2031 жж. <b>&amp; {{{{ 7*7 }}}}</b>"
    groups = (_text("Жұмыс тобы 1", "kk"), _text("Рабочая группа 3", "ru"))
    members = (
        LocalizedMember(rid[2:], groups[0], "kk", kk, body, "single", 1.0, votes),
    )
    return LocalizedRecommendation(
        number=number,
        id=rid,
        title=_text(title, lang),
        text=_text(body, lang, fallback=(lang == "en" and number == "1.2")),
        addressees=(_text("Мәдениет және ақпарат министрлігі", "kk"),),
        timeframe=_text({"kk": "қысқа мерзімді", "ru": "краткосрочная", "en": "short term"}[lang], lang),
        sdgs=((16, _text("Бейбітшілік, сот әділдігі мен мықты институттар", "kk")),),
        votes=votes,
        votes_label=f"{votes} голосов",
        proposed_by=groups,
        proposed_by_label="Жұмыс тобы 1, Рабочая группа 3",
        members=members,
    )


def make_book(lang: str = "kk", *, draft: bool = False) -> LocalizedBook:
    """Return a three-recommendation book in `lang` with realistic Kazakh content."""
    directions = []
    for number, did, name in (("1", "D1", "Ұйымдық орнықтылық"), ("2", "D2", "Мемлекетпен өзара іс-қимыл")):
        recs = tuple(_rec(lang, r) for r in _RECS if r[0] == did)
        directions.append(
            LocalizedDirection(number, did, _text(name, "kk"), recs, sum(r.votes for r in recs))
        )
    return LocalizedBook(
        lang=lang,
        conference_id="almaty-2025",
        title=_text(_TITLES[lang], lang),
        subtitle=None,
        date=dt.date(2025, 9, 26),
        date_label=_DATES[lang],
        city=_text(_CITY[lang], lang),
        organizers=(Partner("ARGO"), Partner("Konrad-Adenauer-Stiftung")),
        partners=(),
        directions=tuple(directions),
        groups=(("G1", _text("Жұмыс тобы 1", "kk")), ("G3", _text("Рабочая группа 3", "ru"))),
        labels=dict(LABELS[lang]),
        foreword=_text("Алғы сөз: " + KAZAKH_LETTERS, "kk"),
        draft=draft,
        completeness=0.97 if draft else 1.0,
        missing=("R-G3-02.text",) if draft else (),
        illustrative=True,
        source_date_epoch=int(dt.datetime(2025, 9, 26, tzinfo=dt.timezone.utc).timestamp()),
    )
