"""Stress the merge's guards with opposite twins: no opposite ask and no other number may auto-merge.

    PYTHONPATH=src:. .venv/bin/python bench/trap_stress.py [FILE.yaml ...] [--sample N] [--seed S]
                                                         [--show all|holes|none] [--kind KIND] [--lang LANG]

For every labelled proposal of the sets (default: bench/data/*.yaml and tests/data/dedupe_eval.yaml,
format as bench/evaluate.proposals_from_cases reads it) this writes, by rule and in the proposal's
own language, twins that ask the opposite or give another number, one per rewrite kind that applies:

  verb      a verb (or its noun) swapped for its opposite: ru ввести/отменить, увеличить/уменьшить,
            повысить/снизить, расширить/ограничить, разрешить/запретить, открыть/закрыть,
            создать/ликвидировать, сохранить/упразднить, обязательный/добровольный …; kk енгізу/жою,
            арттыру/азайту, көбейту/азайту, кеңейту/шектеу, рұқсат ету/тыйым салу, міндетті/ерікті,
            ашу/жабу, сақтау/жою …; en introduce/abolish, increase/reduce, allow/ban, expand/limit,
            mandatory/voluntary, open/close …
  negation  a "not" put in or taken out: ru «не должны», «Не вводить …», «нельзя/можно»; kk «-мау»,
            «-басын», «… емес»; en "should not", "Do not introduce …", "must" for "must not"
  number    one number changed (5→7, 18→21, 2027→2030, 10 %→15 %, 100 000→150 000), or a number
            written in words («пяти»→«семи», «бес»→«жеті», "five"→"seven")

Only the title and the sentences that carry the ask (recbook.merge.features.ask_sentences) are
rewritten; a word a rule replaced there is then replaced wherever else it stands in the text, that way
round only (so «Нужны бесплатные» after «Платные курсы дороги» does not mirror the context), and a twin is
kept only where a rule changed the title or the ask. The twins carry no supplied
translations (a translation of the original would say the original's ask).

Each set is then merged whole with its twins added (rarity weights stay realistic), twins of one
idea (a case and those `same_as` joins to it) in different runs so they cannot meet each other:
a few merges per set, about two minutes for the 41 sets. For each original/twin pair the outcome is

  merged     one recommendation holds both: a HOLE (printed with the two texts, score and how)
  suggested  a suggestion joins their two clusters (a person decides: allowed)
  look-alike listed among the look-alikes kept apart (allowed)
  apart      neither (allowed)

`title-only` counts the holes whose twin differs in its title alone: the rule found its word only in the
title, so the twin's text is the original's (the merge's `similarity._one_text` then reads the pair as one
text under two titles). Such a twin says two things at once, but the merge means to keep a shared text
under titles that disagree apart too. And, separately, `dup-merged`: the twin auto-merged with another proposal of the original's own
idea (a paraphrase or copy of it), which is as much a hole. Deterministic: sets, proposals and rules
in sorted order, the optional sample (`--sample N`, default all) drawn with a fixed seed.
"""

from __future__ import annotations

import random
from difflib import SequenceMatcher
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the repository root, for bench.evaluate

from recbook.merge import merge  # noqa: E402
from recbook.merge.features import ask_sentences, make_variant  # noqa: E402
from recbook.merge.similarity import score_variants  # noqa: E402
from recbook.model import Proposal  # noqa: E402
from bench.evaluate import gold_labels, proposals_from_cases  # noqa: E402

KINDS = ("verb", "negation", "number")
LANGS = ("kk", "ru", "en")

