# Another forum, "Syr" (held out entirely): written BLIND for issue 9's ninth pass, before and
# without seeing the merge rules (src/recbook/merge/), docs/decisions.md, README.md, the merge tests
# (tests/test_merge*), bench/partner_ranks.py, bench/dedupe_quality.py, bench/evaluate.py or any
# dedupe output or score, and to be run ONCE, as an outside measure of the ninth pass. Nothing here
# was tuned on a run. Only make_eval.py, the first ~60 lines of forum_ertis_cases.py (format), the
# header comments of the other forums (to avoid their topics) and /work/shared/design/KAZAKH.md
# (Kazakh spelling, names of bodies) were read.
# Voice: PLAIN, as ordinary residents, young people and village councils write: medium texts (1-3
# sentences, the ask often first, sometimes as a question - "қашан ашылады?", "Could the ... run
# ...?" - or "we need ..." - "бізге ... керек", "нужен/нужно ..."), some very short cards (a title
# and one line) and a few long formal ones with an addressee (Министерству водных ресурсов и
# ирригации, Акиму области; Ауыл шаруашылығы министрлігіне, Аэроғарыш комитетіне; the Government).
# kk about half, ru a third, en the rest. The setting is a Kyzylorda-region forum: the Syr Darya,
# the Small (North) Aral Sea and the Kokaral dam, Baikonur/Toretam, Aralsk, Kazaly, Shieli, rice.
# Topics the other forums do not use: Aral fishermen (a refrigerated fish-receiving point, boat
# registration, a fuel subsidy), rice (water quotas per hectare, straw burning, the area sown,
# laser levelling, a guaranteed purchase price, the pump-station power tariff, drainage water in the
# river), salt-dust storms (SMS warnings, classes on storm days), saxaul on the dry seabed, Baikonur
# (heptyl checks where stages fall, debris on pastures, passes for Toretam and Akai, launches for
# pupils), melon growers' wholesale market, camel milk (a testing lab, raw shubat at markets,
# milking machines), cooling points in heat waves, classroom air conditioners, lessons in heat,
# drinking-water tankers, water tests and filters in Aralsk, a new water main, village football
# pitches, tugai forest fires, ice jams, Kyzylorda bike lanes, gas for Shieli villages, dombyra
# clubs, sand on village roads, anaemia, generators for village clinics, mobile X-ray for TB,
# mosquitoes, the Kokaral dam, the Aralsk maternity ward, train stops at small stations, releases
# into the Small Aral, housing for young teachers, footbridges, Aralsk tour guides and youth trades.
# Kinds: exact (1), spelling (3: typos in key words, kk/ru/en), homoglyph (1, kk); same-language
# paraphrases written as by two different people (12: kk 6, ru 4, en 2 - synonyms, other context,
# nominal vs verbal style, reordering, digits vs words, a question vs a statement, one adding a
# detail); cross-language pairs with NO translation supplied, written independently, not translations
# of each other (12: kk/ru 6, kk/en 2, ru/en 2, two kk/ru/en triples); opposite-meaning traps with
# shared context (8: allow vs ban, increase vs reduce, mandatory vs voluntary, should vs should not
# (-уы/-мауы керек) in kk; keep vs abolish and increase vs reduce in ru; allow vs ban and should vs
# should not be required in en); number traps (4: degrees, cubic metres per hectare, per cent, head
# of camels); look-alikes (5: differing by one profession or one town, and one topic with different
# asks).
# Generate: python bench/data/make_eval.py bench/data/forum_syr_cases.py bench/data/forum_syr.yaml

# ---------------- exact, spelling and homoglyph variants
_S01 = ("Әр ауылдық округке жасанды жабыны бар шағын футбол алаңы керек. Қазір балалар жазда ыстықта, "
        "кешке қараңғыда шаңды далада доп қуады. Алаңның жанына жарық шамдары мен орындық қойылса, "
        "жастар көшеде бос жүрмес еді.")
