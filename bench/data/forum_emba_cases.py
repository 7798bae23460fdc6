# A forum "Emba" (held out entirely): written BLIND for issue 9's eleventh pass, after this pass's
# rules were written and without seeing them (src/recbook/merge/), docs/, README.md, the tests
# (tests/), any other bench/*.py script or any dedupe output or score, and to be run ONCE, as an
# outside measure of the eleventh pass. Nothing here was tuned on a run; recbook was not run. Only
# bench/data/make_eval.py (generator and format), the first 60 lines of forum_ertis_cases.py (format
# example), the header comments (first ~30 lines) of the other forum_*_cases.py files in bench/data/
# and /work/wt/blind/ (to avoid their topics) and /work/shared/design/KAZAKH.md (Kazakh spelling,
# names of bodies) were read.
# Voice: SHORT and MIXED, as collected on sticky notes and in a Telegram poll: about half of the
# proposals are a title plus ONE sentence (some with no verb at all: «Рейсовый автобус из Жанаозена
# до подземной мечети Бекет-Ата.», "Same job, same pay ..."), a quarter two sentences, a quarter 3-4 sentences; some asks are
# questions («... қашан?», «Почему ...?», "Could the Ministry ...?"), some exclamations; abbreviations
# (ТШО, ЖШС, ТОО, АО, NGO, SMS, IT, BN-350); numbers in digits and in words, in the context and in
# the ask. kk 33, ru 33, en 28 of 94 proposals.
# The setting is an Atyrau and Mangystau regions forum: Atyrau, Kulsary, Makat, Dossor, Tengiz and
# Karaton, Kashagan, Aktau, Zhanaozen, Beineu, Fort-Shevchenko, Shetpe, Kuryk, Kenderli, the Ustyurt
# plateau and Bozzhyra, Beket-Ata, the Caspian Sea.
# Topics (chosen so the other forums' headers do not list them): daily online flaring data from
# Tengiz and Kashagan, repairing the Beineu-Zhanaozen road, independent autopsies of dead Caspian
# seals, a ranger post at Bozzhyra, cement dust sensors in Shetpe, a Kuryk-Baku passenger ferry, a
# 28-day cap on oil-field shifts, SMS alerts on hydrogen sulphide in Atyrau, moving families out of
# the Dossor and Makat barracks, street names instead of microdistrict numbers in Aktau, air
# conditioning in intercity buses, releases of sturgeon fry, a bus for pilgrims to Beket-Ata, public
# passages to the Caspian shore in Aktau, certified welders in Kulsary, a public BN-350
# decommissioning report, plugging abandoned wells near Dossor and Makat, a seal hotline, covering
# the Tengiz sulphur stockpiles, notice of water cuts in Aktau, safety briefings in Kazakh, equal
# pay for local and expatriate staff at foreign contractors, an Aktau-Fort-Shevchenko bus, dredging
# the port of Aktau as the sea level drops, hydrogen-sulphide evacuation drills in Karaton, a waiting
# hall at Beineu station, mobile signal on the Beineu-Zhanaozen highway, two workers per room in
# shift camps, a free coding school in Zhanaozen; traps on quad bikes on Aktau beaches, oil
# companies' social investment through the akimat's fund, sturgeon-poaching fines, the pensioners'
# water tariff in Aktau, Kashagan ships and seal rookeries, the Ustyurt reserve entry fee, black
# caviar at Atyrau bazaars, hotels in the Kenderli resort zone, free drinking water per person (10 vs
# 25 litres), the autogas price cap in Zhanaozen (60 vs 90 tenge), late wages at Tengiz
# subcontractors (10 vs 30 days), the share of pollution fines for districts (20 % vs 50 %);
# look-alikes: signposts vs toilets at Bozzhyra, a children's pool in Kulsary vs Beineu, a camel-wool
# collection point vs winter fodder for camels, Caspian sea-level data vs a longer Fort-Shevchenko
# pier, a seal-pup rehabilitation centre vs satellite tags on seals.
# Kinds and counts (46 cases, 94 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 12 same-language pairs written as by two
# different people (kk 4, ru 4, en 4: synonyms, another context, nominal vs verbal, a question vs a
# statement, digits vs words, one text adding a detail or a number the other lacks, a one-sentence
# card vs a longer text, a limit put as "no more than" with a negative verb - «артық болмауы тиіс»);
# cross 12 with NO translation supplied, written independently (kk/ru 4, kk/en 3, ru/en 3, two
# kk/ru/en triples); trap-polarity 8 (kk: allow vs ban, -уы керек vs -мауы керек, increase vs reduce;
# ru: keep vs abolish, must vs must not, increase vs reduce; en: allow vs ban, should vs should not);
# trap-number 4 (litres in digits vs words, tenge, days, per cent); distinct 5 (same topic with
# different asks, or the same ask for another town).
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_emba_cases.py /work/wt/blind/forum_emba.yaml

