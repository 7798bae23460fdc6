"""One text under many titles: the copies are checked one kind at a time, never pair by pair (copies.py)."""

from __future__ import annotations

from itertools import product

import pytest

from merge_helpers import FILLER, clusters, prop
import recbook.merge as merging
from recbook.merge import cluster, merge, similarity
from recbook.merge.copies import Copies
from recbook.merge.features import all_variants
from recbook.merge.guards import guard
from recbook.merge.similarity import exact_copies

MINUTES_RU = ("Собрания местного сообщества обсуждают насущные проблемы села, но их протоколы часто остаются "
              "недоступны жителям. Рабочая группа предлагает публиковать протокол и решения каждого собрания "
              "на сайте акимата района в течение десяти дней.")
MINUTES_KK = ("Жергілікті қоғамдастық жиналыстары ауылдың өзекті мәселелерін талқылайды, бірақ олардың хаттамалары "
              "көбіне тұрғындарға қолжетімсіз болып қалады. Жұмыс тобы әрбір жиналыстың хаттамасы мен қабылданған "
              "шешімдерін он күн ішінде аудан әкімдігінің сайтында жариялауды ұсынады.")
MINUTES_EN = ("Local community meetings discuss the village's pressing problems, but their minutes often stay out "
              "of residents' reach. The working group proposes to publish the minutes and decisions of every "
              "meeting on the district akimat's website within ten days.")
# words no guard reads, to make every title another title
PLAIN = ["сайт", "село", "жители", "протокол", "собрание", "район", "решение", "акимат", "неделя", "община",
         "совет", "встреча", "сход", "лист", "реестр", "архив", "доска", "портал"]


def plain_title(i: int, head: str = "Протоколы собраний") -> str:
    return f"{head}: {PLAIN[i % 18]} {PLAIN[i // 18 % 18]}"


def count_clustering(monkeypatch) -> dict[str, int]:
    """Count the pair scores and one-text readings (similarity._one_text) the clustering step computes."""
    counts = {"on": 0, "computed": 0}

    def counted(real):
        def wrapped(*args, **kwargs):
            counts["computed"] += counts["on"]
            return real(*args, **kwargs)
        return wrapped

    def clustering(*args, **kwargs):
        counts["on"] = 1
        try:
            return build(*args, **kwargs)
        finally:
            counts["on"] = 0

    build = merging.build_clusters
    monkeypatch.setattr(merging, "build_clusters", clustering)
    monkeypatch.setattr(cluster, "score_pair", counted(cluster.score_pair))
    monkeypatch.setattr(similarity, "_one_text", counted(similarity._one_text))
    return counts


N = 300


def test_one_text_under_hundreds_of_titles_costs_scores_in_their_number_not_their_pairs(monkeypatch):
    # each title was a kind of its own, and a copy joined a cluster only once scored against every
    # kind in it: N²/2 scores (2,000 copies: 61 s instead of 0.5); titles that no guard reads apart
    # are one kind now
    props = [prop(f"G{i:03d}-01", MINUTES_RU, "ru", plain_title(i)) for i in range(N)]
    counts = count_clustering(monkeypatch)
    result = merge(props + FILLER)
    assert tuple(p.id for p in props) in clusters(result)
    assert counts["computed"] < N, counts  # was N²/2 pair scores, each reading the two as one text


def test_copies_whose_titles_disagree_still_never_meet_through_a_third_and_cost_their_number(monkeypatch):
    # "more" and a plain title are one proposal over one text, and so are "less" and a plain one, but
    # "more" and "less" never: the "less" copies stay apart from a cluster that holds a "more" one
    more = [prop(f"G{i:03d}-01", MINUTES_RU, "ru", plain_title(i, ("Протоколы собраний", "Увеличить число протоколов")[i % 2]))
            for i in range(N - 10)]
    less = [prop(f"G{i:03d}-01", MINUTES_RU, "ru", plain_title(i, "Сократить число протоколов")) for i in range(N - 10, N)]
    counts = count_clustering(monkeypatch)
    found = clusters(merge(more + less + FILLER))
    assert tuple(p.id for p in more) in found
    assert tuple(p.id for p in less) in found
    assert counts["computed"] < N, counts