case("exact",
  P("SY01a","kk","Ауылдарға шағын футбол алаңдары", _S01),
  P("SY01b","kk","Жастарға арналған спорт алаңы", _S01))
case("spelling",
  P("SY02a","kk","Тоғай ормандарын өрттен қорғау",
    "Сырдария бойындағы тоғай ормандары жыл сайын жазда өртеніп жатыр, ал ауылдарда бірде-бір өрт "
    "сөндіру көлігі жоқ. Ауылдық округтерге тоғайды күзететін маусымдық орманшылар жалдап, оларға су "
    "таситын көлік беруді сұраймыз."),
  P("SY02b","kk","Тоғай ормандарын өрттен корғау",
    "Сырдария бойындағы тоғай орманадры жыл сайын жазда өртеніп жатр, ал ауылдарда бірде-бір өрт "
    "сөндру көлігі жоқ. Ауылдық округтерге тоғайды күзететін маусымдық орманшлар жалдап, оларға су "
    "тасытын көлік беруді сұраймз."))
case("spelling",
  P("SY03a","ru","Ледовые заторы на Сырдарье",
    "Каждую зиму на Сырдарье образуются ледовые заторы, и вода выходит к домам в Казалинском и "
    "Кармакшинском районах. Просим МЧС заранее, уже в декабре, проводить взрывные работы на опасных "
    "участках и круглосуточно следить за уровнем воды."),
  P("SY03b","ru","Ледовые затори на Сырдарье",
    "Каждую зиму на Сырдарье образуютя ледовые заторы, и вода выходит к домам в Казалинском и "
    "Кармакшинкском районах. Просим МЧС заранне, уже в декабре, проводить взрывные работы на опасных "
    "учасках и круглосуточо следить за уровнем воды."))
case("spelling",
  P("SY04a","en","Bike lanes in Kyzylorda",
    "We need safe bike lanes on the main streets of Kyzylorda, especially from the new districts to "
    "the university and the embankment. Many students cycle to classes between cars and buses. The "
    "city akimat could start with Aiteke Bi street."),
  P("SY04b","en","Bike lanes in Kyzylroda",
    "We need safe bike lanse on the main streets of Kyzylorda, especialy from the new districts to "
    "the univercity and the embankment. Many students cycle to clases between cars and buses. The "
    "city akimat could start with Aiteke Bi street."))
_S05t = "Шиелі ауданының ауылдарына табиғи газ"
_S05 = ("Шиелі ауданының бірнеше ауылында әлі табиғи газ жоқ, адамдар қыста көмір жағып отыр. Аудандық "
        "әкімдіктен келесі жылы осы ауылдарға газ құбырын тартуды және үйлерді газға қосу ақысын "
        "азайтуды сұраймыз.")
case("homoglyph",
  P("SY05a","kk",_S05t, _S05),
  P("SY05b","kk",homo(_S05t), homo(_S05)))

# ---------------- same-language paraphrases (two writers, one ask)
case("paraphrase",
  P("SY06a","kk","Балық қабылдайтын тоңазытқыш пункт",
    "Қамыстыбас көлі мен Кіші Аралда ауланған балықты тапсыратын тоңазытқышы бар пункт керек. Қазір "
    "балықшылар жазғы ыстықта балықты алыпсатарларға арзанға өткізуге мәжбүр, әйтпесе ол бұзылады."),
  P("SY06b","kk","Арал балықшыларына суық қойма",
    "Арал ауданының балықшылары жаз айларында аулаған балығын сақтай алмай, делдалдарға жартылай "
    "бағаға береді. Аудан әкімдігі Кіші Арал мен Қамыстыбас жағалауында балықты қабылдап, мұздатып "
    "сақтайтын орын ашса, балықшылардың табысы артар еді."))
