"""A gazetteer of Kazakhstan: the word beginnings that make a word a place's name wherever it stands.

Two texts that ask the same for two towns are two asks (guards.names_guard), and a town is
often named only as the first word of a sentence or of the title («Ұзынағаш маңындағы далада …»),
where a capital says nothing. So the first word of a sentence is a name when it begins with one of
PREFIXES or is one of WORDS (features.names_and_bodies), and a place beside a ministry is never the
body addressed (bodies.py).

Each place is written once, "/"-separated: its Kazakh name, then the Russian and English spellings
whose folded form differs (an old name or a Russian adjective may stand alone). Every spelling is
folded (normalize.fold_kk) and the Kazakh and Russian ones are also transliterated (Kaskelen, Qaskelen,
Qaskeleñ), so "Қаскелеңде", «Каскеленский», "Kaskelen's" and "Qaskeleñ" all begin with a prefix. A
spelling loses a final а/я/ы/и/ь/й (a/i/y) when five letters remain, so the Russian case forms
(«Караганде», «Алматинский», «Астане») keep the stem; one ending in "." is kept whole. Only a name's
first word counts: a word after it is capitalized, a name already. A hyphenated name is one word,
its parts joined by JOINER in the gazetteer and in the texts (joined_names: «Нур-Султан» is no
light, «нұр», and sultan). A town's old names are its spellings (Астана / Нұр-Сұлтан, Қонаев /
Қапшағай): place_of gives one place for each, and same_name takes them for one name.

Every prefix was checked against the 50,000 commonest Russian and English words (wordfreq) and the
Kazakh hunspell dictionary (tools/places_check.py). A name whose beginning starts common words is
lengthened (kept whole: Қордай / «қордаланған», Қарасай / «қарасақ», Қазалы / «казалось», Шиелі /
"shield", Торғай and Тургай / «тұрған», Теректі / «теректер» (poplars), Қарғалы / «қарғалар» (crows),
Қамысты, Көлсай, Шарбақты, Ембі), kept as whole case forms (WORDS), or left out. A place left out
is still a name inside a sentence and before «қаласы», «ауданы», "district" (features._PLACE_NOUN):
- Абай (region, town, district): a poet, and «абайла» (take care); the region is found as «Абайская».
- Алға "forward", Темір "iron", Жем "fodder", Аса "very", Шет "edge" («шетел», abroad), Жақсы "good",
  Шар "a ball" (kk, ru), Теңіз "sea" (the field is found as «Тенгиз»), Ұлан "a lad", Орда "a horde".
- Шу (town, river): «шу» is noise («Шу деңгейін төмендету»); its Russian «Шуский» is rare.
- Бұқар жырау: «бұқаралық» (mass, of mass media); Мұнайлы "oil-bearing"; Талшық "fibre"
  («талшықты-оптикалық»); Қарауыл / Караул "a guard"; Құлан "a wild ass", «құлантаза»; Ұйғыр, a people.
- Төле би: «төлем» (a payment; kept as «Толеби»); Уил (Ойыл): «үйлестіру» (coordination); Эмба (Ембі):
  «эмбарго», "embassy"; Бетпак: «бетпақ» (shameless); Аят (Әйет): a verse; Майлин: "mailing" (the
  district is found by Бейімбет); English "Oral" (Орал) and "Syr": "oral", "syrup".
- Глубокое: Russian "deep"; Форт-Шевченко: «форточка»; Усть-Каменогорск: «устье» (found as
  Каменогорск, Өскемен); Западно-, Северо-, Восточно-Казахстанская, Шығыс, Батыс, Солтүстік
  Қазақстан: "western", "north", "east" (their second word is capitalized and found).
Kept, as they seldom open a proposal's sentence in their other sense: Шелек (a bucket), Саран (stingy),
Торғай (a sparrow), Шаян (a scorpion), Тайынша (a heifer), Жарма (groats), Қосшы (a helper), Есіл
(alas), Жайық (wide), Қарағанды («қарағанда», judging by, follows a dative).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import fold_kk

_NAMES: tuple[str, ...] = (
    # the regions (first words that are no common word: not Шығыс/Батыс/Солтүстік, east/west/north)
    # and the cities of republican significance
    "Астана/Нұр-Сұлтан, Алматы/Алма-Ата, Шымкент/Чимкент, Ақмола/Акмолинск, Ақтөбе/Актюбинск/Aqtobe, Атырау, "
    "Жамбыл/Джамбул/Jambyl, Жетісу/Жетысу, Қарағанды/Караганда/Karaganda/Qaragandy, Қостанай/Кустанай, "
    "Қызылорда/Кзыл, Маңғыстау/Мангистау/Мангышлак/Mangistau, Павлодар, Түркістан/Туркестан, Ұлытау, "
    "Абайск.",
    # Abai region: centre Semey (its whole forms in WORDS), districts and their centres
    "Семипалатинск/Semipalatinsk, Курчатов, Аягөз/Аягуз, Бесқарағай/Бескарагай, Бородулиха, Жаңасемей/Жанасемей, "
    "Жарма, Қалбатау/Калбатау, Көкпекті/Кокпекты, Үржар/Урджар, Мақаншы/Маканчи, Ақсуат, Шұбартау, Баршатас",
    # Akmola region: Kokshetau
    "Көкшетау/Кокчетав, Степногорск, Ақкөл/Акколь, Атбасар, Державинск, Ерейментау, Макинск, Степняк, "
    "Щучинск, Бурабай/Боровое/Burabay, Қосшы/Косшы/Kosshy, Аршалы, Астраханка, Бұланды/Буланды, "
    "Егіндікөл/Егиндыколь, Біржан, Жарқайың/Жаркаин, Зеренді/Зеренда, Қорғалжын/Коргалжын, "
    "Сандықтау/Сандыктау, Балкашино, Целиноград, Шортанды, Новоишимск",
    # Aktobe region
    "Қандыағаш/Кандыагаш, Хромтау, Шалқар/Шалкар, Ембі., Әйтеке/Айтеке, Байғанин/Байганин, "
    "Қарауылкелді/Караулкельды, Ырғыз/Иргиз, Қарғалы., Каргалинск, Бадамша, Мәртөк/Мартук, Мұғалжар/Мугалжар, "
    "Шұбарқұдық/Шубаркудук, Ойыл, Қобда/Хобда, Темірбек",
    # Almaty region: Qonaev (Kapchagai) and the districts around Almaty
    "Қонаев/Konayev/Kunaev/Қапшағай/Капчагай/Kapchagay, Талғар/Талгар, Қаскелең/Каскелен, Ұзынағаш/Узынагаш, "
    "Шелек/Чилик, Кеген/Кегень, Нарынқол/Нарынкол, Бақанас/Баканас, Еңбекшіқазақ/Енбекшиказах, Өтеген/Отеген, "
    "Қарасай., Райымбек, Шонжы/Чунджа, Байсерке, Боралдай/Бурундай, Есикск., "
    "Алатау",
    # Atyrau region
    "Құлсары/Кульсары, Жылыой/Жылыойск, Индер/Индерборск, Исатай, Аққыстау/Аккистау, Құрманғазы/Курмангазы, "
    "Ганюшкино, Қызылқоға/Кызылкуга, Миялы, Мақат/Макат, Махамбет",
    # West Kazakhstan region: centre Oral (its whole forms in WORDS)
    "Уральск, Ақсай/Аксай, Ақжайық/Акжаик, Чапаев, Бәйтерек/Байтерек, Переметное, Бөкей/Бокейорда, "
    "Сайқын/Сайхин, Бөрлі/Бурлин, Казталов, Жаңақала/Жанакала, Жәнібек/Жанибек, Қаратөбе/Каратобе, "
    "Сырым, Жымпиты, Тасқала/Таскала, Теректі., Теректы., Федоровка, Шыңғырлау/Чингирлау",
    # Jambyl region: Taraz
    "Тараз/Джамбул, Жаңатас/Жанатас, Қаратау/Каратау, Байзақ/Байзак, Сарыкемер, Жуалы, Момышұлы, "
    "Қордай., Мерке, Мойынқұм/Мойынкум, Сарысу, Толеби., Рысқұлов/Рыскулов",
    # Zhetisu region: Taldykorgan
    "Талдықорған/Талдыкорган, Текелі/Текели, Жаркент, Сарқан/Саркан, Үшарал/Ушарал, Үштөбе/Уштобе, "
    "Жансүгіров/Жансугуров, Алакөл/Алаколь, Ескелді/Ескельды, Қарабұлақ/Карабулак, Кербұлақ/Кербулак, "
    "Сарыөзек/Сарыозек, Көксу/Коксу, Балпық/Балпык, Қаратал/Каратал, Панфилов, Лепсі/Лепсинск, Көктал/Коктал",
    # Karaganda region
    "Балқаш/Балхаш/Balkhash, Приозерск, Саран, Шахтинск, Теміртау/Темиртау, Қарқаралы/Каркаралинск, "
    "Ақтоғай/Актогай, Ботақара/Ботакара, Нұра/Нура, Киевка, Осакаров, Аюлы",
    # Ulytau region
    "Жезқазған/Жезказган/Dzhezkazgan, Сәтбаев/Сатпаев/Satpayev/Satbayev, Қаражал/Каражал, Жаңаарқа/Жанаарка, "
    "Атасу",
    # Kostanay region
    "Лисаковск, Арқалық/Аркалык, Жітіқара/Житикара, Алтынсарин, Обаған/Убаган, Амангелді/Амангельды, "
    "Әулиекөл/Аулиеколь, Денисов, Жангелді/Джангельдин, Торғай., Тургай., Қамысты., Қарабалық/Карабалык, "
    "Затобольск, Меңдіқара/Мендыкара, Боровское, Науырзым/Наурзум, Қарамеңді/Карамендды, Сарыкөл/Сарыколь, "
    "Тобыл/Тобол, Ұзынкөл/Узунколь, Федоров, Бейімбет, Әйет",
    # Kyzylorda region
    "Қазалы./Казалинск, Байқоңыр/Байконур/Baikonur, Қармақшы/Кармакчи, Жосалы, Жалағаш/Жалагаш, "
    "Сырдария/Сырдарья/Syrdarya, Тереңөзек/Теренозек, Шиелі., Жаңақорған/Жанакорган, Аральск",
    # Mangystau region: centre Aktau (its whole forms in WORDS)
    "Жаңаөзен/Жанаозен/Zhanaozen, Бейнеу, Қарақия/Каракия, Құрық/Курык, Шетпе, "
    "Түпқараған/Тупкараган, Ақшұқыр/Акшукур, Үстірт/Устюрт",
    # Pavlodar region
    "Екібастұз/Экибастуз, Баянауыл/Баянаул, Железинка, Ертіс/Иртыш/Irtysh, Тереңкөл/Теренколь, Аққулы/Аккулы, "
    "Лебяжье, Көктөбе/Коктобе, Успенка, Шарбақты., Щербакты, Качиры",
    # North Kazakhstan region: Petropavl
    "Петропавл/Петропавловск, Булаево, Мамлютка, Сергеевка, Тайынша, Айыртау, Саумалкөл/Саумалколь, "
    "Ақжар/Акжар, Аққайың/Аккайын, Смирново, Явленка, Пресновка, Жұмабаев/Жумабаев, "
    "Қызылжар/Кызылжар, Бесқөл/Бишкуль, Мүсірепов/Мусрепов, Тимирязев, Уәлиханов/Уалиханов, "
    "Кішкенекөл/Кишкенеколь, Новоишимское",
    # Turkistan region
    "Кентау, Сарыағаш/Сарыагаш, Жетісай/Жетысай, Ленгер, Шардара, Бәйдібек/Байдибек, Шаян, Қазығұрт/Казыгурт, "
    "Мақтаарал/Мактаарал, Мырзакент, Ордабасы, Темірлан/Темирлан, Отырар, Шәуілдір/Шаульдер, Сайрам, "
    "Ақсукент/Аксукент, Созақ/Сузак, Шолаққорған/Шолаккорган, Түлкібас/Тюлькубас, Сауран, Шорнақ",
    # East Kazakhstan region: Oskemen (Ust-Kamenogorsk: "Усть" begins «устье», the mouth of a river)
    "Өскемен/Оскемен/Каменогорск, Риддер/Лениногорск, Алтай/Зыряновск/Zyrianovsk, Зайсан, Серебрянск, Шемонаиха, "
    "Күршім/Курчум, Катонқарағай/Катон/Katonkaragay, Нарын., Самарское, Тарбағатай/Тарбагатай, "
    "Қайсенов/Кайсенов, Марқакөл/Маркаколь, Бұқтырма/Бухтарма",
    # lakes, rivers, mountains and sights a civic proposal names
    "Алакөл/Alakol, Көлсай., Кольсай., Қайыңды/Каинды, Бозжыра, Шарын/Чарын, Медеу/Медео, Шымбұлақ/Чимбулак, "
    "Жайық/Жаик, Есіл., Сырдария, Каспий/Caspian, Маңғышлақ, Бетпақдала, Қызылқұм/Кызылкум, "
    "Тамғалы/Тамгалы, Жабағылы/Жабаглы, Көкжайлау/Кокжайлау, Тянь-Шань, Тұзкөл/Тузколь, Баянаул, "
    "Қорғалжын, Тенгиз, Имантау, Ақбұлақ, Табаған/Табаган, Ойжайлау, Қарқаралы",
)

# Whole folded words, for places whose beginning also begins common words: only these forms name them
# (WORDS), each under the place it names; after a "|", forms that name it only once a capital inside a
# sentence or «қаласы» after it has made them a name (place_of), never at a sentence's start (is_place)
_WHOLE: dict[str, str] = {
    # Семей: «семей» (of families), «семейный»; its Kazakh case forms and the Russian «Семее», «Семея»
    "Семипалатинск": "семейде семейдеги семейге семейдин семейден семее семея семею семеем semey semei | семей",
    # Орал: «оралман» (a returnee), «оралу» (to return), and English "oral"
    "Уральск": "орал оралда оралдагы оралга оралдын оралдан",
    # Ақтау: «ақтау» is also to acquit («Ақтау үкімдері», acquittals): not the bare word
    "Ақтау": "актауда актаудагы актауга актаудын актаудан aktau aqtau | актау",
    # Есік: «есік» is a door («Есікті ашу»): only the case forms a door seldom opens a sentence with
    "Есикск.": "есикте есиктеги есикке есиктин есиктен esik | есик",
    # Арал: «аралық» (interval), «аралас» (mixed); the bare word is also an island, which seldom
    # opens a proposal, while the Aral sea and town often do
    "Аральск": "арал аралда аралдагы аралга аралдын аралдан aral",
    # Ақсу: «ақсүйек», «ақсұр» fold to the same beginning
    "Ақсу": "аксу аксуда аксудагы аксуга аксудын аксудан aksu aqsu",
    # Ишим (the Russian Есіл): «ішімдік» (alcohol), «ішіміз» fold to the same beginning
    "Есіл.": "ишим ишима ишиме ишимом",
    # Іле: «ілеспе» (accompanying), «іле-шала» (soon after), Russian «или» (or)
    "Іле": "иледе иледеги илеге иленин иледен ili",
    # Арыс: «арыстан» (a lion; also Арыс's ablative, left out)
    "Арыс": "арыс арыста арыстагы арыска арыстын arys",
    # Келес: «келесі» (next)
    "Келес": "келес келесте келестеги келеске келестин келестен keles",
    # Рудный: the Russian adjective «рудный» (of ore) in its other forms
    # Алтай: the Russian case forms a stem of four letters («алта…», «алтарь») would not keep apart
    "Алтай": "алтае алтая алтаю алтаем",
    "Рудный": "рудный рудном рудного рудному rudny rudnyi rudnyy",
    # Талас: «талас» is a dispute: only the forms a dispute seldom takes
    "Талас": "таласта таластагы talas | талас",
    # Целиноград: Astana's name of 1961-1992, still the name of a district of the Akmola region
    # («Целиноградский район», «Целиноград ауданы»: the prefix, in the Akmola line); the Russian
    # city's case forms and the English name are the city (Ақмола, its name of 1992-1998, is the region today)
    "Астана": "целинограде целинограда целинограду целиноградом tselinograd",
}
WORDS: frozenset[str] = frozenset(w for forms in _WHOLE.values() for w in forms.split("|")[0].split())


# ASCII transliterations as English texts write them: "Qaskelen" and "Kaskelen", "Korday" and "Kordai"
_ASCII = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
          "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
          "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
          "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
          "ю": "yu", "я": "ya"}
# ... with қ/ғ as q/gh and й as y or i ("Qaskelen", "Kordai")
_VARIANTS = tuple(str.maketrans({**_ASCII, **v}) for v in ({}, {"қ": "q", "ғ": "gh"}, {"й": "i"},
                                                           {"қ": "q", "ғ": "g", "й": "i"}))
# the Latin Kazakh alphabet of 2021 ("Qaskeleñ", "Ūzynağaş"), with its dotless ı also typed as i
_LATIN_2021 = {**_ASCII, "ә": "ä", "ғ": "ğ", "ж": "j", "й": "i", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū",
               "ү": "ü", "х": "h", "ч": "ç", "ш": "ş", "щ": "şş", "і": "ı", "ю": "ıu", "я": "ia"}
_OFFICIAL = (str.maketrans(_LATIN_2021), str.maketrans({**_LATIN_2021, "і": "i"}))
_TRIM = "аяыиьйaiy"  # a final letter the Russian and English case forms change («Караганде», "Almatian")
_MIN_STEM = 5


def _stem(spelling: str) -> str:
    """Return a folded spelling without the final vowel its case forms change (five letters at least)."""
    if spelling.endswith("."):
        return spelling[:-1]
    return spelling[:-1] if spelling[-1] in _TRIM and len(spelling) > _MIN_STEM else spelling


def spellings(place: str) -> list[str]:
    """Return the folded first words of a place's spellings and of their transliterations."""
    words = [s.casefold().replace("ё", "е") for s in place.split("/")]
    out = list(words)
    for i, word in enumerate(words):
        if word.isascii():
            continue
        # 2021's letters for the Kazakh names: the first, and an old one spelt with Kazakh letters (Қапшағай)
        out += [word.translate(table) for table in _VARIANTS + _OFFICIAL * (i == 0 or not _KAZAKH.isdisjoint(word))]
    return list(dict.fromkeys(fold_kk(_stem(_first_word(w))) for w in out))


