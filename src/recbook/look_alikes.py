"""Letters of one script typed for another's look-alikes: «Пoддeржкa» (Latin o, e, a), «kepek» for «керек».

Read by the merge, which compares a copy typed so with its original (merge.normalize), and by the
text checks, which name such words (text_checks): a reader sees «керек», a search does not find it.
It sits outside both stages, as characters does, because load already imports i18n.
"""

from __future__ import annotations

import re

# Latin letters that look like Cyrillic ones (both cases), and ə/h used for ә/һ.
_LATIN_TO_CYR = dict(
    zip(
        "AaBCcEeHKkMOoPpTXxyIiəƏh",
        "АаВСсЕеНКкМОоРрТХхуІіәӘһ",
    )
)
_CYR_TO_LAT = {c: l for l, c in _LATIN_TO_CYR.items() if l not in "yəƏh"}
# a word holding both a Latin and a Cyrillic letter (found in C, so clean text costs nothing); tried
# at the start of each word only: a word's tail holds both scripts only if the whole word does
_MIXED_WORD = re.compile(r"(?<!\w)(?=\w*[A-Za-zəƏ])(?=\w*[\u0400-\u04ff])\w+")
_LATIN_LETTER = re.compile(r"[A-Za-zəƏ]")  # a text lacking either cannot hold a mixed word
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
# Cyrillic у and һ look like y and h: read so in a word repaired to Latin (not a twin that decides it)
_CYR_LOOK_ALIKE_TO_LAT = {**_CYR_TO_LAT, "у": "y", "һ": "h"}
_LATIN_LOOK_ALIKES = re.compile(r"\b[AaBCcEeHKkMOoPpTXxyIiəƏh]+\b")
_CYRILLIC_LOOK_ALIKES = re.compile(r"\b[АаВСсЕеНКкМОоРрТХхуІіһ]+\b")
_ROMAN = re.compile(r"[IVXLCDM]+")
_ONE_SCRIPT, _MIN_SCRIPT_LETTERS = 3, 3  # letters without a twin: this many times the other's, at least


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha() or ch in "əƏ"


def _repair_word(word: str, script: str | None) -> str:
    """Return a mixed word written in one script: the script of a letter only it has («қopғa» is
    Cyrillic whatever most of its letters are), else the text's (`script`), else of most letters."""
    only_cyr = any(_is_cyrillic(c) and c not in _CYR_TO_LAT for c in word)
    only_lat = any(_is_latin(c) and c not in _LATIN_TO_CYR for c in word)
    if only_cyr != only_lat:
        cyrillic = only_cyr
    else:
        cyrillic = script == "cyrillic" if script else sum(map(_is_cyrillic, word)) >= sum(map(_is_latin, word))
    return _to_cyrillic(word) if cyrillic else _to_latin(word)


def _to_cyrillic(word: str) -> str:
    return "".join(_LATIN_TO_CYR.get(c, c) for c in word)


def _to_latin(word: str) -> str:
    return "".join(_CYR_LOOK_ALIKE_TO_LAT.get(c, c) for c in word)


def repair_homoglyphs(text: str) -> str:
    """Return `text` with look-alike letters of the other script replaced inside mixed words, and
    in whole words of look-alikes where the text is plainly written in one script."""
    if _LATIN_LETTER.search(text) is None or _CYRILLIC_LETTER.search(text) is None:
        return text  # no word can mix scripts: two scans of one letter class cost less than _MIXED_WORD's
    return repaired(text)


def repaired(text: str) -> str:
    """Return what repair_homoglyphs returns, for any text (a text of one script comes out the same)."""
    script = _script_of(text)
    text = _MIXED_WORD.sub(lambda m: _repair_word(m.group(0), script), text)
    # a word of look-alikes only: «kepek» (керек), «cy» (су), «HKO» (НКО) in a Cyrillic text, «һоmе» in
    # a Latin one. Each letter has a twin, so no word mixes scripts, yet a reader reads «керек». An
    # abbreviation of look-alikes written in the other script on purpose («KPI» in Russian) is read
    # as the text's script in every text of that script alike, and loanword skeletons (features.py)
    # transliterate both scripts to one, so a text in the other language still meets it.
    if script == "cyrillic":  # save a Roman numeral: «II группа», «XXI век»
        return _LATIN_LOOK_ALIKES.sub(lambda m: m.group(0) if _ROMAN.fullmatch(m.group(0)) else _to_cyrillic(m.group(0)), text)
    if script == "latin":
        return _CYRILLIC_LOOK_ALIKES.sub(lambda m: _to_latin(m.group(0)), text)
    return text


def _script_of(text: str) -> str | None:
    """Return "cyrillic" or "latin" if the text's letters without a twin in the other script are
    plainly of one (_ONE_SCRIPT times the other's), else None."""
    cyrillic = sum(1 for c in _CYRILLIC_LETTER.findall(text) if c not in _CYR_TO_LAT)
    latin = sum(1 for c in _LATIN_LETTER.findall(text) if c not in _LATIN_TO_CYR)
    if cyrillic >= max(_MIN_SCRIPT_LETTERS, _ONE_SCRIPT * latin):
        return "cyrillic"
    if latin >= max(_MIN_SCRIPT_LETTERS, _ONE_SCRIPT * cyrillic):
        return "latin"
    return None


def look_alike_words(text: str) -> list[tuple[str, str]]:
    """Return (word, as the text's script reads it) for each word typed wholly in the other script's
    look-alikes in a text plainly of one script: ("kepek", "керек") in a Kazakh or Russian text.

    Not a word of capitals only or with a capital inside (an abbreviation or a name written so on
    purpose: «KPI», "TikTok"), a Roman numeral, or a single letter.
    """
    if _LATIN_LETTER.search(text) is None or _CYRILLIC_LETTER.search(text) is None:
        return []
    script = _script_of(text)
    if script is None:
        return []
    pattern, spell = (_LATIN_LOOK_ALIKES, _to_cyrillic) if script == "cyrillic" else (_CYRILLIC_LOOK_ALIKES, _to_latin)
    return [(word, spell(word)) for word in dict.fromkeys(pattern.findall(text))
            if len(word) > 1 and word[1:].islower() and not _ROMAN.fullmatch(word)]
