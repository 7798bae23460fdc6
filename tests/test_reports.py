"""The internal provenance report and the groups' sheets on the sample: languages, content, same bytes."""

from __future__ import annotations

import csv
import html as html_lib
import io
import re
from pathlib import Path

import pytest

from conftest import copy_sample_project
from recbook.diagnostics import Report
from recbook.merge.provenance import how_joined
from recbook.model import Member, Recommendation
from recbook.pipeline import check_project
from recbook import reports
from recbook.reports import PendingReports, report_files


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = copy_sample_project(tmp_path_factory.mktemp("reports") / "project")
    with (project / "inputs" / "decisions.yaml").open("a", encoding="utf-8") as f:
        f.write("- {defer: G5-02, reason: ждёт оценки затрат}\n")
    return project


@pytest.fixture(scope="module")
def files(project):
    report = Report()
    checked = check_project(project, report, final=False)
    assert checked is not None and not report.errors
    return report_files(checked, [])


def text(page: bytes) -> str:
    body = re.sub(r"<style>.*?</style>|<[^>]+>", " ", page.decode("utf-8"), flags=re.S)
    return " ".join(html_lib.unescape(body).split())


def test_each_group_gets_a_sheet_in_the_language_it_wrote_in(files):
    _, sheets = files
    assert sorted(sheets) == ["G1.ru.html", "G2.ru.html", "G3.ru.html", "G4.ru.html", "G5.kk.html", "G6.ru.html"]
    kk = text(sheets["G5.kk.html"])
    assert kk.startswith("Ұсыныстарыңыз қалай қаралды") and "-ұсыным ретінде басылды" in kk
    assert "Сіздің ұсынысыңыз G5-01" in kk and "Осыны ұсынған басқа топтар" in kk


def test_a_set_aside_proposal_says_why_in_its_groups_language(files):
    kk = text(files[1]["G5.kk.html"])
    assert "Сіздің ұсынысыңыз G5-02" in kk
    assert "Бұл басылымға енгізілмеді: келесі басылымға қалдырылды Себебі ждёт оценки затрат" in kk


def test_the_internal_report_speaks_the_secretariats_language_and_lists_every_proposal(files):
    internal, _ = files
    page = text(internal["internal-provenance.html"])
    assert page.startswith("Для внутреннего пользования — не распространять")
    rows = list(csv.DictReader(io.StringIO(internal["internal-provenance.csv"].decode("utf-8-sig"))))
    assert len(rows) == 45 and len({r["proposal"] for r in rows}) == 45
    deferred = next(r for r in rows if r["proposal"] == "G5-02")
    assert (deferred["status"], deferred["reason"], deferred["number"]) == ("deferred", "ждёт оценки затрат", "")
    assert {r["how"] for r in rows} <= {"single", "canonical", "edited", "exact", "auto", "manual"}
    merged = [r for r in rows if r["how"] in ("exact", "auto", "manual")]
    assert merged and all(r["merged_with"] and 0 < float(r["score"]) <= 1 for r in merged)


def test_the_reports_are_the_same_bytes_every_time(project, files):
    report = Report()
    again = report_files(check_project(project, report, final=False), [])
    assert again == files


def test_reports_rendered_ahead_are_written_as_rendered(project, files, tmp_path):
    pending = PendingReports(tmp_path, check_project(project, Report(), final=False))
    pending.render()  # as a build does while its books render
    report = Report()
    written = pending.write(report)
    assert not report.errors
    found = {p.name: p.read_bytes() for p in written if p.name != "manifest.json"}
    assert found == {**files[0], **files[1]}


def test_a_failure_rendering_the_reports_ahead_is_raised_where_they_are_written(project, tmp_path, monkeypatch):
    def broken(checked, template_dirs):
        raise RuntimeError("a reports bug")

    monkeypatch.setattr(reports, "report_files", broken)
    pending = PendingReports(tmp_path, check_project(project, Report(), final=False))
    pending.render()  # beside the renders: a build whose books fail must not stop here
    with pytest.raises(RuntimeError, match="a reports bug"):
        pending.write(Report())
    assert not (tmp_path / "output").exists()


def test_how_a_proposal_reached_its_recommendation():
    rec = Recommendation("R-A", "A", (Member("A", "exact", 1.0), Member("B", "manual", 0.41)), "manual", 0.41)
    assert (how_joined("A", rec), how_joined("B", rec)) == ("canonical", "manual")
    edited = Recommendation("R-A", "A", rec.members, "manual", 0.41, edited_text="New wording.")
    assert how_joined("A", edited) == "edited"
    alone = Recommendation("R-C", "C", (Member("C", "single", 1.0),), "single", 1.0)
    assert how_joined("C", alone) == "single"


def test_the_csv_never_carries_a_live_formula():
    from merge_helpers import prop
    from recbook.model import ProposalFate
    from recbook.render.provenance import render_provenance_csv

    fate = ProposalFate(prop("G1-01", '=HYPERLINK("http://x")', title="@SUM(A1)"), "R-G1-01", "1.1", "single",
                        1.0, "accepted", "", ())
    rows = list(csv.reader(io.StringIO(render_provenance_csv([fate], {"G1": "-G1"}).decode("utf-8-sig"))))
    assert rows[1][2] == "'-G1" and rows[1][5] == "'@SUM(A1)" and rows[1][6] == "'=HYPERLINK(\"http://x\")"


def test_an_untranslated_sheet_label_is_reported_at_its_catalog_line(tmp_path):
    project = copy_sample_project(tmp_path / "project")
    po = project / "locales" / "kk" / "LC_MESSAGES" / "book.po"
    text = po.read_text("utf-8")
    text = re.sub(r'(msgctxt "sheet.title"\nmsgid "[^"]*"\n)msgstr "[^"]*"\n', r'\1msgstr ""\n', text)
    po.write_text(text, "utf-8")
    line = text.splitlines().index('msgctxt "sheet.title"') + 1
    for final, severity in ((False, "warning"), (True, "error")):
        report = Report()
        check_project(project, report, final=final)
        found = [d.format() for d in report.items if d.code == "i18n.incomplete" and "group sheet" in d.message]
        assert found == [f"locales/kk/LC_MESSAGES/book.po:{line + 2}:9: {severity}: 1 group sheet label not translated "
                         "(sheet.title): the groups' sheets in kk print them in English; run `recbook i18n update` "
                         "and translate them [i18n.incomplete]"]


def _boxes(box):
    """Yield `box` and every box inside it (WeasyPrint's laid-out tree)."""
    yield box
    for child in getattr(box, "children", ()):
        yield from _boxes(child)


def test_the_printed_internal_report_fits_its_landscape_pages(files):
    """No cell of the eleven-column table may run past the right margin when a secretariat prints it."""
    weasyprint = pytest.importorskip("weasyprint")
    document = weasyprint.HTML(string=files[0]["internal-provenance.html"].decode("utf-8")).render()
    assert len(document.pages) > 1
    for page in document.pages:
        box = page._page_box
        assert box.width > box.height  # A4 landscape
        right = box.content_box_x() + box.width
        cells = [b for b in _boxes(box) if getattr(b, "element_tag", None) in ("td", "th")]
        assert cells
        assert max(c.position_x + c.margin_width() for c in cells) <= right + 0.5
