"""The kk/ru/en concept lexicon (merge/concepts.py) and the evidence floor of the bridge."""

from __future__ import annotations

import re
import pytest

from merge_helpers import FILLER, prop, suggested
from recbook.merge import merge
from recbook.merge.concepts import TEXT
from recbook.merge.features import all_variants, make_variant
from recbook.merge.glossary import CONCEPTS, concept, lexicon_lines
from recbook.merge.normalize import fold_kk, normalize
from recbook.merge.rarity import Rarity
from recbook.merge.similarity import BRIDGE, NO_MATCH, bridge



def test_lexicon_is_large_and_every_line_has_three_languages():
    lines = [ln for ln in TEXT.splitlines() if ln.strip() and not ln.startswith("#")]
    assert len(CONCEPTS) >= 200 and len(lines) >= 120
    assert all(ln.count("|") == 3 for ln in lines)


def test_entries_are_one_script_each_and_english_is_latin():
    for name, lang, word, _ in lexicon_lines(TEXT):
        # a Latin look-alike inside a Cyrillic word (i for і) would never match; "egov" is Latin whole
        assert re.fullmatch(r"[а-яё]+|[a-z]+", word), (name, lang, word)
        assert lang != "en" or re.fullmatch(r"[a-z]+", word), (name, word)


def test_a_word_belongs_to_one_concept_per_language():
    seen: dict[tuple[str, str, bool], str] = {}
    for name, lang, word, whole in lexicon_lines(TEXT):
        assert seen.setdefault((lang, word, whole), name) == name, (lang, word)


def test_a_malformed_line_names_its_line_number():
    with pytest.raises(ValueError, match=r"concepts.TEXT line 2: expected"):
        lexicon_lines("# comment\nair | воздух | ауа\n")


@pytest.mark.parametrize("word, lang, expected", [
    ("ластануын", "kk", "pollution"), ("загрязнение", "ru", "pollution"), ("pollution", "en", "pollution"),
    ("соттар", "kk", "court"), ("судебные", "ru", "court"), ("courts", "en", "court"),
    ("courtyard", "en", "yard"),  # "court=" is a whole word only
    ("example", "en", None),  # "exam=" too
    ("корытынды", "kk", None),  # "қоры=" (fund) must not catch "қорытынды" (conclusion)
    ("калай", "kk", None),  # "қала=" (city) must not catch "қалай" (how)
    ("кала", "kk", "city"),
])
def test_concepts_of_words(word, lang, expected):
    assert concept(fold_kk(normalize(word)), lang) == expected


def test_kazakh_and_english_asks_without_translation_meet_on_lexicon_concepts():
    kk = prop("A-1", "Өзендердің ластануын бақылау үшін су сапасын тексеретін зертханаларды қаржыландыру.", "kk")
    en = prop("B-1", "Fund laboratories that check rivers for water pollution.", "en")
    assert ("A-1", "B-1") in suggested(merge([kk, en, *FILLER]))


def test_russian_and_english_asks_without_translation_meet_on_lexicon_concepts():
    ru = prop("A-1", "Построить велодорожки и освещение улиц в микрорайонах.")
    en = prop("B-1", "Build cycle lanes and street lighting in residential neighbourhoods.", "en")
    assert ("A-1", "B-1") in suggested(merge([ru, en, *FILLER]))


def _bridge_of(texts: list[tuple[str, str]]):
    vs = {f"P{i}": (make_variant(f"P{i}", lang, "", text, True),) for i, (lang, text) in enumerate(texts)}
    return bridge(vs["P0"][0], vs["P1"][0], Rarity.of(vs))


def test_two_terms_most_texts_use_are_no_evidence_across_languages():
    common = [("ru", f"Гранты молодежи {w}.") for w in ("Алматы", "Астана", "Шымкент", "Актобе", "Тараз",
                                                       "Атырау", "Костанай", "Семей")]
    found = _bridge_of([("kk", "Жастарға гранттар."), ("en", "Grants for youth."), *common])
    assert found is NO_MATCH


def test_two_rare_terms_are_evidence_across_languages():
    found = _bridge_of([("kk", "Ауаның ластануы."), ("en", "Air pollution."), ("ru", "Гранты молодежи.")])
    assert found.language == BRIDGE and found.score > 0


def test_features_of_a_proposal_carry_lexicon_concepts_in_the_bridge():
    v = all_variants([prop("A-1", "Build inclusive playgrounds.", "en")])["A-1"][0]
    assert {"playground", "disability", "construction"} <= v.bridge
