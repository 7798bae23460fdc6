"""Say the words a reason names as the proposals wrote them, not in the forms the merge compares.

The guards compare folded words: lower case, Kazakh letters folded, Latin Kazakh read in
Cyrillic («байдибек / жанакорган» for Бәйдібек / Жаңақорған). A reviewer reads the words of
the texts. Each word of a reason that names words ("different names: x vs y", "different
word: x vs y") is looked up among the words of its side's texts (title and text, and the
translations the merge read) by the forms the merge reads them in; a word not found there (a
two-word name read as one) is shown as the merge read it.
"""

from __future__ import annotations

import re
from typing import Iterator, Mapping

from ..kazakh_latin import cyrillic
from ..model import Proposal
from .features import CatalogTranslations
from .normalize import fold_kk, normalize
from .places import JOINER

WORDED = ("different names: ", "different word: ")  # the reasons that name a word of each text
_WORD = re.compile(r"[^\W\d_]+")  # as features and normalize split a text into words


class Written:
    """The words of the proposals, each by the forms the merge reads it in (built on first use)."""

    def __init__(self, proposals: Mapping[str, Proposal], translations: CatalogTranslations | None = None) -> None:
        self.proposals = proposals
        self.translations: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for (pid, lang), (title, text) in (translations or {}).items():
            self.translations.setdefault(pid, []).append((lang, title, text))
        self._words: dict[str, dict[str, str]] = {}

    def said(self, why: str, a: str, b: str, sep: str) -> str:
        """Return a reason of the pair (a, b), its parts joined by `sep`, with the words it names as written."""
        return sep.join(self._part(part, a, b) for part in why.split(sep))

    def _part(self, why: str, a: str, b: str) -> str:
        start = next((s for s in WORDED if why.startswith(s)), None)
        if start is None or " vs " not in why:
            return why
        left, right = why[len(start):].split(" vs ", 1)
        return f"{start}{self._spelt(left, a, b)} vs {self._spelt(right, b, a)}"

    def _spelt(self, read: str, own: str, other: str) -> str:
        """Return words as the merge read them (`read`) as `own`'s texts write them (else `other`'s)."""
        return " ".join(self._word(w, own, other) for w in read.split())

    def _word(self, read: str, own: str, other: str) -> str:
        if JOINER in read:  # «Нур-Султан», read as one word: each part as written
            return "-".join(self._word(part, own, other) for part in read.split(JOINER))
        for pid in (own, other):
            if (word := self._of(pid).get(read)) is not None:
                return word
        return read

    def _of(self, pid: str) -> dict[str, str]:
        if pid not in self._words:
            found: dict[str, str] = {}
            for language, text in self._texts(pid):
                words = _WORD.findall(text)
                read = words
                if language == "kk":  # Kazakh in Latin letters is read in Cyrillic: the same words, in order
                    spelt = _WORD.findall(cyrillic(text, None)[0] or "")
                    read = spelt if len(spelt) == len(words) else words
                for word, as_read in zip(words, read):
                    key = normalize(as_read)
                    for form in (key, fold_kk(key)):  # "different word" reads words normalized, names folded
                        # a word that begins a sentence or a title is written in lower case elsewhere
                        if form not in found or found[form] == word.capitalize() != word:
                            found[form] = word
            self._words[pid] = found
        return self._words[pid]

    def _texts(self, pid: str) -> Iterator[tuple[str, str]]:
        """Yield (language, title or text) of a proposal: its own first, then its translations."""
        p = self.proposals.get(pid)
        if p is None:
            return
        for language, title, text in ((p.language, p.title, p.text),
                                      *((t.language, t.title, t.text) for t in p.translations),
                                      *self.translations.get(pid, ())):
            yield from ((language, t) for t in (title, text) if t)
