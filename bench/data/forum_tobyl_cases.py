# A forum "Tobyl" (held out entirely): written BLIND for issue 9's tenth pass, after its rules, before
# and without seeing the merge rules (src/recbook/merge/), docs/, README.md, the tests (tests/), any
# other bench/*.py, any *.yaml or any dedupe output or score, and to be run ONCE, as an outside
# measure of the tenth pass. Nothing here was tuned on a run. Only make_eval.py, the first 60 lines
# of forum_ertis_cases.py (format), the header comments (first ~40 lines) of the other forums (to
# avoid their topics) and /work/shared/design/KAZAKH.md (Kazakh spelling, names of bodies) were read.
# Voice: MIXED, as a regional public council's working groups write after a forum: about half MEDIUM
# texts (2-3 sentences, the ask first or last, sometimes a question - "Неге ...?", "Почему ...?",
# "Could ...?" - or "we need ..." / «нужно ...» / «... керек»), a quarter SHORT cards (a title and one
# line) and a quarter LONG formal texts (4-6 sentences, context then the ask, often to a body:
# Қостанай облысының әкімдігі, облыстық мәслихат, Экология және табиғи ресурстар министрлігі;
# Министерству транспорта, акимату Северо-Казахстанской области; the Ministry of Agriculture).
# Some numbers in digits, some spelt out (years and ordinals too). kk about 40 %, ru 38 %, en 21 %.
# The setting is a Kostanay and North Kazakhstan forum: the Tobol (Тобыл) and the Esil at Petropavl,
# Kostanay, Rudny, Lisakovsk, Arkalyk, Zhitikara, Amangeldy, Naurzum, grain and the virgin lands,
# iron ore, birch groves (колки), the Russian border.
# Topics the other forums do not use: dredging the Tobol in Kostanay, asbestos dust in Zhitikara, an
# Arkalyk-Kostanay bus, fire breaks in birch groves, a tree belt between Rudny and the Sokolovka-
# Sarbai dumps, virgin-lands veterans' memories, a medical post in Amangeldy, pupils' trips to the
# Altynsarin museum in Arkalyk, Kazakh kindergarten groups in Petropavl, a lifeguard post on the
# Lisakovsk beach, grain warehouse receipts, a round-the-clock border crossing near Petropavl,
# widening the Kostanay-Rudny road, haemodialysis in Zhitikara, housing certificates for kandas in
# North Kazakhstan, joint Tobol monitoring with Kurgan, a Naurzum visitor centre, the Arkalyk heat
# plant, a Tobol embankment cycle path, a flood dike in Petropavl's Podgora, faster drought
# payouts, an autism centre in Rudny, border-village visits to relatives' graves, locusts, Abylai
# Khan's residence in Petropavl, a road-repair warranty in Kostanay, the Arkalyk cosmonautics
# museum, published Tobol reservoir releases, "Serpin" dormitory places, spawning-season angling,
# the waterfowl season, grain quality certificates, the birch-felling moratorium, lorries on the old
# Tobol bridge, the Petropavl-Bulaevo bus, expanding the Sarbai quarry, crop insurance, grain
# haulage subsidies, a pensioners' heating discount, road kilometres in Karasu district, an
# agricultural college stipend, covered ice rinks, pay for school bus drivers/school kitchen staff,
# sanatorium vouchers, Petropavl station, virgin-lands memory.
# Kinds and counts (46 cases, 94 proposals): exact 1 (ru); spelling 3 (typos in key words, kk/ru/en
# one each); homoglyph 1 (kk, homo()); paraphrase 12 (kk 5, ru 5, en 2: the same ask written by two
# different people - other context, synonyms, reordering, nominal vs verbal style, a question vs a
# statement, digits vs words, one adding a detail, a card vs a longer text); cross 12 written
# independently with NO translation supplied (kk/ru 6, kk/en 2, ru/en 2, two kk/ru/en triples);
# trap-polarity 8 with shared wording (kk: allow vs ban (-уы/-мауы керек), extend vs shorten,
# mandatory vs voluntary; ru: keep vs abolish, allow vs ban, increase vs reduce; en: should vs
# should not, mandatory vs voluntary); trap-number 4 (tenge per tonne, per cent, kilometres, tenge);
# distinct 5 (one town, one profession, one group of people, two topics with different asks).
# Generate: python bench/data/make_eval.py bench/data/forum_tobyl_cases.py bench/data/forum_tobyl.yaml