_KAZAKH = frozenset("әғқңөұүһі")
JOINER = "ъ"  # joins a hyphenated name's words (joined_names): no Russian word has «ъ» before a consonant


def _first_word(spelling: str) -> str:
    """Return a spelling's word, a hyphenated one's two words joined as joined_names joins them."""
    first, _, second = spelling.partition("-")
    return f"{first}{JOINER}{second}" if second else first


def _places() -> list[str]:
    """Return every place of _NAMES, its spellings "/"-separated."""
    return [p.strip() for line in _NAMES for p in line.split(",") if p.strip()]


_SPELT = [spellings(place) for place in _places()]  # once: the transliterations are most of the import
PREFIXES: tuple[str, ...] = tuple(sorted({s for spelt in _SPELT for s in spelt}))
# each prefix's place, named by its first spelling: «Қаскелең», «Каскелен», "Kaskelen" are one place
_OWNER: dict[str, str] = {}
for _spelt in _SPELT:
    for _prefix in _spelt:
        _OWNER.setdefault(_prefix, _spelt[0])
# each whole word's place (WORDS and the forms after "|"): «Семейде» and «Семипалатинске» are one town
_WORD_OWNER: dict[str, str] = {
    word: _OWNER.get(spellings(place)[0], spellings(place)[0])
    for place, forms in _WHOLE.items() for word in forms.replace("|", " ").split()
}
# the prefixes by their first two letters, longest first: a word is tried against a few dozen of them,
# not all, and meets its own place's before a shorter one that begins it
_BY_START: dict[str, tuple[str, ...]] = {}
for _prefix in sorted(PREFIXES, key=len, reverse=True):
    _BY_START[_prefix[:2]] = (*_BY_START.get(_prefix[:2], ()), _prefix)

