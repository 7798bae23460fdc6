"""Kazakh in the Latin alphabet of 2021: told from English by the check, read in Cyrillic by the merge."""

from __future__ import annotations

import pytest

from merge_helpers import FILLER, clusters, prop, suggested
from recbook.kazakh_latin import cyrillic, is_kazakh_latin
from recbook.text_checks import language_mismatch
from recbook.merge import merge

# "Each rural okrug should renew its library and connect it to free internet", in 2021 Latin letters
LATIN = "Är auyldyq okrugte kıtaphanany jañartyp, oğan tegın internet qosu kerek."
CYRILLIC = "Әр ауылдық округте кітапхананы жаңартып, оған тегін интернет қосу керек."
ENGLISH = "Every rural district should renew its library and connect it to free internet."


@pytest.mark.parametrize("text, expected", [
    (LATIN, True),
    ("Qalalyq avtobustarda üi januarlaryn tasymaldau tärtıbı anyqtalmağan.", True),
    (ENGLISH, False),
    ("Require a quarterly audit of every quango and quarry in the region.", False),  # «q» before «u» is English
    ("QR payment fees: cap the bank fee on QR and card payments for small shops at 0.5%", False),
    ("Repair the road from Qaskeleñ to the Kapshagay reservoir before the tourist season.", False),
    (CYRILLIC, False),
    ("Qazaq", False),  # a word says too little
])
def test_kazakh_latin_is_told_from_english_and_from_cyrillic(text: str, expected: bool) -> None:
    assert is_kazakh_latin(text) is expected


@pytest.mark.parametrize("text", [
    # an English text naming towns in 2021 letters, or Qatar and Iraq: a capitalized word inside a sentence
    "Build a new road from Aqtöbe to Qostanay and repair the bridge near Qyzylorda before the winter of next year.",
    "Open direct flights from Astana to Qatar and Iraq so that our exporters can reach the markets of the Gulf.",
    # 2021's letters in code words and addresses; English's own words and letters outnumber them
    "Publish the registry as open data: a CSV file with a seq column, a faq page and an sqlite dump for every release.",
    "Publish all decisions at https://qoldau.kz/aqparat and answer e-mails sent to ötinish@gov.kz within ten days.",
    # Turkish, Azerbaijani and German write ö ü ş ı ğ too
    "Kırsal kütüphanelerin yenilenmesi için bütçeden ek ödenek ayrılmalı ve öğrencilere ücretsiz internet sağlanmalı.",
    "Kənd kitabxanalarının yenilənməsi üçün büdcədən əlavə vəsait ayrılmalı və şagirdlərə pulsuz internet verilməlidir.",
    "Die Gemeinde muss öffentliche Büchereien in ländlichen Gebieten fördern und für Schüler kostenlosen Zugang gewähren.",
    # English's apostrophes are not the 2017 draft's
    "I'm sure we'll ask the akimat: don't close the children's library, it's the only one; parents' voices matter.",
    # «gh», «-yna», «-tik», «-terin» in English, German and Turkish words (informal Kazakh's signs are others)
    "Serve yoghurt and sorghum throughout the year in every school canteen, as the aghast parents of Tryna ask.",
    "Die Leiterin der Abteilung für Politik und Statistik soll den Flughafen zaghaft erweitern und tilgen.",
    "Itfaiye ekiplerine yeni ayna ve araç alındı; belediyenin yaptığı ettik işler için ek ödenek ayrılmalı.",
])
def test_other_latin_texts_with_some_of_2021s_letters_are_not_kazakh(text: str) -> None:
    assert not is_kazakh_latin(text)
    assert language_mismatch("en", text) is None
    assert language_mismatch("kk", text) == "Latin-script (English?)"