# ---------------- exact, spelling and homoglyph variants
_T01 = ("В черте Костаная русло Тобола за последние годы сильно заилилось и заросло камышом, летом вода "
        "застаивается и цветёт. Нужно провести расчистку русла от моста до плотины в 2026 году и "
        "предусмотреть на это средства в областном бюджете.")
case("exact",
  P("TY01a","ru","Расчистка русла Тобола в Костанае", _T01),
  P("TY01b","ru","Расчистка русла Тобола в Костанае", _T01))
case("spelling",
  P("TY02a","kk","Жітіқарадағы асбест шаңы",
    "Жітіқара қаласы хризотил-асбест карьерінің жанында орналасқан, жел соққан күндері шаң тұрғын үйлерге "
    "дейін жетеді. Қала ішінде ауадағы асбест талшықтарын өлшейтін кемінде үш автоматты бекет орнатып, "
    "деректерді күн сайын жариялау керек."),
  P("TY02b","kk","Жітіқарадағы асбес шаңы",
    "Жітіқара қаласы хризотил-асбест каръерінің жанында орналасқан, жел соққан күндері шаң тұрғын үйлерге "
    "дейін жетеді. Қала ішінде ауадағы асбест талшықтарын өлшейтін кемінде үш автомотты бекет орнатып, "
    "деректерді күн сайн жариялау керек."))
case("spelling",
  P("TY03a","ru","Автобус Аркалык — Костанай",
    "Прямой автобусный рейс из Аркалыка в Костанай ходит всего два раза в неделю, и жителям приходится "
    "ехать с пересадками почти сутки. Просим управление пассажирского транспорта открыть ежедневный "
    "рейс с остановками в районных центрах."),
  P("TY03b","ru","Автобус Аркалык — Костонай",
    "Прямой автобусный рейс из Аркалыка в Костанай ходит всего два раза в неделю, и жителям приходится "
    "ехать с пересатками почти сутки. Просим управление пасажирского транспорта открыть ежедевный "
    "рейс с остоновками в районных центрах."))
case("spelling",
  P("TY04a","en","Fire breaks around birch groves",
    "Spring grass fires in North Kazakhstan burn into the birch groves almost every April. District "
    "forestry offices should plough fire breaks around every grove that lies next to a village or a "
    "highway before the snow has fully melted."),
  P("TY04b","en","Fire brakes around birch grooves",
    "Spring grass fires in North Kazakhstan burn into the birch groves almost every April. District "
    "forestery offices should plow fire breaks around every grove that lies next to a vilage or a "
    "highway before the snow has fully melted."))
_T05t = "Рудный мен карьер үйінділерінің арасына орман белдеуі"
_T05 = ("Соколов және Сарыбай карьерлерінің үйінділері қаладан бар болғаны бір-екі шақырым жерде, құрғақ "
        "күндері қызыл шаң бүкіл Рудныйды басады. Облыс әкімдігі үйінділер мен тұрғын аудандардың арасына "
        "ені кемінде 300 метр орман белдеуін отырғызуы керек, ал күтімін кен байыту комбинаты өз мойнына "
        "алуы тиіс.")
case("homoglyph",
  P("TY05a","kk",_T05t,_T05),
  P("TY05b","kk",homo(_T05t),homo(_T05)))

# ---------------- paraphrases, kk
case("paraphrase",
  P("TY06a","kk","Тыңгерлердің естеліктерін жазып алу",
    "Тың игеруге қатысқан адамдардың көбі қазір сексеннен асқан, олардың әңгімелері жазылмай жоғалып "
    "барады. Облыстық мұрағат пен өлкетану мұражайы тыңгерлердің естеліктерін бейне және аудиоға жазып, "
    "бір электрондық жинаққа біріктіруі керек."),
  P("TY06b","kk","Тың тарихы: куәгерлердің дауысы",
    "Біз тың жылдарының тірі куәгерлерінен бейнесұхбат алатын жоба ұсынамыз. 1954 жылы келген "
    "жастардың саны азайып келеді, сондықтан жазбаларды мұрағатқа өткізіп, интернетте ашық жариялау "
    "қажет. Бұған мектеп оқушылары мен студенттерді де тартуға болады."))