# --------------------------------------------------------------------------------------------- helpers

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _cased(model: str, word: str) -> str:
    """Return `word` written in the case of `model` (all capitals, capitalized or lower)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


Rewrite = Callable[[str], str]  # one sentence (or a title) in, the same rewritten (or unchanged) out


def word_swap(table: dict[str, str], block: str | None = None, before: str | None = None) -> Rewrite:
    """Return a rewrite replacing whole words by `table` (lower-case forms), keeping their case.

    `block`: a pattern searched around the word (20 letters each side) that leaves it as is ("повышение
    квалификации" is training, not a rise). `before`: a pattern the text before the word must end with
    (English verbs that are also nouns or adjectives: "to open", "should limit").
    """
    blocked = re.compile(block, re.I) if block else None
    prior = re.compile(r"(?:" + before + r")\s*$", re.I) if before else None

    def run(s: str) -> str:
        def one(m: re.Match[str]) -> str:
            word = m.group(0)
            new = table.get(word.lower())
            if new is None:
                return word
            if blocked and blocked.search(s[max(0, m.start() - 25):m.end() + 25]):
                return word
            if prior and not prior.search(s[:m.start()]):
                return word
            return _cased(word, new)
        return _WORD.sub(one, s)
    return run


def swap_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return a table that turns each form into its partner, both ways."""
    table: dict[str, str] = {}
    for a, b in pairs:
        table.setdefault(a, b)
        table.setdefault(b, a)
    return table


def forms(a: str, b: str) -> list[tuple[str, str]]:
    """Return pairs of forms "x1 x2 …" / "y1 y2 …" written as two space-separated lists."""
    xs, ys = a.split(), [y.replace("_", " ") for y in b.split()]
    assert len(xs) == len(ys), (a, b)
    return list(zip(xs, ys))


def regex_sub(pattern: str, repl: str | Callable[[re.Match[str]], str], flags: int = re.I) -> Rewrite:
    compiled = re.compile(pattern, flags)
    return lambda s: compiled.sub(repl, s)


def both(*rewrites: Rewrite) -> Rewrite:
    """Return a rewrite that applies each of `rewrites` in turn (their words must not overlap)."""
    def run(s: str) -> str:
        for r in rewrites:
            s = r(s)
        return s
    return run


# --------------------------------------------------------------------------------------------- Russian

RU_VERBS: dict[str, Rewrite] = {
    "ru:ввести/отменить": word_swap(swap_pairs(forms(
        "ввести вводить введение введения введению введением введении ввести внедрить внедрение внедрения",
        "отменить отменять отмена отмены отмене отменой отмене отменить отменить отмена отмены")
        + forms("отмену", "введение")), block=r"\bвв\w+ в (эксплуатац|действ|строй|оборот)"),
    "ru:увеличить/уменьшить": word_swap(swap_pairs(forms(
        "увеличить увеличивать увеличение увеличения увеличению увеличением увеличении увеличить",
        "уменьшить уменьшать уменьшение уменьшения уменьшению уменьшением уменьшении уменьшить"))),
    "ru:сократить/увеличить": word_swap(swap_pairs(forms(
        "сократить сокращать сокращение сокращения сокращению сокращением сокращении",
        "увеличить увеличивать увеличение увеличения увеличению увеличением увеличении"))),
    "ru:снизить/повысить": word_swap(swap_pairs(forms(
        "снизить снижать снижение снижения снижению снижением снижении понизить",
        "повысить повышать повышение повышения повышению повышением повышении повысить")),
        block=r"повыш\w* квалификац|квалификац\w* повыш"),
    "ru:расширить/ограничить": word_swap(swap_pairs(forms(
        "расширить расширять расширение расширения расширению расширением расширении",
        "ограничить ограничивать ограничение ограничения ограничению ограничением ограничении")),
        block=r"ограниченн\w* возможност"),
    "ru:разрешить/запретить": word_swap(swap_pairs(forms(
        "разрешить разрешать разрешено разрешается разрешаются разрешить разрешение",
        "запретить запрещать запрещено запрещается запрещаются запрещить запрет")
        + forms("запрета запретом", "разрешения разрешением"))),
    "ru:открыть/закрыть": word_swap(swap_pairs(forms(
        "открыть открывать открытие открытия открытию", "закрыть закрывать закрытие закрытия закрытию"))),
    "ru:создать/ликвидировать": word_swap(swap_pairs(forms(
        "создать создавать создание создания созданию", "ликвидировать ликвидировать ликвидация ликвидации ликвидации")
        + forms("ликвидацию", "создание"))),
    "ru:сохранить/упразднить": word_swap(swap_pairs(forms(
        "сохранить сохранять сохранение сохранения сохранению", "упразднить упразднять упразднение упразднения упразднению"))),
    "ru:усилить/ослабить": word_swap(swap_pairs(forms(
        "усилить усиливать усиление усиления ужесточить ужесточение ужесточения",
        "ослабить ослаблять ослабление ослабления смягчить смягчение смягчения"))),
    "ru:продлить/сократить": word_swap(swap_pairs(forms(
        "продлить продлевать продление продления", "сократить сокращать сокращение сокращения"))),
    "ru:включить/исключить": word_swap(swap_pairs(forms(
        "включить включать включение включения", "исключить исключать исключение исключения"))),
    "ru:добавить/убрать": word_swap(swap_pairs(forms("добавить добавлять", "убрать убирать"))),
    "ru:обязательный/добровольный": word_swap(swap_pairs(forms(
        "обязательный обязательная обязательное обязательные обязательной обязательного обязательных "
        "обязательную обязательным обязательном",
        "добровольный добровольная добровольное добровольные добровольной добровольного добровольных "
        "добровольную добровольным добровольном"))),
    "ru:платный/бесплатный": word_swap(swap_pairs(forms(
        "бесплатный бесплатная бесплатное бесплатные бесплатной бесплатного бесплатных бесплатную бесплатно "
        "бесплатным",
        "платный платная платное платные платной платного платных платную платно платным"))),
    "ru:обязать/освободить": word_swap({"обязать": "освободить от обязанности", "обязывать": "освобождать от обязанности"}),
}

# perfective infinitives and the imperfective a "не" takes («ввести» → «не вводить»)
RU_IMPERFECTIVE = dict(forms(
    "ввести создать открыть закрыть увеличить сократить разрешить запретить выделить обязать построить "
    "установить провести включить перевести снизить повысить продлить расширить ограничить предоставить "
    "обеспечить сохранить отменить закрепить оставить передать принять добавить внедрить утвердить "
    "организовать упростить ужесточить усилить освободить выплатить перенести разместить публиковать "
    "опубликовать назначить вернуть изменить убрать",
    "вводить создавать открывать закрывать увеличивать сокращать разрешать запрещать выделять обязывать строить "
    "устанавливать проводить включать переводить снижать повышать продлевать расширять ограничивать предоставлять "
    "обеспечивать сохранять отменять закреплять оставлять передавать принимать добавлять внедрять утверждать "
    "организовывать упрощать ужесточать усиливать освобождать выплачивать переносить размещать публиковать "
    "публиковать назначать возвращать изменять убирать"))
_RU_BOUNDS = r"(?!(?:менее|более|позднее|позже|только|ниже|выше|реже|чаще|ранее|раньше|больше|меньше|свыше|дольше|превыша\w*|смотря|менее)\b)"
_RU_ASK = r"(?:предлагаем|предлагается|просим|прошу|рекомендуем|рекомендуется|нужно|надо|необходимо|следует|стоит|требуется)"


def _infinitive(word: str) -> bool:
    from recbook.merge.lemmas import _analyzer
    return any(p.tag.POS == "INFN" for p in _analyzer().parse(word)[:1])


def _ru_not_infinitive(m: re.Match[str]) -> str:
    lead, verb = m.group(1), m.group(2)
    imperfective = RU_IMPERFECTIVE.get(verb.lower())
    if imperfective is None and not _infinitive(verb.lower()):
        return m.group(0)
    word = imperfective or verb.lower()
    if not lead.strip():  # the sentence begins with it: «Ввести …» → «Не вводить …»
        return lead + _cased(verb, "не") + " " + word
    return lead + "не " + _cased(verb, word)


RU_NEGATION: dict[str, Rewrite] = {
    "ru:+не (модальное)": regex_sub(r"(?<![\w-])(?<!не )(должн[ыаоа]?|должен|следует|нужно|надо|обязан[ыао]?)\b",
                                    lambda m: _cased(m.group(1), "не") + " " + m.group(1).lower()),
    "ru:необходимо→не нужно": word_swap({"необходимо": "не нужно"}),
    "ru:+не (инфинитив)": regex_sub(r"(^\s*|\b" + _RU_ASK + r"\s+)([а-яё]+(?:ть|ти))\b", _ru_not_infinitive),
    "ru:−не": regex_sub(r"(?<![\w-])(?<!а )(?<!если )[Нн]е\s+" + _RU_BOUNDS
                        + r"(?=(?:[а-яё]+(?:ть|ти|чь|ться|тись)|должн|нужно|надо|следует|стоит|обязан|[а-яё]+(?:ется|ются|ится|ятся))\b)",
                        lambda m: ""),
    "ru:нельзя/можно": word_swap(swap_pairs([("нельзя", "можно"), ("недопустимо", "допустимо")])),
}

# --------------------------------------------------------------------------------------------- English

_EN_VERB_CONTEXT = r"(?:^|[.;:!?]|\bto|\bshould|\bmust|\bshall|\bwill|\bwould|\bcan|\band|\bor|\bplease|\bwe|\bthey|\bbe)"



def _en_pairs(*rows: tuple[tuple[str, ...], tuple[str, ...]]) -> dict[str, str]:
    pairs = []
    for a, b in rows:
        pairs += list(zip(a, b))
    return swap_pairs(pairs)


EN_VERBS: dict[str, Rewrite] = {
    "en:introduce/abolish": word_swap(_en_pairs(
        (("introduce", "introduces", "introduced", "introducing", "introduction"),
         ("abolish", "abolishes", "abolished", "abolishing", "abolition")),
        (("create", "creates", "creating", "creation"), ("abolish", "abolishes", "abolishing", "abolition")))),
    "en:increase/reduce": both(
        regex_sub(r"\b(an?|the|any)\s+(increase|reduction|decrease)\b",
                  lambda m: {"increase": "a reduction", "reduction": "an increase", "decrease": "an increase"}[m.group(2).lower()]
                  if m.group(1).lower() in ("a", "an") else m.group(1) + " " + {"increase": "reduction", "reduction": "increase",
                                                                                "decrease": "increase"}[m.group(2).lower()]),
        word_swap(_en_pairs((("increase", "increases", "increased", "increasing"), ("reduce", "reduces", "reduced", "reducing")),
                            (("decrease", "decreases", "decreased", "decreasing"), ("increase", "increases", "increased", "increasing"))),
                  block=r"reduced mobility|increased risk")),
    "en:raise/lower": word_swap(_en_pairs((("raise", "raises", "raised", "raising"), ("lower", "lowers", "lowered", "lowering"))),
                                before=_EN_VERB_CONTEXT, block=r"rais\w+ awareness|raise funds|raised by"),
    "en:allow/ban": word_swap(_en_pairs(
        (("allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting"),
         ("ban", "bans", "banned", "banning", "forbid", "forbids", "forbidden", "forbidding")),
        (("prohibit", "prohibits", "prohibited", "prohibiting"), ("allow", "allows", "allowed", "allowing"))),
        before=_EN_VERB_CONTEXT + r"|\bbe|\bis|\bare|\bnot"),
    "en:expand/limit": both(
        word_swap(_en_pairs(
            (("expand", "expands", "expanded", "expanding", "extend", "extends", "extending"),
             ("limit", "limits", "limited", "limiting", "shorten", "shortens", "shortening")),
            (("restrict", "restricts", "restricted", "restricting"), ("expand", "expands", "expanded", "expanding"))),
            before=_EN_VERB_CONTEXT),
        word_swap(_en_pairs((("expansion", "extension"), ("limitation", "shortening"))))),
    "en:open/close": word_swap(_en_pairs((("open", "opens", "opening"), ("close", "closes", "closing"))),
                               before=_EN_VERB_CONTEXT, block=r"open data|open[- ]air|close to|open source"),
    "en:strengthen/weaken": word_swap(_en_pairs(
        (("strengthen", "strengthens", "strengthening", "tighten", "tightening", "stricter"),
         ("weaken", "weakens", "weakening", "loosen", "loosening", "looser")))),
    "en:keep/abolish": word_swap(_en_pairs((("keep", "retain", "preserve"), ("abolish", "abolish", "abolish"))),
                                 before=_EN_VERB_CONTEXT),
    "en:include/exclude": word_swap(_en_pairs((("include", "includes", "included", "including", "inclusion"),
                                               ("exclude", "excludes", "excluded", "excluding", "exclusion"))),
                                    before=_EN_VERB_CONTEXT + r"|\bbe|\bis|\bare"),
    "en:add/remove": word_swap(_en_pairs((("add", "adds", "adding"), ("remove", "removes", "removing"))),
                               before=_EN_VERB_CONTEXT),
    "en:mandatory/voluntary": word_swap(_en_pairs((("mandatory", "compulsory", "obligatory"),
                                                   ("voluntary", "voluntary", "voluntary")))),
    "en:free/paid": regex_sub(r"\bfree of charge\b|\bfor free\b|\bfree(?= (?!of\b|up\b|from\b|to\b|and\b|time\b|speech\b)[a-z])",
                              lambda m: _cased(m.group(0), "for a fee" if m.group(0).lower() != "free" else "paid")),
}

_EN_IMPERATIVES = set(
    "introduce create increase reduce allow ban build open close provide fund require make set extend expand limit "
    "hold give launch establish publish pay raise cut keep add install train support abolish offer issue allocate "
    "oblige grant restore replace move hire exempt include exclude register equip ensure adopt extend lower".split())
EN_NEGATION: dict[str, Rewrite] = {
    "en:+not (modal)": regex_sub(r"\b(should|must|shall)\b(?! not\b)(?=\s+[a-z])",
                                 lambda m: m.group(1) + " not"),
    "en:+do not (imperative)": regex_sub(r"^(\s*)([A-Za-z]+)\b(?! (?:data|air|space|source|access)\b)",
                                         lambda m: m.group(1) + "Do not " + m.group(2).lower()
                                         if m.group(2).lower() in _EN_IMPERATIVES else m.group(0), flags=0),
    "en:−not": regex_sub(r"\b(should|must|shall|will|can|may|do|does|need)(?: not|n['’]t)\b(?! only| less| more| later| exceed)"
                         r"|\bcannot\b",
                         lambda m: "can" if m.group(0).lower() == "cannot" else m.group(1)),
}

# --------------------------------------------------------------------------------------------- Kazakh

_BACK, _FRONT = set("аоұы"), set("әеөүі")
_TO_BACK = str.maketrans("іеәөүгк", "ыааоұғқ")
_TO_FRONT = str.maketrans("ыаоұғқ", "іееүгк")
_VOICELESS = set("кқпстшфхчц")
_KK_VOWELS = set("аәеиоөуұүыіэюя")


def _back(word: str) -> bool:
    for ch in reversed(word):
        if ch in _BACK:
            return True
        if ch in _FRONT:
            return False
    return True


# the endings a verb stem takes in an ask: verbal noun -у and its cases, passive -ыл/-ін, imperative
# -сын, gerund -ып, participles, present tense, polite imperative
_KK_ENDING = (r"(?:у|уы|уі|уды|уді|уға|уге|уын|уін|уына|уіне|уда|уде|удың|удің"
              r"|[ыі]?[лн](?:сын|сін|уы|уі|у|уын|уін|уына|уіне|уға|уге|уды|уді|ған|ген|атын|етін|ады|еді|са|се)"
              r"|сын|сін|[ыі]?п|са|се|ған|ген|қан|кен|атын|етін|йтын|йтін|ады|еді|йды|йді|[ыі]?ңыз|[ыі]?ңіз)")


def _kk_join(stem: str, ending: str, old: str) -> str:
    """Return a Kazakh stem with an ending that followed the stem `old`, in the new stem's harmony."""
    back = _back(stem)
    ending = ending.translate(_TO_BACK if back else _TO_FRONT)
    vowel_end = stem[-1] in _KK_VOWELS and stem[-1] != "у"
    if ending[:1] in "ыі" and len(ending) > 1 and ending[1] in "лнпң":
        ending = ending[1:]  # the link vowel goes: put back below if the new stem needs it
    if ending[:1] == "н" and old.endswith("л") and not stem.endswith("л"):
        ending = "л" + ending[1:]  # сал-ын-сын → ет-іл-сін
    if ending[:1] == "л" and stem.endswith("л"):
        ending = "н" + ending[1:]  # ет-іл-сін → сал-ын-сын
    if ending[:1] in "лнпң" and not vowel_end:
        ending = ("ы" if back else "і") + ending  # енгіз-іл-сін, жой-ыл-сын
    if ending[:1] in "аей":  # the present and -атын: -ады/-еді after a consonant, -йды after a vowel
        ending = ("й" if vowel_end else "а" if back else "е") + ending[1:]
    if ending[:1] in "ғгқк":  # the participle: -қан after a voiceless consonant
        voiceless = stem[-1] in _VOICELESS
        ending = (("қ" if back else "к") if voiceless else ("ғ" if back else "г")) + ending[1:]
    word = stem + ending
    if stem.endswith("жап") and ending[:1] in _KK_VOWELS:
        word = stem[:-1] + "б" + ending  # жабу, жабылсын; жапсын
    return word.replace("йу", "ю").replace("йа", "я")


def kk_stem_swap(pairs: Sequence[tuple[str, str]], block: str | None = None) -> Rewrite:
    """Return a rewrite swapping Kazakh verb stems (both ways), their endings carried over."""
    table = swap_pairs(pairs)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, table), key=len, reverse=True))
                         + r")(" + _KK_ENDING + r")(?![\w-])", re.I)
    blocked = re.compile(block, re.I) if block else None

    def run(s: str) -> str:
        def one(m: re.Match[str]) -> str:
            if blocked and blocked.search(s[max(0, m.start() - 25):m.end() + 25]):
                return m.group(0)
            stem, ending = m.group(1), m.group(2)
            new = table[stem.lower()]
            return _cased(stem, _kk_join(new, ending.lower(), stem.lower()))
        spelt = _JOYU.sub(lambda m: m.group(1) + "йу", s)  # «жою» is жой-у
        out = pattern.sub(one, spelt)
        return s if out == spelt else out
    return run


