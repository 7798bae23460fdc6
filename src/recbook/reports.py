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
from .edition import same_bytes
from .write import MANIFEST_NAME, replace_problem, write_outputs

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

    def unreplaceable(self) -> list[tuple[Path, str]]:
        """Return (path, why) for each report file `write` would replace that the system will not let it.

        Asked before the books render (recbook.destinations.unreplaceable): a read-only or locked group
        sheet was found at the write, after every book had been rendered and written (QA s21). The
        files already there are asked first (a stat and an open each); only when one of them refuses
        are the reports rendered, here rather than beside the books, to learn whether the write would
        replace it: one left with the bytes it holds (a build with nothing changed, a sheet of a group
        no longer in the conference) is not written, so it must not stop the build.
        """
        folders = [self.project / "output" / name for name in (INTERNAL_DIR, GROUPS_DIR)]
        refused = {path: reason for folder in folders if folder.is_dir()
                   for path in sorted(folder.iterdir()) if not path.name.startswith(".")
                   if (reason := replace_problem(path)) is not None}
        if not refused:
            return []
        self.render()
        if self._files is None:  # rendering failed: `write` raises that, and the build stops there
            return []
        replaced = [path for folder, files in zip(folders, self._files) for path in _replaced(folder, files)]
        return [(path, refused[path]) for path in replaced if path in refused]

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


def _replaced(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Return the files write_outputs would replace in `folder`: those whose bytes change, then the manifest.

    The manifest lists each file's SHA-256, so it changes with any of them; with none changed it is
    taken to stay (it changes then only when recbook or a tracked package was upgraded meanwhile).
    """
    changed = [folder / name for name, data in files.items() if not same_bytes(folder / name, data)]
    return [*changed, folder / MANIFEST_NAME] if changed else []


def report_template_dirs(project: Path) -> list[Path]:
    """Return the project's template folder, if any (report_files falls back to the packaged ones)."""
    return [d for d in (project / "templates",) if d.is_dir()]

