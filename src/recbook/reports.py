"""What `recbook build` writes beside the books: the internal provenance report and the groups' sheets.

    output/internal/internal-provenance.html, .csv   for the secretariat only (never archived with an edition)
    output/groups/<group>.<lang>.html                 one per working group, in its language, to forward

Each folder is written like the books (recbook.edition: all files or none, with
its own manifest.json), so output/manifest.json still lists the partners' books only.
A build renders them (`PendingReports.render`) while its books render in their
workers, and writes them after the books only if nothing failed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from .diagnostics import Report
from .write import MANIFEST_NAME, write_outputs

INTERNAL_DIR = "internal"
GROUPS_DIR = "groups"


def report_files(checked: Any, template_dirs: list[Path]) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """Return (internal files, group sheets) by file name, rendered in memory from a checked project."""
    from .localize.group_sheets import group_sheets
    from .merge.provenance import proposal_fates
    from .render.group_sheet import render_group_sheet, sheet_name
    from .render.provenance import CSV_NAME, HTML_NAME, render_provenance_csv, render_provenance_html

    gathered = checked.gathered
    conf, proposals = gathered.inputs.conference, gathered.inputs.proposals
    book = checked.books.get(conf.source_language) or next(iter(checked.books.values()))
    numbers = {r.id: r.number for d in book.directions for r in d.recommendations}
    fates = proposal_fates(proposals, gathered.merged.recommendations, gathered.decisions, numbers)
    groups = {g.id: g.text for g in conf.groups}
    internal = {HTML_NAME: render_provenance_html(fates, groups, conf.source_language, conf.title, template_dirs),
                CSV_NAME: render_provenance_csv(fates, groups)}
    sheets = group_sheets(conf, proposals, fates, checked.books, gathered.catalogs)
    return internal, {sheet_name(s): render_group_sheet(s, template_dirs) for s in sheets}


class PendingReports:
    """A checked project's reports: rendered in memory when asked (once), written only by `write`."""

    def __init__(self, project: Path, checked: Any) -> None:
        self.project, self.checked = project, checked
        self._files: tuple[dict[str, bytes], dict[str, bytes]] | None = None
        self._failure: Exception | None = None

    def render(self) -> None:
        """Render the reports now, unless done; keep a failure for `write`, where it is raised."""
        if self._files is not None or self._failure is not None:
            return
        try:
            self._files = report_files(self.checked, report_template_dirs(self.project))
        except Exception as exc:  # raised where the reports are written: a build whose books fail never sees it
            self._failure = exc

    def targets(self) -> list[Path]:
        """Return every path `write` would write (none if rendering failed: `write` raises that)."""
        self.render()
        if self._files is None:
            return []
        output = self.project / "output"
        return [output / folder / name for folder, files in zip((INTERNAL_DIR, GROUPS_DIR), self._files)
                for name in (*files, MANIFEST_NAME) if files]

    def write(self, report: Report, earlier: Sequence[Path] = ()) -> list[Path]:
        """Write the internal report and the group sheets under output/ after `earlier`; return the paths."""
        self.render()
        if self._failure is not None:
            raise self._failure
        internal, sheets = self._files
        output = self.project / "output"
        written = write_outputs(output / INTERNAL_DIR, internal, report, earlier=earlier)
        if report.errors:
            return written
        return written + write_outputs(output / GROUPS_DIR, sheets, report, earlier=[*earlier, *written])


def report_template_dirs(project: Path) -> list[Path]:
    """Return the project's template folder, if any (report_files falls back to the packaged ones)."""
    return [d for d in (project / "templates",) if d.is_dir()]

