"""Edited wording is written in the conference's source language (docs/decisions.md), end to end.

An English proposal edited in Russian (the secretariat's language here): `recbook i18n update`
files the edit in the Russian-source catalogs, the Russian book prints it as the original, the
English book prints it as "not yet translated" until the English catalog has its translation, and
`--strict` asks for that English translation. An edit written in another language is a warning.
"""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from inputs_project import make_project
from recbook.cli import main
from recbook.diagnostics import Report
from recbook.load.catalogs import read_po
from recbook.pipeline import check_project

PROPOSALS = """\
- id: G1-01
  group: G1
  direction: D1
  language: en
  title: Digital signature for councils
  text: Let members of public councils sign minutes with a mobile digital signature.
  text:ru: Разрешить членам общественных советов подписывать протоколы мобильной подписью.
- id: G2-01
  group: G2
  direction: D2
  language: ru
  title: Молодёжные советы в каждом районе
  text: Создать молодёжный совет в каждом районе.
"""
TITLE = "Цифровая подпись для общественных советов"
TEXT = "Разрешить членам общественных советов подписывать протоколы мобильной ЭЦП и заседать онлайн."
EDIT = f"- edit: G1-01\n  title: {TITLE}\n  text: {TEXT}\n"
EN_RU = "locales/en/LC_MESSAGES/content.ru.po"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def project_with(tmp_path: Path, decisions: str) -> Path:
    project = make_project(tmp_path, {"g.yaml": PROPOSALS})
    (project / "inputs" / "decisions.yaml").write_text(decisions, encoding="utf-8")
    return project


def update(project: Path) -> str:
    result = run("i18n", "update", "--project", str(project))
    assert result.exit_code == 0, result.output
    return result.output


def active(project: Path, path: str) -> dict:
    file = project / path
    return {e.msgctxt: e for e in read_po(file).entries if not e.obsolete} if file.is_file() else {}


def translate(project: Path, path: str, context: str, msgstr: str) -> None:
    file = project / path
    text = file.read_text("utf-8")
    entry = re.compile(rf'(msgctxt "{re.escape(context)}"\nmsgid (?:"[^\n]*"\n)+)msgstr ""\n')
    assert entry.search(text), context
    file.write_text(entry.sub(lambda m: m.group(1) + f'msgstr "{msgstr}"\n', text, count=1), encoding="utf-8")


def recommendation(project: Path, lang: str, rid: str):
    checked = check_project(project, Report(), final=False, typeset=False)
    return next(r for d in checked.books[lang].directions for r in d.recommendations if r.id == rid)


def test_an_edit_in_the_source_language_is_translated_into_the_proposals_language(tmp_path):
    project = project_with(tmp_path, EDIT)
    update(project)
    # the English book needs the Russian edit translated; no English-source catalog claims it
    en = active(project, EN_RU)
    assert (en["R-G1-01.title"].msgid, en["R-G1-01.title"].auto_comments[1]) == (TITLE, f"written in ru, {len(TITLE)} characters")
    assert en["R-G1-01.text"].msgid == TEXT
    assert "R-G1-01.title" in active(project, "locales/kk/LC_MESSAGES/content.ru.po")
    for lang in ("kk", "ru"):
        assert not [c for c in active(project, f"locales/{lang}/LC_MESSAGES/content.en.po") if c.startswith("R-G1-01")]
    assert "0 catalog files changed" in update(project)  # a second update changes nothing

    # the Russian book prints the edit as its original; the English one marks it not yet translated
    ru, en_rec = recommendation(project, "ru", "R-G1-01"), recommendation(project, "en", "R-G1-01")
    assert (ru.title.value, ru.title.lang, ru.title.fallback) == (TITLE, "ru", False)
    assert (en_rec.title.value, en_rec.title.lang, en_rec.title.fallback) == (TITLE, "ru", True)
    strict = run("check", "--project", str(project), "--strict")
    lines = [line for line in strict.output.splitlines() if "R-G1-01" in line]
    assert any(line.startswith(EN_RU) and "R-G1-01.title" in line for line in lines), strict.output
    assert not any("content.en.po" in line for line in lines), strict.output

    # the built English draft prints it marked as untranslated, then the translator's English
    assert run("build", "--project", str(project), "--lang", "en", "--format", "docx").exit_code == 0
    assert TITLE in _untranslated_runs(project / "output" / "demo-2025.en.docx")
    translate(project, EN_RU, "R-G1-01.title", "Digital signature for public councils")
    en_rec = recommendation(project, "en", "R-G1-01")
    assert (en_rec.title.value, en_rec.title.lang, en_rec.title.fallback) == ("Digital signature for public councils",
                                                                            "en", False)