# common words that begin with a place's prefix and are none of its forms: «таразы» (scales), not Тараз
NOT_PLACES: tuple[str, ...] = ("таразы",)


@lru_cache(maxsize=100_000)
def _prefix_of(word: str) -> str | None:
    """Return the longest place prefix a folded word begins with, or None."""
    if word.startswith(NOT_PLACES):
        return None
    return next((p for p in _BY_START.get(word[:2], ()) if word.startswith(p)), None)


def is_place(word: str) -> bool:
    """Return True if a folded word names a place of Kazakhstan (a case form of one)."""
    return word in WORDS or _prefix_of(word) is not None


def place_of(word: str) -> str | None:
    """Return the place a folded word names (its first spelling, folded), or None."""
    if word in _WORD_OWNER:
        return _WORD_OWNER[word]  # before the prefixes: «Целинограде» is Astana, «Целиноградский» a district
    prefix = _prefix_of(word)
    return _OWNER[prefix] if prefix else None


@lru_cache(maxsize=1)
def _spellings_by_place() -> dict[str, tuple[str, ...]]:
    """Return each place (place_of's value) → every prefix and whole word that names it."""
    found: dict[str, set[str]] = {}
    for word, place in (*_OWNER.items(), *_WORD_OWNER.items()):
        found.setdefault(place, set()).add(word)
    return {place: tuple(sorted(words)) for place, words in found.items()}


