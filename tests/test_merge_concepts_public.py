"""The public-life block of the concept lexicon (merge/concepts_public.py): an abbreviation with a
Kazakh suffix after a hyphen is read as its concept, one institution named by its kk, ru and en
initials is one concept, and common words sharing a beginning (or being the same letters) are left
alone (what every block keeps to, parsing included: test_concept_blocks.py)."""

from __future__ import annotations

import pytest

from merge_helpers import FILLER, prop, suggested
from recbook.merge import glossary, merge
from recbook.merge.normalize import fold_kk, normalize



def concepts_of(text: str, language: str) -> list[str | None]:
    """Return the concept of each word of a text as typed, folded as the merge folds it."""
    return [glossary.concept(word, language) for word in fold_kk(normalize(text)).split()]


def concept_of(word: str, language: str) -> str | None:
    """Return the concept of a single word (its first token) as typed."""
    return concepts_of(word, language)[0]


@pytest.mark.parametrize(("text", "concept"), [
    ("ҰБТ-ны", "unt"), ("ҰБТ-ға", "unt"), ("ҰБТ—ға", "unt"), ("ЕНТ-ге", "unt"),
    ("ЖОО-ға", "university"), ("ЖОО-лар", "university"), ("ЖСН-ді", "iin"), ("ЭЦҚ-сыз", "signature"),
    ("ХҚКО-ға", "psc"), ("ХҚКО-да", "psc"), ("МӘМС-ке", "insurance"), ("АЕК-тен", "mci"),
    ("ТҮКШ-ты", "utilities"), ("МИБ-ке", "condominium"), ("ҰҚК-ның", "national_security"),
    ("ІІМ-нің", "interior_ministry"), ("ТЖМ-ге", "emergency"), ("ӘКК-ға", "spk"), ("ЖШС-ға", "llp"),
    ("ҚҚС-тан", "vat"), ("БЖЗҚ-ға", "pension"), ("eGov-та", "digital"),
])
def test_a_kazakh_suffix_after_a_hyphen_leaves_the_abbreviation_its_concept(text: str, concept: str) -> None:
    assert concept_of(text, "kk") == concept


@pytest.mark.parametrize(("ru", "kk", "en"), [
    ("ЕНТ", "ҰБТ-дан", "UNT"),
    ("вузов", "ЖОО-лардың", "universities"),
    ("ИИН", "ЖСН", "IIN"),
    ("ЭЦП", "ЭЦҚ", "EDS"),
    ("ЦОНа", "ХҚКО", "PSC"),
    ("Госкорпорация", "ХҚКО-лары", "PSCs"),
    ("ОСМС", "МӘМС", "insurance"),
    ("МРП", "АЕК", "MCI"),
    ("ЖКХ", "ТҮКШ", "HCS"),
    ("ОСИ", "МИБ", "HOA"),
    ("КНБ", "ҰҚК", "NSC"),
    ("МВД", "ІІМ", "interior"),
    ("МЧС", "ТЖМ", "emergencies"),
    ("военкомата", "комиссариатқа", "enlistment"),
    ("призывников", "шақырылушылар", "conscripts"),
    ("отсрочку", "кейінге", "deferral"),
    ("магистратуры", "магистратураға", "postgraduate"),
    ("докторантуре", "докторантура", "PhD"),
    ("дипломом", "Дипломмен", "diploma"),
    ("аттестата", "аттестат", "certificate"),
    ("лицея", "лицейлер", "lyceum"),
    ("НДС", "ҚҚС", "VAT"),
    ("ТОО", "ЖШС", "LLP"),
    ("ЕНПФ", "БЖЗҚ", "UAPF"),
    ("СПК", "ӘКК", "SPK"),
    ("ЦИК", "ОСК", "CEC"),
    ("мажилиса", "Мәжілісі", "Mazhilis"),
    ("сенаторов", "сенаторлар", "senators"),
    ("Конституции", "Конституцияда", "constitutional"),
    ("ипотечных", "ипотекаға", "mortgages"),
    ("зеленой", "жасыл", "green"),
    ("ГЭС", "СЭС", "hydropower"),
    ("гидроэлектростанции", "ГЭС-ті", "hydroelectric"),
    ("ГРЭС", "МАЭС-і", "GRES"),
    ("ТЭЦ", "ЖЭО-сын", "CHP"),
    ("ПДК", "ШРК", "MPC"),
    ("ГЧП", "МЖӘ", "PPP"),
    ("ООН", "БҰҰ", "UN"),
    ("ЕАЭС", "ЕАЭО", "EAEU"),
    ("квитанции", "түбіртек", "receipts"),
    ("путевки", "жолдама", "vouchers"),
    ("прожиточного", "күнкөріс", "subsistence"),
    ("декларации", "декларация", "declaration"),
    ("антикоррупционной", "антикор", "anticorruption"),
    ("Самрук", "Самұрық", "Samruk"),
    ("ЮНЕСКО", "ЮНЕСКО-ның", "UNESCO"),
    ("ПРООН", "БҰҰДБ", "UNDP"),
    ("МСБ", "ШОБ", "SMEs"),
    ("ВВП", "ІЖӨ", "GDP"),
    ("МИД", "СІМ", "MFA"),
    ("УЗИ", "УДЗ-ға", "ultrasound"),
    ("аутизмом", "аутизмі", "autistic"),
    ("Казгидромета", "Қазгидромет", "Kazhydromet"),
    ("Казпочты", "Қазпошта", "Kazpost"),
    ("техосмотра", "техбайқау", "roadworthiness"),
])
def test_one_thing_in_three_languages_is_one_concept(ru: str, kk: str, en: str) -> None:
    found = {concept_of(ru, "ru"), concept_of(kk, "kk"), concept_of(en, "en")}
    assert len(found) == 1 and None not in found, found


