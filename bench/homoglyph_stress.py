"""Does a copy of a proposal typed with look-alike letters of the other script merge with it?

    .venv/bin/python bench/homoglyph_stress.py [--seed N] [--per-set 12]

From each labelled set of bench/dedupe_quality.py, `--per-set` proposals (drawn by the seed) are
copied with a share (10, 30, 60 or 90 %) of their letters that have a twin in the other script
replaced by it: in a Kazakh or Russian text Cyrillic а, е, о, р, с, х, у, і, ә, һ … by Latin a,
e, o, p, c, x, y, i, ə, h; in an English text the reverse. Each proposal and its copy are merged
alone; a copy that does not merge automatically with its proposal is printed with the merge's
reason. The issue's target: variants (this is one) 100 % auto-merged.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ruamel.yaml import YAML  # noqa: E402

from bench.dedupe_quality import DEFAULT  # noqa: E402
from bench.evaluate import proposals_from_cases  # noqa: E402
from recbook.merge import merge  # noqa: E402
from recbook.model import Proposal  # noqa: E402

CYRILLIC_TO_LATIN = dict(zip("АаВСсЕеНКкМОоРрТХхуІіӘәһ", "AaBCcEeHKkMOoPpTXxyIiƏəh"))
LATIN_TO_CYRILLIC = {latin: cyrillic for cyrillic, latin in CYRILLIC_TO_LATIN.items()}
SHARES = (0.1, 0.3, 0.6, 0.9)


def spoiled(text: str, language: str, share: float, rng: random.Random) -> str:
    """Return `text` with about `share` of its letters that have a twin in the other script replaced."""
    table = LATIN_TO_CYRILLIC if language == "en" else CYRILLIC_TO_LATIN
    return "".join(table[c] if c in table and rng.random() < share else c for c in text)


def main(argv: list[str]) -> None:
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
    per_set = int(argv[argv.index("--per-set") + 1]) if "--per-set" in argv else 12
    rng = random.Random(seed)
    missed = total = 0
    for path in DEFAULT:
        proposals = proposals_from_cases(YAML(typ="safe").load(path.read_text(encoding="utf-8"))["cases"])
        rng.shuffle(proposals)
        for p in proposals[:per_set]:
            share = rng.choice(SHARES)
            copy = Proposal(f"{p.id}-copy", f"{p.group}-copy", p.direction, p.language,
                            spoiled(p.title or "", p.language, share, rng), spoiled(p.text or "", p.language, share, rng))
            result = merge([p, copy])
            total += 1
            if len(result.recommendations) != 1:
                missed += 1
                why = [s.reason for s in result.look_alikes + result.suggestions] or ["not suggested"]
                print(f"{path.name} {p.id} ({p.language}, {share:.0%}): {'; '.join(why)} | {copy.title[:60]}")
    print(f"seed {seed}: {total - missed} of {total} copies merged automatically ({missed} not)")


if __name__ == "__main__":
    main(sys.argv[1:])
