"""The review page's wording in the secretariat's language (the conference's source_language).

Plain words instead of the merge's jargon: no "canonical", no "1 members", no
raw scores. Counts are written as "Label: n", which needs no plural forms.
The merge's reasons (English, from recbook.merge.similarity) are matched by
their start and said again here; one not listed is shown as it is.
"""

from __future__ import annotations

import re

SEP = "; "  # between two reasons of one pair: merge.reasons.SEP (a renderer imports no merge module)

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Review of similar proposals",
        "proposals": "Proposals received", "printed": "Recommendations in the book",
        "joined": "of them joined from several proposals", "to_look": "Pairs to look at",
        "aside": "Not printed (rejected, withdrawn or deferred)",
        "how_it_works": "Proposals that say the same thing were joined into one recommendation; the book "
                        "prints one wording for it and names every group. Pairs that may say the same thing "
                        "are listed first: decide whether to join them.",
        "attention": "What recbook found in the inputs",
        "attention_how": "Each note says what it is about, where (file:line or file:sheet!cell) and, in English, "
                         "recbook's own message, as recbook check prints it.",
        "suggested": "May say the same thing — please decide",
        "merged": "Joined into one recommendation", "set_aside": "Not printed in the book",
        "votes": "Votes", "none": "–", "recommendation": "Recommendation", "reason": "Reason",
        "paste": "To decide, add one of these lines at the end of inputs/decisions.yaml "
                 "(or use recbook review export):",
        "join": "join them", "keep_apart": "keep them apart", "split_off": "take it out of this recommendation",
        "use_wording": "print this proposal's wording instead",
        "printed_wording": "wording printed in the book", "same": "the same text",
        "very_close": "very close", "close": "close", "somewhat": "somewhat alike",
        "exact": "same text, joined automatically", "auto": "joined automatically",
        "manual": "joined by your decision",
        "rejected": "rejected", "withdrawn": "withdrawn by the group", "deferred": "deferred",
        "numbers": "the numbers differ", "list_and": "and", "no_number": "none",
        "direction": "one asks for more, the other for less or neither",
        "negation": "only one of them says “not”", "modality": "one is binding, the other is not",
        "names": "they name different people or places", "groups": "they are for different groups of people",
        "word": "the same text but for one word, and that word changes the ask",
        "contrast": "they differ in a word that changes the ask (how often, when, all or some, paid or free, exempt or liable …)",
        "no_language": "written in different languages "
        "with no translation yet: only names, numbers and key terms were compared",
        "not_every": "close, but not to every proposal already joined with the other",
        "below": "similar, but not enough to join them without you",
        "letters": "each other's closest match: the same words in other forms",
        "common": "they share only words many proposals use",
        "bounds": "they set different bounds (“at least”, “at most”, or none)",
        "bounds_set": "they set different bounds", "at_least": "“at least”", "at_most": "“at most”",
        "no_bound": "none",
        "triangle": "similar, and both are suggested with",
        "lang_kk": "Kazakh", "lang_ru": "Russian", "lang_en": "English",
        "alike_count": "Look-alikes kept apart",
        "look_alikes": "Look alike, but kept apart — they differ",
        "look_alikes_why": "These pairs use nearly the same words but differ in a number, in asking for more or less, in a “not”, in being binding, in the place or body they name, in whom they are for or in one word that changes the ask, so they were not joined. Check that they really differ; if two say the same thing after all, join them.",
    },
    "ru": {
        "title": "Проверка похожих предложений",
        "proposals": "Поступило предложений", "printed": "Рекомендаций в сборнике",
        "joined": "из них объединено из нескольких предложений", "to_look": "Пар для проверки",
        "aside": "Не печатаются (отклонены, отозваны или отложены)",
        "how_it_works": "Предложения, в которых сказано одно и то же, объединены в одну рекомендацию; "
                        "сборник печатает одну формулировку и называет все группы. Сначала перечислены "
                        "пары, которые, возможно, говорят об одном: решите, объединять ли их.",
        "attention": "Что recbook нашёл во входных данных",
        "attention_how": "У каждого замечания сказано, о чём оно и где (файл:строка или файл:лист!ячейка); "
                         "затем сообщение recbook — на английском, как его печатает recbook check.",
        "suggested": "Возможно, об одном и том же — нужно решение",
        "merged": "Объединены в одну рекомендацию", "set_aside": "Не печатаются в сборнике",
        "votes": "Голосов", "none": "–", "recommendation": "Рекомендация", "reason": "Причина",
        "paste": "Чтобы решить, добавьте одну из строк в конец inputs/decisions.yaml "
                 "(или воспользуйтесь recbook review export):",
        "join": "объединить", "keep_apart": "оставить раздельно", "split_off": "вынести из этой рекомендации",
        "use_wording": "печатать формулировку этого предложения",
        "printed_wording": "формулировка, которая печатается в сборнике", "same": "тот же текст",
        "very_close": "очень близки", "close": "близки", "somewhat": "отчасти похожи",
        "exact": "тот же текст, объединены автоматически", "auto": "объединены автоматически",
        "manual": "объединены по вашему решению",
        "rejected": "отклонена", "withdrawn": "отозвана группой", "deferred": "отложена",
        "numbers": "различаются числа", "list_and": "и", "no_number": "нет",
        "direction": "одно просит больше, другое — меньше или ни то ни другое",
        "negation": "«не» есть только в одном из них", "modality": "одно обязательно, другое нет",
        "names": "названы разные лица или места", "groups": "они для разных групп людей",
        "word": "тексты совпадают, кроме одного слова, и это слово меняет просьбу",
        "contrast": "различается слово, которое меняет просьбу (как часто, когда, все или некоторые, платно или бесплатно, освободить или обложить …)",
        "no_language": "написаны на разных языках и ещё не "
        "переведены: сравнивались только имена, числа и ключевые термины",
        "not_every": "близки, но не ко всем предложениям, уже объединённым со вторым",
        "below": "похожи, но недостаточно, чтобы объединить без вас",
        "letters": "ближе всего друг к другу: те же слова в других формах",
        "common": "у них общие только слова, которые встречаются во многих предложениях",
        "bounds": "границы разные («не менее», «не более» или никакой)",
        "bounds_set": "границы разные", "at_least": "«не менее»", "at_most": "«не более»", "no_bound": "никакой",
        "triangle": "похожи, и оба предложены к объединению с",
        "lang_kk": "на казахском", "lang_ru": "на русском", "lang_en": "на английском",
        "alike_count": "Похожих, но оставленных раздельно",
        "look_alikes": "Похожи, но оставлены раздельно — они различаются",
        "look_alikes_why": "В этих парах почти те же слова, но различаются число, направление (больше или меньше), «не», обязательность, названное место либо орган, те, для кого они, или одно слово, меняющее просьбу, поэтому они не объединены. Проверьте, что они действительно различаются; если всё же говорят об одном, объедините их.",
    },
    "kk": {
        "title": "Ұқсас ұсыныстарды қарау",
        "proposals": "Түскен ұсыныстар", "printed": "Жинақтағы ұсынымдар",
        "joined": "оның ішінде бірнеше ұсыныстан біріктірілгені", "to_look": "Қарауға арналған жұптар",
        "aside": "Басылмайтындар (қабылданбаған, кері қайтарылған немесе кейінге қалдырылған)",
        "how_it_works": "Мазмұны бірдей ұсыныстар бір ұсынымға біріктірілді; жинақта оның бір тұжырымы "
                        "басылады және барлық топтың аты аталады. Алдымен мазмұны бірдей болуы мүмкін "
                        "жұптар берілген: оларды біріктіру-біріктірмеуді шешіңіз.",
        "attention": "recbook кіріс деректерінен тапқан ескертулер",
        "attention_how": "Әр ескертуде оның не туралы екені және орны (файл:жол немесе файл:парақ!ұяшық) "
                         "көрсетілген; одан кейін recbook хабарламасы — recbook check шығаратындай, ағылшынша.",
        "suggested": "Мазмұны бірдей болуы мүмкін — шешім қажет",
        "merged": "Бір ұсынымға біріктірілгендер", "set_aside": "Жинақта басылмайтындар",
        "votes": "Дауыс", "none": "–", "recommendation": "Ұсыным", "reason": "Себебі",
        "paste": "Шешу үшін төмендегі жолдардың бірін inputs/decisions.yaml файлының соңына қосыңыз "
                 "(немесе recbook review export пайдаланыңыз):",
        "join": "біріктіру", "keep_apart": "бөлек қалдыру", "split_off": "осы ұсынымнан шығару",
        "use_wording": "осы ұсыныстың тұжырымын басу",
        "printed_wording": "жинақта басылатын тұжырым", "same": "мәтіні бірдей",
        "very_close": "өте жақын", "close": "жақын", "somewhat": "біршама ұқсас",
        "exact": "мәтіні бірдей, автоматты түрде біріктірілді", "auto": "автоматты түрде біріктірілді",
        "manual": "сіздің шешіміңізбен біріктірілді",
        "rejected": "қабылданбады", "withdrawn": "топ кері қайтарып алды", "deferred": "кейінге қалдырылды",
        "numbers": "сандары әртүрлі", "list_and": "және", "no_number": "жоқ",
        "direction": "бірі көбейтуді, екіншісі азайтуды сұрайды не екеуін де емес",
        "negation": "«емес» біреуінде ғана бар", "modality": "бірі міндетті, екіншісі міндетті емес",
        "names": "әртүрлі адамдар не жерлер аталған", "groups": "әртүрлі адамдар тобына арналған",
        "word": "мәтіндері бір сөзден басқа бірдей, ал сол сөз ұсыныстың мәнін өзгертеді",
        "contrast": "ұсыныстың мәнін өзгертетін сөз әртүрлі (қаншалықты жиі, қашан, барлығы не кейбірі, ақылы не тегін, босату не салу …)",
        "no_language": "әртүрлі тілде жазылған, әлі "
        "аударылмаған: тек атаулар, сандар және негізгі терминдер салыстырылды",
        "not_every": "жақын, бірақ екіншісімен біріктірілген барлық ұсынысқа емес",
        "below": "ұқсас, бірақ сізсіз біріктіруге жеткіліксіз",
        "letters": "бір-біріне ең жақыны: сол сөздер басқа тұлғада",
        "common": "ортақ сөздерінің бәрі көп ұсыныста кездеседі",
        "bounds": "шектері әртүрлі («кемінде», «көп емес» немесе шегі жоқ)",
        "bounds_set": "шектері әртүрлі", "at_least": "«кемінде»", "at_most": "«көп емес»", "no_bound": "шегі жоқ",
        "triangle": "ұқсас, екеуі де мына ұсыныспен біріктіруге ұсынылған:",
        "lang_kk": "қазақша", "lang_ru": "орысша", "lang_en": "ағылшынша",
        "alike_count": "Ұқсас, бірақ бөлек қалдырылғандар",
        "look_alikes": "Ұқсас, бірақ бөлек қалдырылды — олардың айырмасы бар",
        "look_alikes_why": "Бұл жұптардың сөздері дерлік бірдей, бірақ саны, бағыты (көбейту не азайту), «емес», міндеттілігі, аталған жері не органы, кімге арналғаны немесе ұсыныстың мәнін өзгертетін бір сөзі әртүрлі, сондықтан олар біріктірілмеді. Шынымен әртүрлі екенін тексеріңіз; бір нәрсені айтса, оларды біріктіріңіз.",
    },
}