def names_anywhere(place: str, folded: str) -> bool:
    """Return True if a folded text holds a spelling of `place` (place_of's value), even inside a word.

    Looser than place_of on purpose, for asking whether a text names a place at all: «Приаралья»
    and «Прикаспийский» hold «арал» and «каспи», yet begin with neither.
    """
    return any(spelling in folded for spelling in _spellings_by_place().get(place, (place,)))


# a hyphenated name's first word and the beginnings of its second («нур»: «султан»; «алма»: «ат»)
_HYPHENATED: dict[str, tuple[str, ...]] = {}
for _prefix in PREFIXES:
    if JOINER in _prefix:
        _head, _tail = _prefix.split(JOINER)
        _HYPHENATED[_head] = (*_HYPHENATED.get(_head, ()), _tail)
_PAIR = re.compile(r"([^\W\d_]+)-(?=([^\W\d_]+))")
# the same names written with a space («Нур Султан», "Nur Sultan"): only after a first word of one, in
# any of the letters fold_kk folds to its own, so a text's other pairs of words cost no call; the
# second word capitalized, as a name's is ("Alma at the park", «алма атауы» are no town)
_UNFOLDED = {"а": "аә", "г": "гғ", "к": "кқ", "н": "нң", "о": "оө", "у": "уұү", "х": "хһ", "и": "иі"}
_HEADS = sorted(("".join(f"[{_UNFOLDED[c]}]" if c in _UNFOLDED else re.escape(c) for c in head)
                 for head in _HYPHENATED), key=len, reverse=True)
_SPACED = re.compile(rf"(?<![^\W\d_])({'|'.join(_HEADS)})[ \u00a0]+(?=([^\W\d_]+))", re.IGNORECASE)


def joined_names(text: str | None) -> str | None:
    """Return `text` with each two-word place name as one word («Нур-Султане», «Нур Султане» -> «НуръСултане»).

    Its words apart, «Нур-Султан» is a light («нұр») and a sultan; only the joined word is the place.
    """
    if not text:
        return text
    if "-" in text:
        text = _PAIR.sub(_join, text)
    return _SPACED.sub(_join_spaced, text)


def _join_spaced(match: re.Match[str]) -> str:
    return _join(match) if match[2][0].isupper() else match[0]


def _join(match: re.Match[str]) -> str:
    head, tail = (fold_kk(w.casefold().replace("ё", "е")) for w in match.groups())
    return match[1] + JOINER if tail.startswith(_HYPHENATED.get(head, ("\0",))) else match[0]
