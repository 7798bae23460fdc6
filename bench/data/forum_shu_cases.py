# An eighth forum, "Shu" (held out entirely): written BLIND for issue 9's seventh pass, before and
# without seeing the merge rules (src/recbook/merge/), docs/decisions.md, the README's "Merge
# quality" section, the merge tests or any dedupe output or score, and to be run ONCE, as an
# outside measure of the seventh pass. Nothing here was tuned on a run.
# Voice: a mix of LONG texts (2-5 sentences, context then ask or ask then reason, often with an
# addressee - Министерству ..., акиматам; министрлігіне, әкімдіктерге; the Ministry of ... - and a
# timeframe) and SHORT cards (a title and one line), kk/ru/en about a third each.
# Topics the other forums do not use: rural school heating, disability parking fines, library
# opening hours, bus-stop pavilions, snow on village roads, village water towers, migrant workers'
# registration, court interpreters, youth sport schools, coal-stove smog, mountain trails, election
# observers' training, food labelling in Kazakh, microloans for rural women, medicines at village
# feldsher posts, solar street lights, school buses, highway toilets, milk collection, village vets,
# college dormitories, school dentists, used batteries, swimming lessons, e-scooters, foreign labour
# quotas, school uniform, disability re-examination, frost days, saiga culls, night pharmacies, the
# heating season, the birth grant, service cars, ice rinks, school labs, rural libraries.
# Kinds: exact, spelling (typos in key words) and homoglyph variants; same-language paraphrases
# (synonyms, other context sentences, nominal vs verbal style, reordering, digits vs words, one text
# adding a number or a deadline, one ask put positively and the other as "should no longer");
# cross-language pairs with NO translation supplied (kk/ru, kk/en, ru/en, one kk/ru/en triple);
# opposite-meaning traps with shared context (mandatory vs voluntary and should vs should not and
# increase vs reduce in en, allow vs ban and keep vs abolish in kk, increase vs reduce and should vs
# should not in ru); number traps; look-alikes differing by one word (profession, city, object) and
# look-alikes on one topic with different asks.
# Generate: python bench/data/make_eval.py bench/data/forum_shu_cases.py bench/data/forum_shu.yaml

# ---------------- exact, spelling and homoglyph variants
_S01 = ("В большинстве сельских школ Туркестанской и Жамбылской областей до сих пор работают угольные "
        "котельные, которые обслуживают сезонные истопники. В январе температура в классах нередко "
        "опускается до 12–14 градусов, и дети сидят на уроках в верхней одежде. Рабочая группа предлагает "
        "Министерству просвещения совместно с акиматами областей до 2028 года перевести отопление сельских "
        "школ на газ или электричество, а там, где это невозможно, заменить ручные котлы на автоматические.")
case("exact",
  P("SH01a","ru","Отопление сельских школ", _S01),
  P("SH01b","ru","Перевести сельские школы с угля на газ", _S01))
case("spelling",
  P("SH02a","en","Parking fines for accessibility",
    "Fines for parking in spaces reserved for people with disabilities are collected by the police but "
    "disappear into the general budget, and the number of accessible parking bays with proper ramps and "
    "kerb cuts has hardly grown in five years. The group recommends that the Ministry of Internal Affairs "
    "and city akimats direct all fines for illegal parking in disabled bays to a dedicated fund that pays "
    "for ramps, tactile paving and accessible parking signs, and publish a yearly report on how the money "
    "was spent."),
  P("SH02b","en","Parking fines for accesibility",
    "Fines for parkng in spaces reservd for people with disabilites are collected by the police but "
    "disappear into the general budget, and the number of accessible parking bays with proper ramps and "
    "kerb cuts has hardly grown in five years. The group recomends that the Ministry of Internal Affairs "
    "and city akimats direct all fines for ilegal parking in disabled bays to a dedicated fund that pays "
    "for ramps, tactille paving and accesible parking signs, and publish a yearly reprot on how the money "
    "was spent."))
