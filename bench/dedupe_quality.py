"""Print pairwise recall per kind, auto-merge precision, ARI and suggestion ratio of dedupe.

    .venv/bin/python bench/dedupe_quality.py [FILE.yaml ...] [--misses] [--kazakh-latin[=i|=informal|=2017|=2018|=capitals]]

Default files: tests/data/dedupe_eval.yaml, split into a part the rules were tuned
on and a held-out part by a hash of each case's first id (bench.evaluate.part_of),
and bench/data/forum_steppe.yaml, forum_headlines.yaml, forum_qala.yaml, forum_ozen.yaml,
forum_tobe.yaml (long texts: context, then the ask), forum_jaiyq.yaml (short cards) and
forum_kapshagai.yaml (long texts, written blind for the fifth pass and run once) and
forum_balqash.yaml (written blind for issue 9's seventh pass, run once blind, then looked at),
forum_shu, forum_ertis, forum_nura, forum_syr, forum_ili, forum_esil, forum_tobyl, forum_talas,
forum_charyn, forum_irgiz, forum_emba, forum_sarysu, forum_kendir, forum_tentek, forum_oiyl, forum_torgai,
forum_kaskelen, forum_bayan, forum_zhem, forum_aqsu (in fields the lexicon was not written for;
forum_aqsu's Kazakh typed in Latin letters), forum_ulytau (work and pensions, terse paraphrases) and
forum_khantau (culture and the state language, long expert texts), forum_shiderti (justice and
prisons, short cards), forum_sauran (science and inventors, long texts), forum_ushkonyr (civil
protection, short cards and medium texts) and forum_tamgaly (repatriates, interethnic accord and
religion, long formal texts), forum_burabay (road safety, short cards) and forum_alakol (rare
diseases and patient groups, medium texts), forum_zaisan (repair and reuse, a youth forum's online
form) and forum_markakol (cemeteries and funeral services, a public council's resolution),
forum_ulken (blood donation and transplants, a health council's hearing) and forum_kishi (night
noise and light, residents' one-line petition cards) (each written blind, run once, then looked at), held out entirely (written in other voices: long texts, slogans, one-line headlines, Kazakh-first
titles and English NGO asks). Each file is merged whole, as a forum would be; each part is
scored on its own pairs. "merged" = same cluster; "found" = merged or suggested.
For trap, distinct and different pairs the merged column must be 0%.

`--kazakh-latin` first writes every Kazakh text (originals and supplied translations) in the
Latin alphabet of 2021 (і as «ı»; `--kazakh-latin=i`: as «i», as some sources have it;
`--kazakh-latin=informal`: without 2021's letters, as phones type it: «zh», «sh», «gh», «ng», ә as
«a»; `=2017`, `=2018`: in the drafts of 2017 (apostrophes) and 2018 (acutes); `=capitals`: 2021's letters, all capitals), to
measure how the merge reads Kazakh a group typed in Latin letters (recbook/kazakh_latin/).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the repository root, for bench.evaluate

from recbook.merge import merge  # noqa: E402
from bench.evaluate import TRAPS, evaluate, format_table, gold_labels, part_of, proposals_from_cases  # noqa: E402
from recbook.merge.places import _LATIN_2021  # noqa: E402  (the gazetteer's spelling of 2021's letters)

DEFAULT = [ROOT / "tests" / "data" / "dedupe_eval.yaml", ROOT / "bench" / "data" / "forum_steppe.yaml",
           ROOT / "bench" / "data" / "forum_headlines.yaml", ROOT / "bench" / "data" / "forum_qala.yaml",
           ROOT / "bench" / "data" / "forum_ozen.yaml", ROOT / "bench" / "data" / "forum_tobe.yaml",
           ROOT / "bench" / "data" / "forum_jaiyq.yaml", ROOT / "bench" / "data" / "forum_kapshagai.yaml",
           ROOT / "bench" / "data" / "forum_balqash.yaml", ROOT / "bench" / "data" / "forum_shu.yaml",
           ROOT / "bench" / "data" / "forum_ertis.yaml", ROOT / "bench" / "data" / "forum_nura.yaml",
           ROOT / "bench" / "data" / "forum_syr.yaml", ROOT / "bench" / "data" / "forum_ili.yaml",
           ROOT / "bench" / "data" / "forum_esil.yaml", ROOT / "bench" / "data" / "forum_tobyl.yaml",
           ROOT / "bench" / "data" / "forum_talas.yaml", ROOT / "bench" / "data" / "forum_charyn.yaml",
           ROOT / "bench" / "data" / "forum_irgiz.yaml", ROOT / "bench" / "data" / "forum_emba.yaml",
           ROOT / "bench" / "data" / "forum_sarysu.yaml", ROOT / "bench" / "data" / "forum_kendir.yaml",
           ROOT / "bench" / "data" / "forum_tentek.yaml", ROOT / "bench" / "data" / "forum_oiyl.yaml",
           ROOT / "bench" / "data" / "forum_torgai.yaml", ROOT / "bench" / "data" / "forum_kaskelen.yaml",
           ROOT / "bench" / "data" / "forum_bayan.yaml", ROOT / "bench" / "data" / "forum_zhem.yaml",
           ROOT / "bench" / "data" / "forum_aqsu.yaml", ROOT / "bench" / "data" / "forum_ulytau.yaml",
           ROOT / "bench" / "data" / "forum_khantau.yaml", ROOT / "bench" / "data" / "forum_shiderti.yaml",
           ROOT / "bench" / "data" / "forum_sauran.yaml", ROOT / "bench" / "data" / "forum_ushkonyr.yaml",
           ROOT / "bench" / "data" / "forum_tamgaly.yaml", ROOT / "bench" / "data" / "forum_burabay.yaml",
           ROOT / "bench" / "data" / "forum_alakol.yaml", ROOT / "bench" / "data" / "forum_zaisan.yaml",
           ROOT / "bench" / "data" / "forum_markakol.yaml", ROOT / "bench" / "data" / "forum_ulken.yaml",
           ROOT / "bench" / "data" / "forum_kishi.yaml", ROOT / "bench" / "data" / "forum_koksu.yaml",
           ROOT / "bench" / "data" / "forum_karatal.yaml", ROOT / "bench" / "data" / "forum_kolsai.yaml",
           ROOT / "bench" / "data" / "forum_shardara.yaml"]
WHOLLY_HELD_OUT = {"forum_steppe.yaml", "forum_headlines.yaml", "forum_qala.yaml", "forum_ozen.yaml",
                   "forum_tobe.yaml", "forum_jaiyq.yaml", "forum_kapshagai.yaml", "forum_balqash.yaml",
                   "forum_shu.yaml", "forum_ertis.yaml", "forum_nura.yaml", "forum_syr.yaml",
                   "forum_ili.yaml", "forum_esil.yaml", "forum_tobyl.yaml", "forum_talas.yaml",
                   "forum_charyn.yaml", "forum_irgiz.yaml", "forum_emba.yaml", "forum_sarysu.yaml",
                   "forum_kendir.yaml", "forum_tentek.yaml", "forum_oiyl.yaml", "forum_torgai.yaml",
                   "forum_kaskelen.yaml", "forum_bayan.yaml", "forum_zhem.yaml", "forum_aqsu.yaml",
                   "forum_ulytau.yaml", "forum_khantau.yaml", "forum_shiderti.yaml", "forum_sauran.yaml",
                   "forum_ushkonyr.yaml", "forum_tamgaly.yaml", "forum_burabay.yaml", "forum_alakol.yaml",
                   "forum_zaisan.yaml", "forum_markakol.yaml", "forum_ulken.yaml", "forum_kishi.yaml",
                   "forum_koksu.yaml", "forum_karatal.yaml", "forum_kolsai.yaml", "forum_shardara.yaml"}


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT
    latin = next((a for a in argv if a.startswith("--kazakh-latin")), None)
    for path in files:
        cases = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["cases"]
        if latin:
            in_latin_letters(cases, latin.partition("=")[2])
        started = time.perf_counter()
        result = merge(proposals_from_cases(cases))
        took = time.perf_counter() - started
        print(f"== {path.name}: {sum(len(c['items']) for c in cases)} proposals, merged in {took:.2f} s")
        for part in ("tune", "held-out"):
            chosen = [c for c in cases if path.name in WHOLLY_HELD_OUT and part == "held-out"
                      or path.name not in WHOLLY_HELD_OUT and part_of(c) == part]
            if not chosen:
                continue
            print(f"-- {part}: {sum(len(c['items']) for c in chosen)} proposals")
            for line in format_table(evaluate(chosen, result)):
                print(line)
            if "--misses" in argv:
                print_misses(chosen, result)


# Kazakh typed without 2021's letters (--kazakh-latin=informal)
INFORMAL = {"ә": "a", "ғ": "gh", "ж": "zh", "й": "i", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
            "һ": "h", "і": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ю": "yu", "я": "ya"}


# the draft of 2018 (--kazakh-latin=2018): acutes, u ұ, ý у, ı и/й, i і, y ы, "sh" ш
DRAFT_2018 = {"а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "ıo", "ж": "j",
              "з": "z", "и": "ı", "й": "ı", "і": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ń",
              "о": "o", "ө": "ó", "п": "p", "р": "r", "с": "s", "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f",
              "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
              "ю": "ıý", "я": "ıa"}

# the draft of 2017 (--kazakh-latin=2017): apostrophes, u ұ, y' у, i і, i' и/й, y ы, s' ш, c' ч
DRAFT_2017 = DRAFT_2018 | {"ә": "a'", "ғ": "g'", "и": "i'", "й": "i'", "ң": "n'", "ө": "o'", "у": "y'", "ү": "u'",
                           "ч": "c'", "ш": "s'", "щ": "s's'", "ю": "i'y'", "я": "i'a", "ё": "i'o"}
DRAFTS = {"2017": DRAFT_2017, "2018": DRAFT_2018}


def in_latin_letters(cases: list[dict], style: str) -> None:
    """Write every Kazakh title and text of `cases` in Latin letters (2021's, or `style`'s)."""
    if style in DRAFTS:
        draft = DRAFTS[style]
        spell = str.maketrans(draft | {k.upper(): v[:1].upper() + v[1:] for k, v in draft.items() if v})
        _respell(cases, lambda text: text.translate(spell))
        return
    lower = _LATIN_2021 | {"i": {"і": "i"}, "informal": INFORMAL}.get(style, {})
    upper = {k.upper(): v.capitalize() for k, v in lower.items() if k not in "иі"}
    capitals = {"И": "I", "І": "I"} if style == "informal" else {"И": "İ", "І": "İ" if style == "i" else "I"}
    spell = str.maketrans(lower | upper | capitals)
    _respell(cases, lambda text: text.translate(spell).upper() if style == "capitals" else text.translate(spell))


def _respell(cases: list[dict], respell) -> None:
    """Replace every Kazakh title and text of `cases` (originals and supplied translations) by `respell`'s."""
    for item in (item for case in cases for item in case["items"]):
        texts = [item] if item["lang"] == "kk" else []
        texts += [t for lang, t in (item.get("translations") or {}).items() if lang == "kk"]
        for text in texts:
            for key in ("title", "text"):
                if text.get(key):
                    text[key] = respell(text[key])


