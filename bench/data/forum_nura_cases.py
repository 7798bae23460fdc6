# A tenth forum, "Nura" (held out entirely): written BLIND for issue 9's ninth pass, before and
# without seeing the merge rules (src/recbook/merge/), docs/decisions.md, README.md, the merge tests
# (tests/test_merge*), bench/partner_ranks.py, bench/dedupe_quality.py, bench/evaluate.py or any
# dedupe output or score, and to be run ONCE, as an outside measure of the ninth pass. Nothing here
# was tuned on a run. Only make_eval.py, the first ~60 lines of forum_ertis_cases.py (format), the
# header comments of the other forums (to avoid their topics) and /work/shared/design/KAZAKH.md
# were read.
# Voice: mostly LONG texts (2-5 sentences, context then ask or ask then reason, often with an
# addressee - Министерству ..., акиматам; министрлігіне, әкімдіктерге; the Ministry of ... - and
# sometimes a timeframe) next to SHORT cards (a title and one line), kk/ru/en about a third each,
# as NGOs and activists write working-group proposals. The setting is a Central Kazakhstan forum:
# Karaganda/Qaraghandy, Temirtau, Shakhtinsk, Saran, Zhezkazgan, Satpayev, Balkhash, the Nura river.
# Topics the other forums do not use: steelworks emissions monitoring in Temirtau, methane sensors
# in coal mines, miners' early pensions, lighting of the Karaganda-Temirtau road, greening of waste
# heaps, housing over mine workings, retraining of laid-off miners, compensation to families of
# killed miners, Karlag archives, museum and school lessons, mercury in the Nura, radon in schools,
# Balkhash lake-level data, flooded quarries, quarry blasting notices, occupational-disease
# recognition, SOS posts and speed cameras on the Zhezkazgan highway, a miners' helpline, gas
# connections for private houses, paid internships for mining colleges, ore-truck weighing and
# speed, a childhood asthma register, Begazy-Dandybai monuments, shift-worker buses, mine rescuers'
# pay, fatal-accident reports, mobile mammography, trade-union registration, ash-dump dust,
# pre-shift medical checks, a mining moratorium under Shakhtinsk, state grants for mining
# engineering, the Temirtau tram, swimming in the Samarkand reservoir, cars on the Balkhash shore,
# TB screening of miners, allowances for young specialists in single-industry towns, sinter-plant
# dust, building on the Balkhash shore, gas buses, pay supplements for nurses/teachers, water pipes.
# Kinds: exact, spelling (typos in key words) and homoglyph variants; 12 same-language paraphrase
# pairs, 4 per language (synonyms, other context sentences, nominal vs verbal style, reordering,
# digits vs words, "a month" vs "30 days", one text adding a detail or a deadline; seven long, five
# short cards); 12 cross-language cases with NO translation supplied (4 kk/ru, 3 kk/en, 3 ru/en,
# two kk/ru/en triples; "кемінде жартысын" = "не менее 50 %"); 8 opposite-meaning traps with shared
# context (en: mandatory vs voluntary, should vs should not, increase vs reduce; ru: keep vs
# abolish, allow vs ban; kk: allow vs ban, міндетті vs міндетті емес/ерікті, көбейту vs азайту);
# 4 number traps (km/h, per cent, metres, a deadline year); 5 distinct cases: look-alikes differing
# by one word (a profession, a city), an object look-alike of NU16 (speed cameras vs SOS posts) and
# two same-topic asks next to other cases (Karlag in the school curriculum; mercury blood tests
# next to the Nura clean-up).
# Generate: python bench/data/make_eval.py bench/data/forum_nura_cases.py bench/data/forum_nura.yaml

# ---------------- exact, spelling and homoglyph variants
_N01 = ("Металлургический комбинат в Темиртау остаётся главным источником выбросов в Карагандинской "
        "области, а жители левобережья годами жалуются на чёрный снег и запах сероводорода. Сейчас данные "
        "о выбросах комбинат сообщает сам и раз в квартал, поэтому проверить их невозможно. Рабочая группа "
        "предлагает Министерству экологии и природных ресурсов обязать предприятие установить "
        "автоматические системы мониторинга на всех организованных источниках выбросов и передавать "
        "показания в режиме реального времени на открытый портал, доступный каждому жителю.")
case("exact",
  P("NU01a","ru","Выбросы комбината в Темиртау", _N01),
  P("NU01b","ru","Онлайн-мониторинг выбросов металлургического комбината", _N01))
