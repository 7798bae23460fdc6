"""The strict PO reader and the stable writer."""

from __future__ import annotations

import io
from dataclasses import replace

from babel.messages.pofile import read_po as babel_read_po
from hypothesis import given, settings
from hypothesis import strategies as st

from recbook.i18n import po
from recbook.load.catalogs import read_po
from recbook.i18n.writer import format_entry, format_po, header_entry

SAMPLE = '''# a translator's note
#. Recommendation title
#: inputs/proposals/g1.yaml:2
#, fuzzy
#| msgid "Old source"
msgctxt "G1-01.title"
msgid ""
"Two lines\\n"
"with \\"quotes\\" and a tab\\t"
msgstr "Екі жол"

msgctxt "votes"
msgid "{n} vote"
msgid_plural "{n} votes"
msgstr[0] "{n} голос"
msgstr[1] "{n} голоса"
msgstr[2] "{n} голосов"

#~ msgctxt "gone"
#~ msgid "Gone"
#~ msgstr "Жоқ"
'''


def test_reader_keeps_comments_flags_previous_plural_and_lines():
    file = po.parse(SAMPLE, "x.po")
    assert file.errors == ()
    first, plural, gone = file.entries
    assert first == po.Entry(
        msgid='Two lines\nwith "quotes" and a tab\t', msgstr=("Екі жол",), msgctxt="G1-01.title",
        flags=("fuzzy",), auto_comments=("Recommendation title",), comments=("a translator's note",),
        references=("inputs/proposals/g1.yaml:2",), previous_msgid="Old source", line=6,
    )
    assert (plural.msgid_plural, plural.msgstr, plural.line) == ("{n} votes", ("{n} голос", "{n} голоса", "{n} голосов"), 12)
    assert (gone.obsolete, gone.msgctxt, gone.msgstr) == (True, "gone", ("Жоқ",))
    assert [e.key for e in file.active] == [("G1-01.title", first.msgid), ("votes", "{n} vote")]


def test_an_obsolete_fuzzy_entry_with_its_previous_source_as_msgmerge_writes_it_reads():
    # msgmerge writes `#~| msgid` for an obsolete fuzzy entry: read as `unknown keyword`, it blocked check and update
    text = ('#, fuzzy\n#~| msgctxt "old"\n#~| msgid "Старый "\n#~| "текст"\n'
            '#~ msgctxt "gone"\n#~ msgid "Новый текст"\n#~ msgstr "Жаңа мәтін"\n')
    file = po.parse(text, "x.po")
    assert file.errors == ()
    (gone,) = file.entries
    assert (gone.obsolete, gone.fuzzy, gone.previous_msgctxt, gone.previous_msgid, gone.msgctxt) == (
        True, True, "old", "Старый текст", "gone")
    assert format_entry(gone) == text.rstrip("\n").replace('"Старый "\n#~| "текст"', '"Старый текст"').split("\n")


def test_a_merge_conflict_left_in_a_catalog_is_one_error_at_its_first_marker():
    # two translators, one entry: git's markers were three "unknown keyword" errors and "msgstr appears twice"
    text = SAMPLE.replace('msgstr "Екі жол"\n', '<<<<<<< HEAD\nmsgstr "Екі жол"\n||||||| base\nmsgstr ""\n'
                          '=======\nmsgstr "Екі жол бар"\n>>>>>>> theirs\n')
    file = po.parse(text, "x.po")
    assert [(d.location.line, d.location.col, d.code) for d in file.errors] == [(10, 1, "i18n.merge-conflict")]
    assert "keep one version and delete the lines starting <<<<<<<, ======= and >>>>>>>" in file.errors[0].message
    assert [e.msgstr for e in file.entries] == [("Екі жол",), ("{n} голос", "{n} голоса", "{n} голосов"), ("Жоқ",)]


def test_an_entry_whose_comments_alone_change_keeps_its_msgid_and_msgstr_lines_as_its_editor_wrote_them():
    # OmegaT writes a long msgstr on one line; an update that only moved its `#:` line (a line removed above it
    # in conference.yaml) rewrapped it at 79 columns: a change in every entry below that no translator made
    long = "Қазақстан Республикасы Мәдениет және ақпарат министрлігінің Азаматтық қоғам істері комитеті"
    text = (f'msgid ""\nmsgstr "Language: kk\\n"\n\n#: inputs/conference.yaml:80\nmsgctxt "addressees.cs"\n'
            f'msgid "Комитет"\nmsgstr "{long}"\n')
    old = po.parse(text, "x.po")
    (entry,) = old.entries
    moved = replace(entry, references=("inputs/conference.yaml:79",))
    assert format_po(old.header_entry, [moved], old) == text.replace(":80", ":79")
    fuzzy = replace(moved, flags=("fuzzy",))  # a flag is a comment too
    assert format_po(old.header_entry, [fuzzy], old) == text.replace(":80", ":79\n#, fuzzy")
    retranslated = replace(moved, msgstr=(long + ".",))  # a changed msgstr is written anew, wrapped
    assert 'msgstr ""\n"Қазақстан' in format_po(old.header_entry, [retranslated], old)