case("paraphrase",
  P("SY07a","kk","Арал теңізінің құрғаған табанына сексеуіл отырғызу",
    "Теңіздің құрғап қалған түбінен тұзды шаң көтеріліп, ауылдарға жетеді. Сексеуіл отырғызуды жыл "
    "сайын жалғастыру керек, әсіресе Арал қаласына жақын учаскелерде."),
  P("SY07b","kk","Тұзды шаңға қарсы – сексеуіл",
    "Жыл сайын кемінде он мың гектар құрғаған теңіз табанына сексеуіл отырғызылсын. Сексеуіл құмды "
    "ұстап, Аралдан ұшатын тұзды шаңды азайтады."))
case("paraphrase",
  P("SY08a","kk","Қауын-қарбызға көтерме базар",
    "Шиелі мен Жаңақорған бақшашыларына қауын мен қарбызды тікелей өткізетін көтерме базар қажет. "
    "Қазір делдалдар бағаны егістіктің өзінде түсіріп алады."),
  P("SY08b","kk","Бақша өнімін делдалсыз сату",
    "Облыс орталығының маңында бақша өнімін қабылдайтын арнаулы сауда алаңы қашан ашылады? Жаңақорған, "
    "Шиелі фермерлері қауын мен қарбызды жүк көлігімен сол жерге әкеліп, алыпсатарсыз өздері сатар еді."))
case("paraphrase",
  P("SY09a","kk","Ауыл балаларына тегін домбыра үйірмесі",
    "Біздің ауылда балалар домбыра үйренгісі келеді, бірақ ең жақын музыка мектебі аудан орталығында, "
    "40 шақырым жерде. Мәдениет үйінде аптасына екі рет тегін домбыра үйірмесін ашып, мұғалімге "
    "жалақы төлеуді сұраймыз."),
  P("SY09b","kk","Мәдениет үйінде домбыра сабағы",
    "Ауылдық мәдениет үйлерінде балаларға ақысыз домбыра сабақтарын ұйымдастыру керек. Қорқыт ата "
    "елінде өскен бала өз аспабында ойнай білмесе, ұят қой."))
case("paraphrase",
  P("SY10a","kk","Ауыл жолдарын құмнан тазалау",
    "Жел тұрған сайын Қармақшы ауданындағы ауыл жолдарын құм басып қалады, жедел жәрдем де өте алмайды. "
    "Ауылдық округке жолды тазалайтын грейдер бөлу керек."),
  P("SY10b","kk","Құм басқан көшелер",
    "Бізге дауылдан кейін құм көмген көшелер мен жолдарды уақытында аршитын техника керек."))
case("paraphrase",
  P("SY11a","kk","Әйелдердің қаназдығын тегін тексеру",
    "Арал және Қазалы аудандарында әйелдер мен қыздар арасында қаназдық көп кездеседі. Емханаларда "
    "жылына бір рет гемоглобинге тегін талдау жасап, керек болса темір препараттарын тегін беру керек."),
  P("SY11b","kk","Анемиямен күрес",
    "Біз Арал өңіріндегі жасөспірім қыздар мен жүкті әйелдерге темір дәрілерін ақысыз беруді және "
    "қандағы гемоглобинді жыл сайын тексеруді сұраймыз. Бұл дерт біздің жақта басқа облыстарға "
    "қарағанда жиі."))
case("paraphrase",
  P("SY12a","ru","Пункты охлаждения в жару",
    "Летом в Кызылорде бывает +45, а у многих пенсионеров дома нет кондиционера. Нужно открыть в "
    "городе и районных центрах пункты охлаждения - помещения с кондиционером и водой, куда можно "
    "прийти днём."),
  P("SY12b","ru","Прохладные залы для пожилых",
    "Предлагаем в дни сильной жары оборудовать в домах культуры и библиотеках прохладные залы с "
    "питьевой водой, где старики и дети могут переждать самое жаркое время дня. Температура летом "
    "доходит до сорока пяти градусов."))
