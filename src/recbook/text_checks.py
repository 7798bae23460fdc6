"""Check and normalize one text value: forbidden characters, NFC, mixed scripts, lost letters.

The rules (RELIABILITY.md 2, 7, 8, 9):
- characters no document format can hold (C0/C1 controls other than tab and
  newline, U+FFFE/U+FFFF, lone surrogates) are an error; the value keeps its
  place with U+FFFD "�" instead, so the draft shows where the damage is;
- bidi controls (U+202A–202E, U+2066–2069, LRM/RLM/ALM) and zero-width
  characters (U+200B–200D, U+2060, U+FEFF) are treated the same way: they
  can reorder or hide what a reader sees, and kk/ru/en text never needs them;
- every value becomes NFC (never NFKC, so № and … survive); CRLF becomes LF, and NEL (U+0085),
  the line separator (U+2028) a line end, the paragraph separator (U+2029) a blank line;
- a word mixing Latin and Cyrillic letters is a warning, the text is unchanged;
- so is, in Kazakh text, a word typed on a Russian keyboard («кызметин» for «қызметін»: see
  recbook.kazakh_keyboard for the rule), named with the word it probably is;
- a tab or repeated spaces between words is a warning: both formats print one space there;
- a hyphen between two numbers that read as a range ("3-5 жыл") is a warning: a range takes an en
  dash, but such a pair may be one number ("статья 1-2"), so it is not changed (the book's
  typography does change a year range, "2025-2027": localize.typography.dashes);
- a "?" (or "_") glued to Cyrillic letters is an error: the letters were lost
  when the file was saved in a code page without them; a "?" ending a Cyrillic
  word inside a sentence is one too in a code-page file, and a warning in
  Kazakh text (see `_lost_word_ends`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from .diagnostics import Diagnostic, Location, error, warning
# the character rule is shared with the catalog checks (recbook.characters)
from .characters import FORBIDDEN, MAX_LISTED as _MAX_LISTED, REPLACEMENT
from .characters import forbidden_characters, list_characters
from .kazakh_keyboard import Typed, typed_on_russian_keyboard
from .kazakh_latin import is_kazakh_latin, is_latin
from .look_alikes import look_alike_words
from .code_pages import code_page_name
from .glyphs import describe, unprintable

# Unicode's other line ends, as YAML reads them too: NEL and the line separator end a line, the
# paragraph separator a paragraph (a blank line). Read as such, not kept: a layout engine treats
# them apart from "\n" (WeasyPrint failed on " \u2029" with an AssertionError).
_SEPARATORS = re.compile("[\x85\u2028\u2029]")
_AS_LINE_ENDS = str.maketrans({"\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})
_CYR = "\u0400-\u04ff"
_LOST = re.compile(rf"(?<=[{_CYR}])[?_]+(?=[{_CYR}])|(?<![\w?])\?+(?=[{_CYR}])")
# A "?" ending a Cyrillic word: a lost letter (Kazakh words often end in қ, ғ, ң, ү: «барлық», «ауылдың»)
# or the end of a question. What follows tells them apart: a question ends its sentence, so the next
# word starts with a capital, or the text ends, or "!", "…", "..", a closing quote or bracket follow;
# a lost letter sits inside its sentence, so a lowercase Cyrillic word follows («барлы? ауылды?
# округтерде»), or the sentence's own ",", ";", ":" or single ".", which never follow a real "?".
# A lost letter ending a text with no full stop (a title, «Жастар орталы?») reads as a question and
# is not found: no rule without a Kazakh dictionary tells «…орталы?» from «…бола ма?».
_WORD_END = re.compile(rf"(?<=[{_CYR}])\?+")
_NEXT_WORD = re.compile(rf"\s+([{_CYR}])")
_WORD = re.compile(r"[^\W\d_]+")
_TAB, _SPACES = re.compile("\t"), re.compile("  +")  # between words: printed as one space
# two numbers of up to 3 digits joined by a hyphen, alone (not in "1.5-20", "5-6-сынып", "G1-02",
# "№ 3-5"), the first the smaller: a range typed with a hyphen (years are typography's: 4 digits)
_RANGE_HYPHEN = re.compile(r"(?<![\w.,/:\u2011-])(?<!№ )(?<!№\u00a0)([1-9]\d{0,2})-([1-9]\d{0,2})"
                           r"(?![\w\u2011-]|[.,/:]\d)")
MAX_WORD_LENGTH = 80  # the longest Kazakh or Russian words are under 40 letters; URLs rarely pass 80
_UNBREAKABLE = re.compile("[^\\s\\-\u00ad\u2010\u2013\u2014/]+")  # where a line may not break


def clean(value: str, where: Location, field: str) -> tuple[str, list[Diagnostic]]:
    """Return `value` with forbidden characters replaced, line ends unified and NFC applied."""
    found = forbidden_characters(value)
    diagnostics: list[Diagnostic] = []
    if found:
        # a warning, not an error: the outputs still build (RELIABILITY 9) and show "�"
        # where the character was; --strict (the final edition) refuses it
        diagnostics.append(warning(where, f'"{field}" contains {list_characters(found)}; remove it '
                                 f'(it is printed as "{REPLACEMENT}")', "text.control-char"))
        value = FORBIDDEN.sub(REPLACEMENT, value)
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _SEPARATORS.search(value):  # rare: the common text pays one scan
        value = value.translate(_AS_LINE_ENDS)
    return unicodedata.normalize("NFC", value), diagnostics


def check_words(value: str, where: Location, field: str, code_page: str | None,
                language: str | None = None) -> list[Diagnostic]:
    """Return warnings for mixed-script words and errors for letters lost to a code page.

    `language` is the language the text is said to be in (None: not known): in Kazakh text a "?"
    ending a word inside a sentence is reported even when the file was UTF-8.
    """
    diagnostics = []
    mixed = _mixed_script_words(value)
    if mixed:
        words = ", ".join(f'"{_short(w)}" (Latin {_short(latin)})' for w, latin in mixed[:_MAX_LISTED])
        diagnostics.append(warning(where, f'"{field}" has words mixing Latin and Cyrillic letters: '
                                   f"{words}; check them, the text is not changed",
                                   "text.mixed-script"))
    typed = typed_on_russian_keyboard(value) if language == "kk" else []
    if typed:
        diagnostics.append(_russian_keyboard(typed, where, field, code_page))
    whole = look_alike_words(value)
    if whole:
        words = ", ".join(f'"{_short(w)}" (read «{_short(read)}»)' for w, read in whole[:_MAX_LISTED])
        script = "Latin" if whole[0][0].isascii() else "Cyrillic"
        diagnostics.append(warning(where, f'"{field}" has words typed wholly in {script} look-alike letters: '
                                   f"{words}; a search for the word does not find them; retype them, the text "
                                   "is not changed", "text.mixed-script"))
    inside = _lost_letter_words(value)
    # a word-final "?" is only probably a lost letter: an error where the file's code page is known to
    # have lost letters (saving it as "CSV UTF-8" ends the error), a warning in Kazakh text, whose
    # letters are the ones code pages lose, and nothing elsewhere (a Russian «Почему? потому что…»)
    ends = _lost_word_ends(value) if code_page or language == "kk" else []
    if inside or (ends and code_page):
        diagnostics.append(_lost_letters(_in_order(value, inside + ends), where, field, code_page))
    elif ends:
        listed = ", ".join(f'"{_short(w)}"' for w in ends)
        diagnostics.append(warning(where, f'"{field}" has "?" ending Cyrillic words inside a sentence '
                                   f"({listed}): in Kazakh text these are usually letters (қ, ғ, ң …) lost "
                                   "in an encoding conversion; retype them if so", "text.lost-letters-at-end"))
    missing = unprintable(value)
    if missing:
        diagnostics.append(warning(where, f'"{field}" has characters the book\'s fonts do not have: '
                                   f"{describe(missing)}; the PDF prints them in a font of the machine that "
                                   "builds it, or as an empty box: replace them", "text.no-glyph"))
    spacing = _inner_whitespace(value)
    if spacing:
        diagnostics.append(warning(where, f'"{field}" has {spacing}; the book prints one space',
                                   "text.whitespace"))
    ranges = range_hyphens(value)
    if ranges:
        listed = ", ".join(m.group() for m in ranges[:_MAX_LISTED])
        first = ranges[0]
        diagnostics.append(warning(where, f'"{field}" has a hyphen between numbers ({listed}): a range takes an en '
                                   f"dash ({first[1]}–{first[2]}); type it if it is a range, the text is not changed",
                                   "text.range-hyphen"))
    long_word = next((w for w in _UNBREAKABLE.findall(value) if len(w) > MAX_WORD_LENGTH), None)
    if long_word:
        diagnostics.append(warning(where, f'"{field}" has a {len(long_word):,}-character word with no space '
                                   f'or hyphen ("{_short(long_word)}"); the book breaks it at arbitrary '
                                   "points to fit the line; check it", "text.long-word"))
    return diagnostics


def range_hyphens(value: str) -> list[re.Match[str]]:
    """Return each pair of numbers joined by a hyphen that reads as a range ("3-5"), in order."""
    if "-" not in value:
        return []
    return [m for m in _RANGE_HYPHEN.finditer(value) if int(m[1]) < int(m[2])]


_MAX_TYPED = 5  # words named in one message; the rest are counted (a whole text typed so has dozens)


def _russian_keyboard(typed: list[Typed], where: Location, field: str, code_page: str | None) -> Diagnostic:
    """Return the warning naming a Kazakh text's words typed without the Kazakh letters.

    In a file saved in a code page the letters may have been lost on saving instead (Windows'
    "best fit" writes қ as к): the message says so, as the language check's does.
    """
    def named(t: Typed) -> str:
        meant = " or ".join(f"«{m}»" for m in t.meant)
        return f'"{_short(t.word)}"' + (f" (did you mean {meant}?)" if meant else "")

    listed = ", ".join(named(t) for t in typed[:_MAX_TYPED])
    more = f" and {len(typed) - _MAX_TYPED} more" if len(typed) > _MAX_TYPED else ""
    if code_page:
        return warning(where, f'"{field}" has Kazakh words with Russian letters: {listed}{more}; the Kazakh '
                       "letters ә ғ қ ң ө ұ ү һ і may have been replaced by а г к н о у х и when the file was "
                       f'saved as {code_page_name(code_page)}: save it as "CSV UTF-8" and check these words, '
                       "the text is not changed", "text.russian-keyboard")
    return warning(where, f'"{field}" has Kazakh words typed with Russian letters: {listed}{more}; the Kazakh '
                   "letters ә ғ қ ң ө ұ ү һ і were probably typed as а г к н о у х и: retype them, the text is "
                   "not changed", "text.russian-keyboard")


def first_typed_word(value: str) -> int:
    """Return where the first Kazakh word typed with Russian letters starts in `value` (0 if none)."""
    typed = typed_on_russian_keyboard(value)
    return typed[0].start if typed else 0


def _inner_whitespace(value: str) -> str | None:
    """Say where a line of `value` has a tab or repeated spaces between its words, or None.

    Both formats print one space there (HTML collapses them, the DOCX writer does the same). Spaces
    at a line's ends are not reported: they are around a text's line breaks and blank lines, which
    localize.text.paragraphs reads as its lines and paragraphs.
    """
    found: dict[str, int] = {}
    start = 0
    for line in value.split("\n"):
        inner = line.strip(" \t")
        offset = start + len(line) - len(line.lstrip(" \t"))
        for name, match in (("a tab", _TAB.search(inner)), ("repeated spaces", _SPACES.search(inner))):
            if match and name not in found:
                found[name] = offset + match.start() + 1  # 1-based, as control characters are placed
        start += len(line) + 1
    return " and ".join(f"{name} (at character {at})" for name, at in found.items()) or None


def _short(word: str, limit: int = 30) -> str:
    """Return a word cut for a message: a 10,000-letter word must not fill the screen."""
    return word if len(word) <= limit else word[: limit - 1] + "…"


def _mixed_script_words(value: str) -> list[tuple[str, str]]:
    """Return (word, its Latin letters) for each word with both Latin and Cyrillic letters."""
    found = []
    for word in dict.fromkeys(_WORD.findall(value)):
        if word.isascii():  # Latin letters only (the pattern takes letters): nothing mixed
            continue
        scripts = {_script(ch) for ch in word}
        if {"LATIN", "CYRILLIC"} <= scripts:
            found.append((word, "".join(dict.fromkeys(ch for ch in word if _script(ch) == "LATIN"))))
    return found


def first_mixed_script_word(value: str) -> int:
    """Return where the first word mixing Latin and Cyrillic letters starts in `value` (0 if none)."""
    mixed = _mixed_script_words(value)
    return min((m.start() for m in _WORD.finditer(value) if m.group() == mixed[0][0]), default=0) if mixed else 0


@lru_cache(maxsize=4096)  # a check asks for every letter of every text: ~24,000 times, for ~110 letters on the sample
def _script(ch: str) -> str:
    """Return the script word of a letter's Unicode name ("LATIN", "CYRILLIC", …)."""
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