def _untranslated_runs(path: Path) -> list[str]:
    """Return the text of each run the DOCX marks "not yet translated"."""
    import zipfile

    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    runs = root.xpath("//w:r[w:rPr/w:rStyle/@w:val='Untranslated']", namespaces={"w": w})
    return ["".join(r.xpath("w:t/text()", namespaces={"w": w})) for r in runs]


def test_a_title_only_edit_keeps_the_original_text_its_language_and_its_translations(tmp_path):
    project = project_with(tmp_path, f"- edit: G1-01\n  title: {TITLE}\n")
    update(project)
    ru_en = active(project, "locales/ru/LC_MESSAGES/content.en.po")
    # the text is still the English proposal's, seeded with the group's own Russian translation
    assert list(ru_en) == ["G1-01.text"]
    assert ru_en["G1-01.text"].msgstr == ("Разрешить членам общественных советов подписывать протоколы мобильной "
                                          "подписью.",)
    assert "R-G1-01.title" in active(project, EN_RU)
    assert "0 catalog files changed" in update(project)
    ru = recommendation(project, "ru", "R-G1-01")
    assert [(t.value[:25], t.lang, t.fallback) for t in (ru.title, ru.text)] == [
        (TITLE[:25], "ru", False), ("Разрешить членам обществе", "ru", False)]


def test_a_translation_filed_under_the_proposals_language_moves_with_the_edit(tmp_path):
    # an older recbook filed the edit in content.en.po, where a Kazakh translator translated it
    project = project_with(tmp_path, EDIT)
    kk_en = project / "locales/kk/LC_MESSAGES/content.en.po"
    kk_en.parent.mkdir(parents=True)
    kk_en.write_text(f'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                     f'msgctxt "R-G1-01.title"\nmsgid "{TITLE}"\nmsgstr "Қоғамдық кеңестерге цифрлық қолтаңба"\n',
                     encoding="utf-8")
    update(project)
    kk_ru = active(project, "locales/kk/LC_MESSAGES/content.ru.po")
    assert kk_ru["R-G1-01.title"].msgstr == ("Қоғамдық кеңестерге цифрлық қолтаңба",)
    assert not kk_ru["R-G1-01.title"].fuzzy
    assert "R-G1-01.title" not in active(project, "locales/kk/LC_MESSAGES/content.en.po")  # kept there as #~
    assert "0 catalog files changed" in update(project)
    kk = recommendation(project, "kk", "R-G1-01")
    assert (kk.title.value, kk.title.fallback) == ("Қоғамдық кеңестерге цифрлық қолтаңба", False)


def test_an_edit_written_in_another_language_is_a_warning_at_the_decision(tmp_path):
    english = "Allow members of public councils to sign the minutes with a mobile digital signature."
    project = project_with(tmp_path, f"- {{canonical: G1-01}}\n- edit: G1-01\n  text: {english}\n")
    result = run("check", "--project", str(project))
    assert ("inputs/decisions.yaml:2:3: warning: the edited text of R-G1-01 looks Latin-script (English?), but "
            "an edit is written in the conference's source_language (ru): the ru book prints it as written and "
            "the others translate it from ru; write it in ru [decisions.edit-language]") in result.output
    # the proposal's own words, repeated unchanged, are its own language's: nothing to say
    own = "Let members of public councils sign minutes with a mobile digital signature."
    (project / "inputs" / "decisions.yaml").write_text(f"- edit: G1-01\n  title: {TITLE}\n  text: {own}\n",
                                                       encoding="utf-8")
    assert "decisions.edit-language" not in run("check", "--project", str(project)).output
    update(project)
    assert active(project, "locales/ru/LC_MESSAGES/content.en.po")["R-G1-01.text"].msgid == own