case("paraphrase",
  P("SY13a","ru","Годовые пропуска в Байконур для жителей Торетама и Акая",
    "Акиму Кызылординской области и администрации города Байконур. Жители посёлков Торетам и Акай, "
    "которые работают в Байконуре, вынуждены каждый раз оформлять разовые пропуска и подолгу стоять "
    "на КПП. Просим ввести для них годовые пропуска на въезд в город."),
  P("SY13b","ru","Постоянный пропуск в город",
    "Нужен долгосрочный, на год, пропуск в Байконур для соседних сёл - Акая и Торетама. Люди ездят "
    "туда на работу каждый день, а разовый пропуск занимает полдня."))
case("paraphrase",
  P("SY14a","ru","Резервные генераторы для сельских амбулаторий",
    "В жару свет в сёлах отключают на несколько часов, а в амбулаториях хранятся вакцины и инсулин. "
    "Нужно до следующего лета обеспечить каждую сельскую амбулаторию резервным генератором."),
  P("SY14b","ru","Лекарства портятся без света",
    "Когда в ауле пропадает электричество, у фельдшера портятся лекарства в холодильнике. Просим "
    "управление здравоохранения закупить для врачебных амбулаторий и ФАПов дизельные генераторы на "
    "случай отключений."))
case("paraphrase",
  P("SY15a","ru","Гарантированная цена на рис",
    "Рисоводы должны знать закупочную цену до посева, а не после уборки. Предлагаем, чтобы "
    "продкорпорация каждый год объявляла гарантированную цену закупа риса до 1 апреля."),
  P("SY15b","ru","Закуп риса по заранее известной цене",
    "Каждую осень цена на рис-сырец падает, и фермеры работают в убыток. Пусть государство весной, до "
    "начала сева, публикует цену, по которой осенью купит рис у крестьянских хозяйств."))
case("paraphrase",
  P("SY16a","en","Rocket launches for schoolchildren",
    "Let pupils from village schools of Kyzylorda region watch a launch at Baikonur for free. Most "
    "children here live two hours from the cosmodrome but have never seen a rocket take off."),
  P("SY16b","en","Free cosmodrome trips for rural pupils",
    "We need free excursions to the Baikonur cosmodrome on launch days for children from rural "
    "schools in the region, with a bus and a guide paid by the regional education department."))
case("paraphrase",
  P("SY17a","en","Local guides for Aral Sea tourism",
    "More tourists come to Aralsk every year to see the ship graveyard and the returning sea, but "
    "there is nobody to show them around. The region should train and certify young people from "
    "Aralsk as tour guides."),
  P("SY17b","en","Guide course in Aralsk",
    "Could the tourism department run a course for guides in Aralsk? Local youth need jobs, and "
    "visitors who come for the old ships want someone who knows the place."))

# ---------------- cross-language, NO translation supplied (written independently)
case("cross",
  P("SY18a","kk","Тұзды дауыл туралы SMS ескерту",
    "Аралдан тұзды-шаңды дауыл келе жатқанда тұрғындардың телефонына алдын ала хабарлама жіберілсін. "
    "Сонда адамдар малды қораға қамап, балаларды үйде ұстай алады."),
  P("SY18b","ru","Оповещение о солевых бурях",
    "Просим МЧС и Казгидромет рассылать жителям Аральского и Казалинского районов СМС-предупреждения "
    "о приближении солевых бурь. Сейчас о буре узнают, когда она уже накрыла село."))
case("cross",
  P("SY19a","kk","Ауыз су тасу кестесі",
    "Су құбыры жоқ ауылдарға ауыз суды цистернамен аптасына кемінде екі рет, белгілі күндері әкелу "
    "керек. Қазір су машинасы қашан келетінін ешкім білмейді."),
  P("SY19b","ru","Подвоз питьевой воды в сёла",
    "В сёлах без водопровода воду привозят когда придётся. Нужен утверждённый график подвоза питьевой "
    "воды водовозами - не реже двух раз в неделю, и чтобы этот график висел в акимате села."))