case("spelling",
  P("NU02a","en","Independent checks of methane sensors in coal mines",
    "The explosions at the Lenin and Kostenko mines showed that methane sensors underground were faulty "
    "or had been tampered with, and that nobody outside the company checked them. We recommend that the "
    "Ministry of Emergency Situations require an independent inspection of every methane sensor in the "
    "underground coal mines of Karaganda region at least once a quarter, and publish the inspection "
    "results on its website."),
  P("NU02b","en","Independent checks of methane sensers in coal mines",
    "The explosions at the Lenin and Kostenko mines showed that methane sensers underground were faulty "
    "or had been tamperd with, and that nobody outside the company checked them. We recomend that the "
    "Ministry of Emergency Situations require an independant inspection of every methane sensor in the "
    "underground coal mines of Karaganda region at least once a quater, and publish the inspection "
    "results on its websit."))
case("spelling",
  P("NU03a","kk","Жерасты жұмысындағы шахтерлердің ерте зейнетке шығуы",
    "Көмір шахталарында жерасты жұмысында он жылдан астам істеген шахтерлердің көпшілігі елу жасқа "
    "дейін кәсіптік аурулармен ауырады, бірақ зейнетке жалпы тәртіппен шығуы керек. Жұмыс тобы Еңбек "
    "және халықты әлеуметтік қорғау министрлігіне жерасты жұмыс өтілі кемінде он жыл болатын "
    "шахтерлерге жасына қарамастан зейнетақы тағайындау құқығын беруді ұсынады."),
  P("NU03b","kk","Жерасты жұмысындағы шахтерлердін ерте зейнетке шығуы",
    "Көмір шахталарында жерсаты жұмысында он жылдан астам істеген шахтерлердін көпшілігі елу жасқа "
    "дейін кәсіпітк аурулармен ауырады, бірақ зейнетке жалпы тәртіппен шығуы керек. Жұмыс тобы Еңбек "
    "және халықты әлеуметтік қорғау министірлігіне жерасты жұмыс өтілі кемінде он жыл болатын "
    "шахтерлерге жасына қарамастан зейнетакы тағайындау құқығын беруді ұсынады."))
case("spelling",
  P("NU04a","ru","Освещение трассы Караганда — Темиртау",
    "Установить освещение на всех участках трассы Караганда — Темиртау, которые проходят через посёлки "
    "и мимо автобусных остановок."),
  P("NU04b","ru","Освещение трасы Караганда — Темиртау",
    "Установить освищение на всех участках трассы Караганда — Темиртау, которые проходят через посёки "
    "и мимо автобусных остоновок."))
_N05T = "Қараусыз қалған шахта үйінділерін көгалдандыру"
_N05 = ("Қарағанды, Шахтинск және Саран маңындағы ескі шахта үйінділері желде шаң көтеріп, кейде ішінен "
        "жанып жатады. Жұмыс тобы облыс әкімдігіне 2030 жылға дейін қараусыз қалған үйінділерді "
        "рекультивациялау және көгалдандыру бағдарламасын қабылдауды ұсынады.")
case("homoglyph",
  P("NU05a","kk",_N05T,_N05),
  P("NU05b","kk",homo(_N05T, 3),homo(_N05, 2)))

# ---------------- same-language paraphrases: ru
case("paraphrase",
  P("NU06a","ru","Расселение жителей из зон горных подработок",
    "В Шахтинске, Сарани и Абае сотни жилых домов стоят над старыми шахтными выработками: стены "
    "трескаются, подъезды перекашиваются, а жильцов годами признают «ожидающими обследования». Рабочая "
    "группа рекомендует акиматам Карагандинской области до конца 2028 года переселить семьи из домов, "
    "которые находятся в зонах горных подработок, в безопасное жильё."),
  P("NU06b","ru","Дома над шахтными выработками",
    "Жилые дома в шахтёрских городах проседают, потому что под ними пройдены горные выработки, и люди "
    "живут в аварийных квартирах без всякой перспективы. Предлагаем местным исполнительным органам "
    "предоставить новое жильё всем семьям, чьи дома расположены на подработанных территориях, начиная с "
    "домов, уже признанных аварийными."))