@pytest.mark.parametrize("text", [
    "AUYLDYQ KITAPHANALARDY JAÑARTU ÜŞIN BIUDJETTEN QOSYMŞA QARAJAT BÖLINUI KEREK JÄNE TEGIN INTERNET BERILSIN.",
    "Mäslihattardağy jastar kvotasyn 25 paiyzğa jetkizu.",  # the own letters in its first word
    "AUYLDYQ MEKTEPTERGE TEGIN INTERNET QOSU KEREK, QALALYQ TA.",  # «Q» before a capital
    "Aýyldyq mektepterge tegin ınternet qosý kerek, qalalyq ta.",  # the 2018 draft's ý
    "Ay'yldyq mektepterge tegin i'nternet qosy' kerek, qalalyq ta.",  # the 2017 draft's apostrophes
    "Auyldyq kitaphanalardy jańartý úshin bıýdjetten qosymsha qarajat bólinýi kerek jáne oqýshylarǵa.",  # 2018
])
def test_kazakh_in_capitals_and_in_the_2018_draft_is_still_kazakh(text: str) -> None:
    assert is_kazakh_latin(text)


@pytest.mark.parametrize("latin, spelt", [
    ("Auyldyq kıtaphanalardy jañartu", "Ауылдық кітапханаларды жаңарту"),
    ("saiyn, üi, deiın, tyiym, Qordai", "сайын, үй, дейін, тыйым, Қордай"),  # «i» after a vowel is й
    ("kompaniia, taiaq, Aziia, stantsiia", "компания, таяқ, Азия, станция"),  # ia → я, tsi → ци
    ("İşkı Is, Ūlttyq", "Ишкі Іс, Ұлттық"),  # Turkish-style capitals: İ is И, I is І
    ("TYIYM, ŪIYM, DEIIN, IŞKI", "ТЫЙЫМ, ҰЙЫМ, ДЕЙІН, ІШКІ"),  # in capitals «I» after a vowel is Й
])
def test_latin_letters_are_spelt_in_cyrillic(latin: str, spelt: str) -> None:
    assert cyrillic(latin, LATIN) == (spelt, CYRILLIC)


def test_a_kazakh_text_in_latin_letters_is_spelt_in_cyrillic_even_without_2021s_own_letters() -> None:
    # і typed as «i», and no ä ğ ñ ö ū ü ş ı q in so short a text: Kazakh all the same
    assert cyrillic("Tirkeu", "Birlestikterdi tirkeu mindetti bolmauy kerek.") == (
        "Тиркеу", "Бирлестиктерди тиркеу миндетти болмауы керек.")


@pytest.mark.parametrize("informal, spelt", [
    ("Zhol zhiegindegi aramshopter", "Жол жиегиндеги арамшоптер"),  # zh ж, sh ш
    ("Sharyngha, anggharynda, shyghyngha", "Шарынға, аңғарында, шығынға"),  # n + gh, ng + gh
    ("Qorday boyynsha, tayaq, sayasat, auyl", "Қордай бойынша, таяқ, саясат, ауыл"),  # y after a vowel й
    ("tiis, keiin, deiin", "тиис, кейин, дейин"),  # «ii» is и and і, never й
])
def test_kazakh_typed_without_2021s_letters_is_spelt_in_cyrillic(informal: str, spelt: str) -> None:
    assert cyrillic(informal, None) == (spelt, None)


def test_a_2021_text_keeps_sh_as_two_letters() -> None:
    # with 2021's own letters «sh» is с + х: асхана (a canteen) is «ashana»
    assert cyrillic("Äkımdık ashana", None) == ("Әкімдік асхана", None)


def test_texts_in_cyrillic_are_returned_as_they_are() -> None:
    assert cyrillic("Tirkeu", CYRILLIC) == ("Tirkeu", CYRILLIC)
    assert cyrillic(None, CYRILLIC) == (None, CYRILLIC)
    assert cyrillic(None, LATIN)[0] is None


@pytest.mark.parametrize("language, looks", [("kk", None), ("en", "Kazakh (in Latin letters)"),
                                             ("ru", "Kazakh (in Latin letters)")])
