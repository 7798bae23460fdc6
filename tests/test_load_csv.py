"""CSV as real offices save it (RELIABILITY 1–4): encodings, delimiters, quoting, row lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from inputs_project import HEADER, check, make_project

from recbook.load.table_reader import field_starts

ROW = "G1-03;G1;D1;ru;Поддержать НПО;Выделить гранты «на развитие» — № 1…"


def test_cp1251_with_semicolons_is_read_and_the_encoding_reported(tmp_path: Path) -> None:
    data = f"{HEADER}\r\n{ROW}\r\n".encode("cp1251")
    inputs, lines = check(make_project(tmp_path, {"g.csv": data}))
    assert lines == ['inputs/proposals/g.csv: warning: read as Windows-1251 (Excel\'s plain "CSV"), '
                     "not UTF-8: this encoding cannot hold Kazakh letters other than і; save the "
                     'file as "CSV UTF-8" [csv.encoding]']
    (proposal,) = inputs.proposals
    assert proposal.text == "Выделить гранты «на развитие» — № 1…"
    assert str(proposal.location) == "inputs/proposals/g.csv:2"


def test_kazakh_letters_lost_to_cp1251_are_an_error_at_the_row(tmp_path: Path) -> None:
    lost = "Қазақстан жастары".encode("cp1251", errors="replace").decode("cp1251")
    assert lost == "?аза?стан жастары"  # what Excel's plain "CSV" writes
    data = f"{HEADER}\r\n{ROW}\r\nG1-04;G1;D1;kk;{lost};Мәтін\r\n".encode("cp1251", errors="replace")
    inputs, lines = check(make_project(tmp_path, {"g.csv": data}))
    assert lines[1:] == [  # each at its cell: line and column, as an editor opens it
        'inputs/proposals/g.csv:3:16: error: "title" has "?" inside Cyrillic words ("?аза?стан"): '
        "Kazakh letters were lost when the file was saved as Windows-1251; save it as "
        '"CSV UTF-8" (or .xlsx) and check these words [csv.cp1251-lost-letters]',
        'inputs/proposals/g.csv:3:34: error: "text" has "?" inside Cyrillic words ("М?тін"): Kazakh '
        "letters were lost when the file was saved as Windows-1251; save it as \"CSV UTF-8\" "
        "(or .xlsx) and check these words [csv.cp1251-lost-letters]"]
    assert len(inputs.proposals) == 2  # kept, so everything else is still checked


def test_kazakh_letters_lost_at_word_ends_are_each_named(tmp_path: Path) -> None:
    # қ, ғ, ң end many Kazakh words: "?" there, with the sentence going on, was missed (check said OK)
    text = "2028 жылға дейін барлық ауылдық елді мекендерді қамтамасыз ету. Неге? Себебі кетеді"
    lost = text.encode("cp1251", errors="replace").decode("cp1251")
    data = f'{HEADER}\r\nG1-03;G1;D1;kk;Интернет;"{lost}"\r\n'.encode("cp1251")
    inputs, lines = check(make_project(tmp_path, {"g.csv": data}))
    assert lines[1:] == [
        'inputs/proposals/g.csv:2:25: error: "text" has "?" inside Cyrillic words ("жыл?а", "барлы?", '
        '"ауылды?", "?амтамасыз"): Kazakh letters were lost when the file was saved as Windows-1251; '
        'save it as "CSV UTF-8" (or .xlsx) and check these words [csv.cp1251-lost-letters]']
    # saved as UTF-8 with only the named words retyped, the rest is still pointed at
    half = "2028 жылға дейін барлы? ауылды? елді мекендерді қамтамасыз ету. Неге? Себебі кетеді"
    utf8 = f"{HEADER}\nG1-03;G1;D1;kk;Интернет;{half}\nG1-04;G1;D1;ru;Вопрос;Почему? потому что\n"
    inputs, lines = check(make_project(tmp_path / "utf8", {"g.csv": utf8}))
    assert lines == [
        'inputs/proposals/g.csv:2:25: warning: "text" has "?" ending Cyrillic words inside a sentence '
        '("барлы?", "ауылды?"): in Kazakh text these are usually letters (қ, ғ, ң …) lost in an encoding '
        "conversion; retype them if so [text.lost-letters-at-end]"]
    assert len(inputs.proposals) == 2


def test_question_marks_in_utf8_text_are_fine_unless_inside_a_word(tmp_path: Path) -> None:
    rows = f"{HEADER}\nG1-03;G1;D1;ru;Кто платит?;Как? Кто?\nG1-04;G1;D1;ru;Б?лім;Текст\n"
    _, lines = check(make_project(tmp_path, {"g.csv": rows}))
    assert lines == ['inputs/proposals/g.csv:3:16: error: "title" has "?" inside Cyrillic words '
                     '("Б?лім"): letters were probably lost in an encoding conversion; retype '
                     "them [text.lost-letters]"]


def test_utf8_bom_crlf_quoted_delimiters_and_newlines(tmp_path: Path) -> None:
    text = (f"\ufeff{HEADER}\r\n"
            'G1-03;G1;D1;ru;"Гранты; субсидии";"Первая строка:\r\nвторая; строка;\r\nтретья"\r\n'
            "G1-04;G9;D1;ru;Заголовок;Текст\r\n")
    inputs, lines = check(make_project(tmp_path, {"g.csv": text.encode("utf-8")}))
    assert lines == ["inputs/proposals/g.csv:5:7: error: unknown group. Expected one of: G1, G2 but "
                     "received: 'G9' [proposal.unknown-group]"]
    (proposal,) = inputs.proposals
    assert proposal.title == "Гранты; субсидии"
    assert proposal.text == "Первая строка:\nвторая; строка;\nтретья"
    assert str(proposal.location_of("text")) == "inputs/proposals/g.csv:2:35"  # where its cell begins


def test_comma_delimiter_and_excel_sep_line(tmp_path: Path) -> None:
    comma = HEADER.replace(";", ",") + "\nG1-03,G1,D1,ru,Т,\"a, b\"\n"
    sep = "sep=|\n" + HEADER.replace(";", "|") + "\nG1-04|G1|D1|ru|Т|x;y\n"
    inputs, lines = check(make_project(tmp_path, {"a.csv": comma, "b.csv": sep}))
    assert lines == []
    assert [(p.id, p.text, str(p.location)) for p in inputs.proposals] == [
        ("G1-03", "a, b", "inputs/proposals/a.csv:2"), ("G1-04", "x;y", "inputs/proposals/b.csv:3")]


def test_utf16_tab_separated_unicode_text_is_read(tmp_path: Path) -> None:
    data = (HEADER.replace(";", "\t") + "\r\nG1-03\tG1\tD1\tkk\tҚұқық\tӘділет\r\n").encode("utf-16")
    inputs, lines = check(make_project(tmp_path, {"g.csv": data}))
    assert lines == [] and inputs.proposals[0].title == "Құқық"


def test_bytes_in_no_supported_encoding_are_an_error_with_the_offset(tmp_path: Path) -> None:
    data = f"{HEADER}\nG1-03;G1;D1;ru;x;".encode() + b"\x81\x82\x83\n"
    inputs, lines = check(make_project(tmp_path, {"g.csv": data, "h.csv": b"\x89PNG\r\n\x1a\n"}))
    assert lines == [
        'inputs/proposals/g.csv:2: error: not UTF-8: byte 0x81 at offset 56 cannot be decoded, '
        'nor Windows-1251 or KZ-1048 text; save it as "CSV UTF-8" [encoding.undecodable]',
        'inputs/proposals/h.csv:1: error: not UTF-8: byte 0x89 at offset 0 cannot be decoded, '
        'nor Windows-1251 or KZ-1048 text; save it as "CSV UTF-8" [encoding.undecodable]']
    assert inputs.proposals == ()


def test_kz1048_is_read_when_cp1251_does_not_fit(tmp_path: Path) -> None:
    data = f"{HEADER}\nG1-03;G1;D1;kk;Құқық;Әділет\n".encode("kz1048")
    inputs, lines = check(make_project(tmp_path, {"g.csv": data}))
    assert lines == ['inputs/proposals/g.csv: warning: read as KZ-1048 (Excel\'s plain "CSV"), not '
                     "UTF-8: this encoding cannot hold Kazakh letters other than і; save the file "
                     'as "CSV UTF-8" [csv.encoding]']
    assert inputs.proposals[0].title == "Құқық"


def test_unclosed_quote_is_an_error_at_the_row_it_opens(tmp_path: Path) -> None:
    text = f'{HEADER}\nG1-03;G1;D1;ru;T;ok\nG1-04;G1;D1;ru;T;"never closed\nG1-05;G1;D1;ru;T;x\n'
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    # at the quote that opens the field: a row of long texts is searched for it no more
    assert lines == ["inputs/proposals/g.csv:3:18: error: CSV cannot be read from here on: the quote that opens "
                     "this field is never closed (unexpected end of data) [csv.syntax]"]
    assert [p.id for p in inputs.proposals] == ["G1-03"]


def test_header_problems_are_reported_once_per_file(tmp_path: Path) -> None:
    text = ("id;group;direction;language;title;Title;remarks\n"
            "G1-03;G1;D1;ru;T;dup;note;stray\n"
            "G1-04;G1;D1;ru;T2;;;\n"
            ";;;;;;;\n")
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert lines == [
        'inputs/proposals/g.csv:1:1: error: required column "text" is missing from the header row '
        "[table.missing-column]",
        'inputs/proposals/g.csv:1:35: error: column 6 repeats "title" (first in column 5); only the '
        "first is read [table.duplicate-column]",
        "inputs/proposals/g.csv:1:41: warning: column 7 is not read. Expected one of: id, group, "
        "direction, language, title, text, addressees, timeframe, votes, sdgs, title:kk, "
        "title:ru, title:en, text:kk, text:ru, text:en but received: 'remarks' "
        "[table.unknown-column]",
        # a value past the header's last column: the row is one field longer than the header (qa s21 13)
        "inputs/proposals/g.csv:2:27: error: the row has 8 fields, the header 7 columns: the extra value "
        "'stray' is past the last column. Probably a semicolon (\";\") inside a text is not in quotes, so every "
        "field after it moved one column right; put that text in double quotes, or save the file from Excel; "
        "the row is not read [csv.extra-field]"]
    assert inputs.proposals == ()  # no proposal can be valid without a text


def test_a_value_under_a_blank_header_cell_is_not_read_and_said(tmp_path: Path) -> None:
    text = "id;group;direction;language;;title;text\nG1-03;G1;D1;ru;stray;T;Текст.\n"
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert lines == ['inputs/proposals/g.csv:2:16: error: value "stray" is in a column without a header, so it '
                     "is not read [table.unnamed-column]"]


def test_an_unquoted_comma_in_a_text_is_one_error_naming_the_extra_field(tmp_path: Path) -> None:
    # it gave four errors (an addressee "которая сдвигает столбцы", a timeframe "gov", votes "short", a
    # value without a header) and never named the cause; the shifted sdgs 3 would have been read silently
    header = "id,group,direction,language,title,text,addressees,timeframe,votes,sdgs\n"
    text = (header + "G1-01,G1,D1,ru,Заголовок,Текст с запятой, которая сдвигает столбцы,akimats,short,3,4\n"
            'G1-02,G1,D1,ru,Заголовок,"Текст, в кавычках",akimats,short,3,4\n'
            "G1-03,G1,D1,ru,Заголовок,Текст, два, раза,akimats,short,3,4,,\n")
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert lines == [
        "inputs/proposals/g.csv:2:84: error: the row has 11 fields, the header 10 columns: the extra value '4' "
        'is past the last column. Probably a comma (",") inside a text is not in quotes, so every field after it '
        "moved one column right; put that text in double quotes, or save the file from Excel; the row is not read "
        "[csv.extra-field]",
        "inputs/proposals/g.csv:4:57: error: the row has 12 fields, the header 10 columns: the extra values '3', "
        "'4' are past the last column. Probably a comma (\",\") inside a text is not in quotes, so every field "
        "after it moved one column right; put that text in double quotes, or save the file from Excel; the row "
        "is not read [csv.extra-field]"]
    assert [p.id for p in inputs.proposals] == ["G1-02"]


def test_translation_columns_and_lists(tmp_path: Path) -> None:
    # column names are read in any case; values are not ("Short" is an error: tests/test_input_hints.py)
    text = ("ID;Group;Direction;Language;Title;Text;Addressees;Timeframe;Votes;SDGs;Title:KK;text:kk\n"
            "G1-03;G1;D1;ru;Т;Текст;akimats, parliament;short;7;3, 4,4;Тақырып;Мәтін\n")
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert lines == []
    (p,) = inputs.proposals
    assert (p.addressees, p.timeframe, p.votes, p.sdgs) == (("akimats", "parliament"), "short", 7, (3, 4))
    assert p.translation("kk").title == "Тақырып" and p.translation("kk").text == "Мәтін"


def test_control_characters_in_a_row_are_warnings_at_its_line_and_the_row_is_kept(tmp_path: Path) -> None:
    text = f"{HEADER}\nG1-03;G1;D1;ru;Бюджет\x00;Текст\x07 ещё\n"
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert lines == [
        'inputs/proposals/g.csv:2:16: warning: "title" contains U+0000 (control character) at '
        'character 7; remove it (it is printed as "\ufffd") [text.control-char]',
        'inputs/proposals/g.csv:2:24: warning: "text" contains U+0007 (control character) at character '
        '6; remove it (it is printed as "\ufffd") [text.control-char]']
    (proposal,) = inputs.proposals
    assert (proposal.title, proposal.text) == ("Бюджет\ufffd", "Текст\ufffd ещё")


def test_blank_lines_above_the_header_are_skipped(tmp_path: Path) -> None:
    text = f"\n;;\n{HEADER}\nG1-03;G1;D1;ru;Поддержать НПО;Выделить гранты\n"
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert lines == []
    (proposal,) = inputs.proposals
    assert (proposal.text, str(proposal.location)) == ("Выделить гранты", "inputs/proposals/g.csv:4")


def test_kazakh_text_that_lost_all_its_letters_to_look_alikes_is_a_warning(tmp_path: Path) -> None:
    # Windows "best fit" may write қ as к, ә as а ... instead of "?": the language hint remains, and the
    # words the Kazakh dictionary reads with its letters are named (text.russian-keyboard)
    flattened = "Акимдиктер жанынан жастар истери жониндеги кенес куру туралы усыныс"
    data = f"{HEADER}\nG1-03;G1;D1;kk;Жастар;{flattened}\n".encode("cp1251")
    inputs, lines = check(make_project(tmp_path, {"g.csv": data}))
    assert lines[1:] == [
        'inputs/proposals/g.csv:2:13: warning: "language" says kk, but the text looks Russian; its '
        "Kazakh letters may have been replaced by Russian look-alikes when the file was saved in "
        'a code page; save it as "CSV UTF-8" [proposal.language-mismatch]',
        'inputs/proposals/g.csv:2:23: warning: "text" has Kazakh words with Russian letters: "истери" (did you '
        'mean «істері»?), "жониндеги" (did you mean «жөніндегі»?), "усыныс" (did you mean «ұсыныс»?); the Kazakh '
        "letters ә ғ қ ң ө ұ ү һ і may have been replaced by а г к н о у х и when the file was saved as "
        'Windows-1251: save it as "CSV UTF-8" and check these words, the text is not changed '
        "[text.russian-keyboard]"]
    assert inputs.proposals[0].text == flattened


@pytest.mark.parametrize("raw, delimiter, starts", [
    ("a,b,c\r\n", ",", [(0, 1), (0, 3), (0, 5)]),
    ('"x,y","he said ""hi""",z\n', ",", [(0, 1), (0, 7), (0, 24)]),  # delimiters and doubled quotes inside
    ('G1,"line one\nline two",last\n', ",", [(0, 1), (0, 4), (1, 11)]),  # a field after a newline in quotes
    ("a;b;;d\n", ";", [(0, 1), (0, 3), (0, 5), (0, 6)]),
    ('ab"c;d\n', ";", [(0, 1), (0, 6)]),  # a quote inside a field is a letter
])
def test_each_cell_of_a_csv_row_is_located_at_its_line_and_column(raw, delimiter, starts):
    assert field_starts(raw, delimiter) == starts


