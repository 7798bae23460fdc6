"""pymorphy3's Russian dictionary: one analyzer per process, loaded at the first word that needs it.

The merge reads Russian words' dictionary forms with it (merge.lemmas) and the keyboard check asks
whether a word of a Kazakh text is Russian (kazakh_keyboard): each loaded its own analyzer, so a
check that needed both read the 16 MB dictionary twice. Now both ask `analyzer()`.

Its load also parsed every one of the dictionary's 5,563 tags (pymorphy3's OpencorporaTag, a
grammeme tuple checked against the known grammemes) though a check meets a few hundred: ~40 % of
the load (callgrind, session 21). Here the tags are parsed as they are first asked for
(`_Tags`), each once, so the analyzer answers with the same Tag objects it would have built: the
same parses, forms and scores (tests/test_russian_dictionary.py compares them with pymorphy3's own
load). This is pymorphy3's `load_dict` with a lazy tag table; a pymorphy3 whose loader it does not
fit is loaded its own way.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """Return pymorphy3's analyzer of the Russian dictionary package (imported on first use, ~60 ms)."""
    import pymorphy3  # and 16 MB of dictionaries: only when a Russian word is asked about
    import pymorphy3_dicts_ru
    from pymorphy3.opencorpora_dict import wrapper

    # the dictionary named by its package: finding it through the installed packages' entry
    # points (pymorphy3's default) reads every package's metadata, ~25 ms of a cold check
    path = pymorphy3_dicts_ru.get_path()
    eager = wrapper.load_dict
    wrapper.load_dict = _load_dict
    try:
        return pymorphy3.MorphAnalyzer(path=path, lang="ru")
    except (AttributeError, TypeError, ImportError):  # a pymorphy3 this loader does not fit
        wrapper.load_dict = eager
        return pymorphy3.MorphAnalyzer(path=path, lang="ru")
    finally:
        wrapper.load_dict = eager


class _Tags:
    """The dictionary's tag table: each tag parsed (pymorphy3's Tag) when first asked for, then kept."""

    __slots__ = ("_make", "_texts", "_made")

    def __init__(self, make: Any, texts: list[str]) -> None:
        self._make, self._texts, self._made = make, texts, [None] * len(texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        made = self._made[index]
        if made is None:
            made = self._made[index] = self._make(self._texts[index])
        return made

    def __iter__(self) -> Any:
        return (self[i] for i in range(len(self)))


def _load_dict(path: str, gramtab_format: str = "opencorpora-int") -> Any:
    """pymorphy3.opencorpora_dict.storage.load_dict (pymorphy3 2.0), its tag table parsed lazily."""
    from pymorphy3 import dawg
    from pymorphy3.opencorpora_dict import storage
    from pymorphy3.utils import json_read

    def file(name: str) -> str:
        return os.path.join(path, name)

    meta = storage.load_meta(file("meta.json"))
    storage._assert_format_is_compatible(meta, path)
    tag = storage._load_tag_class(gramtab_format, file("grammemes.json"))
    tags = _Tags(tag, storage._load_gramtab(meta, gramtab_format, path))
    try:
        prefixes = meta["compile_options"]["paradigm_prefixes"]
    except KeyError:  # dictionaries of format 2.4
        prefixes = json_read(file("paradigm-prefixes.json"))
    return storage.LoadedDictionary(
        meta=meta, gramtab=tags, suffixes=json_read(file("suffixes.json")),
        paradigms=storage._load_paradigms(file("paradigms.array")), words=dawg.WordsDawg().load(file("words.dawg")),
        prediction_suffixes_dawgs=[dawg.PredictionSuffixesDAWG().load(file(f"prediction-suffixes-{n}.dawg"))
                                   for n in range(len(prefixes))],
        Tag=tag, paradigm_prefixes=prefixes,
    )