def test_the_check_reads_latin_kazakh_as_kazakh_not_english(language: str, looks: str | None) -> None:
    assert language_mismatch(language, LATIN) == looks
    assert language_mismatch("kk", ENGLISH) == "Latin-script (English?)"


def test_a_latin_kazakh_proposal_meets_its_russian_twin() -> None:
    ru = "В каждом сельском округе обновить библиотеку и подключить к ней бесплатный интернет."
    result = merge([*FILLER, prop("G1-01", LATIN, "kk"), prop("G2-01", ru, "ru")])
    assert ("G1-01", "G2-01") in suggested(result)


def test_one_kazakh_text_in_both_alphabets_merges() -> None:
    result = merge([*FILLER, prop("G1-01", LATIN, "kk"), prop("G2-01", CYRILLIC, "kk")])
    assert ("G1-01", "G2-01") in clusters(result)


def test_allow_and_ban_in_informal_latin_kazakh_are_never_merged() -> None:
    ask = "Qalalyq avtobustarda uy zhanuarlaryn tasymaldaugha {} kerek."
    result = merge([*FILLER, prop("G1-01", ask.format("ruqsat beru"), "kk"),
                    prop("G2-01", ask.format("tyiym salu"), "kk")])
    assert ("G1-01", "G2-01") not in clusters(result)


def test_allow_and_ban_in_latin_kazakh_are_never_merged() -> None:
    # "allow / ban carrying pets in a carrier on city buses and the metro": read as it stands, the
    # Latin text has no word the merge knows, and the two merged automatically
    ask = "Qalalyq avtobustar men metroda üi januarlaryn arnaiy tasymaldağyşpen tasymaldauğa {} kerek."
    result = merge([*FILLER, prop("G1-01", ask.format("rūqsat beru"), "kk"),
                    prop("G2-01", ask.format("tyiym salu"), "kk")])
    assert ("G1-01", "G2-01") not in clusters(result)


def test_allow_and_ban_in_latin_kazakh_capitals_are_never_merged() -> None:
    # «TYIYM» was read «ТЫІЫМ», no ban, and the two merged automatically
    ask = "QALALYQ AVTOBUSTAR MEN METRODA ÜI JANUARLARYN ARNAIY TASYMALDAĞYŞPEN TASYMALDAUĞA {} KEREK."
    result = merge([*FILLER, prop("G1-01", ask.format("RŪQSAT BERU"), "kk"),
                    prop("G2-01", ask.format("TYIYM SALU"), "kk")])
    assert ("G1-01", "G2-01") not in clusters(result)


def test_the_2018_draft_with_acutes_is_read_in_cyrillic() -> None:
    # u is ұ and ý у there, ı и (й after a vowel), i і, "sh" ш: read with 2021's letters it was «úsхin»
    assert cyrillic("Aýyldyq kitaphanalar", "Jańartý úshin bıýdjetten tyıym, úı, Ulttyq, ÚKIMET.") == (
        "Ауылдық кітапханалар", "Жаңарту үшін бюджеттен тыйым, үй, Ұлттық, ҮКІМЕТ.")


def test_allow_and_ban_in_the_2018_draft_are_never_merged_and_its_twin_is_found() -> None:
    ask = "Qalalyq avtobýstar men metroda úı janýarlaryn arnaıy tasymaldaǵyshpen tasymaldaýǵa {} kerek."
    twin = "Қалалық автобустар мен метрода үй жануарларын арнайы тасымалдағышпен тасымалдауға рұқсат беру керек."
    result = merge([*FILLER, prop("G1-01", ask.format("ruqsat berý"), "kk"),
                    prop("G2-01", ask.format("tyıym salý"), "kk"), prop("G3-01", twin, "kk")])
    assert ("G1-01", "G2-01") not in clusters(result)
    assert ("G1-01", "G3-01") in clusters(result)