_JOYU = re.compile(r"(?<![\w-])([Жж]о)ю(?=\w*)")


KK_VERBS: dict[str, Rewrite] = {
    "kk:енгізу/жою": kk_stem_swap([("енгіз", "жой")]),
    "kk:арттыру/азайту": kk_stem_swap([("арттыр", "азайт")]),
    "kk:көбейту/азайту": kk_stem_swap([("көбейт", "азайт")]),
    "kk:қысқарту/ұзарту": kk_stem_swap([("қысқарт", "ұзарт")]),
    "kk:көтеру/төмендету": kk_stem_swap([("көтер", "төмендет")]),
    "kk:кеңейту/шектеу": kk_stem_swap([("кеңейт", "шекте")]),
    "kk:күшейту/әлсірету": kk_stem_swap([("күшейт", "әлсірет"), ("қатаңдат", "жеңілдет")]),
    "kk:ашу/жабу": kk_stem_swap([("аш", "жап")]),
    "kk:құру/жою": kk_stem_swap([("құр", "тарат")]),
    "kk:сақтау/жою": kk_stem_swap([("сақта", "жой")], block=r"денсаулық сақта|сақтандыр"),
    "kk:рұқсат ету/тыйым салу": kk_stem_swap([("рұқсат ет", "тыйым сал"), ("рұқсат бер", "тыйым сал")]),
    "kk:міндетті/ерікті": word_swap(swap_pairs([("міндетті", "ерікті"), ("міндетті түрде", "ерікті түрде")])),
    "kk:тегін/ақылы": word_swap(swap_pairs([("тегін", "ақылы")])),
}


