"""The internal provenance report's wording in the secretariat's language (the conference's source_language).

Like review.html (review_words) it is for the secretariat only, so its words
live here rather than in the translators' catalogs.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Where every proposal went", "internal": "Internal — not for distribution",
        "about": "For the secretariat only: every proposal as it was written, the recommendation it ended "
                 "in, how it got there, the similarity scores, the decisions that applied and what was set "
                 "aside. Send the groups their own sheets (output/groups/), not this report.",
        "proposals": "Proposals", "printed": "printed", "aside": "set aside",
        "proposal": "Proposal", "group": "Group", "language": "Language", "as_written": "As written",
        "recommendation": "Recommendation", "how": "How", "score": "Score", "status": "Status",
        "decisions": "Decisions", "merged_with": "Together with", "votes": "Votes",
        "single": "alone", "canonical": "its wording is printed", "edited": "wording edited by the secretariat",
        "exact": "same text, joined automatically", "auto": "joined automatically", "manual": "joined by a decision",
        "accepted": "printed", "rejected": "rejected", "withdrawn": "withdrawn", "deferred": "deferred",
        "none": "–",
    },
    "ru": {
        "title": "Судьба каждого предложения", "internal": "Для внутреннего пользования — не распространять",
        "about": "Только для секретариата: каждое предложение в том виде, в каком его подали, рекомендация, "
                 "в которую оно вошло, как оно туда попало, оценки сходства, применённые решения и то, что "
                 "не печатается. Группам отправляйте их собственные листы (output/groups/), а не этот отчёт.",
        "proposals": "Предложений", "printed": "печатаются", "aside": "не печатаются",
        "proposal": "Предложение", "group": "Группа", "language": "Язык", "as_written": "Как подано",
        "recommendation": "Рекомендация", "how": "Как", "score": "Оценка", "status": "Статус",
        "decisions": "Решения", "merged_with": "Вместе с", "votes": "Голосов",
        "single": "отдельно", "canonical": "печатается его формулировка",
        "edited": "формулировка отредактирована секретариатом",
        "exact": "тот же текст, объединено автоматически", "auto": "объединено автоматически",
        "manual": "объединено по решению",
        "accepted": "печатается", "rejected": "отклонено", "withdrawn": "отозвано", "deferred": "отложено",
        "none": "–",
    },
    "kk": {
        "title": "Әр ұсыныстың тағдыры", "internal": "Ішкі пайдалануға арналған — таратуға болмайды",
        "about": "Тек хатшылыққа арналған: әр ұсыныс жазылған күйінде, ол енген ұсыным, оның қалай енгені, "
                 "ұқсастық бағалары, қолданылған шешімдер және басылмайтындар. Топтарға осы есепті емес, "
                 "өз парақтарын (output/groups/) жіберіңіз.",
        "proposals": "Ұсыныстар", "printed": "басылады", "aside": "басылмайды",
        "proposal": "Ұсыныс", "group": "Топ", "language": "Тілі", "as_written": "Жазылған күйі",
        "recommendation": "Ұсыным", "how": "Қалай", "score": "Баға", "status": "Мәртебесі",
        "decisions": "Шешімдер", "merged_with": "Бірге", "votes": "Дауыс",
        "single": "жеке", "canonical": "тұжырымы басылады", "edited": "тұжырымын хатшылық өңдеді",
        "exact": "мәтіні бірдей, автоматты түрде біріктірілді", "auto": "автоматты түрде біріктірілді",
        "manual": "шешім бойынша біріктірілді",
        "accepted": "басылады", "rejected": "қабылданбады", "withdrawn": "кері қайтарылды",
        "deferred": "кейінге қалдырылды", "none": "–",
    },
}


def words(lang: str) -> dict[str, str]:
    """Return the report's wording in `lang` (English for a language not listed)."""
    return WORDS.get(lang, WORDS["en"])
