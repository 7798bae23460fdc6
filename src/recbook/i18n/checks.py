"""`recbook i18n check`: find broken catalogs before anything is rendered.

Checks every PO file under locales/: strict syntax and duplicates (po.py),
header Language/Plural-Forms, the number of plural forms (ru 3, kk 2, en 2),
placeholders identical between source and translation whatever the flags,
stray `%`/braces, and HTML or Jinja syntax in translations. When GNU `msgfmt`
is installed, `msgfmt -c` runs too, on files that parsed cleanly.
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Iterable

from ..diagnostics import Diagnostic, Location, error, warning
from . import po
from .msgstr_characters import character_problems
from .msgstr_places import place_problems
from .msgstr_words import word_problems
from .catalogs import NPLURALS, PLURAL_FORMS, form_numbers, plural_function

_PERCENT = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGco%]")
_BRACE = re.compile(r"\{\{|\}\}|\{\w*(?:[.\[][^{}]*)?(?:![rsa])?(?::[^{}]*)?\}")
_MARKUP = re.compile(r"</?\s*[A-Za-z][^<>]*>|<!--|&[A-Za-z]+;|&#\d+;|\{\{|\}\}|\{%|%\}|\{#|#\}")


def percent_placeholders(text: str) -> Counter:
    """Return the %-conversions of a string (without the literal `%%`)."""
    return Counter(m for m in _PERCENT.findall(text) if m != "%%")


def brace_placeholders(text: str) -> Counter:
    """Return the {name} fields of a string (without the literal `{{`/`}}`)."""
    return Counter(m for m in _BRACE.findall(text) if m not in ("{{", "}}"))


def _stray(text: str, uses_percent: bool, uses_braces: bool) -> list[tuple[str, int]]:
    problems = []
    if uses_percent and "%" in _PERCENT.sub("", text):
        problems.append(("a stray '%' (write '%%' for a literal percent sign)", _outside(text, _PERCENT, "%")))
    if uses_braces and re.search(r"[{}]", _BRACE.sub("", text)):
        problems.append(("a stray '{' or '}'", _outside(text, _BRACE, "{}")))
    return problems


def _outside(text: str, pattern: re.Pattern, chars: str) -> int:
    """Return the index of the first of `chars` in `text` that no match of `pattern` covers."""
    covered = {i for m in pattern.finditer(text) for i in range(m.start(), m.end())}
    return next((i for i, ch in enumerate(text) if ch in chars and i not in covered), 0)


def _first(text: str, found: list[str], expected: Counter | set = frozenset()) -> int:
    """Return where the first of `found` stands in `text` (an extra copy of an expected one: its last), else 0."""
    places = [text.rfind(f) if f in expected else text.find(f) for f in found]
    return min((i for i in places if i >= 0), default=0)


# placeholders whose value carries a sign of its own: {percent} is Babel's format_percent, "98%" (ru "98 %")
_SIGN_OF = {"{percent}": "%"}
_SPACES = " \u00a0\u202f"


def _doubled_signs(text: str) -> list[tuple[str, int]]:
    """Return (problem, index of the sign) for a sign typed next to a placeholder that prints it already.

    A translator who wrote "{percent}% дайын" got "98%% дайын" on every draft cover, and `i18n check` said OK
    (qa s21); in en the same slip was caught only because "% c" reads as a printf conversion.
    """
    found = []
    for placeholder, sign in _SIGN_OF.items():
        start = text.find(placeholder)
        while start >= 0:
            end = start + len(placeholder)
            after = end + len(text[end:]) - len(text[end:].lstrip(_SPACES))
            before = len(text[:start].rstrip(_SPACES)) - 1
            at = after if text.startswith(sign, after) else before if before >= 0 and text[before] == sign else -1
            if at >= 0:
                found.append((f"{placeholder} prints the number with its own '{sign}' (\"98{sign}\"), so the "
                              f"'{sign}' typed next to it is printed twice (\"98{sign}{sign}\"): remove it", at))
            start = text.find(placeholder, end)
    return found


def _without(text: str, indices: list[int]) -> str:
    """Return `text` with the characters at `indices` made spaces (the same length: indices hold)."""
    chars = list(text)
    for i in indices:
        chars[i] = " "
    return "".join(chars)


def _one_number_form(lang: str | None, form: int) -> bool:
    """Return True when plural form `form` of `lang` is printed for n = 1 alone, so it may drop the number.

    "one vote" is right in en and kk, where form 0 is n = 1 only; ru form 0 is printed for 21 and 101
    too, and «один голос» there told partners that 21 votes were one (qa s21). A catalog of no known
    language keeps the old reading: form 0 is the singular.
    """
    if lang not in NPLURALS:
        return form == 0
    numbers = form_numbers(lang)
    return form < len(numbers) and numbers[form] == (1,)


def _form_numbers_said(lang: str | None, form: int) -> str:
    """Return "; msgstr[0] is printed for n = 1, 21, 31 … in ru" (empty for a language recbook does not know)."""
    if lang not in NPLURALS or form >= NPLURALS[lang]:
        return ""
    shown = ", ".join(str(n) for n in form_numbers(lang)[form][:3])
    return f"; msgstr[{form}] is printed for n = {shown} … in {lang}, so it must show the number"


def _placeholder_problems(entry: po.Entry, form: int, text: str, lang: str | None = None) -> list[tuple[str, int]]:
    """Return (problem, index in `text` it is seen at, 0 for one missing from it) for the placeholders."""
    sources = [entry.msgid] if entry.msgid_plural is None else [entry.msgid, entry.msgid_plural]
    source = sources[min(form, len(sources) - 1)]
    problems = _doubled_signs(text)
    # said once, as what it is: not also as a stray '%' or a "% c" conversion the translation adds
    text = _without(text, [i for _, i in problems])
    for kind, find in (("%", percent_placeholders), ("{}", brace_placeholders)):
        expected, got = find(source), find(text)
        if entry.msgid_plural is not None and _one_number_form(lang, form):
            # the form for n = 1 alone may drop the number ("один голос" would not do in ru): sets, not multisets
            expected, got = Counter(set(find(source)) | set(find(entry.msgid_plural))), Counter(set(got))
            extra = sorted(set(got) - set(expected))
            if extra:
                problems.append((f"placeholders {extra} are not in the source", _first(text, extra)))
            continue
        said = ""
        if entry.msgid_plural is not None and form == 0:
            # a form for many numbers: every placeholder of the plural source too ("one vote" / "{n} votes")
            expected = find(entry.msgid) | find(entry.msgid_plural)
            said = _form_numbers_said(lang, form)
        if expected != got:
            problems.append((_difference(expected, got) + (said if expected - got else ""),
                             _first(text, sorted((got - expected).elements()), expected)))
    uses_percent = bool(percent_placeholders(source)) or "python-format" in entry.flags
    problems += _stray(text, uses_percent, bool(brace_placeholders(source)))
    return problems


def _newline_problems(entry: po.Entry, form: int, text: str) -> list[tuple[str, int]]:
    """Return msgfmt -c's rule: a msgstr begins and ends with "\n" exactly when its msgid does.

    Checked here too, not by msgfmt alone: msgfmt runs only on a file that parsed, so a syntax error
    elsewhere in the file hid this one until the next run (qa s21).
    """
    which = "msgstr" if entry.msgid_plural is None else f"msgstr[{form}]"
    out = []
    for end, test, index in (("begin", str.startswith, 0), ("end", str.endswith, max(len(text) - 1, 0))):
        if test(entry.msgid, "\n") != test(text, "\n"):
            out.append((f"'msgid' and '{which}' do not both {end} with '\\n' (msgfmt refuses the file)", index))
    return out


def _difference(expected: Counter, got: Counter) -> str:
    lost, added = sorted((expected - got).elements()), sorted((got - expected).elements())
    parts = [f"drops {', '.join(lost)}" if lost else "", f"adds {', '.join(added)}" if added else ""]
    return "placeholders differ from the source: the translation " + " and ".join(p for p in parts if p)


_MARKUP_STARTS = "<&{}%#"  # a character every match of _MARKUP begins with


def _markup_problems(entry: po.Entry, text: str) -> list[tuple[str, int]]:
    if not any(ch in text for ch in _MARKUP_STARTS):
        return []  # most translations hold none: a few scans in C instead of the pattern's letter by letter
    allowed = set(_MARKUP.findall(entry.msgid + (entry.msgid_plural or "")))
    found = sorted(set(_MARKUP.findall(text)) - allowed)
    return [(f"HTML or Jinja syntax in the translation: {', '.join(found)}", _first(text, found))] if found else []


# Markdown emphasis: the book prints the asterisks ("**ҮЕҰ-ға**"); a single * or _ may be a footnote or a name
_EMPHASIS = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
# what a translator may copy from a book label into a conference text: printed there as typed, never filled
_CONTENT_PLACEHOLDER = re.compile(r"\{\w+\}|%\(\w+\)[sd]|%[sd]")


def _emphasis_problems(entry: po.Entry, text: str) -> list[tuple[str, int]]:
    if "**" not in text and "__" not in text:
        return []
    allowed = set(_EMPHASIS.findall(entry.msgid + (entry.msgid_plural or "")))
    found = [m for m in _EMPHASIS.finditer(text) if m.group() not in allowed]
    if not found:
        return []
    listed = ", ".join(dict.fromkeys(m.group() for m in found))
    return [(f"Markdown emphasis in the translation: {listed}; the book prints the marks as typed (its own styles "
             "set what is bold)", found[0].start())]


def _content_placeholders(path: str, entry: po.Entry, form: int, text: str) -> list[Diagnostic]:
    """Warn at a {name} or %s in a conference text's translation that its source lacks: printed as typed.

    A conference text is never formatted; a placeholder copied from a book label («{n} ұсыным») printed
    "{n}" in the book with no word from any check (QA s23).
    """
    if "{" not in text and "%" not in text:
        return []
    source = entry.msgid + (entry.msgid_plural or "")
    found = [m for m in _CONTENT_PLACEHOLDER.finditer(text) if m.group() not in source]
    if not found:
        return []
    listed = ", ".join(dict.fromkeys(m.group() for m in found))
    return [warning(entry.at(path, form, found[0].start()), f"{entry.label()}: the translation has {listed}, which "
                    "its source does not; a conference text is printed as written, so the book prints it as typed",
                    "i18n.placeholder")]


# check_entry's findings by (entry, path, language), for the process: a check finds each entry's problems
# when it checks the catalogs, then each language's Translator asks again of every entry its book
# prints (~45 % of the calls of a first check). Keyed by the entry's identity, which the parse
# shares within a process (load/catalogs.read_po), the entry kept with them so the identity holds (an
# entry of another parse may sit on other lines, its msgstr too); emptied when it grows past _MOST_KEPT.
_FOUND: dict[tuple[int, str, str | None], tuple[po.Entry, tuple[Diagnostic, ...]]] = {}
_MOST_KEPT = 50_000


def check_entry(path: str, entry: po.Entry, lang: str | None) -> list[Diagnostic]:
    """Return the problems of one translated entry (found once per process: _FOUND)."""
    key = (id(entry), path, lang)
    kept = _FOUND.get(key)
    if kept is None or kept[0] is not entry:
        if len(_FOUND) >= _MOST_KEPT:
            _FOUND.clear()
        kept = _FOUND[key] = (entry, tuple(_entry_problems(path, entry, lang)))
    return list(kept[1])


def entry_errors(path: str, entries: Iterable[po.Entry], lang: str | None) -> dict[str, tuple[Diagnostic, ...]]:
    """Return the errors of each entry that has any (a warning leaves it printable), by msgctxt."""
    found = {}
    for entry in entries:
        if entry.msgctxt is not None and not entry.obsolete:
            errors = tuple(d for d in check_entry(path, entry, lang) if d.is_error)
            if errors:
                found[entry.msgctxt] = errors
            else:  # a later entry of the same context is the one looked up (Catalog.by_context)
                found.pop(entry.msgctxt, None)
    return found


def _entry_problems(path: str, entry: po.Entry, lang: str | None) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    if lang in NPLURALS and entry.msgid_plural is not None and len(entry.msgstr) != NPLURALS[lang]:
        # at the msgstr the other errors point at: the first form too many, else the last one there
        count, needed = len(entry.msgstr), NPLURALS[lang]
        out.append(error(entry.at(path, max(min(count, needed + 1) - 1, 0)),
                         f"{entry.label()}: {count} plural form{'' if count == 1 else 's'}; {lang} needs {needed}",
                         "i18n.plural-count"))
    out += _partly_translated(path, entry)
    for form, text in enumerate(entry.msgstr):
        if not text:
            continue
        if not text.strip():
            # as an empty msgstr: not translated, the source wording is printed; said, since it looks done
            which = "the translation" if entry.msgid_plural is None else f"msgstr[{form}]"
            out.append(warning(entry.at(path, form), f"{entry.label()}: {which} is only "
                               "spaces; it counts as not translated (the source wording is printed)",
                               "i18n.untranslated"))
            continue
        found = [(p, i, "i18n.markup") for p, i in _markup_problems(entry, text) + _emphasis_problems(entry, text)]
        if not entry.fuzzy:  # msgfmt reads no fuzzy entry
            found += [(p, i, "i18n.newline") for p, i in _newline_problems(entry, form, text)]
        # a fuzzy entry is never printed; its source may have changed on purpose. Content
        # (proposal texts) is printed verbatim, never formatted, so "20% of" is plain text there
        if not entry.fuzzy and is_formatted_catalog(path):
            found += [(p, i, "i18n.placeholder") for p, i in _placeholder_problems(entry, form, text, lang)]
        elif not entry.fuzzy:
            out += _content_placeholders(path, entry, form, text)
        # at the msgstr line and the column of what is wrong (the msgctxt line said nothing of where);
        # the location is made only for a problem: most entries have none, and a check asks of thousands
        out += [error(entry.at(path, form, i), f"{entry.label()}: {p}", code) for p, i, code in found]
    if not entry.fuzzy and not is_formatted_catalog(path):  # the conference's texts: a city, a river, a region
        out += place_problems(path, entry)
    return out + character_problems(path, entry) + word_problems(path, entry, lang)


def empty_forms(entry: po.Entry) -> list[int]:
    """Return the plural forms of `entry` with no translation (empty, or spaces only)."""
    return [form for form, text in enumerate(entry.msgstr) if not text.strip()]


def said_forms(forms: list[int]) -> str:
    """Return "msgstr[2] is empty" / "msgstr[1] and msgstr[2] are empty"."""
    names = [f"msgstr[{form}]" for form in forms]
    return " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names) + (
        " is empty" if len(names) == 1 else " are empty")


def _partly_translated(path: str, entry: po.Entry) -> list[Diagnostic]:
    """Warn at the first empty form of a plural whose other forms are translated: it looks done, and is not.

    A plural is printed only with every form translated (gettext's rule): the ru draft printed "52 votes"
    for each number while «голос» and «голоса» were there. A form of spaces has its own warning.
    """
    if entry.msgid_plural is None or entry.fuzzy:
        return []
    empty = [form for form, text in enumerate(entry.msgstr) if not text]
    if not empty or len(empty) == len(entry.msgstr):
        return []
    return [warning(entry.at(path, empty[0]), f"{entry.label()}: {said_forms(empty)} while the other forms are "
                    "translated; the entry counts as not translated, so the source wording is printed for every "
                    "number", "i18n.partly-translated")]


@lru_cache(maxsize=256)  # asked for every entry of a catalog
def is_formatted_catalog(path: str) -> bool:
    """Return True for catalogs whose strings are formatted (book.po), not content.*.po."""
    return not PurePosixPath(path).name.startswith("content.")


def check_header(file: po.PoFile, lang: str | None) -> list[Diagnostic]:
    """Return problems of the header: missing, wrong language, wrong plural count, not UTF-8.

    Each is said at its field's line (at the part of it that is wrong), as an editor opens the file there:
    said at the header's first line, a translator looked for it in the msgid "".
    """
    where = Location(file.path, file.header_entry.line if file.header_entry else 1, 1)
    if file.header_entry is None:
        return [error(where, "no header entry (msgid \"\")", "i18n.header")]
    header = file.header_entry

    def at(name: str, pattern: str = "", end: bool = False) -> Location:
        return _field_at(file.path, header, name, pattern, end) or where

    out = _repeated_fields(file.path, header)
    if "utf-8" not in file.header.get("Content-Type", "").lower():
        out.append(error(at("Content-Type", r"charset"), "Content-Type must declare charset=UTF-8", "i18n.header"))
    if lang:
        if not names_language(file.header.get("Language", lang), lang):
            out.append(error(at("Language"), f"Language is {file.header['Language']!r} in a {lang} folder",
                             "i18n.header"))
        plural_forms = file.header.get("Plural-Forms", "")
        match = re.search(r"nplurals\s*=\s*(\d+)", plural_forms)
        if match is None or int(match.group(1)) != NPLURALS[lang]:
            out.append(error(at("Plural-Forms", r"(?i)nplurals"),
                             f"Plural-Forms must have nplurals={NPLURALS[lang]} for {lang}", "i18n.plural-count"))
        elif "plural=" not in plural_forms.replace("nplurals=", ""):
            # gettext finds the rule by "plural=" exactly: "plural = (…)" is no rule (msgfmt: "lacks plural=")
            out.append(error(at("Plural-Forms", r"(?<!n)plural\b"), "Plural-Forms has no 'plural=' (gettext reads "
                             f"the rule only written so, without spaces); use: {PLURAL_FORMS[lang]}", "i18n.plural-rule"))
        else:
            out += _plural_rule(at("Plural-Forms", r"(?<!n)plural=", end=True), plural_forms, lang)
    return out


def names_language(declared: str, lang: str) -> bool:
    """Return whether a header's Language names `lang`, with a country if so (Poedit's "kk_KZ", "ru-RU", "en_GB").

    Poedit writes kk_KZ for "Kazakh (Kazakhstan)": refused, the translator's catalog was an error for
    naming the very language of its folder (QA s23). Another script or variant (kk@latin) is not the book's.
    """
    return re.fullmatch(rf"{re.escape(lang)}(?:[_-](?:[A-Za-z]{{2}}|\d{{3}}))?(?:\.[Uu][Tt][Ff]-?8)?", declared) is not None


def _field_at(path: str, header: po.Entry, name: str, pattern: str, end: bool) -> Location | None:
    """Return where header field `name` is written (its last line: the one read), at `pattern`'s match in that
    line if it has one (its end with `end`), else at the field's name; None when the header lacks the field."""
    found, start = None, 0
    for line in header.msgstr[0].split("\n"):
        field, sep, _ = line.partition(":")
        if sep and field.strip() == name:
            match = re.search(pattern, line) if pattern else None
            found = start + ((match.end() if end else match.start()) if match else len(line) - len(line.lstrip()))
        start += len(line) + 1
    return header.at(path, 0, found) if found is not None else None