case("paraphrase",
  P("NU07a","ru","Переобучение шахтёров закрывающихся шахт",
    "В ближайшие годы в Карагандинском угольном бассейне закроют ещё несколько шахт, и тысячи горняков "
    "старше сорока лет останутся без работы в моногородах. Министерству труда и социальной защиты "
    "населения предлагается вместе с угольными компаниями запускать бесплатные программы переподготовки "
    "для работников не позднее чем за год до закрытия шахты, с сохранением среднего заработка на время "
    "обучения."),
  P("NU07b","ru","Переподготовка высвобождаемых горняков",
    "Организация бесплатной переподготовки горняков, подлежащих сокращению в связи с закрытием шахт, — "
    "за двенадцать месяцев до остановки предприятия, с сохранением заработной платы в период учёбы. "
    "Ответственные: Министерство труда, недропользователи. Обоснование: в Шахтинске, Абае и Сарани "
    "другой работы для бывших шахтёров практически нет."))
case("paraphrase",
  P("NU08a","ru","Выплаты семьям погибших горняков",
    "Обязать работодателя выплачивать семье погибшего шахтёра единовременную компенсацию не позднее чем "
    "через месяц после аварии."),
  P("NU08b","ru","Компенсация при гибели шахтёра",
    "Семьи горняков, погибших на производстве, должны получать разовую выплату от компании в течение "
    "30 дней."))
case("paraphrase",
  P("NU09a","ru","Доступ к архивам Карлага",
    "Личные дела заключённых Карагандинского исправительно-трудового лагеря до сих пор хранятся в "
    "ведомственных архивах, и потомкам репрессированных приходится месяцами ждать ответа на запрос. "
    "Рабочая группа просит Генеральную прокуратуру и Комитет национальной безопасности рассекретить "
    "документы Карлага и передать их в государственный архив Карагандинской области с открытым доступом "
    "для исследователей и родственников."),
  P("NU09b","ru","Рассекретить дела Карлага",
    "Предлагаем снять гриф секретности с архивных дел Карлага и перевести их в открытый областной архив, "
    "чтобы родственники жертв репрессий и историки могли знакомиться с ними без специальных разрешений. "
    "Сегодня семьи годами не могут узнать, где похоронены их деды."))

# ---------------- same-language paraphrases: kk
case("paraphrase",
  P("NU10a","kk","Нұра өзенін сынаптан тазарту",
    "Кеңес заманында Теміртаудағы химия зауыты Нұра өзеніне жүздеген тонна сынап ағызған, оның бір "
    "бөлігі әлі күнге дейін жағалау топырағында жатыр. Жұмыс тобы Экология және табиғи ресурстар "
    "министрлігіне Нұра өзенінің сынаппен ластанған жағалауларын тазарту жұмыстарын 2029 жылға дейін "
    "толық аяқтауды ұсынады."),
  P("NU10b","kk","Нұра жағалауындағы сынап",
    "Нұра бойындағы ауыл тұрғындары өзеннен балық аулап, жағада мал жаяды, ал топырақтағы сынап әлі "
    "жойылмаған. Өзен жағасындағы сынапқа уланған топырақты түгел алып тастап, тазартуды аяқтау қажет; "
    "бұл жұмысты министрлік өз бақылауына алуы тиіс."))
case("paraphrase",
  P("NU11a","kk","Мектептердегі радон",
    "Қарағанды облысының кейбір аудандарында жер қойнауынан шығатын радон газының деңгейі жоғары, бірақ "
    "мектеп ғимараттарында ол ешқашан өлшенбеген. Жұмыс тобы Денсаулық сақтау министрлігі мен облыс "
    "әкімдігіне барлық мектептер мен балабақшаларда радон деңгейін өлшеп, нәтижелерін ата-аналарға "
    "жариялауды ұсынады."),
  P("NU11b","kk","Балабақшалар мен мектептерде радонды өлшеу",
    "Балалар күнінің көп бөлігін өткізетін ғимараттарда радон мөлшері тексерілуі керек. Облыстағы әрбір "
    "мектеп пен балабақшада радон өлшемін жүргізіп, оның қорытындысын ата-аналарға ашық жеткізу қажет, "
    "себебі облыс аумағында бұл радиоактивті газ жиі кездеседі."))
case("paraphrase",
  P("NU12a","kk","Балқаш көлінің деңгейі",
    "Балқаш көлі деңгейінің өлшеу деректерін ашық порталда жариялау."),
  P("NU12b","kk","Көл деңгейі туралы ашық деректер",
    "Балқаштағы су деңгейінің көрсеткіштері жұртшылыққа ашық болуы тиіс, оларды күн сайын интернетте "
    "жариялау керек."))