case("spelling",
  P("SH03a","kk","Кітапханалар демалыс күндері де ашық болсын",
    "Аудандық және ауылдық кітапханалар сенбі мен жексенбі күндері де жұмыс істеп, кешкі сағат 20:00-ге "
    "дейін ашық болуы керек."),
  P("SH03b","kk","Кітапханалар демалс күндері де ашық болсын",
    "Аудандық және ауылдық кітапханлар сенбі мен жексебі күндері де жұмыс істеп, кешкі сағат 20:00-ге "
    "дейін ашық болу керек."))
_S04t = "Закрытые остановки на морозе"
_S04 = ("Заменить открытые навесы на автобусных остановках Астаны закрытыми павильонами с обогревом до "
        "начала отопительного сезона 2027 года.")
case("homoglyph",
  P("SH04a","ru",_S04t, _S04),
  P("SH04b","ru",homo(_S04t, 2), homo(_S04, 3)))
_S05t = "Ауыл жолдарын қардан тазарту"
_S05 = ("Қатты боран кезінде аудан орталығынан шалғай ауылдарға баратын жолдар бірнеше күнге дейін жабылып "
        "қалады, жедел жәрдем мен азық-түлік тасымалдайтын көліктер өте алмайды. Қар тазалайтын техника "
        "негізінен республикалық және облыстық маңызы бар жолдарға бекітілген, ал ауылға апаратын жолдар "
        "кезек күтеді. Жұмыс тобы облыс әкімдіктеріне әр ауылдық округке кемінде бір қар тазалайтын техника "
        "бекітуді және ауылға апаратын жолдарды боран басылғаннан кейін бір тәулік ішінде тазартуды "
        "ұсынады.")
case("homoglyph",
  P("SH05a","kk",_S05t, _S05),
  P("SH05b","kk",homo(_S05t, 3), homo(_S05, 2)))

# ---------------- paraphrases, one language each
case("paraphrase",
  P("SH10a","en","Repair village water towers",
    "Many villages in North Kazakhstan and Kostanay regions still get their drinking water from Soviet-era "
    "water towers that are rusted inside and leak. In summer the water often smells and turns brown, and "
    "residents end up buying bottled water. We ask the Ministry of Industry and Construction and the "
    "regional akimats to take stock of all village water towers in 2026 and to repair or replace those in "
    "poor condition within the next three years under the regional water-supply programmes."),
  P("SH10b","en","Worn-out water towers in rural settlements",
    "Rural water towers built in the 1970s and 1980s have never been properly overhauled, yet in roughly "
    "300 villages they remain the only source of piped water. People complain of rust in their taps and "
    "of frequent cuts whenever a tower springs a leak. The working group recommends that an inventory of "
    "all water towers in rural settlements be completed in 2026 and that the worn-out ones be repaired or "
    "replaced within three years, funded through regional water-supply programmes and overseen by the "
    "Ministry of Industry and Construction."))
case("paraphrase",
  P("SH11a","ru","Онлайн-учёт трудовых мигрантов",
    "Трудовые мигранты из Узбекистана, Кыргызстана и Таджикистана обязаны встать на миграционный учёт в "
    "течение трёх рабочих дней, но для этого им приходится лично приходить в ЦОН или миграционную службу "
    "и часами стоять в очереди. Работодатели жалуются, что люди теряют рабочие дни, а многие из-за этого "
    "вообще остаются без регистрации. Предлагаем Министерству внутренних дел дать возможность ставить "
    "иностранных работников на учёт онлайн через портал eGov или через работодателя, без личного визита."),
  P("SH11b","ru","Регистрация иностранных работников без очередей",
    "Рабочая группа рекомендует МВД ввести дистанционную постановку трудовых мигрантов на учёт — через "
    "eGov или по заявлению работодателя, без обязательной явки в ЦОН. Сейчас на регистрацию отводится "
    "3 рабочих дня, а очереди в миграционной службе таковы, что уложиться в этот срок удаётся не всем, "
    "и часть приезжих работает вообще без учёта."))
