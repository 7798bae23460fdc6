"""recbook.render.installed gives the manifest importlib.metadata's versions and files, without importing it."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from recbook.render import installed
from recbook.render.fonts import FAMILIES
from recbook.render.manifest import TRACKED_DISTRIBUTIONS, package_versions


def test_the_manifests_versions_are_importlib_metadatas() -> None:
    expected = {}
    for name in TRACKED_DISTRIBUTIONS:
        try:
            expected[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    assert package_versions() == expected
    assert installed.version("no-such-distribution-here") is None


@pytest.mark.parametrize("dist", sorted(FAMILIES.values()))
def test_a_font_packages_files_are_importlib_metadatas(dist: str) -> None:
    assert installed.files(dist) == [(file.name, Path(file.locate())) for file in metadata.files(dist) or []]


def _dist_info(site: Path, folder: str, header: str, record: str = "") -> None:
    (site / folder).mkdir(parents=True)
    (site / folder / "METADATA").write_text(header + "\n\nA long description.\nVersion: 9.9\n", "utf-8")
    (site / folder / "RECORD").write_text(record, "utf-8")


@pytest.mark.parametrize("name", ["Ruamel.Yaml", "ruamel-yaml", "ruamel_yaml", "Other", "absent"])
def test_the_folder_read_is_the_one_importlib_metadata_finds(tmp_path: Path, monkeypatch, name: str) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _dist_info(first, "ruamel.yaml-0.18.6.dist-info", "Metadata-Version: 2.1\nName: ruamel.yaml\nversion: 0.18.6",
               'ruamel/yaml/__init__.py,sha256=x,10\n"ruamel/yaml/a,b.ttf",,\n')
    _dist_info(second, "ruamel.yaml-0.17.0.dist-info", "Name: ruamel.yaml\nVersion: 0.17.0")
    _dist_info(second, "Other-1.0.dist-info", "Name: Other\nSummary: a summary\n  folded over two lines\n"
                                              "Version:  1.0 ")
    paths = [str(tmp_path / "missing"), str(first), str(second)]
    monkeypatch.setattr(sys, "path", paths)
    found = list(metadata.Distribution.discover(name=name, path=paths))
    assert installed.version(name) == (found[0].version if found else None)
    assert installed.files(name) == ([(f.name, Path(f.locate())) for f in found[0].files or []] if found else None)


def test_a_field_folded_over_lines_is_left_to_importlib_metadata(tmp_path: Path, monkeypatch) -> None:
    _dist_info(tmp_path, "odd-1.dist-info", "Name: odd\nVersion: 1\n  .0")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert installed.version("odd") == metadata.version("odd")  # read as the email parser reads it


def test_the_build_process_does_not_import_importlib_metadata(tmp_path: Path) -> None:
    # importing it (the email package, socket, calendar …) was ~160 M instructions of a first build's
    # process, and reading 23 versions as emails ~57 M more
    code = ("import sys; from recbook.render.manifest import build_manifest; build_manifest(sys.argv[1], []); "
            "print('importlib.metadata' in sys.modules, 'email' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                           timeout=120, env={"PYTHONPATH": ":".join(sys.path), "PATH": "/usr/bin:/bin"})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split() == ["False", "False"]