def test_title_lines_above_the_header_are_named_and_the_rows_below_read_at_their_lines(tmp_path: Path) -> None:
    # the CSV Excel saves from a sheet with a title row (load/sheet_header.py): the title line pads
    # to the table's width, and its comma is no delimiter (the header's `;` is)
    text = ("Предложения рабочей группы 1, сессия 2;;;;;\n"
            ";;;;;\n"
            ";Секретарь: Иванова;;;;\n"
            f"{HEADER}\n"
            "G1-03;G1;D1;ru;Поддержать НПО;Выделить гранты\n"
            "G1-04;G9;D1;ru;Заголовок;Текст\n")
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert lines == [
        ("inputs/proposals/g.csv:1:1: warning: line 1 is above the header line (4), so it is not read: "
         "'Предложения рабочей группы 1, сессия 2' [csv.above-header]"),
        ("inputs/proposals/g.csv:3:2: warning: line 3 is above the header line (4), so it is not read: "
         "'Секретарь: Иванова' [csv.above-header]"),
        ("inputs/proposals/g.csv:6:7: error: unknown group. Expected one of: G1, G2 but received: 'G9' "
         "[proposal.unknown-group]")]
    (proposal,) = inputs.proposals
    assert (proposal.text, str(proposal.location)) == ("Выделить гранты", "inputs/proposals/g.csv:5")
    assert str(proposal.location_of("text")) == "inputs/proposals/g.csv:5:31"