case("paraphrase",
  P("SH12a","kk","Сот аудармашыларының тізілімі",
    "Сот отырыстарында қазақ немесе орыс тілін білмейтін тараптарға, мысалы, өзбек, ұйғыр не тәжік "
    "тілінде сөйлейтін азаматтарға аудармашы жиі табылмайды, ал табылған күннің өзінде оның біліктілігін "
    "ешкім тексермейді. Соның салдарынан іс қарау кейінге шегеріліп, адамның қорғалу құқығы бұзылады. "
    "Жұмыс тобы Жоғарғы Сотқа 2027 жылға дейін аттестаттаудан өткен сот аудармашыларының бірыңғай "
    "тізілімін құруды және облыстық соттардың аудармашыны осы тізілімнен шақыру тәртібін бекітуді "
    "ұсынады."),
  P("SH12b","kk","Білікті сот аудармашылары",
    "Жоғарғы Сот сот аудармашыларының ортақ тізілімін енгізуі тиіс: оған тек емтихан тапсырып, "
    "аттестаттаудан өткен аудармашылар енгізіліп, облыстық соттар аудармашыны осы тізімнен ғана "
    "шақыратын болсын. Қазір өзбек, ұйғыр, тәжік тілдерінде сөйлейтін айыпталушылар мен куәгерлерге "
    "аудармашы іздеу апталап созылады, ал кездейсоқ адамдардың аудармасы сапасыз болып шығады. Бұл "
    "мәселе 2027 жылға дейін шешілуі керек."))
case("paraphrase",
  P("SH13a","en","Free youth sport sections",
    "Sport sections in state youth sport schools should be free for all children under 18. Today many "
    "district sport schools charge parents a monthly fee for extra training hours, equipment and trips to "
    "tournaments, and children from large and low-income families drop out. We ask akimats to cover these "
    "costs from the local budget from the 2026/27 school year."),
  P("SH13b","en","No more fees in state sport schools",
    "Parents should no longer have to pay for their children's training in state-funded youth sport "
    "schools. Monthly contributions for additional sessions, kit and travel to competitions have become "
    "routine in district sport schools, and it is mainly children from poor and large families who give "
    "up sport because of them. Starting with the 2026-2027 school year, local akimats should finance these "
    "expenses in full for everyone under eighteen."))
case("paraphrase",
  P("SH14a","ru","Смог от угольных печей",
    "Зимой в частном секторе Караганды, Темиртау и Алматы тысячи домов топятся углём, и именно печное "
    "отопление даёт основную часть смога в безветренные дни. Газ ко многим улицам уже подведён, но семьи "
    "не могут оплатить подключение и новый котёл. Предлагаем Министерству энергетики и акиматам ввести "
    "субсидию, покрывающую не менее 70% стоимости подключения частного дома к газу и покупки котла для "
    "малообеспеченных семей."),
  P("SH14b","ru","Газ вместо угля в частном секторе",
    "Рабочая группа рекомендует субсидировать перевод частных домов с угля на газ: государство должно "
    "компенсировать малообеспеченным семьям не менее семидесяти процентов расходов на врезку в газопровод "
    "и установку газового котла. Газораспределительные сети в частном секторе Алматы, Караганды и "
    "Темиртау во многом уже проложены, но подключается лишь малая часть домов, потому что это стоит "
    "сотни тысяч тенге. Пока люди продолжают топить углём, зимний смог в этих городах не уменьшится. "
    "Адресаты: Министерство энергетики, местные акиматы."))
case("paraphrase",
  P("SH15a","kk","Тау соқпақтарын таңбалау",
    "Іле Алатауы ұлттық паркіндегі тау соқпақтарының көбінде таңба да, бағыттауыш та жоқ, сондықтан "
    "туристер жиі адасып, құтқарушылар жыл сайын ондаған адамды іздеуге шығады. Жұмыс тобы Экология "
    "министрлігі мен Алматы облысының әкімдігіне танымал тау соқпақтарын халықаралық үлгідегі түсті "
    "таңбалармен белгілеуді және әр соқпақтың басына маршрут картасы бар ақпараттық тақта орнатуды "
    "ұсынады."),
  P("SH15b","kk","Туристік соқпақтарға белгі мен карта",
    "Танымал тау соқпақтарына бірыңғай түсті таңбалар салынып, олар басталатын жерге картасы бар "
    "ақпараттық тақталар қойылуы керек. Бұл жұмысты Экология министрлігі Алматы облысының әкімдігімен "
    "бірлесіп 2026 жылғы туристік маусым басталғанға дейін атқаруы тиіс. Қазір Іле Алатауындағы "
    "соқпақтардың басым бөлігі таңбаланбаған, ал адасқан туристерді іздеу құтқарушылардың уақыты мен "
    "күшін алады."))