case("paraphrase",
  P("TY07a","kk","Амангелдіде жедел жәрдем бекеті",
    "Амангелді ауданының алыс ауылдарына жедел жәрдем Арқалықтан немесе аудан орталығынан екі сағатта "
    "әрең жетеді. Аудандағы ең үлкен ауылдардың біріне тәулік бойы жұмыс істейтін жедел жәрдем бекетін "
    "ашу керек."),
  P("TY07b","kk","Жедел жәрдем неге кешігеді?",
    "Амангелді жақтағы ауылдарда адам ауырып қалса, көлік екі-үш сағаттан кейін ғана келеді. Облыстық "
    "денсаулық сақтау басқармасы ауданда тәулік бойы кезекшілік ететін жедел медициналық жәрдемнің "
    "жаңа бекетін ұйымдастырса екен."))
case("paraphrase",
  P("TY08a","kk","Алтынсарин мұражайына оқушылар сапары",
    "Облыстың әр мектебінің оқушылары кемінде бір рет Арқалықтағы Ыбырай Алтынсарин мұражайына барып "
    "қайтуы үшін жол шығынын облыстық бюджеттен өтеу керек."),
  P("TY08b","kk","Ыбырай мұражайына экскурсия",
    "Арқалықта Ыбырай Алтынсариннің мұражайы бар, бірақ Қостанайдан, Рудныйдан, Лисаковскіден "
    "балалар онда сирек барады, себебі автобус жалдау ата-аналарға қымбатқа түседі. Оқу-ағарту "
    "басқармасы әрбір мектеп оқушыларының осы мұражайға баруын қаржыландырып, сапар шығынын өз "
    "мойнына алса, жас ұрпақ ағартушының мұрасымен жақынырақ танысар еді. Мұны жыл сайынғы тәрбие "
    "жоспарына енгізуді сұраймыз."))
case("paraphrase",
  P("TY09a","kk","Петропавлда қазақ тілді балабақша топтары",
    "Петропавлда қазақ тілінде тәрбиелейтін балабақша топтары жетіспейді, ата-аналар кезекте бір жыл "
    "күтеді. Қала әкімдігі 2026 жылы мемлекеттік балабақшалардағы қазақ тілді топтардың санын кемінде "
    "он беске жеткізуі керек."),
  P("TY09b","kk","Қазақша топ тапшы",
    "Петропавл қаласындағы балабақшаларда қазақ тілді топтардың санын 15-ке дейін арттыру қажет: "
    "сұраныс көп, орын аз."))
case("paraphrase",
  P("TY10a","kk","Лисаковск жағажайына құтқарушы",
    "Жазда Лисаковскідегі Тобыл жағалауындағы қалалық жағажайға мыңдаған адам келеді, ал құтқарушы "
    "бекеті жоқ. Маусымнан тамызға дейін жағажайда кәсіби құтқарушылар кезекшілік етуі керек."),
  P("TY10b","kk","Жағажайда құтқару бекеті қажет",
    "Өткен жазда Лисаковск жағажайында екі бала суға батып кете жаздады. Қала әкімдігінен шомылу "
    "маусымы бойы құтқару бекетін ашып, оған жүзу білетін құтқарушылар мен қайық бөлуді сұраймыз."))

# ---------------- paraphrases, ru
case("paraphrase",
  P("TY11a","ru","Гарантийный фонд для зерновых расписок",
    "Мелкие фермеры Костанайской области неохотно сдают зерно на хлебоприёмные предприятия, потому что "
    "при банкротстве элеватора зерно по распискам часто не возвращают. В 2023 году после банкротства "
    "двух элеваторов десятки хозяйств остались без урожая. Министерству сельского хозяйства нужно "
    "восстановить работающий гарантийный фонд по зерновым распискам, из которого держателям расписок "
    "выплачивалось бы возмещение. Взносы элеваторов в фонд должны быть обязательными."),
  P("TY11b","ru","Защитить держателей зерновых расписок",
    "Почему фермер, сдавший пшеницу на элеватор, теряет всё, если элеватор обанкротился? Предлагаем "
    "создать фонд гарантирования исполнения обязательств по зерновым распискам с обязательными "
    "отчислениями хлебоприёмных предприятий, чтобы при банкротстве элеватора крестьянам компенсировали "
    "стоимость зерна."))
case("paraphrase",
  P("TY12a","ru","Круглосуточный пункт пропуска",
    "Нужно перевести автомобильный пункт пропуска на границе с Россией у Петропавловска на "
    "круглосуточный режим: сейчас он закрывается вечером, и люди ночуют в машинах."),
  P("TY12b","ru","Работа погранперехода ночью",
    "Жители Петропавловска часто ездят в Курганскую и Омскую области к родственникам и на работу. "
    "Ближайший автомобильный пункт пропуска работает только днём, после 20:00 очередь стоит до утра. "
    "Просим Пограничную службу КНБ и Комитет государственных доходов организовать работу этого пункта "
    "24 часа в сутки."))
