"""The sector vocabulary of the concept lexicon (merge/concepts_sectors.py): one thing written in
kk, ru and en is one concept, and common unrelated words that share a beginning with an entry are
left alone (what every block keeps to, parsing included: test_concept_blocks.py)."""

from __future__ import annotations

import pytest

from recbook.merge import glossary
from recbook.merge.normalize import fold_kk, normalize



def concept_of(word: str, language: str) -> str | None:
    """Return the concept of a word as typed, folded as the merge folds it."""
    return glossary.concept(fold_kk(normalize(word)), language)


@pytest.mark.parametrize(("ru", "kk", "en"), [
    ("водохранилища", "қоймасы", "reservoirs"),
    ("пастбищ", "жайылымдарды", "grazing"),
    ("шахтеров", "кеншілер", "miners"),
    ("пожарных", "өрттің", "wildfires"),
    ("туберкулеза", "туберкулезбен", "tuberculosis"),
    ("общежитий", "жатақханалар", "dormitories"),
    ("мостов", "көпірдің", "bridges"),
    ("переводчика", "аудармашылар", "interpreters"),
    ("архивных", "мұрағаттағы", "archives"),
    ("эвакуации", "эвакуациялау", "evacuation"),
    ("землетрясения", "сілкінісі", "earthquakes"),
    ("компенсации", "өтемақы", "compensation"),
    ("ипотеки", "ипотекалық", "mortgage"),
    ("газификации", "газдандыру", "gasification"),
    ("ветеринарной", "малдәрігерлер", "veterinarians"),
    ("рыболовства", "балықшылар", "fisheries"),
    ("реабилитации", "оңалту", "rehabilitation"),
    ("скважин", "құдығы", "boreholes"),  # Kazakh қ voiced before a vowel: құдық + ы
    ("рек", "өзендердің", "rivers"),
    ("парковки", "автотұрақтар", "parking"),
    ("профсоюзов", "кәсіподақтар", "union"),
    ("углерода", "көміртегі", "carbon"),  # the climate's, though «көміртегі» begins with «көмір» (coal)
    ("ветхого", "тозығы", "dilapidated"),
])
def test_one_thing_in_three_languages_is_one_concept(ru: str, kk: str, en: str) -> None:
    found = {concept_of(ru, "ru"), concept_of(kk, "kk"), concept_of(en, "en")}
    assert len(found) == 1 and None not in found, found


@pytest.mark.parametrize(("word", "language", "not_concept"), [
    ("поездка", "ru", "railway"),  # a trip, not a train
    ("карьера", "ru", "mine"),  # a career, not a quarry
    ("рекламу", "ru", "river"),
    ("рекультивация", "ru", "river"),
    ("сноска", "ru", "resettlement"),  # a footnote, not a demolition
    ("следовательно", "ru", "investigation"),  # "therefore"
    ("искусственный", "ru", "art"),  # "artificial"
    ("медиацентр", "ru", "mediation"),
    ("охотно", "ru", "hunting"),  # "willingly"
    ("выпасть", "ru", "pasture"),
    ("газета", "ru", "gas"),
    ("парков", "ru", "parking"),  # of parks
    ("перебор", "ru", "outage"),
    ("coalition", "en", "coal"),
    ("taxing", "en", "taxi"),
    ("concerted", "en", "concert"),
    ("campaign", "en", "camp"),
    ("internal", "en", "internship"),
    ("interpretation", "en", "interpreter"),
    ("seed", "en", "seed"),  # seed funding
    ("қоймайды", "kk", "reservoir"),  # "does not put"
    ("қол", "kk", "lake"),  # a hand folds to the letters of a lake
    ("көлік", "kk", "lake"),  # transport
    ("жағдай", "kk", "shore"),
    ("көрмеу", "kk", "exhibition"),  # "not to see"
    ("бағдарлама", "kk", "career"),
    ("тұрақты", "kk", "parking"),  # sustainable
    ("картасы", "kk", "map"),  # «жол картасы», a road map, is a plan
    ("карта", "ru", "map"),  # «дорожная карта»
    ("map", "en", "map"),
])
def test_unrelated_words_sharing_a_beginning_are_left_alone(word: str, language: str, not_concept: str) -> None:
    assert concept_of(word, language) != not_concept


def test_citizenship_stays_with_its_kazakh_word() -> None:
    """«гражданство» and «азаматтық» are one word in Kazakh: they stay one concept."""
    assert concept_of("гражданство", "ru") == concept_of("азаматтығы", "kk") == "civic"


def test_each_lexicon_entry_is_folded_as_a_text_word_is():
    # lexicon_lines folds plain entries without normalize(): the same key as a text's word
    from recbook.merge.concepts import TEXT
    from recbook.merge.glossary import _folded
    from recbook.merge.normalize import fold_kk, normalize

    entries = {e.rstrip("=") for line in TEXT.splitlines() if line.strip() and not line.startswith("#")
               for field in line.split("|")[1:] for e in field.split()}
    assert entries and all(_folded(e) == fold_kk(normalize(e)) for e in entries | {"Ё", "e-gov", "ǝкім"})
