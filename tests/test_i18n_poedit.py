"""A catalog a translator saved with Poedit comes back from `i18n update` and `i18n import` as it was saved.

Poedit, like msgcat and msgmerge, writes a string at 79 columns with the space at the end of a
line, adds its own header fields (X-Generator) and the translator's comments. recbook writes back
every entry it does not change as it was read, and the header in its order, so a Poedit save
followed by an update with no source change is byte-identical, and an import changes only the
lines of the entries it changes. What recbook writes itself (a changed entry with its `#|`
previous msgid) is laid out as msgcat lays it out (tests/data/i18n/gettext_layout.po).
"""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from inputs_project import make_project
from recbook.cli import main
from recbook.i18n import po
from recbook.i18n.writer import format_entry, format_po
from recbook.load.catalogs import read_po

LAYOUT = Path(__file__).parent / "data" / "i18n" / "gettext_layout.po"
KK_RU = "locales/kk/LC_MESSAGES/content.ru.po"
TEXT_1 = ("Ввести в системе государственных грантов для НПО институциональные гранты сроком на 3 года, которые "
          "покрывают административные расходы, обучение сотрудников и развитие организации.")
TEXT_2 = ("Публиковать повестки, протоколы и решения общественных советов на едином портале не позднее трех рабочих "
          "дней после заседания и проводить открытый отбор их членов из числа представителей НПО.")
PROPOSALS = f"""\
- id: G1-01
  group: G1
  direction: D1
  language: ru
  title: Институциональные гранты для НПО сроком на три года, а не только проектные гранты
  text: {TEXT_1}
- id: G2-01
  group: G2
  direction: D2
  language: ru
  title: Открытость общественных советов
  text: {TEXT_2}
"""
KK = {
    "G1-01.text": "Мемлекеттік гранттар жүйесінде ҮЕҰ үшін әкімшілік шығыстарды, қызметкерлерді оқытуды және "
                  "ұйымды дамытуды қамтитын 3 жыл мерзімге институционалдық гранттар енгізу.",
    "G2-01.text": "Қоғамдық кеңестердің күн тәртібін, хаттамаларын және шешімдерін отырыстан кейін үш жұмыс күнінен "
                  "кешіктірмей бірыңғай порталда жариялау және олардың мүшелерін ҮЕҰ өкілдерінің арасынан ашық "
                  "іріктеу арқылы таңдау.",
}


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def update(project: Path) -> str:
    result = run("i18n", "update", "--project", str(project))
    assert result.exit_code == 0, result.output
    return result.output


# --- Poedit, as far as a save goes: its own layout and header (not recbook's writer) ---

def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def _string(prefix: str, keyword: str, value: str) -> list[str]:
    """Lay a string out as Poedit does: 79 columns, each line ending with its space."""
    escaped = _escape(value)
    one = f'{prefix}{keyword} "{escaped}"'
    if len(one) <= 79 and "\\n" not in escaped[:-2]:
        return [one]
    lines, line = [], ""
    for word in re.split(r"(?<= )|(?<=\\n)", escaped):
        if line and (len(prefix) + len(line) + len(word) + 2 > 79 or line.endswith("\\n")):
            lines.append(line)
            line = ""
        line += word
    return [f'{prefix}{keyword} ""'] + [f'{prefix}"{text}"' for text in lines + [line] if text]


def _entry(entry: po.Entry) -> str:
    lines = [f"# {c}" for c in entry.comments] + [f"#. {c}" for c in entry.auto_comments]
    lines += [f"#: {' '.join(entry.references)}"] if entry.references else []
    lines += [f"#, {', '.join(entry.flags)}"] if entry.flags else []
    if entry.previous_msgid is not None:
        lines += _string("#| ", "msgid", entry.previous_msgid)
    prefix = "#~ " if entry.obsolete else ""
    if entry.msgctxt is not None:
        lines += _string(prefix, "msgctxt", entry.msgctxt)
    lines += _string(prefix, "msgid", entry.msgid)
    if entry.msgid_plural is not None:
        lines += _string(prefix, "msgid_plural", entry.msgid_plural)
        lines += [line for i, form in enumerate(entry.msgstr) for line in _string(prefix, f"msgstr[{i}]", form)]
    else:
        lines += _string(prefix, "msgstr", entry.msgstr[0])
    return "\n".join(lines)


def poedit_save(path: Path, translations: dict[str, str] | None = None) -> None:
    """Save the catalog as Poedit does, with `translations` (msgctxt → msgstr) typed in and approved."""
    file = read_po(path)
    entries = [po.Entry(**{**e.__dict__, "msgstr": (translations[e.msgctxt],), "flags": ()})
               if translations and e.msgctxt in translations else e for e in file.entries]
    fields = dict(file.header, **{"Last-Translator": "Aigerim <a@example.kz>", "PO-Revision-Date": "2025-10-02 14:07+0500"})
    names = [n for n in fields if n not in ("X-Generator", "X-Source-Language")] + ["X-Generator", "X-Source-Language"]
    fields["X-Generator"] = "Poedit 3.4.2"
    header = ("# Kazakh translation of the recommendations.\n# Aigerim <a@example.kz>, 2025.\n"
              + "\n".join(_string("", "msgid", "") + _string("", "msgstr", "".join(f"{n}: {fields[n]}\n" for n in names))))
    path.write_text("\n\n".join([header] + [_entry(e) for e in entries]) + "\n", encoding="utf-8")


