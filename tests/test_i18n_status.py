"""`recbook i18n status [--json]`: counts per language over book and content catalogs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

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


def test_check_counts_in_whole_percent_says_what_it_counts_and_formats_one_way(tmp_path):
    # a new project whose title, organiser, 3 directions and 3 groups changed: 8 of en's 10 strings are missing,
    # math.floor((1-8/10)*100) said 19 %, and ru printed "86 %" beside en's "14%" in one English message
    from recbook.cli import main

    project = tmp_path / "x"
    assert CliRunner().invoke(main, ["init", str(project), "--source", "kk"]).exit_code == 0
    conference = project / "inputs" / "conference.yaml"
    text = conference.read_text("utf-8")
    for line in text.splitlines():
        if line.lstrip().startswith(("title:", "- {id: D", "- {id: G")) or line.startswith("  - \""):
            text = text.replace(line, line.replace('"', '"Жаңа ', 1))
    conference.write_text(text, "utf-8")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert result.exit_code == 0, result.output
    incomplete = {line.split(":")[1].strip(): line for line in result.stderr.splitlines() if "[i18n.incomplete]" in line}
    assert incomplete["en"] == ("warning: en: 8 of the 10 strings this book prints in translation are not translated "
                                "(20% complete); the draft shows them in the source language [i18n.incomplete]")
    assert "% complete" in incomplete["ru"] and " % complete" not in incomplete["ru"].replace("\u00a0", " ")
    status = CliRunner().invoke(i18n, ["status", "--project", str(project)])
    assert "`recbook check` counts only\nthe strings each book prints in translation" in status.output