def _kk_negative(stem: str) -> str:
    """Return the negative suffix -ма/-ба/-па (harmonized) a Kazakh verb stem takes."""
    last = stem[-1]
    if last in _VOICELESS:
        syllable = "п"
    elif last in "зжмнң":
        syllable = "б"
    else:
        syllable = "м"
    return syllable + ("а" if _back(stem) else "е")


_KK_ASK_AFTER = r"(?=\s+(?:керек|қажет|тиіс|тиісті|міндетті|ұсынамыз|ұсынылады|сұраймыз|сұралады|талап)\b|\s*[.!]?\s*$)"


def _kk_not(m: re.Match[str]) -> str:
    stem, ending = m.group(1), m.group(2)
    if len(stem) < 3 or stem.lower().endswith(("ма", "ме", "ба", "бе", "па", "пе")):
        return m.group(0)
    if ending.startswith("ю"):
        stem, ending = stem + "й", "у" + ending[1:]
    if stem.endswith("б"):
        stem = stem[:-1] + "п"  # жабу → жаппау
    return stem + _kk_negative(stem.lower()) + ending


KK_NEGATION: dict[str, Rewrite] = {
    # the verbal noun that carries the ask: «… салу керек» → «салмау керек», «… беру.» → «бермеу.»
    "kk:+ма (етістік)": regex_sub(r"(?<![\w-])([а-яәғқңөұүһі]{2,}?)(у|уы|уі|ю|юы|уын|уін|уды|уді|уға|уге)" + _KK_ASK_AFTER,
                                  _kk_not),
    # the imperative after a passive: «берілсін» → «берілмесін»
    "kk:+ма (-сын)": regex_sub(r"(?<![\w-])([а-яәғқңөұүһі]{2,}[лн])(сын|сін)(?![\w-])",
                               lambda m: m.group(1) + _kk_negative(m.group(1).lower()) + m.group(2)),
    "kk:қажет/керек + емес": regex_sub(r"\b(қажет|керек)\b(?! емес)(?=\s*[.!]?\s*$)", r"\1 емес"),
    "kk:−емес": regex_sub(r"(?<!үкіметтік)(?<!коммерциялық)(?<!ғана)(?<!қана)\s+емес\b", ""),
    "kk:−ма": regex_sub(r"(?<![\w-])([а-яәғқңөұүһі]{3,}?)(ма|ме|ба|бе|па|пе)(у|уы|уі|уға|уге|уды|уді)(?![\w-])"
                        r"|(?<![\w-])([а-яәғқңөұүһі]{2,}[лн]|бол|бер|ет|ал|кет)(ма|ме|ба|бе|па|пе)(сын|сін)(?![\w-])",
                        lambda m: (m.group(1) + m.group(3)) if m.group(1) else (m.group(4) + m.group(6))),
}

