# An eighth forum, "Balqash" (held out entirely): written BLIND for issue 9's sixth pass, before and
# without seeing the merge rules (src/recbook/merge/), docs/decisions.md, the README's "Merge quality"
# section, tests/test_merge*, or any dedupe score, and to be run ONCE at the end, as an outside
# measure of the sixth pass. Only make_eval.py and the headers of the other forums were read (for
# the format and to avoid their topics).
# Voice: a MIX, as a compiled recommendations book has it: LONG texts (2-5 sentences: context and
# justification then the ask, or the ask then the reason, often with an addressee and a timeframe)
# next to SHORT cards (a title and one line). kk/ru/en roughly a third each.
# Topics the other forums do not use: libraries as co-working spaces, school-bus safety, paid leave
# for blood donors, digital archives of local history, pet chipping, dementia day care, night-club
# noise, pesticide spraying and beekeepers, snow removal in courtyards, tree-felling permits,
# pensioners selling garden produce, playground inspections, betting adverts, newborn hearing
# screening, worn-out lifts, night pharmacies, bus-station toilets, mobile vets, microloans for
# rural women, intensive-care visits, rural bus shelters, drinking fountains, cell-broadcast
# alerts, water in rural schools, heat breaks for outdoor workers, Kazakh subtitles in cinemas,
# defibrillators, pets on buses, beekeeping subsidies, courtyard parking, paper medical records,
# parking on lawns, phones at school, earthquake insurance, heating season, energy drinks,
# ambulance times, Balkhash fishing, ice rinks, ...
# Kinds: exact, spelling and homoglyph variants; same-language paraphrases (long texts with other
# context sentences, synonyms, nominal vs verbal style, reordering, digits vs words; some short
# cards); cross-language pairs with NO translation supplied (kk/ru, kk/en, ru/en, one kk/ru/en
# triple); opposite-meaning traps in en (mandatory vs voluntary, should vs should not), kk (allow
# vs prohibit, increase vs reduce, -уы керек vs -мауы керек) and ru (keep vs abolish, increase vs
# reduce, mandatory vs voluntary) with shared context; number traps (days, per cent, tenge, ages,
# minutes); look-alikes that differ by ONE word (a profession, an object, a city) and look-alikes
# on one topic with different asks.
# Generate: python bench/data/make_eval.py bench/data/forum_balqash_cases.py bench/data/forum_balqash.yaml

# ---------------- exact, spelling and homoglyph variants
_B01 = ("Районные и сельские библиотеки днём почти пустуют, а молодым предпринимателям, фрилансерам и "
        "студентам-заочникам негде работать с ноутбуком: в кафе дорого, а дома нет стабильного интернета. "
        "Рабочая группа предлагает акиматам областей до конца 2027 года оборудовать в каждой центральной "
        "районной библиотеке бесплатное коворкинг-пространство с быстрым интернетом, розетками и "
        "переговорной комнатой, открытое до 21:00.")
case("exact",
  P("BQ01a","ru","Библиотеки как коворкинги", _B01),
  P("BQ01b","ru","Коворкинг в районной библиотеке", _B01))
case("spelling",
  P("BQ02a","en","Safe school buses",
    "In many rural districts children are taken to school in old buses without seat belts, often "
    "overloaded, and with no adult on board except the driver. Last winter two school buses slid off the "
    "road in Abai region. The group calls on the Ministry of Education and the regional akimats to ensure "
    "that by September 2027 every school bus has seat belts for each seat, a GPS tracker and an adult "
    "escort who is responsible for the children during the trip."),
  P("BQ02b","en","Safe school busses",
    "In many rural districts childen are taken to school in old buses without seat belts, often "
    "overloded, and with no adult on bord except the driver. Last winter two school busses slid off the "
    "road in Abai region. The group calls on the Ministry of Educaton and the regional akimats to ensure "
    "that by September 2027 every school bus has seat-belts for each seat, a GPS tracker and an adult "
    "escort who is responsable for the children during the trip."))
case("spelling",
  P("BQ03a","kk","Қан донорларына демалыс күні",
    "Қан тапсырған күні қызметкерге жұмыс беруші жалақысы сақталатын қосымша демалыс күнін беруге міндетті."),
  P("BQ03b","kk","Қан донорларына демалыс күні",
    "Қан тапсырған күні қызметкерге жұмыс берші жалақсы сақталатын қосымша демлаыс күнін беруге міндеті."))