# ---------------- exact, spelling and homoglyph variants
_E01 = ("Тенгиз и Кашаган сжигают попутный газ на факелах, а жители Атырау и Кульсары узнают об этом "
        "по запаху и чёрному дыму. Иногда факелы горят по нескольку суток подряд. Операторы должны каждый день публиковать онлайн объёмы газа, "
        "сожжённого на факелах.")
case("exact",
  P("EM01a","ru","Факелы: данные онлайн", _E01),
  P("EM01b","ru","Открытые данные о сжигании газа на факелах", _E01))
case("spelling",
  P("EM02a","kk","Бейнеу – Жаңаөзен жолын жөндеу",
    "Бейнеу мен Жаңаөзен арасындағы жол шұңқырға толы, жүк көліктері жиі апатқа ұшырайды. Бұл жолмен күн сайын мыңдаған вахташы мен жолаушы жүреді. Жолды "
    "2027 жылға дейін толық қайта жөндеу керек."),
  P("EM02b","kk","Бейнеу – Жаңаөзен жолын жөңдеу",
    "Бейнеу мен Жаңаөзен арасындағы жол шұңқырга толы, жүк көліктері жиі апатқа ұшырайды. Бұл жолмен күн сайын мыңдаған вахташы мен жолаушы жүреді. Жолды "
    "2027 жылға дейін толық қайта жөндеуу керек."))
case("spelling",
  P("EM03a","ru","Независимое вскрытие погибших тюленей",
    "Каждую зиму на берег Каспия выбрасывает сотни мёртвых тюленей, а причину гибели так и не называют. Экологи считают, что погибают тысячи. "
    "Просим проводить вскрытие в независимой лаборатории и публиковать результаты в течение месяца."),
  P("EM03b","ru","Независимое вскрытие погибших тюлений",
    "Каждую зиму на берег Каспия выбрасывает сотни мёртвых тюлений, а причину гибели так и не называют. Экологи считают, что погибают тысячи. "
    "Просим проводить вскрытие в независимой лабаратории и пубиковать результаты в течение месяца."))
case("spelling",
  P("EM04a","en","Ranger post at Bozzhyra",
    "Off-road jeeps cut new tracks across the Ustyurt plateau near Bozzhyra every season. Dozens of parallel ruts already scar the valley floor. A permanent "
    "ranger post at the entrance to the tract is needed."),
  P("EM04b","en","Ranger post at Bozzhyra",
    "Off-road jeeps cut new tracks across the Ustyrt plateu near Bozzhyra every season. Dozens of parallel ruts already scar the valley floor. A permanant "
    "ranger post at the entrance to the tract is needed."))
_H05t = "Шетпе цемент зауытының шаңы"
_H05 = ("Шетпедегі цемент зауытының шаңы ауылдың үстіне түседі, балалар жөтеледі. Жазда терезені ашу мүмкін емес. Зауыттың маңына ауа "
        "сапасын өлшейтін үш датчик орнатылсын!")
case("homoglyph",
  P("EM05a","kk",_H05t,_H05),
  P("EM05b","kk",homo(_H05t),homo(_H05)))

