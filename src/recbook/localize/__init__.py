"""Build the LocalizedBook of one language from inputs, merge result and catalogs (no I/O).

Print order: directions in conference.yaml order, numbered 1, 2 …; inside a
direction, recommendations by support (the sum of their members' votes)
descending, then by recommendation id in natural order ("G2" before "G10");
numbered "1.1", "1.2" … Directions without recommendations keep their number.
Once an edition is released, its numbers are kept (localize.numbering).

Strings whose translation is missing, fuzzy or stale are printed in their
source language with `Text.fallback=True`; their msgctxt is listed in
`LocalizedBook.missing`. With `draft=False` (the final edition) each of them is
also returned as a located error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from ..diagnostics import Diagnostic, warning
from ..i18n.catalogs import Catalogs
from ..i18n.labels import LABEL_SOURCE_LANGUAGE, LABELS
from ..i18n.translator import Translator, fill, format_book_date
from ..model import (
    Conference, Inputs, Line, LocalizedBook, LocalizedDirection, LocalizedMember, LocalizedRecommendation,
    LocalizedSdg, MergeResult, Partner, Proposal, Recommendation, Text, WithdrawnRecommendation,
)
from ..merge.wording import exact_wording
from ..model.inputs import CONFERENCE_FIELDS
from . import annexes as annex
from . import editions as edition_parts
from .numbering import frozen_numbers, merged_into, number_direction, taken_numbers
from .annexes import natural_key, number
from .text import join_names, paragraphs, separated

if TYPE_CHECKING:  # imported on first use (recbook.model): a check without editions makes none
    from ..model import Edition, Release

__all__ = ["localize", "natural_key", "print_order", "printed_numbers", "printed_titles", "recommendation_votes"]


def recommendation_votes(rec: Recommendation, proposals: dict[str, Proposal]) -> int:
    """Return a recommendation's support: the sum of its members' votes (missing = 0)."""
    return sum(proposals[m].votes or 0 for m in rec.member_ids)


def print_order(recs: list[Recommendation], proposals: dict[str, Proposal]) -> list[Recommendation]:
    """Return recommendations by support descending, then by id (natural order)."""
    return sorted(recs, key=lambda r: (-recommendation_votes(r, proposals), natural_key(r.id)))


class _Book:
    """The lookups one localize() call shares while it builds the book."""

    def __init__(self, inputs: Inputs, tr: Translator, frozen: dict[str, str],
                 taken: dict[str, str] | None = None) -> None:
        self.conf: Conference = inputs.conference
        self.frozen = frozen  # recommendation id → the number a released edition gave it
        self.taken = taken or {}  # every number a released edition gave → its recommendation id
        self.withdrawn_titles: dict[str, Text] = {}  # id → the title a released edition printed
        self.proposals = {p.id: p for p in inputs.proposals}
        self.tr = tr
        self.labels = tr.labels()  # raw: placeholders still in
        self.lang = tr.lang

    def label(self, key: str, **values: object) -> str:
        """Return the label `key` with its placeholders filled (the one rule, `fill`)."""
        return fill(self.labels[key], values)

    def label_piece(self, key: str, **values: object) -> Text:
        """Return the label `key`, filled, as a Text: its English source marked as a fallback when untranslated."""
        if key in self.tr.missing and self.lang != LABEL_SOURCE_LANGUAGE:
            return Text(self.label(key, **values), LABEL_SOURCE_LANGUAGE, fallback=True)
        return Text(self.label(key, **values), self.lang)

    def conf_text(self, context: str, source: str | None) -> Text | None:
        if source is None:
            return None
        return self.tr.content(context, source, self.conf.source_language)

    def label_text(self, key: str) -> Text:
        return self.tr.label_text(key, dict(LABELS)[key])

    def group(self, gid: str) -> Text:
        return self.tr.content(f"groups.{gid}", self.conf.group(gid).text, self.conf.source_language)

    def rec_field(self, rec: Recommendation, name: str) -> Text:
        """Return the printed title/text: the edited wording, or the canonical proposal's."""
        canonical = self.proposals[rec.canonical]
        context, words, language = rec.wording(name, canonical, self.conf.source_language)
        if getattr(rec, f"edited_{name}") is not None:  # the group's own translations are of other words
            return self.tr.content(context, words, language)
        supplied = canonical.translation(self.tr.lang)
        seed = getattr(supplied, name) if supplied else None
        return self.tr.content(context, words, language, seed)

    def recommendation(self, number: str, rec: Recommendation) -> LocalizedRecommendation:
        members = [self.proposals[m] for m in rec.member_ids]
        canonical = self.proposals[rec.canonical]
        addressees = [a.id for a in self.conf.addressees if any(a.id in p.addressees for p in members)]
        groups = [g.id for g in self.conf.groups if any(p.group == g.id for p in members)]
        timeframe = canonical.timeframe or next((p.timeframe for p in members if p.timeframe), None)
        sdgs = tuple((g, self.label_text(f"sdg.{g}")) for g in sorted({goal for p in members for goal in p.sdgs}))
        votes = recommendation_votes(rec, self.proposals)
        proposed_by = tuple(self.group(g) for g in groups)
        named = tuple(self.tr.content(f"addressees.{a}", self.conf.addressee(a).text, self.conf.source_language)
                      for a in addressees)
        text = self.rec_field(rec, "text")
        joined = join_names([t.value for t in proposed_by], self.lang)
        return LocalizedRecommendation(
            number=number, id=rec.id, title=self.rec_field(rec, "title"), text=text, addressees=named,
            timeframe=self.label_text(f"timeframe.{timeframe}") if timeframe else None,
            sdgs=sdgs, votes=votes, votes_label=self.support(members, votes),
            proposed_by=proposed_by, proposed_by_label=joined,
            members=tuple(self.member(rec, m.proposal_id, number) for m in rec.members),
            body=paragraphs(text), addressees_line=separated(named, "; ", self.lang),
            sdg_lines=tuple(LocalizedSdg(g, self.label_piece("sdg_n", number=g), t) for g, t in sdgs),
            proposed_by_line=self.names_line(proposed_by, joined),
        )

    def support(self, members: list[Proposal], votes: int) -> Text:
        """Return "12 votes", or "no vote count" when no member was voted on (never "0 votes")."""
        if all(p.votes is None for p in members):
            return self.label_piece("support.none")
        return self.tr.plural_text("votes", votes)

    def names_line(self, names: tuple[Text, ...], joined: str) -> Line:
        """Return the CLDR-joined list, unless a name must be marked (other language, fallback)."""
        if any(t.lang != self.lang or t.fallback for t in names):  # a fallback makes the book a draft
            return separated(names, "; ", self.lang)
        return (Text(joined, self.lang),) if joined else ()

    def member(self, rec: Recommendation, pid: str, number: str) -> LocalizedMember:
        p = self.proposals[pid]
        m = next(m for m in rec.members if m.proposal_id == pid)
        group = self.group(p.group)
        said = self.label_piece("recommendation_n", number=number)
        # one piece, unless the label is printed in English (marked on its own)
        meta = ((group, Text(" · ", self.lang), said) if said.fallback else
                (group, Text(" · " + said.value, self.lang)))
        # the proposal whose wording is printed joined no one: its row says how its recommendation was
        # made (the merge lists it as "exact" to itself, which the annex printed as "identical wording")
        how = rec.how if pid == rec.canonical and len(rec.members) > 1 else m.how
        return LocalizedMember(pid, group, p.language, p.title, p.text, how, m.score, p.votes,
                               body=paragraphs(Text(p.text, p.language)), meta=meta,
                               written=exact_wording(pid, rec, self.proposals))

    def directions(self, merged: MergeResult) -> tuple[LocalizedDirection, ...]:
        out = []
        numbering = numbered_directions(self.conf, merged, self.proposals, self.frozen, self.taken)
        # where each printed proposal is, so a number no longer printed can say where its proposals went
        printed = {pid: (n, r.id) for numbered, _ in numbering for n, r in numbered for pid in r.member_ids}
        now = {r.id: n for numbered, _ in numbering for n, r in numbered}  # a moved one: its new number
        for index, (direction, (numbered, gone)) in enumerate(zip(self.conf.directions, numbering), start=1):
            localized = tuple(self.recommendation(n, r) for n, r in numbered)
            withdrawn = tuple(self.withdrawn(n, rid, merged_into(rid, printed), now.get(rid)) for n, rid in gone)
            title = self.tr.content(f"directions.{direction.id}", direction.text, self.conf.source_language)
            votes = sum(r.votes for r in localized)
            out.append(LocalizedDirection(str(index), direction.id, title, localized, votes,
                                          heading=self.label_piece("direction_n", number=index),
                                          count_label=number(len(localized), self.lang),
                                          votes_label=number(votes, self.lang), withdrawn=withdrawn))
        return tuple(out)

    def withdrawn(self, number: str, rid: str, into: str | None, moved: str | None = None) -> WithdrawnRecommendation:
        """Return a number no longer printed: "Withdrawn", "Merged into 1.6" when another holds its proposals,
        or "Moved to 4.1" when the recommendation itself is printed in another direction now."""
        label = (self.label_piece("merged_into", number=into) if into else
                 self.label_piece("moved_to", number=moved) if moved else self.label_piece("withdrawn"))
        return WithdrawnRecommendation(number, rid, label, self.withdrawn_titles.get(rid), into, moved)

    def partners(self, kind: str, items: tuple[Partner, ...]) -> tuple[Partner, ...]:
        """Return organizers/partners with translated names (msgctxt `organizers.1` …)."""
        return tuple(
            Partner(self.tr.content(f"{kind}.{i}", p.name, self.conf.source_language).value, p.logo, p.location)
            for i, p in enumerate(items, start=1)
        )