case("paraphrase",
  P("TY13a","ru","Расширение дороги Костанай — Рудный",
    "Трасса Костанай — Рудный одна из самых загруженных в области: по ней ежедневно ездят тысячи "
    "работников комбината, студентов и грузовики с рудой. Дорога двухполосная, обгоны приводят к "
    "тяжёлым авариям. Управлению пассажирского транспорта и автомобильных дорог предлагается "
    "расширить её до четырёх полос с разделительным ограждением."),
  P("TY13b","ru","Четыре полосы между Костанаем и Рудным",
    "Необходима реконструкция автодороги между Костанаем и Рудным в четырёхполосную с барьерным "
    "ограждением посередине. Каждый год на этом участке гибнут люди при лобовых столкновениях."))
case("paraphrase",
  P("TY14a","ru","Гемодиализ в Житикаре",
    "Пациенты с хронической почечной недостаточностью из Житикары три раза в неделю ездят на "
    "гемодиализ в Костанай, это больше 200 км в одну сторону. Нужно открыть отделение гемодиализа "
    "на базе районной больницы Житикары."),
  P("TY14b","ru","Диализ ближе к дому",
    "В Житикаринском районе около двадцати человек нуждаются в гемодиализе, и каждая процедура "
    "означает дорогу в областной центр и обратно — почти пять часов. Управление здравоохранения "
    "акимата Костанайской области могло бы разместить диализный центр прямо в Житикаре, при "
    "районной больнице, в том числе через государственно-частное партнёрство. Это сэкономит и "
    "деньги на транспорт, и силы больных."))
case("paraphrase",
  P("TY15a","ru","Жильё для кандасов в СКО",
    "Северо-Казахстанская область входит в число регионов для переселения кандасов, но многие уезжают "
    "обратно, не найдя жилья. Предлагаем выдавать переселяющимся семьям жилищный сертификат на покупку "
    "дома в сельской местности области."),
  P("TY15b","ru","Сертификаты на жильё переселенцам",
    "Кандасам, приезжающим в сёла Северного Казахстана, нужны жилищные сертификаты: без помощи с "
    "покупкой дома семьи не закрепляются и возвращаются на юг."))

# ---------------- paraphrases, en
case("paraphrase",
  P("TY16a","en","Joint Tobol monitoring with Kurgan",
    "The Tobol crosses the Russian border below Kostanay, and both countries blame each other for "
    "pollution and low water. We need joint automatic water-quality posts on both sides of the border, "
    "with Kazakh and Russian agencies publishing the same data online every day."),
  P("TY16b","en","Shared water data on the Tobol",
    "Could the Ministry of Water Resources agree with the Kurgan region authorities on shared "
    "monitoring stations on the Tobol at the border? Each side currently measures the river on its own, "
    "and the figures never match. A single open online feed of daily readings would end the arguments "
    "and help during floods."))
case("paraphrase",
  P("TY17a","en","A visitor centre for Naurzum",
    "The Naurzum reserve is a UNESCO World Heritage site, yet visitors find no information point, no "
    "marked trails and no toilets. The Forestry and Wildlife Committee should build a visitor centre at "
    "the reserve entrance with an exhibition on the steppe, the lakes and the pine forests."),
  P("TY17b","en","Naurzum needs a visitor centre",
    "Build a visitor centre at Naurzum nature reserve, with exhibits and guides."))

# ---------------- cross-language, kk/ru
case("cross",
  P("TY18a","kk","Арқалық ЖЭО-сын жаңғырту",
    "Арқалықтағы жылу электр орталығының қазандықтары жетпісінші жылдардан бері ауыстырылмаған, әр қыста "
    "апат болып, үйлер салқындап қалады. 2022 жылғы ақаудан кейін де түбегейлі жөндеу жүргізілген жоқ. "
    "Энергетика министрлігі мен облыс әкімдігі Арқалық ЖЭО-сын кешенді жаңғыртуды келесі жылдың "
    "бюджетіне енгізуі керек."),
  P("TY18b","ru","Модернизация ТЭЦ Аркалыка",
    "Требуется полная модернизация ТЭЦ Аркалыка: оборудование изношено, аварии повторяются каждую зиму. "
    "Просим Министерство энергетики и акимат области заложить деньги уже в бюджет следующего года."))
