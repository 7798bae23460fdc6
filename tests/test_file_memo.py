"""What recbook derives from one input file is reused while the file's bytes stay the same, and only then."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copy_sample_project
from recbook import file_memo
from recbook.diagnostics import Report
from recbook.load import read_project, read_yaml, yaml_reader
from recbook.load.template_syntax import template_problems


def cache_dir() -> Path:
    return Path(os.environ["RECBOOK_CACHE_DIR"])


def read(project: Path) -> tuple[object, list]:
    report = Report()
    return read_project(project, report), report.items


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_sample_project(tmp_path / "conference")


def test_a_reused_parse_equals_a_fresh_one(project, monkeypatch):
    fresh = read(project)
    assert list((cache_dir() / "files" / "yaml").glob("*.pickle"))
    assert list((cache_dir() / "files" / "table").glob("*.pickle"))  # the CSV and the XLSX

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(yaml_reader, "parse_yaml", no_parsing)
    monkeypatch.setattr("recbook.load.table_reader._read_table", no_parsing)
    assert read(project) == fresh


def test_a_changed_byte_is_read_afresh(project):
    read(project)
    path = project / "inputs" / "proposals" / "group-6.yaml"
    path.write_text(path.read_text("utf-8").replace("id: G6-02", "id: G6-01", 1), "utf-8")
    raw, _ = read(project)
    ids = [r.node.get("id").value for r in raw.proposals if r.location.path.endswith("group-6.yaml")]
    assert ids.count("G6-01") == 2  # the edited bytes, not the kept parse


def test_diagnostics_are_replayed_with_the_value(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("a: 1\na: 2\nb: [\n", "utf-8")
    first, second = Report(), Report()
    assert read_yaml(path, first, "bad.yaml") == read_yaml(path, second, "bad.yaml")
    assert first.items and first.items == second.items


def test_the_name_is_part_of_the_key(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("a: 1\na: 2\n", "utf-8")
    first, second = Report(), Report()
    read_yaml(path, first, "one.yaml")
    read_yaml(path, second, "two.yaml")
    assert [d.location.path for d in first.items] == ["one.yaml"]
    assert [d.location.path for d in second.items] == ["two.yaml"]


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05garbage"])
def test_damaged_entries_are_ignored(project, damage):
    fresh = read(project)
    entries = list((cache_dir() / "files").rglob("*.pickle"))
    assert entries
    for entry in entries:
        entry.write_bytes(damage)
    assert read(project) == fresh
    assert read(project) == fresh  # rewritten by the read before


def test_an_entry_with_a_word_changed_in_place_is_ignored(project):
    """A same-length change inside a kept parse must not reach the book (the reviewer's «потребнастей»)."""
    fresh = read(project)
    changed = 0
    for entry in (cache_dir() / "files" / "yaml").glob("*.pickle"):
        blob = entry.read_bytes()
        if "потребностей".encode() in blob:
            entry.write_bytes(blob.replace("потребностей".encode(), "потребнастей".encode()))
            changed += 1
    assert changed
    assert read(project) == fresh


@pytest.mark.parametrize("where", [0.25, 0.5, 0.75])
def test_an_entry_with_one_bit_flipped_is_ignored(project, where):
    fresh = read(project)
    for entry in (cache_dir() / "files").rglob("*.pickle"):
        blob = bytearray(entry.read_bytes())
        blob[int(len(blob) * where)] ^= 0x04
        entry.write_bytes(bytes(blob))
    assert read(project) == fresh


def test_an_entry_of_another_key_is_ignored(project):
    fresh = read(project)
    entries = sorted((cache_dir() / "files" / "yaml").glob("*.pickle"))
    payloads = [e.read_bytes() for e in entries]
    for entry, payload in zip(entries, payloads[1:] + payloads[:1]):  # each holds another file's parse
        entry.write_bytes(payload)
    assert read(project) == fresh


def test_an_unwritable_cache_only_costs_time(project, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(blocker / "cache"))
    fresh = read(project)
    assert read(project) == fresh


def test_a_file_rewritten_while_read_is_not_kept(tmp_path):
    path = tmp_path / "moving.yaml"
    path.write_text("a: 1\n", "utf-8")

    def rewriting() -> str:
        path.write_text("a: 2\n", "utf-8")
        return "parse of the old bytes"

    assert file_memo.reuse("test", path, "moving.yaml", rewriting) == "parse of the old bytes"
    path.write_text("a: 1\n", "utf-8")
    assert file_memo.reuse("test", path, "moving.yaml", lambda: "parsed again") == "parsed again"


def test_a_template_error_is_replayed(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "book.html").write_text("{% if %}\n", "utf-8")
    (tmp_path / "templates" / "good.css").write_text("p { color: red }\n", "utf-8")
    first = template_problems(tmp_path)
    assert [d.code for d in first] == ["template.syntax"]
    assert template_problems(tmp_path) == first
    (tmp_path / "templates" / "book.html").write_text("{% if x %}{% endif %}\n", "utf-8")
    assert template_problems(tmp_path) == []


PROBE = """
import sys
from recbook.cli import main
try:
    main(["check", "--project", sys.argv[1]])
except SystemExit:
    pass
print("LOADED", *sorted(m for m in ("openpyxl", "python_calamine", "pymorphy3", "jinja2") if m in sys.modules))
"""


def test_after_an_edit_a_check_reads_only_the_edited_file(project, tmp_path):
    """The everyday case: the unchanged XLSX, template and words need none of their libraries."""
    (project / "templates").mkdir()
    (project / "templates" / "book.css").write_text("p { margin: 0 }\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def check(cache: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", PROBE, str(project)], capture_output=True, text=True,
                              env={**env, "RECBOOK_CACHE_DIR": str(tmp_path / cache)})

    check("warm")
    path = project / "inputs" / "proposals" / "group-6.yaml"
    edited = path.read_text("utf-8").replace("НПО из всех регионов.", "НПО из регионов.", 1)  # no new word
    assert edited != path.read_text("utf-8")
    path.write_text(edited, "utf-8")
    edited, cold = check("warm"), check("cold")
    assert edited.stdout.splitlines()[-1] == "LOADED"
    # a plain workbook is read by calamine: openpyxl is not imported (load/xlsx_calamine.py)
    assert cold.stdout.splitlines()[-1] == "LOADED jinja2 pymorphy3 python_calamine"
    assert edited.stderr == cold.stderr and edited.stdout.splitlines()[:-1] == cold.stdout.splitlines()[:-1]