case("paraphrase",
  P("NU13a","kk","Су толған карьерлер",
    "Суға толған ескі карьерлердің айналасына қоршау мен ескерту белгілерін орнату."),
  P("NU13b","kk","Тастанды карьерлерді қоршау",
    "Жыл сайын балалар суға батып жатқан тастанды карьер көлдерін қоршап, ескерту тақталарын қою керек."))

# ---------------- same-language paraphrases: en
case("paraphrase",
  P("NU14a","en","Warning villages before quarry blasts",
    "Villagers living near the open-pit mines around Zhezkazgan and Satpayev say the blasts shake their "
    "houses without any warning, and livestock and children are sometimes close to the pit edge. We "
    "recommend that the Ministry of Industry oblige mining companies to notify nearby residents by SMS "
    "and by siren at least 24 hours before each blast."),
  P("NU14b","en","Advance notice of blasting",
    "Mining companies should tell people in neighbouring settlements about every planned explosion at "
    "their open pits a day in advance, by text message and by siren. Today blasting near Satpayev comes "
    "as a surprise, cracks walls and scares the herds."))
case("paraphrase",
  P("NU15a","en","Independent occupational-disease commission",
    "Miners with silicosis, vibration disease or hearing loss often cannot get their illness recognised "
    "as occupational, because the doctors who examine them are paid by the employer. The working group "
    "calls on the Ministry of Health to set up an independent occupational pathology commission in "
    "Karaganda, financed from the state budget."),
  P("NU15b","en","Recognising miners' occupational illnesses",
    "Decisions on whether a disease is work-related should be taken away from company doctors and given "
    "to an independent, state-funded commission in Karaganda. Too many miners suffering from dust lung "
    "disease or deafness are told that their condition has nothing to do with their work."))
case("paraphrase",
  P("NU16a","en","Emergency call posts on the Zhezkazgan highway",
    "Install SOS call posts every 20 km along the Karaganda–Zhezkazgan highway."),
  P("NU16b","en","Roadside emergency phones",
    "Put emergency telephones at twenty-kilometre intervals on the road from Karaganda to Zhezkazgan, "
    "where there is no mobile signal."))
case("paraphrase",
  P("NU17a","en","Helpline for miners",
    "Open a free 24-hour psychological helpline for miners and their families."),
  P("NU17b","en","Counselling line for mining families",
    "Miners and their relatives need a round-the-clock counselling phone line at no cost."))

# ---------------- cross-language, NO translation supplied: kk/ru
case("cross",
  P("NU18a","kk","Жеке үйлерді газға қосу",
    "«Сарыарқа» магистральдық газ құбыры Қарағандыға жеткенімен, жеке секторда тұратын отбасылардың "
    "көбі үйін газға қосуға ақша таба алмай, әлі де көмір жағып отыр. Жұмыс тобы облыс әкімдігіне жеке "
    "тұрғын үйлерді газ желісіне қосу шығынының кемінде жартысын субсидиялауды ұсынады."),
  P("NU18b","ru","Субсидии на подключение частных домов к газу",
    "Газ в Караганду пришёл, но для частного сектора подключение дома стоит сотни тысяч тенге, и люди "
    "продолжают топить углём. Предлагаем акимату Карагандинской области компенсировать не менее 50 % "
    "стоимости подключения частных домов к газораспределительной сети."))
case("cross",
  P("NU19a","kk","Тау-кен колледждерінің студенттеріне ақылы практика",
    "Тау-кен колледждерінің түлектері кәсіпорынға келгенде шахтада бір күн де болмаған болып шығады, "
    "өйткені өндірістік практика көбіне қағаз жүзінде өтеді. Жұмыс тобы жер қойнауын пайдаланушыларды "
    "тау-кен колледждерінің студенттерін өз кәсіпорындарында ақылы өндірістік практикадан өткізуге "
    "міндеттеуді ұсынады."),
  P("NU19b","ru","Оплачиваемая практика студентов горных колледжей",
    "Обязать недропользователей принимать студентов горных колледжей на оплачиваемую производственную "
    "практику на своих предприятиях. Сейчас практика часто проходит формально, и выпускник приходит на "
    "шахту, ни разу не спустившись под землю."))
case("cross",
  P("NU20a","kk","Карлаг мұражайы оқушыларға тегін",
    "Долинкадағы Карлаг құрбандарын еске алу мұражайына оқушылардың кіруін тегін ету."),
  P("NU20b","ru","Бесплатное посещение музея Карлага школьниками",
    "Сделать вход в музей памяти жертв Карлага в Долинке бесплатным для школьников."))