case("cross",
  P("SY20a","kk","Шалғай ауылдарға жылжымалы флюорография",
    "Туберкулезді ерте анықтау үшін шалғай ауылдарға жылына бір рет жылжымалы флюорография көлігі "
    "келуі керек. Қарт адамдар аудан орталығына бара алмайды."),
  P("SY20b","ru","Передвижной флюорограф",
    "Жители отдалённых аулов годами не проходят флюорографию. Предлагаем закупить передвижные "
    "флюорографы на базе автомобиля и объезжать каждое село хотя бы раз в год, чтобы раньше находить "
    "туберкулёз."))
case("cross",
  P("SY21a","kk","Дренаж суын Сырдарияға төгуді тоқтату",
    "Күріш алқаптарынан шыққан тұзды коллекторлық-дренаж суы қайтадан Сырдарияға ағызылып, өзен суы "
    "ащы болып барады. Оны өзенге емес, арнайы буландыру тоғандарына бұру керек."),
  P("SY21b","ru","Сброс дренажных вод в реку",
    "Министерству водных ресурсов и ирригации. Сильно минерализованные коллекторно-дренажные воды с "
    "рисовых полей сбрасываются прямо в Сырдарью, и вода ниже по течению становится непригодной для "
    "питья. Просим запретить такой сброс и отводить эти воды в накопители-испарители."))
case("cross",
  P("SY22a","kk","Сыныптарға кондиционер",
    "Мамыр мен қыркүйекте ауыл мектептерінің сыныптарында қатты ыстық болады, балалар сабаққа зейін "
    "қоя алмайды. Әр сыныпқа кондиционер орнатуды сұраймыз."),
  P("SY22b","ru","Кондиционеры в сельских школах",
    "Нужно поставить кондиционеры во все классы сельских школ области. В сентябре и в мае в кабинетах "
    "невыносимо жарко, дети не могут сосредоточиться."))
case("cross",
  P("SY23a","kk","Масаға қарсы өңдеу",
    "Жазда Сырдария бойындағы ауылдарда маса көп, балалар түнде ұйықтай алмайды. Әкімдік көктемде "
    "ауыл маңындағы қамыс пен тоқтап тұрған суды маса дернәсілдеріне қарсы дәрімен өңдеуі керек."),
  P("SY23b","ru","Борьба с комарами у реки",
    "Просим акиматы районов каждой весной обрабатывать от личинок комаров камыши и стоячие водоёмы "
    "вокруг сёл вдоль Сырдарьи. Летом от комаров невозможно спать."))
case("cross",
  P("SY24a","kk","Шұбат пен түйе сүтіне зертхана",
    "Түйе сүтін өндіретін шаруалар өнімін сынауға Алматыға не Шымкентке жібереді, бұл қымбат әрі ұзақ. "
    "Қызылорданың өзінде шұбат пен түйе сүтін тексеретін аккредиттелген зертхана ашу керек."),
  P("SY24b","en","A camel-milk testing lab in Kyzylorda",
    "Small camel-milk and shubat producers should be able to get their products tested in Kyzylorda "
    "itself. Sending samples to Almaty takes a week and costs more than a month's profit for a family "
    "farm."))
case("cross",
  P("SY25a","kk","Күріш алқабын лазермен тегістеуге субсидия",
    "Қазақстан Республикасы Ауыл шаруашылығы министрлігіне. Күріш алқабы лазермен тегістелсе, суды "
    "үштен бірге дейін үнемдеуге болады, бірақ шағын шаруа қожалықтарының бұған қаржысы жетпейді. "
    "Жұмыс тобы лазерлік жер тегістеу жұмыстарының құнын ішінара субсидиялауды ұсынады."),
  P("SY25b","en","Laser levelling for rice farmers",
    "The state should pay part of the cost of laser land levelling for rice fields. Flat paddies need "
    "much less water, and small farms in Zhalagash and Syrdarya districts cannot afford it alone."))
