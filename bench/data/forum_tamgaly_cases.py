# A forum "Tamgaly" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py
# script, any *.yaml forum or any dedupe output or score, and to be run ONCE. Nothing here was tuned
# on a run; recbook and dedupe were not run. Only bench/data/make_eval.py (generator and format), the
# first 100 lines of forum_torgai_cases.py (format example), the header comments (first 45 lines) of
# the other bench/data/forum_*_cases.py files (to avoid their topics, asks and voices) and
# /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Field: REPATRIATES (ҚАНДАСТАР / КАНДАСЫ), INTERETHNIC ACCORD AND RELIGIOUS LITERACY (a field the
# tool's authors did not write for).
# Voice: LONG FORMAL texts (2-5 sentences) as the regional councils of the Assembly of People of
# Kazakhstan, ethnocultural associations, mosque and church community leaders, migration-service
# officials and researchers write them in a compiled resolution in Turkestan and Almaty: mostly
# context first (a figure, a case, a law), then the ask; some ask first and the reason after;
# figures (years, tenge, per cent, number of families) mostly in the context. Paraphrase pairs: two
# long texts with the same ask, other context and other words. kk 39, ru 36, en 24 of 99 proposals.
# Topics (chosen so the other forums' headers do not list them; Ertis already covers a one-stop
# office for kandas, Tobyl housing certificates for kandas, Aqsu premarital courses at mosques,
# theologians in colleges, teachers of the religious-studies course, gas for village mosques, nikah
# after civil registration and summer Quran classes, Ili the Zharkent mosque, Charyn Kazakh clubs for
# Uyghur pupils, Ulytau and Shu migrant workers, so those asks were left out): exchanging kandas'
# driving licences without exams, Cyrillic catch-up classes for kandas children, district councils of
# elders of different ethnic groups as mediators, an online register of registered religious
# associations, counting work years in Mongolia towards the pension; free and fast recognition of
# kandas' diplomas, a hotline for families of people drawn into destructive religious groups, an
# adviser reading the Arabic-script Kazakh (төте жазу) at public service centres, free school rooms
# for Sunday schools of ethnocultural associations, no ethnicity of suspects in police reports,
# Friday sermons published in Kazakh and Russian, free medical care from kandas status, summer camps
# for children of villages of different ethnic make-up, open data of the interethnic survey, applying
# for kandas status online from abroad, religious-literacy training for district police inspectors;
# paying the transport of kandas' goods and livestock, free evening Kazakh courses at Friendship
# Houses, confessional sections in new cemeteries, a rapid answer to ethnic fakes online, sole
# proprietorship for kandas before citizenship, expert conclusions for religious books on online
# marketplaces, regional interfaith councils, pasture for kandas herders, mentor families for new
# kandas, a memorial museum of deported peoples at Ush-Tobe, bank accounts on the kandas certificate,
# an orientation module on cult recruitment for first-year students, stable state support for
# ethnic-language newspapers, quarterly kandas statistics, a legal clinic for kandas, accredited hajj
# and umrah operators, district youth councils of the Assembly, a digital kandas certificate in eGov
# (kk/ru/en); traps on prayer rooms in university dormitories, the Kazakh history test for kandas
# applicants, the kandas resettlement quota, religious events in Friendship Houses, the stay in kandas
# adaptation centres, religious review of books sent by post; number traps on the residence permit
# for kandas (years), ethnic-language airtime on regional TV (per cent), the grant cap for
# ethnocultural projects (tenge), registering a religious association (days); look-alikes on kandas
# from Karakalpakstan in Turkestan region, memorial days in Almaty, research on interethnic
# relations, kandas teachers and pupils, ethnic discrimination.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different people (kk 4, ru 4, en 3: other context, synonyms, another verb, other word order, a
# conditional vs an imperative, a terse title vs a full one, digits vs words, one text adding a reason
# or a figure); cross 18 cases = 20 cross-language pairs with NO translation supplied (kk/ru 9, kk/en
# 4, ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow vs
# ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban, increase vs reduce; en: should
# vs should not be required); trap-number 4 (years, per cent, tenge, days); distinct 5 (same topic,
# different asks). No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/s15/blind/forum_tamgaly_cases.py /work/wt/s15/blind/forum_tamgaly.yaml

# ---------------- exact, spelling and homoglyph variants
_M01 = ("Кандасы из Монголии и Китая при обмене национального водительского удостоверения вынуждены заново "
        "сдавать теоретический и практический экзамены, хотя многие из них водят машину по двадцать лет. "
        "Только в Павлодарской и Абайской областях в 2025 году с этим столкнулись более 600 семей, а без прав "
        "люди теряют работу водителя в первые же месяцы. Просим Министерство внутренних дел разрешить кандасам "
        "обменивать водительские удостоверения на казахстанские без повторных экзаменов, по медицинской справке.")
case("exact",
  P("TM01a","ru","Обмен водительских прав кандасов", _M01),
  P("TM01b","ru","Водительские удостоверения кандасов без экзаменов", _M01))
case("spelling",
  P("TM02a","kk","Қандас балаларына кирилл әліпбиін қуып жету сабақтары",
    "Қытайдан келген қандас отбасыларының балалары қазақша еркін сөйлейді, бірақ тек төте жазумен оқып, "
    "жаза алады, сондықтан оқу жылының ортасында мектепке келгенде кирилл әліпбиіндегі оқулықтарды түсінбей "
    "қалады. Облыстық білім басқармалары мұндай балаларға алғашқы үш айда кирилл әліпбиі мен жазу бойынша "
    "тегін қосымша сабақтар ұйымдастыруы керек."),
  P("TM02b","kk","Қандас балаларына кирил әліпбиін қуып жету сабақтары",
    "Қытайдан келген қандас отбасыларының балалары қазақша еркін сөйлейді, бірақ тек төте жазумен оқып, "
    "жаза алады, сондықтан оқу жылының ортасында мектепке келгенде кирилл әліпбиіндегі оқулықтарды түсінбей "
    "қалады. Облыстық білім басқармалары мұндай балаларға алғашқы үш айда кирилл әлпбиі мен жазу бойынша "
    "тегін қосымша сабатар ұйымдастыруы керек."))