# the merge's reasons by how they start (recbook.merge.similarity, recbook.merge.assemble)
REASONS = (("different numbers", "numbers"), ("different direction", "direction"),
           ("negation in one", "negation"), ("binding in one", "modality"), ("different names", "names"), ("different groups", "groups"),
           ("different word", "word"),
           ("different bounds", "bounds"), ("alike, and both suggested with", "triangle"),
           ("no shared language", "no_language"), ("close, but not to every", "not_every"),
           ("similar, below", "below"), ("each other's closest", "letters"), ("shares only words", "common"), ("exact", "exact"), ("auto", "auto"), ("manual", "manual"),
           # a date written as an ordinal («пятого мая» / «шестого мая») is a number; any other
           # "different <kind>: x vs y" is a contrast of merge.lexicon.CONTRASTS (frequency, time, scope, …),
           # whose keys name no word a reader wrote: said without them
           ("different ordinals", "numbers"), ("different ", "contrast"))


def words(lang: str) -> dict[str, str]:
    """Return the page's wording in `lang` (English for a language not listed)."""
    return WORDS.get(lang, WORDS["en"])


def reason(why: str, lang: str) -> str:
    """Return the merge's reason for a pair in plain words; the guard's own details follow a colon.

    A pair may have two reasons, joined by "; " (merge.reasons): each is said in turn.
    """
    return "; ".join(_one_reason(part, lang) for part in why.split(SEP))


