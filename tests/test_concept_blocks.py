"""What every appended block of the concept lexicon keeps to (merge/concepts_sectors.py,
concepts_civic.py, concepts_public.py, concepts_fields.py): it parses and is appended, each new
concept bridges two languages, prefixes are of a readable length, no entry is shadowed by an earlier
concept, and no concept carries a word other modules read (groups, bounds, negations, more / less, binding)."""

from __future__ import annotations

import pytest

from recbook.merge import concepts_civic, concepts_fields, concepts_public, concepts_sectors, glossary, lexicon
from recbook.merge.concepts import TEXT
from recbook.merge.features import word_direction

# each block, and how many concepts it adds that no earlier line has (it also adds words to known ones)
BLOCKS = [pytest.param(concepts_sectors, 150, id="sectors"), pytest.param(concepts_civic, 150, id="civic"),
          pytest.param(concepts_public, 60, id="public"),
          pytest.param(concepts_fields, 60, id="fields")]


@pytest.mark.parametrize("block, new", BLOCKS)
def test_every_line_parses_and_each_new_concept_has_two_languages(block, new) -> None:
    """A line may add words of one language to a known concept; a new concept needs two languages."""
    core = TEXT[:TEXT.index(block.TEXT)]  # the lines before it: later blocks may reuse its names
    known = set(glossary.GLOSSARY) | {name for name, *_ in glossary.lexicon_lines(core)}
    languages: dict[str, set[str]] = {}
    for name, lang, _word, _whole in glossary.lexicon_lines(block.TEXT):
        languages.setdefault(name, set()).add(lang)
    assert len(languages.keys() - known) >= new
    for name in languages.keys() - known:
        assert len(languages[name]) >= 2, f"concept {name!r} in one language only bridges nothing"
    assert block.TEXT in TEXT  # appended to the lexicon glossary.py loads


@pytest.mark.parametrize("block, new", BLOCKS)
def test_entries_are_single_words_of_a_readable_length(block, new) -> None:
    for name, lang, word, whole in glossary.lexicon_lines(block.TEXT):
        assert " " not in word, (name, lang, word)  # normalize would have split it: never matched
        assert whole or 4 <= len(word) <= 12, (name, lang, word)


@pytest.mark.parametrize("block, new", BLOCKS)
def test_every_entry_takes_effect(block, new) -> None:
    """No entry is shadowed by an earlier concept holding the same word."""
    shadowed = [(name, lang, word, glossary.concept(word, lang))
                for name, lang, word, _whole in glossary.lexicon_lines(block.TEXT)
                if glossary.concept(word, lang) != name]
    assert shadowed == []


@pytest.mark.parametrize("block, new", BLOCKS)
def test_no_concept_is_a_group_a_bound_or_a_direction(block, new) -> None:
    """Groups, bounds, negations and more/less are read by other modules: a concept must not carry them."""
    entries = glossary.lexicon_lines(block.TEXT)
    assert not {name for name, *_ in entries} & (lexicon.GROUPS | lexicon.BOUNDS)
    for name, lang, word, _whole in entries:
        assert word not in lexicon.NEGATIONS and word_direction(word) == 0, (name, lang, word)
        assert not word.startswith(lexicon.MANDATORY + lexicon.OPTIONAL), (name, lang, word)