case("paraphrase",
  P("SH16a","en","Training for election observers",
    "The CEC should run a free online course for NGO and party observers before every election."),
  P("SH16b","en","Free course for observers",
    "Before each election, observers from parties and civil society should be able to take a free online "
    "training course organised by the Central Election Commission."))
case("paraphrase",
  P("SH17a","ru","Маркировка продуктов на казахском",
    "Обязать производителей и импортёров указывать состав продуктов питания на казахском языке тем же "
    "размером шрифта, что и на русском."),
  P("SH17b","ru","Состав продуктов — и на казахском",
    "Состав на упаковке продуктов должен печататься на казахском языке шрифтом не мельче, чем на "
    "русском; это касается и местных, и импортных товаров."))
case("paraphrase",
  P("SH18a","kk","Ауыл әйелдеріне кепілсіз несие",
    "Ауылдағы әйелдердің көбі нан пісіру, тігін, сүт өңдеу сияқты шағын кәсіп ашқысы келеді, бірақ "
    "банктер кепілі мен тұрақты табысы жоқ адамдарға несие бермейді. Жұмыс тобы Ауыл шаруашылығын "
    "қаржылай қолдау қорына және облыс әкімдіктеріне ауыл әйелдеріне кепілсіз, жылдық мөлшерлемесі "
    "6 пайыздан аспайтын, 3 миллион теңгеге дейінгі микронесие беретін арнайы бағдарлама ашуды ұсынады."),
  P("SH18b","kk","Ауылдағы әйел кәсіпкерлерге микронесие",
    "Ауылдық жерде шағын кәсібін бастағысы келетін әйелдерге кепілсіз микронесие берілсін: сомасы үш "
    "миллион теңгеге дейін, мөлшерлемесі жылына алты пайыздан жоғары болмауы керек. Мұндай бағдарламаны "
    "Ауыл шаруашылығын қаржылай қолдау қоры облыс әкімдіктерімен бірлесіп іске қосуы тиіс. Қазір екінші "
    "деңгейлі банктер кепілі жоқ әйелдердің өтінімін қабылдамайды, сондықтан нан пісіру, тігін немесе "
    "ірімшік жасау сияқты кәсіптер ресми тіркелмей, көлеңкеде қалып отыр."))
case("paraphrase",
  P("SH19a","ru","Лекарства в сельских ФАПах",
    "Более чем в тысяче сёл нет ни одной аптеки, и за простыми лекарствами жителям приходится ехать в "
    "райцентр за 40–60 километров. Фельдшерско-акушерские пункты есть почти везде, но продавать лекарства "
    "им запрещено. Предлагаем Министерству здравоохранения до конца 2026 года внести изменения в правила "
    "фармацевтической деятельности и разрешить медработникам ФАП и медпунктов реализовывать "
    "безрецептурные препараты по утверждённому перечню."),
  P("SH19b","ru","Аптечные пункты при ФАП",
    "Рабочая группа просит Минздрав разрешить фельдшерско-акушерским и медицинским пунктам в сёлах, где "
    "нет аптек, продавать лекарства, отпускаемые без рецепта, по перечню, утверждённому министерством. "
    "Сейчас сельские жители ездят за жаропонижающим или мазью в районный центр, иногда за десятки "
    "километров."))

