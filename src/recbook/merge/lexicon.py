"""Small word lists for matching: stop words, synonyms, polarity and number words.

All entries are written in the folded matching form (see normalize.fold_kk):
Kazakh letters already mapped to their Russian-keyboard stand-ins.
"""

from __future__ import annotations

import re

from . import places

STOPWORDS: frozenset[str] = frozenset(
    # ru
    "и в во на для по с со к ко о об от до из за при а но или что как это их его ее "
    "также все всех быть так же чтобы ряд ане "
    # kk (folded)
    "мен бен пен жане ушин да де та те ал бул сол осы ар барлык киын тиис кажет "
    # en
    "the a an of and to for in on at by with or be as that this from into its their all ratherthan".split()
)

AT_LEAST, AT_MOST = "atleast", "atmost"  # the tokens of a lower and an upper bound, in every language
BOUNDS: frozenset[str] = frozenset({"at_least", "at_most"})  # their glossary concepts (concepts.py)

# what may follow "more than" / "less than" when it bounds a number: digits, or a number spelt out
_NUMERAL = (r"(?= (\d|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
            r"|fifty|sixty|seventy|eighty|ninety|hundred|двух|трех|четырех|пяти|шести|семи|восьми|девяти"
            r"|десяти|двадцати|тридцати|сорока|пятидесяти|ста)\b))")


