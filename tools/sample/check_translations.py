"""Check tools/sample/translations.yaml against the sample's inputs.

For every content string `recbook i18n extract` can print (all conference text
fields and every proposal's title and text, whatever the merge decides), check
that translations.yaml has it under the same msgctxt, that its source-language
value is still the text in inputs/, that every other language is translated,
that translations the groups supplied (title:LANG/text:LANG) are repeated
unchanged, and a few typography rules (no Latin letters inside Cyrillic words,
«…» quotes in kk and ru, no Kazakh-only letters in ru, no Cyrillic in en).

Usage: python tools/sample/check_translations.py [--project DIR]
Exit status: 0 when everything is covered, 1 otherwise (problems on stderr).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from recbook.diagnostics import Report
from recbook.i18n.extract import content_templates
from recbook.load import read_project
from recbook.validate import validate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fill_catalogs import load_translations  # noqa: E402

HERE = Path(__file__).resolve().parent
KAZAKH_ONLY = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
CYRILLIC = "а-яёА-ЯЁ" + KAZAKH_ONLY


def typography(key: str, lang: str, text: str) -> list[str]:
    """Return the typography problems of one translation."""
    problems = []
    for word in re.findall(r"\w+", text):
        if re.search("[A-Za-z]", word) and re.search(f"[{CYRILLIC}]", word):
            problems.append(f"{key} [{lang}]: Latin and Cyrillic letters mixed in {word!r}")
    if lang in ("kk", "ru") and re.search("[\"“”]", text):
        problems.append(f"{key} [{lang}]: use «…» quotes")
    if lang == "ru" and re.search(f"[{KAZAKH_ONLY}]", text):
        problems.append(f"{key} [ru]: Kazakh-only letter in Russian text")
    if lang == "en" and re.search(f"[{CYRILLIC}]", text):
        problems.append(f"{key} [en]: Cyrillic letters in English text")
    return problems


def check(project: Path, table: dict[str, dict[str, str]]) -> list[str]:
    """Return every problem found (empty when translations.yaml covers the inputs)."""
    report = Report()
    inputs = validate(read_project(project, report), report)
    if inputs is None:
        return [str(d) for d in report.sorted()]
    languages = inputs.conference.languages
    problems: list[str] = []
    seen: set[str] = set()
    for template in content_templates(inputs, None):
        for entry in template.entries:
            key, seen = entry.msgctxt, seen | {entry.msgctxt}
            known = table.get(key)
            if known is None:
                problems.append(f"{key}: missing from translations.yaml")
                continue
            if known.get(template.source) != entry.msgid:
                problems.append(f"{key}: the {template.source} text differs from inputs/")
            for lang in languages:
                if lang != template.source and not known.get(lang):
                    problems.append(f"{key}: no {lang} translation")
                seed = template.seeds.get(lang, {}).get(key)
                if seed is not None and known.get(lang) != seed:
                    problems.append(f"{key}: {lang} differs from the translation the group supplied")
    problems += [f"{key}: not a content string of the inputs" for key in table if key not in seen]
    for key, values in table.items():
        for lang, text in values.items():
            problems += typography(key, lang, text)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=HERE.parents[1])
    parser.add_argument("--translations", type=Path, default=HERE / "translations.yaml")
    args = parser.parse_args(argv)
    problems = check(args.project, load_translations(args.translations))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
