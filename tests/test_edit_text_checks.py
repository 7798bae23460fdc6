"""An edit's title and text (inputs/decisions.yaml) get the text checks a proposal's get, at their line:col.

They are printed in the book as a proposal's are, in the language an edit is written in: the
conference's source language (docs/decisions.md). QA s21: an edit typed on a Russian keyboard in a
Kazakh conference («Казакстан» for «Қазақстан») was not warned, though the same words in a proposal are.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from inputs_project import make_project
from recbook.cli import main

PROPOSALS = """\
- id: G1-01
  group: G1
  direction: D1
  language: kk
  title: Жастар кеңестерін құру
  text: Әр ауданда жастар кеңесін құру.
- id: G2-01
  group: G2
  direction: D2
  language: ru
  title: Поддержать молодёжь в сёлах
  text: Почему? потому что молодёжь уезжает из сёл.
"""
TYPED_TITLE = "Казакстан жастарын колдау"  # «Қазақстан жастарын қолдау» without its Kazakh letters
LOST_ENDS = "Әр ауданда жастар кеңесін құру, барлы? ауылды? округтерде."


def check(tmp_path: Path, decisions: str, source: str = "kk") -> list[str]:
    """Return the diagnostics `recbook check` says of inputs/decisions.yaml."""
    project = make_project(tmp_path, {"g.yaml": PROPOSALS})
    conference = project / "inputs" / "conference.yaml"
    conference.write_text(conference.read_text("utf-8").replace("source_language: ru", f"source_language: {source}"),
                          "utf-8")
    (project / "inputs" / "decisions.yaml").write_text(decisions, "utf-8")
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert "Traceback" not in result.output
    return [line for line in result.stderr.splitlines() if line.startswith("inputs/decisions.yaml")]


def test_an_edit_typed_on_a_russian_keyboard_is_warned_at_its_title(tmp_path):
    lines = check(tmp_path, f"- edit: G1-01\n  title: {TYPED_TITLE}\n")
    assert lines == [
        'inputs/decisions.yaml:2:10: warning: "title" has Kazakh words typed with Russian letters: "Казакстан" '
        '(did you mean «Қазақстан»?), "колдау" (did you mean «қолдау»?); the Kazakh letters ә ғ қ ң ө ұ ү һ і were '
        "probably typed as а г к н о у х и: retype them, the text is not changed [text.russian-keyboard]"]


def test_an_edit_with_letters_lost_at_word_ends_is_warned_at_its_text(tmp_path):
    lines = check(tmp_path, f"- edit: G1-01\n  text: {LOST_ENDS}\n")
    assert lines == [
        'inputs/decisions.yaml:2:9: warning: "text" has "?" ending Cyrillic words inside a sentence ("барлы?", '
        '"ауылды?"): in Kazakh text these are usually letters (қ, ғ, ң …) lost in an encoding conversion; retype '
        "them if so [text.lost-letters-at-end]"]


def test_an_edit_gets_every_warning_a_proposal_with_the_same_words_gets(tmp_path):
    # the same title and text in a Kazakh proposal, and in an edit: one set of warnings, each at its value
    text = "Әр  ауданда жастар кеңесін құру, 3-5 жыл, Kазақстан барлы? ауылды? округтерде."
    edit = check(tmp_path / "edit", f'- edit: G1-01\n  title: {TYPED_TITLE}\n  text: "{text}"\n')
    project = make_project(tmp_path / "proposal", {"g.yaml": PROPOSALS.replace(
        "title: Жастар кеңестерін құру\n  text: Әр ауданда жастар кеңесін құру.",
        f'title: {TYPED_TITLE}\n  text: "{text}"')})
    result = CliRunner().invoke(main, ["check", "--project", str(project)])
    proposal = [line.split(": ", 1)[1] for line in result.stderr.splitlines() if line.startswith("inputs/proposals")]
    assert [line.split(": ", 1)[1] for line in edit] == proposal
    assert {line.rsplit("[", 1)[1] for line in edit} == {
        "text.russian-keyboard]", "text.lost-letters-at-end]", "text.mixed-script]", "text.range-hyphen]",
        "text.whitespace]"}


def test_an_edit_in_a_russian_conference_is_not_read_as_kazakh(tmp_path):
    # the Kazakh checks follow the language an edit is written in: Russian «колдау» is no word typed wrong
    assert check(tmp_path, "- edit: G2-01\n  text: Почему? потому что молодёжь уезжает.\n", source="ru") == []


@pytest.mark.parametrize("field", ["title", "text"])
def test_an_edit_repeating_its_proposals_own_words_is_read_in_their_language(tmp_path, field):
    # words an edit repeats letter for letter are printed in the proposal's language (Recommendation.wording),
    # and were checked there: the Russian «Почему? потому что» is not a Kazakh word with a lost letter
    own = {"title": "Поддержать молодёжь в сёлах", "text": "Почему? потому что молодёжь уезжает из сёл."}[field]
    assert check(tmp_path, f"- edit: G2-01\n  {field}: {own}\n") == []