def numbered_directions(conf: Conference, merged: MergeResult, proposals: dict[str, Proposal], frozen: dict[str, str],
                        taken: dict[str, str] | None = None,
                        ) -> list[tuple[list[tuple[str, Recommendation]], list[tuple[str, str]]]]:
    """Return each direction's (numbered recommendations, withdrawn numbers), in conference.yaml order."""
    out = []
    for index, direction in enumerate(conf.directions, start=1):
        recs = [r for r in merged.accepted if proposals[r.canonical].direction == direction.id]
        out.append(number_direction(index, print_order(recs, proposals), frozen, taken))
    return out


def printed_numbers(inputs: Inputs, merged: MergeResult, editions: Sequence[Edition]) -> dict[str, str]:
    """Return recommendation id → the number the book prints it at: the one an edition froze, else the draft's.

    What the review shows next to each id: the secretariat finds a recommendation in the PDF by its
    number, and after an edition partners and moderators cite it. One set aside keeps the number an
    edition gave it (the book prints it "Withdrawn"); before any edition it has none.
    """
    proposals = {p.id: p for p in inputs.proposals}
    frozen = frozen_numbers(editions)
    printed = {r.id: n for numbered, _ in numbered_directions(inputs.conference, merged, proposals, frozen,
                                                              taken_numbers(editions))
               for n, r in numbered}
    return {**{r.id: frozen[r.id] for r in merged.set_aside if r.id in frozen}, **printed}