case("cross",
  P("SY26a","ru","Второй этап Кокаральской плотины",
    "Нужно поднять Кокаральскую плотину, чтобы уровень Малого Арала вырос и вода снова подошла к "
    "Аральску. Второй этап обещают уже много лет, пора начать строительство."),
  P("SY26b","en","Raise the Kokaral dam",
    "Raising the Kokaral dam would let the North Aral Sea fill up further and bring the shoreline back "
    "to Aralsk harbour. We ask the Government to fund and start the second phase of the project."))
case("cross",
  P("SY27a","ru","Оборудование для роддома в Аральске",
    "В родильном отделении Аральской районной больницы нет кувезов и аппарата ИВЛ для новорождённых, "
    "детей приходится везти в Кызылорду за 450 км. Просим управление здравоохранения оснастить "
    "отделение до конца года."),
  P("SY27b","en","Equipment for newborns in Aralsk",
    "Aralsk hospital's maternity ward needs incubators and a ventilator for newborn babies. Right now "
    "sick newborns are driven to Kyzylorda, more than four hundred kilometres away."))
case("cross",
  P("SY28a","kk","Ракета бөліктері құлайтын жерлерде гептилге тексеру",
    "Аэроғарыш комитетіне. Байқоңырдан ұшырылған ракеталардың бөліктері құлайтын аймақтарда мал "
    "бағылады, ал топырақтың уланған-уланбағанын ешкім айтпайды. Әр ұшырудан кейін топырақ пен суды "
    "гептилге тәуелсіз зертхана тексеріп, нәтижесін жұртқа жариялауы керек."),
  P("SY28b","ru","Анализы на гептил",
    "Жители сёл рядом с районами падения ступеней не знают, заражена ли земля. Нужны независимые "
    "анализы почвы и воды на гептил после каждого пуска, с открытой публикацией результатов."),
  P("SY28c","en","Rocket fuel checks where stages fall",
    "Independent labs, not the space agencies, should test soil and water for heptyl (rocket fuel) "
    "where rocket stages fall after Baikonur launches, and the results should be made public."))
case("cross",
  P("SY29a","kk","Шағын станцияларда пойыз тоқтасын",
    "Қызылорда – Арал бағытындағы жолаушылар пойыздары Жосалы, Сексеуіл сияқты шағын станцияларда "
    "қайтадан тоқтауы керек. Ауыл адамдарының аудан орталығына жететін басқа көлігі жоқ."),
  P("SY29b","ru","Остановки поездов на малых станциях",
    "Верните остановки пассажирских поездов на малых станциях между Кызылордой и Аральском - в "
    "Саксаульске, Жосалы и других. Для многих сёл железная дорога - единственный транспорт."),
  P("SY29c","en","Train stops at small stations",
    "Passenger trains on the Kyzylorda-Aralsk line no longer stop at small stations such as "
    "Saksaulsk. Please restore these stops: villagers have no other way to reach the district centre."))

# ---------------- opposite-meaning traps (shared context, opposite ask): never auto-merge
case("trap-polarity",
  P("SY30a","kk","Күріш сабанын өртеу",
    "Күзде күріш орылған соң алқапта қалған сабанды өртегенде түтіні бүкіл ауылды басады. Күріш "
    "сабанын алқапта өртеуге толық тыйым салу керек."),
  P("SY30b","kk","Күріш сабанын өртеу",
    "Күзде күріш орылған соң алқапта қалған сабанды жинауға техника жетпейді. Күріш сабанын алқапта "
    "өртеуге ресми рұқсат беру керек, тек желсіз күндері."),
  note="allow vs ban (kk)")
case("trap-polarity",
  P("SY31a","kk","Күріш егістігінің көлемі",
    "Сырдарияның суы жылдан-жылға азайып барады. Облыстағы күріш егістігінің көлемін азайтып, суды аз "
    "қажет ететін дақылдарға көшу керек."),
  P("SY31b","kk","Күріш егістігінің көлемі",
    "Сырдарияның суы жылдан-жылға азайып барады, бірақ күріш - облыстың басты табыс көзі. Облыстағы "
    "күріш егістігінің көлемін ұлғайтып, суды үнемдейтін технологияға көшу керек."),
  note="reduce vs increase (kk)")