case("cross",
  P("NU21a","kk","Кен тасымалдайтын көліктерді таразымен бақылау",
    "Жезқазған мен Сәтбаев маңындағы жолдарды кен тиелген ауыр жүк көліктері бір-екі жылда қиратып "
    "тастайды, өйткені олар рұқсат етілген салмақтан асып жүреді. Жұмыс тобы Көлік министрлігіне бұл "
    "жолдарға жүріп бара жатқан көлікті өлшейтін автоматты таразы орнатып, артық жүк үшін айыппұлды "
    "автоматты түрде салуды ұсынады."),
  P("NU21b","ru","Автоматические весы для рудовозов",
    "Предлагаем Министерству транспорта установить на дорогах вокруг Жезказгана и Сатпаева "
    "автоматические пункты весогабаритного контроля, которые взвешивают грузовики на ходу, и штрафовать "
    "перевозчиков руды за перегруз без участия инспектора. Перегруженные рудовозы разбивают новое "
    "покрытие за один-два сезона."))

# ---------------- cross-language, NO translation supplied: kk/en
case("cross",
  P("NU22a","kk","Теміртау балаларының демікпе тіркелімі",
    "Теміртауда балалар арасында демікпе мен созылмалы бронхит жиі кездеседі, бірақ аурудың ауа "
    "сапасымен байланысын дәлелдейтін жүйелі деректер жоқ. Жұмыс тобы Денсаулық сақтау министрлігіне "
    "Теміртаудағы балалардың тыныс алу ауруларының тіркелімін жүргізіп, оның деректерін жыл сайын "
    "жариялауды ұсынады."),
  P("NU22b","en","A register of childhood asthma in Temirtau",
    "Doctors in Temirtau see far more children with asthma and chronic bronchitis than the national "
    "average, yet nobody collects the data needed to link these illnesses to the steelworks' emissions. "
    "The Ministry of Health should keep a register of respiratory diseases among Temirtau's children and "
    "publish it every year."))
case("cross",
  P("NU23a","kk","Бегазы-Дәндібай ескерткіштері",
    "Бегазы-Дәндібай археологиялық ескерткіштерінің аумағында жер қойнауын пайдалануға лицензия бермеу."),
  P("NU23b","en","Protect Begazy-Dandybai from mining",
    "No mining licences should be issued on land with Begazy-Dandybai archaeological monuments."))
case("cross",
  P("NU24a","kk","Вахташыларды тасымалдайтын автобустар",
    "Кеніштерге вахтамен жұмысшы тасымалдайтын автобустардың көбі ескі, ал дала жолында апат болса, "
    "көмек сағаттап келеді. Жұмыс тобы Еңбек министрлігі арқылы жер қойнауын пайдаланушылардан "
    "жұмысшыларды тек жасы он жылдан аспайтын және GPS-трекермен жабдықталған автобустармен тасымалдауды "
    "талап етуді ұсынады."),
  P("NU24b","en","Safe buses for rotational workers",
    "Require mining companies to carry shift workers only in buses that are no more than ten years old "
    "and fitted with GPS trackers. Many of the buses now used on steppe roads to the mines are worn out, "
    "and after a crash help takes hours to arrive."))

# ---------------- cross-language, NO translation supplied: ru/en
case("cross",
  P("NU25a","ru","Оплата труда горноспасателей",
    "Бойцы военизированных горноспасательных отрядов первыми спускаются в шахту после взрыва, но "
    "получают меньше проходчиков, и опытные спасатели уходят. Рабочая группа предлагает Министерству по "
    "чрезвычайным ситуациям повысить оплату труда горноспасателей до уровня не ниже средней заработной "
    "платы подземных работников угольной отрасли."),
  P("NU25b","en","Pay for mine rescuers",
    "Mine rescue teams are the first to go underground after an explosion, yet they earn less than the "
    "miners they save, and experienced rescuers are leaving the service. We ask the Ministry of "
    "Emergency Situations to raise mine rescuers' pay so that it is at least equal to the average wage "
    "of underground coal miners."))
