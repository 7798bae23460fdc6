"""Each other's best match by letters (merge/letters.py, issue 9's eleventh pass)."""

from __future__ import annotations

import pytest

from merge_helpers import eval_cases, eval_proposals, prop  # noqa: F401 (fixtures)
from recbook.merge import merge
from recbook.merge.assemble import BY_LETTERS
from recbook.merge.features import all_variants
from recbook.merge.letters import Letters, pieces
from recbook.merge.similarity import PairScore


def test_a_word_is_read_in_pieces_of_four_letters_with_its_edges_marked():
    assert pieces("свет свет") == {" све": 2, "свет": 2, "вет ": 2}
    assert pieces("ток") == {" ток": 1, "ток ": 1}


def letters_of(*texts: tuple[str, str, str]) -> Letters:
    return Letters.of(all_variants([prop(pid, text, lang) for pid, text, lang in texts]))


def test_forms_of_one_root_are_alike_by_letters_where_their_stems_differ():
    found = letters_of(("A", "Закупить дизельные генераторы для амбулаторий", "ru"),
                       ("B", "Обеспечить амбулатории генератором", "ru"),
                       ("C", "Открыть клуб для пенсионеров в каждом районе", "ru"))
    assert found.cosine("A", "B") > 2 * found.cosine("A", "C")
    assert found.cosine("A", "B") == found.cosine("B", "A")
    assert found.cosine("A", "A") == pytest.approx(1.0)


def test_only_pairs_in_one_language_and_not_far_apart_by_the_score_are_read():
    found = letters_of(("A", "генераторы для амбулаторий", "ru"), ("B", "амбулатории генератором", "ru"),
                       ("C", "generators for clinics", "en"))
    found.offer("A", "C", PairScore(0.5, "ru", 0.5, 0.5), 0.40)  # two languages
    found.offer("A", "B", PairScore(0.2, "ru", 0.2, 0.2), 0.40)  # below 0.75 × suggest
    assert found.best == {}
    found.offer("A", "B", PairScore(0.32, "ru", 0.32, 0.32), 0.40)
    assert found.best["A"][1] == "B" and found.best["B"][1] == "A"


def test_a_best_match_must_be_mutual_and_alike_enough():
    found = letters_of(("A", "генераторы амбулатории", "ru"), ("B", "генератором амбулаторий", "ru"),
                       ("C", "генератор", "ru"), ("D", "совсем другое", "ru"), ("E", "ничего общего", "ru"))
    s = PairScore(0.35, "ru", 0.35, 0.35)
    for a, b in (("A", "B"), ("B", "C"), ("D", "E")):
        found.offer(a, b, s, 0.40)
    assert found.mutual() == {("A", "B")}  # C's best is B, but B's is A; D~E share no piece


def test_two_asks_in_other_forms_of_one_root_are_suggested_as_each_others_closest_by_letters(eval_proposals):
    # two groups ask for generators at rural clinics in their own words, among the ~200 proposals of
    # the labelled set (the letters' weights need a corpus): few stems shared, but «амбулатор-»,
    # «генератор-», «сел-» in other forms
    a = prop("X1-01", "Сельским амбулаториям нужны резервные генераторы, потому что свет отключают часто.")
    b = prop("X2-01", "Просим снабдить амбулатории генераторами: электричество в сёлах пропадает.")
    result = merge([a, b, *eval_proposals])
    assert not any({"X1-01", "X2-01"} <= set(r.member_ids) for r in result.recommendations)  # never merged
    offered = [s for s in result.suggestions if {s.a, s.b} == {"X1-01", "X2-01"}]
    assert len(offered) == 1 and offered[0].score < 0.40 and offered[0].reason == BY_LETTERS
    # a third text closer to one of them by letters takes the place
    closer = prop("X3-01", "Сельским амбулаториям нужны резервные генераторы, потому что свет отключают.")
    result = merge([a, b, closer, *eval_proposals])
    assert not [s for s in result.suggestions if {s.a, s.b} == {"X1-01", "X2-01"}]


def test_a_run_of_letters_longer_than_any_word_is_read_but_not_cached():
    """A hostile 500-letter "word" per word of a 5 MB forum filled memory through the vocabulary cache."""
    from recbook.merge import letters

    word = "ж" * (letters.LONGEST_CACHED + 1)
    before = letters._vocabulary_pieces.cache_info().currsize
    assert pieces(word)[" жжж"] == 1
    assert letters._vocabulary_pieces.cache_info().currsize == before


def test_the_vectors_kept_hold_a_bounded_number_of_pieces(monkeypatch):
    """Four huge texts must not stay in memory at once: the cache drops the oldest beyond PIECES_KEPT."""
    from recbook.merge import letters

    monkeypatch.setattr(letters, "PIECES_KEPT", 300)
    texts = [(f"P{i}", " ".join(f"слово{i}{j}" for j in range(40)), "ru") for i in range(4)]
    found = letters_of(*texts)
    for a in ("P0", "P1", "P2", "P3"):
        assert found.cosine(a, "P0") >= 0.0
    assert sum(map(len, found._kept.values())) <= 300 + max(map(len, found._kept.values()))
    assert len(found._kept) < 4
    assert found.cosine("P1", "P1") == pytest.approx(1.0)  # a dropped vector is built again, the same
