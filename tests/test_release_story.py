"""The secretariat's story, end to end through the CLI: drafts, late changes, a final edition 1, a later build.

Draft → a late proposal → a corrected vote → a forced merge → `release --edition 1
--final` → another proposal, and one rejected → build: the edition-1 numbers are
unchanged, the changelog says exactly what changed (in each language), the Russian
translations still sit on the recommendations they were made for, the internal
provenance report tells every original's fate, and each group's sheet tells it its own.
"""

from __future__ import annotations

import csv
import html as html_lib
import io
import json
import re
import shutil
from pathlib import Path

import docx
import pypdf
import pytest
from click.testing import CliRunner

from pdf_helpers import squash
from recbook.cli import main
from recbook.diagnostics import Report
from recbook.pipeline import check_project

pytestmark = pytest.mark.slow

CONFERENCE = """\
id: story
source_language: en
languages: [en, ru]
title: Civic forum
date: 2025-09-26
city: Almaty
organizers: [ARGO]
directions:
  - {id: D1, title: NGO resilience}
  - {id: D2, title: Youth}
groups:
  - {id: G1, name: Group one}
  - {id: G2, name: Group two}
  - {id: G3, name: Group three}
addressees:
  - {id: parliament, name: Parliament}
"""

PROPOSALS = {
    "G1-01": ("G1", "D1", 10, "Endowment funds for NGOs", "Allow NGOs to create endowment funds."),
    "G1-02": ("G1", "D1", 5, "Tax relief for donors", "Give individual donors a tax deduction."),
    "G2-01": ("G2", "D1", 4, "Long-term capital for civil society",
              "Let associations keep a permanent capital whose income pays their work."),
    "G2-02": ("G2", "D2", 8, "Youth councils", "Create a youth council in every district."),
}
LATE = {"G3-01": ("G3", "D1", 7, "Open registry of NGOs", "Publish a register of every NGO.")}
AFTER_EDITION_1 = {"G2-03": ("G2", "D1", 50, "Grants for rural NGOs", "Fund NGOs in villages through small grants.")}
REJECTED = {"G3-02": ("G3", "D2", 2, "Ban all cars", "Ban private cars in every city.")}
KEEP_WORDING = "- {edit: G1-01, title: Endowment funds for NGOs, text: Allow NGOs to create endowment funds.}\n"
REJECTION = "- {reject: G3-02, reason: outside the forum's remit}\n"


def write_proposals(project: Path, name: str, items: dict) -> None:
    lines = [f"- {{id: {pid}, group: {g}, direction: {d}, language: en, votes: {v}, title: {t}, text: {x}}}\n"
             for pid, (g, d, v, t, x) in items.items()]
    (project / "inputs" / "proposals" / name).write_text("".join(lines), encoding="utf-8")


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def translate_to_russian(project: Path) -> None:
    """Play the translator: every untranslated content string gets "РУ " + its English source."""
    run("i18n", "update", "--project", str(project))
    po = project / "locales" / "ru" / "LC_MESSAGES" / "content.en.po"
    text = re.sub(r'msgid "(.+)"\nmsgstr ""\n', lambda m: f'msgid "{m.group(1)}"\nmsgstr "РУ {m.group(1)}"\n',
                  po.read_text(encoding="utf-8"))
    po.write_text(text, encoding="utf-8")


def books(project: Path):
    report = Report()
    checked = check_project(project, report, final=False)
    assert checked is not None and not report.errors
    return checked.books


def numbers(project: Path) -> dict[str, str]:
    book = books(project)["en"]
    return {r.id: r.number for d in book.directions for r in d.recommendations}


def docx_text(path: Path) -> str:
    return squash(" ".join(p.text for p in docx.Document(str(path)).paragraphs))


def pdf_text(path: Path) -> str:
    return squash(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages))


