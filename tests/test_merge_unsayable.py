"""A cross-language score does not count against a text a concept its language has no word for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from recbook.merge import glossary
from recbook.merge.features import Variant, make_variant
from recbook.merge.rarity import Rarity

ORPHAN, HOUSING = "orphan", "housing"  # concepts with words in kk, ru and en


def text(pid: str, language: str, *tokens: str) -> Variant:
    return replace(make_variant(pid, language, "t", "text", True), bridge=frozenset(tokens))


def dice(*texts: Variant) -> float:
    rarity = Rarity.of({v.proposal_id: (v,) for v in texts})
    return rarity.bridge_dice(texts[0], texts[1])[0]


def no_kazakh_word() -> str:
    found = sorted(c for c in glossary.CONCEPTS if glossary.unsayable(c, "kk") and not glossary.unsayable(c, "ru"))
    assert found  # the lexicon has concepts with Russian and English words only
    return found[0]


def test_a_concept_with_no_kazakh_word_is_unsayable_in_kazakh_only():
    concept = no_kazakh_word()
    assert not glossary.unsayable(concept, "ru")
    assert not glossary.unsayable(ORPHAN, "kk") and not glossary.unsayable(HOUSING, "en")
    assert not glossary.unsayable("#5", "kk")  # a number, not a concept


def test_a_russian_concept_kazakh_has_no_word_for_does_not_count_against_a_kazakh_russian_pair():
    kk = text("K", "kk", ORPHAN, HOUSING)
    ru = text("R", "ru", ORPHAN, HOUSING, no_kazakh_word())
    assert dice(kk, ru) == pytest.approx(1.0)  # all the kk text could share, it shares
    en = text("E", "en", ORPHAN, HOUSING)
    assert dice(en, ru) < 1.0  # an English text could have said it