def _one_reason(why: str, lang: str) -> str:
    for start, key in REASONS:
        if why.startswith(start):
            if key == "triangle":  # "alike, and both suggested with G1-01": the id follows the words
                return f"{words(lang)[key]} {why.rsplit(' ', 1)[-1]}"
            detail = why.partition(": ")[2] if start in ("different numbers", "different names", "different groups",
                                                           "different word", "different ordinals") else ""
            if key == "numbers":
                detail = " vs ".join(_number_list(side, lang) for side in detail.split(" vs ")) if detail else ""
            if key == "bounds" and " vs " in why:  # "different bounds: at least vs no bound", said in `lang`
                sides = why.partition(": ")[2].split(" vs ")
                return f"{words(lang)['bounds_set']} ({' / '.join(_bounds(side, lang) for side in sides)})"
            return words(lang)[key] + (f" ({detail.replace(' vs ', ' / ')})" if detail else "")
    return why


# the bounds merge.guards names ("at least", "at most", "no bound"), by their words' keys here
_BOUNDS = {"at least": "at_least", "at most": "at_most", "no bound": "no_bound"}


def _bounds(side: str, lang: str) -> str:
    """Return one side's bounds ("at least and at most", "no bound") in `lang`; an unknown one as it is."""
    return f" {words(lang)['list_and']} ".join(words(lang)[_BOUNDS[b]] if b in _BOUNDS else b
                                               for b in side.split(" and "))


def _number_list(side: str, lang: str) -> str:
    """Return one side's numbers as the guard lists them ("1, 4 and 5", "none"), said in `lang`.

    Listed with a word before the last, never «1,4»: in Russian and Kazakh that is the decimal 1.4.
    """
    found = [w for w in re.split(r", | and ", side) if w]
    said = [words(lang)["no_number"] if n == "none" else n for n in found]
    return ", ".join(said[:-1]) + f" {words(lang)['list_and']} " + said[-1] if len(said) > 1 else "".join(said)


def closeness(score: float, auto: float, suggest: float, lang: str) -> str:
    """Return how alike two texts are in words instead of a score."""
    w = words(lang)
    if score >= 0.999:
        return w["same"]
    if score >= auto:
        return w["very_close"]
    return w["close"] if score >= (auto + suggest) / 2 else w["somewhat"]