@pytest.fixture(scope="module", autouse=True)
def no_office():
    """Build DOCX without LibreOffice's page numbers: this story is about numbers and changes, and
    it is quicker (test_docx_libreoffice covers the layout)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECBOOK_SOFFICE", "")
        yield


@pytest.fixture(scope="module")
def story(tmp_path_factory, no_office) -> Path:
    """Run the story up to the build after edition 1; return the project."""
    project = tmp_path_factory.mktemp("story")
    (project / "inputs" / "proposals").mkdir(parents=True)
    (project / "inputs" / "conference.yaml").write_text(CONFERENCE, encoding="utf-8")
    proposals = dict(PROPOSALS)
    write_proposals(project, "groups.yaml", proposals)
    run("i18n", "extract", "--project", str(project))
    run("build", "--project", str(project), "--format", "docx")
    assert numbers(project) == {"R-G1-01": "1.1", "R-G1-02": "1.2", "R-G2-01": "1.3", "R-G2-02": "2.1"}
    # a late proposal: before any release, numbers simply follow the support
    write_proposals(project, "late.yaml", LATE)
    assert numbers(project) == {"R-G1-01": "1.1", "R-G3-01": "1.2", "R-G1-02": "1.3", "R-G2-01": "1.4",
                                "R-G2-02": "2.1"}
    # a corrected vote: G1-02 had 20 votes, not 5
    proposals["G1-02"] = ("G1", "D1", 20, *PROPOSALS["G1-02"][3:])
    write_proposals(project, "groups.yaml", proposals)
    # a forced merge: the editors put G2-01 under G1-01, and keep G1-01's words for both (a final
    # edition refuses a merge printed in one member's words nobody has approved: editorial.unedited)
    (project / "inputs" / "decisions.yaml").write_text(f"- merge: [G1-01, G2-01]\n{KEEP_WORDING}",
                                                       encoding="utf-8")
    assert numbers(project) == {"R-G1-02": "1.1", "R-G1-01": "1.2", "R-G3-01": "1.3", "R-G2-02": "2.1"}
    translate_to_russian(project)
    out = run("release", "--project", str(project), "--edition", "1", "--final", "--date", "2025-10-15")
    assert "released final edition 1 of 2025-10-15" in out
    # another proposal, with the most votes of all; and one the editors reject
    write_proposals(project, "after.yaml", AFTER_EDITION_1 | REJECTED)
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write(REJECTION)
    run("build", "--project", str(project), "--format", "docx")
    return project


def test_edition_1_is_recorded_and_archived(story):
    recorded = (story / "inputs" / "editions.yaml").read_text(encoding="utf-8")
    assert re.findall(r'"(R-[^"]+)": "(\d+\.\d+)"', recorded) == [
        ("R-G1-02", "1.1"), ("R-G1-01", "1.2"), ("R-G3-01", "1.3"), ("R-G2-02", "2.1")]
    assert "- edition: 1\n  date: 2025-10-15\n  final: true\n" in recorded
    archive = story / "output" / "editions" / "1"
    names = {"story.en.pdf", "story.ru.pdf", "story.en.docx", "story.ru.docx"}
    assert {p.name for p in archive.iterdir()} == names | {"manifest.json"}  # no changelog: the first edition
    manifest = json.loads((archive / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["files"]) == names


def test_edition_1_says_final_edition_with_its_number_and_date(story):
    archive = story / "output" / "editions" / "1"
    en, ru = pdf_text(archive / "story.en.pdf"), pdf_text(archive / "story.ru.pdf")
    # the cover's label is set in capitals by the CSS; the imprint prints it as written
    assert "FINALEDITION" in en and squash("Edition 1, 15 October 2025 · Final edition") in en
    assert "DRAFT" not in en.upper()
    assert squash("Издание 1, 15 октября 2025 года · Окончательная редакция") in ru
    props = docx.Document(str(archive / "story.ru.docx")).core_properties
    assert (props.version, props.content_status) == ("1", "Издание 1, 15 октября 2025 года · Окончательная редакция")
    assert squash("Издание 1, 15 октября 2025 года") in docx_text(archive / "story.ru.docx")
    reader = pypdf.PdfReader(io.BytesIO((archive / "story.en.pdf").read_bytes()))
    assert "Edition 1, 15 October 2025. Final edition" in reader.metadata.subject


def test_a_later_build_keeps_edition_1_numbers_and_adds_at_the_end(story):
    assert numbers(story) == {"R-G1-02": "1.1", "R-G1-01": "1.2", "R-G3-01": "1.3", "R-G2-03": "1.4",
                              "R-G2-02": "2.1"}
    text = docx_text(story / "output" / "story.en.docx")
    assert "Finaledition" not in text and "Draft" in text  # a build is a draft


def test_the_merge_of_edition_1_is_still_there(story):
    book = books(story)["en"]
    rec = next(r for d in book.directions for r in d.recommendations if r.id == "R-G1-01")
    assert [m.proposal_id for m in rec.members] == ["G1-01", "G2-01"] and rec.members[1].how == "manual"
    assert rec.votes == 14


def test_the_changelog_is_exact_in_each_language(story):
    en, ru = books(story)["en"].changelog, books(story)["ru"].changelog
    assert plain(en.heading) == "Annex 3. Changes since edition 1 of 15 October 2025"
    assert [(g.heading, [(e.number, e.title.value) for e in g.entries]) for g in en.groups] == [
        ("Added", [("1.4", "Grants for rural NGOs")])]
    assert plain(ru.heading) == "Приложение 3. Изменения по сравнению с изданием 1 от 15 октября 2025 года"
    assert [(g.heading, [e.number for e in g.entries]) for g in ru.groups] == [("Добавлены", ["1.4"])]
    text = docx_text(story / "output" / "story.ru.docx")
    assert squash("Приложение 3. Изменения по сравнению с изданием 1 от 15 октября 2025 года Добавлены 1.4 "
                  "Grants for rural NGOs") in text


def test_translations_stay_on_their_recommendations(story):
    ru = books(story)["ru"]
    titles = {r.number: (r.title.value, r.title.fallback) for d in ru.directions for r in d.recommendations}
    assert titles == {
        "1.1": ("РУ Tax relief for donors", False), "1.2": ("РУ Endowment funds for NGOs", False),
        "1.3": ("РУ Open registry of NGOs", False), "1.4": ("Grants for rural NGOs", True),  # not yet translated
        "2.1": ("РУ Youth councils", False)}


def test_a_final_edition_cannot_be_released_again(story):
    result = CliRunner().invoke(main, ["release", "--project", str(story), "--edition", "1", "--date", "2025-11-01"])
    assert result.exit_code == 1
    assert ("inputs/editions.yaml:3:3: error: edition 1 was released as final on 2025-10-15; "
            "its numbers are cited: release edition 2 [release.edition]") in result.output


def test_edition_2_archives_its_changelog_in_each_language(story, tmp_path):
    project = tmp_path / "copy"
    shutil.copytree(story, project)
    run("release", "--project", str(project), "--edition", "2", "--date", "2026-01-05")
    archive = project / "output" / "editions" / "2"
    assert plain((archive / "changelog.en.md").read_text(encoding="utf-8")) == (
        "# Changes since edition 1 of 15 October 2025\n\n"
        "Civic forum — Edition 2, 5 January 2026\n\n"
        "## Added\n\n- 1.4 Grants for rural NGOs\n")
    assert plain((archive / "changelog.ru.md").read_text(encoding="utf-8")) == (
        "# Изменения по сравнению с изданием 1 от 15 октября 2025 года\n\n"
        "РУ Civic forum — Издание 2, 5 января 2026 года\n\n"
        "## Добавлены\n\n- 1.4 Grants for rural NGOs\n")
    # a release that is not final is still a draft, and its numbers join the record
    assert "Finaledition" not in pdf_text(archive / "story.en.pdf")
    recorded = (project / "inputs" / "editions.yaml").read_text(encoding="utf-8")
    assert '- edition: 2\n  date: 2026-01-05\n  final: false\n' in recorded and '"R-G2-03": "1.4"' in recorded


def test_a_withdrawn_recommendation_is_listed_with_the_title_edition_1_printed(story, tmp_path):
    # "## Withdrawn / - 1.1" and "1.1 Withdrawn" in the body told a partner nothing of what was withdrawn
    project = tmp_path / "copy"
    shutil.copytree(story, project)
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {withdraw: G1-02, reason: the group withdrew it}\n")
    run("release", "--project", str(project), "--edition", "2", "--date", "2026-01-05")
    archive = project / "output" / "editions" / "2"
    assert "## Withdrawn\n\n- 1.1 Tax relief for donors\n" in plain(
        (archive / "changelog.en.md").read_text(encoding="utf-8"))
    # the Russian book printed the translation, and lists it so (not the English wording of today)
    assert "## Отозваны\n\n- 1.1 РУ Tax relief for donors\n" in plain(
        (archive / "changelog.ru.md").read_text(encoding="utf-8"))
    assert squash("1.1 Tax relief for donors — Withdrawn") in pdf_text(archive / "story.en.pdf")
    assert squash("1.1 РУ Tax relief for donors — Отозвана") in docx_text(archive / "story.ru.docx")
    assert squash("Отозваны 1.1 РУ Tax relief for donors") in pdf_text(archive / "story.ru.pdf")  # the annex


def test_a_recommendation_merged_into_another_says_where_it_went(story, tmp_path):
    # QA m3: 1.16 merged into 1.6 after edition 1 was printed "1.16 … — Withdrawn", listed as withdrawn,
    # and its group's sheet said only "printed as recommendation 1.6"
    project = tmp_path / "copy"
    shutil.copytree(story, project)
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {merge: [G1-02, G3-01]}\n")  # 1.3 joins 1.1 (the wording of 1.1, G1-02's, is kept)
    run("release", "--project", str(project), "--edition", "2", "--date", "2026-01-05")
    archive = project / "output" / "editions" / "2"
    assert "## Merged into another recommendation\n\n- 1.3 Open registry of NGOs — Merged into 1.1\n" in plain(
        (archive / "changelog.en.md").read_text(encoding="utf-8"))
    assert "## Объединены с другими рекомендациями\n\n- 1.3 РУ Open registry of NGOs — Объединена с рекомендацией 1.1\n" \
        in plain((archive / "changelog.ru.md").read_text(encoding="utf-8"))
    assert "Withdrawn" not in plain((archive / "changelog.en.md").read_text(encoding="utf-8"))
    assert squash("1.3 Open registry of NGOs — Merged into 1.1") in pdf_text(archive / "story.en.pdf")
    ru_docx = docx_text(archive / "story.ru.docx")
    assert squash("1.3 РУ Open registry of NGOs — Объединена с рекомендацией 1.1") in ru_docx
    assert squash("Объединены с другими рекомендациями 1.3 РУ Open registry of NGOs — Объединена с рекомендацией "
                  "1.1") in ru_docx  # the annex
    # the group that proposed 1.3 finds it under 1.1
    assert squash("Your proposal G3-01 Open registry of NGOs Outcome Printed as recommendation 1.1 "
                  "1.3 Open registry of NGOs — Merged into 1.1") in sheet_text(project, "G3.en.html")


def plain(text: str) -> str:
    """Return `text` with typography's no-break spaces and hyphens as plain ones (for readable expectations)."""
    return text.replace("\u00a0", " ").replace("\u2011", "-")