_B04 = ("Аудандық мұражайлар мен мұрағаттарда сақталған ескі фотосуреттер, хаттар мен жергілікті газеттердің "
        "тігінділері тозып, жойылып барады, ал оларды көргісі келетін жастар мен өлкетанушылар бұл "
        "материалдарға қол жеткізе алмайды. Жұмыс тобы Мәдениет және ақпарат министрлігіне 2028 жылға "
        "дейін әр ауданның өлкетану қорын цифрландырып, оны барлығына тегін қолжетімді бірыңғай "
        "онлайн-мұрағатқа жүктеуді ұсынады.")
case("homoglyph",
  P("BQ04a","kk","Өлкетанудың цифрлық мұрағаты", _B04),
  P("BQ04b","kk",homo("Өлкетанудың цифрлық мұрағаты", 3), homo(_B04, 2)))
_B05 = "Бесплатно чипировать собак и кошек при их регистрации в ЦОНе до конца 2027 года."
case("homoglyph",
  P("BQ05a","ru","Регистрация домашних животных", _B05),
  P("BQ05b","ru",homo("Регистрация домашних животных", 2), homo(_B05, 3)))

# ---------------- paraphrases, one language each (long texts first, then short cards)
case("paraphrase",
  P("BQ10a","en","Day care for people with dementia",
    "Families caring for a relative with dementia, usually a daughter or a wife, often have to give up "
    "their jobs because there is nowhere to leave the person during the day. Nursing homes take only "
    "those who have lost all independence. The group recommends that the Ministry of Labour and Social "
    "Protection open day-care centres for people with dementia in every regional centre by 2028, funded "
    "through the state social order."),
  P("BQ10b","en","Daytime dementia centres",
    "We ask the Ministry of Labour and Social Protection to fund, through state social contracts, daytime "
    "care centres for people living with dementia in each regional capital by 2028. At present relatives, "
    "most often women, have to leave work to look after them, since residential homes accept only fully "
    "dependent patients."))
case("paraphrase",
  P("BQ11a","ru","Шум от ночных клубов",
    "Жители домов рядом с ночными клубами и барами месяцами не могут спать: музыка звучит до утра, а "
    "полиция приезжает на вызов через час, когда шум уже стих, и составить протокол нельзя. Рабочая "
    "группа просит Министерство внутренних дел обязать полицию измерять уровень шума шумомером по "
    "первому вызову и лишать заведение лицензии после трёх зафиксированных нарушений за год."),
  P("BQ11b","ru","Ночная тишина рядом с барами",
    "Необходимо, чтобы участковые инспекторы выезжали на жалобы о ночном шуме с шумомером и фиксировали "
    "превышение на месте, а заведение, трижды в течение года нарушившее режим тишины, лишалось лицензии. "
    "Сегодня жалобы жителей соседних домов на клубы остаются без последствий: к приезду наряда музыку "
    "делают тише. С этим предложением обращаемся в МВД."))
case("paraphrase",
  P("BQ12a","kk","Химиялық өңдеу туралы омарташыларға хабарлау",
    "Соңғы екі жылда Жетісу және Түркістан облыстарында егістікке улы химикат шашылғаннан кейін мыңдаған "
    "ара ұясы қырылды, ал омарташылар бұл туралы алдын ала білмеген. Жұмыс тобы Ауыл шаруашылығы "
    "министрлігіне өсімдіктерді химиялық өңдейтін шаруашылықтарды өңдеуге кемінде үш күн қалғанда жақын "
    "маңдағы омарташыларға хабарлауға міндеттеуді ұсынады."),
  P("BQ12b","kk","Пестицид шашу және ара шаруашылығы",
    "Егіс алқаптарын пестицидпен өңдеу туралы маңайдағы ара өсірушілерге 3 күн бұрын хабар беру міндетті "
    "болуы тиіс. Қазір шаруа қожалықтары өңдеу уақытын ешкімге айтпайды, соның салдарынан омарталардағы "
    "аралар жаппай қырылып, ара өсірушілер үлкен шығынға батады. Бұл талапты Ауыл шаруашылығы "
    "министрлігі бекітуі қажет."))
case("paraphrase",
  P("BQ13a","ru","Уборка снега во дворах",
    "В микрорайонах зимой снег убирают только с магистральных улиц, а дворы и внутриквартальные проезды "
    "неделями остаются непроходимыми, и скорая помощь не может подъехать к подъездам. Предлагаем акиматам "
    "городов включить дворовые территории многоэтажных домов в городской план снегоуборки и установить "
    "срок их расчистки — не позднее 24 часов после окончания снегопада."),
  P("BQ13b","ru","Расчистка дворов после снегопада",
    "Расчищать дворы и проезды между многоквартирными домами в течение суток после снегопада должен "
    "город, а не сами жители. Сейчас коммунальные службы чистят лишь крупные улицы, и к домам в "
    "микрорайонах не может проехать даже карета скорой помощи. Просим городские акиматы закрепить это в "
    "планах зимнего содержания."))
