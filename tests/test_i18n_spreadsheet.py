"""`i18n export --xlsx` / `import`: a spreadsheet round trip that keeps msgctxt and checks rows."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from recbook.load.catalogs import read_po
from recbook.commands.i18n import i18n

BROKEN = Path(__file__).parent / "data" / "i18n" / "broken"
# the book's own wording (its strings are formatted: placeholders are checked); it was filed as a content
# catalog, whose rows were checked so only because an import checked them under the sheet's name (qa3 M1)
RU = "locales/ru/LC_MESSAGES/book.po"


def project(tmp_path: Path) -> Path:
    target = tmp_path / RU
    target.parent.mkdir(parents=True)
    shutil.copy(BROKEN / "clean.po", target)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(i18n, list(args))


def export(tmp_path: Path) -> Path:
    xlsx = tmp_path / "out" / "ru.xlsx"
    xlsx.parent.mkdir(exist_ok=True)
    result = run("export", "--project", str(tmp_path), "--xlsx", str(xlsx), "--lang", "ru")
    assert result.exit_code == 0, result.output
    return xlsx


def edit(xlsx: Path, changes: dict[str, str]) -> None:
    book = load_workbook(xlsx)
    for ref, value in changes.items():
        book["ru"][ref] = value
    book.save(xlsx)


def test_export_writes_one_row_per_message_and_plural_form(tmp_path):
    xlsx = export(project(tmp_path))
    rows = list(load_workbook(xlsx)["ru"].iter_rows(values_only=True))
    assert rows[0] == ("file", "msgctxt", "form", "source", "translation", "status", "notes")
    assert [r[:3] + r[4:6] for r in rows[1:]] == [
        ("book.po", "page_of", None, "Страница {page}", "fuzzy"),
        ("book.po", "votes", 0, "{n} голос", "translated"),
        ("book.po", "votes", 1, "{n} голоса", "translated"),
        ("book.po", "votes", 2, "{n} голосов", "translated"),
        ("book.po", "text", None, "Печатать <script> буквально, 100 %", "translated"),
    ]


def test_import_applies_reviewed_translations_and_clears_fuzzy(tmp_path):
    xlsx = export(project(tmp_path))
    edit(xlsx, {"E2": "Страница {page} из {pages}", "E4": "{n} голоса!"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    entries = {e.msgctxt: e for e in read_po(tmp_path / RU).entries}
    assert (entries["page_of"].msgstr, entries["page_of"].fuzzy, entries["page_of"].previous_msgid) == (
        ("Страница {page} из {pages}",), False, None)
    assert entries["votes"].msgstr == ("{n} голос", "{n} голоса!", "{n} голосов")
    assert entries["old"].obsolete and entries["old"].msgstr == ("Старое",)
    assert "2 translations changed" in result.output


def test_import_rejects_broken_rows_at_their_cell_and_writes_nothing(tmp_path):
    xlsx = export(project(tmp_path))
    before = (tmp_path / RU).read_bytes()
    edit(xlsx, {"E2": "Страница {стр}", "E6": "<b>жирный</b> 100 %", "D3": "{n} changed source"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 1
    assert "ru.xlsx:ru!E2: error: page_of: placeholders differ" in result.output
    assert "ru.xlsx:ru!E6: error: text: HTML or Jinja syntax in the translation: </b>, <b> [i18n.markup]" in result.output
    assert "ru.xlsx:ru!D3: warning: votes: the source text changed since the export; row skipped" in result.output
    assert (tmp_path / RU).read_bytes() == before


def test_text_starting_with_equals_is_exported_as_text_and_a_formula_is_refused(tmp_path):
    path = project(tmp_path) / RU
    path.write_text(path.read_text().replace('msgstr "Печатать', 'msgstr "=Печатать'), encoding="utf-8")
    xlsx = export(tmp_path)
    cell = load_workbook(xlsx)["ru"]["E6"]
    assert (cell.value, cell.data_type) == ("=Печатать <script> буквально, 100 %", "s")
    assert run("import", "--project", str(tmp_path), str(xlsx)).output.endswith("0 translations changed\n")
    edit(xlsx, {"E2": "=CONCAT(\"Страница \", \"{page}\")"})  # openpyxl stores this as a formula
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 1
    assert "ru.xlsx:ru!E2: error: a formula, not text" in result.output


def test_a_cell_the_spreadsheet_turned_into_a_date_or_percent_is_refused_at_the_cell(tmp_path):
    # LibreOffice/Excel read "26.09.2025", "98%", "TRUE" as a date, a number, a truth value: imported as
    # str() of it, the catalog got "2025-09-26 00:00:00", "0.98", "True", not the translator's words
    import datetime

    before = (project(tmp_path) / RU).read_bytes()
    xlsx = export(tmp_path)
    book = load_workbook(xlsx)
    sheet = book["ru"]
    sheet["E2"] = datetime.datetime(2025, 9, 26)
    sheet["E2"].number_format = "DD.MM.YYYY"
    sheet["E6"] = 0.98
    sheet["E6"].number_format = "0%"
    sheet["E3"] = True
    book.save(xlsx)
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 1
    assert [line.split(": error: ")[0] for line in result.output.splitlines() if ": error: " in line] == [
        f"{xlsx}:ru!E2", f"{xlsx}:ru!E3", f"{xlsx}:ru!E6"]
    assert "E2: error: the spreadsheet stored a date (2025-09-26), not the text typed" in result.output
    assert "[i18n.import-type]" in result.output
    assert (tmp_path / RU).read_bytes() == before
    edit(xlsx, {"E2": "Страница {page}", "E3": "{n} голос", "E6": "Печатать <script> буквально, 100 %"})
    book = load_workbook(xlsx)
    book["ru"]["E6"] = 2025  # a whole number shown as typed ("General") is the text typed
    book["ru"]["E6"].number_format = "General"
    book.save(xlsx)
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert {e.msgctxt: e.msgstr for e in read_po(tmp_path / RU).active}["text"] == ("2025",)


def test_a_form_cell_that_names_no_plural_form_skips_its_row_with_a_warning_at_the_cell(tmp_path):
    # QA s23: form "x" was a traceback; -1 wrote msgstr[3..5] into the catalog (6 forms, i18n check's error)
    xlsx = export(project(tmp_path))
    for form in ("x", -1, 1.5):
        book = load_workbook(xlsx)
        book["ru"]["C4"], book["ru"]["E4"] = form, "{n} голосочка"
        book.save(xlsx)
        result = run("import", "--project", str(tmp_path), str(xlsx))
        assert result.exit_code == 0, result.output
        assert f"ru.xlsx:ru!C4: warning: votes: form {form!r} is not the number of a plural form (0, 1, 2 … as " \
               "exported); row skipped [i18n.import-form]" in result.output
        assert read_po(tmp_path / RU).active[1].msgstr == ("{n} голос", "{n} голоса", "{n} голосов")
    edit(xlsx, {"C4": "1"})  # the exported number, as text: the form it names
    assert run("import", "--project", str(tmp_path), str(xlsx)).exit_code == 0
    assert read_po(tmp_path / RU).active[1].msgstr == ("{n} голос", "{n} голосочка", "{n} голосов")


def test_a_column_the_translator_inserted_is_read_by_its_heading_not_taken_for_the_translation(tmp_path):
    # QA s23: columns were read by position; a "notes" column inserted before "translation" was imported as it
    xlsx = export(project(tmp_path))
    book = load_workbook(xlsx)
    sheet = book["ru"]
    sheet.insert_cols(5)
    sheet["E1"], sheet["E3"], sheet["F3"], sheet["E5"] = "мои заметки", "проверить", "{n} голосок", "=1+1"
    book.save(xlsx)
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert result.output.endswith("1 translation changed\n")
    assert read_po(tmp_path / RU).active[1].msgstr == ("{n} голосок", "{n} голоса", "{n} голосов")
    book = load_workbook(xlsx)
    book["ru"]["F1"] = "перевод"  # the heading translated: which column holds the translation is not known
    book.save(xlsx)
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"{xlsx}:ru!A1: error: the first row names no column translation: it must keep the export's headings "
        "(file, msgctxt, form, source, translation, status); sheet not imported [i18n.import-sheet]")


def test_two_rows_translating_one_message_otherwise_are_an_error_and_the_same_words_twice_are_one_change(tmp_path):
    # QA s23: a row copied below with other words silently replaced the first row's translation
    before = (project(tmp_path) / RU).read_bytes()
    xlsx = export(tmp_path)
    book = load_workbook(xlsx)
    sheet = book["ru"]
    sheet.append([c.value for c in sheet[6]])
    sheet["E6"], sheet["E7"] = "Печатать <script> как есть, 100 %", "Печатать <script> дословно, 100 %"
    book.save(xlsx)
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (f"{xlsx}:ru!E7: error: text: row 6 translates this message too, "
                                             "otherwise: keep one of the two rows [i18n.import-duplicate]")
    assert (tmp_path / RU).read_bytes() == before
    edit(xlsx, {"E7": "Печатать <script> как есть, 100 % "})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0 and result.output.endswith("1 translation changed\n"), result.output


def test_export_never_overwrites_inputs_or_an_existing_file(tmp_path):
    from click.testing import CliRunner

    from recbook.commands.i18n import i18n

    (tmp_path / "inputs" / "proposals").mkdir(parents=True)
    victim = tmp_path / "inputs" / "proposals" / "groups.xlsx"
    victim.write_bytes(b"the groups' proposals")
    result = CliRunner().invoke(i18n, ["export", "--project", str(tmp_path), "--xlsx", str(victim), "--force"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{victim}: error: an export is never written inside {tmp_path / 'inputs'}; choose another path "
        "[export.inside-inputs]", "Error: 1 error; nothing was written"]
    existing = tmp_path / "agency.xlsx"
    existing.write_bytes(b"last week's export")
    result = CliRunner().invoke(i18n, ["export", "--project", str(tmp_path), "--xlsx", str(existing)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [  # located, as every other refusal
        f"{existing}: error: exists; use --force to replace it [export.exists]", "Error: 1 error; nothing was written"]
    assert victim.read_bytes() == b"the groups' proposals"
    assert existing.read_bytes() == b"last week's export"


def test_export_into_a_folder_that_does_not_exist_is_refused(tmp_path):
    # a typo in the path made a new folder tree, and the export went there
    project(tmp_path)
    target = tmp_path / "nonexistent" / "dir" / "ru.xlsx"
    result = run("export", "--project", str(tmp_path), "--xlsx", str(target), "--lang", "ru")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{target}: error: there is no folder {target.parent} to write it in; check the path, or make the "
        "folder first [export.no-folder]", "Error: 1 error; nothing was written"]
    assert not (tmp_path / "nonexistent").exists()


def test_import_of_a_file_that_is_not_a_workbook_is_a_located_error(tmp_path):
    from click.testing import CliRunner

    from recbook.commands.i18n import i18n

    fake = tmp_path / "fake.xlsx"
    fake.write_text("hi")
    result = CliRunner().invoke(i18n, ["import", "--project", str(tmp_path), str(fake)])
    assert result.exit_code == 1
    assert result.output.startswith(f"{fake}: error: cannot be opened as an Excel workbook (")
    assert "[xlsx.unreadable]" in result.output
    assert "Traceback" not in result.output


def test_import_applies_a_row_with_a_bidi_control_and_warns_at_its_cell(tmp_path):
    # a warning, as in i18n check: the translation is printed with "�" in its place; only an error keeps a row out
    xlsx = export(project(tmp_path))
    edit(xlsx, {"E2": "\u202eСтраница {page} из {pages}"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert ("ru.xlsx:ru!E2: warning: page_of: the translation contains U+202E (bidi control) at character 1; "
            'remove it (it is printed as "\ufffd") [text.control-char]') in result.output
    entries = {e.msgctxt: e for e in read_po(tmp_path / RU).entries}
    assert entries["page_of"].msgstr == ("\u202eСтраница {page} из {pages}",)  # kept as typed: nothing is altered silently


def test_import_of_a_workbook_with_no_language_sheet_is_an_error(tmp_path):
    # a user's own workbook said "0 changes" and exited 0 with one warning a sheet
    from openpyxl import Workbook

    other = tmp_path / "mine.xlsx"
    book = Workbook()
    book.active.title = "Переводы"
    book.save(other)
    result = run("import", "--project", str(tmp_path), str(other))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith(f"{other}: error: has no sheet named after a language (kk, ru, en): it is not "
                                    "a sheet of `recbook i18n export --xlsx`, and nothing is imported [i18n.import-sheet]")


def test_import_trims_the_spaces_and_line_breaks_a_cell_adds_and_says_so_at_the_cell(tmp_path):
    # "Akimats\n" (Alt+Enter, a paste) was written as is: msgfmt, and so i18n check, check and build, refused the catalog
    xlsx = export(project(tmp_path))
    edit(xlsx, {"E6": "Печатать <script> буквально: 100 %\n", "E3": "  {n} голос!  "})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert ("ru.xlsx:ru!E6: warning: text: a line break at the end of the translation is removed "
            "(the source has none there) [i18n.import-trimmed]") in result.output
    assert ("ru.xlsx:ru!E3: warning: votes: 2 spaces at the start and 2 spaces at the end of the translation are "
            "removed (the source has none there) [i18n.import-trimmed]") in result.output
    entries = {e.msgctxt: e for e in read_po(tmp_path / RU).entries}
    assert entries["text"].msgstr == ("Печатать <script> буквально: 100 %",)
    assert entries["votes"].msgstr == ("{n} голос!", "{n} голоса", "{n} голосов")
    check = run("check", "--project", str(tmp_path))
    assert check.exit_code == 0, check.output


def test_import_reads_a_cell_of_spaces_and_line_breaks_as_an_empty_one(tmp_path):
    xlsx = export(project(tmp_path))
    edit(xlsx, {"E6": " \n "})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert ("ru.xlsx:ru!E6: warning: text: the translation is only spaces or line breaks: read as an empty cell, "
            "the catalog's translation is kept [i18n.import-trimmed]") in result.output
    entries = {e.msgctxt: e for e in read_po(tmp_path / RU).entries}
    assert entries["text"].msgstr == ("Печатать <script> буквально, 100 %",)
    assert run("check", "--project", str(tmp_path)).exit_code == 0


def fuzzy_but_fine(tmp_path: Path) -> Path:
    """Return the project with page_of still fuzzy, its translation now matching the source's placeholders."""
    path = project(tmp_path) / RU
    path.write_text(path.read_text(encoding="utf-8").replace('msgstr "Страница {page}"',
                                                             'msgstr "Страница {page} из {pages}"'), encoding="utf-8")
    return tmp_path