def provenance_rows(project: Path) -> dict[str, dict[str, str]]:
    data = (project / "output" / "internal" / "internal-provenance.csv").read_bytes().decode("utf-8-sig")
    return {row["proposal"]: row for row in csv.DictReader(io.StringIO(data))}


def test_the_provenance_report_tells_every_originals_fate(story):
    rows = provenance_rows(story)
    assert sorted(rows) == ["G1-01", "G1-02", "G2-01", "G2-02", "G2-03", "G3-01", "G3-02"]  # every original
    late = rows["G3-01"]  # the late proposal
    assert (late["group"], late["language"], late["title"], late["text"]) == (
        "G3", "en", "Open registry of NGOs", "Publish a register of every NGO.")
    assert (late["recommendation"], late["number"], late["how"], late["status"]) == ("R-G3-01", "1.3", "single", "accepted")
    forced = rows["G2-01"]  # the forced merge: manual, with its decisions.yaml line
    assert (forced["recommendation"], forced["number"], forced["how"], forced["merged_with"]) == (
        "R-G1-01", "1.2", "manual", "G1-01")
    assert forced["decisions"] == ("inputs/decisions.yaml:1: - {merge: [G1-01, G2-01]}\n"
                                   "inputs/decisions.yaml:2: - {edit: G1-01}")
    assert (rows["G1-01"]["how"], rows["G1-01"]["merged_with"]) == ("edited", "G2-01")
    assert rows["G1-01"]["decisions"] == forced["decisions"]  # the decisions shaped its recommendation too
    rejected = rows["G3-02"]
    assert (rejected["status"], rejected["reason"], rejected["number"]) == ("rejected", "outside the forum's remit", "")
    assert rejected["decisions"] == "inputs/decisions.yaml:3: - {reject: G3-02} (outside the forum's remit)"
    page = (story / "output" / "internal" / "internal-provenance.html").read_text(encoding="utf-8")
    assert "Internal — not for distribution" in page and '<html lang="en">' in page
    assert "joined by a decision" in page and "inputs/decisions.yaml:1: - {merge: [G1-01, G2-01]}" in page