def _repeated_fields(path: str, header: po.Entry) -> list[Diagnostic]:
    """Warn at each header field given a second time (an editor's save added its own line again).

    recbook reads the last one (po.parse_header); a tool may read the first: two Plural-Forms or
    Language lines that differ are read two ways. Said at the later line, the one to remove.
    """
    text = header.msgstr[0]
    seen: dict[str, int] = {}
    out = []
    start = 0
    for line in text.split("\n"):
        name, sep, _ = line.partition(":")
        name = name.strip()
        if sep and name:
            where = header.at(path, 0, start)
            if name not in seen:
                seen[name] = where.line or 0
            else:
                lines = f"lines {seen[name]} and {where.line}" if seen[name] != where.line else f"line {where.line}"
                out.append(warning(where, f"the header gives {name} twice ({lines}); tools may read either one: "
                                          "keep one", "i18n.header"))
        start += len(line) + 1
    return out


def _plural_rule(where: Location, plural_forms: str, lang: str) -> list[Diagnostic]:
    """Return an error when the catalog's plural rule picks other forms than KAZAKH.md §6."""
    problem = _plural_rule_problem(plural_forms, lang)
    return [error(where, *problem)] if problem else []


@lru_cache(maxsize=64)  # the catalogs of one language share their header: each rule is tried on 1,001 numbers once
def _plural_rule_problem(plural_forms: str, lang: str) -> tuple[str, str] | None:
    """Return (message, code) when the Plural-Forms header picks other forms than `lang` needs, else None."""
    expected = plural_function(PLURAL_FORMS[lang], lang)
    expr = plural_forms.partition("plural=")[2].strip().rstrip(";")
    if expr == PLURAL_FORMS[lang].partition("plural=")[2].strip().rstrip(";"):
        return None  # the very rule `expected` was compiled from (as recbook writes it): nothing to try
    try:
        actual = gettext.c2py(expr)
    except (ValueError, SyntaxError):
        return f"Plural-Forms expression cannot be read: {expr!r}", "i18n.plural-rule"
    try:
        wrong = next((n for n in range(0, 1001) if actual(n) != expected(n)), None)
    except ArithmeticError as exc:  # plural=n/0
        return f"Plural-Forms expression fails ({exc}): {expr[:80]!r}; use: {PLURAL_FORMS[lang]}", "i18n.plural-rule"
    if wrong is None:
        return None
    return (f"Plural-Forms picks form {actual(wrong)} for n={wrong}, but {lang} needs form "
            f"{expected(wrong)}; use: {PLURAL_FORMS[lang]}", "i18n.plural-rule")