case("spelling",
  P("TM03a","ru","Советы аксакалов-медиаторов в районах",
    "События в Кордайском районе в 2020 году показали, что бытовая ссора между соседями разных национальностей "
    "может за несколько часов перерасти в массовые беспорядки. Малые ассамблеи при акиматах районов сейчас "
    "собираются раз в квартал и в острой ситуации не успевают вмешаться. Предлагаем создать в каждом районе "
    "Жамбылской и Туркестанской областей совет медиаторов из уважаемых аксакалов разных этносов, который "
    "выезжает на место в течение суток после любого бытового конфликта."),
  P("TM03b","ru","Советы аксакалов-медиаторв в районах",
    "События в Кордайском районе в 2020 году показали, что бытовая ссора между соседями разных национальностей "
    "может за несколько часов перерасти в массовые беспорядки. Малые ассамблеи при акиматах районов сейчас "
    "собираются раз в квартал и в острой ситуации не успевают вмешаться. Предлагаем создать в каждом районе "
    "Жамбылской и Туркестанской областей совет медиатров из уважаемых аксакалов разных этносов, который "
    "выезжает на место в течении суток после любого бытового конфилкта."))
case("spelling",
  P("TM04a","en","A public register of religious associations",
    "Residents of Almaty regularly ask mosque and church leaders whether a prayer group meeting in a flat or a "
    "rented office is legal, and there is no simple way to check. There are about 3,900 registered religious "
    "associations in the country, but the list is scattered across regional justice departments. We ask the "
    "Committee for Religious Affairs to publish a searchable online register of all registered religious "
    "associations with their addresses and registration dates."),
  P("TM04b","en","A public register of religous associations",
    "Residents of Almaty regularly ask mosque and church leaders whether a prayer group meeting in a flat or a "
    "rented office is legal, and there is no simple way to check. There are about 3,900 registered religious "
    "associations in the country, but the list is scattered across regional justice departments. We ask the "
    "Committee for Religious Affairs to publish a serchable online regsiter of all registered religious "
    "asociations with their addresses and registration dates."))
_M05t = "Моңғолиядағы жұмыс жылдары еңбек өтіліне есептелсін"
_M05 = ("Моңғолиядан келген қандастардың көбі сонда жиырма-отыз жыл мұғалім, дәрігер немесе малшы болып "
        "жұмыс істеген, бірақ зейнет жасына жеткенде бұл жылдар Қазақстанда еңбек өтіліне есептелмейді. "
        "Еңбек және халықты әлеуметтік қорғау министрлігі Моңғолиямен зейнетақы туралы келісім жасап, "
        "қандастардың сол елдегі еңбек өтілін ескеруі керек.")