def test_internal_outputs_never_go_to_partners(story):
    """Not in output/manifest.json (the partners' books) nor in an edition's archive."""
    books = json.loads((story / "output" / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert not any("provenance" in name or name.endswith(".html") for name in books)
    archived = [p.name for p in (story / "output" / "editions" / "1").rglob("*")]
    assert not any("provenance" in name or name.endswith(".html") for name in archived)
    internal = json.loads((story / "output" / "internal" / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert set(internal) == {"internal-provenance.csv", "internal-provenance.html"}


def sheet_text(project: Path, name: str) -> str:
    page = (project / "output" / "groups" / name).read_text(encoding="utf-8")
    return squash(html_lib.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", " ", page, flags=re.S)))


def test_each_group_is_told_what_happened_to_its_proposals(story):
    assert sorted(p.name for p in (story / "output" / "groups").iterdir()) == [
        "G1.en.html", "G2.en.html", "G3.en.html", "manifest.json"]  # the groups wrote in English
    g3 = sheet_text(story, "G3.en.html")
    assert squash("What happened to your proposals") in g3 and squash("Group three") in g3
    # the late proposal is printed at its number; the rejected one says why
    assert squash("Your proposal G3-01 Open registry of NGOs Outcome Printed as recommendation 1.3") in g3
    assert squash("Your proposal G3-02 Ban all cars Outcome Not included in the book: rejected by the editors "
                  "Reason outside the forum's remit") in g3
    g2 = sheet_text(story, "G2.en.html")
    # the forced merge: G2-01 is printed in G1-01's wording, credited to group one too
    assert squash("Your proposal G2-01 Long-term capital for civil society Outcome Printed as recommendation 1.2 "
                  "Wording in the book Endowment funds for NGOs Allow NGOs to create endowment funds. "
                  "Also proposed by Group one") in g2
    assert "Draft" in g2  # a build after the final edition 1 is a draft


def test_the_final_edition_refuses_the_placeholders_init_wrote_at_their_lines(tmp_path):
    # qa s21 #4: `check --strict` and `release --final` passed a book titled «Название конференции» by «Организатор»
    from click.testing import CliRunner

    from recbook.cli import main

    project = tmp_path / "p"
    assert CliRunner().invoke(main, ["init", str(project), "--languages", "ru"]).exit_code == 0
    (project / "inputs/proposals/intake.xlsx").unlink(missing_ok=True)
    (project / "inputs/proposals/g.csv").write_text(
        "id,group,direction,language,title,text,addressees,timeframe,votes,sdgs\n"
        "G1-01,G1,D1,ru,Открытость общественных советов,Транслировать заседания общественных советов онлайн.,"
        "gov,short,4,16\n", encoding="utf-8")
    draft = CliRunner().invoke(main, ["check", "--project", str(project)])
    assert draft.exit_code == 0 and "conference.placeholder" not in draft.stderr  # a draft prints them, as it should
    strict = CliRunner().invoke(main, ["check", "--strict", "--project", str(project)])
    said = [line for line in strict.stderr.splitlines() if "[conference.placeholder]" in line]
    conference = (project / "inputs/conference.yaml").read_text("utf-8").splitlines()
    title_line = next(i for i, line in enumerate(conference, start=1) if line.startswith("title:"))
    assert said[0] == (f"inputs/conference.yaml:{title_line}:8: error: \"title\" is still the placeholder `recbook "
                       "init` wrote ('Название конференции'); the final edition would print it: write the "
                       "conference's own text [conference.placeholder]")
    assert [line.split(": error: ")[1].split(" is still")[0] for line in said] == [
        '"title"', "organizer 1", "the title of direction D1", "the title of direction D2", "the title of direction D3"]
    released = CliRunner().invoke(main, ["release", "--edition", "1", "--final", "--project", str(project)])
    assert released.exit_code == 1 and "[conference.placeholder]" in released.stderr
    assert not (project / "output/editions/1").exists() and not (project / "inputs/editions.yaml").exists()
