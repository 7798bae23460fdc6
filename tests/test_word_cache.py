"""The stems a merge computed are kept per machine and give the same merge as computing them."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from conftest import copy_sample_project
from recbook import word_cache
from recbook.diagnostics import Report
from recbook.merge import features, lemma_cache
from recbook.pipeline import gather
from recbook.user_cache import sealed, unsealed


def stems_file() -> Path:
    return Path(os.environ["RECBOOK_CACHE_DIR"]) / "words" / "stems.pickle"


def forget() -> None:
    """Forget the stems this test process computed or preloaded, as a new process would."""
    features.stem.cache_clear()
    features.word_info.cache_clear()  # holds stems too
    lemma_cache.preload({})
    lemma_cache.learned()


def set_merge_aside(tmp_path: Path) -> None:
    """Set the project's kept merge and its texts' Variants aside: the next merge reads every word again."""
    for kind in ("merge", "variants"):
        (Path(os.environ["RECBOOK_CACHE_DIR"]) / kind).rename(tmp_path / f"no-{kind}-cache")


@pytest.fixture
def fresh_process_state():
    forget()
    yield
    forget()


def merged(project: Path):
    report = Report()
    gathered = gather(project, report)
    return gathered.merged, sorted(d.format() for d in report.items)


def test_a_merge_from_kept_stems_equals_a_computed_one(tmp_path, fresh_process_state, monkeypatch):
    project = copy_sample_project(tmp_path / "conference")
    computed = merged(project)
    table = pickle.loads(unsealed(stems_file().read_bytes()))[1]
    assert len(table) > 500 and table[("людей", "ru")] == features.stem("человек", "ru")
    forget()

    def no_dictionary(*args):
        raise AssertionError("a known word's lemma was computed again")

    monkeypatch.setattr(features, "lemma", no_dictionary)
    lemma_cache.preload({})
    set_merge_aside(tmp_path)
    assert merged(project) == computed


@pytest.mark.parametrize("damage", [b"", b"junk", sealed(pickle.dumps(("other code", {("людей", "ru"): "x"}))),
                                    sealed(pickle.dumps((None, ["not", "a", "table"]))),
                                    pickle.dumps(("other code", {("людей", "ru"): "x"}))])
def test_a_damaged_or_foreign_table_is_ignored(tmp_path, fresh_process_state, damage):
    project = copy_sample_project(tmp_path / "conference")
    computed = merged(project)
    stems_file().write_bytes(damage)
    forget()
    set_merge_aside(tmp_path)
    assert merged(project) == computed
    assert pickle.loads(unsealed(stems_file().read_bytes()))[1][("людей", "ru")] == "человек"  # written anew


def test_new_words_are_added_to_the_table(fresh_process_state):
    word_cache.load()
    features.stem("поддержки", "ru")
    word_cache.save()
    forget()
    word_cache.load()
    features.stem("развития", "ru")
    word_cache.save()
    table = pickle.loads(unsealed(stems_file().read_bytes()))[1]
    assert {("поддержки", "ru"), ("развития", "ru")} <= set(table)


def test_an_unwritable_cache_only_costs_time(tmp_path, fresh_process_state, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(blocker / "cache"))
    word_cache.load()
    assert features.stem("людей", "ru") == "человек"
    word_cache.save()