def catalogs(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted((project / "locales").rglob("*.po"))}


def saved_by_poedit(tmp_path: Path) -> Path:
    """The project after: an update, a translation in Poedit, a changed source, an update, a Poedit save."""
    project = make_project(tmp_path, {"g.yaml": PROPOSALS})
    update(project)
    poedit_save(project / KK_RU, KK)
    proposals = project / "inputs" / "proposals" / "g.yaml"
    proposals.write_text(PROPOSALS.replace("трех рабочих", "трёх рабочих"), encoding="utf-8")
    update(project)  # G2-01.text: fuzzy, with the old source as #| msgid
    for path in (project / "locales").rglob("*.po"):
        poedit_save(path)
    return project


def test_a_catalog_saved_by_poedit_comes_out_of_an_update_with_no_source_change_byte_identical(tmp_path):
    project = saved_by_poedit(tmp_path)
    saved = catalogs(project)
    kk = saved[KK_RU].decode("utf-8")
    assert '#, fuzzy\n#| msgid ""\n#| "Публиковать повестки, протоколы и решения общественных советов на едином "' in kk
    assert "X-Generator: Poedit 3.4.2\\n\"\n\"X-Source-Language: ru" in kk
    assert "0 catalog files changed" in update(project)
    assert catalogs(project) == saved
    assert "0 catalog files changed" in update(project)  # twice: still nothing


def test_a_language_with_a_country_as_poedit_writes_it_is_kept_by_an_update(tmp_path):
    # Poedit's "Kazakh (Kazakhstan)" writes Language: kk_KZ; each update wrote "kk" back, a change no one made
    project = saved_by_poedit(tmp_path)
    path = project / KK_RU
    path.write_text(path.read_text("utf-8").replace('"Language: kk\\n"', '"Language: kk_KZ\\n"'), "utf-8")
    saved = catalogs(project)
    assert "Language: kk_KZ" in saved[KK_RU].decode("utf-8")
    assert "0 catalog files changed" in update(project)
    assert catalogs(project) == saved


def test_an_update_changes_only_the_entry_whose_source_changed_and_writes_it_as_gettext_does(tmp_path):
    project = saved_by_poedit(tmp_path)
    before = (project / KK_RU).read_text("utf-8").split("\n\n")
    proposals = project / "inputs" / "proposals" / "g.yaml"
    proposals.write_text(PROPOSALS.replace("трех рабочих", "пяти рабочих"), encoding="utf-8")
    update(project)
    after = (project / KK_RU).read_text("utf-8").split("\n\n")
    # the header (its comments, X-Generator where Poedit put it) and every other entry are as Poedit saved them
    assert [b for b in after if 'msgctxt "G2-01.text"' not in b] == [b for b in before if 'msgctxt "G2-01.text"' not in b]
    changed = next(b for b in after if 'msgctxt "G2-01.text"' in b).rstrip("\n")  # the file's last entry
    assert changed != next(b for b in before if 'msgctxt "G2-01.text"' in b)
    # as msgcat writes it: 79 columns, a line ending with its space, the `#|` lines too
    assert "\n".join(format_entry(po.parse(changed, "x.po").entries[0])) == changed
    assert ('#| msgid ""\n#| "Публиковать повестки, протоколы и решения общественных советов на едином "\n'
            '#| "портале не позднее трех рабочих дней после заседания и проводить открытый "\n') in changed


def test_an_import_changes_the_lines_of_the_entry_it_changes_and_no_other(tmp_path):
    project = saved_by_poedit(tmp_path)
    before = (project / KK_RU).read_text("utf-8")
    xlsx = tmp_path / "kk.xlsx"
    assert run("i18n", "export", "--project", str(project), "--xlsx", str(xlsx), "--lang", "kk").exit_code == 0
    book = load_workbook(xlsx)
    row = next(r for r in book["kk"].iter_rows() if r[1].value == "G1-01.title")
    row[4].value = "ҮЕҰ үшін үш жылдық институционалдық гранттар, тек жобалық гранттар ғана емес"
    book.save(xlsx)
    result = run("i18n", "import", "--project", str(project), str(xlsx))
    assert result.exit_code == 0, result.output
    after = (project / KK_RU).read_text("utf-8")
    unchanged = [b for b in before.split("\n\n") if 'msgctxt "G1-01.title"' not in b]
    assert [b for b in after.split("\n\n") if 'msgctxt "G1-01.title"' not in b] == unchanged
    assert after != before


def test_recbook_writes_a_catalog_as_msgcat_does():
    # gettext_layout.po is msgcat's own output: long strings, `#|` lines, references, "\n", an obsolete entry
    file = read_po(LAYOUT)
    assert format_po(file.header_entry, list(file.entries)) == LAYOUT.read_text("utf-8")