# ---------------- paraphrases, one language each (two different writers)
case("paraphrase",
  P("EM06a","kk","Құрық – Баку жолаушылар паромы",
    "Құрықтан Бакуға аптасына бір рет тұрақты жолаушылар паромы керек."),
  P("EM06b","kk","Құрықтан Әзербайжанға адам тасымалы қашан?",
    "Құрық портынан қазір тек жүк паромдары шығады, ал адамдар Бакуға қымбат ұшақ билетін алуға мәжбүр. "
    "Аптасына кемінде бір жолаушылар рейсін ашуды сұраймыз."))
case("paraphrase",
  P("EM07a","kk","Вахтаны 28 күнмен шектеу",
    "Мұнай кәсіпшілігіндегі вахта ұзақтығын 28 күнмен шектеу."),
  P("EM07b","kk","Вахташылар екі ай үйге бармайды",
    "Кейбір мердігерлер жұмысшыларды 45–60 күн бойы үйге жібермейді. Бір вахта жиырма сегіз тәуліктен "
    "артық болмауы тиіс, бұл Еңбек кодексіне жазылсын."))
case("paraphrase",
  P("EM08a","kk","Күкіртсутек туралы SMS-ескерту",
    "Атырауда ауадағы күкіртсутек шекті мөлшерден асқанда тұрғындарға дереу SMS жіберу."),
  P("EM08b","kk","Иіс шықса – хабар берсін!",
    "Атырауда түнде жиі шірік жұмыртқаның иісі шығады, бірақ ешкім ескертпейді. Күкіртсутек мөлшері "
    "нормадан асса, әкімдік халыққа бірден телефонға хабарлама жіберсін."))
case("paraphrase",
  P("EM09a","kk","Доссор мен Мақаттағы апатты барактар",
    "Апатты барактарда тұратын Доссор мен Мақат отбасыларын жаңа пәтерге көшіру."),
  P("EM09b","kk","Барактардан көшіру",
    "Доссор мен Мақатта әлі күнге дейін 1930-жылдары салынған ағаш барактарда 150-ден астам отбасы "
    "тұрады. Қабырғалары қисайған, су құбыры жоқ. Атырау облысының әкімдігі бұл отбасыларды 2028 жылға "
    "дейін жаңа пәтерлерге көшірсін."))
case("paraphrase",
  P("EM10a","ru","Улицы вместо номеров в Актау",
    "Курьеры и скорая не могут найти дом по адресу «14-15-3». Пора дать улицам Актау названия вместо "
    "номеров микрорайонов."),
  P("EM10b","ru","Названия улиц в Актау",
    "Присвоить улицам Актау имена: нумерация микрорайонов путает приезжих, таксистов и экстренные службы."))
case("paraphrase",
  P("EM11a","ru","Почему в автобусах нет кондиционеров?",
    "Почему в междугородних автобусах Актау – Жанаозен – Бейнеу летом не работает кондиционер? Пусть "
    "акимат требует этого от перевозчиков."),
  P("EM11b","ru","Жара в междугородних автобусах",
    "Обязать ТОО-перевозчиков на междугородних маршрутах Мангистауской области включать кондиционер с "
    "июня по август. В июле в салоне было +42, пассажирам становилось плохо."))
case("paraphrase",
  P("EM12a","ru","Выпуск мальков осетровых",
    "Ежегодно выпускать в Урал и Каспий не менее 10 млн мальков осетровых."),
  P("EM12b","ru","Спасти осетра!",
    "Осетровых в Каспии почти не осталось, браконьеры вылавливают последних. Рыбоводные заводы Атырау "
    "должны каждый год выпускать в Урал и море минимум десять миллионов мальков."))
case("paraphrase",
  P("EM13a","ru","Автобус до Бекет-Ата",
    "Рейсовый автобус из Жанаозена до подземной мечети Бекет-Ата."),
  P("EM13b","ru","Паломникам нужен транспорт",
    "Паломники добираются до Бекет-Ата на частных машинах за 15–20 тысяч тенге, пожилым это не по "
    "карману. Нужен регулярный автобус из Жанаозена, хотя бы по выходным. Дорога есть, нет только рейса."))