case("paraphrase",
  P("BQ14a","en","Tree-felling permits online",
    "Mature trees along city streets are cut down for road widening and new buildings, and residents "
    "learn about it only when the chainsaws arrive. The group asks city akimats to publish every "
    "tree-felling permit online at least 30 days before the felling, with the number of trees, the reason "
    "and the planned replacement planting, so that residents can object."),
  P("BQ14b","en","Let residents challenge tree removal",
    "Residents should be able to challenge the removal of street trees before it happens. To make this "
    "possible, each city akimat should put all permits to cut trees on its website a month in advance, "
    "showing how many trees will be felled, why, and what will be planted instead. Today people find out "
    "only when the trees are already gone."))
case("paraphrase",
  P("BQ15a","kk","Зейнеткерлерге сауда орны",
    "Қалаларда бау-бақшасында өсірген көкөніс пен жемісті сататын қарт адамдарды полиция мен әкімдік "
    "қызметкерлері көшеден қуып, айыппұл салады, ал базардағы орынға ақы төлеуге олардың қалтасы "
    "көтермейді. Жұмыс тобы қала әкімдіктеріне әр ауданда зейнеткерлер өз өнімін тегін сата алатын "
    "арнайы сауда орындарын белгілеуді ұсынады."),
  P("BQ15b","kk","Бақша өнімін сатуға тегін орын",
    "Зейнеткерлерге өз бақшасында өсірген өнімін ақысыз сатуға арналған орындар әр аудан сайын бөлінсін. "
    "Бүгінде олар көшеде саудалағаны үшін айыппұл төлейді, ал базардан орын жалдау қымбат. Бұл мәселені "
    "шешу қала әкімдіктерінің құзырында."))
case("paraphrase",
  P("BQ16a","en","Replacing worn-out lifts",
    "In many nine-storey blocks built in the 1970s and 1980s the lifts have long passed their service "
    "life and regularly break down, leaving elderly and disabled residents trapped in their flats. "
    "Owners' associations cannot afford replacement on their own. The group recommends that the Ministry "
    "of Industry and Construction launch a programme in which the state pays 70 per cent of the cost of "
    "replacing worn-out lifts and residents repay the rest interest-free over ten years."),
  P("BQ16b","en","State co-funding for old lifts",
    "The state should cover seventy percent of the cost of replacing lifts that have exceeded their "
    "service life in old apartment buildings, with residents paying back the remaining share over 10 "
    "years without interest. Breakdowns of these lifts keep older and disabled people locked in their "
    "homes, and condominiums do not have the money to do the work themselves. We ask the Ministry of "
    "Industry and Construction to set up such a programme."))
case("paraphrase",
  P("BQ17a","kk","Аудан орталығында түнгі дәріхана",
    "Көптеген аудан орталықтарында түнде бірде-бір дәріхана жұмыс істемейді, сондықтан кешке бала "
    "ауырып қалса немесе қарт адамның қан қысымы көтерілсе, қажетті дәріні табу мүмкін емес. Жұмыс тобы "
    "Денсаулық сақтау министрлігі мен аудан әкімдіктеріне әр аудан орталығында кемінде бір дәріхананың "
    "тәулік бойы жұмыс істеуін қамтамасыз етуді ұсынады."),
  P("BQ17b","kk","Тәулік бойы ашық дәріхана",
    "Әр аудан орталығында тәулік бойы ашық тұратын ең болмағанда бір дәріхана болуы керек. Қазір түнгі "
    "уақытта дәрі керек болса, ата-аналар облыс орталығына дейін жүз шақырым жол жүруге мәжбүр. "
    "Денсаулық сақтау министрлігі мен жергілікті әкімдіктерден осы мәселені шешуді сұраймыз."))