def print_misses(cases, result) -> None:
    """Print positive pairs that were not found and trap pairs that were merged."""
    labels, _ = gold_labels(cases)
    cluster = {m.proposal_id: r.id for r in result.recommendations for m in r.members}
    suggested = {tuple(sorted((s.a, s.b))): s.score for s in result.suggestions}
    for (a, b), kind in sorted(labels.items()):
        same = cluster[a] == cluster[b]
        if kind in TRAPS + ("distinct",) and same:
            print(f"WRONG MERGE {kind}: {a} {b}")
        elif kind not in TRAPS + ("distinct",) and not same:
            print(f"{'suggested' if (a, b) in suggested else 'MISSED':<10} {kind}: {a} {b} {suggested.get((a, b), '')}")
    ids = {i["id"] for c in cases for i in c["items"]}
    for s in result.suggestions:
        if s.a in ids and s.b in ids and tuple(sorted((s.a, s.b))) not in labels:
            print(f"extra      {s.a} {s.b} {s.score} {s.reason}")
    for s in result.look_alikes:
        if s.a in ids and s.b in ids:
            print(f"look-alike {labels.get(tuple(sorted((s.a, s.b))), 'different')}: {s.a} {s.b} {s.score} {s.reason}")


if __name__ == "__main__":
    main(sys.argv[1:])