TITLES = {
    "ru": [plain_title(0), plain_title(1), plain_title(2), "Публиковать протоколы", "Публиковать протоколы собраний",
           "Не публиковать протоколы", "Увеличить число протоколов", "Сократить число протоколов",
           "Протоколы за 10 дней", "Протоколы за 5 дней", "Отменить протоколы", "Ввести протоколы",
           "Обязательные протоколы", "Добровольные протоколы", "Недопустимо скрывать протоколы",
           "Допустимо скрывать протоколы", "Протоколы в Караганде", "Протоколы в Астане", "Бесплатные протоколы",
           "Платные протоколы", "Протоколы для молодёжи", "Протоколы для женщин", "Протоколы не менее чем за 3 дня",
           "Скрывать протоколы", "Не скрывать протоколы", "Скрывать допустимо"],
    "kk": ["Хаттамалар", "Жиналыс хаттамалары", "Хаттамаларды жариялау", "Хаттамаларды жарияламау",
           "Хаттамаларды жаппасын", "Хаттамаларды жапсын", "Шектеусіз жариялау", "Шектеулі жариялау",
           "Хаттамаларды 5 күнде жариялау", "Хаттамаларды міндетті түрде жариялау", "Хаттамаларды көбейту",
           "Хаттамаларды азайту", "Хаттама жүйесін құру", "Хаттама жүйесін тарату", "Хаттама сақтайтын жүйе",
           "Хаттама жоятын жүйе"],
    "en": ["Meeting minutes", "Minutes of meetings", "Publish meeting decisions", "Do not publish meeting decisions",
           "Meeting decisions should not be published", "Unpaid publication of minutes", "Paid publication of minutes",
           "Publish minutes within 5 days", "Abolish the minutes", "Introduce the minutes", "More minutes",
           "Fewer minutes", "Mandatory minutes", "Voluntary minutes", "Hide the minutes", "Do not hide the minutes",
           "Publication of minutes"],
}


@pytest.mark.parametrize("lang, text", [("ru", MINUTES_RU), ("kk", MINUTES_KK), ("en", MINUTES_EN)])
def test_copies_of_one_kind_are_exact_copies_of_the_same_others(lang, text):
    # a kind stands for each of its copies: two copies of one kind are one proposal with the same others
    props = [prop(f"G{i:02d}-01", text, lang, t) for i, t in enumerate(TITLES[lang])]
    # one text typed without its sentence break has the same key, but is no long text (_one_text reads that)
    props += [prop(f"H{i:02d}-01", text.replace(". ", " "), lang, t) for i, t in enumerate(TITLES[lang][:4])]
    variants = all_variants(props)
    copies = Copies(variants)
    ids = [p.id for p in props]
    exact = {(x, y): exact_copies(variants[x][0], variants[y][0]) for x, y in product(ids, ids)}
    for x, y in product(ids, ids):  # a pair is scored in id order: alike kinds are exact copies either way
        assert copies.alike(copies.kind(x), copies.kind(y)) == (exact[x, y] and exact[y, x]), (x, y)
    first = {}
    for x in ids:  # and every guard reads two copies of one kind alike against any other copy
        one = variants[first.setdefault(copies.kind(x), x)][0]
        assert all(guard(one, variants[y][0]) == guard(variants[x][0], variants[y][0]) for y in ids), x
    assert 1 < len(first) < len(ids)  # titles a guard reads apart are kinds of their own; the others share one


def test_copies_under_titles_that_cycle_more_less_and_plain_still_join_their_kind():
    # the exact copies of one text were chained in id order: a "less" copy between a plain and a "more" one
    # broke the chain wherever it stood, and in a forum too large to score every pair nothing else joined
    # the two sides (300 copies cycling plain / "more" / "less": 202 recommendations); each kind now runs
    # unbroken: two recommendations, one holding every "more" copy, the other every "less" one (a plain
    # copy is one proposal with either)
    heads = ("Протоколы собраний", "Увеличить число протоколов", "Сократить число протоколов")
    props = [prop(f"G{i:03d}-01", MINUTES_RU, "ru", plain_title(i, heads[i % 3])) for i in range(N)]
    ours = [c for c in clusters(merge(props + FILLER)) if set(c) <= {p.id for p in props}]
    assert len(ours) == 2, len(ours)
    more, less = ({p.id for i, p in enumerate(props) if i % 3 == k} for k in (1, 2))
    assert sorted((len(set(c) & more), len(set(c) & less)) for c in ours) == [(0, 100), (100, 0)]


def test_copies_under_titles_that_swap_a_word_for_its_opposite_never_join_through_a_third():
    # «сақтайтын» / «жоятын» (keep / destroy moisture) are read only as the one word two titles differ in
    # (substitution.opposite_swap): a copy's kind must read them too, or a chain of copies joined all five
    text = ("Ақмола облысында көктемде топырақтағы ылғал тез ұшып кетеді, ал соқамен жырту жерді одан әрі "
            "құрғатады. Шағын шаруашылықтарға жерді жыртпай егетін техниканы сатып алуға субсидия беру керек.")
    titles = ["Ылғал сақтайтын технологияға субсидия", "Ылғал жоятын технологияға субсидия", "Технологияға субсидия",
              "Ылғал сақтайтын технологияға субсидия беру", "Ылғал жоятын технологияға субсидия беру"]
    result = merge([prop(f"G{i}-01", text, "kk", t) for i, t in enumerate(titles, 1)] + FILLER)
    keeping, destroying = {"G1-01", "G4-01"}, {"G2-01", "G5-01"}
    assert not any(keeping & set(c) and destroying & set(c) for c in clusters(result))
