"""`recbook check` on the sample imports no heavy library: the merge is pure Python, and nothing
of the renderers (WeasyPrint, python-docx, Pillow, fontTools) or of the typography loads for it;
nor the modules of the classes it never makes (their dataclass methods are compiled at import)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("numpy", "scipy", "datasketch", "weasyprint", "docx", "PIL", "fontTools")  # as bench/check_speed.py
# what only a project with released editions, a build or `recbook review` / `i18n` makes
UNMADE = ("recbook.model.changelog", "recbook.model.editions", "recbook.model.fates", "recbook.model.review",
          "recbook.i18n.extract")
CHECK = ("import sys\nfrom recbook.cli import main\n"
         "try:\n    main(['check', '--project', {project!r}])\nexcept SystemExit:\n    pass\n"
         "print(sorted(m for m in {modules!r} if m in sys.modules))")


def _loaded(project: Path, modules: tuple[str, ...]) -> list[str]:
    """Return which of `modules` a full check of `project` left imported (the user cache is the test's own)."""
    code = CHECK.format(project=str(project), modules=modules)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert "recommendations printed, none set aside: OK" in out.stdout, out.stderr
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def test_check_on_the_sample_imports_neither_numpy_nor_scipy():
    assert _loaded(Path("."), ("numpy", "scipy", "datasketch")) == []


def test_check_of_a_copy_of_the_sample_imports_no_heavy_library_and_no_typography(tmp_path):
    for name in ("inputs", "locales", "templates"):  # what bench/check_speed.py copies
        shutil.copytree(ROOT / name, tmp_path / name)
    assert _loaded(tmp_path, (*HEAVY, "recbook.localize.typography", "jinja2")) == []


def test_check_of_a_copy_of_the_sample_imports_no_class_it_never_makes(tmp_path):
    for name in ("inputs", "locales", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name)
    assert _loaded(tmp_path, UNMADE) == []


def test_the_classes_imported_on_first_use_are_the_ones_recbook_model_names():
    from recbook import model
    from recbook.model.changelog import Changelog
    from recbook.model.editions import Edition
    from recbook.model.fates import ProposalFate
    from recbook.model.review import SHEET_COLUMNS, SheetRow

    assert (model.Changelog, model.Edition, model.ProposalFate, model.SheetRow, model.SHEET_COLUMNS) == (
        Changelog, Edition, ProposalFate, SheetRow, SHEET_COLUMNS)
    assert all(hasattr(model, name) for name in model.__all__)
    with pytest.raises(AttributeError):
        model.NoSuchClass  # noqa: B018


def test_check_imports_none_of_the_modules_that_write_an_edition():
    # a check writes nothing of the project: what a Ctrl-C of any command says it wrote is recorded
    # in recbook.interrupt, which the command line imports anyway, not in the writing modules
    assert _loaded(Path("."), ("recbook.edition", "recbook.write")) == []
