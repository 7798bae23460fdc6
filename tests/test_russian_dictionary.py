"""One pymorphy3 analyzer per process, its tags parsed as they are met, answering as pymorphy3's own load does."""

from __future__ import annotations

import pymorphy3
import pymorphy3_dicts_ru

from recbook import kazakh_keyboard
from recbook.merge import lemmas
from recbook.russian_dictionary import analyzer

WORDS = ("людей лучше требования отчётности НКО иностранным финансированием ужесточить смягчить "
         "библиотеки сельские открыть субботам стали стекло мыла косой Алматы маслихат Костанай "
         "кызметин жане гана тага курсын туристер бутявка глокая куздра штеко будланула бокра "
         "и в на 2025 ёлка елка").split()


def _answers(morph, word: str) -> list[tuple]:
    return [(p.word, str(p.tag), p.normal_form, p.score, p.tag.POS, p.tag.grammemes, p.is_known,
             [str(form.tag) for form in p.lexeme[:5]]) for p in morph.parse(word.lower())]


def test_the_lazy_tag_table_answers_as_pymorphy3s_own_load() -> None:
    own = pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
    lazy = analyzer()
    assert type(lazy.dictionary.gramtab).__name__ == "_Tags"  # the lazy table is the one in use
    for word in WORDS:
        assert _answers(lazy, word) == _answers(own, word), word
        assert lazy.word_is_known(word.lower()) == own.word_is_known(word.lower())
    tags = lazy.dictionary.gramtab
    assert len(tags) == len(own.dictionary.gramtab) and tags[-1] is tags[len(tags) - 1]
    assert [str(t) for t in tags[:3]] == [str(t) for t in own.dictionary.gramtab[:3]]


def test_the_tags_are_parsed_as_met_not_all_at_load() -> None:
    # all 5,563 were parsed at load: ~40 % of it, for the few hundred a check meets
    analyzer.cache_clear()  # a fresh load (the next test's analyzer is loaded again)
    tags = analyzer().dictionary.gramtab
    assert len(tags) > 5000 and not any(tags._made)
    for word in WORDS:
        lemmas.lemma.__wrapped__(word.lower(), "ru")
    assert 0 < sum(made is not None for made in tags._made) < len(tags) // 10


def test_the_merge_and_the_keyboard_check_share_one_analyzer() -> None:
    # each loaded its own: a check that needed both read the dictionary twice
    assert lemmas._analyzer() is kazakh_keyboard._russian() is analyzer()