def check_po(file: po.PoFile, lang: str | None, is_template: bool) -> list[Diagnostic]:
    """Return every problem of one parsed PO file (`lang` from its folder; templates have none)."""
    if file.errors and not file.entries:
        return list(file.errors)
    out = list(file.errors) + check_header(file, None if is_template else lang)
    for entry in file.active:
        out += check_entry(file.path, entry, lang)
    return out


def missing_translations(book, catalogs) -> list[Diagnostic]:
    """Return one located error per string of `book` shown in its source language (strict mode), but broken ones."""
    from .translator import missing_error

    located = (_locate(catalogs, book.lang, context) for context in book.missing)
    # a broken entry's own error (at its msgstr) is reported by the catalog check: not a second time here
    return sorted(missing_error(book.lang, m) for m in located if m.status != "broken")


def _locate(catalogs, lang: str, context: str):
    """Return where a missing msgctxt sits in `lang`'s catalogs, and why it is not printed."""
    from .guesses import guessed_source, guesses_for
    from .translator import Missing

    candidates = [catalogs.book_catalog(lang)] + [c for (l, _), c in sorted(catalogs.content.items()) if l == lang]
    for catalog in candidates:
        entry = catalog.by_context.get(context)
        if entry is not None:
            broken = any(d.is_error for d in check_entry(catalog.path, entry, lang))  # a warning is printed
            empty = empty_forms(entry)
            status = "fuzzy" if entry.fuzzy else ("untranslated" if empty else "broken" if broken else "stale")
            if status == "untranslated":
                # at the (first) empty msgstr, where the translation is typed, as `i18n status --list` says;
                # a plural with forms translated names the empty ones by their index
                partly = entry.msgid_plural is not None and len(empty) < len(entry.msgstr)
                return Missing(context, status, entry.at(catalog.path, empty[0]), tuple(empty) if partly else ())
            if status == "stale" and guessed_source(entry, guesses_for(catalog.path)):
                status = "guess"  # `recbook init`'s placeholder translation: update empties it, keeps nothing fuzzy
            return Missing(context, status, entry.start(catalog.path))
    folder = f"locales/{lang}/LC_MESSAGES"
    return Missing(context, "absent", Location(candidates[0].path if _is_label(context) else folder))


def _is_label(context: str) -> bool:
    from .labels import GROUP_SHEET_LABELS, LABELS, PLURAL_LABELS

    return context in {k for k, _ in (*LABELS, *GROUP_SHEET_LABELS)} | {k for k, *_ in PLURAL_LABELS}


def supplied_conflicts(inputs, catalogs) -> list[Diagnostic]:
    """Warn where a group's title:LANG/text:LANG differs from the translators' PO (the PO wins)."""
    out = []
    for p in inputs.proposals:
        for supplied in p.translations:
            catalog = catalogs.content_catalog(supplied.language, p.language)
            for name in ("title", "text"):
                given = getattr(supplied, name)
                found = catalog.lookup(f"{p.id}.{name}", getattr(p, name))
                if given and found.value is not None and found.value != given:
                    where = p.location_of(f"{name}:{supplied.language}")
                    out.append(warning(where, f"{p.id}: the {name}:{supplied.language} column differs from "
                                              f"{found.location}; the catalog's translation is printed",
                                       "i18n.supplied-differs"))
    return out