def test_a_title_line_without_delimiters_and_a_comma_header_below_an_excel_sep_line(tmp_path: Path) -> None:
    title = "Working group 2: proposals\n"
    comma = title + HEADER.replace(";", ",") + "\nG1-03,G1,D1,ru,Т,\"a; b\"\n"
    sep = "sep=;\n" + title + f"{HEADER}\nG1-04;G1;D1;ru;Т;x, y\n"
    inputs, lines = check(make_project(tmp_path, {"a.csv": comma, "b.csv": sep}))
    assert lines == [
        ("inputs/proposals/a.csv:1:1: warning: line 1 is above the header line (2), so it is not read: "
         "'Working group 2: proposals' [csv.above-header]"),
        ("inputs/proposals/b.csv:2:1: warning: line 2 is above the header line (3), so it is not read: "
         "'Working group 2: proposals' [csv.above-header]")]
    assert [(p.id, p.text, str(p.location)) for p in inputs.proposals] == [
        ("G1-03", "a; b", "inputs/proposals/a.csv:3"), ("G1-04", "x, y", "inputs/proposals/b.csv:4")]


def test_without_a_header_in_the_first_lines_the_first_line_is_the_header_and_its_columns_missing(
        tmp_path: Path) -> None:
    text = "".join(f"note {n}\n" for n in range(12)) + f"{HEADER}\nG1-03;G1;D1;ru;T;x\n"
    inputs, lines = check(make_project(tmp_path, {"g.csv": text}))
    assert ('inputs/proposals/g.csv:1:1: error: required column "id" is missing from the header row '
            "[table.missing-column]") in lines  # an error, not a file skipped as a notes page would be
    assert inputs.proposals == ()


def test_a_row_holding_only_an_id_is_one_warning_and_not_read(tmp_path: Path) -> None:
    data = f"{HEADER}\n{ROW}\nG1-04;;;;;\n;;;;;\n"
    inputs, lines = check(make_project(tmp_path, {"g.csv": data}))
    assert lines == ["inputs/proposals/g.csv:3:1: warning: the row holds only an id ('G1-04'), so it is not read: "
                     "fill the row in, or delete it [table.id-only-row]"]
    assert [p.id for p in inputs.proposals] == ["G1-03"]


def test_only_a_quote_left_open_is_named_as_never_closed() -> None:
    from recbook.load.table_reader import _unclosed_quote

    assert _unclosed_quote('a;b;"open\nnext;x\n', ";") == (0, 5)
    assert _unclosed_quote('a;"a ""b""\nc\n', ";") == (0, 3)  # doubled quotes inside do not close it
    assert _unclosed_quote('a;"ab"c;d\n', ";") is None  # closed, text after it: the reader's own message
    assert _unclosed_quote('a;"x"""\n', ";") is None  # «x"» quoted and closed
