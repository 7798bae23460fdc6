"""The manifest's environment (versions, system libraries, font hashes) is looked up once per process.

A build writes up to three manifests (output/, its internal reports, its group sheets) and a render
key; each used to find the same package versions, run `ldconfig -p` twice and hash the 8.7 MB of
fonts again (bench/pdf_instructions.py: ~0.6 G instructions of a first build's ~27 G).
"""

from __future__ import annotations

import ctypes.util
import functools
import hashlib
import os

import pytest

from recbook.render import manifest


def _clear() -> None:
    for remembered in (manifest._package_versions, manifest._find_system_libraries, manifest._font_files,
                       manifest._kept_font_digests):
        remembered.cache_clear()


@pytest.fixture
def fresh_process(tmp_path_factory, monkeypatch):
    """Forget what this process remembered, before and after (the next test sees real lookups), and
    keep the fonts' digests in a folder of the test's own, written whatever PYTHONDONTWRITEBYTECODE says."""
    monkeypatch.setattr(manifest, "FONT_DIGESTS", tmp_path_factory.mktemp("pycache") / "font-digests.json")
    monkeypatch.setattr(manifest.sys, "dont_write_bytecode", False)
    _clear()
    yield
    _clear()


def _counting(monkeypatch, owner, name: str) -> list[int]:
    calls = [0]
    original = getattr(owner, name)

    def counted(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_a_second_manifest_looks_nothing_up_again(fresh_process, monkeypatch, tmp_path):
    versions = _counting(monkeypatch, manifest.installed, "version")
    libraries = _counting(monkeypatch, ctypes.util, "find_library")
    hashed = _counting(monkeypatch, manifest, "file_sha256")
    first = manifest.build_manifest(tmp_path, [])
    seen = (versions[0], libraries[0], hashed[0])
    assert all(seen), seen  # the first one did look (else this test proves nothing)
    second = manifest.build_manifest(tmp_path, [])
    assert (versions[0], libraries[0], hashed[0]) == seen
    assert second == first
    assert second["fonts"] and second["python_packages"]["weasyprint"]


def test_the_remembered_environment_equals_a_fresh_lookup(fresh_process, tmp_path):
    remembered = manifest.build_manifest(tmp_path, [])
    _clear()
    assert manifest.build_manifest(tmp_path, []) == remembered
    for name, digest in remembered["fonts"].items():
        path = dict(manifest._font_files())[name]
        assert digest == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_font_file_changed_on_disk_is_hashed_again(fresh_process, tmp_path, monkeypatch):
    path = tmp_path / "font.ttf"
    path.write_bytes(b"first")
    only_font = functools.lru_cache(maxsize=1)(lambda: (("fontpkg-x/font.ttf", path),))
    monkeypatch.setattr(manifest, "_font_files", only_font)
    hashed = _counting(monkeypatch, manifest, "file_sha256")
    assert manifest._fonts() == {"fontpkg-x/font.ttf": hashlib.sha256(b"first").hexdigest()} and hashed == [1]
    _clear()  # another process: the digest kept beside the bytecode
    assert manifest._fonts() == {"fontpkg-x/font.ttf": hashlib.sha256(b"first").hexdigest()} and hashed == [1]
    # the same size and modification time written back: its change time still tells
    stat = path.stat()
    path.write_bytes(b"other")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    _clear()
    assert manifest._fonts() == {"fontpkg-x/font.ttf": hashlib.sha256(b"other").hexdigest()} and hashed == [2]
    for damaged in (b"", b"{", b'{"x": 1}', b'["a"]'):
        manifest.FONT_DIGESTS.write_bytes(damaged)
        _clear()
        assert manifest._fonts() == {"fontpkg-x/font.ttf": hashlib.sha256(b"other").hexdigest()}
    assert hashed == [6]


def test_the_fonts_digests_are_not_written_under_dont_write_bytecode(fresh_process, monkeypatch):
    monkeypatch.setattr(manifest.sys, "dont_write_bytecode", True)
    fonts = manifest._fonts()
    assert fonts and not manifest.FONT_DIGESTS.exists()


def test_a_caller_cannot_change_what_is_remembered(fresh_process):
    versions = manifest.package_versions()
    versions["weasyprint"] = "0"
    libraries = manifest._system_libraries()
    libraries["pango"] = "0"
    assert manifest.package_versions()["weasyprint"] != "0"
    assert manifest._system_libraries().get("pango") != "0"
