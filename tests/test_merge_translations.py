"""The merge sees the translations that exist, whatever the catalogs' bookkeeping says."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from data.i18n.sample_inputs import inputs, proposal
from recbook.commands.i18n.update import update_catalogs
from recbook.diagnostics import Report
from recbook.i18n.catalogs import proposal_translations
from recbook.load.catalogs import load_catalogs, read_po
from recbook.i18n.writer import format_po
from recbook.merge import Decision, Decisions, merge

RU_KK = "locales/ru/LC_MESSAGES/content.kk.po"
KK_TEXT = "Әр облыста үкіметтік емес ұйымдарға арналған ресурстық орталық ашу."
RU_TEXT = "Открыть в каждой области ресурсный центр для неправительственных организаций."


def pair_inputs():
    """Return a kk proposal and its ru duplicate (different groups), nothing else."""
    kk = proposal("G1-01", "G1", "D1", "kk", "Ресурстық орталықтар", KK_TEXT, None, 2)
    ru = proposal("G2-01", "G2", "D1", "ru", "Ресурсные центры", RU_TEXT, None, 6)
    return replace(inputs(), proposals=(kk, ru))


def merged(project: Path, inp, decisions: Decisions):
    report = Report()
    translations = proposal_translations(inp.proposals, load_catalogs(project, report))
    return merge(inp.proposals, decisions, translations=translations)


def translate(project: Path, path: str, context: str, text: str) -> None:
    file = read_po(project / path)
    new = [replace(e, msgstr=(text,)) if e.msgctxt == context else e for e in file.entries]
    (project / path).write_text(format_po(file.header_entry, new), encoding="utf-8")


def test_update_twice_does_not_flip_a_cross_language_merge(tmp_path):
    inp = pair_inputs()
    decisions = Decisions((Decision("canonical", ("G2-01",)),))
    before = merged(tmp_path, inp, decisions)
    assert len(before.recommendations) == 2  # no translation yet
    # suggested before any translation exists: loanwords and the glossary are enough
    assert [(s.a, s.b) for s in before.suggestions] == [("G1-01", "G2-01")]
    update_catalogs(tmp_path, inp, before, Report(), write_templates=True)
    translate(tmp_path, RU_KK, "G1-01.title", "Ресурсные центры")
    translate(tmp_path, RU_KK, "G1-01.text", RU_TEXT)
    counts = []
    for _ in range(4):
        result = merged(tmp_path, inp, decisions)
        counts.append(len(result.recommendations))
        update_catalogs(tmp_path, inp, result, Report(), write_templates=True)
    assert counts == [1, 1, 1, 1]
    assert "#~" in (tmp_path / RU_KK).read_text(encoding="utf-8")  # obsolete, and still counted
    assert update_catalogs(tmp_path, inp, merged(tmp_path, inp, decisions), Report(), write_templates=True) == []