# ---------------- cross-language duplicates, NO translation supplied
case("cross",
  P("SH20a","kk","Ауыл көшелеріне күн панельді шамдар",
    "Көптеген ауылда көше жарығы тек орталық көшеде ғана бар, қалған көшелер түнде қараңғы, қыста "
    "балалар мектептен қараңғыда қайтады. Жаңа электр желісін тарту қымбатқа түседі. Жұмыс тобы облыс "
    "әкімдіктеріне 2027 жылға дейін ауылдардың барлық көшесін күн панелімен жұмыс істейтін автономды "
    "шамдармен жарықтандыруды ұсынады."),
  P("SH20b","ru","Освещение сельских улиц на солнечных батареях",
    "В большинстве сёл фонари горят только на центральной улице, остальные зимой тонут в темноте, а "
    "тянуть новые линии электропередачи дорого. Просим акиматы областей до 2027 года осветить все "
    "сельские улицы автономными фонарями на солнечных батареях."))
case("cross",
  P("SH21a","kk","Шалғай ауыл балаларына мектеп автобусы",
    "Шағын ауылдардағы мектептер жабылғаннан кейін балалар көрші ауылдағы мектепке 10–25 шақырым жол "
    "жүреді, ата-аналар оларды өз көлігімен немесе таксимен жеткізуге мәжбүр. Жұмыс тобы Оқу-ағарту "
    "министрлігі мен аудан әкімдіктеріне мектептен 3 шақырымнан алыс тұратын әр оқушыны тегін мектеп "
    "автобусымен тасымалдауды қамтамасыз етуді ұсынады."),
  P("SH21b","en","School transport from small villages",
    "Where small village schools have been closed, pupils now travel 10 to 25 km to the nearest school, "
    "and families pay for private cars or taxis out of their own pockets. We call on the Ministry of "
    "Education and district akimats to guarantee free school-bus transport for every pupil living more "
    "than three kilometres from school."))
case("cross",
  P("SH22a","ru","Туалеты на трассах",
    "На республиканских трассах Алматы — Астана, Шымкент — Ташкент и других на сотни километров нет ни "
    "одного нормального туалета, а те, что есть у придорожных кафе, в антисанитарном состоянии. Особенно "
    "тяжело приходится пожилым людям, детям и людям с инвалидностью. Предлагаем Министерству транспорта "
    "и АО «КазАвтоЖол» до 2028 года обустроить на всех республиканских трассах бесплатные чистые туалеты "
    "не реже чем через каждые 50 километров, включая доступные кабины для людей на колясках."),
  P("SH22b","en","Public toilets on national highways",
    "Along national highways such as Almaty–Astana there are hundreds of kilometres without a single "
    "decent toilet, and roadside cafés keep theirs filthy. The group asks the Ministry of Transport and "
    "KazAvtoZhol to build clean, free public toilets, including wheelchair-accessible cubicles, at least "
    "every 50 km on all national highways by 2028."))
case("cross",
  P("SH23a","kk","Ауылдарда сүт қабылдау пункттері",
    "Жеке қосалқы шаруашылықтардан сүтті әділ бағамен қабылдайтын пункттерді әр ауылда ашуды "
    "мемлекеттік субсидиямен қолдау керек."),
  P("SH23b","ru","Пункты приёма молока в сёлах",
    "Субсидировать открытие в каждом селе пунктов, где у подворий будут принимать молоко по справедливой "
    "цене."))
case("cross",
  P("SH24a","kk","Ауылдағы ветеринарлық пункт",
    "Әр ауылдық округте қажетті дәрі-дәрмегі мен құрал-жабдығы бар мемлекеттік ветеринарлық пункт "
    "болуы тиіс."),
  P("SH24b","en","Vet stations in villages",
    "Every rural district should have a state veterinary station equipped with basic medicines and "
    "tools."))
case("cross",
  P("SH25a","ru","Общежития для студентов колледжей",
    "Строить общежития при колледжах, чтобы студенты из сёл не снимали жильё за свой счёт."),
  P("SH25b","en","Dorms for college students",
    "Colleges need dormitories so that students from rural areas do not have to rent flats at their own "
    "expense."))