case("trap-polarity",
  P("SY32a","kk","Қайықтарды тіркеу",
    "Кіші Аралда балық аулайтын шағын қайықтарды тіркеу міндетті болуы керек, сонда адасқан қайықты "
    "іздеу жеңілдейді."),
  P("SY32b","kk","Қайықтарды тіркеу",
    "Кіші Аралда балық аулайтын шағын қайықтарды тіркеу ерікті болуы керек, әйтпесе қарапайым "
    "балықшыларға артық шығын түседі."),
  note="mandatory vs voluntary (kk)")
case("trap-polarity",
  P("SY33a","kk","Шаңды дауыл кезіндегі сабақ",
    "Арал ауданында тұзды-шаңды дауыл болған күні мектептерде сабақ тоқтатылуы керек, балалар үйде "
    "қалсын."),
  P("SY33b","kk","Шаңды дауыл кезіндегі сабақ",
    "Арал ауданында тұзды-шаңды дауыл болған күні мектептерде сабақ тоқтатылмауы керек, балалар "
    "мектепте үйдегіден қауіпсіз."),
  note="should vs should not (-уы/-мауы керек)")
case("trap-polarity",
  P("SY34a","ru","Льготный тариф для насосных станций",
    "Рисоводы Кызылординской области платят за электроэнергию для насосных станций по льготному "
    "тарифу. Этот льготный тариф нужно сохранить, иначе полив станет дороже урожая."),
  P("SY34b","ru","Льготный тариф для насосных станций",
    "Рисоводы Кызылординской области платят за электроэнергию для насосных станций по льготному "
    "тарифу. Этот льготный тариф нужно отменить, а сэкономленные деньги направить на ремонт каналов."),
  note="keep vs abolish (ru)")
case("trap-polarity",
  P("SY35a","ru","Попуски воды в Малый Арал",
    "В летний поливной сезон до Малого Арала доходит очень мало воды. Нужно увеличить попуски по "
    "Сырдарье в Малый Арал, чтобы не гибла рыба."),
  P("SY35b","ru","Попуски воды в Малый Арал",
    "В летний поливной сезон воды Сырдарьи не хватает для рисовых полей. Нужно сократить попуски в "
    "Малый Арал в эти месяцы и отдать воду фермерам."),
  note="increase vs reduce (ru)")
case("trap-polarity",
  P("SY36a","en","Raw shubat at village markets",
    "Families who keep camels want to sell fresh shubat at the weekly village market. Selling "
    "unpasteurised camel milk at village markets should be allowed for small family farms."),
  P("SY36b","en","Raw shubat at village markets",
    "Families who keep camels sell fresh shubat at the weekly village market with no checks at all. "
    "Selling unpasteurised camel milk at village markets should be banned until it is tested."),
  note="allow vs ban (en)")
case("trap-polarity",
  P("SY37a","en","Connecting homes to the new water main",
    "A new water main now runs through Aralsk. Every household on the streets it passes should be "
    "required to connect to it within a year."),
  P("SY37b","en","Connecting homes to the new water main",
    "A new water main now runs through Aralsk. Households on the streets it passes should not be "
    "required to connect to it; many families cannot pay for the work."),
  note="should vs should not be required (en)")

# ---------------- number traps
case("trap-number",
  P("SY38a","kk","Ыстықта сабақты қысқарту",
    "Ауа температурасы 35 градустан асқан күндері мектептерде әр сабақ 30 минутқа дейін қысқартылсын."),
  P("SY38b","kk","Ыстықта сабақты қысқарту",
    "Ауа температурасы 40 градустан асқан күндері мектептерде әр сабақ 30 минутқа дейін қысқартылсын."),
  note="35 vs 40 degrees")
