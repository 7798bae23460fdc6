"""Count the words `text.russian-keyboard` flags in correct Kazakh text, and those it finds in typed text.

    .venv/bin/python bench/kazakh_keyboard.py [--list]

False alarms (every flagged word of a correct text is one), on every kk text the repository has:
- the labelled forum sets (bench/data/forum_*.yaml, `lang: kk` items), split by a hash of the file
  name into the half the rule was tuned on ("dev") and the half it was not ("held-out"); the items
  made wrong on purpose (the second and later items of a spelling, homoglyph or keyboard case) are
  left out here and used below;
- the sample's kk catalogs (locales/kk) and the sample's kk proposals and translations (inputs/);
- the tests' files: every string with a Kazakh letter in tests/**/*.py, *.yaml, *.csv, *.po but this
  check's own (tests/test_kazakh_keyboard.py, and the messages it gives that other tests quote: their
  words are typed wrong on purpose); others may be wrong on purpose too: `--list` shows each flagged
  word to read;
- the forum sets' Russian items, read as if they were Kazakh (a Russian text in a kk field).
Found: the keyboard cases' typed items, word by word against their correct partner; and every
correct kk text of the held-out half retyped without the Kazakh letters (each changed word one
to find).
`--list` prints each flagged word with its text's source.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from recbook.kazakh_keyboard import has_kazakh_letter, typed_on_russian_keyboard  # noqa: E402

DERIVED = ("spelling", "homoglyph", "keyboard")  # their later items are made wrong on purpose
_WORD = re.compile(r"[^\W\d_]+")


def half(path: Path) -> str:
    """Return "dev" or "held-out" for a forum file, by a hash of its name (fixed, not chosen)."""
    return "dev" if hashlib.sha256(path.name.encode()).digest()[0] % 2 == 0 else "held-out"


def forum_texts() -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str, str]]]:
    """Return the correct kk texts of each half (and the ru ones), and the keyboard cases' (typed, correct, id)."""
    texts: dict[str, list[tuple[str, str]]] = {"dev": [], "held-out": [], "ru": []}
    typed = []
    for path in sorted((ROOT / "bench" / "data").glob("forum_*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            items = case["items"]
            for n, item in enumerate(items):
                if item.get("lang") == "ru" and not (n and case["kind"] in DERIVED):
                    texts["ru"] += [(f"{path.name}:{item['id']}", item[f]) for f in ("title", "text") if item.get(f)]
                if item.get("lang") != "kk":
                    continue
                if n and case["kind"] in DERIVED:
                    if case["kind"] == "keyboard":
                        for field in ("title", "text"):
                            typed.append((item[field], items[0][field], item["id"]))
                    continue
                texts[half(path)] += [(f"{path.name}:{item['id']}", item[f]) for f in ("title", "text") if item.get(f)]
    return texts, typed


def catalog_texts() -> list[tuple[str, str]]:
    from recbook.i18n.po import parse

    out = []
    for path in sorted((ROOT / "locales" / "kk").rglob("*.po")):
        for entry in parse(path.read_text(encoding="utf-8"), str(path)).entries:
            out += [(f"{path.name}:{entry.label()}", s) for s in entry.msgstr if s.strip()]
    return out


def sample_texts() -> list[tuple[str, str]]:
    from recbook.diagnostics import Report
    from recbook.load import read_project
    from recbook.validate import validate_all

    validated = validate_all(read_project(ROOT, Report()), Report())
    out = []
    for p in validated.proposals:
        if p.language == "kk":
            out += [(p.id, p.title), (p.id, p.text)]
        for t in p.translations:
            if t.language == "kk":
                out += [(p.id, x) for x in (t.title, t.text) if x]
    return out


def fixture_texts() -> list[tuple[str, str]]:
    """Return every string with a Kazakh letter in the tests' files (Python literals, data files' lines)."""
    out = []
    for path in sorted((ROOT / "tests").rglob("*")):
        if path.name == "test_kazakh_keyboard.py":
            continue
        if path.suffix == ".py":
            strings = [n.value for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                       if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        elif path.suffix in (".yaml", ".yml", ".csv", ".po"):
            try:
                strings = path.read_text(encoding="utf-8").splitlines()
            except UnicodeDecodeError:
                continue  # a fixture in a code page on purpose
        else:
            continue
        out += [(str(path.relative_to(ROOT)), s) for s in strings
                if has_kazakh_letter(s) and "russian-keyboard" not in s]
    return out


def flagged(texts: list[tuple[str, str]], show: bool, label: str) -> tuple[int, int]:
    """Return (words checked, words flagged) over `texts`, printing each flag if `show`."""
    words = hits = 0
    for source, text in texts:
        words += sum(1 for w in _WORD.findall(text) if not has_kazakh_letter(w))
        for typed in typed_on_russian_keyboard(text):
            hits += 1
            if show:
                print(f"  {label} {source}: {typed.word} → {'/'.join(typed.meant) or '?'}")
    return words, hits


def retyped(texts: list[tuple[str, str]], show: bool) -> None:
    """Print how many words of correct texts retyped on a Russian keyboard are found, and named right."""
    fold = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")
    expected = found = named = 0
    missed: dict[str, int] = {}
    for _, text in texts:
        pairs = dict((w.translate(fold), w) for w in _WORD.findall(text) if has_kazakh_letter(w))
        hits = {t.word: t.meant for t in typed_on_russian_keyboard(text.translate(fold))}
        expected += len(pairs)
        found += sum(w in hits for w in pairs)
        named += sum(hits.get(w, ())[:1] == (r,) for w, r in pairs.items())
        for w, r in pairs.items():
            if w not in hits:
                missed[r] = missed.get(r, 0) + 1
    print(f"held-out kk texts retyped without Kazakh letters: {found} of {expected} distinct words per text found "
          f"({found / max(expected, 1):.0%}), {named} with the right word first")
    if show:
        print("  most missed: " + ", ".join(f"{w} {n}" for w, n in sorted(missed.items(), key=lambda x: -x[1])[:30]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--list", action="store_true", help="print every flagged word")
    show = parser.parse_args().list
    start = time.perf_counter()
    forums, typed = forum_texts()
    sources = [("forum sets, dev half", forums["dev"]), ("forum sets, held-out half", forums["held-out"]),
               ("locales/kk", catalog_texts()), ("inputs/ (kk)", sample_texts()), ("tests/ files", fixture_texts()),
               ("forum sets, ru read as kk", forums["ru"])]
    print(f"{'correct kk text':28} {'texts':>6} {'words':>7} {'flagged':>8}   (words: Cyrillic, no Kazakh letter)")
    for name, texts in sources:
        words, hits = flagged(texts, show, name.split()[0])
        print(f"{name:28} {len(texts):6} {words:7} {hits:8}")
    expected = found = named = 0
    for wrong, right, item in typed:
        pairs = [(w, r) for w, r in zip(_WORD.findall(wrong), _WORD.findall(right)) if w != r]
        hits = {t.word: t.meant for t in typed_on_russian_keyboard(wrong)}
        expected += len(pairs)
        found += sum(w in hits for w, _ in pairs)
        named += sum(hits.get(w, ())[:1] == (r,) for w, r in pairs)
        if show:
            print(f"  typed {item}: " + ", ".join(f"{w}→{'/'.join(hits.get(w, ())) or '-'} ({r})" for w, r in pairs))
    print(f"keyboard cases: {found} of {expected} typed words found, {named} with the right word first")
    retyped(forums["held-out"], show)
    print(f"{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