def test_import_approves_a_fuzzy_translation_whose_status_is_set_to_translated(tmp_path):
    # the status column was ignored: the entry stayed fuzzy, no diagnostic, and the sheet had no way to approve it
    xlsx = export(fuzzy_but_fine(tmp_path))
    edit(xlsx, {"F2": "translated"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert "1 translation changed" in result.output
    page_of = next(e for e in read_po(tmp_path / RU).entries if e.msgctxt == "page_of")
    assert (page_of.msgstr, page_of.fuzzy, page_of.previous_msgid) == (("Страница {page} из {pages}",), False, None)
    assert run("check", "--project", str(tmp_path)).exit_code == 0


def test_import_approves_a_fuzzy_translation_only_if_it_passes_the_checks(tmp_path):
    xlsx = export(project(tmp_path))  # page_of's fuzzy translation lacks {pages}
    before = (tmp_path / RU).read_bytes()
    edit(xlsx, {"F2": "translated"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 1
    assert ("ru.xlsx:ru!F2: error: page_of: placeholders differ from the source: the translation drops {pages} "
            "[i18n.placeholder]") in result.output
    assert (tmp_path / RU).read_bytes() == before


def test_import_warns_at_a_status_it_cannot_read_and_reads_the_exported_ones_as_notes(tmp_path):
    xlsx = export(fuzzy_but_fine(tmp_path))
    assert "translated to approve" in load_workbook(xlsx)["ru"]["F1"].comment.text  # the header says what is read
    before = (tmp_path / RU).read_bytes()
    # "untranslated" is what the export wrote: not read, not warned about
    edit(xlsx, {"F6": "untranslated", "F3": "готово", "E2": None, "F2": "translated"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:-1] == [
        f"{xlsx}:ru!F2: warning: page_of: status 'translated' is not imported: the translation cell is empty; "
        "the entry is fuzzy [i18n.import-status]",
        f"{xlsx}:ru!F3: warning: votes: status 'готово' is not imported: write translated to approve a fuzzy "
        "translation; the entry is translated [i18n.import-status]"]
    assert (tmp_path / RU).read_bytes() == before


def test_import_names_the_workbook_by_the_path_given(tmp_path, monkeypatch):
    # `i18n import ../tr.xlsx` said "tr.xlsx:kk!E4": the folder given was dropped (review import keeps it)
    xlsx = export(project(tmp_path))
    edit(xlsx, {"E2": "Страница {стр}"})
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    result = run("import", "--project", str(tmp_path), "../out/ru.xlsx")
    assert result.exit_code == 1
    assert result.output.startswith("../out/ru.xlsx:ru!E2: error: page_of: placeholders differ")


def test_an_export_that_fails_while_saving_leaves_the_previous_sheet_whole(tmp_path, monkeypatch):
    """The workbook was saved straight into TARGET: a full disk or a Ctrl-C mid-save left half a sheet."""
    import errno

    from openpyxl.workbook.workbook import Workbook

    def half_then_full_disk(self, filename):
        opened = filename if hasattr(filename, "write") else open(filename, "wb")
        opened.write(b"PK\x03\x04 half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    xlsx = export(project(tmp_path))
    before = xlsx.read_bytes()
    monkeypatch.setattr(Workbook, "save", half_then_full_disk)
    result = run("export", "--project", str(tmp_path), "--xlsx", str(xlsx), "--lang", "ru", "--force")
    assert result.exit_code != 0
    assert xlsx.read_bytes() == before
    assert [p.name for p in xlsx.parent.iterdir()] == [xlsx.name]  # no temp file left


def test_import_stores_letters_typed_with_a_combining_mark_as_one_letter_and_counts_them(tmp_path):
    # "ё" typed as "е" + U+0308 (a keyboard layout, a paste from a PDF) was stored so: `recbook check` says nothing
    # of it, and the book printed two characters a search for "ё" does not find. Proposal texts are read as NFC.
    xlsx = export(project(tmp_path))
    decomposed = {"E2": "Страница {page} из {pages}, всё", "E6": "Печатать <script> дословно, 100 %, мой"}
    decomposed = {ref: text.replace("ё", "е\u0308").replace("й", "и\u0306") for ref, text in decomposed.items()}
    edit(xlsx, {**decomposed, "E3": "{n} голос!"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == (
        "3 translations changed; 2 of them held letters typed as a letter and a combining mark (such as е and "
        "U+0308 for ё), stored as one character each (Unicode NFC) so that a search of the PDF finds them")
    entries = {e.msgctxt: e for e in read_po(tmp_path / RU).entries}
    assert entries["page_of"].msgstr == ("Страница {page} из {pages}, всё",)
    assert entries["text"].msgstr == ("Печатать <script> дословно, 100 %, мой",)
    assert entries["votes"].msgstr == ("{n} голос!", "{n} голоса", "{n} голосов")
    assert "\u0306" not in (tmp_path / RU).read_text("utf-8") and "\u0308" not in (tmp_path / RU).read_text("utf-8")
    assert run("check", "--project", str(tmp_path)).exit_code == 0


def test_import_warns_of_kazakh_typed_with_latin_look_alikes_at_the_cell_and_applies_it(tmp_path):
    # QA (s19/qa2, 1): «Жергiлiктi» with a Latin i was written into the catalog with no word ("2 translation(s)
    # changed") and printed in the kk PDF. A proposal's text gets the warning: the row's cell does, as the
    # bidi warning is given, the translation applied as typed (a warning keeps no row out)
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path / "p")
    xlsx = tmp_path / "kk.xlsx"
    assert run("export", "--project", str(project), "--xlsx", str(xlsx), "--lang", "kk").exit_code == 0
    book = load_workbook(xlsx)
    rows = {row[1].value: row[4] for row in book["kk"].iter_rows(min_row=2)}
    rows["G2-07.title"].value = "Жергiлiктi деңгейде партисипаторлық бюджеттеудi дамыту"
    rows["G2-08.title"].value = "ҮЕҰ-ларды мемлекеттік қызметтер сапасының қоғамдық мониторингіне тарту"  # correct
    book.save(xlsx)
    result = run("import", "--project", str(project), str(xlsx))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f'{xlsx}:kk!{rows["G2-07.title"].coordinate}: warning: G2-07.title: "msgstr" has words mixing Latin and '
        'Cyrillic letters: "Жергiлiктi" (Latin i), "бюджеттеудi" (Latin i); check them, the text is not changed '
        "[text.mixed-script]"]
    assert result.stdout.splitlines()[-1] == "2 translations changed"
    entries = {e.msgctxt: e for e in read_po(project / "locales/kk/LC_MESSAGES/content.ru.po").entries}
    assert entries["G2-07.title"].msgstr == ("Жергiлiктi деңгейде партисипаторлық бюджеттеудi дамыту",)


def test_import_points_at_the_cell_that_was_edited_in_a_row_it_skips(tmp_path):
    # a msgctxt typo was said at E (the translation) with "any more", an edited source at E, not at B and D
    xlsx = export(project(tmp_path))
    edit(xlsx, {"B2": "paqe_of", "E2": "Страница {page} из {pages}", "D6": "Print <script>", "E6": "Печатать",
                "C5": 3, "E5": "{n} голосов!"})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:-1] == [
        f"{xlsx}:ru!B2: warning: book.po has no message 'paqe_of' (did you mean 'page_of'?); row skipped "
        "[i18n.import-gone]",
        f"{xlsx}:ru!C5: warning: votes: the source text changed since the export; row skipped [i18n.import-stale]",
        f"{xlsx}:ru!D6: warning: text: the source text changed since the export; row skipped [i18n.import-stale]"]


def test_import_says_at_the_cell_that_it_does_not_clear_an_emptied_translation(tmp_path):
    # the emptied cell was ignored without a word: "0 translation(s) changed", exit 0
    xlsx = export(project(tmp_path))
    before = (tmp_path / RU).read_bytes()
    edit(xlsx, {"E5": None, "E6": ""})
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:-1] == [
        f"{xlsx}:ru!E5: warning: votes: the cell is empty, but an import never clears a translation (a sheet "
        "exported before the entry was translated has an empty cell too): msgstr[2] is kept; to remove it, clear it "
        "in book.po or mark it fuzzy there [i18n.import-cleared]",
        f"{xlsx}:ru!E6: warning: text: the cell is empty, but an import never clears a translation (a sheet "
        "exported before the entry was translated has an empty cell too): the translation is kept; to remove it, "
        "clear it in book.po or mark it fuzzy there [i18n.import-cleared]"]
    assert (tmp_path / RU).read_bytes() == before


def test_import_says_at_the_cell_that_it_does_not_mark_a_translation_fuzzy(tmp_path):
    # translated -> fuzzy in the status column was ignored without a word
    xlsx = export(project(tmp_path))
    before = (tmp_path / RU).read_bytes()
    edit(xlsx, {"F6": "fuzzy", "F2": "fuzzy"})  # page_of is fuzzy already: nothing to say
    result = run("import", "--project", str(tmp_path), str(xlsx))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:-1] == [
        f"{xlsx}:ru!F6: warning: text: status 'fuzzy' is not imported: an import never marks a translation fuzzy "
        "(a sheet imported again still says fuzzy where its first import approved): mark it fuzzy in the catalog; "
        "the entry is translated [i18n.import-status]"]
    assert (tmp_path / RU).read_bytes() == before


def test_import_reads_a_percent_sign_in_a_content_translation_as_plain_text(tmp_path):
    # QA (s20/qa3, M1): "80% of" in a content row was refused as a printf placeholder ("the translation adds
    # % o") and nothing was written, while the same msgstr typed into content.*.po passed `i18n check`: the
    # row was checked under the spreadsheet's file name, not its catalog's. Content is printed, never formatted
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path / "p")
    xlsx = tmp_path / "en.xlsx"
    assert run("export", "--project", str(project), "--xlsx", str(xlsx), "--lang", "en").exit_code == 0
    book = load_workbook(xlsx)
    rows = {(row[0].value, row[1].value): row for row in book["en"].iter_rows(min_row=2)}
    content = next(key for key in rows if key[0] == "content.ru.po" and key[1].endswith("-01.title"))
    rows[content][4].value = "Subsidise 80% of the cost of drip irrigation"
    label = next(key for key in rows if key[0] == "book.po" and "{" in str(rows[key][3].value))
    rows[label][4].value = rows[label][3].value + " 80% of"  # a formatted catalog's row: still refused
    book.save(xlsx)
    result = run("import", "--project", str(project), str(xlsx))
    assert result.exit_code == 1
    assert result.output.splitlines()[:-1] == [
        f"{xlsx}:en!{rows[label][4].coordinate}: error: {label[1]}: placeholders differ from the source: the "
        "translation adds % o [i18n.placeholder]"]
    rows[label][4].value = rows[label][3].value
    book.save(xlsx)
    result = run("import", "--project", str(project), str(xlsx))
    assert result.exit_code == 0, result.output
    entries = {e.msgctxt: e for e in read_po(project / "locales/en/LC_MESSAGES/content.ru.po").entries}
    assert entries[content[1]].msgstr == ("Subsidise 80% of the cost of drip irrigation",)
    assert run("check", "--project", str(project)).exit_code == 0


def test_export_shows_a_fuzzy_rows_previous_source_in_its_notes(tmp_path):
    # QA (s20/qa3, M4): the sheet showed "Астана | Almaty | fuzzy" and nothing of why: the PO's `#| msgid`
    # ("Алматы") was not exported, and the agency approved the old city's translation as it was
    from conftest import copy_sample_project

    project = copy_sample_project(tmp_path / "p")
    proposals = project / "inputs/proposals/groups-1-2.yaml"
    old, new = "Ввести институциональные гранты для НПО сроком на 3 года", "Ввести гранты для НПО сроком на 5 лет"
    proposals.write_text(proposals.read_text("utf-8").replace(old, new), encoding="utf-8")
    from recbook.cli import main

    assert CliRunner().invoke(main, ["i18n", "update", "--project", str(project)]).exit_code == 0
    xlsx = tmp_path / "en.xlsx"
    assert run("export", "--project", str(project), "--xlsx", str(xlsx), "--lang", "en").exit_code == 0
    sheet = load_workbook(xlsx)["en"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "G1-02.title")
    assert row[3:6] == (new, "Introduce three-year institutional grants for NGOs", "fuzzy")
    assert row[6].splitlines()[0] == f"the translation was made for an earlier source: {old}"
    assert "earlier source" in sheet["F1"].comment.text  # the status header says where to compare
    untouched = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "G1-02.text")
    assert "earlier source" not in untouched[6]
