"""Count translated, fuzzy and untranslated messages per language (`recbook i18n status`)."""

from __future__ import annotations

from ..model import LANGUAGES
from .catalogs import Catalogs


def status(catalogs: Catalogs) -> dict[str, dict[str, int]]:
    """Return {lang: {total, translated, fuzzy, untranslated}} over book and content catalogs."""
    out = {}
    for lang in LANGUAGES:
        catalogs_of_lang = [catalogs.book[lang]] if lang in catalogs.book else []
        catalogs_of_lang += [c for (target, _), c in sorted(catalogs.content.items()) if target == lang]
        entries = [e for c in catalogs_of_lang for e in c.entries if not e.obsolete]
        translated = sum(e.translated for e in entries)
        fuzzy = sum(e.fuzzy for e in entries)
        out[lang] = {"total": len(entries), "translated": translated, "fuzzy": fuzzy,
                     "untranslated": len(entries) - translated - fuzzy}
    return out


# what the table counts, said under it: `recbook check` gives other numbers (QA saw en 80 % here, 14 % there)
COUNTED = ("total: every message of each language's catalogs (book.po, content.*.po) as they stand;\n"
           "after changing the inputs, run `recbook i18n update` first. `recbook check` counts only\n"
           "the strings each book prints in translation, against the current inputs.\n"
           "`recbook i18n status --list [--lang kk]` names each entry still to do, at its file:line.")


def format_status(counts: dict[str, dict[str, int]]) -> str:
    """Return a small aligned table for people, and what it counts."""
    lines = [f"{'lang':<5}{'total':>7}{'done':>7}{'fuzzy':>7}{'todo':>7}{'%':>6}"]
    for lang, c in counts.items():
        share = 100 * c["translated"] // c["total"] if c["total"] else 100
        lines.append(f"{lang:<5}{c['total']:>7}{c['translated']:>7}{c['fuzzy']:>7}{c['untranslated']:>7}{share:>6}")
    return "\n".join(lines + ["", COUNTED])