case("cross",
  P("SH26a","kk","Ауыл мектептерінде тіс дәрігерінің кабинеті",
    "Ауыл балаларының басым көпшілігі тіс дәрігеріне тісі қатты ауырғанда ғана барады, өйткені жақын "
    "стоматология аудан орталығында орналасқан. Мектеп жасындағы балалардың 80 пайыздан астамында тіс "
    "жегісі бар. Жұмыс тобы Денсаулық сақтау министрлігіне оқушы саны 300-ден асатын әр ауыл мектебінде "
    "стоматология кабинетін ашып, балаларды жылына екі рет тегін тексеруден өткізуді ұсынады."),
  P("SH26b","en","Dentists in rural schools",
    "We ask the Ministry of Health to open a dental office in every rural school with more than 300 "
    "pupils and to give each child a free check-up twice a year. More than 80% of schoolchildren have "
    "tooth decay, and village children see a dentist only when the pain becomes unbearable, because the "
    "nearest clinic is in the district centre."))
case("cross",
  P("SH27a","kk","Пайдаланылған батарейкаларды жинау",
    "Пайдаланылған батарейкалар мен аккумуляторлар кәдімгі қоқыспен бірге полигонға тасталып, олардан "
    "шыққан ауыр металдар топыраққа сіңеді. Қазір батарейка жинайтын жәшіктер тек бірнеше ірі сауда "
    "орталығында ғана бар. Жұмыс тобы Экология министрлігіне батарейка сататын барлық дүкендер мен "
    "мектептерді арнайы жинау жәшіктерін орнатуға міндеттеуді және жиналған батарейкаларды қайта өңдеуді "
    "өндірушілердің кеңейтілген міндеттемелері есебінен қаржыландыруды ұсынады."),
  P("SH27b","ru","Сбор использованных батареек",
    "Предлагаем обязать все магазины, продающие батарейки, а также школы установить контейнеры для сбора "
    "использованных батареек, а их переработку финансировать за счёт расширенных обязательств "
    "производителей (РОП). Сейчас батарейки выбрасываются вместе с обычным мусором и попадают на "
    "полигоны, где тяжёлые металлы уходят в почву; боксы для сбора стоят лишь в нескольких торговых "
    "центрах. Адресат — Министерство экологии."),
  P("SH27c","en","Battery collection boxes",
    "Used batteries end up in ordinary landfills, where heavy metals leak into soil and groundwater, and "
    "collection boxes exist only in a handful of big shopping malls. The Ministry of Ecology should "
    "require every shop that sells batteries, and every school, to provide a collection box, and pay for "
    "recycling through the extended producer responsibility scheme."))

# ---------------- opposite-meaning traps (shared context, opposite ask): must NEVER merge
_S30 = ("Every summer dozens of children drown in rivers, lakes and irrigation canals, and most of them never "
        "learned to swim. Many district centres now have a pool built under recent programmes that stands "
        "half-empty during school hours. ")
case("trap-polarity",
  P("SH30a","en","Compulsory swimming lessons in primary school",
    _S30 + "The group recommends that the Ministry of Education make swimming lessons a compulsory part of "
    "physical education for pupils in grades 2 to 4 wherever a pool is within reach."),
  P("SH30b","en","Voluntary swimming lessons in primary school",
    _S30 + "The group recommends that the Ministry of Education offer swimming lessons as a voluntary part "
    "of physical education for pupils in grades 2 to 4 wherever a pool is within reach, leaving the choice "
    "to parents."))
_S31 = ("Соңғы екі жылда Алматы мен Астанада жалға берілетін электр самокаттар көбейді, ал олар үшін "
        "велосипед жолдары әлі де жетіспейді. Жаяу жүргіншілер мен самокат жүргізушілері арасындағы "
        "жол-көлік оқиғалары жиілеп барады. ")