# --------------------------------------------------------------------------------------------- numbers

_NUMBER = re.compile(r"(?<![\w.,:/-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:([.,]\d+))?(?![\w/]|[.,:]\d)(\s*(%|процент\w*|пайыз\w*|percent))?")


def _changed_number(n: int, percent: bool) -> int:
    if 1900 <= n <= 2100 and not percent:
        return n + 3  # a year: 2027 → 2030
    if percent:
        return n + 5 if n <= 90 else n - 5  # 10 % → 15 %
    if n < 10:
        return n + 2  # 5 → 7
    if n < 100:
        return n + 3  # 18 → 21
    return n + n // 2  # 100 000 → 150 000


def _written(n: int, like: str) -> str:
    """Return `n` grouped in thousands as `like` was (with its separator), or plain."""
    sep = next((c for c in like if not c.isdigit()), None)
    if sep is None:
        return str(n)
    return f"{n:,}".replace(",", sep)


NUMBER_WORDS = {
    "ru": dict(forms("два две двух трех три пять пяти шесть десять десяти двадцать двадцати тридцать тридцати "
                     "семь семи восемь сорок пятьдесят сто двум тремя",
                     "три три трех пяти пять семь семи восемь двенадцать двенадцати тридцать тридцати сорок "
                     "сорока девять девяти десять пятьдесят шестьдесят двести трем пятью")),
    "kk": dict(forms("екі үш бес алты он жиырма отыз елу жүз", "үш бес жеті сегіз он_екі отыз қырық алпыс екі_жүз")),
    "en": dict(forms("two three five six ten twenty thirty fifty hundred",
                     "three five seven eight twelve thirty forty sixty thousand")),
}


