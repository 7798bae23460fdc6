"""Write a new project's conference.yaml (placeholder texts) and decisions.yaml, commented in the secretariat's language."""

from __future__ import annotations

import datetime as dt
import json
import re

from .readme import DECISIONS_SECTION
from .texts import CONFERENCE_COMMENTS, DECISIONS_COMMENTS, PLACEHOLDERS

DIRECTIONS = ("D1", "D2", "D3")
GROUPS = ("G1", "G2", "G3")
ADDRESSEES = ("gov", "ngos")


# Kazakh and Russian letters in Latin, for an id (and so the output files' names) made from a folder
# named in Cyrillic: "Форум 2026" is forum-2026, not "2026" with its words dropped. A plain ASCII
# romanisation as on Kazakhstan's passports (қ q, ң ng, ш sh), not the 2021 alphabet's ä/ğ/ş: an id
# is ASCII by schema.
_LATIN = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
    "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


def slug(name: str) -> str:
    """Return a conference id made from a folder name (lower-case ASCII words joined by '-').

    Cyrillic letters are romanised ("Алматы форумы" → almaty-forumy); other letters and signs
    separate words.
    """
    words = re.findall(r"[a-z0-9]+", name.lower().translate(_LATIN))
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


def decisions_yaml(source: str) -> str:
    """Return the text of a new decisions.yaml: comments only, in the secretariat's language.

    No decision is an empty file to YAML, which the reader takes as none; init wrote "[]", and
    a "- {…}" line pasted after it, as review.html says, made two lists in one file.
    """
    notes = DECISIONS_COMMENTS[source].format(section=DECISIONS_SECTION[source]).splitlines()
    return "# yaml-language-server: $schema=../schemas/decisions.schema.json\n" + "".join(
        f"# {line}\n" for line in notes)