case("cross",
  P("NU26a","ru","Публикация актов расследования аварий",
    "После каждой крупной аварии на шахтах и заводах области выводы комиссии остаются закрытыми, и ни "
    "семьи пострадавших, ни общественность не знают, кто виноват. Предлагаем Министерству труда "
    "публиковать акты расследования несчастных случаев на производстве со смертельным исходом в течение "
    "трёх месяцев после завершения расследования."),
  P("NU26b","en","Open findings on fatal accidents",
    "The findings of investigations into fatal workplace accidents should be made public within three "
    "months of the investigation closing. Families of miners and steelworkers killed at work are "
    "currently not even shown the commission's report."))
case("cross",
  P("NU27a","ru","Маммографы для моногородов",
    "Направить передвижные маммографы в моногорода Каражал, Жайрем и Шахтинск для ежегодного скрининга "
    "рака груди."),
  P("NU27b","en","Mobile mammography for single-industry towns",
    "Send mobile mammography units to Karazhal, Zhairem and Shakhtinsk every year for breast cancer "
    "screening."))

# ---------------- cross-language triples kk/ru/en
case("cross",
  P("NU28a","kk","Кәсіподақтарды тіркеуді жеңілдету",
    "Көмір және металлургия кәсіпорындарының жұмысшылары тәуелсіз кәсіподақ құрғысы келгенде, тіркеу "
    "рәсімі айларға созылып, құжаттары бірнеше рет қайтарылады. Жұмыс тобы Әділет министрлігіне "
    "кәсіподақтарды тіркеу тәртібін жеңілдетіп, тіркеу мерзімін он жұмыс күнімен шектеуді ұсынады."),
  P("NU28b","ru","Упростить регистрацию профсоюзов",
    "Рабочие угольных и металлургических предприятий, которые пытаются создать независимый профсоюз, "
    "месяцами не могут его зарегистрировать. Министерству юстиции предлагается упростить порядок "
    "регистрации профессиональных союзов и ограничить срок регистрации десятью рабочими днями."),
  P("NU28c","en","Easier registration of trade unions",
    "We call on the Ministry of Justice to simplify the registration of trade unions and to register a "
    "new union within ten working days. Miners and steelworkers who try to form independent unions are "
    "kept waiting for months while their documents are returned again and again."))
case("cross",
  P("NU29a","kk","Күл үйінділерінің шаңын басу",
    "Жазда Қарағанды жылу электр орталықтарының күл үйінділерінен көтерілген шаң маңайдағы тұрғын "
    "аудандарға түседі. Жұмыс тобы облыс әкімдігіне энергетикалық компаниялардан күл-қож үйінділерін "
    "маусымнан қыркүйекке дейін тұрақты суаруды және үйінді бетін жабуды талап етуді ұсынады."),
  P("NU29b","ru","Пыль с золоотвалов ТЭЦ",
    "Летом ветер поднимает пыль с золоотвалов карагандинских ТЭЦ, и она оседает на жилые кварталы. "
    "Просим акимат области потребовать от энергетических компаний регулярно орошать золошлакоотвалы с "
    "июня по сентябрь и укрывать их поверхность."),
  P("NU29c","en","Dust from power-plant ash dumps",
    "Every summer the wind carries dust from the ash dumps of Karaganda's combined heat and power plants "
    "into residential districts. The regional akimat should require the energy companies to water the "
    "ash and slag dumps regularly from June to September and to cover their surface."))

# ---------------- opposite-meaning traps (shared context, opposite ask): en
_T30 = ("Underground miners work long shifts in dust and heat, and several recent accidents involved "
        "workers who went down the mine unwell or after drinking. ")
case("trap-polarity",
  P("NU30a","en","Pre-shift medical checks for miners",
    _T30 + "Pre-shift medical checks, including blood pressure and an alcohol test, should be mandatory "
    "for every underground miner."),
  P("NU30b","en","Pre-shift medical checks for miners",
    _T30 + "Pre-shift medical checks, including blood pressure and an alcohol test, should be voluntary "
    "for underground miners, and no one should lose a shift for refusing them."),
  note="mandatory vs voluntary")
_T31 = ("Shakhtinsk has lost thousands of jobs since its mines closed, and a company now wants to open a "
        "new underground mine beneath the town. ")
case("trap-polarity",
  P("NU31a","en","Moratorium on new mining under Shakhtinsk",
    _T31 + "Modern roof supports make it safe, so the Ministry of Industry should lift the moratorium on "
    "new underground mining beneath Shakhtinsk."),
  P("NU31b","en","Moratorium on new mining under Shakhtinsk",
    _T31 + "Subsidence has already cracked hundreds of homes, so the Ministry of Industry should not lift "
    "the moratorium on new underground mining beneath Shakhtinsk."),
  note="should vs should not")
