"""The cache of static font instances: same PDF bytes without it, cold and warm; reused when warm."""

from __future__ import annotations

import contextlib

import pytest
from weasyprint.pdf import fonts as weasy_fonts

from pdf_helpers import context, labelled_book
from recbook.render import pdf as pdf_module
from recbook.render.font_instances import instance_key, prune
from recbook.user_cache import user_cache_dir
from recbook.render.pdf import render_pdf


def test_pdf_bytes_are_the_same_without_the_cache_cold_and_warm(tmp_path, monkeypatch):
    book = labelled_book("ru")
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(tmp_path / "cache"))
    cold = render_pdf(book, context(tmp_path))
    instances = sorted((tmp_path / "cache" / "font-instances").glob("*.ttf"))
    assert len(instances) >= 2  # regular and bold, at least

    def refuse(*args, **kwargs):
        raise AssertionError("a cached instance was made again")

    with monkeypatch.context() as patched:
        patched.setattr(weasy_fonts, "instantiateVariableFont", refuse)
        warm = render_pdf(book, context(tmp_path))
    assert warm == cold
    monkeypatch.setattr(pdf_module, "cached_font_instances", contextlib.nullcontext)
    assert render_pdf(book, context(tmp_path)) == cold  # what WeasyPrint alone embeds
    assert weasy_fonts.instantiateVariableFont.__name__ == "instantiateVariableFont"  # unwrapped after use


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("RECBOOK_CACHE_DIR", str(blocker))
    assert render_pdf(labelled_book("en"), context(tmp_path)).startswith(b"%PDF")


def test_the_key_names_axes_date_and_bytes(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1")
    key = instance_key(b"font", {"wght": 700.0})
    assert key != instance_key(b"font", {"wght": 600.0})
    assert key != instance_key(b"fonts", {"wght": 700.0})
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "2")
    assert key != instance_key(b"font", {"wght": 700.0})


@pytest.mark.parametrize("platform, variable, expected", [
    ("win32", ("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "C:/Users/a/AppData/Local/recbook/Cache"),
    ("linux", ("XDG_CACHE_HOME", "/home/a/.cache"), "/home/a/.cache/recbook"),
])
def test_user_cache_dir_follows_the_platform(monkeypatch, platform, variable, expected):
    monkeypatch.delenv("RECBOOK_CACHE_DIR", raising=False)
    monkeypatch.setattr("sys.platform", platform)
    monkeypatch.setenv(*variable)
    assert user_cache_dir().as_posix() == expected


def test_only_the_most_recently_used_instances_are_kept(tmp_path):
    import os

    for age, name in enumerate(["new", "middle", "old"]):
        (tmp_path / f"{name}.ttf").write_bytes(b"x")
        os.utime(tmp_path / f"{name}.ttf", ns=(10**18 - age * 10**9,) * 2)
    prune(tmp_path, 2)
    assert sorted(p.stem for p in tmp_path.glob("*.ttf")) == ["middle", "new"]