case("paraphrase",
  P("EM14a","en","Public access to the Caspian shore",
    "Hotels and private villas have fenced off most of the beach in Aktau. Keep a free public passage to "
    "the sea at least every 500 metres."),
  P("EM14b","en","Free way to the sea!",
    "Every Aktau resident must be able to reach the sea without paying, so private fences along the "
    "shore have to leave open public passages."))
case("paraphrase",
  P("EM15a","en","Welding school in Kulsary",
    "Certified welding and pipefitting courses in Kulsary for local youth."),
  P("EM15b","en","Local welders lose Tengiz jobs",
    "Young people in Kulsary lose contracts at Tengiz to welders brought from other regions because "
    "they lack internationally recognised certificates. A training centre in Kulsary that certifies "
    "welders and pipefitters to international standards would fix this."))
case("paraphrase",
  P("EM16a","en","BN-350 report?",
    "Could the Ministry of Energy publish a yearly public report on decommissioning the BN-350 reactor "
    "in Aktau?"),
  P("EM16b","en","BN-350: annual public report",
    "Aktau residents know almost nothing about what happens to the old fast reactor and its spent fuel. "
    "An annual report on its decommissioning should be made public."))
case("paraphrase",
  P("EM17a","en","Plug abandoned wells",
    "Plug the abandoned Soviet-era wells around Dossor and Makat that leak oil and brine."),
  P("EM17b","en","Old wells poison the land",
    "Around Dossor and Makat dozens of wells have stood open since the 1960s. Oil and salty water seep "
    "out, the soil dies and cattle drink from the pools. Whoever holds the licence today, or the state "
    "if nobody does, should seal them within three years."))

# ---------------- cross-language, NO translation supplied, written independently
case("cross",
  P("EM18a","kk","Итбалық көрдіңіз бе? Қоңырау шалыңыз!",
    "Жағадан өлі не жараланған итбалық тапқан адам хабарласатын бірыңғай ыстық желі керек."),
  P("EM18b","ru","Горячая линия по тюленям",
    "Люди находят выброшенных на берег тюленей у Актау и Курыка и не знают, куда звонить. Нужен единый "
    "номер, по которому выедут экологи."))
case("cross",
  P("EM19a","kk","Теңіздегі күкірт үйінділері",
    "Теңіз кен орнында миллиондаған тонна күкірт ашық жатыр, жел оның шаңын жақын ауылдарға жеткізеді. Ауыл балалары жиі ауырады. "
    "ТШО күкіртті жабық қоймаларға жинасын."),
  P("EM19b","ru","Укрыть серу на Тенгизе",
    "Открытые склады серы на Тенгизе – укрыть, чтобы серная пыль не летела на ближайшие сёла."))
case("cross",
  P("EM20a","kk","Суды өшіру туралы алдын ала ескерту",
    "Ақтауда ауыз су ескертусіз өшіріледі. «МАЭК» ЖШС суды өшіруден кемінде бір тәулік бұрын "
    "тұрғындарға хабарласын."),
  P("EM20b","ru","Отключения воды в Актау",
    "Предупреждать жителей Актау об отключении воды минимум за 24 часа."))
case("cross",
  P("EM21a","kk","Қауіпсіздік нұсқаулығы – қазақ тілінде",
    "Кен орындарында қауіпсіздік техникасы бойынша нұсқаулық қазақ тілінде де өткізілсін, қазір көбіне "
    "тек ағылшынша."),
  P("EM21b","ru","Инструктаж на казахском",
    "На месторождениях инструктаж по технике безопасности часто проводят только на английском или "
    "русском. Рабочие должны получать его и на казахском языке."))
case("cross",
  P("EM22a","kk","Бірдей жұмысқа – бірдей жалақы",
    "Шетелдік мердігер компанияларда бір лауазымда істейтін қазақстандық маман шетелдік әріптесінен үш "
    "есе аз алады. Жергілікті және шетелдік қызметкерлерге бірдей жалақы төленсін."),
  P("EM22b","en","Equal pay at foreign contractors",
    "Same job, same pay for Kazakh and expatriate staff at foreign oil contractors in Atyrau."))
