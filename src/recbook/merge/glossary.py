"""A small kk/ru/en glossary of the field's terms, for pairs that share no language.

When neither group supplied a translation and no catalog has one, two proposals
can still be put in front of a person if they use the same specific terms
("school" / "мектеп" / "школа", "mentor" / "тәлімгер" / "наставник"). Such a
pair is only ever suggested, never merged. Entries are folded word beginnings
(four letters or more match as prefixes, shorter ones as whole words). Terms
that nearly every proposal uses (NGO, state, create, support) are left out on
purpose: they would make every pair look alike.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from .concepts import TEXT as LEXICON
from .normalize import fold_kk, normalize

# concept: (ru, kk folded, en)
GLOSSARY: dict[str, tuple[str, str, str]] = {
    "young": ("молод", "жас жастар жастарга жастардын", "young youth"),
    "leader": ("лидер руковод", "кошбасшы басшы басшылар басшыларынын", "leader"),
    "school": ("школ", "мектеп мектеб", "school"),
    "mentor": ("настав", "талимгер", "mentor"),
    "project": ("проект законопроект", "жоба жобалар жобаларды жобасы жобасын", "project draft"),
    "manage": ("управл", "баскар", "manag"),
    "dialogue": ("диалог", "диалог", "dialog"),
    "bodies": ("орган", "орган органдар органдармен органдары", "bodies body agenc"),
    "training": ("обучен обучат", "окыту окытуга", "train"),
    "annual": ("ежегод", "сайын сайынгы", "annual yearly"),
    "activist": ("активист", "белсенди", "activist"),
    "experience": ("опыт", "тажириб", "experien"),
    "law": ("закон законодат", "зан занын заннама", "law legislat"),
    "parliament": ("парламент", "парламент", "parliament"),
    "analysis": ("анализ", "талда талдау", "analys"),
    "consequence": ("последств", "салдар", "consequen"),
    "needs": ("потребност нужд", "кажеттил", "need needs"),
    "independent": ("независим", "тауелсиз", "independ"),
    "publish": ("публик опублик", "жариял", "publish"),
    "discuss": ("обсужд обсуд", "талкыл", "discuss comment"),
    "review": ("обзор", "шолу шолуды шолуын", "review"),
    "national": ("национальн", "улттык", "national"),
    "volunteer": ("волонт добровол", "ерикти волонт", "volunt"),
    "sdg": ("цур устойчив", "тдм одм туракты", "sdg sdgs sustainab"),
    "group": ("групп", "тобы тобын тобына топ", "group"),
    "monitoring": ("монитор", "монитор", "monitor"),
    "data": ("данных данные", "дерек", "data"),
    "registry": ("реестр", "тизилим", "regist"),
    "platform": ("платформ", "платформ", "platform"),
    "digital": ("цифров электрон", "цифрлык электронд", "digital electron online"),
    "grant": ("грант", "грант", "grant"),
    "endowment": ("эндаумент целев", "эндаумент", "endowment"),
    "tax": ("налог", "салык", "tax"),
    "donation": ("пожертв жертв благотвор", "кайырымд демеуш", "donat charit donor"),
    "business": ("компан бизнес", "компания касипорын бизнес", "compan business"),
    "income": ("доход", "табыс", "income revenue"),
    "enterprise": ("предприним", "касипкер", "entrepreneur enterpris"),
    "procurement": ("закуп", "сатып", "procure"),
    "council": ("совет", "кенес", "council"),
    "resource": ("ресурс", "ресурс", "resource"),
    "centre": ("центр", "орталык", "centre center"),
    "region": ("регион област", "онир облыс", "region"),
    "order": ("заказ", "тапсырыс", "order commission"),
    "social": ("социальн", "алеуметт", "social"),
    "civic": ("граждан", "азамат", "citizen civic civil"),
    "society": ("обществ публичн", "когам", "societ public"),
    "local": ("местн", "жергилик", "local"),
    "akimat": ("акимат", "акимдик акимдер", "akimat"),
    "population": ("населен", "халык", "population resident"),
    "women": ("женщин", "айел", "women woman"),
    "disability": ("инвалид", "мугедек", "disabilit"),
    "access": ("доступ", "колжетим", "access"),
    "hours": ("час часы часов", "сагат", "hour hours"),
    "university": ("вуз вузы университет", "жоо университет", "universit"),
    "admission": ("поступлен", "туску тускен", "admission"),
    "service": ("служб деятельн", "кызмет", "service activit"),
    "report": ("отчет", "есеп", "report"),
    "open": ("открыт прозрачн", "ашык", "open transparen"),
    "education": ("образован", "билим", "educat"),
    "media": ("сми информац", "бак акпарат", "media informat"),
    "rural": ("сельск село сел аул", "ауыл", "rural village"),
    "environment": ("эколог", "эколог", "environment ecolog"),
    "violence": ("насил", "зорлык", "violen"),
    "government": ("правительств", "укимет", "government"),
    "quota": ("квот", "квота", "quota"),
    "member": ("член состав", "муше курам", "member"),
    "selection": ("конкурс отбор", "конкурс иректе", "competit select"),
    "recommendation": ("рекоменд", "усыным", "recommend"),
    "response": ("ответ", "жауап", "respon answer"),
    "gender": ("гендер", "гендер жыныс", "gender sex"),
    "legal": ("юрид правов", "кукык", "legal"),
    "free": ("бесплатн", "тегин", "free"),
    "elderly": ("пожил", "карттар карттарга карттардын егде зейнеткер", "older elderly"),
    "children": ("дети детей детям детьми детск ребен", "балалар", "child"),
    "veterans": ("ветеран", "ардагер", "veteran"),
}

LANGUAGES = ("ru", "kk", "en")
_INDEX: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}  # word beginnings
_EXACT: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}  # whole words only ("court=")
for _concept, _words in GLOSSARY.items():
    for _lang, _entries in zip(LANGUAGES, _words):
        for _entry in _entries.split():
            _INDEX[_lang][_entry] = _concept


def lexicon_lines(text: str) -> list[tuple[str, str, str, bool]]:
    """Return (concept, language, folded word, whole word only) for each entry of concepts.TEXT."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        name, *fields = (f.strip() for f in line.split("|"))
        if len(fields) != 3 or not name:
            raise ValueError(f"concepts.TEXT line {number}: expected 'name | ru | kk | en'")
        for lang, field in zip(LANGUAGES, fields):
            for entry in field.split():
                found.append((name, lang, _folded(entry.rstrip("=")), entry.endswith("=")))
    return found