class LazyPattern:
    """A regular expression compiled on its first use (a check of the sample uses 17 of PHRASES' 32)."""

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def sub(self, repl: str, string: str) -> str:
        """Return re.sub(pattern, repl, string), compiling the pattern once."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled.sub(repl, string)


# Multi-word names folded to one token before anything else, so "үкіметтік емес ұйым"
# is not read as a negation and "NGO" meets "non-governmental organisations". Each pattern is
# tried only on a text holding one of its gates (plain substrings, "|"-separated): a substring
# test costs far less than a regular expression scanning every text, and a pattern whose gates
# no text holds is never compiled.
PHRASES: tuple[tuple[LazyPattern, str, tuple[str, ...]], ...] = tuple(
    (LazyPattern(p), t, tuple(g.split("|")))
    for p, t, g in (
        (r"\bукиметтик емес уйым\w*", "уеу", "укиметтик"),
        (r"\bкоммерциялык емес уйым\w*", "кеу", "коммерциялык"),
        # "non-commercial" and "non-governmental" before another noun («коммерциялық емес БАҚ»): no "not",
        # as «некоммерческие СМИ» and "non-profit media" are one word without one
        (r"\b(коммерциялык|укиметтик) емес\b", r"\1емес", "коммерциялык емес|укиметтик емес"),
        (r"\bнеправительственн\w* организац\w*", "нпо", "неправительственн"),
        (r"\bнекоммерческ\w* организац\w*", "нко", "некоммерческ"),
        (r"\bnon governmental organi[sz]ation\w*", "ngo", "non governmental"),
        (r"\bnon profit organi[sz]ation\w*", "npo", "non profit"),
        (r"\bngos\b", "ngo", "ngos"),
        (r"\bnpos\b", "npo", "npos"),
        (r"\bnon governmental\b", "ngo", "non governmental"),
        (r"\bnon profits?\b", "npo", "non profit"),
        (r"\bnon (commercial|state)\b", r"non\1", "non commercial|non state"),  # no "not" (as «некоммерческий»)
        # the state language is Kazakh (Constitution, art. 7): «на государственном языке» and «на казахском
        # языке» ask for one thing, and the language contrast (CONTRASTS) must not read them apart
        (r"\bгосударственн(ый|ого|ому|ом|ым) язык", r"казахск\1 язык", "государственн"),
        (r"\bмемлекеттик тил", "казак тил", "мемлекеттик тил"),
        (r"\bstate language", "kazakh language", "state language"),
        # "can't" is split at its apostrophe like "don't", but "can" alone says no "not"
        (r"\bcan t\b", "cannot", "can t"),
        # the "one-stop shop" of public services is the "single window" («одно окно», «бір терезе»):
        # one concept, and its "stop" is no negation
        (r"\bone stop shops?\b|\bsingle windows?\b|\b(одного|одно|единого|единое) окн[оа]\b"
         r"|\bбир терезе\w*", "onestopshop", "one stop|window| окн|терезе"),
        # "not only X" asks for X and more: no negation
        (r"\bне только\b", "нетолько", "не только"),
        (r"\bnot only\b", "notonly", "not only"),
        (r"\b[гк]ана емес\b", "ганаемес", "ана емес"),  # ғана / қана (after a voiceless consonant)
        # a lower bound on a number is one concept in kk/ru/en ("at least 30 days" = "no less than 30
        # days" = "не менее 30 дней" = "30 күннен кем емес"), an upper bound another; their "not"
        # ("не", "no", "емес", "-ма-") does not deny the ask (glossary concepts at_least / at_most)
        (r"\b(не (менее|меньше|ниже)( чем)?|как минимум|по меньшей мере|минимум(?= \d))\b", AT_LEAST,
         "не мен|не ниже|минимум|меньшей мере"),
        (r"\b(at least|(no|not) (less|fewer) than|(a )?minimum of|at a minimum|minimum(?= \d)|or more)\b",
         AT_LEAST, "least|less than|fewer than|minimum|or more"),
        (r"\b(кеминде|ен кеми|кем дегенде|кем (емес|болма\w*))\b", AT_LEAST, "кем"),
        (r"\b(не (более|больше|свыше|выше|превыша\w*)( чем)?|максимум(?= \d))\b", AT_MOST,
         "не бол|не свыше|не выше|не превыша|максимум"),
        (r"\b(at most|(no|not) more than|not exceeding|(a )?maximum of|maximum(?= \d)|up to(?= \d)"
         r"|or (less|fewer))\b", AT_MOST, "most|more than|exceeding|maximum|up to|or less|or fewer"),
        (r"\b(ен коби|(коп|артык|жогары) (емес|болма\w*)|аспа(у|уы|уга|йтын|сын))\b", AT_MOST,
         "коби|коп емес|коп болма|артык емес|артык болма|жогары емес|жогары болма|аспа"),
        (r"\b(томен|аз) (емес|болма\w*)\b", AT_LEAST, "томен емес|томен болма|аз емес|аз болма"),  # "5 %-дан төмен болмауы": not lower
        # ... and without a "not" the same words after a number's ablative are the other bound: «100 мың
        # теңгеден төмен болуы» (below) stands against «… төмен болмауы» (not below), as "under" and "not under"
        (r"(?<=(?:дан|ден|тан|тен|нан|нен) )(кем|томен|аз)\b", AT_MOST, "н кем|н томен|н аз"),  # gates: the ablatives end in н
        (r"(?<=(?:дан|ден|тан|тен|нан|нен) )(коп|артык|жогары)\b", AT_LEAST, "н коп|н артык|н жогары"),
        # "more than 250 employees" = "over 250 staff" = «свыше 250» = «250-ден астам»: a bound on a
        # number, not an ask for more (after "not more than" above has been read as an upper bound)
        (r"\b(more than|over|above)" + _NUMERAL, AT_LEAST, "more than|over |above "),
        (r"\b(более|больше|свыше)" + _NUMERAL, AT_LEAST, "более|больше|свыше"),
        (r"(?<=\d )(\w{2,3} )?астам\b", AT_LEAST, "астам"),
        (r"\b(less than|fewer than|under|below)" + _NUMERAL, AT_MOST, "less than|fewer than|under |below "),
        (r"\b(менее|меньше)" + _NUMERAL, AT_MOST, "менее|меньше"),
        # other bounds ("не позднее", "no later than") and contrasts ("раз в год, а не
        # ежеквартально", "rather than"): their "not" does not deny the ask either
        (r"\bне (позднее|позже|ранее|раньше|дольше|реже|чаще)\b", r"не\1", "не "),
        (r"\bа не\b", "ане", "а не"),
        (r"\b(no|not) (later|earlier|longer) than\b", r"\1\2than", "than"),
        (r"\brather than\b", "ratherthan", "rather than"),
        # "close to" / "close by" is near, and «закрыть дефицит» fills a gap: no closing (lexicon.DOWN)
        (r"\bclose (to|by)\b", r"near", "close to|close by"),
        (r"\bзакры(ть|тие|тия|вать)(?= (дефицит|потребност|нехватк|пробел|ваканс|вопрос|долг))", "восполнить", "закры"),
        # "every day / week / month / quarter / year" is one word, as «ежемесячно» and "monthly" are
        (r"\b(кун|апта|ай|токсан|жыл) сайын\b", r"\1сайын", "сайын"),
        (r"\b(a|one) (third|quarter)\b", r"a\2", "third|quarter"),  # a fraction, not the third stage
        (r"\bен (томенги|томен)\b", "ентоменги", "ен томен"),  # «ең төменгі жалақы»: the minimum wage
        (r"\bен (жогаргы|жогары)\b", "енжогары", "ен жогар"),
        # «до 23 часов», «до 23:00» is a time of day, "before" (CONTRASTS), not an amount («до 10 %»)
        (r"\bдо(?= \d{1,2}(?: \d\d)? час| \d{1,2} \d\d\b)", "раньше", "до "),
        # paid in other words: "consultations for a fee" / "… free of charge", «за плату» (CONTRASTS: cost);
        # one token, so its "for" is no stance either
        (r"\b(for (a )?fees?|for payment|fee (paying|based))\b", "forafee", "fee|for payment"),
        (r"\bза (отдельную )?плату\b", "заплату", "плату"),
        # a change by an amount or to a level: "raise grants by 10 %" / "to 10 %", «на 10 %» / «до 10 %»
        (r"\bby" + _NUMERAL, "byamount", "by "),
        (r"(?<!\d )\bto" + _NUMERAL, "tolevel", "to "),  # not a range: "5 to 10 days"
        (r"\bна" + _NUMERAL, "наколво", "на "),
        (r"\bдо" + _NUMERAL, "долевел", "до "),  # after «до 23 часов» (a time of day) just above
    )
)

# Words that exclude each other within one kind, in kk/ru/en (folded, whole words; "\w*" marks a stem):
# two texts alike but for "weekly" / "monthly", "before" / "after", "must" / "may", "paid" / "free"
# ask different things — the first two are other numbers —, and a short text with one word
# swapped is otherwise read as a paraphrase (substitution.py). A kind only guards when each
# text uses a word of it the other does not.
CONTRASTS: dict[str, dict[str, str]] = {
    "frequency": {
        "daily": r"daily|ежедневн\w*|кунсайын|кунделикти",
        "weekly": r"weekly|еженедельн\w*|аптасайын|апталык",
        "monthly": r"monthly|ежемесячн\w*|айсайын",
        "quarterly": r"quarterly|ежеквартальн\w*|токсансайын",
        "yearly": r"yearly|annual|annually|ежегодн\w*|жылсайын",
    },
    # "до" is left out: «до 10 %», «до конца года» name an amount or a deadline far more often
    "time": {"before": r"before|until|till|прежде|раньше|дейин|бурын", "after": r"after|после|позже|кейин"},
    "modal": {"must": r"must|shall|должн\w*|обязан\w*", "may": r"may|могут|может|вправе"},
    "scope": {"all": r"all|every|each|все|всех|всем|всеми|кажд\w+|барлык\w*|ар|арбир|букил",
              # not "several", «несколько», «бірнеше»: "several reports" tells of the context, no ask's scope
              "some": r"some|certain|некотор\w+|кейбир\w*"},
    # a stand taken: "we are against the dam" / "we are for the dam" («против» / «за», «қарсы» / «қолдаймыз»);
    # not "support" / «поддержка» / «қолдау», the help an ask so often asks for, nor «қолдану» (apply)
    "stance": {"against": r"against|oppose[sd]?|против|карсы\w*", "for": r"for|favour|favor|за|колдайды|колдаймыз"},
    "extreme": {"minimum": r"minimum|minimal|минимальн\w*|ентоменги", "maximum": r"maximum|maximal|максимальн\w*|енжогары"},
    # in a list or out of it ("include rural clinics" / "exclude rural clinics"); not Kazakh «қосу» (add)
    # or «шығару» (also publish), which say far more
    "membership": {"include": r"includ\w*|inclusion|включ\w*", "exclude": r"exclud\w*|exclusion|исключ\w*"},
    "staff": {"hire": r"hire[sd]?|hiring|recruit\w*|нанять|нанимать", "dismiss": r"fire[sd]?|firing|dismiss\w*|уволить|увольн\w*"},
    # a date or a day named by a word, not a number; left out: «среда» (also environment), «маусымдық»
    # (seasonal), «лет» (years), and English "March" and "May" (a march; "may" is a modal above)
    "month": {
        "1": r"january|январ\w*|кантар\w*", "2": r"february|феврал\w*|акпан\w*",
        "3": r"март|марта|марте|наурыз\w*", "4": r"april|апрел\w*|сауир\w*", "5": r"май|мая|мае|мамыр\w*",
        "6": r"june|июн\w*|маусым|маусымда|маусымнын|маусымга", "7": r"july|июл\w*|шилде\w*",
        "8": r"august|август\w*|тамыз\w*", "9": r"september|сентябр\w*|кыркуйек\w*",
        "10": r"october|октябр\w*|казан|казанда|казаннын", "11": r"november|ноябр\w*|караша\w*",
        "12": r"december|декабр\w*|желтоксан\w*",
    },
    "weekday": {
        "1": r"monday|mondays|понедельник\w*|дуйсенби\w*", "2": r"tuesday|tuesdays|вторник\w*|сейсенби\w*", "3": r"wednesday|wednesdays|сарсенби\w*",
        "4": r"thursday|thursdays|четверг\w*|бейсенби\w*", "5": r"friday|fridays|пятниц\w*|жума|жумада", "6": r"saturday|saturdays|суббот\w*|сенби\w*",
        "7": r"sunday|sundays|воскресен\w*|жексенби\w*",
    },
    "season": {
        "spring": r"spring|весн\w*|коктем\w*", "summer": r"summer|лето|летом|летн\w*|жазда|жазгы",
        "autumn": r"autumn|осен\w*|куз|кузде|кузги", "winter": r"winter|зим\w*|кыста|кыскы",
    },
    # the language a thing is in or for: "textbooks in Kazakh" / "… in Russian", «на казахском» / «на русском»,
    # «қазақ тілінде» / «орыс тілінде»; the people too ("ethnic Kazakhs", «казахов», «қазақтар»).
    # Not the state's adjective («казахстанский», «қазақстандық», "Kazakhstani"), nor the countries
    # (names); Russian «казак» (a Cossack) is read as Kazakh, rare in proposals
    "language": {
        "kazakh": r"kazakh|kazakhs|казахск\w*|казах|казахи|казахов|казахам|казахами|казахах|казак|казакша|казактар\w*"
                  r"|казакка|казакты|казактын|казакпен",
        "russian": r"russian|russians|русск\w*|орыс|орысша|орыстар\w*|орыска|орысты|орыстын",
        "english": r"english|английск\w*|агылшын\w*",
        "chinese": r"chinese|китайск\w*|кытай\w*",
        "uzbek": r"uzbek|uzbeks|узбекск\w*|узбек|узбеки|узбеков|озбек|озбекше|озбектер\w*",
        "uyghur": r"uyghur|uyghurs|uighur|uighurs|уйгурск\w*|уйгур|уйгуры|уйгуров|уйгыр|уйгырша|уйгырлар\w*",
        "german": r"german|germans|немецк\w*|немис|немисше|немистер\w*",
        "korean": r"korean|koreans|корейск\w*|корейцы|корейцев|корей|корейше|корейлер\w*",
        "turkish": r"turkish|турецк\w*|турик|турикше",
    },
    # only before a number (lexicon.PHRASES): «до конца года» is a deadline, and in both texts if in one
    "change": {"by": r"byamount|наколво", "to": r"tolevel|долевел"},
    "cost": {"paid": r"paid|forafee|заплату|платн\w*|возмездн\w*|акылы", "free": r"free|бесплатн\w*|безвозмездн\w*|тегин|акысыз"},
    # a tax or a duty lifted or laid: "exempt small farms from land tax" / "subject small farms to land
    # tax" (auto-merged at 0.82 before: one word each, and «от» / «to» around it), or "… should pay land
    # tax"; not Kazakh «салу» (levy, but also build: «салу» for «босату» is a swapped word anyway)
    "liability": {"exempt": r"exempt\w*|освобод\w*|освобожд\w*|босат\w*",
                  "liable": r"liable|liability|subject|pay|pays|paying|облага\w*|обложить|обложени\w*|плати\w*|платят"
                            r"|уплач\w*|уплат\w*|толе\w*"},
}

NEGATIONS: frozenset[str] = frozenset(
    # «нельзя» (one may not): «можно с питомцем» / «нельзя с питомцем» ask opposite things
    "не нет ни без нельзя отказаться отказать запретить запрещить запрещать запрет запретить емес жок тыйым "
    "not no never without nor neither none nothing cannot stop ban banned prohibit prohibited forbid "
    "forbidden forbids disallow refuse reject refrain воздержаться воздерживаться отказ отказа отказе "
    # "non-refundable": the prefix split off by its hyphen (the "non-" names above are joined first)
    "non "
    # English contractions are split at the apostrophe: "shouldn t"
    "don doesn didn isn aren wasn weren shouldn mustn needn won wouldn couldn hasn haven".split()
)
# ... and the words a ban is said in, in every form: «запрета», «запрещается», «запрещенной», "prohibits",
# "prohibition", "forbidding", "bans", "banning" (a prefix matched at a word's start)
NEGATION_STEMS: tuple[str, ...] = ("запрет", "запрещ", "prohibit", "forbid", "forbad")
NEGATION_WORDS_EN: frozenset[str] = frozenset({"bans", "banning"})

# a plain "not" and the ban it stands before deny each other: «не запрещать», "do not ban", "shouldn't be
# banned", "should not stop" allow what «запретить», "ban", "stop" forbid (features.double_negations)
PLAIN_NOTS: frozenset[str] = frozenset(
    "не ни нет not no never cannot don doesn didn isn aren wasn weren shouldn mustn needn won wouldn couldn"
    " hasn haven".split())
BANS: frozenset[str] = frozenset("ban bans banned banning stop stops stopped prohibit prohibits prohibited forbid "
                                 "forbids forbidden disallow disallowed".split())

# Kazakh verbal negation (folded letters): -ма/-ме/-ба/-бе/-па/-пе before the verbal noun
# and its case forms (-у: бермеу, болмауы, көрсетпеуі; an ask's object: «беруді ұсынады» /
# «бермеуді ұсынады», «жаппауға»), the present (-йды: бермейді), the participles (-ған: алмаған,
# -йтын: жүргізілмейтін), the imperative (-сын: болмасын), the converb (-й: етілмей) and the past (-ды:
# алмады, жабылмады; until the twentieth pass «Мектеп жабылды» / «Мектеп жабылмады» merged). "ет" is the one two-letter root
# (рұқсат етпеу). The imperative is read only after a passive -л-/-н-
# (талап етілмесін, жасалмасын) or in a few common verbs: "-ма/-ба/-пе + сын" is far more
# often a noun's possessive accusative (бағдарламасын, бастамасын, жобасын, тәжірибесін).
# Each pattern's first group begins at the negation: conflicts.negated_keys cuts the root there.
KK_NEGATED_VERB = re.compile(r"^\w{3,}(ма|ме|ба|бе|па|пе)(у|уы|уи|уды|уди|уга|уге|уын|уин|удын|удин|уда|уде"
                             r"|уына|уине)$"
                             r"|^ет(пе)(у|уи|уди|уге|уин|удин|уде|уине)$"
                             r"|^\w{2,}(ма|ме|ба|бе|па|пе)(йды|йди|ган|ген|йтын|йтин)$"
                             r"|^\w{2,}[лн](ма|ме|ба|бе)(сын|син)$"
                             r"|^\w{2,}[лн](ма|ме|ба|бе)(с)$"  # «жабылмас үшін» (so as not to be closed)
                             # «міндетті етілмей, … өз еркінде қалуы керек» (not made binding, left to
                             # choice): the negative converb after a passive -л- (жасалмай, етілмей),
                             # -ын-/-ін- (алынбай, білінбей) or -н- of a verb in -ла-/-ле- (жарияланбай,
                             # төленбей), and of "ет" — bare "-май/-бай" ends many names (Семей, Бурабай,
                             # Асанбай, Оралбай: after л the "not" is -ма, never -ба) and «жаппай» (mass)
                             r"|^\w{2,}л(ма|ме)(й)$|^\w+(?:[ыи]|л[аеыи])н(ба|бе)(й)$|^ет(пе)(й)$"
                             r"|^(болмасын|бермесин|етпесин|алмасын|кетпесин)$"
                             # the past: «алмады», «жабылмады», «жөнделмеді», «айтпадық» (not taken, closed,
                             # repaired, said), from three letters before the "not" or after a root of two:
                             # «табады», «жабады», «көмеді» are a present tense (finds, closes, buries)
                             r"|^(?:\w{3,}|ал|ет|ек|ас|ат|ур|иш|же|жу|ки|ку|ой|ус|ок)(ма|ме|ба|бе|па|пе)(ды|ди)"
                             r"(?:м|к|н|ныз|низ)?$")

# Word beginnings that make an ask binding (+1) or leave it to choice (−1): "mandatory
# registration" and "voluntary registration" are opposite asks in the same words.
# «обязать» / «обязывать» bind someone (not «обязанност», a duty one may be freed from)
MANDATORY: tuple[str, ...] = ("обязательн", "обязать", "обязыва", "mandator", "compulsor", "obligator", "миндетти")
OPTIONAL: tuple[str, ...] = ("добровольн", "необязательн", "факультатив", "voluntar", "optional")
# whole words only: «ерікті» (voluntary) begins «еріктілер» (volunteers), which leave nothing to choice
OPTIONAL_WORDS: frozenset[str] = frozenset({"ерикти"})

# the kinds whose words English capitalizes ("in Kazakh", "in July", "on Monday"): read as these
# kinds, not as names (features.names_and_bodies), so they are compared alike in every language
NOT_NAMES: frozenset[str] = frozenset({"language", "month", "weekday"})

# Word beginnings that mark the sentence carrying a proposal's ask, after its context: a modal
# ("should", «необходимо», «тиіс»), a verb of proposing («предлагаем», «ұсынылады») or of
# need («нужно», «қажет»). Folded as in normalize.fold_kk (ұсын → усын, қажет → кажет).
ASK_MARKERS: tuple[str, ...] = (
    "should", "must", "ought", "recommend", "propos", "urge", "call on", "request",
    "предлага", "предлож", "необходим", "следует", "нужно", "надо", "должн", "рекоменд", "просим",
    "усын", "кажет", "тиис", "керек", "сурай",
)

# Word beginnings that ask for more (+1) or for less (−1): prefixes of five letters or
# more match any word they begin; shorter ones only the whole word ("cut", not "culture"), and so
# does one written with a final "$" ("close$": not "closely").
UP: tuple[str, ...] = (
    "увелич", "повыс", "повыш", "расшир", "нарост", "усил", "усили", "усиле", "рост", "роста", "добав",
    "больш", "арттыр", "кобейт", "кенейт", "осир", "осиру", "кушейт", "улгайт", "жогарлат", "котер",
    "increas", "expand", "raise", "raising", "extend", "strengthen", "grow", "boost", "more", "higher",
    # tighter rules ask for more of them
    "ужесточ", "катандат", "stricter", "tighten", "tighter", "toughen", "harsher",
    # longer hours or terms («продлить часы работы»)
    "продл",
)
DOWN: tuple[str, ...] = (
    # a prefix of four letters matches only the whole word: "снизить", "понизить" need five
    "сократ", "сокращ", "уменьш", "сниз", "сниж", "снизи", "снижа", "сниже", "пониз", "пониж",
    "огранич", "отмен", "упраздн", "ликвид", "меньш", "урез", "уреза",
    "азайт", "кыскарт", "томенд", "шекте", "жою", "жойы", "токтат", "вывест", "withdraw",
    "reduc", "decreas", "cut", "lower", "limit", "abolish", "eliminat", "fewer", "less", "shorten",
    "restrict", "curb", "remov",
    # closing a thing asks for less of it: «закрыть» / «открыть», «жабу» / «ашу», "close" / "open" (not «закрытый»,
    # a closed list, "closely", nor «не закрывая», "keeping it open"); «жойып», «жойылсын» (destroy) as «жою».
    # Opening is no START: «мектеп ашу» (open a school) read against «тапшылығын жоюға» (to end a shortage)
    "закрыть", "закрыти", "жабу", "жабуды", "жабуга", "жабыл", "close$", "closes$", "closing", "closure",
    "жойып", "жойыл",
    # lighter rules ask for less of them, and so does simpler paperwork ("less paperwork")
    "смягч", "ослаб", "жумсарт", "lighter", "loosen", "looser", "soften", "relax",
    "упрост", "упрощ", "онайлат", "женилдет", "simplif", "simpler", "streamlin",
)

# The DOWN words that end a thing rather than ask for less of it: "abolish X" stands against
# "keep X" or "require X", which name no direction, so one of them in one text only is a
# conflict, not a detail the other leaves out (conflicts.py)
ENDS: tuple[str, ...] = ("отмен", "упраздн", "ликвид", "жою", "жойы", "токтат", "abolish", "eliminat", "вывест",
                         "withdraw", "закрыть", "закрыти", "жабу", "жабыл", "close$", "closes$", "closing",
                         "closure", "remov", "жойып", "жойыл")

# Words that bring a thing into being: "introduce X" stands against "abolish X" even where both texts
# ask for less of something else ("ввести ночное снижение яркости" / "отменить ночное снижение
# яркости": both hold "снижение"), so an END word in one text and one of these in the other is a
# conflict (conflicts.starts_against_ends). Folded word beginnings of five letters or more; the
# shorter Kazakh ones are whole words («құру» → «куру», not «курулыс»).
STARTS: tuple[str, ...] = (
    "ввест", "введе", "введи", "ввода", "внедр", "учред", "созда",
    "introduc", "establish", "create", "creatin", "creation", "launch",
    "енгиз", "орнат", "куру", "курсын", "курылсын",
)

# Pairs of words that ask opposite things where one stands in the other's place and nothing else
# differs, though neither alone is a word of ending or of bringing in: «тарату» mostly distributes
# («ақпарат тарату»), «жоятын» disposes of («өлексесін жоятын»: as a word of ending it cost forum_torgai
# a cross-language pair), «сақтау» stores as often as it keeps. «… орталықтарын құру» / «… орталықтарын
# тарату» (create / dissolve) and «Ылғал сақтайтын …» / «Ылғал жоятын …» (keep / destroy) are two asks
# (substitution.opposite_swap). Folded word beginnings, per language: (one side, other side).
OPPOSITE_SWAPS: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    "kk": (
        (("куру", "курыл", "курга", "курсын"), ("тарат",)),  # create / dissolve
        (("куру", "курыл", "курга", "курсын", "сакта"), ("жой", "жоя", "жою")),  # create, keep / destroy
    ),
}

# Number words per language, mapped to digits so "три года" meets "3 года".
# A scale after a number multiplies it: "5 млн" = «пяти миллионов» = "5 million" = "5 000 000"
# (word beginnings, folded: мың → мын)
SCALES: tuple[tuple[str, int], ...] = (
    ("тысяч", 10**3), ("тыс", 10**3), ("thousand", 10**3), ("мын", 10**3),
    ("миллион", 10**6), ("млн", 10**6), ("million", 10**6),
    ("миллиард", 10**9), ("млрд", 10**9), ("billion", 10**9),
    ("триллион", 10**12), ("трлн", 10**12), ("trillion", 10**12),
)

# Roman numerals of two letters or more (a stage, a quarter, a century: "stage II", «II квартал», «ХХІ
# ғасыр»), also typed with the Kazakh «І» (folded и) or Cyrillic «Х»; one letter ("I", "V", "X") is too
# often a word or a letter; and «их» (their), «хи» are words, not IX and XI, «ИИ» is AI, not II
_ROMAN = {"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "xi": "11",
          "xii": "12", "xiii": "13", "xiv": "14", "xv": "15", "xvi": "16", "xvii": "17", "xviii": "18",
          "xix": "19", "xx": "20", "xxi": "21", "xxii": "22"}
ROMAN_NUMERALS = {**_ROMAN, **{k.replace("i", "и").replace("x", "х"): v for k, v in _ROMAN.items()
                                  if "v" not in k and k not in ("ix", "xi", "ii")}}

NUMBER_WORDS: dict[str, dict[str, str]] = {
    # ru, with the forms that follow numerals most often ("трех лет", "пяти лет")
    "ru": {
    "два": "2", "две": "2", "двух": "2", "три": "3", "трех": "3", "четыре": "4",
    "четырех": "4", "пять": "5", "пяти": "5", "шесть": "6", "шести": "6", "семь": "7",
    "семи": "7", "восемь": "8", "восьми": "8", "девять": "9", "девяти": "9",
    "десять": "10", "десяти": "10", "одиннадцать": "11", "одиннадцати": "11", "двенадцать": "12",
    "двенадцати": "12", "тринадцать": "13", "тринадцати": "13", "четырнадцать": "14",
    "четырнадцати": "14", "пятнадцать": "15", "пятнадцати": "15", "шестнадцать": "16",
    "шестнадцати": "16", "семнадцать": "17", "семнадцати": "17", "восемнадцать": "18",
    "восемнадцати": "18", "девятнадцать": "19", "девятнадцати": "19", "двадцать": "20",
    "двадцати": "20", "тридцать": "30", "тридцати": "30", "сорок": "40", "пятьдесят": "50",
    "сорока": "40", "пятидесяти": "50", "шестьдесят": "60", "шестидесяти": "60", "семьдесят": "70",
    "семидесяти": "70", "восемьдесят": "80", "восьмидесяти": "80", "девяносто": "90", "девяноста": "90", "сто": "100", "ста": "100",
    "двести": "200", "двухсот": "200", "триста": "300", "трехсот": "300", "четыреста": "400",
    "четырехсот": "400", "пятьсот": "500", "пятисот": "500", "шестьсот": "600", "шестисот": "600",
    "семьсот": "700", "семисот": "700", "восемьсот": "800", "восьмисот": "800", "девятьсот": "900",
    "девятисот": "900",
    # the dative and instrumental ("семьям с тремя детьми", «к двум школам»); not «семью», which is
    # also a family («поддержать семью»)
    "двум": "2", "двумя": "2", "трем": "3", "тремя": "3", "четырем": "4", "четырьмя": "4", "пятью": "5",
    "шестью": "6", "восемью": "8", "девятью": "9", "десятью": "10", "двадцатью": "20", "тридцатью": "30",
    "половину": "50%", "половина": "50%", "половины": "50%", "половине": "50%", "половиной": "50%",
    "полтора": "1.5", "полторы": "1.5", "вдвое": "2x",
    "треть": "1/3", "трети": "1/3", "третью": "1/3", "четверть": "1/4", "четверти": "1/4", "четвертью": "1/4",
    },
    "kk": {
    "еки": "2", "уш": "3", "торт": "4", "бес": "5", "алты": "6", "жети": "7",
    "сегиз": "8", "тогыз": "9", "он": "10", "жырма": "20", "жиырма": "20", "отыз": "30", "кырык": "40", "елу": "50",
    "алпыс": "60", "жетпис": "70", "сексен": "80", "токсан": "90", "жуз": "100",
    "уштен": "1/3", "торттен": "1/4", "бестен": "1/5", "оннан": "1/10",  # «үштен бір»: one of three
    "жарты": "50%", "жартысы": "50%", "жартысын": "50%", "жартысына": "50%", "жартысынан": "50%",
    },
    "en": {
    "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
    "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
    "nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
    "seventy": "70", "eighty": "80", "ninety": "90",
    "hundred": "100", "half": "50%", "twice": "2x", "double": "2x", "athird": "1/3", "aquarter": "1/4",
    "thirds": "1/3",
    },
}
for _table in NUMBER_WORDS.values():
    _table.update(ROMAN_NUMERALS)

# Glossary concepts (glossary.py) that name whom an ask is for: "a council of young people" and
# "a council of women" are different asks in the same words.
GROUPS: frozenset[str] = frozenset({"young", "women", "elderly", "disability", "children", "veterans"})

# Productive first parts of compounds, folded ("медиасауаттылық", "медиаграмотность",
# "экотуризм", "cybersecurity"): features.parts splits one off when the whole word is no
# glossary term but the rest is one, so "медиа" + "сауаттылық" meets "media literacy".
COMPOUND_HEADS: tuple[str, ...] = (
    "медиа", "онлайн", "кибер", "эко", "агро", "био", "веб", "видео", "теле", "электро",
    "энерго", "вело", "авто", "фото", "радио", "инфо",
    "media", "online", "cyber", "eco", "agro", "agri", "bio", "web", "video", "tele", "electro",
)

# The places of Kazakhstan moved to places.py (a gazetteer, with whole words for the names that begin
# common words): this alias holds its prefixes only; places.is_place also reads its whole words
PLACES: tuple[str, ...] = places.PREFIXES