case("cross",
  P("TY19a","kk","Тобыл жағалауымен велосипед жолы",
    "Қостанайда Тобыл жағалауын бойлай тұтас велосипед жолы жоқ. Жағалау бойымен қаланың бір шетінен "
    "екінші шетіне дейін бөлек велосипед жолағын салу керек."),
  P("TY19b","ru","Велодорожка вдоль Тобола",
    "Нужна непрерывная велодорожка по набережной Тобола через весь Костанай — сейчас велосипедисты "
    "едут по тротуарам и проезжей части."))
case("cross",
  P("TY20a","kk","Подгорадағы қорғаныс бөгеті",
    "2024 жылғы көктемде Есіл тасығанда Петропавлдың Подгора ауданындағы жүздеген үйді су басты. "
    "Уақытша үйілген топырақ бөгет келесі су тасқынына шыдамайды. Су ресурстары және ирригация "
    "министрлігі Подгора бойында тұрақты бетон қорғаныс дамбасын салуды қаржыландыруы тиіс."),
  P("TY20b","ru","Постоянная дамба в Подгоре",
    "После паводка 2024 года в Петропавловске временная земляная насыпь в районе Подгоры не "
    "защитит дома при следующем половодье. Нужна капитальная защитная дамба вдоль Ишима, "
    "финансирование которой должно взять на себя Министерство водных ресурсов и ирригации."))
case("cross",
  P("TY21a","kk","Құрғақшылық өтемақысы кешікпесін",
    "Құрғақшылықтан егіні күйген шаруалар сақтандыру төлемін жарты жыл бойы күтеді, ал келесі егіске "
    "ақша керек. Өтемақыны күзгі орақ аяқталғаннан кейін бір айдың ішінде төлеу керек."),
  P("TY21b","ru","Быстрые выплаты фермерам за засуху",
    "Почему выплаты за погибший от засухи урожай фермеры Костанайской области получают только к лету "
    "следующего года? Компенсацию нужно перечислять в течение месяца после окончания уборки, иначе "
    "хозяйствам не на что проводить посевную."))
case("cross",
  P("TY22a","kk","Рудныйда аутизм орталығы",
    "Рудныйда аутизм спектрі бұзылысы бар балаларға арналған бірде-бір мемлекеттік оңалту орталығы "
    "жоқ, ата-аналар балаларын Қостанайдағы жеке орталықтарға тасиды. Қалада мамандары бар "
    "мемлекеттік орталық ашу керек."),
  P("TY22b","ru","Центр для детей с аутизмом в Рудном",
    "Рудному нужен государственный реабилитационный центр для детей с расстройствами аутистического "
    "спектра. Сейчас семьи возят детей на занятия в частные центры Костаная за свой счёт, а это и "
    "дорого, и далеко. Просим управление здравоохранения и акимат города найти помещение и "
    "специалистов в 2026 году."))
case("cross",
  P("TY23a","kk","Шекара маңындағы зираттарға бару",
    "Солтүстік Қазақстандағы шекаралас ауылдар тұрғындарының көп туысы Ресей жағындағы зираттарда "
    "жерленген. Ата-аналарының басына бару үшін олар алыстағы өткізу пунктіне дейін жүз шақырым жүреді. "
    "Жылына бірнеше күнге, мысалы, ата-бабаларды еске алу күндерінде, шекаралас ауыл тұрғындарына "
    "жақын жерден жеңілдетілген тәртіппен өтуге рұқсат беретін келісім жасау керек."),
  P("TY23b","ru","Упрощённый проход к кладбищам за границей",
    "Жители приграничных сёл СКО не могут без поездки за сотню километров навестить могилы родных на "
    "российской стороне. Нужно договориться с Россией об упрощённом переходе для жителей приграничья "
    "в поминальные дни."))

# ---------------- cross-language, kk/en
case("cross",
  P("TY24a","kk","Шегірткемен ерте күрес",
    "Соңғы екі жылда Қостанай облысының оңтүстік аудандарында шегіртке көбейді. Фитосанитариялық "
    "өңдеуді дернәсілдер қанаттанғанға дейін, мамыр айында бастау үшін қаржыны ерте бөлу керек."),
  P("TY24b","en","Early funding for locust control",
    "Locust spraying in the southern districts of Kostanay region starts too late, when the swarms are "
    "already flying. Money for treatment must arrive in time to spray the larvae in May."))