_T32 = ("Karaganda's universities train mining engineers for the whole country, and the coal and copper "
        "companies of the region keep recruiting. ")
case("trap-polarity",
  P("NU32a","en","State grants for mining engineering",
    _T32 + "Companies report a shortage of young specialists, so the number of state-funded places in "
    "mining engineering at Karaganda universities should be increased."),
  P("NU32b","en","State grants for mining engineering",
    _T32 + "Yet half of last year's graduates found no job in their field, so the number of state-funded "
    "places in mining engineering at Karaganda universities should be reduced."),
  note="increase vs reduce")

# ---------------- opposite-meaning traps: ru
_T33 = ("Трамвайная сеть Темиртау изношена, вагонам больше сорока лет, а пассажиров с каждым годом "
        "становится меньше. ")
case("trap-polarity",
  P("NU33a","ru","Трамвай в Темиртау",
    _T33 + "Рабочая группа предлагает акимату сохранить трамвайное сообщение в городе и обновить "
    "подвижной состав."),
  P("NU33b","ru","Трамвай в Темиртау",
    _T33 + "Рабочая группа предлагает акимату упразднить трамвайное сообщение в городе и заменить его "
    "автобусными маршрутами."),
  note="keep vs abolish")
_T34 = ("Самаркандское водохранилище в Темиртау остаётся для жителей единственным местом летнего отдыха, "
        "хотя в него сбрасывают тёплую воду с комбината. ")
case("trap-polarity",
  P("NU34a","ru","Купание в Самаркандском водохранилище",
    _T34 + "Предлагаем санитарной службе по результатам лабораторных проб разрешить купание на "
    "оборудованных пляжах водохранилища."),
  P("NU34b","ru","Купание в Самаркандском водохранилище",
    _T34 + "Предлагаем санитарной службе по результатам лабораторных проб запретить купание в "
    "водохранилище до очистки воды."),
  note="allow vs ban")

# ---------------- opposite-meaning traps: kk
_T35 = ("Жаз айларында Балқаш көлінің жағасына мыңдаған демалушы келеді, олардың көбі көлігін судың "
        "дәл жанына дейін айдап барады. ")
case("trap-polarity",
  P("NU35a","kk","Балқаш жағасында көлікпен жүру",
    _T35 + "Жұмыс тобы әкімдіктерге жағажайлардағы арнайы белгіленген жолақтарда көлікпен жүруге рұқсат "
    "беруді ұсынады."),
  P("NU35b","kk","Балқаш жағасында көлікпен жүру",
    _T35 + "Жұмыс тобы әкімдіктерге жағалау бойымен көлікпен жүруге толық тыйым салуды ұсынады."),
  note="allow vs ban")
_T36 = ("Шахтерлер арасында туберкулез бен силикоз жиі қатар жүреді, ал ауру кеш анықталса, емдеу ұзаққа "
        "созылады. ")
case("trap-polarity",
  P("NU36a","kk","Шахтерлерді туберкулезге тексеру",
    _T36 + "Жұмыс тобы Денсаулық сақтау министрлігіне жерасты жұмысшыларын жыл сайынғы флюорографиялық "
    "тексеруден өткізуді міндетті етуді ұсынады."),
  P("NU36b","kk","Шахтерлерді туберкулезге тексеру",
    _T36 + "Жұмыс тобы Денсаулық сақтау министрлігіне жерасты жұмысшыларын жыл сайынғы флюорографиялық "
    "тексеруден өткізуді міндетті емес, ерікті етуді ұсынады."),
  note="mandatory vs voluntary (міндетті емес contains міндетті)")
_T37 = ("Қаражал, Жәйрем және Сәтбаев сияқты моноқалаларға жас дәрігерлер мен мұғалімдер келмейді, "
        "себебі жалақы аз, ал баспана жоқ. ")
case("trap-polarity",
  P("NU37a","kk","Моноқалаларға келетін жас мамандар",
    _T37 + "Жұмыс тобы әкімдіктерге моноқалаларға жұмысқа келген жас мамандарға берілетін көтерме "
    "жәрдемақының мөлшерін көбейтуді ұсынады."),
  P("NU37b","kk","Моноқалаларға келетін жас мамандар",
    _T37 + "Көтерме жәрдемақы алғандардың жартысы бір жылдан кейін кетіп қалатындықтан, жұмыс тобы "
    "әкімдіктерге жас мамандарға берілетін көтерме жәрдемақының мөлшерін азайтуды ұсынады."),
  note="increase vs reduce")