case("paraphrase",
  P("BQ18a","ru","Туалеты на автовокзалах",
    "На большинстве автовокзалов и автостанций в регионах туалеты платные, грязные или вовсе закрыты, "
    "хотя пассажиры междугородних автобусов проводят там часы в ожидании. Рабочая группа предлагает "
    "Министерству транспорта включить в требования к автовокзалам наличие бесплатного, чистого и "
    "доступного для людей на колясках туалета."),
  P("BQ18b","ru","Бесплатный санузел для пассажиров",
    "Просим Министерство транспорта установить обязательное требование: на каждом автовокзале и "
    "автостанции должен быть бесплатный санузел, содержащийся в чистоте и приспособленный для "
    "пользователей инвалидных колясок. Пассажиры междугородних рейсов подолгу ждут отправления, а "
    "туалеты там сейчас либо платные, либо в антисанитарном состоянии, либо закрыты."))
case("paraphrase",
  P("BQ19a","ru","Безопасность детских площадок",
    "Ежегодно проверять все детские площадки на безопасность оборудования и публиковать результаты."),
  P("BQ19b","ru","Проверка игровых площадок",
    "Раз в год проводить проверку оборудования детских игровых площадок и размещать её итоги в открытом доступе."))
case("paraphrase",
  P("BQ20a","en","Ban on betting adverts",
    "Prohibit advertising of betting shops and online casinos on television, billboards and social media."),
  P("BQ20b","en","No gambling advertising",
    "Outlaw all promotion of bookmakers and online gambling on TV, outdoor hoardings and social networks."))
case("paraphrase",
  P("BQ21a","kk","Жаңа туған нәрестелердің есту қабілетін тексеру",
    "Барлық перзентханаларда әр нәрестенің есту қабілеті өмірінің алғашқы күндерінде тексерілсін."),
  P("BQ21b","kk","Нәрестелердің аудиологиялық скринингі",
    "Перзентханадан шығар алдында әрбір жаңа туған баланы есту скринингінен өткізу міндетті болсын."))

# ---------------- cross-language pairs, NO translation supplied
case("cross",
  P("BQ30a","kk","Жылжымалы ветеринарлық қызмет",
    "Шалғай ауылдарда ветеринар дәрігер жоқтың қасы: мал ауырса, шаруалар аудан орталығынан маманды "
    "күндеп күтеді, ал кейбірі малды өздері емдеп, дәріні дұрыс қолданбайды. Жұмыс тобы Ауыл "
    "шаруашылығы министрлігіне әр ауданда қажетті жабдығы бар жылжымалы ветеринарлық бригада құрып, оның "
    "шалғай ауылдарды кесте бойынша аптасына кемінде бір рет аралауын қамтамасыз етуді ұсынады."),
  P("BQ30b","ru","Выездной ветеринар для сёл",
    "Предлагаем Министерству сельского хозяйства создать в каждом районе выездную ветеринарную службу — "
    "оснащённую машину с врачом, которая по графику не реже раза в неделю объезжает отдалённые сёла. "
    "Сейчас в таких сёлах ветеринара нет, владельцы скота ждут специалиста из райцентра по нескольку "
    "дней или лечат животных сами, неправильно применяя препараты."))
case("cross",
  P("BQ31a","kk","Ауыл әйелдеріне шағын несие",
    "Ауылдағы әйелдердің көбі тігін цехы, наубайхана немесе сүт өңдеу сияқты шағын кәсіп ашқысы келеді, "
    "бірақ банктер кепілсіз несие бермейді. Жұмыс тобы «Даму» қорына ауылдық жерлердегі әйелдерге "
    "кепілсіз, жылдық 5 пайыздан аспайтын мөлшерлемемен 5 миллион теңгеге дейін шағын несие беретін "
    "арнайы бағдарлама ашуды ұсынады."),
  P("BQ31b","en","Microloans for rural women",
    "We recommend that the Damu Fund launch a dedicated programme of collateral-free microloans of up to "
    "5 million tenge, at no more than 5% a year, for women in rural areas. Many village women want to "
    "start small businesses such as bakeries, sewing workshops or dairy processing, but banks turn them "
    "down because they have nothing to pledge."))
case("cross",
  P("BQ32a","ru","Посещение реанимации",
    "В большинстве больниц родственников не пускают в отделения реанимации, и пациенты, в том числе дети, "
    "остаются одни в самые тяжёлые дни, а близкие узнают об их состоянии только по телефону. Рабочая "
    "группа просит Министерство здравоохранения утвердить правила, разрешающие близким родственникам "
    "ежедневно посещать пациентов в реанимации, за исключением времени срочных медицинских процедур."),
  P("BQ32b","en","Family visits in intensive care",
    "Close relatives should be allowed to visit patients in intensive care every day, except during "
    "urgent procedures. At present most hospitals keep families out of intensive care units altogether, "
    "so seriously ill people, children included, spend their hardest days alone. We call on the Ministry "
    "of Health to adopt rules guaranteeing such daily visits."))
