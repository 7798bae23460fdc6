"""The warnings of a dedupe run as review.html lists them: in the page's language around recbook's English.

Every diagnostic recbook prints is English: one wording for the command line, the
tests and whoever helps the secretariat; there is no catalog of them. The review
page speaks the conference's language, so each item says there what it is about (a
short label per family of codes, a few codes of their own), how serious it is and
where, and then gives recbook's message as `recbook check` prints it, marked English.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..diagnostics import Diagnostic

_FILES = {"en": "reading an input file", "ru": "чтение входного файла", "kk": "кіріс файлын оқу"}
# by code, else by its family (the part before the dot); the order of a row: en, ru, kk
_ABOUT: dict[str, tuple[str, str, str]] = {
    "text.no-glyph": ("characters the book's fonts do not have", "знаки, которых нет в шрифтах сборника",
                      "жинақ қаріптерінде жоқ таңбалар"),
    "text.mixed-script": ("Latin and Cyrillic letters in one word", "латинские и кириллические буквы в одном слове",
                          "бір сөзде латын және кирилл әріптері"),
    "text.russian-keyboard": ("Kazakh words typed on a Russian keyboard", "казахские слова, набранные в русской раскладке",
                              "орыс пернетақтасымен терілген қазақ сөздері"),
    "text.control-char": ("invisible or control characters", "невидимые или управляющие символы",
                          "көрінбейтін не басқару таңбалары"),
    "text.lost-letters": ("letters lost when the file was saved", "буквы, потерянные при сохранении файла",
                          "файлды сақтағанда жоғалған әріптер"),
    "text.title-number": ("a title starting with a number of its own", "заголовок, начинающийся со своего номера",
                          "өз нөмірінен басталатын тақырып"),
    "text.long-word": ("a word too long for a line", "слово длиннее строки", "жолға сыймайтын сөз"),
    "text": ("the characters of a text", "знаки текста", "мәтін таңбалары"),
    "proposal": ("a proposal's fields", "поля предложения", "ұсыныс өрістері"),
    "conference": ("the conference's settings (conference.yaml)", "настройки конференции (conference.yaml)",
                   "конференция баптаулары (conference.yaml)"),
    "decisions": ("the decisions (decisions.yaml)", "решения (decisions.yaml)", "шешімдер (decisions.yaml)"),
    "editorial": ("the wording of a joined recommendation", "формулировка объединённой рекомендации",
                  "біріктірілген ұсынымның тұжырымы"),
    "merge": ("comparing the proposals", "сравнение предложений", "ұсыныстарды салыстыру"),
    "i18n": ("the translations (locales/)", "переводы (locales/)", "аудармалар (locales/)"),
    "editions": ("the editions (editions.yaml)", "издания (editions.yaml)", "басылымдар (editions.yaml)"),
}
_READING = ("load", "xlsx", "csv", "yaml", "table", "encoding", "value", "path", "quote")
_OTHER = ("the project", "проект", "жоба")
_SEVERITY = {"warning": ("warning", "предупреждение", "ескерту"), "error": ("error", "ошибка", "қате")}
_ORDER = ("en", "ru", "kk")


@dataclass(frozen=True)
class Note:
    """One diagnostic as the review page lists it."""

    about: str  # in the page's language
    severity: str  # in the page's language
    where: str  # file:line or file:sheet!cell, as the command line shows it ("" for none)
    message: str  # recbook's English message and its [code], as `recbook check` prints them


def about(code: str, lang: str) -> str:
    """Return what a diagnostic code is about, in `lang` (English for a language not listed)."""
    family = code.partition(".")[0]
    if family in _READING:
        return _FILES.get(lang, _FILES["en"])
    row = _ABOUT.get(code) or _ABOUT.get(family) or _OTHER
    return row[_ORDER.index(lang)] if lang in _ORDER else row[0]


def notes(diagnostics: Iterable[Diagnostic], lang: str) -> list[Note]:
    """Return the page's items: each diagnostic's subject and severity in `lang`, its place, its message."""
    out = []
    for d in diagnostics:
        line = d.format()  # escaped as the terminal shows it: a file name's newline stays one line
        head = f"{d.severity}: "
        where, _, message = line.partition(f": {head}") if d.location else ("", "", line.removeprefix(head))
        severity = _SEVERITY[d.severity]
        out.append(Note(about(d.code, lang), severity[_ORDER.index(lang)] if lang in _ORDER else severity[0],
                        where, message))
    return out