case("cross",
  P("EM23a","kk","Ақтау – Форт-Шевченко автобусы",
    "Ақтаудан Форт-Шевченкоға күн сайын қатынайтын тұрақты автобус ашылсын."),
  P("EM23b","en","No bus to Fort-Shevchenko",
    "There is no scheduled bus from Aktau to Fort-Shevchenko, only shared taxis at 3,000 tenge a seat. "
    "Launch a daily bus."))
case("cross",
  P("EM24a","kk","Ақтау портын тереңдету",
    "Каспийдің деңгейі жыл сайын төмендеп, кемелер Ақтау портынан жартылай жүкпен шығады. Порттың арнасы "
    "мен айлақтарын тереңдету жұмыстарын бастау керек."),
  P("EM24b","en","Dredge Aktau port",
    "Start dredging the Aktau port channel and berths now that the Caspian is dropping."))
case("cross",
  P("EM25a","ru","Учения по эвакуации возле Тенгиза",
    "Раз в год проводить в Каратоне и Сарыкамысе учения на случай выброса сероводорода."),
  P("EM25b","en","Gas-leak drills near Tengiz",
    "Villages next to Tengiz, such as Karaton, have never practised an evacuation in case of a hydrogen "
    "sulphide release. Hold a drill there every year, with the emergency service and the operator."))
case("cross",
  P("EM26a","ru","Зал ожидания на станции Бейнеу",
    "Ночью пассажиры ждут поезд на улице, на ветру. На станции Бейнеу нужен тёплый зал ожидания, "
    "открытый круглосуточно."),
  P("EM26b","en","Beineu station: 24/7 waiting hall",
    "A heated waiting hall at Beineu station, open day and night."))
case("cross",
  P("EM27a","ru","Связь на трассе Бейнеу – Жанаозен",
    "На трассе Бейнеу – Жанаозен почти сто километров без мобильной связи. Поставить вышки, чтобы при "
    "аварии можно было вызвать помощь!"),
  P("EM27b","en","No signal on the Beineu road",
    "Cover the whole Beineu–Zhanaozen highway with mobile signal: drivers who break down there cannot "
    "call for help."))
case("cross",
  P("EM28a","kk","Вахта лагері: бөлмеге екі адам",
    "Вахталық лагерьлерде бір бөлмеде екі адамнан артық тұрмауы керек."),
  P("EM28b","ru","Не больше двух в комнате",
    "В вахтовых посёлках подрядчики селят по 6–8 человек в комнату. Норма должна быть не больше двух "
    "человек."),
  P("EM28c","en","Two per room in field camps",
    "Cap field-camp rooms at two workers each."))
case("cross",
  P("EM29a","kk","Жаңаөзенде жастарға IT мектебі",
    "Жаңаөзендегі жұмыссыз жастар үшін тегін бағдарламалау мектебін ашу."),
  P("EM29b","ru","IT-школа для молодёжи Жанаозена",
    "В Жанаозене тысячи молодых людей без работы, а нефть больше не обещает новых мест. Откройте "
    "бесплатную школу программирования для молодёжи города!"),
  P("EM29c","en","Free coding school in Zhanaozen",
    "Zhanaozen's jobless young people need a free coding school in the city."))

# ---------------- opposite-meaning traps (shared wording, opposite ask)
case("trap-polarity",
  P("EM30a","kk","Жағажайдағы квадроциклдер",
    "Жазда жағада мыңдаған адам демалады. Ақтау жағажайларында квадроцикл мен мотоцикл жүргізуге тыйым салынсын, балалар шомылатын жерде "
    "қауіпті."),
  P("EM30b","kk","Жағажайдағы квадроциклдер",
    "Жазда жағада мыңдаған адам демалады. Ақтау жағажайларында квадроцикл мен мотоцикл жүргізуге рұқсат берілсін, туристерге бұл қызық."))