def _lost_letter_words(value: str) -> list[str]:
    """Return the words in which a "?" or "_" stands where a letter was (inside or at a word's start)."""
    return list(dict.fromkeys(_word_around(value, m.start(), m.end()) for m in _LOST.finditer(value)))


def _lost_word_ends(value: str) -> list[str]:
    """Return the words ending in a "?" that stands inside a sentence (see _WORD_END)."""
    words = []
    for match in _WORD_END.finditer(value):
        end = match.end()
        if value[end:end + 1].isalpha() or value[end:end + 1] == "_":
            continue  # letters after it: inside a word (_LOST's, when Cyrillic), not at its end
        if _continues(value, end):
            words.append(_word_around(value, match.start(), end))
    return list(dict.fromkeys(words))


def _continues(value: str, end: int) -> bool:
    """Return whether what follows a word-final "?" at `end` keeps its sentence going."""
    after = value[end:end + 2]
    if after[:1] in (",", ";", ":") or (after[:1] == "." and after != ".."):
        return True
    following = _NEXT_WORD.match(value, end)
    return following is not None and following.group(1).islower()


def _word_around(value: str, start: int, end: int) -> str:
    """Return the whole word (letters, "?" and "_") holding value[start:end]."""
    while start > 0 and (value[start - 1].isalpha() or value[start - 1] in "?_"):
        start -= 1
    while end < len(value) and (value[end].isalpha() or value[end] in "?_"):
        end += 1
    return value[start:end]


