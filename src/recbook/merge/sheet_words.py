"""The review spreadsheet's words in the secretariat's language (kk/ru/en): headers, row kinds, decisions, statuses.

`recbook review export` writes the sheet in the conference's source language;
`recbook review import` reads a sheet in any of the three, and English sheets
exported before the sheet was localized ("canonical" included).
"""

from __future__ import annotations

from typing import Mapping

# SheetRow field → column header, per language
HEADERS: dict[str, dict[str, str]] = {
    "en": {"kind": "Row", "recommendation": "Recommendation", "ids": "Proposals", "decision": "Decision",
           "reason": "Reason", "edited_title": "Edited title", "edited_text": "Edited text", "title": "Title",
           "text": "Text", "groups": "Groups", "status": "Status", "text_hash": "Text hash"},
    "ru": {"kind": "Строка", "recommendation": "Рекомендация", "ids": "Предложения", "decision": "Решение",
           "reason": "Причина", "edited_title": "Новый заголовок", "edited_text": "Новый текст",
           "title": "Заголовок", "text": "Текст", "groups": "Группы", "status": "Статус",
           "text_hash": "Контрольная сумма текста"},
    "kk": {"kind": "Жол", "recommendation": "Ұсыным", "ids": "Ұсыныстар", "decision": "Шешім",
           "reason": "Себебі", "edited_title": "Жаңа тақырып", "edited_text": "Жаңа мәтін",
           "title": "Тақырып", "text": "Мәтін", "groups": "Топтар", "status": "Мәртебесі",
           "text_hash": "Мәтіннің бақылау сомасы"},
}
# the drop-down, in the order a secretariat reads it: word → decisions.yaml action
CHOICES: dict[str, dict[str, str]] = {
    "en": {"merge": "merge", "keep apart": "apart", "print this wording": "canonical", "edit wording": "edit",
           "reject": "reject", "withdraw": "withdraw", "defer": "defer"},
    "ru": {"объединить": "merge", "оставить раздельно": "apart", "печатать эту формулировку": "canonical",
           "изменить формулировку": "edit", "отклонить": "reject", "отозвать": "withdraw", "отложить": "defer"},
    "kk": {"біріктіру": "merge", "бөлек қалдыру": "apart", "осы тұжырымды басу": "canonical",
           "тұжырымды өзгерту": "edit", "қабылдамау": "reject", "кері қайтару": "withdraw",
           "кейінге қалдыру": "defer"},
}
LEGACY_CHOICES = {"canonical": "canonical"}  # the English word of sheets exported before
KINDS: dict[str, dict[str, str]] = {
    "en": {"recommendation": "recommendation", "member": "proposal in it", "suggestion": "similar pair"},
    "ru": {"recommendation": "рекомендация", "member": "предложение в ней", "suggestion": "похожая пара"},
    "kk": {"recommendation": "ұсыным", "member": "ондағы ұсыныс", "suggestion": "ұқсас жұп"},
}
STATUSES: dict[str, dict[str, str]] = {
    "en": {"accepted": "printed", "rejected": "rejected", "withdrawn": "withdrawn", "deferred": "deferred",
           "printed_wording": "its wording is printed", "exact": "same text, joined automatically",
           "auto": "joined automatically", "manual": "joined by a decision", "similar": "may say the same thing",
           "look_alike": "look alike, kept apart"},
    "ru": {"accepted": "печатается", "rejected": "отклонена", "withdrawn": "отозвана", "deferred": "отложена",
           "printed_wording": "печатается его формулировка", "exact": "тот же текст, объединено автоматически",
           "auto": "объединено автоматически", "manual": "объединено по решению",
           "similar": "возможно, об одном и том же",
           "look_alike": "похожи, но оставлены раздельно"},
    "kk": {"accepted": "басылады", "rejected": "қабылданбады", "withdrawn": "кері қайтарылды",
           "deferred": "кейінге қалдырылды", "printed_wording": "тұжырымы басылады",
           "exact": "мәтіні бірдей, автоматты түрде біріктірілді", "auto": "автоматты түрде біріктірілді",
           "manual": "шешім бойынша біріктірілді", "similar": "мазмұны бірдей болуы мүмкін",
           "look_alike": "ұқсас, бірақ бөлек қалдырылды"},
}


def sheet_language(lang: str) -> str:
    """Return `lang` if the sheet speaks it, else English."""
    return lang if lang in HEADERS else "en"


def headers(lang: str) -> dict[str, str]:
    """Return the column headers in `lang`."""
    return HEADERS[sheet_language(lang)]


def choices(lang: str) -> dict[str, str]:
    """Return the drop-down's words in `lang`, in order, each with its action."""
    return CHOICES[sheet_language(lang)]


def choice_of(action: str, lang: str) -> str:
    """Return the drop-down word for a decisions.yaml action in `lang`."""
    return next(word for word, a in choices(lang).items() if a == action)


def action_of(word: str) -> str | None:
    """Return the action a drop-down word of any language (or an old English sheet) stands for."""
    key = " ".join(word.split()).lower()
    found = {w: a for table in CHOICES.values() for w, a in table.items()} | LEGACY_CHOICES
    return found.get(key)


def kind_of(word: str) -> str:
    """Return the row kind a Row cell of any language names (the cell as written when unknown)."""
    key = " ".join(word.split()).lower()
    found: Mapping[str, str] = {w: k for table in KINDS.values() for k, w in table.items()}
    return found.get(key, key if key in KINDS["en"] else word)


def header_fields(names: list[str]) -> dict[str, int]:
    """Return each field's column index found among `names` under its header in any language."""
    found: dict[str, int] = {}
    for table in HEADERS.values():
        for field, title in table.items():
            if field not in found and title in names:
                found[field] = names.index(title)
    return found