@pytest.mark.parametrize(("word", "language", "not_concept"), [
    ("дипломат", "ru", "diploma"),
    ("дипломатии", "ru", "diploma"),
    ("diplomat", "en", "diploma"),
    ("diplomatic", "en", "diploma"),
    ("магистраль", "ru", "master_degree"),  # a trunk road
    ("магистрали", "ru", "master_degree"),
    ("master", "en", "master_degree"),  # a master plan
    ("долг", "ru", "arrears"),  # a duty as often as a debt
    ("долго", "ru", "arrears"),  # "long"
    ("долгосрочной", "ru", "arrears"),
    ("болашақ", "kk", "bolashak"),  # "the future"
    ("серпін", "kk", "serpin"),  # "momentum"
    ("атамекен", "kk", "chamber"),  # "the homeland"
    ("иін", "kk", "iin"),  # "a shoulder"
    ("км", "kk", "military"),  # kilometres, as «ҚМ» folds
    ("мм", "kk", "state_institution"),  # millimetres
    ("bin", "en", "bin_number"),  # a dustbin
    ("gps", "en", "doctor"),
    ("ent", "en", "unt"),  # ear, nose and throat
    ("applications", "en", "request"),  # mobile applications
    ("higher", "en", "university"),
    ("заявленных", "ru", "request"),  # "declared"
    ("заявленной", "ru", "request"),
    ("лицевой", "ru", "school"),  # «лицевой счёт», an account
    ("лице", "ru", "school"),  # «в лице», in the person of
    ("мәжілістес", "kk", "mazhilis"),  # an interlocutor
    ("күнделікті", "kk", "e_diary"),  # "everyday"
    ("constitute", "en", "constitution"),
    ("интерьер", "ru", "interior_ministry"),
    ("interiors", "en", "interior_ministry"),
    ("greenhouse", "en", "green"),  # a glasshouse, not the green economy
    ("прописано", "ru", "registry"),  # "laid down" (in a law)
    ("призывает", "ru", "conscription"),  # "calls for"
    ("комиссии", "ru", "enlistment_office"),
    ("proprietary", "en", "sole_trader"),
    ("doctors", "en", "doctoral"),
    ("докторов", "ru", "doctoral"),
    ("магистрат", "ru", "master_degree"),  # a magistrate
    ("акции", "ru", "jsc"),  # a campaign, or shares
    ("антикоррозийной", "ru", "corruption"),  # anticorrosion paint
    ("Жолдауында", "kk", "voucher"),  # in the President's Address
])
def test_unrelated_words_sharing_a_beginning_are_left_alone(word: str, language: str, not_concept: str) -> None:
    assert concept_of(word, language) != not_concept


def test_the_programmes_that_are_kazakh_common_words_are_named_only_in_ru_and_en() -> None:
    """«Болашақ» in a Russian text is the scholarship; in a Kazakh one it is first "the future"."""
    assert concept_of("«Болашақ»", "ru") == concept_of("Bolashak", "en") == "bolashak"
    assert concept_of("Болашақ", "kk") != "bolashak"