case("cross",
  P("BQ33a","kk","Ауылдық аялдамаларға павильон",
    "Ауылдардағы және ауыл аралық жолдардағы барлық автобус аялдамаларына шатыры мен орындығы бар жабық "
    "павильон орнатылсын."),
  P("BQ33b","ru","Павильоны на сельских остановках",
    "Установить крытые павильоны со скамейками на всех автобусных остановках в сёлах и на дорогах между сёлами."))
case("cross",
  P("BQ34a","kk","Зейнеткерлерге тегін жол жүру",
    "Қалалық қоғамдық көлікте зейнеткерлер үшін жол ақысын толық алып тастау."),
  P("BQ34b","en","Free rides for pensioners",
    "Pensioners should travel free of charge on all city public transport."))
case("cross",
  P("BQ35a","ru","Питьевые фонтанчики",
    "Установить бесплатные питьевые фонтанчики в городских парках и на площадях."),
  P("BQ35b","en","Drinking water in parks",
    "Put free public drinking-water fountains in city parks and squares."))
case("cross",
  P("BQ36a","kk","Ұялы телефонға жаппай ескерту",
    "Су тасқыны, жер сілкінісі немесе дала өрті кезінде тұрғындарға ескерту көбінесе кеш жетеді: "
    "сиреналар барлық ауылда естілмейді, ал әлеуметтік желідегі хабарламаларды бәрі бірдей оқымайды. "
    "Жұмыс тобы Төтенше жағдайлар министрлігіне ұялы байланыс операторларымен бірге қауіпті аймақтағы "
    "барлық телефондарға дереу келетін жаппай ескерту жүйесін 2027 жылдың соңына дейін іске қосуды "
    "ұсынады."),
  P("BQ36b","ru","Экстренное оповещение на мобильные телефоны",
    "Предлагаем МЧС совместно с операторами сотовой связи до конца 2027 года запустить систему "
    "экстренного оповещения, при которой сообщение об угрозе автоматически приходит на все мобильные "
    "телефоны, находящиеся в опасной зоне. Сирены слышны не во всех сёлах, а публикации в соцсетях "
    "доходят не до всех, поэтому при паводках, землетрясениях и степных пожарах люди узнают об опасности "
    "слишком поздно."),
  P("BQ36c","en","Emergency alerts to every phone",
    "Warnings of floods, earthquakes and steppe fires reach people too late: sirens are not heard in "
    "every village and not everyone follows official social-media pages. The Ministry of Emergency "
    "Situations and mobile operators should set up, by the end of 2027, an alert system that instantly "
    "pushes a warning to every mobile phone in the danger zone."))
case("cross",
  P("BQ37a","kk","Ауыл мектептеріне таза су",
    "Кейбір ауыл мектептерінде әлі күнге дейін орталықтандырылған су құбыры жоқ, балалар тасып әкелінген "
    "суды ішеді, ал дәретхана ауланың түкпірінде орналасқан. Жұмыс тобы Оқу-ағарту министрлігі мен облыс "
    "әкімдіктеріне 2028 жылға дейін барлық ауыл мектептерін таза ауыз суға қосып, ғимараттың ішінде жылы "
    "дәретхана салуды ұсынады."),
  P("BQ37b","ru","Водопровод и тёплые туалеты в сельских школах",
    "До 2028 года все сельские школы должны получить водопровод с чистой питьевой водой и тёплые туалеты "
    "внутри здания. Мы обращаемся с этим к Министерству просвещения и акиматам областей: в ряде сёл дети "
    "до сих пор пьют привозную воду, а уборная находится на улице в конце двора."))
case("cross",
  P("BQ38a","ru","Перерывы в жару для уличных работников",
    "Летом строители, дворники и курьеры работают на улице при температуре выше сорока градусов, и "
    "каждый год фиксируются случаи теплового удара. Рабочая группа предлагает Министерству труда внести "
    "в Трудовой кодекс обязанность работодателя при жаре свыше +35 °C предоставлять работающим на "
    "открытом воздухе оплачиваемые перерывы в тени и питьевую воду, а в самые жаркие часы переносить "
    "работы на другое время."),
  P("BQ38b","en","Heat protection for outdoor workers",
    "When the temperature rises above 35 °C, employers should be required by the Labour Code to give "
    "outdoor workers paid breaks in the shade and drinking water, and to move work away from the hottest "
    "hours. Builders, street cleaners and couriers work through summer heat of over forty degrees, and "
    "heatstroke cases are reported every year. We ask the Ministry of Labour to propose this amendment."))
