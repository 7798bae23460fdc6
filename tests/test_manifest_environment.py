"""The manifest's environment (versions, system libraries, font hashes) is looked up once per process.

A build writes up to three manifests (output/, its internal reports, its group sheets) and a render
key; each used to find the same package versions, run `ldconfig -p` twice and hash the 8.7 MB of
fonts again (bench/pdf_instructions.py: ~0.6 G instructions of a first build's ~27 G).
"""

from __future__ import annotations

import ctypes.util
import hashlib
import os

import pytest

from recbook.render import manifest


def _clear() -> None:
    for remembered in (manifest._package_versions, manifest._find_system_libraries, manifest._font_files,
                       manifest.font_sha256):
        remembered.cache_clear()


@pytest.fixture
def fresh_process():
    """Forget what this process remembered, before and after (the next test sees real lookups)."""
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


def test_a_font_file_changed_on_disk_is_hashed_again(fresh_process, tmp_path):
    path = tmp_path / "font.ttf"
    path.write_bytes(b"first")
    stat = path.stat()
    first = manifest.font_sha256(path, stat.st_size, stat.st_mtime_ns)
    path.write_bytes(b"second")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    stat = path.stat()
    assert manifest.font_sha256(path, stat.st_size, stat.st_mtime_ns) == hashlib.sha256(b"second").hexdigest()
    assert first == hashlib.sha256(b"first").hexdigest()


def test_a_caller_cannot_change_what_is_remembered(fresh_process):
    versions = manifest.package_versions()
    versions["weasyprint"] = "0"
    libraries = manifest._system_libraries()
    libraries["pango"] = "0"
    assert manifest.package_versions()["weasyprint"] != "0"
    assert manifest._system_libraries().get("pango") != "0"
