"""Write a new project's conference.yaml: placeholder texts with comments in the secretariat's language."""

from __future__ import annotations

import datetime as dt
import json
import re

from .texts import CONFERENCE_COMMENTS, PLACEHOLDERS

DIRECTIONS = ("D1", "D2", "D3")
GROUPS = ("G1", "G2", "G3")
ADDRESSEES = ("gov", "ngos")


def slug(name: str) -> str:
    """Return a conference id made from a folder name (lower-case ASCII words joined by '-')."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return "-".join(words) or "conference"


def conference_yaml(conference_id: str, languages: tuple[str, ...], source: str, day: dt.date) -> str:
    """Return the text of conference.yaml for a new conference."""
    notes = CONFERENCE_COMMENTS[source]

    def text(key: str) -> str:
        return json.dumps(PLACEHOLDERS[key][source], ensure_ascii=False)

    def comment(key: str) -> str:
        return "# " + notes[key].format(source=source)

    lines = [
        "# yaml-language-server: $schema=../schemas/conference.schema.json",
        *("# " + line for line in notes["head"].format(source=source).splitlines()),
        comment("id"), f"id: {conference_id}",
        f"source_language: {source}",
        comment("languages"), f"languages: [{', '.join(languages)}]",
        "", f"title: {text('conference.title')}", f"subtitle: {text('conference.subtitle')}",
        comment("date"), f"date: {day.isoformat()}", f"city: {text('conference.city')}",
        "", comment("organizers"), "organizers:", f"  - {text('organizers.1')}",
        "", comment("optional"),
        "", comment("after"),
        comment("directions"), "directions:",
        *(f"  - {{id: {d}, title: {text('directions.' + d)}}}" for d in DIRECTIONS),
        "", comment("groups"), "groups:",
        *(f"  - {{id: {g}, name: {text('groups.' + g)}}}" for g in GROUPS),
        "", comment("addressees"), "addressees:",
        *(f"  - {{id: {a}, name: {text('addressees.' + a)}}}" for a in ADDRESSEES),
    ]
    return "\n".join(lines) + "\n"


DECISIONS_YAML = """\
# yaml-language-server: $schema=../schemas/decisions.schema.json
# The secretariat's merge decisions: paste lines from output/review.html (recbook dedupe).
# Format: {merge: [G1-01, G2-03]} or {apart: [G1-02, G3-04]}, one per line (see README.md).
[]
"""
