"""The placeholder wording a new project starts with, in each language recbook publishes.

Every placeholder has its translations here, so a fresh project's catalogs are
complete and `recbook check` is clean until the secretariat writes its own texts.
"""

from __future__ import annotations

# msgctxt → {language: text}: in i18n, whose update empties init's translations of them (i18n/guesses.py)
from ..i18n.placeholders import PLACEHOLDERS  # noqa: E402,F401

# the comments of conference.yaml, by language
CONFERENCE_COMMENTS: dict[str, dict[str, str]] = {
    "en": {
        "head": "The conference this book is made for. Replace every text below with your own;\n"
                "texts are written in {source} and translated in locales/ (recbook i18n update).",
        "id": "a short name used in the output files: lower-case letters, digits, '-'",
        "languages": "the languages the book is published in, in build order",
        "date": "the conference day, YYYY-MM-DD",
        "organizers": "one line per organiser; a logo is a file in inputs/assets/, e.g.\n"
                      "#   - {{name: \"...\", logo: inputs/assets/logo.png}}",
        "optional": "optional: venue, foreword, methodology, disclaimer, adopted, edition, licence,\n"
                    "# isbn, udc, partners (see schemas/conference.schema.json)",
        "directions": "priority directions, printed in this order; proposals name them by id",
        "groups": "working groups; the intake workbook has one sheet per group",
        "addressees": "bodies recommendations are addressed to; proposals name them by id",
        "after": "after changing directions, groups or addressees: recbook intake (new drop-down lists)",
    },
    "ru": {
        "head": "Конференция, для которой делается сборник. Замените тексты ниже своими;\n"
                "тексты пишутся на языке {source}, переводы — в locales/ (recbook i18n update).",
        "id": "краткое имя для файлов сборника: строчные латинские буквы, цифры, '-'",
        "languages": "языки сборника, в порядке сборки",
        "date": "день конференции, ГГГГ-ММ-ДД",
        "organizers": "по строке на организатора; логотип — файл в inputs/assets/, например\n"
                      "#   - {{name: \"...\", logo: inputs/assets/logo.png}}",
        "optional": "по желанию: venue, foreword, methodology, disclaimer, adopted, edition, licence,\n"
                    "# isbn, udc, partners (см. schemas/conference.schema.json)",
        "directions": "приоритетные направления в порядке печати; предложения ссылаются на их id",
        "groups": "рабочие группы; в бланке предложений — по листу на группу",
        "addressees": "адресаты рекомендаций; предложения ссылаются на их id",
        "after": "изменили направления, группы или адресатов: recbook intake (новые списки в бланке)",
    },
    "kk": {
        "head": "Жинақ жасалатын конференция. Төмендегі мәтіндерді өзіңіздікімен ауыстырыңыз;\n"
                "мәтіндер {source} тілінде жазылады, аудармалары — locales/ ішінде (recbook i18n update).",
        "id": "жинақ файлдарының қысқа атауы: кіші латын әріптері, сандар, '-'",
        "languages": "жинақ тілдері, жасалу ретімен",
        "date": "конференция күні, ЖЖЖЖ-АА-КК",
        "organizers": "әр ұйымдастырушыға бір жол; логотип — inputs/assets/ ішіндегі файл, мысалы\n"
                      "#   - {{name: \"...\", logo: inputs/assets/logo.png}}",
        "optional": "қосымша: venue, foreword, methodology, disclaimer, adopted, edition, licence,\n"
                    "# isbn, udc, partners (schemas/conference.schema.json қараңыз)",
        "directions": "басым бағыттар, басылу ретімен; ұсыныстар оларға id арқылы сілтейді",
        "groups": "жұмыс топтары; ұсыныстар бланкісінде әр топқа бір парақ",
        "addressees": "ұсынымдардың адресаттары; ұсыныстар оларға id арқылы сілтейді",
        "after": "бағыттарды, топтарды не адресаттарды өзгерттіңіз бе: recbook intake (бланкідегі жаңа тізімдер)",
    },
}