case("trap-polarity",
  P("SH31a","kk","Электр самокаттарға тротуарда жүруге рұқсат",
    _S31 + "Жұмыс тобы Ішкі істер министрлігіне электр самокаттарға тротуармен сағатына 10 шақырымнан "
    "аспайтын жылдамдықпен жүруге рұқсат беретін ереже енгізуді ұсынады."),
  P("SH31b","kk","Электр самокаттарға тротуарда жүруге тыйым",
    _S31 + "Жұмыс тобы Ішкі істер министрлігіне электр самокаттармен тротуарда жүруге тыйым салып, оларға "
    "тек велосипед жолымен және жол жиегімен жүруге болатын ереже енгізуді ұсынады."))
_S32 = ("Фермеры юга страны ежегодно сообщают о нехватке сезонных работников на сборе овощей, хлопка и "
        "фруктов, а местные жители на такую работу идут неохотно. В то же время в сёлах сохраняется высокая "
        "скрытая безработица. ")
case("trap-polarity",
  P("SH32a","ru","Квота на иностранных работников в сельском хозяйстве",
    _S32 + "Рабочая группа предлагает Министерству труда и социальной защиты населения увеличить квоту на "
    "привлечение иностранной рабочей силы для сельскохозяйственных работ на 2027 год."),
  P("SH32b","ru","Квота на иностранных работников в сельском хозяйстве",
    _S32 + "Рабочая группа предлагает Министерству труда и социальной защиты населения сократить квоту на "
    "привлечение иностранной рабочей силы для сельскохозяйственных работ на 2027 год, чтобы эти места в "
    "первую очередь предлагались местным жителям."))
_S33 = ("Мектеп формасы туралы ата-аналардың пікірі екіге бөлінеді: біреулер форма балалар арасындағы "
        "әлеуметтік теңсіздікті байқатпайды десе, енді біреулер оны жыл сайын сатып алу көп балалы "
        "отбасыларға ауыр тиетінін айтады. ")
case("trap-polarity",
  P("SH33a","kk","Мектеп формасын сақтау",
    _S33 + "Жұмыс тобы Оқу-ағарту министрлігіне мектептерде міндетті мектеп формасын сақтауды ұсынады."),
  P("SH33b","kk","Міндетті мектеп формасын жою",
    _S33 + "Жұмыс тобы Оқу-ағарту министрлігіне мектептерде міндетті мектеп формасын жойып, киімге "
    "қойылатын жалпы талаптарды ғана қалдыруды ұсынады."))
_S34 = ("Действующие правила медико-социальной экспертизы по-разному определяют сроки переосвидетельствования "
        "для лиц с первой группой инвалидности, и в регионах их применяют непоследовательно. ")
case("trap-polarity",
  P("SH34a","ru","Переосвидетельствование при первой группе инвалидности",
    _S34 + "Рабочая группа считает, что лица с первой группой инвалидности при необратимых нарушениях не "
    "должны проходить повторное освидетельствование, и предлагает Министерству труда закрепить это в "
    "правилах."),
  P("SH34b","ru","Переосвидетельствование при первой группе инвалидности",
    _S34 + "Рабочая группа считает, что лица с первой группой инвалидности, в том числе при необратимых "
    "нарушениях, должны проходить повторное освидетельствование, и предлагает Министерству труда "
    "закрепить это в правилах."))
_S35 = ("When temperatures drop below minus 30, akimats cancel classes for younger pupils, but schools "
        "handle it differently: some send homework over WhatsApp, others do nothing at all. ")
case("trap-polarity",
  P("SH35a","en","Distance learning on frost days",
    _S35 + "The group believes that on days when classes are cancelled because of frost, schools should "
    "switch to distance learning so that pupils do not lose lessons."),
  P("SH35b","en","No distance learning on frost days",
    _S35 + "The group believes that on days when classes are cancelled because of frost, schools should "
    "not switch to distance learning, since many rural families have neither laptops nor stable internet; "
    "the missed lessons should be made up later in the school year."))
_S36 = ("The saiga population in West Kazakhstan has recovered to more than two million animals, and farmers "
        "report herds grazing on their hayfields and crops. The regulated cull that began recently remains "
        "controversial among both farmers and conservationists. ")