case("cross",
  P("TY25a","kk","Абылай хан резиденциясы",
    "Петропавлдағы Абылай ханның резиденциясы – облыстың ең маңызды тарихи ескерткіштерінің бірі, бірақ "
    "ғимарат тозған, экспозицияға орын тар. Мәдениет және ақпарат министрлігі ғылыми қайта жаңғырту "
    "жүргізіп, экспозицияны кеңейтуі керек."),
  P("TY25b","en","Restore Abylai Khan's residence",
    "Abylai Khan's residence museum in Petropavl is run-down and too small for its collection. We ask "
    "the Ministry of Culture and Information to fund a proper restoration of the building and a larger "
    "exhibition."))

# ---------------- cross-language, ru/en
case("cross",
  P("TY26a","ru","Гарантия на ремонт дорог",
    "В Костанае улицы, отремонтированные летом, весной снова покрываются ямами, а подрядчик уже "
    "ничего не должен. В договорах на ремонт городских дорог нужно установить гарантийный срок не "
    "меньше трёх лет, в течение которых подрядчик исправляет дефекты за свой счёт."),
  P("TY26b","en","A three-year warranty on road repairs",
    "Contractors who resurface Kostanay's streets should be bound to fix any potholes for three years "
    "at their own expense. Right now the repairs fall apart after one winter."))
case("cross",
  P("TY27a","ru","Музей космонавтики в Аркалыке",
    "Рядом с Аркалыком десятилетиями приземлялись экипажи кораблей «Союз», а в городе есть музей "
    "космонавтики. Здание музея обветшало, экспозиция не обновлялась с советских времён. Предлагаем "
    "акимату области и Аэрокосмическому комитету отремонтировать музей и обновить его экспозицию, "
    "сделав его точкой туристического маршрута."),
  P("TY27b","en","Arkalyk space museum",
    "Renovate the cosmonautics museum in Arkalyk and renew its exhibition."))

# ---------------- cross-language, kk/ru/en triples
case("cross",
  P("TY28a","kk","Су қоймасынан су жіберу кестесі",
    "Жоғарғы Тобыл және Қаратомар су қоймаларынан көктемде су жіберілгенде төмендегі ауылдардың "
    "тұрғындары бұл туралы кеш біледі. Су жіберу кестесі мен көлемін алдын ала сайтта және "
    "әлеуметтік желілерде жариялап отыру керек."),
  P("TY28b","ru","Открыть данные о сбросах водохранилищ",
    "Нужно заранее публиковать график и объёмы сбросов воды из Верхнетобольского и Каратомарского "
    "водохранилищ. Жители сёл ниже по течению узнают о подъёме воды, когда она уже у ворот."),
  P("TY28c","en","Publish reservoir release schedules",
    "Villages downstream of the Upper Tobol and Karatomar reservoirs get no warning before spring "
    "releases. The water agency should post the release schedule and volumes online in advance."))
case("cross",
  P("TY29a","kk","«Серпін» студенттеріне жатақхана",
    "«Серпін» бағдарламасымен оңтүстіктен Қостанай мен Петропавлға оқуға келетін студенттер саны "
    "жыл сайын өседі, бірақ жатақханада орын жетпейді, көбі пәтер жалдауға мәжбүр. Облыс әкімдіктері "
    "мен Ғылым және жоғары білім министрлігі жаңа жатақханалар салып, «Серпін» студенттеріне орын "
    "бөлуі керек."),
  P("TY29b","ru","Общежития для студентов «Серпін»",
    "Студентам, приехавшим по программе «Серпін» в вузы Костаная и Петропавловска, не хватает мест в "
    "общежитиях. Нужно построить новые общежития и гарантировать им места."),
  P("TY29c","en","Dormitories for Serpin students",
    "Young people who come north to study in Kostanay and Petropavl under the Serpin programme often "
    "end up renting flats they cannot afford, because dormitories are full. New dormitories with places "
    "reserved for them are needed."))

# ---------------- opposite-meaning traps, kk
case("trap-polarity",
  P("TY30a","kk","Уылдырық шашу кезінде жағадан балық аулау",
    "Көктемгі уылдырық шашу кезеңінде Тобылда барлық балық аулауға тыйым салынады, әуесқойлар да "
    "айыппұл төлейді. Жұмыс тобының пікірінше, осы кезеңде жағадан бір қармақпен әуесқойлық балық "
    "аулауға рұқсат етілуі керек."),
  P("TY30b","kk","Уылдырық шашу кезінде жағадан балық аулау",
    "Көктемгі уылдырық шашу кезеңінде Тобылда кәсіпшілік балық аулауға тыйым салынады, бірақ "
    "әуесқойлар жағада еркін отыр. Жұмыс тобының пікірінше, осы кезеңде жағадан бір қармақпен "
    "әуесқойлық балық аулауға рұқсат етілмеуі керек."))