@pytest.mark.parametrize(("a", "b"), [
    (prop("A-1", "МИБ-ке ТҮКШ тарифтерін АЕК-пен есептеуді енгізу.", "kk"),
     prop("B-1", "Рассчитывать тарифы ЖКХ для ОСИ в МРП.")),
    (prop("A-1", "ЖСН мен ЭЦҚ-ны ХҚКО арқылы бір күнде беру.", "kk"),
     prop("B-1", "Issue the IIN and the EDS at a PSC within one day.", "en")),
    (prop("A-1", "ЕНПФ и ОСМС: вычеты из МЗП разъяснять в ЦОНах."),
     prop("B-1", "Explain UAPF and MSHI deductions from the minimum wage at PSCs.", "en")),
])
def test_asks_written_with_initials_in_two_languages_meet(a, b) -> None:
    """None of these pairs was suggested before this block: they share only initials and a tariff."""
    assert ("A-1", "B-1") in suggested(merge([a, b, *FILLER]))


def test_two_exams_are_two_asks() -> None:
    """КТА (the entrance test of college and earlier graduates) is not the ҰБТ / ЕНТ: the same ask
    about the one and the other is two asks, never merged by a shared concept."""
    a = prop("A-1", "Колледж түлектері үшін КТА-ны алып тастау.", "kk")
    b = prop("B-1", "Колледж түлектері үшін ҰБТ-ны алып тастау.", "kk")
    assert not any({"A-1", "B-1"} <= set(r.member_ids) for r in merge([a, b, *FILLER]).recommendations)
    assert concept_of("КТА-ны", "kk") != concept_of("ҰБТ-ны", "kk")


@pytest.mark.parametrize(("a", "b", "language"), [
    ("Снизить ставку ИПН до 5 процентов для малого бизнеса.",
     "Снизить ставку КПН до 5 процентов для малого бизнеса.", "ru"),  # personal / corporate income tax
    ("Шағын бизнес үшін ЖТС мөлшерлемесін 5 пайызға дейін төмендету.",
     "Шағын бизнес үшін КТС мөлшерлемесін 5 пайызға дейін төмендету.", "kk"),
    ("Запустить ЛРТ в Алматы для жителей пригородов.",
     "Запустить БРТ в Алматы для жителей пригородов.", "ru"),  # light rail / rapid buses
    ("Launch the LRT in Almaty for suburban residents.",
     "Launch the BRT in Almaty for suburban residents.", "en"),
    ("Направить доклад о правах НПО в ООН.", "Направить доклад о правах НПО в ОБСЕ.", "ru"),
    ("ҮЕҰ құқықтары туралы баяндаманы БҰҰ-ға жіберу.",
     "ҮЕҰ құқықтары туралы баяндаманы ЕҚЫҰ-ға жіберу.", "kk"),
    ("Send the NGO rights report to the UN.", "Send the NGO rights report to the OSCE.", "en"),
    # a hydro power plant and a thermal one (power_plant held both, so they were one ask)
    ("Построить новую ГЭС на реке Или для энергоснабжения области.",
     "Построить новую ГРЭС на реке Или для энергоснабжения области.", "ru"),
    ("Облысты энергиямен қамту үшін Іле өзенінде жаңа ГЭС салу.",
     "Облысты энергиямен қамту үшін Іле өзенінде жаңа МАЭС салу.", "kk"),
    ("Build a new hydropower plant on the Ili river to supply the region.",
     "Build a new GRES plant on the Ili river to supply the region.", "en"),
])
def test_two_institutions_under_one_line_are_two_asks(a: str, b: str, language: str) -> None:
    """Two taxes, two transit systems, two organisations: one concept made these merge automatically."""
    result = merge([prop("A-1", a, language), prop("B-1", b, language), *FILLER])
    assert not any({"A-1", "B-1"} <= set(r.member_ids) for r in result.recommendations)


@pytest.mark.parametrize("language, hydro, thermal", [
    ("ru", "ГЭС", "ГРЭС"), ("ru", "гидроэлектростанция", "ТЭЦ"), ("ru", "ГЭС", "ТЭС"),
    ("kk", "ГЭС-ке", "ГРЭС-ке"), ("kk", "СЭС", "ЖЭО"), ("en", "hydropower", "CHP"), ("en", "HPP", "GRES"),
])
def test_a_hydro_and_a_thermal_power_plant_are_two_concepts(language: str, hydro: str, thermal: str) -> None:
    assert None not in (concept_of(hydro, language), concept_of(thermal, language))
    assert concept_of(hydro, language) != concept_of(thermal, language)