def number_rewrites(language: str) -> dict[str, Callable[[str, str], tuple[str, str]]]:
    """Return the number rules: each takes (title, ask) and returns them rewritten, one number changed alike."""

    def digits(title: str, ask: str) -> tuple[str, str]:
        for m in _NUMBER.finditer(title + "\n" + ask):
            raw, decimals = m.group(1), m.group(2) or ""
            n = int(re.sub(r"\D", "", raw))
            if n == 0:
                continue
            new = _written(_changed_number(n, bool(m.group(4))), raw) + decimals
            same = re.compile(r"(?<![\w.,:/-])" + re.escape(raw + decimals) + r"(?![\w/]|[.,:]\d)")
            return same.sub(new, title), same.sub(new, ask)
        return title, ask

    table = NUMBER_WORDS[language]
    words = re.compile(r"(?<![\w-])(" + "|".join(sorted(table, key=len, reverse=True)) + r")(?![\w-])", re.I)

    def spelt(title: str, ask: str) -> tuple[str, str]:
        m = words.search(title + "\n" + ask)
        if not m:
            return title, ask
        word = m.group(1)
        same = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
        return (same.sub(_cased(word, table[word.lower()]), title), same.sub(_cased(word, table[word.lower()]), ask))

    return {f"{language}:digits": digits, f"{language}:number-word": spelt}


RULES: dict[str, dict[str, dict[str, Rewrite]]] = {
    "ru": {"verb": RU_VERBS, "negation": RU_NEGATION},
    "en": {"verb": EN_VERBS, "negation": EN_NEGATION},
    "kk": {"verb": KK_VERBS, "negation": KK_NEGATION},
}

# --------------------------------------------------------------------------------------------- twins


@dataclass(frozen=True)
class Twin:
    original: Proposal
    kind: str
    rule: str
    proposal: Proposal

    @property
    def title_only(self) -> bool:
        """Return True if only the title was rewritten: the twin's text is the original's."""
        return self.proposal.text == self.original.text


def _ask_parts(text: str) -> list[str]:
    """Return the parts of `text` that carry its ask (the whole text when it is all ask)."""
    asked = ask_sentences(text)
    return [text] if asked is None else [s for s in asked.split("\n") if s.strip()]


def _rewrite_text(text: str, rewrite: Rewrite) -> str:
    """Return `text` with its ask parts rewritten."""
    out = text
    for part in _ask_parts(text):
        new = "\n".join(rewrite(line) for line in part.split("\n"))
        if new != part:
            out = out.replace(part, new, 1)
    return out