case("cross",
  P("BQ39a","kk","Шетел фильмдеріне қазақша субтитр",
    "Кинотеатрларда көрсетілетін шетел фильмдерінің басым бөлігі тек орыс тілінде жүреді, қазақ "
    "тіліндегі нұсқасы аптасына бір-екі рет қана қойылады немесе мүлде болмайды. Жұмыс тобы Мәдениет "
    "және ақпарат министрлігіне прокатқа шығатын әрбір шетел фильміне қазақша субтитр дайындауды "
    "міндеттеп, оның шығынын ішінара мемлекет есебінен өтеуді ұсынады."),
  P("BQ39b","en","Kazakh subtitles for foreign films",
    "Every foreign film released in cinemas should come with Kazakh subtitles, which the distributor "
    "would be obliged to prepare, with the state covering part of the cost. Today most foreign films are "
    "shown only in Russian, and Kazakh versions, where they exist at all, get one or two screenings a "
    "week. We address this to the Ministry of Culture and Information."))

# ---------------- opposite-meaning traps: must NEVER merge
_T50 = ("Sudden cardiac arrest kills people in shopping centres, stations and sports halls because an "
        "ambulance cannot arrive within the few minutes that matter. ")
case("trap-polarity",
  P("BQ50a","en","Defibrillators in public places", _T50 +
    "The group recommends making it mandatory for shopping centres, railway and bus stations and sports "
    "facilities to install an automated external defibrillator and train staff to use it."),
  P("BQ50b","en","Defibrillators in public places", _T50 +
    "The group recommends that installing an automated external defibrillator and training staff to use "
    "it remain voluntary for shopping centres, railway and bus stations and sports facilities, with the "
    "state only encouraging it."))
_T51 = ("Қазір қалалық автобустарда үй жануарларын тасымалдау тәртібі анықталмаған, жүргізушілер "
        "жолаушыларды итімен немесе мысығымен өз қалауынша түсіріп жібереді. ")
case("trap-polarity",
  P("BQ51a","kk","Қоғамдық көліктегі үй жануарлары", _T51 +
    "Жұмыс тобы қалалық автобустар мен метрода үй жануарларын арнайы тасымалдағышта немесе тұмылдырық "
    "пен қарғыбаумен тасымалдауға рұқсат беруді ұсынады."),
  P("BQ51b","kk","Қоғамдық көліктегі үй жануарлары", _T51 +
    "Жұмыс тобы қалалық автобустар мен метрода үй жануарларын, соның ішінде тасымалдағыштағыларын да, "
    "тасымалдауға тыйым салуды ұсынады."))
case("trap-polarity",
  P("BQ52a","kk","Ара шаруашылығына субсидия",
    "Елімізде бал өндірісі соңғы жылдары төмендеп келеді, ал омарташылар ара ұяларын, жем мен дәрі-"
    "дәрмекті өз қаржысына сатып алады. Жұмыс тобы Ауыл шаруашылығы министрлігіне әр ара ұясына "
    "берілетін мемлекеттік субсидия мөлшерін ұлғайтуды ұсынады."),
  P("BQ52b","kk","Ара шаруашылығына субсидия",
    "Елімізде бал өндірісі соңғы жылдары төмендеп келеді, ал әр ара ұясына берілетін субсидия көбіне "
    "қағаз жүзінде ғана бар омарталарға төленеді. Жұмыс тобы Ауыл шаруашылығы министрлігіне әр ара "
    "ұясына берілетін мемлекеттік субсидия мөлшерін азайтуды ұсынады."))
_T53 = ("Көп пәтерлі үйлердің аулаларында көлік қоятын орын жетіспейді, тұрғындар бір-бірімен жиі "
        "жанжалдасады. Жұмыс тобының пікірінше, аулалардағы автотұрақтар ")
case("trap-polarity",
  P("BQ53a","kk","Аулалардағы тұрақ", _T53 + "ақылы болуы керек."),
  P("BQ53b","kk","Аулалардағы тұрақ", _T53 + "ақылы болмауы керек."))
case("trap-polarity",
  P("BQ54a","ru","Бумажные медицинские карты",
    "После перехода поликлиник на электронные медицинские карты пожилые пациенты и жители сёл с плохим "
    "интернетом часто не могут получить свои данные. Рабочая группа предлагает сохранить бумажную "
    "амбулаторную карту наряду с электронной для всех пациентов, которые этого пожелают."),
  P("BQ54b","ru","Бумажные медицинские карты",
    "После перехода поликлиник на электронные медицинские карты врачи вынуждены вести одни и те же "
    "записи дважды — в компьютере и на бумаге. Рабочая группа предлагает полностью отменить бумажную "
    "амбулаторную карту и оставить только электронную."))
