"""Say a YAML syntax error in a secretariat's words: what the line looks like, and what to do.

ruamel.yaml words its errors for the parser's author ("expected <block end>, but found '<block
mapping start>' (while parsing a block collection on line 6)"). The slips behind the common ones
are few: a line indented unlike its neighbours, a { [ or quote not closed, a ": " or a leading
character YAML reads as syntax inside an unquoted value, a tab. Each of those is said so, with the
line the parser named; any other keeps ruamel's wording. The location stays the parser's.
"""

from __future__ import annotations

import re

_FOUND = re.compile(r"expected <block end>, but found '(.*)'")
_FLOW = re.compile(r"expected ',' or '([\]}])', but got '(.*)'")
_CHARACTER = re.compile(r"found character '(.*)' that cannot start any token")
_OPENING = {"]": "[", "}": "{"}


def plain_syntax_error(problem: str | None, context: str | None, context_line: int | None,
                       line: int | None = None, before: str | None = None,
                       above: tuple[int, str] | None = None, current: str = "") -> str | None:
    """Return the plain words for a ruamel syntax error, or None when it is not a common slip.

    `line` is the 1-based line of the error, `context_line` the one the parser's context names
    (where a list, a { or a quote began); `before`, the error line's text before the error's column;
    `above`, (number, text) of the last written line before the error's (comments aside); `current`, the
    error line's text.
    """
    problem, context = problem or "", context or ""
    at = f" on line {context_line}" if context_line else ""
    found = _FOUND.fullmatch(problem)
    if found and found[1] == "<block mapping start>" and above and above[1].rstrip().endswith("}"):
        # `- {reject: G1-01}` then `    reason: x`: lining the key up with the list would not read either
        joined = f"{above[1].strip().removeprefix('- ').rstrip()[:-1].rstrip()}, {current.strip()}}}"
        return (f"the item on line {above[0]} is closed by its }}, so this key cannot belong to it: write it inside "
                f"the braces ({_cut(joined, 60)}), or write the item without braces, one 'key: value' a line")
    if found:
        return _block_end(found[1], context, at)
    flow = _FLOW.fullmatch(problem)
    if flow:
        closing, got = flow[1], flow[2]
        opening = _OPENING[closing]
        if got == ":" and line is not None and line == context_line:
            return (f"a ':' inside the {opening} … {closing}: a comma is missing before this key, or a value "
                    "holding ': ' must be put in quotes")
        if got == "<stream end>":
            return f"the {opening} opened{at} is not closed: add the {closing} at the end of its entries"
        return f"the {opening} opened{at} is not closed before this point: add the {closing}"
    if problem == "mapping values are not allowed here":
        return ("a ':' followed by a space or the line's end stands inside a value, or a key is indented deeper "
                "than the keys above it: put such a value in quotes, or line the key up with the others")
    if problem.startswith(("found unknown escape character", "expected escape sequence")):  # "C:\Users"
        return ('a \\ inside "…" starts an escape (\\n, \\"): write a backslash as \\\\, or put the value in '
                "'…' instead")
    character = _CHARACTER.fullmatch(problem)
    if character:
        if character[1] == "\\t":
            return _tab(before)
        return f"a value starting with {character[1]} must be put in quotes"
    if problem in ("found unexpected end of stream", "found unexpected document separator") \
            and "quoted scalar" in context:
        return (f"the quotation mark opened{at} is not closed: add the closing one (a quote inside a quoted value "
                "is written twice in '…', or as \\\" in \"…\")")
    if problem.startswith("found undefined alias"):
        return "a value starting with * is read as a reference to an anchor (&name): put the value in quotes"
    if "while scanning an anchor" in context or "while scanning an alias" in context:
        return "a value starting with & or * must be put in quotes"
    if problem == "could not find expected ':'":
        return (f"line {context_line} has no ': ' after its key: write 'key: value', and indent a value going "
                "on to the next line deeper than its key" if context_line else None)
    if problem.startswith("expected chomping or indentation indicators"):
        return "a value starting with | or > is read as a block of text: put the value in quotes"
    if problem == "but found another document":
        return "a '---' or '...' line ends the file's content before this point: the file holds one; remove the line"
    return None


def _tab(before: str | None) -> str:
    """Return the words for a tab where a token begins: what the tab does on its line."""
    written = (before or "").rstrip(" \t")
    if not written:
        return "a tab indents this line: YAML indents with spaces only; replace the tab with spaces"
    if written.endswith(":"):
        key = written.lstrip(" -")
        return (f"a tab after '{_cut(key)}' separates the key from its value: YAML wants a space there; "
                "replace the tab with a space")
    if written.endswith("-"):
        return "a tab after the list item's '-': YAML wants a space there; replace the tab with a space"
    return "a tab before this value: YAML wants a space there; replace the tab with a space"


def _cut(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


def _block_end(found: str, context: str, at: str) -> str:
    """Return the words for "expected <block end>, but found …": a line out of place in a block."""
    if found in ("}", "]"):
        return f"a {found} with no {_OPENING[found]} before it: remove it, or add the {_OPENING[found]}"
    if found == "<scalar>":
        return ("text follows where the value before it ended (after its closing quote): put the whole value in "
                "quotes, writing a quote inside it twice in '…', or as \\\" in \"…\"")
    entries = "the keys" if "mapping" in context else "the list"
    if found == "-":
        return (f"a list item ('- ') where {entries} starting{at} expect 'key: value': indent the list under its "
                "key, or line the item up with the others")
    return f"this line is indented differently from the entries above it ({entries} starting{at}): line it up with them"