def localize(
    inputs: Inputs, merged: MergeResult, catalogs: Catalogs, lang: str, *, draft: bool,
    editions: Sequence[Edition] = (), release: Release | None = None, typeset: bool = True,
) -> tuple[LocalizedBook, list[Diagnostic]]:
    """Return the book in `lang`, and the diagnostics about its translation.

    `draft=False` is the explicit final check (`build --strict`): every missing translation is an
    error. `editions` are the released editions (inputs/editions.yaml): their numbers are
    kept, and the last one before `release` is compared in the changelog.
    `release` is the edition `recbook release` makes; only a final one is "final",
    so a draft never says "final", however complete its translation.
    `typeset=False` leaves the strings as written: `recbook check` prints no book, and the
    typography (localize.typography) says nothing about it, so a check skips it.
    """
    tr = Translator(catalogs, lang)
    b = _Book(inputs, tr, frozen_numbers(editions), taken_numbers(editions))
    conf = b.conf
    if editions:  # a withdrawn number is printed with the title it had
        b.withdrawn_titles = edition_parts.printed_titles(editions, lang, merged, b.proposals, conf.source_language)
    directions = b.directions(merged)
    texts = {name: b.conf_text(f"conference.{name}", getattr(conf, name)) for name in CONFERENCE_FIELDS}
    groups = tuple((g.id, b.group(g.id)) for g in conf.groups)
    organizers, partners = b.partners("organizers", conf.organizers), b.partners("partners", conf.partners)
    book = LocalizedBook(
        lang=lang, conference_id=conf.id, title=texts["title"], subtitle=texts["subtitle"],
        date=conf.date, date_label=format_book_date(conf.date, lang), city=texts["city"],
        organizers=organizers, partners=partners, directions=directions, groups=groups,
        labels=printed_labels(b.labels), fallback_labels=fallback_labels(b), foreword=texts["foreword"], methodology=texts["methodology"],
        disclaimer=texts["disclaimer"], venue=texts["venue"],
        # an illustrative sample was endorsed by no one: it never prints the adoption line
        adopted=None if conf.illustrative else texts["adopted"],
        foreword_signatory=texts["foreword_signatory"], edition=texts["edition"], licence=texts["licence"],
        isbn=conf.isbn, udc=conf.udc, publisher=texts["publisher"], copyright=texts["copyright"],
        contacts=tuple(t for p in paragraphs(texts["contacts"]) for t in lines(p)),
        draft=draft,
        completeness=tr.completeness,
        missing=tuple(sorted(tr.missing, key=natural_key)), illustrative=conf.illustrative,
        source_date_epoch=int(dt.datetime.combine(conf.date, dt.time(), dt.timezone.utc).timestamp()),
        foreword_body=paragraphs(texts["foreword"]), methodology_body=paragraphs(texts["methodology"]),
        disclaimer_body=paragraphs(texts["disclaimer"]),
        draft_notice=b.label("draft_notice", percent=tr.percent()) if tr.missing else "",
        footer=(("field", "page"),),  # a page number only, as publishers print it
        summary=annex.summary(directions, lang), chart=annex.chart(directions, b.labels, lang),
        annexes=annex.annexes(directions, groups, b.labels, lang),
    )
    book = edition_parts.stamp(book, release, b.labels, conf.illustrative)
    book = replace(book, changelog=edition_parts.changelog(book, editions, release, merged, b.proposals, b.labels,
                                                           conf.source_language))
    if typeset:
        from .typography import typeset_all  # imported only here: a check (typeset=False) needs none of it

        book = typeset_all(book, lang)
    return book, tr.diagnostics(draft=draft) + _unprinted(conf)


