"""A label recbook gained after `recbook init` takes recbook's own translation on `i18n update` (QA s21, 2)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from recbook.cli import main
from recbook.i18n.update import SHIPPED
from recbook.load.catalogs import read_po

from inputs_project import name_the_forum

ONE = ('- {id: G1-01, group: G1, direction: D1, language: ru, votes: 3, title: "Открыть ресурсные центры НКО", '
       'text: "Открыть ресурсные центры для НКО в каждой области."}\n')
BOOK = Path("locales/ru/LC_MESSAGES/book.po")


def run(*args: str, code: int = 0):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == code, result.output
    return result


def entry(project: Path, context: str):
    return next((e for e in read_po(project / BOOK).entries if e.msgctxt == context), None)


def made_before(tmp_path: Path, contexts: tuple[str, ...]) -> Path:
    """Return a project whose ru book.po was made by a recbook that had none of `contexts`' labels."""
    run("init", str(tmp_path / "p"), "--languages", "ru", "--source", "ru")
    project = tmp_path / "p"
    name_the_forum(project, ONE, "Гражданский форум", "Центр гражданских инициатив",  # placeholders fail --strict
                   ("Ресурсные центры", "Гранты", "Волонтёрство"))
    text = (project / BOOK).read_text("utf-8")
    for context in contexts:  # each entry from its comments to the blank line after it
        text, found = re.subn(rf'\n(?:#[^\n]*\n)*msgctxt "{re.escape(context)}"\n(?:[^\n]+\n)*', "\n", text)
        assert found == 1
    (project / BOOK).write_text(text, encoding="utf-8")
    return project


def test_a_label_recbook_ships_translated_is_filled_not_left_to_block_the_final_edition(tmp_path):
    project = made_before(tmp_path, ("merged_into", "changes.merged"))
    assert "[i18n.absent]" in run("check", "--strict", "--project", str(project), code=1).stderr
    run("i18n", "update", "--project", str(project))
    filled = entry(project, "merged_into")
    # recbook's own Russian, final (a fuzzy one blocked the final edition as the empty one did),
    # with a translator's comment that says where it came from
    assert (filled.msgstr, filled.fuzzy, filled.comments) == (("Объединена с рекомендацией {number}",), False, (SHIPPED,))
    assert entry(project, "changes.merged").msgstr == ("Объединены с другими рекомендациями",)
    run("check", "--strict", "--project", str(project))
    # the comment stays until a translator deletes it; a second update changes nothing
    assert run("i18n", "update", "--project", str(project)).stdout.endswith("0 catalog files changed\n")
    # labels the project's translators had already translated are theirs: no comment, their words
    assert entry(project, "withdrawn").comments == ()


def test_a_translators_own_wording_is_never_replaced_by_recbooks(tmp_path):
    project = made_before(tmp_path, ())
    path = project / BOOK
    path.write_text(path.read_text("utf-8").replace('msgstr "Объединена с рекомендацией {number}"',
                                                    'msgstr "Вошла в рекомендацию {number}"'), encoding="utf-8")
    run("i18n", "update", "--project", str(project))
    kept = entry(project, "merged_into")
    assert (kept.msgstr, kept.comments) == (("Вошла в рекомендацию {number}",), ())
    assert not read_po(path).errors


def test_one_untranslated_string_is_counted_in_the_singular(tmp_path):
    # "1 of the 80 strings this book prints in translation are not translated …; … lists them"
    project = made_before(tmp_path, ("merged_into",))
    stderr = run("check", "--strict", "--project", str(project), code=1).stderr
    assert "strings this book prints in translation is not translated" in stderr
    assert "`recbook i18n status --list --lang ru` lists it [i18n.incomplete]" in stderr


def test_a_label_recbook_reworded_keeps_a_translation_that_is_recbooks_own_of_the_new_words(tmp_path):
    # the project's book.po was made when the English label read "Merged into recommendation {number}"
    project = made_before(tmp_path, ())
    path = project / BOOK
    text = path.read_text("utf-8")
    new_words = entry(project, "merged_into").msgid
    path.write_text(text.replace(f'msgid "{new_words}"', 'msgid "Merged into recommendation {number}"', 1),
                    encoding="utf-8")
    assert "[i18n.stale]" in run("check", "--strict", "--project", str(project), code=1).stderr
    run("i18n", "update", "--project", str(project))
    kept = entry(project, "merged_into")
    assert (kept.msgid, kept.msgstr, kept.fuzzy) == (new_words, ("Объединена с рекомендацией {number}",), False)
    run("check", "--strict", "--project", str(project))
