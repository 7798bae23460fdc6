"""Two proposals in two languages, no translation: what their language-neutral tokens say."""

from __future__ import annotations

from dataclasses import replace

import pytest

from recbook.merge.features import SKELETON_MARK, Variant, make_variant
from recbook.merge.rarity import FLAT, Rarity
from recbook.merge.similarity import BRIDGE_CEILING, BRIDGE_KNEE, saturated

ORPHAN, HOUSING = "orphan", "housing"  # concepts: read the same in kk, ru and en
NATIVE = (SKELETON_MARK + "zldk", SKELETON_MARK + "trkg")  # skeletons of Kazakh words no Russian uses
LOAN = SKELETON_MARK + "ptk"  # a loanword's skeleton («ипотека» / «ипотека»)


def text(pid: str, language: str, *tokens: str) -> Variant:
    return replace(make_variant(pid, language, "t", "text", True), bridge=frozenset(tokens))


def dice(*texts: Variant) -> float:
    rarity = Rarity.of({v.proposal_id: (v,) for v in texts})
    return rarity.bridge_dice(texts[0], texts[1])[0]


def test_skeletons_no_text_of_the_other_language_has_do_not_count_against_a_pair():
    kk = text("K", "kk", ORPHAN, HOUSING, *NATIVE)
    ru = text("R", "ru", ORPHAN, HOUSING)
    assert dice(kk, ru) == pytest.approx(1.0)  # all the kk text could share, it shares
    assert dice(text("K", "kk", ORPHAN, HOUSING, "#18"), ru) < 1.0  # a number counts: any language writes it


def test_a_skeleton_the_other_language_uses_counts():
    kk = text("K", "kk", ORPHAN, HOUSING, LOAN)
    ru = text("R", "ru", ORPHAN, HOUSING)
    # two Russian texts with the loanword: ru could have shared it
    elsewhere = (text("R2", "ru", LOAN, "teacher"), text("R3", "ru", LOAN, "doctor"))
    assert dice(kk, ru, *elsewhere) < dice(kk, ru) == pytest.approx(1.0)


def test_one_stray_text_does_not_make_a_language_use_every_skeleton():
    # a Russian report filed as Kazakh: its Russian words are "used in Kazakh" once; counted, every
    # native word of every Russian text weighed against its Kazakh twin again (25 labelled sets with
    # one such report each: cross-language pairs found 309 -> 291 of 353; with two needed, 315)
    ru_words = (SKELETON_MARK + "smrt", SKELETON_MARK + "plkl")  # skeletons of Russian words («смерть»…)
    kk = text("K", "kk", ORPHAN, HOUSING)
    ru = text("R", "ru", ORPHAN, HOUSING, *ru_words)
    stray = text("S", "kk", *ru_words, "teacher")
    assert dice(kk, ru, stray) == pytest.approx(1.0)
    assert dice(kk, ru, stray, text("S2", "kk", *ru_words, "doctor")) < 1.0  # two Kazakh texts: it is used


def test_shared_skeletons_count_with_no_corpus():
    kk, ru = text("K", "kk", ORPHAN, LOAN, *NATIVE), text("R", "ru", ORPHAN, LOAN)
    found, shared, _ = FLAT.bridge_dice(kk, ru)
    assert shared == 2 and found == pytest.approx(1.0)  # never above 1: what is shared is in the total


def test_cross_language_scores_keep_their_order_below_the_ceiling():
    xs = [0.1, 0.5, BRIDGE_KNEE, 0.7, 0.9, 1.2, 1.6]
    ys = [saturated(x) for x in xs]
    assert ys[:3] == xs[:3]  # unchanged up to the knee
    assert all(a < b for a, b in zip(ys, ys[1:]))  # strictly increasing: no ties at a cap
    assert ys[-1] < BRIDGE_CEILING


def test_what_a_text_in_another_language_could_share_is_what_the_candidates_index():
    from recbook.merge.candidates import neighbour_pairs

    # each text's native words, more than the rarest tokens looked up (candidates.PROBE)
    natives = [f"{SKELETON_MARK}{lang}{i:02}" for lang in ("k", "r") for i in range(20)]
    kk = text("K", "kk", ORPHAN, HOUSING, "#18", *natives[:20])
    ru = text("R", "ru", ORPHAN, HOUSING, "#18", SKELETON_MARK + "ru", *natives[20:])
    others = [text(f"R{i}", "ru", f"topic{i}", f"topic{i + 1}") for i in range(5)]
    texts = {v.proposal_id: (v,) for v in (kk, ru, *others)}
    rarity = Rarity.of(texts)
    assert rarity.bridgeable(kk) == {ORPHAN, HOUSING, "#18"}
    assert rarity.bridgeable(text("K2", "kk", ORPHAN, SKELETON_MARK + "ru")) == {ORPHAN, SKELETON_MARK + "ru"}
    assert ("K", "R") in neighbour_pairs(texts, rarity, cap=5).pairs