def printed_titles(inputs: Inputs, merged: MergeResult, catalogs: Catalogs, lang: str) -> dict[str, Text]:
    """Return each printed recommendation's title in `lang` as the book prints it, before typography.

    What a release records (recbook.release.edition_record): the typeset book's titles carry no-break
    spaces and word joiners, which the next build's typography adds again.
    """
    b = _Book(inputs, Translator(catalogs, lang), {})
    return {rec.id: b.rec_field(rec, "title") for rec in merged.accepted}


def _unprinted(conf: Conference) -> list[Diagnostic]:
    """Say what conference.yaml holds that the book leaves out (nothing is dropped silently)."""
    if conf.illustrative and conf.adopted:
        return [warning(conf.location_of("adopted"), '"adopted" is not printed: an illustrative '
                        "sample (illustrative: true) was endorsed by no one", "conference.illustrative-adopted")]
    return []


def lines(text: Text) -> Line:
    """Return the lines of a paragraph, one Text each."""
    return tuple(Text(line, text.lang, text.fallback) for line in text.value.split("\n"))


def fallback_labels(b: _Book) -> dict[str, Text]:
    """Return the printed labels shown in English, as the Texts a renderer marks."""
    return {key: b.label_piece(key) for key in printed_labels(b.labels) if key in b.tr.missing}


def printed_labels(raw: dict[str, str]) -> dict[str, str]:
    """Return the labels a renderer prints as they are: those without placeholders."""
    return {key: value for key, value in raw.items() if "{" not in dict(LABELS).get(key, "")}