case("trap-number",
  P("SY39a","kk","Күрішке су лимиті",
    "Күріш алқаптарына берілетін су лимиті гектарына 18 мың текше метрден аспауы керек, артығына үш "
    "есе тариф салынсын."),
  P("SY39b","kk","Күрішке су лимиті",
    "Күріш алқаптарына берілетін су лимиті гектарына 25 мың текше метрден аспауы керек, артығына үш "
    "есе тариф салынсын."),
  note="18 vs 25 thousand m3/ha")
case("trap-number",
  P("SY40a","ru","Субсидия на топливо для рыбаков",
    "Рыбакам Аральского района нужно субсидировать 50 % стоимости дизельного топлива для лодок на "
    "время путины."),
  P("SY40b","ru","Субсидия на топливо для рыбаков",
    "Рыбакам Аральского района нужно субсидировать 30 % стоимости дизельного топлива для лодок на "
    "время путины."),
  note="50 vs 30 per cent")
case("trap-number",
  P("SY41a","en","Milking machines for camel farms",
    "Camel farms with more than 20 milking camels should get half the cost of milking machines back "
    "from the state."),
  P("SY41b","en","Milking machines for camel farms",
    "Camel farms with more than 50 milking camels should get half the cost of milking machines back "
    "from the state."),
  note="20 vs 50 camels")

# ---------------- look-alikes: one named thing differs, or one topic with different asks
case("distinct",
  P("SY42a","kk","Жас мұғалімдерге қызметтік пәтер",
    "Арал ауданының ауылдарына келген жас мұғалімдерге әкімдік қызметтік пәтер беруі керек, әйтпесе "
    "олар бір жылдан соң кетіп қалады."),
  P("SY42b","kk","Жас дәрігерлерге қызметтік пәтер",
    "Арал ауданының ауылдарына келген жас дәрігерлерге әкімдік қызметтік пәтер беруі керек, әйтпесе "
    "олар бір жылдан соң кетіп қалады."),
  note="teachers vs doctors")
case("distinct",
  P("SY43a","ru","Пешеходный мост через Сырдарью",
    "Нужен пешеходный мост через Сырдарью в Казалинске: дети из заречной части ходят в школу в обход, "
    "по автомобильному мосту."),
  P("SY43b","ru","Пешеходный мост через Сырдарью",
    "Нужен пешеходный мост через Сырдарью в Шиели: дети из заречной части ходят в школу в обход, по "
    "автомобильному мосту."),
  note="Kazaly vs Shieli")
case("distinct",
  P("SY44a","kk","Арал қаласының ауыз суы",
    "Арал қаласындағы ауыз су сынамаларының нәтижесі ай сайын әкімдіктің сайтында жариялансын, судағы "
    "тұз бен нитрат мөлшері көрсетілсін."),
  P("SY44b","kk","Арал қаласының ауыз суы",
    "Арал қаласындағы барлық мектептер мен балабақшаларға ауыз суды тазартатын сүзгілер орнатылсын, "
    "себебі құбыр суы тұзды."),
  note="publish water tests vs install filters")
case("distinct",
  P("SY45a","ru","Обломки ракет на пастбищах",
    "После пусков на пастбищах остаются обломки ступеней. Роскосмос и Аэрокосмический комитет должны "
    "сами вывозить эти обломки в течение месяца."),
  P("SY45b","ru","Обломки ракет на пастбищах",
    "После пусков на пастбищах остаются обломки ступеней. Владельцам пастбищ нужно выплачивать "
    "компенсацию за то, что землю нельзя использовать до уборки."),
  note="remove debris vs compensate herders")
case("distinct",
  P("SY46a","en","Fish-processing course for young people in Aralsk",
    "Young people in Aralsk need a short course in fish processing and smoking, so that they can work "
    "at the local plants instead of leaving for the city."),
  P("SY46b","en","Boat repair workshop for young people in Aralsk",
    "Young people in Aralsk need a boat and engine repair workshop where they can learn the trade, so "
    "that they can work for the fishing teams instead of leaving for the city."),
  note="fish processing vs boat repair")