# ---------------- number traps
_T38 = ("Через посёлки Жезказганского региона круглосуточно идут гружёные рудовозы, и на улицах без "
        "тротуаров гибнут пешеходы. ")
case("trap-number",
  P("NU38a","ru","Скорость рудовозов в посёлках",
    _T38 + "Предлагаем ограничить скорость большегрузных машин в границах населённых пунктов до "
    "30 км/ч и установить камеры."),
  P("NU38b","ru","Скорость рудовозов в посёлках",
    _T38 + "Предлагаем ограничить скорость большегрузных машин в границах населённых пунктов до "
    "50 км/ч и установить камеры."),
  note="30 vs 50 km/h")
_T39 = "The sinter plant of the Temirtau steelworks is the largest single source of dust in the city. "
case("trap-number",
  P("NU39a","en","Dust from the sinter plant",
    _T39 + "The Ministry of Ecology should require the company to cut dust emissions from the sinter "
    "plant by 30 per cent by 2028."),
  P("NU39b","en","Dust from the sinter plant",
    _T39 + "The Ministry of Ecology should require the company to cut dust emissions from the sinter "
    "plant by 50 per cent by 2028."),
  note="30 vs 50 per cent")
_T40 = ("Балқаш көлінің жағасында соңғы жылдары демалыс үйлері мен дүкендер ретсіз салынып, суға "
        "баратын жол жабылып қалды. ")
case("trap-number",
  P("NU40a","kk","Балқаш жағалауындағы құрылыс",
    _T40 + "Жұмыс тобы жағалау сызығынан 500 метр аймақта күрделі құрылысқа тыйым салуды ұсынады."),
  P("NU40b","kk","Балқаш жағалауындағы құрылыс",
    _T40 + "Жұмыс тобы жағалау сызығынан 100 метр аймақта күрделі құрылысқа тыйым салуды ұсынады."),
  note="500 vs 100 metres")
_T41 = ("Почти все городские автобусы Караганды работают на дизеле, и зимой их выхлопы добавляются к "
        "угольному смогу. ")
case("trap-number",
  P("NU41a","ru","Автобусы Караганды на газу",
    _T41 + "Рабочая группа предлагает акимату перевести весь автобусный парк на газомоторное топливо до "
    "2028 года."),
  P("NU41b","ru","Автобусы Караганды на газу",
    _T41 + "Рабочая группа предлагает акимату перевести весь автобусный парк на газомоторное топливо до "
    "2032 года."),
  note="deadline 2028 vs 2032")

# ---------------- distinct: look-alikes differing by one word, and same-topic asks
case("distinct",
  P("NU42a","ru","Надбавка медсёстрам в моногородах",
    "Установить ежемесячную надбавку к зарплате медицинских сестёр, работающих в моногородах "
    "Карагандинской области."),
  P("NU42b","ru","Надбавка учителям в моногородах",
    "Установить ежемесячную надбавку к зарплате учителей, работающих в моногородах Карагандинской "
    "области."),
  note="differ by the profession")
case("distinct",
  P("NU43a","kk","Сәтбаевтағы су құбыры",
    "Сәтбаев қаласындағы тозған ауызсу құбырларын 2027 жылға дейін толық ауыстыру."),
  P("NU43b","kk","Балқаштағы су құбыры",
    "Балқаш қаласындағы тозған ауызсу құбырларын 2027 жылға дейін толық ауыстыру."),
  note="differ by the city")
case("distinct",
  P("NU44a","en","Speed cameras on the Zhezkazgan highway",
    "Install speed cameras every 20 km along the Karaganda–Zhezkazgan highway."),
  note="differs from NU16a by the object (speed cameras, not SOS call posts)")
case("distinct",
  P("NU45a","ru","История Карлага в школах",
    "Включить в школьную программу по истории Казахстана отдельную тему о Карлаге и массовых репрессиях "
    "в Центральном Казахстане."),
  note="same topic as NU09 (archives) and NU20 (museum), another ask")
case("distinct",
  P("NU46a","kk","Нұра бойы тұрғындарын тексеру",
    "Нұра өзенінің жағасындағы ауылдардың тұрғындарын, әсіресе балалар мен жүкті әйелдерді, қандағы "
    "сынап деңгейіне тегін тексеруден өткізу."),
  note="same topic as NU10 (mercury clean-up of the Nura), another ask")
