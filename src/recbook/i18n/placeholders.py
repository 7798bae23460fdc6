"""The placeholder wording a new project starts with (`recbook init`), in each language recbook publishes.

Here, in i18n, not in scaffold: `recbook i18n update` recognises init's translations of them
(guesses.py), and i18n may not import scaffold, which imports load.
"""

from __future__ import annotations

# msgctxt (as recbook i18n extract names it) → {language: text}
PLACEHOLDERS: dict[str, dict[str, str]] = {
    "conference.title": {"kk": "Конференция атауы", "ru": "Название конференции",
                         "en": "Conference title"},
    "conference.subtitle": {"kk": "Конференция ұсынымдары", "ru": "Рекомендации конференции",
                            "en": "Recommendations of the conference"},
    "conference.city": {"kk": "Алматы", "ru": "Алматы", "en": "Almaty"},
    "organizers.1": {"kk": "Ұйымдастырушы", "ru": "Организатор", "en": "Organiser"},
    # the book prints "1-БАҒЫТ" / "НАПРАВЛЕНИЕ 1" above each direction's title: a title that said the same
    # printed it twice; these say what to write there
    "directions.D1": {"kk": "Бірінші бағыттың тақырыбы", "ru": "Тема первого направления",
                      "en": "Theme of the first direction"},
    "directions.D2": {"kk": "Екінші бағыттың тақырыбы", "ru": "Тема второго направления",
                      "en": "Theme of the second direction"},
    "directions.D3": {"kk": "Үшінші бағыттың тақырыбы", "ru": "Тема третьего направления",
                      "en": "Theme of the third direction"},
    "groups.G1": {"kk": "1-жұмыс тобы", "ru": "Рабочая группа 1", "en": "Working group 1"},
    "groups.G2": {"kk": "2-жұмыс тобы", "ru": "Рабочая группа 2", "en": "Working group 2"},
    "groups.G3": {"kk": "3-жұмыс тобы", "ru": "Рабочая группа 3", "en": "Working group 3"},
    "addressees.gov": {"kk": "Мемлекеттік органдар", "ru": "Государственные органы",
                       "en": "Government bodies"},
    "addressees.ngos": {"kk": "Үкіметтік емес ұйымдар", "ru": "Неправительственные организации",
                        "en": "Non-governmental organisations"},
}

# the placeholders no conference's own text could be: a final edition refuses them. Not the city, subtitle,
# groups and addressees: «Алматы», «Рекомендации конференции», "Working group 1" and «Государственные
# органы» are what many a real conference writes there
NEVER_FINAL = ("conference.title", "organizers.1", "directions.D1", "directions.D2", "directions.D3")


def placeholders_left(conference) -> list:
    """Return an error at each conference.yaml value that is still init's placeholder (the final edition's check).

    A final edition went out as «Название конференции» by «Организатор» (qa s21): it cannot be released
    again, so its archive and frozen numbers kept them. Compared with the placeholder in every language:
    the source language may have been changed after init.
    """
    from ..diagnostics import Location, error

    values = [("conference.title", '"title"', conference.title, conference.location_of("title"))]
    values += [(f"organizers.{i}", f"organizer {i}", p.name, p.location)
               for i, p in enumerate(conference.organizers, start=1)]
    values += [(f"directions.{d.id}", f"the title of direction {d.id}", d.text,
                conference.location_of(f"directions.{d.id}") or d.location) for d in conference.directions]
    out = []
    for context, name, text, where in values:
        if context in NEVER_FINAL and text in PLACEHOLDERS[context].values():
            out.append(error(where or Location("inputs/conference.yaml"),
                             f"{name} is still the placeholder `recbook init` wrote ({text!r}); the final "
                             "edition would print it: write the conference's own text",
                             "conference.placeholder"))
    return out