def _swaps(before: str, after: str) -> dict[str, str]:
    """Return the words (or phrases) a rewrite replaced, lower-case, and what it put in their place."""
    wa, wb = _WORD.findall(before), _WORD.findall(after)
    found = {}
    for op, i1, i2, j1, j2 in SequenceMatcher(None, [w.lower() for w in wa], [w.lower() for w in wb],
                                               autojunk=False).get_opcodes():
        if op == "replace":  # a "not" inserted alone ("should not") is not spread: "be" → "not be" everywhere
            found[" ".join(wa[i1:i2]).lower()] = " ".join(wb[j1:j2]).lower()
    return found


def _spread(swaps: dict[str, str], text: str) -> str:
    """Return `text` with each of `swaps` made wherever it stands, in that direction only."""
    if not swaps:
        return text
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(swaps, key=len, reverse=True))) + r")(?![\w-])",
                         re.I)
    return pattern.sub(lambda m: _cased(m.group(0), swaps[m.group(0).lower()]), text)


def twins_of(p: Proposal, kinds: Sequence[str] = KINDS) -> list[Twin]:
    """Return one twin per rewrite kind that applies to `p` (rules tried in a fixed order, seeded by its id)."""
    found = []
    rng = random.Random(p.id)
    for kind in kinds:
        options: list[tuple[str, str, str]] = []
        if kind == "number":
            for name, rule in number_rewrites(p.language).items():
                parts = _ask_parts(p.text)
                title, ask = rule(p.title, "\n".join(parts))
                if (title, ask) == (p.title, "\n".join(parts)):
                    continue
                text = p.text
                if parts == [p.text]:
                    text = ask
                else:
                    for old, new in zip(parts, ask.split("\n")):
                        text = text.replace(old, new, 1)
                options.append((name, title, text))
        else:
            for name, rule in RULES.get(p.language, {}).get(kind, {}).items():
                title, text = rule(p.title), _rewrite_text(p.text, rule)
                if (title, text) == (p.title, p.text):
                    continue  # the rule says nothing of the title and the ask
                # the words changed in the title and the ask are changed wherever else they stand, that way
                # round only (the ask part found may be too short: «Просим установить требование:» before
                # what it requires; «Платные курсы дороги. Нужны бесплатные» keeps its context), so a title
                # and a text say one thing; a twin whose text never says the word is marked title_only
                text = _spread(_swaps(p.title + "\n" + p.text, title + "\n" + text), text)
                options.append((name, title, text))
        if options:
            name, title, text = rng.choice(sorted(options))
            twin = Proposal(f"{p.id}~{kind}", p.group, p.direction, p.language, title, text)
            found.append(Twin(p, kind, name, twin))
    return found


# --------------------------------------------------------------------------------------------- the runs


@dataclass
class Outcome:
    twin: Twin
    set_name: str
    outcome: str  # merged / suggested / look-alike / apart
    dup_merged: tuple[str, ...] = ()  # other proposals of the original's idea the twin merged with
    score: float = 0.0
    how: str = ""
    reason: str = ""


def _batches(twins: list[Twin], home: dict[str, int]) -> list[list[Twin]]:
    """Split twins into runs where no two twins belong to one idea (so they cannot meet each other)."""
    runs: list[tuple[set[int], list[Twin]]] = []
    for t in twins:
        key = home[t.original.id]
        run = next((r for r in runs if key not in r[0]), None)
        if run is None:
            run = (set(), [])
            runs.append(run)
        run[0].add(key)
        run[1].append(t)
    return [r[1] for r in runs]


