"""Build the catalog templates: printed conference content (per source language) and book wording.

Content msgctxt scheme (stable: a translation follows its text):
``conference.<field>`` (title, subtitle, city, venue, foreword, foreword_signatory,
methodology, disclaimer, adopted, edition, licence, publisher, contacts, copyright), ``organizers.<n>``, ``partners.<n>`` (1-based, conference.yaml order),
``directions.<id>``, ``groups.<id>``, ``addressees.<id>``, ``<proposal id>.title|text``
for a recommendation printed in its canonical proposal's wording, and
``<recommendation id>.title|text`` for wording edited in decisions.yaml (in the conference's
source language: Recommendation.wording).
Without a merge result every proposal's title and text is extracted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Inputs, MergeResult, Proposal, Recommendation
from .catalogs import Catalogs
from ..model.inputs import CONFERENCE_FIELDS
from .po import Entry

# how a merged recommendation's entries name its proposals for the translator (read back: recorded_members)
MERGED_FROM = "; merged from "
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\([A-Za-z_]\w*\)[sd]|%[sd]")


@dataclass(frozen=True)
class ContentTemplate:
    """The content entries of one source language, and the seeds groups supplied per target."""

    source: str
    entries: tuple[Entry, ...]
    seeds: dict[str, dict[str, str]]  # target language → msgctxt → supplied translation


def _describe(what: str, source: str, text: str, extra: str = "") -> tuple[str, ...]:
    lines = [what + (f"; {extra}" if extra else ""), f"written in {source}, {len(text)} characters"]
    return tuple(lines)


def _ref(location) -> tuple[str, ...]:
    if location is None:
        return ()
    return (f"{location.path}:{location.cell or location.line or 0}",)


class _Collector:
    """Gather content entries per source language, in a fixed order."""

    def __init__(self, inputs: Inputs) -> None:
        self.inputs = inputs
        self.entries: dict[str, list[Entry]] = {}
        self.seeds: dict[str, dict[str, dict[str, str]]] = {}

    def add(self, lang: str, context: str, text: str, what: tuple[str, ...], location) -> None:
        entry = Entry(msgid=text, msgctxt=context, auto_comments=what, references=_ref(location))
        self.entries.setdefault(lang, []).append(entry)

    def seed(self, lang: str, target: str, context: str, text: str | None) -> None:
        if text:
            self.seeds.setdefault(lang, {}).setdefault(target, {})[context] = text

    def conference(self) -> None:
        conf = self.inputs.conference
        src = conf.source_language
        for name in CONFERENCE_FIELDS:
            value = getattr(conf, name)
            if value:
                self.add(src, f"conference.{name}", value, _describe(f"Conference {name}", src, value),
                         conf.location_of(name))
        for kind, items in (("organizers", conf.organizers), ("partners", conf.partners)):
            for i, p in enumerate(items, start=1):
                self.add(src, f"{kind}.{i}", p.name, _describe(f"Name in the {kind} list", src, p.name),
                         p.location)
        for kind, items in (("directions", conf.directions), ("groups", conf.groups),
                            ("addressees", conf.addressees)):
            for item in items:
                what = _describe(f"{kind[:-1].capitalize()} {item.id}", src, item.text)
                self.add(src, f"{kind}.{item.id}", item.text, what, item.location)

    def proposal(self, p: Proposal, context_id: str, note: str = "", names: tuple[str, ...] = ("title", "text")) -> None:
        conf = self.inputs.conference
        where = (f"group {p.group} ({conf.group(p.group).text}), "
                 f"direction {p.direction} ({conf.direction(p.direction).text})")
        for name in names:
            value = getattr(p, name)
            what = _describe(f"Recommendation {name} from proposal {p.id}", p.language, value, where + note)
            self.add(p.language, f"{context_id}.{name}", value, what, p.location_of(name))
            for target in conf.languages:
                supplied = p.translation(target)
                if target != p.language and supplied:
                    self.seed(p.language, target, f"{context_id}.{name}", getattr(supplied, name))

    def recommendation(self, rec: Recommendation, proposals: dict[str, Proposal]) -> None:
        canonical = proposals[rec.canonical]
        note = f"{MERGED_FROM}{', '.join(rec.member_ids)}" if len(rec.members) > 1 else ""
        kept = tuple(name for name in ("title", "text") if getattr(rec, f"edited_{name}") is None)
        self.proposal(canonical, canonical.id, note, kept)
        for name in ("title", "text"):
            if name in kept:
                continue
            # edited wording is in the conference's source language, not the proposal's (Recommendation.wording)
            context, value, lang = rec.wording(name, canonical, self.inputs.conference.source_language)
            what = _describe(f"Recommendation {name} edited in decisions.yaml", lang, value,
                             f"recommendation {rec.id}{note}")
            self.add(lang, context, value, what, None)


def _natural(text: str) -> tuple:
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", text))


def content_templates(inputs: Inputs, merged: MergeResult | None) -> list[ContentTemplate]:
    """Return the printed content strings grouped by the language they were written in."""
    c = _Collector(inputs)
    c.conference()
    head = {lang: len(items) for lang, items in c.entries.items()}
    proposals = {p.id: p for p in inputs.proposals}
    if merged is None:
        for p in inputs.proposals:
            c.proposal(p, p.id)
    else:
        for rec in merged.accepted:  # only what the book prints is translated
            c.recommendation(rec, proposals)
    out = []
    for lang in sorted(c.entries):
        items = c.entries[lang]
        n = head.get(lang, 0)
        # proposals sorted by id (natural order), title before text: stable whatever the input order
        body = sorted(items[n:], key=lambda e: (_natural(e.msgctxt.rpartition(".")[0]), e.msgctxt.endswith(".text")))
        out.append(ContentTemplate(lang, tuple(items[:n] + body), c.seeds.get(lang, {})))
    return out


def placeholder_note(*texts: str) -> tuple[str, ...]:
    found = list(dict.fromkeys(m for t in texts for m in _PLACEHOLDER.findall(t)))  # in order of appearance
    return (f"Keep {', '.join(found)} unchanged.",) if found else ()


def dedupe_entries(entries: list[Entry]) -> list[Entry]:
    """Merge repeated (msgctxt, msgid) pairs into one entry with all their references."""
    merged: dict[tuple[str | None, str], Entry] = {}
    for e in entries:
        if e.key in merged:
            first = merged[e.key]
            merged[e.key] = replace(first, references=first.references + e.references)
        else:
            merged[e.key] = e
    return list(merged.values())


def recorded_members(catalogs: Catalogs) -> tuple[tuple[str, ...], ...]:
    """Return the proposals of each merged recommendation as the catalogs' last update named them.

    What a recommendation was made of before a proposal of it was deleted: an edit of that proposal
    is then pointed to where the rest went (recbook.merge.lost_edits). `i18n update` rewrites the
    comments, and drops those of entries it makes obsolete, so this is the state before that update.
    """
    found: dict[tuple[str, ...], None] = {}
    for catalog in catalogs.content.values():
        for entry in catalog.entries:
            for comment in entry.auto_comments:
                _, said, members = comment.partition(MERGED_FROM)
                if said:
                    found.setdefault(tuple(m.strip() for m in members.split(",") if m.strip()))
    return tuple(found)
