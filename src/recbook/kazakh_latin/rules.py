"""The rules of telling Kazakh in Latin letters (recbook.kazakh_latin loads them at the first Latin text).

Reading it in Cyrillic is spelling.py's: its two dozen patterns are compiled only at the first
Kazakh text in Latin letters, which an English one (the check asks of each whether it is Kazakh) is not.
"""

from __future__ import annotations

import re

# letters of the 2021 alphabet (and the 2018 draft's acutes) that English never writes, and a «q» not
# before «u» ("quota"; "QR" is too short a word), in capitals too («QALALYQ»)
_OWN_LETTERS = re.compile("[äğñöūüşıáǵńóúýÄĞÑÖŪÜŞÁǴŃÓÚÝ]|q(?!u)|Q(?![uU])")
# ... and the 2017 draft's apostrophes (a' ә, n' ң, y' у), not English's ("don't", "it's", "I'll", "we've")
_MARKS_2017 = re.compile(r"[acginosuy]['’ʼ](?!(?:[stmd]|ll|ve|re)\b)", re.IGNORECASE)
_WORD = re.compile(r"(?:[^\W\d_]['’ʼ]?){3,}")  # a word keeps its apostrophes: «tasymaldy'g'a»
# an address is no word of the text («ötinish@gov.kz», "https://qoldau.kz/aqparat")
_ADDRESS = re.compile(r"\S*(?:@|://|www\.)\S*")
# letters 2021 never writes (c ç w x, Azerbaijani ə, German ß, accents) and English's commonest words:
# an English, German, Turkish or Azerbaijani text with a few of 2021's letters has more of these
_FOREIGN = re.compile("c(?!['’ʼ])|[çwxəßàâéèêëìîïòôùûÿ]", re.IGNORECASE)  # not the 2018 draft's á ó ú ý
# ... but Kazakh typed informally writes «ch» for ч: no sign, when the question is whether to read it so
_FOREIGN_TO_INFORMAL = re.compile("c(?![h'’ʼ])|[çwxəßàâéèêëìîïòôùûÿ]", re.IGNORECASE)
_ENGLISH = frozenset("the and for with that this from should must are will their into "
                     "der die das und für über nicht mit von den dem ist ein eine auf".split())  # and German's
# Turkish writes ş ı ö ü ğ too, but never these: 40 letters of Kazakh without one are rare
_NOT_TURKISH = re.compile("[äñūqÄÑŪQ]")
# Kazakh typed without any of those letters («Zhumystan kesh shyghatyn analar…»): words no English,
# German or Turkish text writes — «zh», the endings of Kazakh cases and adjectives, the commonest words
# ... and «gh» before a vowel (ғ: «qoghamdyq», «tapsyrugha»; not English's «ough», «augh», «ngh»:
# "throughout", "laughable", "Birmingham"), «iy» after a vowel (ұйым «uiym», ойын «oiyn», пайыз
# «paiyz»; Turkish writes «iyi», after no vowel), and endings no English, German or Turkish word has:
# «-dyng», «-taryn», «-terding» (not "herding"), «-dagy», «-yna» after a consonant (not Turkish «ayna»),
# «-ylgan». Not «-tik» (German «Politik», Turkish «ettik») nor «-terin» (German «Leiterin»)
_INFORMAL_WORD = re.compile(
    r"\w*zh\w*|(?!\w*(?:ough|augh|ngh))\w+gh[aouy]\w*|\w*[aeou]iy\w*"
    r"|\w+(?:lyk|lik|dyk|dik|tyk|dyn|nyn|nyng|dyng|tyng|ynda|inde|ynan|inen|ymyz|imiz|lary|leri|dary|deri|tary"
    r"|laryn|daryn|taryn|terding|derding|lerding|dagy|degi|tagy|tegi|tigi|digi|ligi|ylgan|ilgen)"
    r"|\w*[b-df-hj-np-tv-z]yna"
    r"|kerek|ushin|emes|zhok|bul|osy|turaly|arkyly|boiynsha|boyynsha|sondyktan|birak|kazir|keiin|keyin",
    re.IGNORECASE)
# Kazakh writes its own letters in most words (half or more in running text, a seventh in the
# sparest titles); an English text at most in a place name or two (3 % of words in the labelled sets)
MIN_OWN_SHARE = 0.1
MIN_OWN_WORDS = 2

def is_kazakh_latin(text: str) -> bool:
    """Return True if a text in Latin letters (recbook.kazakh_latin.is_latin), in any language, is Kazakh."""
    own, foreign, words = _own_and_foreign(text)
    return (own >= MIN_OWN_WORDS and own >= MIN_OWN_SHARE * words and own > foreign
            and bool(_NOT_TURKISH.search(text) or _informal_words(text) >= MIN_OWN_WORDS))


def _informal_words(text: str) -> int:
    """Return how many words of `text` are Kazakh as typed without 2021's letters (_INFORMAL_WORD)."""
    return sum(1 for word in _WORD.findall(text) if _INFORMAL_WORD.fullmatch(word))


def reads_foreign(text: str) -> bool:
    """Return True if a Latin text has more words of English (or German…) than of Kazakh, two at least."""
    own, foreign, _ = _own_and_foreign(text, _FOREIGN_TO_INFORMAL)
    return foreign >= MIN_OWN_WORDS and foreign > own


def _own_and_foreign(text: str, foreign_letters: re.Pattern[str] = _FOREIGN) -> tuple[int, int, int]:
    """Return how many words of `text` have Kazakh letters, how many foreign ones, and how many words."""
    plain = _ADDRESS.sub(" ", text)
    words = _WORD.findall(plain)
    # a capitalized word inside a sentence is a name in any language ("Aqtöbe", "Qatar"): it tells nothing
    own = sum(1 for m in _WORD.finditer(plain) if not _is_name(plain, m) and (
        _OWN_LETTERS.search(m.group()) or _MARKS_2017.search(m.group()) or _INFORMAL_WORD.fullmatch(m.group())))
    foreign = sum(1 for word in words if foreign_letters.search(word) or word.lower() in _ENGLISH)
    return own, foreign, len(words)


def _is_name(text: str, word: re.Match[str]) -> bool:
    """Return True if the word is capitalized (not all capitals) and does not open a sentence."""
    found = word.group()
    before = text[: word.start()].rstrip(" \t\"«“(")
    return found[0].isupper() and not found.isupper() and bool(before) and before[-1] not in ".!?:;\n"