case("trap-polarity",
  P("TY31a","kk","Науырзымдағы су құстарын аулау маусымы",
    "Науырзым көлдерінің маңында көктемгі су құстарын аулау маусымын ұзарту керек: аңшылар "
    "маусымның тым қысқа екенін айтады."),
  P("TY31b","kk","Науырзымдағы су құстарын аулау маусымы",
    "Науырзым көлдерінің маңында көктемгі су құстарын аулау маусымын қысқарту керек: құстар "
    "ұя салып үлгермейді."))
case("trap-polarity",
  P("TY32a","kk","Астық сапасының сертификаты",
    "Облыс ішінде астық сатқанда сапа сертификатын алу міндетті болуы керек, сонда сатып алушы мен "
    "шаруа арасындағы дау азаяды."),
  P("TY32b","kk","Астық сапасының сертификаты",
    "Облыс ішінде астық сатқанда сапа сертификатын алу ерікті болуы керек, сонда шаруаның шығыны "
    "азаяды."))

# ---------------- opposite-meaning traps, ru
case("trap-polarity",
  P("TY33a","ru","Мораторий на рубку берёзовых колков",
    "В Северо-Казахстанской области действует мораторий на рубку берёзовых колков на дрова. Сельские "
    "жители жалуются на дорогой уголь, но лесники говорят, что колки и так сокращаются. Рабочая группа "
    "предлагает сохранить мораторий и продлить его ещё на пять лет."),
  P("TY33b","ru","Мораторий на рубку берёзовых колков",
    "В Северо-Казахстанской области действует мораторий на рубку берёзовых колков на дрова. Лесники "
    "говорят, что колки сокращаются, но сельские жители жалуются на дорогой уголь. Рабочая группа "
    "предлагает отменить мораторий и разрешить санитарную заготовку дров по билетам."))
case("trap-polarity",
  P("TY34a","ru","Грузовики на старом мосту через Тобол",
    "Старый мост через Тобол в Костанае построен больше полувека назад. Предлагаем разрешить проезд "
    "большегрузов по старому мосту, чтобы разгрузить объездную дорогу."),
  P("TY34b","ru","Грузовики на старом мосту через Тобол",
    "Старый мост через Тобол в Костанае построен больше полувека назад. Предлагаем запретить проезд "
    "большегрузов по старому мосту, чтобы он прослужил дольше."))
case("trap-polarity",
  P("TY35a","ru","Автобус Петропавловск — Булаево",
    "Пригородный автобус Петропавловск — Булаево ходит полупустым днём и переполнен утром. Нужно "
    "увеличить число рейсов на этом маршруте."),
  P("TY35b","ru","Автобус Петропавловск — Булаево",
    "Пригородный автобус Петропавловск — Булаево переполнен утром, но днём ходит полупустым. Нужно "
    "сократить число рейсов на этом маршруте."))

# ---------------- opposite-meaning traps, en
case("trap-polarity",
  P("TY36a","en","Expanding the Sarbai quarry towards Rudny",
    "The iron ore company plans to push the Sarbai open pit and its dumps closer to the town of Rudny. "
    "The council should allow the expansion, provided that the company pays for new housing for the "
    "affected streets."),
  P("TY36b","en","Expanding the Sarbai quarry towards Rudny",
    "The iron ore company plans to push the Sarbai open pit and its dumps closer to the town of Rudny. "
    "The council should not allow the expansion, even if the company offers to pay for new housing for "
    "the affected streets."))
case("trap-polarity",
  P("TY37a","en","Crop insurance for grain farms",
    "After the dry summers of the last years, many grain farms in Kostanay region were left with "
    "nothing. Crop insurance against drought should be mandatory for every farm that receives state "
    "subsidies."),
  P("TY37b","en","Crop insurance for grain farms",
    "After the dry summers of the last years, many grain farms in Kostanay region were left with "
    "nothing. Crop insurance against drought should be voluntary for every farm that receives state "
    "subsidies."))

# ---------------- number traps
case("trap-number",
  P("TY38a","ru","Субсидия на перевозку зерна",
    "Зерно из северных областей дорого везти до портов и границы. Предлагаем субсидировать "
    "железнодорожную перевозку пшеницы из Костанайской области на экспорт из расчёта 5 000 тенге "
    "за тонну."),
  P("TY38b","ru","Субсидия на перевозку зерна",
    "Зерно из северных областей дорого везти до портов и границы. Предлагаем субсидировать "
    "железнодорожную перевозку пшеницы из Костанайской области на экспорт из расчёта 8 000 тенге "
    "за тонну."))