case("homoglyph",
  P("TM05a","kk",_M05t,_M05),
  P("TM05b","kk",homo(_M05t, 3),homo(_M05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("TM06a","kk","Қандастардың дипломдарын тегін тану",
    "Өзбекстан мен Моңғолиядан келген қандастардың арасында мұғалім, медбике, инженер көп, бірақ "
    "дипломын тану рәсімі жарты жылға созылып, бір мамандыққа 150 мың теңгеге дейін шығын әкеледі. Осы "
    "уақытта олар базарда не құрылыста жұмыс істеуге мәжбүр. Ғылым және жоғары білім министрлігі "
    "қандастардың дипломдарын мемлекет есебінен және бір ай ішінде тануды қамтамасыз етуі керек."),
  P("TM06b","kk","Диплом тану рәсімі қандастар үшін ақысыз әрі жылдам болсын",
    "Түркістан облысының көші-қон қызметіне былтыр диплом тану мәселесімен 420 қандас жүгінді. Біз "
    "ұсынамыз: қандас мәртебесі бар адамдардың шетелдік білім туралы құжаттарын тану ақы алынбай жүргізілсін "
    "және отыз күннен аспасын, әйтпесе білікті мамандар өз кәсібіне ешқашан оралмайды."),
  note="ask last vs 'Біз ұсынамыз:'; бір ай = отыз күн; adds a figure")
case("paraphrase",
  P("TM07a","kk","Деструктивті діни ағымдар: отбасыларға арналған кеңес желісі",
    "Баласы немесе жұбайы деструктивті діни топқа тартылған отбасылар кімге жүгінерін білмейді: полицияға "
    "барудан қорқады, ал имамға ұялады. Дін істері комитеті психологтар мен теологтар тәулік бойы жауап "
    "беретін тегін ұлттық телефон желісін ашуы керек."),
  P("TM07b","kk","Жақыны радикалды топқа түскен жандарға көмек",
    "Алматыдағы оңалту орталығының деректеріне қарағанда, жақындары алғашқы белгілерді байқағанда кеңес "
    "алса, адамды топтан шығару әлдеқайда жеңіл. Егер Мәдениет және ақпарат министрлігі жанынан ақысыз, "
    "күндіз-түні жұмыс істейтін байланыс орталығы құрылса, ата-аналар мен жұбайлар теолог пен психологтан "
    "дер кезінде кеңес ала алар еді."),
  note="imperative vs conditional; тәулік бойы = күндіз-түні; телефон желісі = байланыс орталығы")
case("paraphrase",
  P("TM08a","kk","ХҚКО-да төте жазуды білетін кеңесші",
    "Қытай мен Ираннан келген егде жастағы қандастар кирилл әріптерін оқи алмайды, сондықтан халыққа қызмет "
    "көрсету орталығында өтініш толтыру үшін бөтен адамдарға ақша төлеп жүр. Қандастар көп қоныстанған "
    "облыстардағы әрбір ХҚКО-да төте жазуды білетін кеңесші болуы керек."),
  P("TM08b","kk","Халыққа қызмет көрсету орталықтарында араб әрпін оқитын маман",
    "Павлодар облысындағы ХҚКО-ға жүгінген жасы елуден асқан қандастардың үштен бірі құжатты өзі оқи алмайды, "
    "өйткені олар тек араб графикасындағы қазақ жазуымен сауат ашқан. Сондықтан қандастар тығыз тұратын "
    "өңірлердегі халыққа қызмет көрсету орталықтарына төте жазуды меңгерген маман бекіту ұсынылады: ол "
    "өтініш толтыруға көмектесіп, құжаттың мазмұнын түсіндіріп береді."),
  note="төте жазу = араб графикасындағы қазақ жазуы; кеңесші = маман; adds a figure")
case("paraphrase",
  P("TM09a","kk","Жексенбілік мектептерге тегін бөлме",
    "Ұйғыр, корей, неміс, дүнген этномәдени бірлестіктері балаларға ана тілін жексенбілік мектептерде "
    "үйретеді, бірақ бөлме жалына айына 200 мың теңгеге дейін төлейді. Аудан әкімдіктері мемлекеттік "
    "мектептердің сыныптарын демалыс күндері бұл сабақтарға тегін беруі керек."),
  P("TM09b","kk","Ана тілі сабақтары үшін мектеп ғимараттары",
    "Қазақстан халқы Ассамблеясының облыстық кеңесі ұсынады: этномәдени бірлестіктер ана тілін оқытатын "
    "жексенбілік мектептерге сенбі мен жексенбі күндері жалпы білім беретін мектептердің бос кабинеттері "
    "ақысыз берілсін. Қазір Шымкенттегі сегіз бірлестіктің бесеуі жалға ақша таппай, сабақты тоқтатқан."),
  note="ask first vs last; демалыс күндері = сенбі мен жексенбі; тегін = ақысыз")
case("paraphrase",
  P("TM10a","ru","Не указывать национальность подозреваемых",
    "В сообщениях пресс-служб полиции о драках и кражах до сих пор встречается национальность задержанных, "
    "а затем эти сводки расходятся по мессенджерам с призывами «разобраться». Так начинались конфликты и в "
    "Масанчи, и в ряде сёл Туркестанской области. Просим Министерство внутренних дел запретить указывать "
    "этническую принадлежность подозреваемых в официальных сообщениях о происшествиях."),
  P("TM10b","ru","Этническая принадлежность в полицейских сводках",
    "Исследование нашего центра показало, что из 300 сообщений о преступлениях, опубликованных в 2025 году "
    "департаментами полиции, в 41 названа национальность подозреваемого, хотя к делу она отношения не имела. "
    "Необходимо, чтобы МВД исключило упоминание этноса задержанных из всех официальных релизов и сводок: "
    "подобные формулировки закрепляют стереотипы о целых народах."),
  note="запретить указывать = исключить упоминание; other context (a case vs a study)")
case("paraphrase",
  P("TM11a","ru","Тексты пятничных проповедей на двух языках",
    "В мечетях Алматы пятничная проповедь читается на казахском языке, и значительная часть прихожан, "
    "особенно выходцы из смешанных семей и новообращённые, понимает её лишь частично. Предлагаем Духовному "
    "управлению мусульман Казахстана заранее размещать тексты пятничных проповедей на своём сайте на "
    "казахском и русском языках."),
  P("TM11b","ru","Уагыз — онлайн и на русском",
    "Если ДУМК будет публиковать текст каждого пятничного уагыза в интернете накануне намаза, причём в "
    "двух вариантах, казахском и русском, то его смогут прочесть и те верующие, кто плохо владеет казахским. "
    "По нашим опросам, таких среди прихожан городских мечетей около трети."),
  note="imperative vs conditional; проповедь = уагыз; заранее = накануне")
case("paraphrase",
  P("TM12a","ru","Медицинская помощь кандасам с первого дня статуса",
    "Кандас, получивший статус, но ещё не имеющий вида на жительство, не может стать участником ОСМС и "
    "получает только экстренную помощь. Беременные женщины и хронически больные из таких семей месяцами "
    "остаются без наблюдения. Просим Министерство здравоохранения гарантировать кандасам бесплатную "
    "медицинскую помощь в системе ОСМС с момента присвоения статуса кандаса."),
  P("TM12b","ru","Кандасы и ОСМС",
    "В 2025 году в центр адаптации Костаная обратились 37 семей кандасов, у которых больной ребёнок не мог "
    "попасть к врачу, потому что документы ещё оформлялись. Необходимо, чтобы право на медицинскую помощь "
    "в системе обязательного страхования возникало у кандаса сразу после получения статуса, а не после "
    "оформления вида на жительство или гражданства."),
  note="гарантировать с момента = возникало сразу после; ОСМС spelt out in one")
case("paraphrase",
  P("TM13a","ru","Летние лагеря дружбы для детей разных сёл",
    "В Туркестанской области рядом живут казахские, узбекские и таджикские сёла, но дети из них почти не "
    "встречаются: школы разные, языки обучения разные. Предлагаем акимату Туркестанской области ежегодно "
    "организовывать летние лагеря, в каждую смену которых набираются дети из сёл с разным этническим "
    "составом."),
  P("TM13b","ru","Смены для детей из узбекских, казахских и таджикских сёл",
    "Ассамблея народа Казахстана Туркестанской области просит областной акимат каждое лето проводить "
    "совместные лагерные смены, где школьники из моноэтнических сёл Сайрамского, Сарыагашского и "
    "Мактааральского районов живут и занимаются вместе. Дружба, начатая в 12 лет, лучше любой "
    "профилактики конфликтов между взрослыми."),
  note="ask first vs last; other details (district names)")
case("paraphrase",
  P("TM14a","en","Open data from the interethnic relations survey",
    "Each year a state-commissioned survey measures the interethnic climate in every region, but only a "
    "two-page summary is published and researchers cannot check the trends. We ask that the anonymised "
    "microdata of the annual survey of interethnic relations be published as open data."),
  P("TM14b","en","Release the raw interethnic survey data",
    "Our institute in Almaty tried for two years to obtain the responses behind the official figure of 92 per "
    "cent of citizens rating interethnic relations as good, without success. If the full anonymised dataset "
    "of the yearly interethnic accord survey were released on the open data portal, independent researchers "
    "could test the results and spot tensions in specific districts early."),
  note="request vs conditional; microdata = full anonymised dataset; adds a figure")
case("paraphrase",
  P("TM15a","en","Applying for kandas status from abroad",
    "At present ethnic Kazakhs living in Mongolia, China or Uzbekistan can apply for kandas status only after "
    "crossing the border, so families arrive without knowing whether they will qualify. We recommend that "
    "the Migration Committee let them apply for kandas status online, through eGov or the consulates, "
    "before they move."),
  P("TM15b","en","Online kandas applications before relocation",
    "Ethnic Kazakhs abroad should be able to file for kandas status remotely, before selling their homes and "
    "moving. Last year, according to the migration service, about 1,100 families reached Kazakhstan only to "
    "wait four months in rented rooms for a decision that could have been made while they were still in "
    "their home country."),
  note="ask last vs ask first; apply online = file remotely; adds a figure")
case("paraphrase",
  P("TM16a","en","Religious literacy training for district police inspectors",
    "District police inspectors are often the first officials to meet a family worried about a relative's "
    "new religious group, yet most of them cannot tell a traditional practice from a sign of radicalisation. "
    "We propose that every district police inspector complete a short course in religious literacy, "
    "designed with theologians and religious scholars."),
  P("TM16b","en","Police officers need basic knowledge of religion",
    "In two cases examined by the Turkestan regional council last year, local officers treated ordinary "
    "believers as extremists because of their beards and clothing, which damaged trust in the police. The "
    "Ministry of Internal Affairs should give its community police officers practical training in the "
    "basics of religion and religious studies."),
  note="propose vs should; district police inspectors = community police officers")

# ---------------- cross-language, NO translation supplied: kk/ru
case("cross",
  P("TM17a","kk","Қандастардың мүлкі мен малын тасымалдау шығыны",
    "Моңғолияның Баян-Өлгий аймағынан Абай және Павлодар облыстарына көшетін қандас отбасылары жүк пен "
    "малды тасымалдауға 800 мың теңгеден 2 миллион теңгеге дейін жұмсайды. Қазір мемлекет тек адамдардың жол "
    "ақысын өтейді. Қоныстандыру өңірлеріне келетін қандастарға үй мүлкі мен малды тасымалдау шығынын да "
    "өтеу керек."),
  P("TM17b","ru","Компенсация перевозки имущества и скота",
    "Переселяясь в северные регионы, семьи кандасов везут с собой домашние вещи, а скотоводы и скот, и тратят "
    "на грузовой транспорт больше, чем на билеты. Просим Министерство труда и социальной защиты населения "
    "включить в выплаты кандасам, переезжающим в регионы расселения, возмещение расходов на перевозку "
    "имущества и скота."))
case("cross",
  P("TM18a","kk","Достық үйлерінде тегін кешкі қазақ тілі курстары",
    "Қостанай мен Петропавлдағы поляк, украин, татар бірлестіктерінің мүшелері мемлекеттік тілді үйренгісі "
    "келеді, бірақ ақылы курстар қымбат, ал тегін топтар тек жұмыс уақытында өтеді. Ұсынамыз: әрбір облыстық "
    "Достық үйінде ересектерге арналған тегін кешкі қазақ тілі курстарын ашу."),
  P("TM18b","ru","Казахский язык для взрослых в Домах дружбы",
    "Бесплатные курсы государственного языка в Домах дружбы должны работать по вечерам, после 18:00, чтобы "
    "их могли посещать работающие взрослые из всех этнических объединений. Опрос Ассамблеи показал, что 64 % "
    "желающих выучить казахский не могут ходить на занятия днём."))
case("cross",
  P("TM19a","kk","Жаңа зираттарда әр конфессияға бөлек учаске",
    "Түркістан қаласы кеңейіп, жаңа зират салынып жатыр, бірақ жобада тек мұсылман бөлігі қарастырылған. "
    "Қалада тұратын православ және католик отбасылары марқұмды жүз шақырым жердегі Шымкентке апаруға мәжбүр. "
    "Жаңа зираттарды жобалағанда әр конфессияның жерлеу дәстүріне бөлек учаске бөлінуі керек."),
  P("TM19b","ru","Конфессиональные участки на кладбищах",
    "Просим акиматы Туркестана и Шымкента при проектировании новых городских кладбищ предусматривать "
    "отдельные участки для захоронений по православному, католическому и иудейскому обрядам, рядом с "
    "мусульманской частью. Христианские общины сейчас вынуждены хоронить своих прихожан на старых "
    "переполненных кладбищах."))
case("cross",
  P("TM20a","kk","Этникалық фейктерге жедел жауап",
    "Әлеуметтік желілерде бір этносты қаралайтын жалған видео бірнеше сағатта жүз мыңдаған қаралым жинайды, "
    "ал ресми түсініктеме екі-үш күннен кейін шығады. Қазақстан халқы Ассамблеясы жанынан этносаралық "
    "фейктерді бірнеше сағат ішінде теріске шығаратын жедел топ құрылуы керек."),
  P("TM20b","ru","Группа быстрого реагирования на межэтнические фейки",
    "В январе ролик о якобы нападении на казахских школьников в одном из сёл Алматинской области собрал "
    "400 тысяч просмотров до того, как полиция сообщила, что он снят в другой стране. Предлагаем создать "
    "при Ассамблее народа Казахстана группу, которая в тот же день проверяет и публично опровергает фейки "
    "на этнической почве."))
case("cross",
  P("TM21a","kk","Азаматтық алғанға дейін жеке кәсіпкер ретінде тіркелу",
    "Қандас мәртебесі бар, бірақ әлі азаматтық алмаған адамдардың көбі кәсіппен айналысқысы келеді: "
    "наубайхана, шеберхана, мал бордақылау. Оларға ықтиярхат пен қандас куәлігі негізінде жеке кәсіпкер "
    "ретінде тіркелуге рұқсат беру керек, сонда олар көлеңкеде емес, салық төлеп жұмыс істейді."),
  P("TM21b","ru","ИП для кандасов без гражданства",
    "По данным миграционной службы, кандасу нужно в среднем полтора-два года, чтобы получить гражданство, "
    "и всё это время он не может официально открыть своё дело. Предлагаем разрешить кандасам "
    "регистрироваться индивидуальными предпринимателями по удостоверению кандаса и виду на жительство."))
case("cross",
  P("TM22a","kk","Маркетплейстердегі діни әдебиетке сараптама",
    "Дін туралы заң бойынша діни әдебиет тек арнайы орындарда және діни сараптаманың оң қорытындысы болса "
    "ғана таратылады, бірақ интернет-маркетплейстерде мұндай кітаптар ешқандай тексерусіз сатылып жатыр. "
    "Маркетплейстер діни кітапты сатуға қоймас бұрын сарапшылық қорытындының болуын тексеруге міндетті болуы "
    "керек."),
  P("TM22b","ru","Религиозная литература на онлайн-площадках",
    "Сотрудники управления по делам религий Алматы за месяц нашли на крупных маркетплейсах более 120 "
    "религиозных книг, которые не проходили религиоведческую экспертизу. Необходимо обязать интернет-площадки "
    "размещать религиозную литературу только при наличии положительного заключения экспертизы."))
case("cross",
  P("TM23a","kk","Облыстық конфессияаралық кеңестер",
    "Алматыда имамдар, православ діни қызметкерлері, католик және иудей қауымдарының жетекшілері тек "
    "мерекелік шараларда кездеседі, ал күрделі жағдайда бірлескен үндеу жасауға ортақ алаң жоқ. Әр облыста "
    "дін өкілдері тоқсан сайын бас қосатын тұрақты конфессияаралық кеңес құру керек."),
  P("TM23b","ru","Межконфессиональный совет в каждой области",
    "Предлагаем при акиматах областей создать постоянные межконфессиональные советы с участием ДУМК, "
    "Православной церкви, Католической церкви и иудейской общины, которые собираются не реже раза в "
    "квартал. В 2024 году после поджога молельного дома в одном из районов совместное обращение "
    "священнослужителей пришлось согласовывать две недели."))
case("cross",
  P("TM24a","kk","Мал баққан қандастарға жайылым",
    "Қостанай және Солтүстік Қазақстан облыстарына қоныстанған қандастардың жартысына жуығы Моңғолияда "
    "мал баққан, бірақ жаңа жерде оларға жайылым бөлінбейді, сондықтан малды сатып, жұмыссыз қалады. "
    "Аудан әкімдіктері мал шаруашылығымен айналысатын қандас отбасыларына ауыл маңындағы жайылым учаскелерін "
    "жалға басымдықпен беруі керек."),
  P("TM24b","ru","Пастбища для кандасов-скотоводов",
    "Кандасы-скотоводы, переехавшие в северные области, должны в первую очередь получать в аренду пастбища "
    "рядом с сёлами, куда их расселили. Иначе опыт, ради которого их приглашали в сельскую местность, "
    "теряется: в 2025 году из 240 таких семей в Акмолинской области скот сохранили лишь 90."))
case("cross",
  P("TM25a","kk","Жаңа келген қандастарға қамқоршы отбасы",
    "Ауылға жаңа келген қандас отбасы жергілікті тәртіпті, мектепті, емханаға жазылуды, коммуналдық "
    "төлемдерді білмейді, ал әкімдіктің бір маманы ондаған отбасыға үлгере алмайды. Әр жаңа келген қандас "
    "отбасына бір жыл бойы көмектесетін ерікті қамқоршы отбасы бекітілуін ұсынамыз."),
  P("TM25b","ru","Семьи-наставники для новых кандасов",
    "Опыт Павлодарской области, где местные семьи добровольно опекали переселенцев, показал, что такие "
    "кандасы реже уезжают обратно. Просим закрепить за каждой вновь прибывшей семьёй кандасов семью-"
    "наставника из местных жителей, которая в течение первого года помогает с бытом, школой и "
    "документами."))

# ---------------- cross-language, NO translation supplied: kk/en
case("cross",
  P("TM26a","kk","Үштөбеде жер аударылған халықтардың мемориалдық музейі",
    "1937 жылы Қиыр Шығыстан жер аударылған корейлердің алғашқы эшелондары Үштөбе бекетіне түскен, кейін "
    "мұнда немістер, шешендер мен поляктар да әкелінді. Қазір ол жерде тек шағын ескерткіш тас тұр. Үштөбеде "
    "жер аударылған халықтарға арналған мемориал мен музей салу керек."),
  P("TM26b","en","A memorial museum of deported peoples at Ush-Tobe",
    "We call on the Ministry of Culture and Information and the Zhetisu regional akimat to build a memorial "
    "complex with a museum at Ush-Tobe station, where Koreans, Germans and other deported peoples were "
    "unloaded from trains in the 1930s and 1940s. Descendants of these families live all over Kazakhstan "
    "and have no place to remember what happened."))
case("cross",
  P("TM27a","kk","Қандас куәлігімен банк шотын ашу",
    "Банктер қандас куәлігі бар адамдарға шот ашудан жиі бас тартады, себебі олардың жүйесі тек жеке "
    "куәлік пен ықтиярхатты таниды. Нәтижесінде қандастар жалақы мен жәрдемақыны қолма-қол алуға мәжбүр. "
    "Ұлттық банк барлық банктерге қандас куәлігі бойынша шот ашуды міндеттеуі керек."),
  P("TM27b","en","Bank accounts for kandas",
    "Newly arrived kandas are routinely turned away by bank branches because their only document is the "
    "kandas certificate, so relocation payments cannot even be transferred to them. The National Bank "
    "should require every commercial bank to open an account on the basis of the kandas certificate."))
case("cross",
  P("TM28a","kk","Бірінші курс студенттеріне діни ағымдар туралы сабақ",
    "Деструктивті діни топтар көбіне ауылдан қалаға жаңа келген, жатақханада тұратын жалғыз студенттерді "
    "іздейді. Жоғары оқу орындары бірінші курс студенттерінің бейімделу бағдарламасына деструктивті "
    "ағымдардың адам тарту тәсілдері туралы міндетті сабақ енгізуі керек."),
  P("TM28b","en","First-year students and cult recruitment",
    "We propose that every university add a session on how destructive religious groups recruit to its "
    "orientation programme for first-year students. Interviews with former members in Shymkent show that "
    "most were approached in their first months at university, often in the dormitory, when they were "
    "lonely and far from home."))
case("cross",
  P("TM29a","kk","Этностық тілдегі газеттерге тұрақты қолдау",
    "«Ұйғыр авази», «Коре ильбо», «Deutsche Allgemeine Zeitung» газеттері жыл сайынғы мемлекеттік ақпараттық "
    "тапсырыс байқауына тәуелді, бір жыл қаржы болмаса, шығуын тоқтатады. Этностық тілдерде шығатын "
    "республикалық газеттерге үш жылға арналған тұрақты мемлекеттік қолдау берілуі керек."),
  P("TM29b","en","Stable funding for ethnic-language newspapers",
    "The country's Uyghur, Korean and German newspapers are among the oldest ethnic-language periodicals in "
    "Central Asia, yet each year they must compete for a state information order and twice in the last "
    "decade missed issues for months. Their state support should be guaranteed for several years at a "
    "time rather than decided annually."))

# ---------------- cross-language, NO translation supplied: ru/en
case("cross",
  P("TM30a","ru","Ежеквартальная статистика по кандасам",
    "Исследователи миграции вынуждены собирать данные о кандасах по отдельным ответам на запросы, а "
    "официальная цифра публикуется раз в год одной строкой. Просим Комитет миграции ежеквартально "
    "публиковать статистику о кандасах: по стране выхода, региону расселения, возрасту, образованию и "
    "занятости."),
  P("TM30b","en","Quarterly kandas statistics",
    "Every three months the migration service should publish detailed figures on kandas: where they came "
    "from, which regions they settled in, and how many found jobs. Without this, neither researchers nor "
    "regional akimats can see whether resettlement to the north actually works; in 2025 our team counted "
    "only one annual total."))
case("cross",
  P("TM31a","ru","Юридическая клиника для кандасов",
    "Кандасы чаще других становятся жертвами посредников, которые берут деньги за «ускорение» документов "
    "или за бесплатные услуги ЦОНа. Предлагаем открыть при юридических факультетах университетов Алматы и "
    "Туркестана бесплатные юридические клиники для кандасов, где студенты под руководством преподавателей "
    "консультируют по гражданству, статусу и трудовым спорам."),
  P("TM31b","en","Free legal clinics for repatriates",
    "Law schools in Almaty and Turkestan could run free legal clinics for kandas, where supervised law "
    "students help with citizenship, residence and employment problems. This would cost little and would "
    "protect families who now pay intermediaries up to 300,000 tenge for advice they could get free."))
case("cross",
  P("TM32a","ru","Аккредитованные туроператоры хаджа и умры",
    "Каждый год сотни паломников из Туркестанской и Жамбылской областей теряют деньги, заплаченные "
    "сомнительным фирмам за хадж и умру: в 2025 году в полицию поступило 86 заявлений. Просим ДУМК "
    "совместно с Министерством туризма вести и публиковать открытый список аккредитованных "
    "туроператоров, организующих паломничество."),
  P("TM32b","en","A public list of accredited pilgrimage operators",
    "The Spiritual Administration of Muslims should publish an official list of tour operators accredited "
    "to organise hajj and umrah, so that believers can check a company before paying. Mosque imams in "
    "Almaty say that almost every month someone comes to them after being cheated by an unlicensed agent."))
case("cross",
  P("TM33a","ru","Молодёжные советы Ассамблеи в районах",
    "В Туркестанской области более половины населения моложе тридцати лет, но в районных ассамблеях "
    "заседают в основном аксакалы. Предлагаем создать в каждом районе молодёжный совет Ассамблеи народа "
    "Казахстана, куда входят представители этнических объединений в возрасте до 30 лет."),
  P("TM33b","en","Youth councils of the Assembly in every district",
    "Young people from ethnic communities have almost no voice in the district branches of the Assembly of "
    "People of Kazakhstan. We recommend setting up a youth council of the Assembly in each district of "
    "Turkestan region, so that young Uzbeks, Tajiks, Turks, Kazakhs and others can plan joint projects."))

# ---------------- cross-language, NO translation supplied: one kk/ru/en triple
case("cross",
  P("TM34a","kk","Қандас куәлігі eGov-та цифрлық құжат ретінде",
    "Қандас куәлігі әлі күнге дейін тек қағаз түрінде беріледі, оны жоғалтқан адам жаңасын бір айдан "
    "астам күтеді. Жеке куәлік сияқты, қандас куәлігін де eGov Mobile қосымшасында цифрлық құжат ретінде "
    "қолжетімді ету керек."),
  P("TM34b","ru","Цифровое удостоверение кандаса",
    "Просим добавить удостоверение кандаса в раздел цифровых документов eGov Mobile, чтобы его можно было "
    "предъявлять в банке, поликлинике и ЦОНе со смартфона. Бумажный бланк легко повредить, а на его "
    "восстановление уходит несколько недель."),
  P("TM34c","en","Kandas certificate in eGov Mobile",
    "The kandas certificate exists only on paper, which creates problems every time a family deals with a "
    "bank or a clinic. It should become available as a digital document in the eGov Mobile app, like the "
    "ID card and the driving licence."))

# ---------------- opposite-meaning traps (shared wording, opposite asks)
case("trap-polarity",
  P("TM35a","kk","Жатақханалардағы намаз бөлмелері",
    "Алматы мен Түркістандағы кейбір жоғары оқу орындарының жатақханаларында студенттер намазды бөлмесінде "
    "немесе дәлізде оқиды, бұл көршілерімен дауға себеп болады. Жатақханаларда арнайы намаз бөлмесін ашуға "
    "рұқсат беру керек."),
  P("TM35b","kk","Жатақханалардағы намаз бөлмелері",
    "Алматы мен Түркістандағы кейбір жоғары оқу орындарының жатақханаларында студенттер намазды бөлмесінде "
    "немесе дәлізде оқиды, бұл көршілерімен дауға себеп болады. Жатақханаларда арнайы намаз бөлмесін ашуға "
    "тыйым салу керек, өйткені білім беру ұйымдары зайырлы болып қалуы тиіс."),
  note="allow vs ban")
case("trap-polarity",
  P("TM36a","kk","Қандас талапкерлер және Қазақстан тарихы тесті",
    "Шетелдегі мектептерді бітірген қандас талапкерлер ұлттық бірыңғай тестілеуге Қазақстан тарихын мүлде "
    "оқымай келеді, сондықтан көбі шекті балды жинай алмайды. Біздің ойымызша, қандас талапкерлер ҰБТ-да "
    "Қазақстан тарихынан тест тапсыруы керек, ал оған дайындық курсы тегін ұйымдастырылсын."),
  P("TM36b","kk","Қандас талапкерлер және Қазақстан тарихы тесті",
    "Шетелдегі мектептерді бітірген қандас талапкерлер ұлттық бірыңғай тестілеуге Қазақстан тарихын мүлде "
    "оқымай келеді, сондықтан көбі шекті балды жинай алмайды. Біздің ойымызша, қандас талапкерлер ҰБТ-да "
    "Қазақстан тарихынан тест тапсырмауы керек, бұл пәнді олар бірінші курста оқиды."),
  note="-уы керек vs -мауы керек")
case("trap-polarity",
  P("TM37a","kk","Қандастарды қоныстандыру квотасы",
    "Былтыр солтүстік өңірлерге қоныстандыру квотасы бойынша 1 600 қандас отбасы келді, ал кезекте тағы екі "
    "мыңнан астам отбасы тұр. Еңбек және халықты әлеуметтік қорғау министрлігі келесі жылға қандастарды "
    "қоныстандыру квотасын арттыруы керек."),
  P("TM37b","kk","Қандастарды қоныстандыру квотасы",
    "Былтыр солтүстік өңірлерге қоныстандыру квотасы бойынша 1 600 қандас отбасы келді, бірақ олардың "
    "үштен біріне әлі тұрақты баспана мен жұмыс табылмады. Еңбек және халықты әлеуметтік қорғау "
    "министрлігі келесі жылға қандастарды қоныстандыру квотасын азайтуы керек."),
  note="increase vs reduce")
case("trap-polarity",
  P("TM38a","ru","Религиозные мероприятия в Домах дружбы",
    "Этнические объединения часто просят провести в зале Дома дружбы ифтар, рождественский концерт с "
    "молебном или праздничную службу общины. Единого правила нет, и каждый директор решает по-своему. "
    "Предлагаем разрешить проведение религиозных мероприятий в Домах дружбы при согласии всех объединений."),
  P("TM38b","ru","Религиозные мероприятия в Домах дружбы",
    "Этнические объединения часто просят провести в зале Дома дружбы ифтар, рождественский концерт с "
    "молебном или праздничную службу общины. Единого правила нет, и каждый директор решает по-своему. "
    "Предлагаем запретить проведение религиозных мероприятий в Домах дружбы: это светские площадки для "
    "всех этносов."),
  note="allow vs ban")
case("trap-polarity",
  P("TM39a","ru","Срок проживания в центрах адаптации кандасов",
    "Сейчас семья кандасов может жить в центре адаптации и интеграции до шести месяцев, после чего должна "
    "съехать. За это время многие не успевают найти работу и жильё. Просим увеличить срок проживания "
    "кандасов в центрах адаптации."),
  P("TM39b","ru","Срок проживания в центрах адаптации кандасов",
    "Сейчас семья кандасов может жить в центре адаптации и интеграции до шести месяцев, а в очереди на "
    "место стоят десятки вновь прибывших семей. Многие жильцы не ищут работу, пока живут бесплатно. Просим "
    "сократить срок проживания кандасов в центрах адаптации."),
  note="increase vs reduce")
case("trap-polarity",
  P("TM40a","en","Religious review of books sent by post",
    "Believers often order a few religious books from abroad for their own reading, and customs currently "
    "holds such parcels while it decides whether to send them for expert review. A religious studies expert "
    "review should be required for religious books sent by post for personal use."),
  P("TM40b","en","Religious review of books sent by post",
    "Believers often order a few religious books from abroad for their own reading, and customs currently "
    "holds such parcels while it decides whether to send them for expert review. A religious studies expert "
    "review should not be required for religious books sent by post for personal use."),
  note="should vs should not be required")

# ---------------- number traps (same ask, different figure)
case("trap-number",
  P("TM41a","kk","Қандастарға ықтиярхат мерзімі",
    "Қандастарға берілетін тұруға ықтиярхат қазір бір жылға ғана беріледі, оны ұзарту үшін отбасы жыл "
    "сайын құжат жинап, кезекке тұрады. Азаматтық алғанға дейін қандастарға ықтиярхатты 3 жылға беру "
    "керек."),
  P("TM41b","kk","Қандастарға ықтиярхат мерзімі",
    "Қандастарға берілетін тұруға ықтиярхат қазір бір жылға ғана беріледі, оны ұзарту үшін отбасы жыл "
    "сайын құжат жинап, кезекке тұрады. Азаматтық алғанға дейін қандастарға ықтиярхатты 5 жылға беру "
    "керек."),
  note="3 vs 5 years")
case("trap-number",
  P("TM42a","ru","Эфир на языках этносов на областном телевидении",
    "В Туркестанской области живут узбеки, таджики, турки, азербайджанцы и другие народы, но на областном "
    "телеканале передач на их языках почти нет. Предлагаем отводить на языки этнических групп не менее 5 % "
    "эфирного времени областного телевидения."),
  P("TM42b","ru","Эфир на языках этносов на областном телевидении",
    "В Туркестанской области живут узбеки, таджики, турки, азербайджанцы и другие народы, но на областном "
    "телеканале передач на их языках почти нет. Предлагаем отводить на языки этнических групп не менее 10 % "
    "эфирного времени областного телевидения."),
  note="5 vs 10 per cent")
case("trap-number",
  P("TM43a","en","Grant cap for ethnocultural projects",
    "Ethnocultural associations apply for state grants for festivals, language clubs and books, but the cap "
    "of 2 million tenge per project barely covers a hall and printing. We propose raising the maximum state "
    "grant for one ethnocultural project to 5 million tenge."),
  P("TM43b","en","Grant cap for ethnocultural projects",
    "Ethnocultural associations apply for state grants for festivals, language clubs and books, but the cap "
    "of 2 million tenge per project barely covers a hall and printing. We propose raising the maximum state "
    "grant for one ethnocultural project to 3 million tenge."),
  note="5 vs 3 million tenge")
case("trap-number",
  P("TM44a","kk","Діни бірлестікті тіркеу мерзімі",
    "Шағын православ приходы немесе ауылдық мешіт қауымы діни бірлестік ретінде тіркелу үшін әділет "
    "органдарының шешімін екі айға дейін күтеді, осы уақытта ғибадат үйін заңды түрде аша алмайды. Діни "
    "бірлестікті тіркеу мерзімін 15 жұмыс күніне дейін қысқарту керек."),
  P("TM44b","kk","Діни бірлестікті тіркеу мерзімі",
    "Шағын православ приходы немесе ауылдық мешіт қауымы діни бірлестік ретінде тіркелу үшін әділет "
    "органдарының шешімін екі айға дейін күтеді, осы уақытта ғибадат үйін заңды түрде аша алмайды. Діни "
    "бірлестікті тіркеу мерзімін 30 жұмыс күніне дейін қысқарту керек."),
  note="15 vs 30 working days")

# ---------------- distinct asks on one topic
case("distinct",
  P("TM45a","kk","Қарақалпақстаннан келген қандастарға суармалы жер",
    "Мақтаарал және Жетісай аудандарына Қарақалпақстаннан көшіп келген жүздеген қандас отбасы диқаншылықпен "
    "айналысқысы келеді, бірақ суармалы жер тек аукцион арқылы беріледі. Оларға суармалы жерді аукционсыз, "
    "ұзақ мерзімді жалға беру керек."),
  P("TM45b","kk","Қарақалпақстаннан келген қандас балаларына мектеп автобусы",
    "Мақтаарал ауданындағы жаңа қоныстарға орналасқан Қарақалпақстаннан келген қандастардың балалары "
    "мектепке жеті шақырым жаяу барады. Аудан әкімдігі бұл қоныстардан мектепке дейін тегін мектеп "
    "автобусын жүргізуі керек."),
  note="same group and place: irrigated land vs a school bus")
case("distinct",
  P("TM46a","ru","Автобусы к кладбищам в дни поминовения",
    "В Радоницу и в дни Курбан айта тысячи жителей Алматы едут на загородные кладбища, и пожилые люди "
    "часами ждут маршрутку. Просим акимат Алматы в эти дни пускать бесплатные автобусы от станций метро "
    "до городских кладбищ."),
  P("TM46b","ru","Охрана храмов и мечетей в праздники",
    "На Пасху, Рождество, Курбан айт и Ораза айт в храмы и мечети Алматы приходят десятки тысяч человек, а "
    "порядок обеспечивают несколько добровольцев. Просим департамент полиции Алматы выставлять наряды "
    "полиции и медиков у крупных культовых зданий в дни больших религиозных праздников."),
  note="religious holidays in Almaty: buses to cemeteries vs police at places of worship")
case("distinct",
  P("TM47a","en","A centre for ethnopolitical studies in Turkestan",
    "Research on interethnic relations in the south is done almost entirely from Almaty and Astana, by "
    "teams who visit for a week. We propose opening a centre for ethnopolitical studies at a university in "
    "Turkestan, with permanent staff who speak Uzbek, Tajik and Turkish."),
  P("TM47b","en","Census ethnic data by village",
    "The 2021 census results on ethnic composition are published only by region and city, which is too "
    "coarse for research on interethnic relations, since tensions usually arise in particular villages. We "
    "ask the Bureau of National Statistics to publish the ethnic composition of the population for every "
    "village and rural okrug."),
  note="research on interethnic relations: a research centre vs village-level census data")
case("distinct",
  P("TM48a","kk","Моңғолиядан келген қандас мұғалімдерді ауыл мектептеріне алу",
    "Ауыл мектептерінде математика мен физика мұғалімдері жетіспейді, ал Моңғолиядан келген қандастардың "
    "арасында тәжірибелі мұғалімдер көп. Оларға Қазақстанның оқу бағдарламасы бойынша екі айлық тегін курс "
    "өткізіп, бірден ауыл мектептеріне жұмысқа алу керек."),
  P("TM48b","ru","Репетиторы русского языка для детей кандасов",
    "Дети кандасов из Китая и Монголии хорошо знают казахский, но в школах северных областей, где многие "
    "предметы и общение идут на русском, отстают и замыкаются. Просим управления образования закреплять за "
    "такими школьниками бесплатного репетитора по русскому языку на первый учебный год."),
  note="kandas in schools: hiring kandas teachers vs Russian tutors for kandas pupils")
case("distinct",
  P("TM49a","ru","Приёмная по жалобам на этническую дискриминацию",
    "Люди, которым отказали в работе или аренде жилья из-за национальности, редко идут в суд: они не "
    "знают, куда обратиться. Предлагаем открыть при каждом областном акимате общественную приёмную Ассамблеи "
    "народа Казахстана, которая принимает жалобы на этническую дискриминацию при найме и помогает их "
    "оформить."),
  P("TM49b","en","An annual report on ethnic discrimination",
    "No public body in Kazakhstan counts cases of discrimination based on ethnicity, so nobody knows whether "
    "the problem is growing. The Commissioner for Human Rights should publish an annual report on "
    "complaints and court cases of ethnic discrimination, broken down by region."),
  note="ethnic discrimination: a complaints office vs an annual report")