def _in_order(value: str, words: list[str]) -> list[str]:
    """Return `words` once each, in the order they stand in `value` (as a reader meets them)."""
    return sorted(dict.fromkeys(words), key=value.find)


def _lost_letters(words: list[str], where: Location, field: str, code_page: str | None) -> Diagnostic:
    """Return the error for letters replaced by "?" (worded for the file's encoding)."""
    # every word, not the first few: each is one the user must retype
    listed = ", ".join(f'"{_short(w)}"' for w in words)
    if code_page:
        return error(where, f'"{field}" has "?" inside Cyrillic words ({listed}): Kazakh letters '
                     f'were lost when the file was saved as {code_page_name(code_page)}; '
                     f'save it as "CSV UTF-8" (or .xlsx) and check these words',
                     "csv.cp1251-lost-letters")
    return error(where, f'"{field}" has "?" inside Cyrillic words ({listed}): letters were '
                 "probably lost in an encoding conversion; retype them", "text.lost-letters")


_KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
_KAZAKH_LETTER = re.compile(f"[{''.join(sorted(_KAZAKH_ONLY))}]")
_MIN_LETTERS = 40  # below this a title-like text says too little about its language


def language_mismatch(language: str, text: str) -> str | None:
    """Return what `text` looks like when that contradicts `language` (kk/ru/en), else None.

    Kazakh prose has several of its own letters (ә ғ қ ң ө ұ ү һ і) in every
    sentence; Russian prose has almost none (a Kazakh name at most).
    """
    if language == "kk" and _KAZAKH_LETTER.search(text) and not is_latin(text):
        return None  # most Kazakh texts, told in three scans: Cyrillic, and with Kazakh letters (as below)
    # each letter counted once in C and its script read once, not once per occurrence (~14,000 on the sample)
    letters = {ch: n for ch, n in Counter(text).items() if ch.isalpha()}
    if sum(letters.values()) < _MIN_LETTERS:
        return None
    cyrillic = {ch: n for ch, n in letters.items() if _script(ch) == "CYRILLIC"}
    kazakh_share = sum(n for ch, n in cyrillic.items() if ch in _KAZAKH_ONLY) / max(sum(cyrillic.values()), 1)
    # "written in Latin letters" is the merge's own test (kazakh_latin.is_latin: twice as many Latin
    # letters as Cyrillic), so the check warns of no text the merge reads otherwise; its margin keeps a
    # Cyrillic text with a long English name or address («… https://www.transparency.kz/grants …») Cyrillic
    if is_latin(text):
        if is_kazakh_latin(text):  # the 2021 alphabet (KAZAKH.md): Kazakh, whatever the script
            return "Kazakh (in Latin letters)" if language != "kk" else None
        return "Latin-script (English?)" if language != "en" else None
    if not cyrillic:
        return None  # another script (Arabic, Chinese): neither Kazakh, Russian nor English to tell
    if language == "en":
        return "Kazakh" if kazakh_share > 0.02 else "Russian"
    if language == "ru" and kazakh_share > 0.02:
        return "Kazakh"
    if language == "kk" and kazakh_share == 0:
        return "Russian"
    return None
