"""A small hand-built conference (ru source, kk/ru/en proposals) for i18n and localize tests."""

from __future__ import annotations

import datetime as dt

from recbook.diagnostics import Location
from recbook.model import (
    Conference, Inputs, Member, MergeResult, Named, Partner, Proposal, Recommendation,
    SuppliedTranslation,
)

CONF_PATH = "inputs/conference.yaml"
PROPOSALS_PATH = "inputs/proposals/g1.yaml"


def _loc(line: int, path: str = PROPOSALS_PATH) -> Location:
    return Location(path, line, 3)


def conference() -> Conference:
    """Return a ru-source conference with two directions, three groups, two addressees."""
    return Conference(
        id="almaty-2025", source_language="ru", languages=("kk", "ru", "en"),
        title="Гражданское общество Казахстана", date=dt.date(2025, 9, 26), city="Алматы",
        organizers=(Partner("АРГО"),),
        directions=(Named("D1", "Устойчивость НПО", _loc(8, CONF_PATH)),
                    Named("D2", "Взаимодействие с государством", _loc(9, CONF_PATH))),
        groups=(Named("G1", "Рабочая группа 1", _loc(11, CONF_PATH)),
                Named("G2", "Рабочая группа 2", _loc(12, CONF_PATH)),
                Named("G10", "Рабочая группа 10", _loc(13, CONF_PATH))),
        addressees=(Named("mci", "Министерство культуры и информации", _loc(15, CONF_PATH)),),
        illustrative=True,
        locations=(("title", _loc(3, CONF_PATH)), ("city", _loc(5, CONF_PATH))),
    )


def proposal(pid: str, group: str, direction: str, lang: str, title: str, text: str, votes: int | None,
             line: int, **extra) -> Proposal:
    """Return a proposal whose fields are located at `line` (title) and `line + 1` (text)."""
    return Proposal(
        id=pid, group=group, direction=direction, language=lang, title=title, text=text, votes=votes,
        location=_loc(line - 1), field_locations=(("title", _loc(line)), ("text", _loc(line + 1))), **extra,
    )


def proposals() -> tuple[Proposal, ...]:
    """Return four proposals in three languages; G2-01 carries a group-supplied en translation."""
    return (
        proposal("G1-01", "G1", "D1", "ru", "Развивать эндаумент-фонды", "Создать фонды целевого капитала.",
                 21, 2, addressees=("mci",), timeframe="medium", sdgs=(16, 17)),
        proposal("G2-01", "G2", "D1", "kk", "Гранттарды көбейту", "ҮЕҰ-ға арналған гранттарды көбейту.", 5, 6,
                 translations=(SuppliedTranslation("en", "More grants", "Increase state grants for NGOs."),)),
        proposal("G10-01", "G10", "D1", "en", "Train volunteers", "Run volunteer schools in every region.", 5, 10,
                 timeframe="short", sdgs=(4,)),
        proposal("G1-02", "G1", "D2", "ru", "Усилить общественные советы", "Расширить права общественных советов.",
                 1, 14, addressees=("mci",), timeframe="long"),
    )


def inputs() -> Inputs:
    return Inputs(conference(), proposals())


def singletons(inp: Inputs) -> MergeResult:
    """Return one recommendation per proposal (what merge gives when nothing is similar)."""
    return MergeResult(tuple(
        Recommendation(f"R-{p.id}", p.id, (Member(p.id, "single", 1.0),), "single", 1.0)
        for p in inp.proposals
    ))


def merged_pair(inp: Inputs) -> MergeResult:
    """Return G1-01 and G10-01 merged (G1-01 canonical), the rest as singletons."""
    pair = Recommendation("R-G1-01", "G1-01", (Member("G1-01", "manual", 1.0), Member("G10-01", "manual", 0.4)),
                          "manual", 0.4)
    rest = [r for r in singletons(inp).recommendations if r.canonical not in ("G1-01", "G10-01")]
    return MergeResult((pair, *rest))
