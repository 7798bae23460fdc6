"""The stage rules of shared/design/ARCHITECTURE.md, checked on the import graph of src/recbook.

Data flows one way (load → validate → merge → localize → render → write); validate,
merge, i18n and localize do no I/O; renderers only print a LocalizedBook; the
command line lives in commands/. A new import that breaks a rule fails here with
the module and the import named.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "recbook"

# modules whose imports make I/O (files, processes, the console) or pull in the CLI
IO_MODULES = {"os", "shutil", "subprocess", "tempfile", "click", "pathlib", "glob", "fcntl",
              "multiprocessing", "urllib", "http", "socket", "openpyxl", "ruamel", "weasyprint", "docx"}
PURE_STAGES = ("validate", "merge", "i18n", "localize")
# the parts of load/ that are data and pure helpers, which validate builds on
LOAD_DATA = {"recbook.load.nodes", "recbook.load.records", "recbook.load.fields"}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Return the absolute names of every module `path` imports (at any depth in the file)."""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.add(name)
            found |= {f"{name}.{alias.name}" for alias in node.names}
    return found


GRAPH = {module_name(p): imports_of(p) for p in sorted(SRC.rglob("*.py"))}


def stage_of(module: str) -> str:
    """Return the top-level part of recbook a module belongs to ("merge", "pipeline" …)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def internal(names: set[str]) -> set[str]:
    return {n for n in names if n.startswith("recbook.") and n in GRAPH or n == "recbook"}


@pytest.mark.parametrize("stage", PURE_STAGES)
def test_pure_stages_do_no_io(stage):
    offenders = sorted(
        f"{module} imports {name}"
        for module, names in GRAPH.items() if stage_of(module) == stage
        for name in names if name.split(".")[0] in IO_MODULES and not _pure_path(name, names)
    )
    assert offenders == []


def _pure_path(name: str, names: set[str]) -> bool:
    """Return True for pathlib's pure paths (string manipulation), which touch no file."""
    pure = {"pathlib.PurePath", "pathlib.PurePosixPath", "pathlib.PureWindowsPath"}
    return name in pure or name == "pathlib" and bool(names & pure) and not any(
        n.startswith("pathlib.") and n not in pure for n in names)


@pytest.mark.parametrize("stage", PURE_STAGES)
def test_pure_stages_use_only_data_and_earlier_pure_stages(stage):
    # kazakh_latin: what Kazakh in Latin letters is, which the check (load) and the merge both read;
    # characters: which characters no printed text may hold, for proposals (load) and translations (i18n);
    # near_miss: the known id a mistyped one was meant to be, for proposals (load) and decisions (merge);
    # look_alikes: letters typed for the other script's look-alikes, which the merge reads through and
    # the text checks name;
    # text_checks (with glyphs, glyphs_data, code_pages): the word checks of a proposal's text (load,
    # validate) and of a translation (i18n); text_layout: a proposal's or an edit's bullet and line breaks;
    # counts: "1 proposal" / "3 proposals" in a diagnostic's English (diagnostics itself uses it)
    # kazakh_keyboard: Hunspell's Kazakh dictionary (package data, read as pymorphy3's is), which the
    # check reads for words typed without the Kazakh letters and the merge for a word misspelt (typos.py)
    # russian_dictionary: pymorphy3's one analyzer, which the merge (lemmas) and the keyboard check both read
    allowed = {"model", "diagnostics", "counts", "kazakh_latin", "kazakh_keyboard", "characters", "look_alikes",
               "near_miss", "text_checks", "text_layout", "glyphs", "russian_dictionary",
               "glyphs_data", "code_pages", "__init__", *PURE_STAGES}
    offenders = sorted(
        f"{module} imports {name}"
        for module, names in GRAPH.items() if stage_of(module) == stage
        for name in internal(names)
        if stage_of(name) not in allowed and name not in LOAD_DATA
    )
    assert offenders == []


def test_nothing_but_commands_and_the_cli_imports_the_commands():
    offenders = sorted(f"{m} imports {n}" for m, names in GRAPH.items() for n in internal(names)
                       if stage_of(n) == "commands" and stage_of(m) not in ("commands", "cli"))
    assert offenders == []


def test_load_validate_merge_and_localize_never_import_render_write_or_pipeline():
    later = {"render", "write", "pipeline", "commands", "cli"}
    offenders = sorted(f"{m} imports {n}" for m, names in GRAPH.items()
                       if stage_of(m) in ("load", *PURE_STAGES)
                       for n in internal(names) if stage_of(n) in later)
    assert offenders == []


def test_the_parts_of_recbook_import_each_other_without_cycles():
    edges = {}
    for module, names in GRAPH.items():
        edges.setdefault(stage_of(module), set()).update(
            stage_of(n) for n in internal(names) if stage_of(n) != stage_of(module))
    edges.pop("__init__", None)
    for deps in edges.values():
        deps.discard("__init__")  # recbook/__init__ holds only the version
    cycle = _find_cycle(edges)
    assert cycle is None, " → ".join(cycle)


def _find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt] if nxt in path else path + [nxt]
            if nxt not in state and (found := visit(nxt, path + [nxt])):
                return found
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_the_rules_see_real_imports():
    # guards the checker itself: a known import must be found, or every rule above passes vacuously
    assert "recbook.model" in GRAPH["recbook.localize"] or "recbook.model.Inputs" in GRAPH["recbook.localize"]
    assert "recbook.load.catalogs" in GRAPH["recbook.pipeline"]
    assert _find_cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]


def test_renderers_only_print_what_localize_prepared():
    # the book renderers get a LocalizedBook: no catalogs, no Babel, no reading of inputs (the pure
    # text helpers aside, load/'s and text_checks: the PDF breaks over-long words by the rule check warns about);
    # the review page renders a MergeResult, so it (and review_pairs, the pairs it and review.csv show)
    # may name merge's decision lines and settings;
    # kazakh_latin (pure, no stage) reads Latin-script Kazakh in Cyrillic, where the kk book hyphenates it;
    # user_cache, counts (the progress line's "1 output" / "6 outputs"): no stage; xlsx_escapes (pure, no
    # stage): the review sheet escapes a "_x000D_" typed in a text; startup_cache (no stage): a spawned
    # worker's command line installs it
    allowed = {"render", "model", "diagnostics", "resources", "user_cache", "counts", "kazakh_latin", "text_checks",
               "xlsx_escapes", "startup_cache", "__init__"}
    offenders = sorted(f"{m} imports {n}" for m, names in GRAPH.items() if stage_of(m) == "render"
                       for n in internal(names) if stage_of(n) not in allowed and n not in LOAD_DATA
                       and not (m in ("recbook.render.review", "recbook.render.review_pairs") and stage_of(n) == "merge"))
    babel = sorted(m for m, names in GRAPH.items() if stage_of(m) == "render" and any(
        n.split(".")[0] == "babel" for n in names))
    assert offenders == [] and babel == []
