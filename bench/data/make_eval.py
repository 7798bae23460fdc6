"""Generate tests/data/dedupe_eval.yaml from hand-written cases (homoglyph/keyboard variants derived)."""
import sys
from ruamel.yaml import YAML

HOMO = str.maketrans("аоерсіАОЕРСІ", "aoepciAOEPCI")
KB = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноууhиАГКНОУУХИ".replace("h", "х"))

def homo(s, every=2):
    # swap every `every`-th swappable letter to its Latin look-alike
    out, n = [], 0
    for ch in s:
        t = ch.translate(HOMO)
        if t != ch:
            n += 1
            if n % every == 0:
                out.append(t); continue
        out.append(ch)
    return "".join(out)

cases = []
def case(kind, *items, note=None, same_as=None):
    cases.append({"kind": kind, "items": list(items), **({"note": note} if note else {}),
                  **({"same_as": same_as} if same_as else {})})
def P(id, lang, title, text, **tr):
    d = {"id": id, "lang": lang, "title": title, "text": text}
    if tr:
        d["translations"] = {k: {"title": v[0], "text": v[1]} for k, v in tr.items()}
    return d

exec(open(sys.argv[1]).read())

y = YAML(); y.width = 4096; y.allow_unicode = True
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("# Labelled evaluation set for recbook dedupe (bench/dedupe_quality.py, tests/test_merge_quality.py).\n"
            "# Each case lists proposals. kind exact/spelling/homoglyph/keyboard/paraphrase/cross: all items of the\n"
            "# case are one idea and should merge. kind trap-polarity/trap-number: items must NEVER auto-merge.\n"
            "# kind distinct: unrelated asks on nearby topics. Pairs across cases are different asks,\n"
            "# unless a case says same_as: <first id of another case> (then they are one idea).\n"
            "# Homoglyph and keyboard items were derived from their partner by substituting letters.\n")
    y.dump({"cases": cases}, f)
print(len(cases), sum(len(c["items"]) for c in cases))
