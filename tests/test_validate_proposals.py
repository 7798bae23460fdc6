"""Proposal validation: every bad value reported once, texts kept literally (RELIABILITY 7–11)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from inputs_project import DATA, check, make_project
from recbook.model import Proposal

ITEM = "- {id: G1-01, group: G1, direction: D1, language: ru, title: %s, text: %s}\n"


def col(line: str, needle: str) -> int:
    """Return the 1-based column where `needle` starts in `line`."""
    return line.index(needle) + 1


def one(tmp_path: Path, title: str, text: str,
        language: str = "ru") -> tuple[Proposal | None, list[str]]:
    """Validate a project with one YAML proposal; return it (if valid) and the diagnostics."""
    item = (ITEM % (title, text)).replace("language: ru", f"language: {language}")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": item}))
    return (inputs.proposals[0] if inputs.proposals else None), lines


def test_the_minimal_sample_is_clean_and_fully_located() -> None:
    inputs, lines = check(DATA / "minimal")
    assert lines == []
    first, second = inputs.proposals
    assert first.text == "Принять поправки, позволяющие НПО создавать эндаумент-фонды."
    assert (first.addressees, first.timeframe, first.votes, first.sdgs) == (
        ("parliament", "akimats"), "medium", 12, (16, 17))
    assert first.translation("kk").title == "ҮЕҰ эндаумент-қорларын дамыту"
    assert first.translation("kk").text is None
    assert str(first.location) == "inputs/proposals/g1.yaml:1:3"
    assert str(first.location_of("title")) == "inputs/proposals/g1.yaml:5:10"
    assert str(first.location_of("title:kk")) == "inputs/proposals/g1.yaml:13:13"
    assert (second.addressees, second.sdgs, second.votes, second.timeframe) == (
        ("akimats",), (4, 16), None, None)


def test_every_bad_value_is_one_error_all_in_one_run() -> None:
    inputs, lines = check(DATA / "bad-values")
    where = "inputs/proposals/bad.yaml"
    assert lines == [
        f"{where}:10:9: error: duplicate id 'G1-01': already used at {where}:4:9 [proposal.duplicate-id]",
        f"{where}:11:12: error: unknown group. Expected one of: G1, G2 but received: 'G9' "
        "[proposal.unknown-group]",
        f"{where}:12:16: error: unknown direction. Expected one of: D1, D2 but received: 'D7' "
        "[proposal.unknown-direction]",
        f"{where}:13:15: error: unknown language. Expected one of: kk, ru, en but received: 'de' "
        "[proposal.unknown-language]",
        f'{where}:15:11: error: "text" is empty [proposal.empty-field]',
        f"{where}:16:17: error: unknown addressee. Expected one of: akimats, parliament but "
        "received: 'ministry' [proposal.unknown-addressee]",
        f"{where}:17:16: error: unknown timeframe. Expected one of: short, medium, long but "
        "received: 'soon' [proposal.bad-timeframe]",
        f"{where}:18:12: error: votes cannot be negative, but received: '-3' [proposal.negative-votes]",
        f"{where}:19:11: error: no such SDG: the goals are numbered 1 to 17, but received: '18' "
        "[proposal.bad-sdg]",
    ]
    assert [p.id for p in inputs.proposals] == ["G1-01"]  # the bad one is left out


def test_missing_keys_unknown_keys_and_bad_numbers(tmp_path: Path) -> None:
    text = ("- id: G1 01\n  group: G1\n  direction: D1\n  language: ru\n  title: T\n"
            "  votes: 3.5\n  sdgs: [3, x]\n  titel: typo\n  title:de: Titel\n"
            "- just a text\n")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": text}))
    keys = ("id, group, direction, language, title, text, addressees, timeframe, votes, sdgs, "
            "title:kk, title:ru, title:en, text:kk, text:ru, text:en")
    assert lines == [
        "inputs/proposals/p.yaml:1:3: error: missing required key \"text\" [proposal.missing-field]",
        "inputs/proposals/p.yaml:1:7: error: id may hold Latin letters, digits, '.', '-' and '_' "
        "only, but received: 'G1 01' [proposal.bad-id]",
        "inputs/proposals/p.yaml:6:10: error: votes must be a whole number, but received: '3.5' "
        "[proposal.bad-votes]",
        "inputs/proposals/p.yaml:7:13: error: no such SDG: the goals are numbered 1 to 17, but "
        "received: 'x' [proposal.bad-sdg]",
        f"inputs/proposals/p.yaml:8:3: warning: key 'titel' is not read. Expected one of: {keys} "
        "but received: 'titel'; did you mean 'title'? [proposal.unknown-key]",
        f"inputs/proposals/p.yaml:9:3: warning: key 'title:de' is not read. Expected one of: {keys} "
        "but received: 'title:de' [proposal.unknown-key]",
        "inputs/proposals/p.yaml:10:3: error: a proposal is a mapping of keys, not a text "
        "[proposal.not-a-mapping]",
    ]
    assert inputs.proposals == ()


def test_text_is_normalized_to_nfc_but_never_nfkc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Қазақстан йод")
    assert decomposed != "Қазақстан йод"
    proposal, lines = one(tmp_path, f'"{decomposed} № 5"', '"Итоги… ﬁ ½"')
    assert lines == []
    assert proposal.title == "Қазақстан йод № 5"
    assert proposal.text == "Итоги… ﬁ ½"  # NFKC would give "No", "...", "fi" and "1⁄2"


def test_mixed_script_words_are_a_warning_and_the_text_is_unchanged(tmp_path: Path) -> None:
    mixed = "Қазақстaн жастарынa iс"  # Latin a (twice) and a Latin i for Kazakh і
    proposal, lines = one(tmp_path, "COVID-19 және IT-компаниялар", mixed, "kk")
    at = col(ITEM % ("COVID-19 және IT-компаниялар", mixed), mixed)
    assert lines == [
        f'inputs/proposals/p.yaml:1:{at}: warning: "text" has words mixing Latin and Cyrillic '
        'letters: "Қазақстaн" (Latin a), "жастарынa" (Latin a), "iс" (Latin i); check them, the '
        "text is not changed [text.mixed-script]"]
    assert proposal.text == mixed


def test_control_characters_are_warnings_and_the_proposal_is_kept_with_a_visible_mark(tmp_path: Path) -> None:
    title, text = '"Бюджет\\x0b2026"', '"Текст\\uFFFE и \\uD800 ещё"'
    proposal, lines = one(tmp_path, title, text)
    line = ITEM % (title, text)
    assert lines == [
        f'inputs/proposals/p.yaml:1:{col(line, title)}: warning: "title" contains U+000B (control '
        'character) at character 7; remove it (it is printed as "\ufffd") [text.control-char]',
        f'inputs/proposals/p.yaml:1:{col(line, text)}: warning: "text" contains U+FFFE (noncharacter) at character '
        '6, U+D800 (lone surrogate) at character 10; remove it (it is printed as "\ufffd") '
        "[text.control-char]"]
    assert proposal.title == "Бюджет\ufffd2026"
    assert proposal.text == "Текст\ufffd и \ufffd ещё"
    proposal.text.encode("utf-8")  # no lone surrogate is left to break a writer


def test_markup_and_template_syntax_are_kept_literally(tmp_path: Path) -> None:
    text = "<script>alert(1)</script> & {{ 7*7 }} {% if x %} <b>R&D</b>"
    proposal, lines = one(tmp_path, "'A < B & C'", f"'{text}'")
    assert lines == []
    assert (proposal.title, proposal.text) == ("A < B & C", text)


def test_translation_in_the_proposals_own_language_is_named_not_used(tmp_path: Path) -> None:
    text = ITEM % ("Т", "Текст")
    text = text.replace("}", ", title:ru: Другой, text:en: English}")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": text}))
    assert lines == [f'inputs/proposals/p.yaml:1:{col(text, "Другой")}: warning: "title:ru" is not read: the proposal '
                     "itself is written in ru [proposal.own-language-translation]"]
    assert [(t.language, t.title, t.text) for t in inputs.proposals[0].translations] == [
        ("en", None, "English")]


def test_duplicate_addressees_and_sdgs_are_printed_once(tmp_path: Path) -> None:
    text = (ITEM % ("Т", "Текст")).replace("}", ", addressees: 'akimats;akimats', sdgs: [3, 3]}")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": text}))
    at = col(text, "'akimats;")
    assert lines == [f"inputs/proposals/p.yaml:1:{at}: warning: addressee 'akimats' is listed twice; "
                     "it is printed once [proposal.duplicate-value]"]
    assert (inputs.proposals[0].addressees, inputs.proposals[0].sdgs) == (("akimats",), (3,))


def test_several_bad_values_in_one_place_are_each_reported(tmp_path: Path) -> None:
    text = ("- {id: G1-01, group: G1, direction: D1, language: ru, title: [a, b],"
            " sdgs: '0, 18, 3', addressees: 'x;y'}\n")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": text}))
    title, sdgs, addressees = col(text, "[a, b]"), col(text, "'0, 18"), col(text, "'x;y'")
    assert lines == [
        'inputs/proposals/p.yaml:1:3: error: missing required key "text" [proposal.missing-field]',
        f'inputs/proposals/p.yaml:1:{title}: error: "title" must be a text, not a list '
        "[value.not-text]",
        f"inputs/proposals/p.yaml:1:{sdgs}: error: no such SDG: the goals are numbered 1 "
        "to 17, but received: '0' [proposal.bad-sdg]",
        f"inputs/proposals/p.yaml:1:{sdgs}: error: no such SDG: the goals are numbered 1 "
        "to 17, but received: '18' [proposal.bad-sdg]",
        f"inputs/proposals/p.yaml:1:{addressees}: error: unknown addressee. Expected one of: "
        "akimats, parliament but received: 'x' [proposal.unknown-addressee]",
        f"inputs/proposals/p.yaml:1:{addressees}: error: unknown addressee. Expected one of: "
        "akimats, parliament but received: 'y' [proposal.unknown-addressee]",
    ]
    assert inputs.proposals == ()


def test_each_missing_key_is_reported(tmp_path: Path) -> None:
    _, lines = check(make_project(tmp_path, {"p.yaml": "- {id: G1-01, group: G1}\n"}))
    assert lines == [f'inputs/proposals/p.yaml:1:3: error: missing required key "{key}" '
                     "[proposal.missing-field]" for key in ("direction", "language", "text", "title")]


def test_a_text_that_does_not_look_like_its_language_is_a_warning(tmp_path: Path) -> None:
    russian = "Создать при акиматах советы по делам молодёжи с участием студенческих организаций"
    kazakh = "Әкімдіктер жанынан студенттік ұйымдардың қатысуымен жастар істері жөніндегі кеңес құру"
    text = (f"- {{id: G1-01, group: G1, direction: D1, language: kk, title: Т, text: {russian},"
            f" text:en: {kazakh}}}\n"
            f"- {{id: G1-02, group: G1, direction: D1, language: kk, title: Т, text: {kazakh}}}\n")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": text}))
    assert lines == [
        f'inputs/proposals/p.yaml:1:{col(text, "kk")}: warning: "language" says kk, but the text '
        "looks Russian; check which language it is [proposal.language-mismatch]",
        f'inputs/proposals/p.yaml:1:{col(text, "Әкім")}: warning: "text:en" says en, but the text '
        "looks Kazakh; check which language it is [proposal.language-mismatch]"]
    assert len(inputs.proposals) == 2


def test_votes_and_goals_are_written_in_ascii_digits(tmp_path: Path) -> None:
    # "٣" (Arabic-Indic) and "５" (fullwidth) were read as 3 and 5: not the number a reader sees
    text = ("- id: G1-01\n  group: G1\n  direction: D1\n  language: ru\n  title: T\n  text: X\n"
            "  votes: \"٣\"\n  sdgs: [\"５\", 4]\n")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": text}))
    assert lines == [
        "inputs/proposals/p.yaml:7:10: error: votes must be a whole number, but received: '٣' [proposal.bad-votes]",
        "inputs/proposals/p.yaml:8:10: error: no such SDG: the goals are numbered 1 to 17, but received: '５' "
        "[proposal.bad-sdg]",
    ]
def _ids(tmp_path: Path, *ids: str) -> tuple[list[str], list[str]]:
    """Validate one proposal per id (in that order); return the ids kept and the diagnostics."""
    items = "".join((ITEM % ("Заголовок", "Текст")).replace("G1-01", id_) for id_ in ids)
    inputs, lines = check(make_project(tmp_path, {"p.yaml": items}))
    return [p.id for p in inputs.proposals], lines


def test_an_id_whose_translation_keys_are_the_conferences_is_refused(tmp_path: Path) -> None:
    # "conference.title" was the key of both titles: the kk cover printed the proposal's Russian one
    kept, lines = _ids(tmp_path, "G1-01", "conference")
    assert kept == ["G1-01"]
    assert lines == ["inputs/proposals/p.yaml:2:8: error: id 'conference' cannot be told apart in the translators' "
                     "catalogs: its keys conference.title and conference.text are among conference.*, the keys of "
                     "the conference's own texts; rename the proposal [proposal.bad-id]"]


def test_an_id_that_is_another_proposals_recommendation_id_is_refused_wherever_it_stands(tmp_path: Path) -> None:
    # R-G1-01.title is recommendation R-G1-01's key once decisions.yaml edits G1-01's wording
    kept, lines = _ids(tmp_path, "R-G1-01", "G1-01")
    assert kept == ["G1-01"]
    assert lines == ["inputs/proposals/p.yaml:1:8: error: id 'R-G1-01' cannot be told apart in the translators' "
                     "catalogs: its keys R-G1-01.title and R-G1-01.text are also those of recommendation R-G1-01 "
                     "(of proposal G1-01, at inputs/proposals/p.yaml:2:8) once decisions.yaml edits its wording; "
                     "rename the proposal [proposal.bad-id]"]


def test_an_id_whose_key_is_a_label_of_the_book_is_refused(tmp_path: Path) -> None:
    kept, lines = _ids(tmp_path, "sheet")
    assert kept == []
    assert [line.split(": ", 2)[2] for line in lines] == [
        "id 'sheet' cannot be told apart in the translators' catalogs: its key sheet.title is also a label of the "
        "book's own wording (book.po); rename the proposal [proposal.bad-id]"]


def test_ids_near_the_reserved_keys_are_kept(tmp_path: Path) -> None:
    kept, lines = _ids(tmp_path, "G1-01", "R-G9-99", "conference-2", "Conference", "groups.G1")
    assert (kept, lines) == (["G1-01", "R-G9-99", "conference-2", "Conference", "groups.G1"], [])


def test_an_id_whose_key_is_a_groups_key_is_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"p.yaml": (ITEM % ("Заголовок", "Текст")).replace("id: G1-01", "id: groups.G2")})
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace("- id: G2\n", "- id: G2.title\n"), "utf-8")
    inputs, lines = check(project)
    assert inputs.proposals == ()
    assert [line.split(": ", 2)[2] for line in lines] == [
        "id 'groups.G2' cannot be told apart in the translators' catalogs: its key groups.G2.title is also the key "
        "of group 'G2.title'; rename the proposal [proposal.bad-id]"]


def test_two_ids_differing_only_in_case_are_one_id_numbered_twice(tmp_path: Path) -> None:
    # qainput s23: G1-01 and g1-01 were both printed, without a word, while a decision naming g1-01 is taken
    # to mean G1-01 when only that one exists (decisions.misspelt-id)
    text = ("- {id: G1-01, group: G1, direction: D1, language: ru, title: Первое, text: Первый текст}\n"
            "- {id: g1-01, group: G1, direction: D1, language: ru, title: Второе, text: Второй текст}\n"
            "- {id: G1-02, group: G1, direction: D1, language: ru, title: Третье, text: Третий текст}\n")
    inputs, lines = check(make_project(tmp_path, {"p.yaml": text}))
    where = "inputs/proposals/p.yaml"
    assert lines == [f"{where}:2:8: error: id 'g1-01' differs from 'G1-01' (at {where}:1:8) only in case, which "
                     "people, decisions and spreadsheets read as one id: give one of them another number "
                     "[proposal.duplicate-id]"]
    assert [p.id for p in inputs.proposals] == ["G1-01", "G1-02"]