def test_the_2017_draft_with_apostrophes_is_read_in_cyrillic() -> None:
    # a' ә, g' ғ, n' ң, o' ө, u' ү, s' ш, i' и (й after a vowel), y' у; u ұ, i і, y ы
    assert cyrillic(None, "Tasymaldy'g'a tyi'ym saly' u'i', S'ymkent, U'kimet, s'an'g'y.") == (
        None, "Тасымалдуға тыйым салу үй, Шымкент, Үкімет, шаңғы.")
    # «i'y'» ю and «i'a» я: «жою» (abolish) read «жойу» was no word, and «abolish» / «keep» merged
    assert cyrillic(None, "Formany joi'y', bi'y'djet, I'a.") == (None, "Форманы жою, бюджет, Я.")


def test_a_2017_draft_text_meets_its_cyrillic_twin_and_not_its_opposite() -> None:
    ask = "Qalalyq avtoby'star men metroda u'i' jany'arlaryn arnai'y tasymaldag'ys'pen tasymaldy'g'a {} kerek."
    twin = "Қалалық автобустар мен метрода үй жануарларын арнайы тасымалдағышпен тасымалдауға рұқсат беру керек."
    result = merge([*FILLER, prop("G1-01", ask.format("ruqsat bery'"), "kk"),
                    prop("G2-01", ask.format("tyi'ym saly'"), "kk"), prop("G3-01", twin, "kk")])
    assert ("G1-01", "G2-01") not in clusters(result)
    assert ("G1-01", "G3-01") in clusters(result)


def test_an_english_text_filed_as_kazakh_is_read_as_written_and_meets_its_english_twin() -> None:
    # spelt in Cyrillic («Аллоу петс ин царриерс») it met not even the same English text
    text = "Allow pets in carriers on city buses and the metro."
    assert cyrillic(None, text) == (None, text)
    result = merge([*FILLER, prop("G1-01", text, "kk"), prop("G2-01", text, "en")])
    assert ("G1-01", "G2-01") in clusters(result) | suggested(result)


@pytest.mark.parametrize("text", [
    "Zhumystan kesh shyghatyn analar balasyn balabakshadan uakytynda ala almaidy, sondyktan kezekshi top kerek.",
    "Auyldagy mektepterdin kitaphanalaryna zhana kitaptar alu kerek, birak kazir aksha zhok.",
])
def test_kazakh_typed_without_2021s_letters_is_no_english_to_the_check(text: str) -> None:
    # no ä ğ ñ ö ū ü ş ı q at all: «zh», the case endings and the commonest words tell it
    assert language_mismatch("kk", text) is None
    assert language_mismatch("en", text) == "Kazakh (in Latin letters)"


@pytest.mark.parametrize("text", [
    "The night was so high and bright though the village lights were off along the long road.",
    "Build a shelter for stray dogs in Zhanaozen and another one near the Zhetisu regional hospital.",
])
def test_english_with_a_few_kazakh_looking_words_stays_english(text: str) -> None:
    assert language_mismatch("en", text) is None
    assert language_mismatch("kk", text) == "Latin-script (English?)"


@pytest.mark.parametrize("text", [
    "Qoghamdyq kengesterding okilettikterin kengeitu.",  # «gh» before a vowel, «-terding»
    "Ukimettik emes uiymdargha memlekettik granttar kolemin arttyru.",  # «uiym»
    "Audan akimining onlain-qabyldauy aptasyna bir ret",  # «-yna» after a consonant
    "Bala baqshalary men alangdaryna temir torlar ornatu.",
    "Mektepterdegi askhana tamak baghasyn tomendetu.",  # no «q»: two informal words, «-degi» and «gh»
    "Eskeldi audanyndagy meshit kysta komirmen zhylytylady, al gaz tartylgan.",  # «-dagy», «-ylgan»
])
def test_short_kazakh_typed_informally_is_not_called_english(text: str) -> None:
    # each was "Latin-script (English?)": one word of it had a sign the check knew, two are needed
    assert is_kazakh_latin(text)
    assert language_mismatch("kk", text) is None
    assert language_mismatch("en", text) == "Kazakh (in Latin letters)"