case("trap-polarity",
  P("BQ55a","ru","Штрафы за парковку на газонах",
    "Во дворах и на улицах автомобили всё чаще ставят прямо на газоны и под деревья, и озеленение гибнет. "
    "Рабочая группа предлагает увеличить штрафы за стоянку автомобилей на газонах и в зелёных зонах."),
  P("BQ55b","ru","Штрафы за парковку на газонах",
    "Во дворах не хватает парковочных мест, и автомобили ставят на газоны, а водителей штрафуют на суммы, "
    "сопоставимые с месячной пенсией. Рабочая группа предлагает снизить штрафы за стоянку автомобилей на "
    "газонах и в зелёных зонах."))
_T56 = ("Teachers say that pupils spend lessons and breaks on their phones, and parents worry about "
        "cyberbullying and gaming. ")
case("trap-polarity",
  P("BQ56a","en","Phones at school", _T56 +
    "Schools should collect pupils' mobile phones at the start of the school day and give them back after "
    "the last lesson."),
  P("BQ56b","en","Phones at school", _T56 +
    "Even so, schools should not collect pupils' mobile phones at the start of the school day: parents "
    "need to be able to reach their children."))
_T57 = ("Алматы и другие города юга находятся в зоне высокой сейсмической опасности, но большинство квартир "
        "не застраховано, и после сильного землетрясения восстанавливать жильё придётся за счёт бюджета. ")
case("trap-polarity",
  P("BQ57a","ru","Страхование жилья от землетрясений", _T57 +
    "Предлагаем сделать страхование жилья от землетрясений обязательным для всех собственников в "
    "сейсмоопасных районах."),
  P("BQ57b","ru","Страхование жилья от землетрясений", _T57 +
    "Предлагаем сохранить страхование жилья от землетрясений добровольным, а собственников, "
    "застраховавших жильё, поощрять налоговым вычетом."))

# ---------------- number traps: must NEVER merge
case("trap-number",
  P("BQ60a","ru","Начало отопительного сезона",
    "Включать отопление в многоквартирных домах, если среднесуточная температура воздуха держится ниже "
    "+8 °C в течение 3 дней подряд."),
  P("BQ60b","ru","Начало отопительного сезона",
    "Включать отопление в многоквартирных домах, если среднесуточная температура воздуха держится ниже "
    "+8 °C в течение 5 дней подряд."))
_N61 = ("Waiting lists for social housing include thousands of wheelchair users, yet almost none of the new "
        "municipal flats have wide doorways, level-access showers or lifts big enough for a wheelchair. "
        "The group asks city akimats to ensure that at least ")
case("trap-number",
  P("BQ61a","en","Accessible municipal housing", _N61 +
    "20% of new municipal rental flats are fully adapted for wheelchair users."),
  P("BQ61b","en","Accessible municipal housing", _N61 +
    "5% of new municipal rental flats are fully adapted for wheelchair users."))
case("trap-number",
  P("BQ62a","kk","Көпбалалы отбасыларға коммуналдық көмек",
    "Төрт және одан да көп баласы бар отбасыларға коммуналдық қызметтер ақысын төлеуге айына 10 000 "
    "теңге көмек төленсін."),
  P("BQ62b","kk","Көпбалалы отбасыларға коммуналдық көмек",
    "Төрт және одан да көп баласы бар отбасыларға коммуналдық қызметтер ақысын төлеуге айына 25 000 "
    "теңге көмек төленсін."))
case("trap-number",
  P("BQ63a","kk","Энергетикалық сусындар",
    "Энергетикалық сусындарды 18 жасқа толмаған адамдарға сатуға тыйым салынсын."),
  P("BQ63b","kk","Энергетикалық сусындар",
    "Энергетикалық сусындарды 16 жасқа толмаған адамдарға сатуға тыйым салынсын."))
case("trap-number",
  P("BQ64a","en","Ambulance response in villages",
    "In rural areas an ambulance should reach an emergency call within 30 minutes, and akimats should "
    "report every month how often this target is missed."),
  P("BQ64b","en","Ambulance response in villages",
    "In rural areas an ambulance should reach an emergency call within 60 minutes, and akimats should "
    "report every month how often this target is missed."))

