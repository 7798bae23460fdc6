"""`recbook dedupe`: the JSON contract on the sample project, the summary and the review files."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from merge_helpers import prop
from recbook.merge import MergeSettings, merge
from recbook.commands.dedupe import dedupe
from recbook.render.review import render_html
from recbook.render.review_csv import COLUMNS, render_csv

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the sample project, so review files never land in the repository."""
    dest = tmp_path_factory.mktemp("dedupe") / "project"
    shutil.copytree(ROOT / "inputs", dest / "inputs")
    return dest


def test_json_contract_every_proposal_in_exactly_one_cluster(project):
    result = CliRunner().invoke(dedupe, ["--project", str(project), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert set(doc) == {"proposals", "clusters", "suggestions", "look_alikes"}  # look_alikes: an addition
    members = [m for c in doc["clusters"] for m in c["members"]]
    assert len(members) == len(set(members)) == doc["proposals"] > 0
    for c in doc["clusters"]:
        # the contract's keys, and the additions: status, and a set-aside cluster's reason
        assert set(c) - {"reason"} == {"id", "members", "canonical", "how", "score", "status"}
        assert c["status"] in ("accepted", "rejected", "withdrawn", "deferred")
        assert ("reason" in c) == (c["status"] != "accepted")
        assert c["id"] == "R-" + c["canonical"] and c["canonical"] in c["members"]
        assert c["how"] in ("exact", "auto", "manual") and 0 <= c["score"] <= 1
    for s in doc["suggestions"]:
        assert set(s) == {"a", "b", "score"} and s["a"] in members and s["b"] in members
    for s in doc["look_alikes"]:
        assert set(s) == {"a", "b", "score", "reason"} and s["a"] in members and s["b"] in members


def test_json_is_stable_between_runs(project):
    runs = [CliRunner().invoke(dedupe, ["--project", str(project), "--json"]).stdout for _ in range(2)]
    assert runs[0] == runs[1]


def test_summary_writes_review_files(project):
    result = CliRunner().invoke(dedupe, ["--project", str(project)])
    assert result.exit_code == 0, result.output
    assert "recommendations" in result.stdout and "wrote" in result.stdout
    html = (project / "output" / "review.html").read_text("utf-8")
    assert "<!DOCTYPE html>" in html and "- {merge: [" in html
    header = (project / "output" / "review.csv").read_bytes().decode("utf-8").splitlines()[0]
    # in the page's language: the sample conference's source language is Russian
    assert header == "\ufeff" + ",".join(COLUMNS["ru"])


def test_stale_decision_is_printed_and_still_exits_0(project, tmp_path):
    copy = tmp_path / "p"
    shutil.copytree(project / "inputs", copy / "inputs")
    (copy / "inputs" / "decisions.yaml").write_text("- {apart: [G1-01, X-99]}\n", encoding="utf-8")
    result = CliRunner().invoke(dedupe, ["--project", str(copy), "--json"])
    assert result.exit_code == 0
    assert re.search(r"decisions\.yaml:1:3: warning: apart names an unknown proposal X-99; .*\[decisions\.stale\]",
                     result.stderr)


def test_bad_decision_exits_1(project, tmp_path):
    copy = tmp_path / "p"
    shutil.copytree(project / "inputs", copy / "inputs")
    (copy / "inputs" / "decisions.yaml").write_text("- {merge: [G1-01]}\n", encoding="utf-8")
    result = CliRunner().invoke(dedupe, ["--project", str(copy), "--json"])
    assert result.exit_code == 1 and "[decisions.syntax]" in result.stderr and result.stdout == ""


def test_missing_inputs_folder_is_a_clean_error(tmp_path):
    result = CliRunner().invoke(dedupe, ["--project", str(tmp_path)])
    assert result.exit_code == 1 and "no inputs/ folder" in result.output and "Traceback" not in result.output


def _review_sample():
    hostile = '<script>alert("x")</script> Увеличить гранты для НПО в регионах страны'
    ps = [prop("G1-01", hostile), prop("G2-01", hostile.replace("регионах", "областях")),
          prop("G3-01", hostile.replace("Увеличить", "Сократить"))]  # a look-alike: the opposite ask
    result = merge(ps)
    return result, {p.id: p for p in ps}


def test_review_html_is_escaped_self_contained_and_highlights_differences():
    result, proposals = _review_sample()
    html = render_html(result, proposals, MergeSettings())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert not re.search(r"(src|href)=|https?://|@import|url\(", html)
    assert "<mark>регионах</mark>" in html and "<mark>областях</mark>" in html
    from recbook.merge.decisions import text_hash  # the lines carry the text they were made on

    ab, ac = (text_hash([proposals[a], proposals[b]]) for a, b in (("G1-01", "G2-01"), ("G1-01", "G3-01")))
    assert f"- {{apart: [G1-01, G2-01], text_hash: {ab}}}" in html
    assert f"- {{merge: [G1-01, G3-01], text_hash: {ac}}}" in html
    # the opposite ask is not offered as a merge but shown apart, saying why
    look_alikes = html.index("Look alike, but kept apart — they differ: 1")
    assert html.index("one asks for more, the other for less or neither") > look_alikes
    assert "May say the same thing — please decide: 0" in html


def test_review_csv_has_bom_and_cyrillic():
    result, proposals = _review_sample()
    data = render_csv(result, proposals)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "областях" in text and text.splitlines()[0].startswith("Kind,Recommendation,Similarity,Why,")


def test_a_project_overrides_one_block_of_the_review_page(tmp_path):
    result, proposals = _review_sample()
    (tmp_path / "review.html").write_text(
        '{% extends "review-layout.html" %}{% block summary %}<p>Проверка дублей: {{ proposals }}</p>{% endblock %}', "utf-8")
    html = render_html(result, proposals, MergeSettings(), template_dirs=[tmp_path])
    assert f"<p>Проверка дублей: {len(proposals)}</p>" in html
    assert "Automatic merge at score" not in html and "<mark>регионах</mark>" in html


def test_json_says_which_clusters_are_set_aside_and_why(project, tmp_path):
    project = Path(shutil.copytree(project, tmp_path / "project"))
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {defer: G5-02, reason: needs a costing first}\n")
    result = CliRunner().invoke(dedupe, ["--project", str(project), "--json"])
    assert result.exit_code == 0, result.output
    clusters = json.loads(result.stdout)["clusters"]
    deferred = [c for c in clusters if c["status"] != "accepted"]
    assert len(deferred) == 1 and "G5-02" in deferred[0]["members"]
    assert (deferred[0]["status"], deferred[0]["reason"]) == ("deferred", "needs a costing first")


def test_a_review_file_that_cannot_be_written_is_a_located_error_naming_what_was(tmp_path, monkeypatch):
    from recbook import write

    project = tmp_path / "project"
    shutil.copytree(ROOT / "inputs", project / "inputs")
    real = write.atomic_write

    def disk_full_at_csv(path, data):
        if path.name == "review.csv":
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr(write, "atomic_write", disk_full_at_csv)
    result = CliRunner().invoke(dedupe, ["--project", str(project)])
    assert isinstance(result.exception, SystemExit)  # no traceback
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        f"{project / 'output' / 'review.csv'}: error: could not write (No space left on device); "
        "the previous file is unchanged [write.failed]",
        "Error: 1 error; written: review.html; nothing else was changed"]


def _hold_output_lock(folder: str, ready, release, seen) -> None:
    """Stand for a build: hold the project's lock until `release`, then say whether review files appeared meanwhile."""
    from recbook.project_lock import project_lock

    with project_lock(Path(folder).parent):
        ready.set()
        release.wait(20)
        seen.value = any((Path(folder) / name).exists() for name in ("review.html", "review.csv"))


def _start_holder(output: Path):
    import multiprocessing

    ready, release, seen = multiprocessing.Event(), multiprocessing.Event(), multiprocessing.Value("b", 0)
    holder = multiprocessing.Process(target=_hold_output_lock, args=(str(output), ready, release, seen))
    holder.start()
    assert ready.wait(10)
    return holder, release, seen


def test_dedupe_waits_for_a_build_then_stops_with_nothing_written(tmp_path, monkeypatch):
    """A build writing output/ holds its lock: dedupe waits, says so, then stops without a traceback."""
    from recbook import project_lock

    project = tmp_path / "project"
    shutil.copytree(ROOT / "inputs", project / "inputs")
    output = project / "output"
    monkeypatch.setattr(project_lock, "LOCK_WAIT_SECONDS", 1.0)
    holder, release, seen = _start_holder(output)
    try:
        result = CliRunner().invoke(dedupe, ["--project", str(project)])
    finally:
        release.set()
        holder.join(20)
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1  # no traceback
    assert result.stderr.splitlines()[-2:] == [
        f"{output}: another recbook command is writing this project ({project_lock.WRITERS}); "
        "waiting up to 1 s for it",
        f"Error: {output}: another recbook command is still writing this project (waited 1 s); "
        "try again when it has finished; review.html and review.csv were not written"]
    assert not seen.value and sorted(p.name for p in output.iterdir()) == [project_lock.LOCK_NAME]
    assert "wrote" not in result.stdout


def test_dedupe_writes_the_review_files_once_the_build_lets_go(tmp_path, monkeypatch):
    """Neither review file is written while a build holds output/; both are once it has finished."""
    import threading

    from recbook import project_lock

    project = tmp_path / "project"
    shutil.copytree(ROOT / "inputs", project / "inputs")
    output = project / "output"
    holder, release, seen = _start_holder(output)
    real_lock = project_lock.project_lock

    def build_ends_soon(*args, **kwargs):  # the build finishes half a second after dedupe asks for the lock
        threading.Timer(0.5, release.set).start()
        return real_lock(*args, **kwargs)

    monkeypatch.setattr(project_lock, "project_lock", build_ends_soon)
    monkeypatch.setattr(project_lock, "LOCK_WAIT_SECONDS", 15.0)
    try:
        result = CliRunner().invoke(dedupe, ["--project", str(project)])
    finally:
        release.set()
        holder.join(20)
    assert result.exit_code == 0, result.output
    assert not seen.value  # nothing was written while the build held the lock
    assert (f"{output}: another recbook command is writing this project ({project_lock.WRITERS}); "
            "waiting up to 15 s for it") in result.stderr.splitlines()
    assert f"wrote {output / 'review.html'}" in result.stdout and f"wrote {output / 'review.csv'}" in result.stdout
    header = (output / "review.csv").read_bytes().decode("utf-8").splitlines()[0]
    assert header.lstrip("\ufeff") in {",".join(c) for c in COLUMNS.values()} and header.startswith("\ufeff")


def test_an_empty_table_of_the_summary_says_none(capsys):
    """Nothing to look at: a header row over nothing read like a list cut off."""
    from recbook.commands.dedupe import print_table

    print_table("To look at (not merged)", ("a", "b", "score", "why"), [])
    print_table("Merged", ("recommendation", "members"), [("R-1", "G1-01, G2-01")])
    assert capsys.readouterr().out == "\nTo look at (not merged): none\n\nMerged\nrecommendation  members\nR-1             G1-01, G2-01\n"
