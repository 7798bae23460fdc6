"""The Variants a project's merge read are kept for its next merge: after an edit only the edited texts are read."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from conftest import copy_sample_project
from recbook.diagnostics import Report
from recbook.merge import features, variant_cache
from recbook.pipeline import gather
from recbook.user_cache import sealed, unsealed


def cache() -> Path:
    return Path(os.environ["RECBOOK_CACHE_DIR"])


def table_file() -> Path:
    (path,) = (cache() / "variants").iterdir()  # one project
    return path


def merged(project: Path):
    report = Report()
    gathered = gather(project, report)
    return gathered.merged, sorted(d.format() for d in report.items)


def merge_again(project: Path, tmp_path: Path, counted: list) -> tuple:
    """Merge `project` again (its kept merge set aside), counting the texts make_variant reads afresh."""
    kept = cache() / "merge"
    if kept.exists():
        kept.rename(tmp_path / f"merge-{len(list(tmp_path.iterdir()))}")
    counted.clear()
    return merged(project)


@pytest.fixture
def counted(monkeypatch) -> list:
    """The (proposal id, language) of each whole text make_variant reads afresh."""
    read: list = []
    make = features.make_variant.__wrapped__

    def counting(proposal_id, language, title, text, original, whole=True):
        if whole:
            read.append((proposal_id, language))
        return make(proposal_id, language, title, text, original, whole)

    monkeypatch.setattr(features, "make_variant", variant_cache.persistent(counting))
    return read


def test_a_merge_from_kept_variants_equals_one_that_reads_every_text(tmp_path, counted):
    project = copy_sample_project(tmp_path / "conference")
    computed = merged(project)
    assert len(counted) > 100  # every text of the 45 proposals, in each language it is read in
    table = pickle.loads(unsealed(table_file().read_bytes()))[1]
    assert len(table) == len(counted)
    assert merge_again(project, tmp_path, counted) == computed
    assert counted == []  # nothing read again


def test_after_an_edit_only_the_edited_texts_are_read(tmp_path, counted):
    project = copy_sample_project(tmp_path / "conference")
    merged(project)
    before = len(pickle.loads(unsealed(table_file().read_bytes()))[1])
    path = project / "inputs" / "proposals" / "group-6.yaml"
    text = path.read_text("utf-8")
    assert "новых норм с участием НПО из всех регионов." in text
    path.write_text(text.replace("новых норм с участием НПО из всех регионов.",
                                 "новых норм с участием НПО из всех регионов и городов."), "utf-8")
    after_edit = merge_again(project, tmp_path, counted)
    # the edited text, and its translations (a catalog's, made for the old wording, no longer apply)
    assert ("G6-01", "ru") in counted and {pid for pid, _ in counted} == {"G6-01"}
    table = pickle.loads(unsealed(table_file().read_bytes()))[1]
    assert len(table) == before  # the old wordings dropped, the new ones kept
    assert any("городов" in (key[3] or "") for key in table)
    (cache() / "variants").rename(tmp_path / "no-variants")  # read every text: the same merge
    assert merge_again(project, tmp_path, counted) == after_edit and len(counted) == before


@pytest.mark.parametrize("damage", [b"", b"junk", sealed(pickle.dumps(("other code", {}))),
                                    sealed(pickle.dumps((None, ["not", "a", "table"])))])
def test_a_damaged_or_foreign_table_is_ignored(tmp_path, counted, damage):
    project = copy_sample_project(tmp_path / "conference")
    computed = merged(project)
    everything = len(counted)
    table_file().write_bytes(damage)
    assert merge_again(project, tmp_path, counted) == computed
    assert len(counted) == everything
    assert len(pickle.loads(unsealed(table_file().read_bytes()))[1]) == everything  # written anew


def test_outside_a_preload_nothing_is_kept(tmp_path, counted):
    from recbook.merge import merge

    project = copy_sample_project(tmp_path / "conference")
    gathered = gather(project, Report())
    proposals = list(gathered.inputs.proposals)[:5]
    counted.clear()
    merge(proposals)  # a library's or a test's merge
    first = len(counted)
    merge(proposals)
    assert first and len(counted) == 2 * first  # read each time, nothing kept in memory
    assert variant_cache.taken() == ({}, 0)