# ---------------- distinct look-alikes: different asks
case("distinct",
  P("BQ70a","ru","Служебное жильё для молодых врачей",
    "Предоставлять служебное жильё молодым врачам, которые едут работать в сельскую местность, на весь "
    "срок их отработки."),
  P("BQ70b","ru","Служебное жильё для молодых учителей",
    "Предоставлять служебное жильё молодым учителям, которые едут работать в сельскую местность, на весь "
    "срок их отработки."), note="one word: the profession")
case("distinct",
  P("BQ71a","en","Ramps at polling stations",
    "Install a permanent wheelchair ramp at the entrance of every polling station."),
  P("BQ71b","en","Ramps at post offices",
    "Install a permanent wheelchair ramp at the entrance of every post office."), note="one word: the place")
case("distinct",
  P("BQ72a","kk","Балқашта онкологиялық орталық",
    "Балқаш қаласында онкологиялық диспансердің филиалын ашып, сәулелік терапия жабдығын орнату қажет: "
    "қазір науқастар емделу үшін Қарағандыға барады."),
  P("BQ72b","kk","Жезқазғанда онкологиялық орталық",
    "Жезқазған қаласында онкологиялық диспансердің филиалын ашып, сәулелік терапия жабдығын орнату қажет: "
    "қазір науқастар емделу үшін Қарағандыға барады."), note="one word: the city")
case("distinct",
  P("BQ73a","en","Mobile blood collection in district towns",
    "Blood centres exist only in regional capitals, so people in district towns who would gladly donate "
    "never get the chance, while hospitals regularly run short of rare blood groups. The group asks the "
    "Ministry of Health to equip mobile blood collection buses that visit every district centre at least "
    "once a quarter."),
  P("BQ73b","en","A national register of blood donors",
    "Hospitals regularly run short of rare blood groups, yet there is no single list of people willing to "
    "donate. The group asks the Ministry of Health to create a national online register of voluntary "
    "blood donors that sends them a text message when their blood group is urgently needed nearby."),
  note="one topic, different asks")
case("distinct",
  P("BQ74a","kk","Қалаға арборист қызметі",
    "Қала көшелеріндегі ағаштарды коммуналдық қызметкерлер дұрыс кеспейді, соның салдарынан ағаштар "
    "қурап, желде құлап, көліктер мен адамдарға зиян келтіреді. Жұмыс тобы облыс орталықтарының "
    "әкімдіктеріне ағаштарды күтумен кәсіби түрде айналысатын арнайы арборист қызметін құруды ұсынады."),
  P("BQ74b","kk","Құрғақшылыққа төзімді ағаштар",
    "Соңғы жылдары қалаларда отырғызылған көшеттердің жартысынан көбі алғашқы жазда-ақ қурап қалады, "
    "өйткені олар ыстық пен су тапшылығына бейімделмеген. Жұмыс тобы әкімдіктерге көгалдандыру кезінде "
    "тек жергілікті климатқа бейім, құрғақшылыққа төзімді ағаш түрлерін отырғызуды ұсынады."),
  note="one topic, different asks")
case("distinct",
  P("BQ75a","ru","Квоты для местных рыбаков",
    "Жители прибрежных сёл Балхаша веками жили рыбной ловлей, но сегодня почти все участки озера "
    "закреплены за крупными компаниями, и местным рыбакам остаётся только браконьерствовать. Предлагаем "
    "Министерству экологии резервировать не менее трети квоты на вылов рыбы в озере для жителей "
    "прибрежных сёл."),
  P("BQ75b","ru","Переработка рыбы на Балхаше",
    "Рыбу, выловленную в озере Балхаш, везут на переработку в другие области, и прибрежные сёла теряют "
    "рабочие места. Предлагаем акимату области вместе с инвесторами построить в городе Балхаше "
    "рыбоперерабатывающий завод с холодильным складом."),
  note="one topic, different asks")
case("distinct",
  P("BQ76a","kk","Ауыл мектептеріне логопед",
    "Әр ауыл мектебінің штатына логопед лауазымын енгізу қажет."),
  P("BQ76b","kk","Ауыл мектептеріне психолог",
    "Әр ауыл мектебінің штатына психолог лауазымын енгізу қажет."), note="one word: the profession")
case("distinct",
  P("BQ77a","en","Indoor ice rink in Priozersk",
    "Build an indoor ice rink in Priozersk, free for children to use."),
  P("BQ77b","en","Indoor ice rink in Balkhash",
    "Build an indoor ice rink in Balkhash, free for children to use."), note="one word: the city")