def _folded(entry: str) -> str:
    """Return a lexicon entry as the texts' words are folded (normalize, then fold_kk).

    Nearly every entry is one word of small letters in one script, which normalize leaves as it is:
    such a word is only folded (2.4 ms instead of 8.6 ms for ~1,900 entries, at every cold start).
    """
    if entry.isalpha() and entry.islower() and "ё" not in entry and (entry.isascii() or _CYRILLIC.fullmatch(entry)):
        return fold_kk(entry)
    return fold_kk(normalize(entry))


_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")


def _load_lexicon() -> None:
    """Add the concept lexicon (concepts.py) to the index; GLOSSARY's own entries win."""
    for name, lang, word, whole in lexicon_lines(LEXICON):
        (_EXACT if whole else _INDEX)[lang].setdefault(word, name)


_load_lexicon()
CONCEPTS: frozenset[str] = frozenset(
    c for index in (*_INDEX.values(), *_EXACT.values()) for c in index.values()
)


@lru_cache(maxsize=200_000)
def concept(word: str, language: str) -> str | None:
    """Return the glossary concept a folded word belongs to, or None."""
    index = _INDEX.get(language, {})
    if word in index:
        return index[word]
    if word in _EXACT.get(language, {}):
        return _EXACT[language][word]
    for n in range(min(len(word), 12), 3, -1):  # longest prefix of four letters or more
        found = index.get(word[:n])
        if found is not None:
            return found
    return _devoiced(word, index) if language == "kk" else None


_DEVOICE = {"г": "к", "б": "п"}  # folded: ғ→г, қ→к
_VOWELS_KK = frozenset("аеиоуыэюя")


def _devoiced(word: str, index: dict[str, str]) -> str | None:
    """Return the concept of a Kazakh word whose root's final қ/к/п voiced before a vowel suffix.

    "сабағын" is "сабақ" + "ын", "жеңілдігін" is "жеңілдік" + "ін", "кітабы" is "кітап" + "ы".
    """
    for n in range(min(len(word) - 1, 12), 3, -1):
        if word[n - 1] in _DEVOICE and word[n] in _VOWELS_KK:
            found = index.get(word[:n - 1] + _DEVOICE[word[n - 1]])
            if found is not None:
                return found
    return None


# Loanwords and names are written alike in kk, ru and en ("грант" / "grant", "Астана" /
# "Astana"): their consonants in Latin letters meet across scripts. Vowels, soft signs and
# the letters the languages render differently (w/v/h/j/y) are dropped.
_CYR = str.maketrans({"б": "b", "в": "v", "г": "g", "д": "d", "ж": "z", "з": "z", "к": "k", "л": "l",
                      "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "ц": "s",
                      "ч": "c", "ш": "s", "щ": "s", "х": "", "й": "", "ь": "", "ъ": ""})
# each rule with what a word must hold for it to match: a rule is tried only then (a Cyrillic word, most
# of them, holds none), as a pass over a short word costs the regex engine more than a few substring tests
_LATIN = ((r"ph", "f", ("ph",)), (r"c(?=[eiy])", "s", ("c",)), (r"ck", "k", ("ck",)), (r"c", "k", ("c",)),
          (r"q", "k", ("q",)), (r"x", "ks", ("x",)), (r"[hwyj]", "", ("h", "w", "y", "j")))
_LATIN_RE = tuple((re.compile(p), r, needs) for p, r, needs in _LATIN)
_VOWELS = re.compile(r"[aeiouаеёиоуыэюяaəіөүұ]+")
SKELETON = 4  # consonants kept: enough for a root, few enough to ignore endings


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str | None:
    """Return the first consonants of a long word in Latin letters, or None for a short word."""
    if len(word) < 5 or not word.isalpha():
        return None
    for pattern, repl, needs in _LATIN_RE:
        if any(part in word for part in needs):
            word = pattern.sub(repl, word)
    letters = _VOWELS.sub("", word.translate(_CYR))
    # doubled letters are spelling, not sound: each run of one letter is kept once (as re.sub(r"(.)\1+",
    # r"\1") would, whose template costs a call into Python's re module at every use)
    letters = "".join(letter for letter, _ in groupby(letters))
    return letters[:SKELETON] if len(letters) >= 3 else None