case("trap-number",
  P("TY39a","kk","Зейнеткерлерге жылу төлемінен жеңілдік",
    "Петропавлда жылу тарифі өскен сайын жалғыз тұратын зейнеткерлер қиналады. Оларға жылыту "
    "маусымында жылу төлемінен 30 пайыз жеңілдік беру керек."),
  P("TY39b","kk","Зейнеткерлерге жылу төлемінен жеңілдік",
    "Петропавлда жылу тарифі өскен сайын жалғыз тұратын зейнеткерлер қиналады. Оларға жылыту "
    "маусымында жылу төлемінен 50 пайыз жеңілдік беру керек."))
case("trap-number",
  P("TY40a","en","Roads in Karasu district",
    "Most village roads in Karasu district turn to mud every spring. The regional akimat should "
    "resurface at least 40 km of district roads there in 2026."),
  P("TY40b","en","Roads in Karasu district",
    "Most village roads in Karasu district turn to mud every spring. The regional akimat should "
    "resurface at least 60 km of district roads there in 2026."))
case("trap-number",
  P("TY41a","kk","Аграрлық колледж студенттеріне шәкіртақы",
    "Ауыл шаруашылығы мамандығын оқитын колледж студенттеріне облыстық бюджеттен айына отыз мың "
    "теңге қосымша шәкіртақы төлеу керек."),
  P("TY41b","kk","Аграрлық колледж студенттеріне шәкіртақы",
    "Ауыл шаруашылығы мамандығын оқитын колледж студенттеріне облыстық бюджеттен айына елу мың "
    "теңге қосымша шәкіртақы төлеу керек."))

# ---------------- distinct look-alikes
case("distinct",
  P("TY42a","ru","Крытый каток в Лисаковске",
    "Дети Лисаковска занимаются хоккеем на открытой площадке, которая работает два месяца в году. "
    "Нужно построить в Лисаковске крытый каток с искусственным льдом."),
  P("TY42b","ru","Крытый каток в Аркалыке",
    "Дети Аркалыка занимаются хоккеем на открытой площадке, которая работает два месяца в году. "
    "Нужно построить в Аркалыке крытый каток с искусственным льдом."),
  note="one town")
case("distinct",
  P("TY43a","en","Pay rise for school bus drivers",
    "Village schools in Kostanay region struggle to keep staff because wages are below the regional "
    "average. We need a rural pay supplement for school bus drivers from next September."),
  P("TY43b","en","Pay rise for school kitchen staff",
    "Village schools in Kostanay region struggle to keep staff because wages are below the regional "
    "average. We need a rural pay supplement for school kitchen staff from next September."),
  note="one profession")
case("distinct",
  P("TY44a","kk","Шипажайға тегін жолдама",
    "Көпбалалы аналарға жыл сайын облыстық шипажайға тегін жолдама берілуі керек."),
  P("TY44b","kk","Шипажайға тегін жолдама",
    "Мүгедектігі бар балаларды тәрбиелеп отырған ата-аналарға жыл сайын облыстық шипажайға тегін "
    "жолдама берілуі керек."),
  note="one group of people")
case("distinct",
  P("TY45a","ru","Вокзал Петропавловска: лифт",
    "На вокзале Петропавловска к поездам можно попасть только по лестнице подземного перехода. Нужно "
    "установить лифты для людей на колясках и пожилых пассажиров."),
  P("TY45b","ru","Вокзал Петропавловска: табло",
    "На вокзале Петропавловска расписание висит только на бумаге и только на русском. Нужно "
    "установить электронное табло с расписанием на казахском и русском языках."),
  note="one topic, different asks")
case("distinct",
  P("TY46a","kk","Тыңгерлер ескерткішін қалпына келтіру",
    "Қостанайдағы тың игерушілерге арналған ескерткіш тозып, айналасы қараусыз қалған. Қала "
    "әкімдігі ескерткішті жөндеп, айналасын абаттандыруы керек."),
  P("TY46b","kk","Тың жылдарының газеттерін цифрландыру",
    "Тың игеру жылдарындағы облыстық және аудандық газеттер мұрағатта ғана сақталған, қағазы сарғайып "
    "барады. Оларды цифрландырып, ғаламторға ашық жариялау керек."),
  note="one topic, different asks")
