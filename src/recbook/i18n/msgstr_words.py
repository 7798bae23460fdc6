"""The word checks of a proposal's text, run on each translation (msgstr) of a catalog.

A translator's slips are a proposal author's: Latin look-alikes in Cyrillic
words («Жергiлiктi» with a Latin i, «кəсiпорын» with U+0259), "?" where a
letter was lost, characters the fonts lack, a Kazakh text typed with no Kazakh
letter at all (a Russian keyboard: «Мемлекеттик алеуметтик …»). The same
codes and severities as for proposals (recbook.text_checks), at the
msgstr's line and column, so `i18n check`, `check` and `i18n import` (at the
cell) say what a proposal's check says. The text is never changed.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Location, warning
from ..text_layout import line_break_message, mid_sentence_break_places, start_problems
from ..text_checks import check_words, first_mixed_script_word, first_typed_word, language_mismatch, range_hyphens
from .msgstr_characters import printable
from .po import Entry


_FIRST_AT = {"text.mixed-script": first_mixed_script_word, "text.russian-keyboard": first_typed_word,
             "text.range-hyphen": lambda text: range_hyphens(text)[0].start()}


def word_problems(path: str, entry: Entry, lang: str | None) -> list[Diagnostic]:
    """Return the proposal text's word findings for each msgstr form of `entry` (`lang`: the catalog's)."""
    out: list[Diagnostic] = []
    for form, text in enumerate(entry.msgstr):
        if not text.strip():
            continue  # not translated: said elsewhere
        field = "msgstr" if entry.msgid_plural is None else f"msgstr[{form}]"
        # checked as printed, as a proposal's text is: a control character is character_problems' (one report)
        text = printable(text)
        for found in check_words(text, Location(path), field, None, lang):
            # a mixed or mistyped word, or a range, at its own line and column (a long text spans many
            # lines), the rest at the msgstr
            index = _FIRST_AT[found.code](text) if found.code in _FIRST_AT else 0
            out.append(Diagnostic(entry.at(path, form, index), found.severity,
                                  f"{entry.label()}: {found.message}", found.code))
        out += _line_breaks(path, entry, form, field, text)
        out += _edge_spaces(path, entry, form, field, text)
        out += _starts(path, entry, form, field, text)
        # Kazakh only: its own letters tell it apart (a Russian keyboard drops them all); for ru and en
        # the proposal's test reads every Latin text's Kazakh rules, a cost each check would pay for
        # a slip (a translation pasted into the wrong catalog) the reader sees at once
        looks = language_mismatch(lang, text) if lang == "kk" else None
        if looks:
            hint = ("its Kazakh letters (ә ғ қ ң ө ұ ү һ і) may have been typed as Russian look-alikes (а г к н о "
                    "у х и)" if looks == "Russian" else "check which language it is")
            out.append(warning(entry.at(path, form), f"{entry.label()}: the kk translation looks {looks}; {hint}",
                               "i18n.language-mismatch"))
    return out


def _line_breaks(path: str, entry: Entry, form: int, field: str, text: str) -> list[Diagnostic]:
    """Warn at a line break inside a sentence of a translation, as at a proposal's (text_layout).

    "Multi-year state\nsocial order" printed the heading on two lines with no word from any check (qa s21).
    A break the source has too was said at the source (a proposal's value), or is the book's own wording.
    """
    if "\n" not in text:
        return []
    places = mid_sentence_break_places(text)
    source = entry.msgid if form == 0 or entry.msgid_plural is None else entry.msgid_plural
    if len(places) <= len(mid_sentence_break_places(source)):
        return []
    breaks = [(before, after) for _, before, after in places]
    return [warning(entry.at(path, form, places[0][0]),
                    f"{entry.label()}: {line_break_message(field, breaks, 'a line in the editor')}",
                    "text.line-break-mid-sentence")]


def _starts(path: str, entry: Entry, form: int, field: str, text: str) -> list[Diagnostic]:
    """Warn at a translated title or text starting with a list bullet, or a title with a number of its own,
    as at a proposal's (text_layout): «1. Open …» printed «1.1 1. Open …» in that language's book.

    What the source starts with too was said at the proposal; its translation keeping it says nothing new.
    """
    kind = (entry.msgctxt or "").rpartition(".")[2]
    if kind not in ("title", "text") or "content." not in path:
        return []
    said = {d.code for d in start_problems(entry.msgid, Location(path), kind, kind)}
    return [Diagnostic(entry.at(path, form), d.severity, f"{entry.label()}: {d.message}", d.code)
            for d in start_problems(text, Location(path), field, kind) if d.code not in said]


def _edge_spaces(path: str, entry: Entry, form: int, field: str, text: str) -> list[Diagnostic]:
    """Warn at spaces or tabs starting or ending a translation whose source has none there.

    A proposal's value is trimmed when read; a msgstr is printed as typed: "Almaty\t" printed the cover's
    «Almaty , 2025» with no word from any check (QA s23). A line break there is msgfmt's rule (i18n.newline).
    """
    source = entry.msgid if form == 0 or entry.msgid_plural is None else entry.msgid_plural
    out = []
    for side, edge, own in (("starts", _edge(text, True), _edge(source, True)),
                            ("ends", _edge(text, False), _edge(source, False))):
        if not edge or own:
            continue
        index = 0 if side == "starts" else len(text) - len(edge)
        what = _spaces(edge)
        shown = f" («{text.split()[-1][-30:]} ,» before a comma that follows)" if side == "ends" else ""
        out.append(warning(entry.at(path, form, index), f'{entry.label()}: "{field}" {side} with {what}, which its '
                           f"source does not: the book prints a space there{shown}; delete "
                           f"{'it' if len(edge) == 1 else 'them'}", "text.whitespace"))
    return out


def _edge(text: str, start: bool) -> str:
    """Return the spaces and tabs `text` starts (or ends) with; line breaks end the run."""
    core = text.lstrip(" \t") if start else text.rstrip(" \t")
    return text[:len(text) - len(core)] if start else text[len(core):]


def _spaces(edge: str) -> str:
    """Return "a tab", "2 spaces", "a space and a tab" … for a run of spaces and tabs."""
    names = [(edge.count(" "), "space"), (edge.count("\t"), "tab")]
    return " and ".join(f"a {name}" if n == 1 else f"{n} {name}s" for n, name in names if n)