case("trap-polarity",
  P("SH36a","en","Saiga culling quota",
    _S36 + "The group recommends that the Ministry of Ecology increase the annual saiga culling quota for "
    "the coming season."),
  P("SH36b","en","Saiga culling quota",
    _S36 + "The group recommends that the Ministry of Ecology reduce the annual saiga culling quota for "
    "the coming season."))

# ---------------- number traps: same ask but a different figure, must NEVER merge
_S40 = ("В районных центрах и малых городах после 20:00 купить лекарство негде: круглосуточных аптек либо "
        "нет, либо одна на весь город. Рабочая группа предлагает Министерству здравоохранения установить "
        "норматив — не менее одной круглосуточной аптеки на каждые ")
case("trap-number",
  P("SH40a","ru","Круглосуточные аптеки",
    _S40 + "20 000 жителей — и поручить акиматам обеспечить его выполнение."),
  P("SH40b","ru","Круглосуточные аптеки",
    _S40 + "50 000 жителей — и поручить акиматам обеспечить его выполнение."))
_S41 = ("Every autumn flats stay cold for weeks because heating is switched on only after the average daily "
        "temperature has stayed below +8 °C for five days in a row. Older people and families with babies "
        "suffer most. The group asks the Ministry of Energy and city akimats to start the heating season "
        "once the average daily temperature stays below ")
case("trap-number",
  P("SH41a","en","Start of the heating season", _S41 + "+10 °C for three days in a row."),
  P("SH41b","en","Start of the heating season", _S41 + "+12 °C for three days in a row."))
_S42 = ("Қазір бірінші, екінші және үшінші бала туғанда берілетін біржолғы жәрдемақы 38 АЕК-ті құрайды, бұл "
        "сома нәрестеге қажетті алғашқы заттардың құнын да жаппайды. Жұмыс тобы Еңбек және халықты "
        "әлеуметтік қорғау министрлігіне бұл жәрдемақыны 2027 жылдан бастап ")
case("trap-number",
  P("SH42a","kk","Бала туғанда берілетін жәрдемақы", _S42 + "60 АЕК-ке дейін көтеруді ұсынады."),
  P("SH42b","kk","Бала туғанда берілетін жәрдемақы", _S42 + "100 АЕК-ке дейін көтеруді ұсынады."))

# ---------------- look-alikes: one word differs, or one topic with different asks
case("distinct",
  P("SH50a","en","Service cars for village feldshers",
    "Village feldshers cover several settlements each but reach them on foot, by hitchhiking or in their "
    "own cars at their own expense. We recommend that district akimats provide every rural feldsher who "
    "serves more than one village with a service car and a fuel allowance."),
  P("SH50b","en","Service cars for village police officers",
    "Village police officers cover several settlements each but reach them on foot, by hitchhiking or in "
    "their own cars at their own expense. We recommend that district akimats provide every rural police "
    "officer who serves more than one village with a service car and a fuel allowance."),
  note="profession differs")
case("distinct",
  P("SH51a","ru","Крытый каток в Кентау",
    "Построить в Кентау крытый ледовый каток с бесплатными часами для школьников."),
  P("SH51b","ru","Крытый каток в Жанаозене",
    "Построить в Жанаозене крытый ледовый каток с бесплатными часами для школьников."),
  note="city differs")
case("distinct",
  P("SH52a","kk","Ауыл мектептеріне химия зертханасы",
    "Оқушысы 100-ден асатын әр ауыл мектебінде 2027 жылға дейін заманауи химия зертханасы жабдықталсын."),
  P("SH52b","kk","Ауыл мектептеріне робототехника кабинеті",
    "Оқушысы 100-ден асатын әр ауыл мектебінде 2027 жылға дейін заманауи робототехника кабинеті "
    "жабдықталсын."),
  note="object differs")
case("distinct",
  P("SH53a","en","Rural libraries as digital points",
    "Rural libraries should get free Wi-Fi and two or three public computers so that residents can use "
    "eGov services and look for jobs without travelling to the district centre."),
  P("SH53b","en","New children's books for rural libraries",
    "Rural libraries should receive new Kazakh-language children's books every year, since most of their "
    "children's collections were bought before 2000."),
  note="one topic, different asks")