case("trap-polarity",
  P("EM31a","kk","Мұнай компанияларының әлеуметтік қаражаты",
    "Мұнай компанияларының әлеуметтік инвестициялары облыс әкімдігінің қоры арқылы бөлінуі керек, сонда "
    "шығын ашық болады."),
  P("EM31b","kk","Мұнай компанияларының әлеуметтік қаражаты",
    "Мұнай компанияларының әлеуметтік инвестициялары облыс әкімдігінің қоры арқылы бөлінбеуі керек, "
    "ақша тікелей ауылдарға жетсін."))
case("trap-polarity",
  P("EM32a","kk","Бекіре үшін айыппұл",
    "Бекіре балығын заңсыз аулағаны үшін салынатын айыппұлды көбейту керек, қазіргі сома браконьерлерді "
    "тоқтатпайды."),
  P("EM32b","kk","Бекіре үшін айыппұл",
    "Бекіре балығын заңсыз аулағаны үшін салынатын айыппұлды азайту керек, ауға кездейсоқ түскен балық "
    "үшін қарапайым балықшылар қатты жазаланып жүр."))
case("trap-polarity",
  P("EM33a","ru","Льгота на воду для пенсионеров",
    "Сейчас пенсионеры Актау платят за опреснённую воду на треть меньше, а тариф растёт каждый год. Льгота обходится городскому бюджету в сотни миллионов тенге. "
    "Льготный тариф на воду для пенсионеров Актау нужно сохранить."),
  P("EM33b","ru","Льгота на воду для пенсионеров",
    "Сейчас пенсионеры Актау платят за опреснённую воду на треть меньше, а тариф растёт каждый год. Льгота обходится городскому бюджету в сотни миллионов тенге. "
    "Льготный тариф на воду для пенсионеров Актау нужно отменить, а помогать адресно малоимущим."))
case("trap-polarity",
  P("EM34a","ru","Суда Кашагана и тюлени",
    "Зимой на льду северного Каспия тюлени выводят детёнышей, и через этот же лёд идут суда. Кашаган работает круглый год. "
    "Суда, обслуживающие Кашаган, в январе–марте обязаны обходить лежбища тюленей на льду."),
  P("EM34b","ru","Суда Кашагана и тюлени",
    "Зимой на льду северного Каспия тюлени выводят детёнышей, и через этот же лёд идут суда. Кашаган работает круглый год. "
    "Суда, обслуживающие Кашаган, в январе–марте не обязаны обходить лежбища тюленей на льду, если идут "
    "по согласованному коридору."))
case("trap-polarity",
  P("EM35a","ru","Плата за въезд на Устюрт",
    "Увеличить плату за въезд в Устюртский заповедник для иностранных туристов, чтобы было на что "
    "содержать инспекторов."),
  P("EM35b","ru","Плата за въезд на Устюрт",
    "Снизить плату за въезд в Устюртский заповедник для иностранных туристов, чтобы их приезжало больше."))
case("trap-polarity",
  P("EM36a","en","Black caviar at bazaars",
    "Ban selling black caviar at Atyrau bazaars, even with papers: poached caviar hides behind legal "
    "labels."),
  P("EM36b","en","Black caviar at bazaars",
    "Allow selling black caviar at Atyrau bazaars when it has papers from a licensed fish farm, so that "
    "poached caviar is pushed out."))
case("trap-polarity",
  P("EM37a","en","Kenderli resort zone",
    "The Kenderli resort zone should be expanded with new hotels along the coast; it would bring jobs to "
    "Zhanaozen."),
  P("EM37b","en","Kenderli resort zone",
    "The Kenderli resort zone should not be expanded with new hotels along the coast; the dunes and "
    "nesting birds need that space."))

# ---------------- number traps (same ask, another number)
case("trap-number",
  P("EM38a","kk","Тегін ауыз су",
    "Су құбыры жоқ ауылдарға тегін ауыз су – адам басына тәулігіне 10 литр."),
  P("EM38b","kk","Тегін ауыз су",
    "Су құбыры жоқ ауылдарға тегін ауыз су – адам басына тәулігіне жиырма бес литр."))