def run_set(path: Path, kinds: Sequence[str], chosen: set[str] | None, langs: Sequence[str]) -> list[Outcome]:
    cases = YAML(typ="safe").load(path.read_text(encoding="utf-8"))["cases"]
    proposals = proposals_from_cases(cases)
    _, gold = gold_labels(cases)
    home = {pid: g // 1000 for pid, g in gold.items()}
    idea = {pid: g for pid, g in gold.items()}
    twins = [t for p in sorted(proposals, key=lambda p: p.id) if p.language in langs
             and (chosen is None or f"{path.name}:{p.id}" in chosen) for t in twins_of(p, kinds)]
    outcomes = []
    for batch in _batches(twins, home):
        result = merge(proposals + [t.proposal for t in batch])
        rec_of = {m.proposal_id: r for r in result.recommendations for m in r.members}
        suggested = {frozenset((rec_of[s.a].id, rec_of[s.b].id)): s for s in result.suggestions}
        alike = {frozenset((rec_of[s.a].id, rec_of[s.b].id)): s for s in result.look_alikes}
        for t in batch:
            a, b = t.original.id, t.proposal.id
            ra, rb = rec_of[a], rec_of[b]
            same_idea = [m for m in rb.member_ids if m != b and m != a and m in idea
                         and idea[m] == idea[a] and idea[m] % 1000 == 0]
            if ra.id == rb.id:
                member = next(m for m in ra.members if m.proposal_id in (a, b) and m.proposal_id != ra.canonical) \
                    if ra.canonical in (a, b) else next(m for m in ra.members if m.proposal_id == b)
                outcomes.append(Outcome(t, path.name, "merged", tuple(same_idea), ra.score, f"{ra.how}/{member.how}"))
                continue
            key = frozenset((ra.id, rb.id))
            if key in suggested:
                s = suggested[key]
                outcomes.append(Outcome(t, path.name, "suggested", tuple(same_idea), s.score, reason=s.reason))
            elif key in alike:
                s = alike[key]
                outcomes.append(Outcome(t, path.name, "look-alike", tuple(same_idea), s.score, reason=s.reason))
            else:
                outcomes.append(Outcome(t, path.name, "apart", tuple(same_idea)))
            if same_idea:
                outcomes[-1].score = rb.score
                outcomes[-1].how = rb.how
    return outcomes


def _alone(t: Twin) -> str:
    """Return how the pair reads scored alone (flat rarity): its score and guard, for the hole list."""
    a = make_variant(t.original.id, t.original.language, t.original.title, t.original.text, True)
    b = make_variant(t.proposal.id, t.proposal.language, t.proposal.title, t.proposal.text, True)
    s = score_variants(a, b)
    return f"alone {s.score} exact={s.exact} guard={s.guard!r} absence={s.absence}"


def _short(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def _diff(a: str, b: str) -> str:
    """Return the words that differ between two texts, "old → new" (a quick reading of the rewrite)."""
    wa, wb = a.split(), b.split()
    i = 0
    while i < min(len(wa), len(wb)) and wa[i] == wb[i]:
        i += 1
    j = 0
    while j < min(len(wa), len(wb)) - i and wa[-1 - j] == wb[-1 - j]:
        j += 1
    return f"{' '.join(wa[i:len(wa) - j])!r} → {' '.join(wb[i:len(wb) - j])!r}"


def report(outcomes: list[Outcome], show: str) -> None:
    cols = ("twins", "merged", "title-only", "dup-merged", "suggested", "look-alike", "apart")
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for o in outcomes:
        for key in ((o.twin.original.language, o.twin.kind), (o.twin.original.language, "all"), ("all", o.twin.kind),
                    ("all", "all")):
            c = counts[key]
            c["twins"] += 1
            c[o.outcome] += 1
            c["dup-merged"] += bool(o.dup_merged)
            c["title-only"] += o.outcome == "merged" and o.twin.title_only
        by_rule[o.twin.rule]["twins"] += 1
        by_rule[o.twin.rule][o.outcome] += 1
        by_rule[o.twin.rule]["dup-merged"] += bool(o.dup_merged)
        by_rule[o.twin.rule]["title-only"] += o.outcome == "merged" and o.twin.title_only
    print(f"{'lang':<5}{'kind':<10}" + "".join(f"{c:>11}" for c in cols))
    for lang in LANGS + ("all",):
        for kind in KINDS + ("all",):
            c = counts.get((lang, kind))
            if c:
                print(f"{lang:<5}{kind:<10}" + "".join(f"{c[k]:>11}" for k in cols))
    print()
    print(f"{'rule':<32}" + "".join(f"{c:>11}" for c in cols))
    for rule in sorted(by_rule):
        c = by_rule[rule]
        print(f"{rule:<32}" + "".join(f"{c[k]:>11}" for k in cols))
    if show == "none":
        return
    print()
    for o in outcomes:
        if o.outcome == "merged" or o.dup_merged or show == "all":
            t = o.twin
            label = "HOLE" if o.outcome == "merged" else "DUP-HOLE" if o.dup_merged else o.outcome
            print(f"{label}{' (title only)' if t.title_only else ''} {o.set_name} {t.original.id} [{t.rule}] "
                  f"score {o.score} how {o.how} {o.reason}" + (f" with {','.join(o.dup_merged)}" if o.dup_merged else ""))
            if label != o.outcome:
                print(f"   {_alone(t)}")
            print(f"   change: title {_diff(t.original.title, t.proposal.title)}; text {_diff(t.original.text, t.proposal.text)}")
            print(f"   orig: {_short(t.original.title, 70)} | {_short(t.original.text)}")
            print(f"   twin: {_short(t.proposal.title, 70)} | {_short(t.proposal.text)}")


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv if not a.startswith("--") and a.endswith(".yaml")]
    files = files or sorted((ROOT / "bench" / "data").glob("*.yaml")) + [ROOT / "tests" / "data" / "dedupe_eval.yaml"]
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    kinds = tuple(opts["kind"].split(",")) if "kind" in opts else KINDS
    langs = tuple(opts["lang"].split(",")) if "lang" in opts else LANGS
    chosen = None
    if "sample" in opts:  # a fixed-seed sample of proposals across all sets
        every = [f"{f.name}:{p.id}" for f in files
                 for p in proposals_from_cases(YAML(typ="safe").load(f.read_text(encoding="utf-8"))["cases"])]
        chosen = set(random.Random(int(opts.get("seed", "18"))).sample(sorted(every), min(int(opts["sample"]), len(every))))
    started = time.perf_counter()
    outcomes = []
    for path in files:
        outcomes += run_set(path, kinds, chosen, langs)
    print(f"{len(files)} sets, {len(outcomes)} twins, {time.perf_counter() - started:.1f} s\n")
    report(outcomes, opts.get("show", "holes"))


if __name__ == "__main__":
    main(sys.argv[1:])