# the comments that are the whole of a new decisions.yaml, by language: comments only, no "[]", so a
# "- {…}" line pasted at its end (as review.html says) starts the list; `section` is the README's heading
DECISIONS_COMMENTS: dict[str, str] = {
    "en": "The secretariat's decisions on similar proposals: merge, keep apart, choose or edit the\n"
          "wording, set aside. Paste each line from output/review.html (recbook dedupe) at the end of\n"
          "this file as it is, one per line, e.g. - {{merge: [G1-01, G2-03]}}\n"
          "No line: no decision. The format: README.md, «{section}».",
    "ru": "Решения секретариата о похожих предложениях: объединить, оставить раздельно, выбрать или\n"
          "изменить формулировку, не печатать. Вставляйте строки из output/review.html (recbook dedupe)\n"
          "в конец этого файла как есть, по строке на решение, например - {{merge: [G1-01, G2-03]}}\n"
          "Нет строк — нет решений. Формат: README.md, «{section}».",
    "kk": "Ұқсас ұсыныстар туралы хатшылық шешімдері: біріктіру, бөлек қалдыру, тұжырымды таңдау не\n"
          "өзгерту, баспау. output/review.html (recbook dedupe) ішіндегі жолдарды осы файлдың соңына\n"
          "сол күйінде қойыңыз, әр шешімге бір жол, мысалы - {{merge: [G1-01, G2-03]}}\n"
          "Жол жоқ болса, шешім де жоқ. Пішімі: README.md, «{section}».",
}

# the intake workbook's column notes, by language
COLUMN_NOTES: dict[str, dict[str, str]] = {
    "en": {
        "id": "Unique across the conference, e.g. {group}-01.",
        "group": "Pick the group from the list.",
        "direction": "Pick the direction from the list.",
        "language": "The language the proposal is written in.",
        "title": "A short title.",
        "text": "The proposal itself.",
        "addressees": "Pick one, or type several ids separated by ;",
        "timeframe": "short (up to 1 year), medium (1-3 years), long (3-5 years).",
        "votes": "Votes for it in the group (a whole number).",
        "sdgs": "SDG goal numbers 1-17, separated by ;",
    },
    "ru": {
        "id": "Уникальный в пределах конференции, например {group}-01.",
        "group": "Выберите группу из списка.",
        "direction": "Выберите направление из списка.",
        "language": "Язык, на котором написано предложение.",
        "title": "Краткое название.",
        "text": "Само предложение.",
        "addressees": "Выберите одного или впишите несколько id через ;",
        "timeframe": "short (до 1 года), medium (1-3 года), long (3-5 лет).",
        "votes": "Голоса «за» в группе (целое число).",
        "sdgs": "Номера Целей устойчивого развития 1-17 через ;",
    },
    "kk": {
        "id": "Конференция ішінде бірегей, мысалы {group}-01.",
        "group": "Тізімнен топты таңдаңыз.",
        "direction": "Тізімнен бағытты таңдаңыз.",
        "language": "Ұсыныс жазылған тіл.",
        "title": "Қысқа атауы.",
        "text": "Ұсыныстың өзі.",
        "addressees": "Біреуін таңдаңыз немесе бірнеше id-ді ; арқылы жазыңыз",
        "timeframe": "short (1 жылға дейін), medium (1-3 жыл), long (3-5 жыл).",
        "votes": "Топтағы «жақтап» берілген дауыстар (бүтін сан).",
        "sdgs": "Тұрақты даму мақсаттарының нөмірлері 1-17, ; арқылы",
    },
}

# the intake workbook's group column note names the sheet's group: the sheet's own name may
# differ from the group id (Excel refuses "History", names over 31 characters…; model.intake_sheets.sheet_title)
SHEET_GROUP_NOTE: dict[str, str] = {
    "en": "This sheet is for group {group}.",
    "ru": "Этот лист — для группы {group}.",
    "kk": "Бұл парақ {group} тобына арналған.",
}