def test_msgfmt_checks_a_file_again_only_when_it_changed(project, monkeypatch):
    from recbook.load import catalogs

    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext's msgfmt is not installed")
    first = catalogs.check_catalogs(project)
    started: list[Path] = []
    original = catalogs._start_msgfmt
    monkeypatch.setattr(catalogs, "_start_msgfmt", lambda msgfmt, path: started.append(path) or original(msgfmt, path))
    assert catalogs.check_catalogs(project) == first and started == []
    edited = project / "locales" / "kk" / "LC_MESSAGES" / "book.po"
    edited.write_text(edited.read_text("utf-8") + "\n# edited\n", "utf-8")
    assert catalogs.check_catalogs(project) == first and started == [edited]


def test_a_catalog_read_twice_in_one_process_is_unpickled_at_most_once(project, monkeypatch):
    from recbook.load.catalogs import read_po

    path = project / "locales" / "kk" / "LC_MESSAGES" / "book.po"
    first = read_po(path, "locales/kk/LC_MESSAGES/book.po")  # parsed (or recalled) and kept in the user cache
    recalled = []
    monkeypatch.setattr(file_memo.Entry, "recall", lambda self: recalled.append(self) or None)
    assert read_po(path, "locales/kk/LC_MESSAGES/book.po") is first  # the same value, not a copy
    assert not recalled
    path.write_text(path.read_text("utf-8") + "\n", "utf-8")
    assert read_po(path, "locales/kk/LC_MESSAGES/book.po").entries == first.entries  # changed bytes: read afresh
    assert len(recalled) == 1
