"""`recbook i18n status [--json]`: counts per language over book and content catalogs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from recbook.i18n import po
from recbook.load.catalogs import read_po
from recbook.commands.i18n import i18n

BROKEN = Path(__file__).parent / "data" / "i18n" / "broken"


def test_status_json_counts_translated_fuzzy_untranslated_and_ignores_obsolete(tmp_path, repo_root):
    for lang in ("kk", "ru", "en"):
        target = tmp_path / f"locales/{lang}/LC_MESSAGES/book.po"
        target.parent.mkdir(parents=True)
        shutil.copy(repo_root / f"locales/{lang}/LC_MESSAGES/book.po", target)
    # clean.po: one fuzzy, two translated, one obsolete
    shutil.copy(BROKEN / "clean.po", tmp_path / "locales/ru/LC_MESSAGES/content.kk.po")
    result = CliRunner().invoke(i18n, ["status", "--json", "--project", str(tmp_path)])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.output)
    book = len(read_po(repo_root / "locales/book.pot").entries)
    assert counts == {
        "kk": {"total": book, "translated": book, "fuzzy": 0, "untranslated": 0},
        "ru": {"total": book + 3, "translated": book + 2, "fuzzy": 1, "untranslated": 0},
        "en": {"total": book, "translated": book, "fuzzy": 0, "untranslated": 0},
    }


def test_status_table_for_people(tmp_path):
    result = CliRunner().invoke(i18n, ["status", "--project", str(tmp_path)])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split() == ["lang", "total", "done", "fuzzy", "todo", "%"]