def test_a_file_saved_with_windows_or_classic_mac_line_ends_reads_the_same():
    lf = po.parse(SAMPLE, "x.po")
    for line_end in ("\r\n", "\r"):
        other = po.parse(SAMPLE.replace("\n", line_end), "x.po")
        assert other.errors == () and other.entries == lf.entries, repr(line_end)


def test_reader_agrees_with_babel_on_a_valid_file(repo_root):
    path = repo_root / "locales/ru/LC_MESSAGES/book.po"
    ours = {(e.msgctxt, e.msgid): e.msgstr for e in read_po(path).active}
    theirs = babel_read_po(io.BytesIO(path.read_bytes()))
    babel = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id):
             tuple(m.string) if isinstance(m.string, tuple) else (m.string,) for m in theirs if m.id}
    assert ours == babel


def test_shipped_catalogs_round_trip_byte_for_byte(repo_root):
    # written back with what was read: every entry as it was, whatever laid it out (tests/test_i18n_poedit.py)
    for lang in ("kk", "ru", "en"):
        path = repo_root / f"locales/{lang}/LC_MESSAGES/book.po"
        file = read_po(path)
        assert format_po(file.header_entry, list(file.entries), file) == path.read_text(encoding="utf-8")


def test_undecodable_bytes_are_an_error_with_line_and_offset(tmp_path):
    path = tmp_path / "cp1251.po"
    path.write_bytes('msgid "a"\nmsgstr "'.encode() + "Қазақ".encode("cp1251", errors="replace") + b'\xff"\n')
    file = read_po(path, "cp1251.po")
    assert [(str(d.location), d.code) for d in file.errors] == [("cp1251.po:2:10", "i18n.encoding")]  # the column of the first bad byte (qa s21)


def test_a_catalog_saved_in_the_code_page_its_header_names_is_said_so(tmp_path):
    # QA s23: a Poedit user's "charset=CP1251" catalog was "not UTF-8 (byte offset 112)" and no more
    path = tmp_path / "content.ru.po"
    path.write_bytes('msgid ""\nmsgstr "Content-Type: text/plain; charset=CP1251\\n"\n\nmsgid "a"\nmsgstr "Жаңа"\n'
                     .encode("cp1251", errors="replace"))
    (problem,) = read_po(path, "content.ru.po").errors
    assert (str(problem.location), problem.code) == ("content.ru.po:5:9", "i18n.encoding")
    assert problem.message.endswith(": its header names charset=CP1251 (recbook reads catalogs as UTF-8 only, and "
                                    "a code page such as Windows-1251 has no ә ғ қ ң ө ұ ү һ); save the file as "
                                    "UTF-8 and write charset=UTF-8 in its header")


def test_unknown_escape_and_orphan_continuation_are_syntax_errors():
    file = po.parse('msgid "a\\q"\nmsgstr "b"\n\n"orphan"\n', "x.po")
    assert [(d.location.line, d.message) for d in file.errors] == [
        (1, "unknown escape sequence '\\q'"), (4, "string continuation without a keyword before it")]


text = st.text(st.characters(blacklist_categories=("Cs", "Cc"))
               | st.sampled_from(["\n", "\t", '"', "\\", "\u2028", "\x85", "\x0c", "\x0b"]), max_size=200)


@settings(max_examples=150, deadline=None)
@given(msgid=text.filter(bool), msgstr=text, context=st.none() | text)
def test_writer_output_reads_back_to_the_same_entry(msgid, msgstr, context):
    entry = po.Entry(msgid=msgid, msgstr=(msgstr,), msgctxt=context, flags=("fuzzy",), previous_msgid=msgid + "x")
    file = po.parse("\n".join(format_entry(header_entry({"Language": "kk"}))) + "\n\n" + "\n".join(format_entry(entry)), "h.po")
    assert file.errors == ()
    assert file.entries[0] == po.Entry(msgid=msgid, msgstr=(msgstr,), msgctxt=context, flags=("fuzzy",),
                                       previous_msgid=msgid + "x", line=file.entries[0].line)


def test_a_string_ending_in_an_escaped_quote_is_not_closed():
    file = po.parse(r'''msgid "a"
msgstr "say \"hi\" \\"

msgid "b"
msgstr "ends \"
''', "x.po")
    assert file.entries[0].msgstr == ('say "hi" \\',)
    assert [(d.location.line, d.message) for d in file.errors] == [
        (5, "string not closed: the line must end with '\"'")]


def test_a_msgstr_character_is_located_at_its_own_line_and_column():
    # diagnostics about a translation said the msgctxt line and no column; they need where the character is
    text = ('msgctxt "a"\nmsgid "Say {n}"\nmsgstr ""\n"\\"Скажи\\" "\n   "и {m}"\n\n'
            '#~ msgctxt "b"\n#~ msgid "x"\n#~ msgstr "y {z}"\n')
    first, obsolete = po.parse(text, "t.po").entries
    value = first.msgstr[0]
    assert value == '"Скажи" и {m}'
    assert str(first.at("t.po", 0, value.index("{m}"))) == "t.po:5:7"  # on its continuation line, after 3 spaces
    assert str(first.at("t.po", 0, value.index("Скажи"))) == "t.po:4:4"  # an escaped quote takes two columns
    assert str(first.at("t.po", 0)) == "t.po:4:2"  # an empty first line holds no character
    assert str(obsolete.at("t.po", 0, 2)) == "t.po:9:14"