case("trap-number",
  P("EM39a","ru","Цена автогаза в Жанаозене",
    "Автогаз в Жанаозене снова дорожает, а для многих семей машина – единственный способ добраться до "
    "работы. Сейчас литр стоит около 120 тенге. Закрепить розничную цену сжиженного газа в Жанаозене на уровне 60 тенге за литр."),
  P("EM39b","ru","Цена автогаза в Жанаозене",
    "Автогаз в Жанаозене снова дорожает, а для многих семей машина – единственный способ добраться до "
    "работы. Сейчас литр стоит около 120 тенге. Закрепить розничную цену сжиженного газа в Жанаозене на уровне 90 тенге за литр."))
case("trap-number",
  P("EM40a","en","Late wages at Tengiz subcontractors",
    "Workers at some Tengiz subcontractors wait two or three months for their pay, and the same firms win "
    "new work. Some families have already left Kulsary because of it. Subcontractors at Tengiz who pay wages more than 10 days late should be barred from new tenders."),
  P("EM40b","en","Late wages at Tengiz subcontractors",
    "Workers at some Tengiz subcontractors wait two or three months for their pay, and the same firms win "
    "new work. Some families have already left Kulsary because of it. Subcontractors at Tengiz who pay wages more than 30 days late should be barred from new tenders."))
case("trap-number",
  P("EM41a","en","Pollution fines to the districts",
    "Oil companies pay large environmental fines every year, but Kulsary and Zhylyoi district see none of "
    "that money, though they pay for the clean-up. Districts also lose grazing land. Send 20% of the environmental fines paid by oil companies to the budgets of the districts where the "
    "pollution happened."),
  P("EM41b","en","Pollution fines to the districts",
    "Oil companies pay large environmental fines every year, but Kulsary and Zhylyoi district see none of "
    "that money, though they pay for the clean-up. Districts also lose grazing land. Send 50% of the environmental fines paid by oil companies to the budgets of the districts where the "
    "pollution happened."))

# ---------------- distinct: same topic, different asks, or the same ask for another town
case("distinct",
  P("EM42a","kk","Бозжыраға жол белгілері",
    "Шетпеден Бозжыраға баратын дала жолына бағыт көрсеткіштерін қою керек, туристер адасып қалады."),
  P("EM42b","kk","Бозжырада дәретхана мен қоқыс жәшіктері",
    "Бозжыраның көрікті алаңына дәретхана мен қоқыс жәшіктерін орнату."))
case("distinct",
  P("EM43a","ru","Детский бассейн в Кульсары",
    "Построить в Кульсары крытый бассейн для детей."),
  P("EM43b","ru","Детский бассейн в Бейнеу",
    "Построить в Бейнеу крытый бассейн для детей."))
case("distinct",
  P("EM44a","kk","Түйе жүнін қабылдау пункті",
    "Шетпеде түйе жүнін әділ бағамен қабылдайтын пункт ашылсын, қазір жүн далаға тасталады."),
  P("EM44b","ru","Корм для верблюдов зимой",
    "Субсидировать зимний корм для верблюдов в Мангистауской области: в снежные зимы животные гибнут от "
    "бескормицы."))
case("distinct",
  P("EM45a","ru","Уровень Каспия – открытые данные",
    "Публиковать ежемесячные данные гидропостов об уровне Каспия у Актау, Курыка и Форт-Шевченко."),
  P("EM45b","en","Longer pier for Fort-Shevchenko fishermen",
    "The sea has retreated from the Fort-Shevchenko pier; extend it so fishing boats can moor again."))
case("distinct",
  P("EM46a","kk","Итбалықтарға оңалту орталығы",
    "Ақтауда жараланған итбалық күшіктерін емдейтін оңалту орталығын ашу."),
  P("EM46b","en","Satellite tags for Caspian seals",
    "Fit satellite tags to 50 Caspian seals, together with a local NGO, to find out where and why they die."))
