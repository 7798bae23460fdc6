# A forum "Talas" (held out entirely): written BLIND for issue 9's eleventh pass, before and without
# seeing the merge rules (src/recbook/merge/), docs/, README.md, the tests (tests/), any other
# bench/*.py script or any dedupe output or score, and to be run ONCE, as an outside measure of the
# eleventh pass. Nothing here was tuned on a run. Only bench/data/make_eval.py (generator and format),
# the first 60 lines of forum_ertis_cases.py (format example), the header comments (first ~30 lines)
# of the other forum_*_cases.py files (to avoid their topics) and /work/shared/design/KAZAKH.md
# (Kazakh spelling, names of bodies) were read.
# Voice: as a SECRETARIAT'S NOTE-TAKER and ordinary participants write: terse imperative titles with
# one sentence ("Кордайский перевал: фонари ..."), nominal style ("Восстановление ...", "... бетондау",
# "... орнату"), asks phrased as questions ("Неге ...?", "Когда построят ...?", "Could the akimat
# ...?", "Why can't ...?") and longer texts (3-5 sentences) with numbers, dates and place names in the
# CONTEXT as well as in the ask, sometimes addressed to a body (Су ресурстары және ирригация
# министрлігі, денсаулық сақтау басқармасы, аудан әкімдігі; Министерство экологии и природных
# ресурсов, Министерство транспорта, КТЖ; the Zhambyl regional akimat). Some numbers in digits, some
# in words (Kazakh with case endings: «он күн ішінде», «бес гектарға дейін», «үш жылға», «үш айға
# дейін»). kk 38, ru 36, en 20 of 94 proposals.
# The setting is a Zhambyl-region forum: Taraz, the Talas and Shu rivers, Shu, Karatau, Zhanatas,
# Kordai, Merke, Bayzak, Zhualy, Sarysu, Moiynkum, Akyrtas, Aisha-Bibi, Berkara, Aksu-Zhabagly.
# Topics (chosen so the other forums' headers do not list them): online monitoring of the phosphate
# plants' emissions, concrete lining of canals in Bayzak, beet receiving points for the Merke sugar
# factory, a visitor centre at Aisha-Bibi, sunshades at the Kordai crossing, the Zhualy pasture road,
# a permanent paramedic in Saudakent, water meters at farm intakes, an open-air museum at ancient
# Taraz, wild hemp in the Shu valley, a Taraz-Zhanatas train, reclaiming Karatau phosphorite pits,
# the Akyrtas road, fluorosis screening in Zhanatas, lights on the Kordai pass, irrigation
# technicians' training, antivenom at village posts, tulip guard posts in Karatau, farmers in the
# Chu-Talas water commission, a mobile dentist, daily Taraz-Astana flights, the Tasotkel dam, a
# vegetable store in Shu, a Berkara trail, the Karatau Jurassic fossil beds, a footbridge over the
# Shu station tracks, free brucellosis tests, a drip-irrigation subsidy, solar kits for herders; a
# sulphuric-acid shop in Zhanatas, prepaying irrigation water, pasture rent, the breeding-ewe export
# ban, low-sugar beet, the Talas water limit for Bayzak, camping at Aksu-Zhabagly, the sowing diesel
# discount; beet payment days, land for young farmers, a Kordai market stall fee, SO2 cuts; the
# Karakhan/Tekturmas surroundings, beet pulp vs seasonal workers, Kordai queues for pensioners vs
# disabled people, the Talas riverbed vs storm-water outfalls in Taraz, a covered market in Shu/Merke.
# Kinds and counts (46 cases, 94 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 12 same-language pairs written as by two
# different people (kk 5, ru 5, en 2: synonyms, another context, nominal vs verbal, a question vs a
# statement, digits vs words, one text adding a detail or a number, a short card vs a long text,
# different numbers in the context but the same ask); cross 12 with NO translation supplied, written
# independently (kk/ru 6, kk/en 2, ru/en 2, two kk/ru/en triples); trap-polarity 8 (kk: allow vs ban,
# -уы керек vs -мауы керек, increase vs reduce; ru: keep vs abolish, must vs must not, increase vs
# reduce; en: allow vs ban, keep vs abolish); trap-number 4 (days, hectares, tenge, per cent);
# distinct 5 (the same ask for another monument/group/town, or one topic with different asks).
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_talas_cases.py /work/wt/blind/forum_talas.yaml

# ---------------- exact, spelling and homoglyph variants
_T01 = ("На фосфорном заводе в Жанатасе и на Новоджамбулском фосфорном заводе под Таразом нет открытых "
        "данных о выбросах: жители узнают о превышениях только по запаху и по жалобам в соцсетях. В марте "
        "2025 года в Жанатасе за одну неделю в поликлинику обратились более 200 человек с кашлем и резью в "
        "глазах. Рабочая группа просит Министерство экологии и природных ресурсов обязать оба предприятия "
        "установить автоматические датчики фтора и диоксида серы на границе санитарной зоны и выводить "
        "показания на общедоступный сайт в режиме реального времени.")
case("exact",
  P("TL01a","ru","Онлайн-мониторинг выбросов фосфорных заводов", _T01),
  P("TL01b","ru","Датчики выбросов на фосфорных заводах Жанатаса и Тараза", _T01))
case("spelling",
  P("TL02a","kk","Бәйзақ ауданындағы каналдарды бетондау",
    "Бәйзақ ауданындағы суару каналдарының көбі топырақ арна, сондықтан Талас өзенінен алынған судың "
    "үштен бірі егістікке жетпей, жерге сіңіп кетеді. Жұмыс тобы Су ресурстары және ирригация "
    "министрлігіне шаруашылықаралық каналдарды 2028 жылға дейін бетонмен қаптауды ұсынады."),
  P("TL02b","kk","Бәйзақ ауданындағы каналдрды бетондау",
    "Бәйзақ ауданындағы суару каналдырының көбі топырақ арна, сондықтан Талас өзенінен алынған судың "
    "үштен бірі егістікке жетпей, жерге сіңіп кетеді. Жұмыс тобы Су ресурстары және ирригация "
    "министірлігіне шаруашылықралық каналдарды 2028 жылға дейін бетономен қаптауды ұсынады."))
case("spelling",
  P("TL03a","ru","Приёмные пункты сахарной свёклы в Меркенском районе",
    "Свекловоды Меркенского и Кордайского районов везут урожай на сахарный завод в Мерке своим "
    "транспортом, а в сезон очередь из грузовиков у ворот завода растягивается на два-три километра. "
    "Предлагаем открыть на время уборки два временных приёмных пункта свёклы с весами и лабораторией — "
    "в Сарымолдаеве и в Кордае, — откуда завод будет вывозить сырьё сам."),
  P("TL03b","ru","Приёмные пункты сахарной свеклы в Меркенскм районе",
    "Свекловды Меркенского и Кордайского районов везут урожяй на сахарный завод в Мерке своим "
    "транспортом, а в сезон очередь из грузовков у ворот завода растягивается на два-три километра. "
    "Предлагаем открыть на время уборки два временных приемных пункта свёклы с весами и лабараторией — "
    "в Сарымолдаеве и в Кордае, — откуда завод будет вывозить сырьё сам."))
case("spelling",
  P("TL04a","en","Visitor facilities at the Aisha-Bibi mausoleum",
    "The Aisha-Bibi mausoleum, eighteen kilometres west of Taraz, draws wedding parties and tour groups "
    "almost every day, yet there is still no proper car park, no clean toilets and no information point "
    "with a guide. The group asks the Zhambyl regional akimat to build a visitor centre next to the "
    "mausoleum, with parking, toilets and signs in Kazakh, Russian and English, before the 2027 tourist "
    "season."),
  P("TL04b","en","Visitor facilites at the Aisha-Bibi mausoleum",
    "The Aisha-Bibi mausoluem, eighteen kilometres west of Taraz, draws wedding parties and tour groups "
    "almost every day, yet there is still no proper car park, no clean toliets and no information point "
    "with a guide. The group asks the Zhambyl regional akimat to build a vistor centre next to the "
    "mausoleum, with parkng, toilets and signs in Kazakh, Russian and English, before the 2027 tourist "
    "season."))
_T05t = "Қордай бекетінде жаяу жүргіншілерге күнқағар қою"
_T05 = ("Жазда Қордай өткізу бекетінде Қырғызстанға өтетін жаяу адамдар ашық күн астында екі-үш сағат "
        "кезек күтеді, арасында қарттар мен балалы әйелдер бар. Бекеттің алдына күнқағар мен орындықтар "
        "орнатып, ауызсу қою керек.")
case("homoglyph",
  P("TL05a","kk",_T05t,_T05),
  P("TL05b","kk",homo(_T05t),homo(_T05)))

# ---------------- paraphrases, one language each (kk 5, ru 5, en 2)
case("paraphrase",
  P("TL06a","kk","Жуалы ауданындағы жайлауға апаратын жолды жөндеу",
    "Жуалы ауданының малшылары жыл сайын мамыр айында отарларын Талас Алатауының жайлауларына айдайды. "
    "Бірақ жайлауға апаратын 40 шақырымдық жол көктемгі селден кейін бұзылып, жүк көлігі өте алмайды, "
    "малшылар азық пен су тасуға қиналады. Жұмыс тобы аудан әкімдігіне бұл жолды жыл сайын мамырдың "
    "басына дейін грейдермен тегістеп, көпірлерін жөндеуді ұсынады."),
  P("TL06b","kk","Жуалы: жайлау жолын мал көшкенге дейін жөндеңіздер",
    "Жуалы ауданындағы тау жайлауына баратын жолды әр көктемде, мал жайлауға шықпай тұрып, қалпына "
    "келтіру керек."))
case("paraphrase",
  P("TL07a","kk","Неге Саудакенттің медпунктінде тұрақты фельдшер жоқ?",
    "Сарысу ауданындағы Саудакент ауылында 1 200-дей адам тұрады, ал медициналық пунктке фельдшер "
    "аптасына екі-ақ рет аудан орталығынан келеді. Қалған күндері науқас адам 60 шақырым жердегі "
    "Жаңатасқа баруға мәжбүр. Ауылдың медпунктіне тұрақты фельдшер қашан бекітіледі? Облыстық денсаулық "
    "сақтау басқармасынан осы мәселені шешуді сұраймыз."),
  P("TL07b","kk","Саудакент медпунктіне тұрақты фельдшер бекіту",
    "Саудакент ауылының медициналық пунктінде күн сайын қабылдау жүргізетін штаттық фельдшер болуы "
    "тиіс: қазір маман аптасына екі рет қана келеді. Денсаулық сақтау басқармасы жас маманға үш жылға "
    "тұрғын үй беріп, оны ауылға тұрақты жұмысқа жіберуі керек."))
case("paraphrase",
  P("TL08a","kk","Әр шаруа қожалығының су алатын жеріне су есептегіш орнату",
    "Қазір Талас ауданында фермерлер суару суы үшін нақты көлемге емес, гектарға қарай төлейді, "
    "сондықтан суды үнемдегендер де, ысырап еткендер де бірдей ақы береді. Әр қожалықтың каналдан су "
    "алатын тармағына су есептегіш қою ұсынылады: 2026 жылы 300 есептегіш, ал 2027 жылы қалғандары."),
  P("TL08b","kk","Фермерлер суды гектармен емес, есептегішпен төлесін",
    "Талас ауданындағы шаруалардың каналдан су алатын әрбір тармағына есептеу құралын орнату керек, "
    "сонда ақы нақты алынған әр текше метр үшін төленеді. Бірінші жылы үш жүз есептегіштен бастап, "
    "келесі жылы барлық қожалықты қамтуға болады."))
case("paraphrase",
  P("TL09a","kk","Көне Тараз қалашығында ашық аспан астындағы музей",
    "Тараз орталығындағы көне қалашықта соңғы жылдары археологиялық қазба жүргізіліп, моншаның, су "
    "құбырының және базар орнының қалдықтары табылды. Қазір бұл аумақ қоршаумен жабық тұр, туристер "
    "тек сырттан қарайды. Ұсыныс: қазба орнын ашық аспан астындағы музейге айналдырып, жаяу соқпақ пен "
    "түсіндірме тақталар орнату."),
  P("TL09b","kk","Ежелгі Тараздың қазба орнын музейге айналдыру керек",
    "Тараз қаласы 2002 жылы 2000 жылдығын тойлады, бірақ қаланың ең көне бөлігі — орталықтағы "
    "қалашық — әлі күнге дейін қаңырап тұр. Қалашықтағы қазба жұмыстарының орнында ашық музей "
    "ұйымдастырып, келушілерге жол мен ақпараттық тақталар жасау қажет."))
case("paraphrase",
  P("TL10a","kk","Шу аңғарындағы жабайы кендірді жою",
    "Шу ауданында жолдың бойында және тастанды егістіктерде жабайы кендір өсіп тұр, оны жинауға басқа "
    "өңірлерден адамдар келеді. Әкімдік полициямен бірге жыл сайын тамыз айына дейін, кендір піспей "
    "тұрып, оны жойып тастауы керек."),
  P("TL10b","kk","Кендірді піскенге дейін жою",
    "Шу аңғарында жабайы кендір мыңдаған гектарға тарап кеткен. Жыл сайын жазда, өсімдік пісіп "
    "үлгермей тұрғанда, жол бойындағы және ауыл маңындағы кендір алқаптарын жою жұмысын жүргізу қажет."))
case("paraphrase",
  P("TL11a","ru","Восстановление пассажирского поезда Тараз — Жанатас",
    "Пассажирский поезд между Таразом и Жанатасом отменили больше десяти лет назад, и теперь жители "
    "Сарысуского района добираются до областного центра только на маршрутках — около 180 километров за "
    "три с лишним часа. Восстановление хотя бы одного ежедневного поезда или рельсового автобуса на этой "
    "линии."),
  P("TL11b","ru","Пустить поезд из Тараза в Жанатас",
    "Просим КТЖ и акимат области вернуть ежедневный пассажирский поезд по маршруту Тараз — Жанатас. "
    "Железная дорога есть, а людям приходится ездить в переполненных микроавтобусах."))
case("paraphrase",
  P("TL12a","ru","Рекультивация заброшенных карьеров под Каратау",
    "Вокруг Каратау остались десятки заброшенных фосфоритных карьеров и отвалов общей площадью около "
    "1 500 гектаров. Весной отвалы размывает, а летом пыль с них несёт на город. Предлагаем включить "
    "рекультивацию этих карьеров в областную программу и начать её в 2026 году."),
  P("TL12b","ru","Каратау: засыпать и озеленить старые карьеры",
    "По данным местных экологов, бывшие рудники Каратау занимают не меньше 2 000 гектаров, а некоторые "
    "карьеры глубиной до 80 метров даже не огорожены. Нужно провести рекультивацию заброшенных "
    "фосфоритных карьеров: засыпать выработки, выровнять отвалы и высадить деревья."))
case("paraphrase",
  P("TL13a","ru","Когда построят нормальную дорогу к Акыртасу?",
    "До дворцового комплекса Акыртас всего 45 километров от Тараза, но последние шесть километров от "
    "трассы — грунтовка, после дождя туда не проехать ни автобусу, ни легковой машине. Почему к "
    "памятнику, который входит в маршруты Шёлкового пути, до сих пор нет асфальта? Просим заасфальтировать "
    "подъезд."),
  P("TL13b","ru","Асфальтирование подъездной дороги к Акыртасу",
    "Предлагается заасфальтировать шестикилометровый подъезд от трассы к городищу Акыртас, чтобы "
    "туристические автобусы могли подъезжать к нему круглый год."))
case("paraphrase",
  P("TL14a","ru","Обследовать детей Жанатаса на флюороз",
    "Нужно провести бесплатное обследование всех школьников Жанатаса у стоматолога на флюороз зубов."),
  P("TL14b","ru","Флюороз у детей в Жанатасе",
    "Родители в Жанатасе всё чаще замечают у детей пятна на зубах, характерные для флюороза: город "
    "живёт рядом с фосфорными производствами, а в местной воде, по словам жителей, много фтора. "
    "Официальных данных нет, последнее исследование проводилось ещё в 2000-х годах. Управлению "
    "здравоохранения следует организовать стоматологический скрининг всех школьников города на флюороз "
    "и опубликовать его результаты."))
case("paraphrase",
  P("TL15a","ru","Освещение трассы на Кордайском перевале",
    "На участке трассы Алматы — Бишкек через Кордайский перевал зимой часто стоит туман, а освещения "
    "нет на протяжении 12 километров. Только за прошлую зиму там произошло 9 аварий. Необходимо "
    "установить на перевале фонари и табло, предупреждающие о тумане."),
  P("TL15b","ru","Кордайский перевал: фонари и предупреждение о тумане",
    "Просим Министерство транспорта осветить двенадцатикилометровый участок дороги через Кордайский "
    "перевал и поставить электронные знаки, которые предупреждают водителей о тумане и гололёде."))
case("paraphrase",
  P("TL16a","en","Train irrigation technicians in Taraz",
    "A college in Taraz should open a two-year course for irrigation technicians."),
  P("TL16b","en","Irrigation technicians for water-user associations",
    "Water-user associations in Bayzak, Talas and Zhambyl districts say they cannot find trained staff "
    "to run canal gates and pumping stations, and most of their technicians are over sixty. The group "
    "proposes that a college in Taraz start a programme that trains irrigation technicians, with the "
    "first intake in September 2026."))
case("paraphrase",
  P("TL17a","en","Antivenom at village medical posts",
    "Every summer people in Moiynkum and Sarysu districts are bitten by snakes and scorpions, and the "
    "nearest antivenom is often hours away at the district hospital. Village medical posts in these "
    "districts should keep a stock of antivenom serum from May to September."),
  P("TL17b","en","Why can't village posts keep snake antivenom?",
    "In Sarysu and Moiynkum the serum is held only at the district hospital, more than 100 km from some "
    "villages. Why can't the village medical posts in the desert districts keep it during the snake "
    "season? They should."))

# ---------------- cross-language, NO translation supplied (kk/ru 6, kk/en 2, ru/en 2, 2 triples)
case("cross",
  P("TL18a","kk","Қаратау жотасында қызғалдақ маусымында күзет бекеттері",
    "Сәуір айында Қаратау жотасында Грейг қызғалдағы мен басқа да сирек қызғалдақтар гүлдейді, сол "
    "кезде адамдар оларды қаптап жұлып, Тараз бен Шымкент базарларында сатады. Қаратау қорығына сәуір "
    "мен мамыр айларында жотаға баратын жолдарға уақытша күзет бекеттерін қоюды ұсынамыз."),
  P("TL18b","ru","Охрана тюльпанов в Каратау весной",
    "Каждую весну на склонах Каратау массово рвут краснокнижные тюльпаны Грейга и Кауфмана и продают "
    "их букетами вдоль трассы. Предлагаем на время цветения, с апреля по май, выставить временные посты "
    "охраны заповедника на подъездах к хребту."))
case("cross",
  P("TL19a","kk","Шу-Талас комиссиясына фермерлердің өкілдері",
    "Шу және Талас өзендерінің суын Қазақстан мен Қырғызстан арасында бөлетін үкіметаралық комиссия жыл "
    "сайын отырыс өткізеді, бірақ онда судың негізгі тұтынушылары — фермерлер — мүлдем жоқ. Комиссияның "
    "отырыстарына Жамбыл облысының су пайдаланушылар бірлестіктерінің өкілдерін тұрақты қатыстыру керек."),
  P("TL19b","ru","Водопользователи — в Чу-Таласскую комиссию",
    "Распределение воды Таласа и Чу между Казахстаном и Кыргызстаном решается на заседаниях "
    "межгосударственной Чу-Таласской комиссии без тех, кого оно касается больше всего. Просим включать "
    "представителей объединений водопользователей Жамбылской области в делегацию на каждом заседании "
    "комиссии."))
case("cross",
  P("TL20a","kk","Шалғай ауылдарға көшпелі тіс емханасы",
    "Сарысу, Мойынқұм және Талас аудандарының шалғай ауылдарында тіс дәрігері жоқ, балаларды тіс "
    "емдеуге жүздеген шақырым жерге апаруға тура келеді. Облыс әкімдігі жабдықталған стоматологиялық "
    "автобус сатып алып, оны ауылдарға кесте бойынша жіберуі керек."),
  P("TL20b","ru","Передвижной стоматологический кабинет для сёл",
    "В отдалённых сёлах Сарысуского и Таласского районов нет ни одного стоматолога. Нужен "
    "стоматологический кабинет на колёсах, который будет объезжать сёла по графику."))
case("cross",
  P("TL21a","kk","Тараз бен Астана арасында күнделікті рейс қашан болады?",
    "Қазір Тараз әуежайынан Астанаға ұшақ аптасына үш-ақ рет ұшады, билет тез таусылады, ал пойызбен "
    "жол бір тәуліктен асады. Тараз – Астана бағыты бойынша күн сайын тікелей әуе рейсін ашуды сұраймыз."),
  P("TL21b","ru","Ежедневный авиарейс Тараз — Астана",
    "Нужно, чтобы самолёт из Тараза в Астану летал каждый день, а не три-четыре раза в неделю, как "
    "сейчас."))
case("cross",
  P("TL22a","kk","Тасөткел бөгетіне тәуелсіз сараптама",
    "Шу ауданындағы Тасөткел су қоймасының бөгеті кеңес кезінде салынған, соңғы жылдары тұрғындар оның "
    "бетон қабаттарында жарықтар пайда болғанын байқап жүр. Көктемгі су тасқынына дейін бөгеттің "
    "жай-күйіне тәуелсіз сараптама жүргізіп, қорытындысын жариялау қажет."),
  P("TL22b","ru","Проверить плотину Тасоткельского водохранилища",
    "Плотина Тасоткельского водохранилища на реке Шу построена ещё в советское время, а ниже неё живут "
    "тысячи людей. До весеннего паводка нужно провести независимое обследование плотины и сообщить "
    "жителям его результаты."))
case("cross",
  P("TL23a","kk","Шу ауданында көкөніс қоймасын салу",
    "Шу ауданының шаруалары күзде пияз бен картопты жинағанда сақтайтын жер болмағандықтан, өнімін "
    "алыпсатарларға арзанға өткізеді. Ауданда сыйымдылығы 5 мың тонналық тоңазытқышы бар көкөніс "
    "қоймасын салу керек."),
  P("TL23b","ru","Овощехранилище для фермеров Шуского района",
    "Фермеры Шуского района осенью отдают лук и картофель перекупщикам за бесценок, потому что хранить "
    "урожай негде. Нужно построить в районе холодильное овощехранилище на пять тысяч тонн."))
case("cross",
  P("TL24a","kk","Беркара шатқалында сарқырамаға дейінгі соқпақты белгілеу",
    "Беркара шатқалына демалыс күндері жүздеген адам барады, бірақ сарқырамаға баратын жол "
    "белгіленбеген, адамдар жиі адасып қалады. Шатқалда сарқырамаға дейінгі соқпақты белгілеп, басына "
    "ақпараттық тақта қою керек."),
  P("TL24b","en","A marked trail in the Berkara gorge",
    "Visitors to the Berkara gorge near Taraz keep getting lost on the way to the waterfall because "
    "there are no markers. Could the akimat mark the path up to the waterfall and put an information "
    "board at the trailhead?"))
case("cross",
  P("TL25a","kk","Қаратаудың юра кезеңіндегі қазбаларын қорғау",
    "Қаратау жотасындағы Әулие маңында юра кезеңінің жәндіктері мен балықтарының таңбалары сақталған "
    "тақтатастар бар, ғалымдар бұл жерді әлемдегі бірегей орындардың бірі деп атайды. Соңғы жылдары оны "
    "заңсыз қазып, тастарды сатып жатыр. Бұл аумаққа ерекше қорғалатын табиғи аумақ мәртебесін беру керек."),
  P("TL25b","en","Protect the Karatau fossil beds",
    "The Jurassic lake deposits of the Karatau ridge hold fossil insects, fish and plants found almost "
    "nowhere else, and fossil hunters dig there without any permit. We ask that the site be declared a "
    "specially protected natural area."))
case("cross",
  P("TL26a","ru","Пешеходный мост над путями в Шу",
    "Город Шу разрезан железнодорожной станцией, и жители, чтобы попасть в другую часть города, ходят "
    "прямо через пути, пролезая под вагонами. Здесь каждый год гибнут люди. Нужен пешеходный переход "
    "над путями станции Шу."),
  P("TL26b","en","A footbridge over the tracks in Shu",
    "In Shu, people crossing the busy railway yard climb under standing freight wagons, and there are "
    "accidents every year. The town needs a pedestrian overpass over the station tracks."))
case("cross",
  P("TL27a","ru","Бесплатная проверка скота на бруцеллёз в Жуалы",
    "В Жуалынском районе каждый год выявляют бруцеллёз у людей, а частные хозяйства проверяют скот за "
    "свой счёт и поэтому часто не проверяют вовсе. Предлагаем сделать анализ скота на бруцеллёз для "
    "личных подсобных хозяйств района бесплатным."),
  P("TL27b","en","Free brucellosis testing for household livestock",
    "Families in Zhualy district who keep a few cows and sheep have to pay for brucellosis tests, so "
    "many skip them, and human cases are reported every year. Brucellosis testing of household "
    "livestock in the district should be free of charge."))
case("cross",
  P("TL28a","kk","Тамшылатып суаруға берілетін субсидияны көтеру",
    "Жамбыл облысында су тапшылығы жыл сайын күшейіп келеді, ал тамшылатып суару жүйесін орнату шағын "
    "шаруа үшін тым қымбат. Шағын фермерлерге тамшылатып суару жабдығына берілетін субсидияны оның "
    "құнының 80%-ына дейін көтеру керек."),
  P("TL28b","ru","Капельное орошение: субсидия до 80 %",
    "Малые фермерские хозяйства Байзакского и Таласского районов не могут позволить себе капельное "
    "орошение. Предлагаем увеличить субсидию на системы капельного орошения для мелких фермеров до 80 % "
    "их стоимости."),
  P("TL28c","en","Raise the drip-irrigation subsidy for small farms",
    "Water for irrigation in Zhambyl region gets scarcer every summer. The subsidy for drip-irrigation "
    "equipment bought by small farmers should be raised to eighty per cent of its cost."))
case("cross",
  P("TL29a","kk","Жайлаудағы малшыларға күн панельдері",
    "Мерке және Қордай аудандарының тау жайлауларында малшылар жазы бойы электрсіз отырады: телефон "
    "зарядтауға, жарыққа, тоңазытқышқа қуат жоқ. Малшылардың шағын күн панельдерін сатып алуға кеткен "
    "шығынының жартысын мемлекет өтеуі керек."),
  P("TL29b","ru","Солнечные панели для чабанов на джайляу",
    "Чабаны, которые всё лето живут с отарами на горных пастбищах Меркенского и Кордайского районов, "
    "остаются без света и связи. Нужно возмещать им 50 % стоимости переносных солнечных станций."),
  P("TL29c","en","Solar kits for herders on summer pastures",
    "Can the region cover half the cost of small solar panels for shepherds who spend the summer on the "
    "mountain pastures of Merke and Kordai districts? They have no electricity there for months."))

# ---------------- opposite-meaning traps (kk 3, ru 3, en 2)
case("trap-polarity",
  P("TL30a","kk","Жаңатаста жаңа күкірт қышқылы цехын салуға рұқсат беру",
    "Жаңатастағы фосфор кешені қаланың шетінде жаңа күкірт қышқылы цехын салмақ, бұл 400 жұмыс орнын "
    "ашады. Қоғамдық тыңдаудан кейін әкімдік бұл цехты салуға рұқсат беруі керек."),
  P("TL30b","kk","Жаңатаста жаңа күкірт қышқылы цехын салуға тыйым салу",
    "Жаңатастағы фосфор кешені қаланың шетінде жаңа күкірт қышқылы цехын салмақ, бұл 400 жұмыс орнын "
    "ашады. Алайда қала ауасы онсыз да ластанған, сондықтан әкімдік бұл цехты салуға тыйым салуы керек."))
case("trap-polarity",
  P("TL31a","kk","Фермерлер суару суы үшін алдын ала төлеуі керек",
    "Су шаруашылығы кәсіпорны каналдарды жөндеуге қаражат таппай отыр. Бәйзақ ауданының фермерлері "
    "маусым басталмай тұрып, суару суы үшін алдын ала төлеуі керек."),
  P("TL31b","kk","Фермерлер суару суы үшін алдын ала төлемеуі керек",
    "Су шаруашылығы кәсіпорны каналдарды жөндеуге қаражат таппай отыр, бірақ бұл шаруалардың кінәсі "
    "емес. Бәйзақ ауданының фермерлері маусым басталмай тұрып, суару суы үшін алдын ала төлемеуі керек."))
case("trap-polarity",
  P("TL32a","kk","Жуалыда жайылымды жалға алу ақысын арттыру",
    "Жуалы ауданында мемлекеттік жайылымдарды жалға алу ақысы өте төмен, сондықтан кейбір адамдар "
    "жүздеген гектарды алып, пайдаланбай ұстап отыр. Жайылымды жалға алу ақысын арттыру керек."),
  P("TL32b","kk","Жуалыда жайылымды жалға алу ақысын азайту",
    "Жуалы ауданында мемлекеттік жайылымдарды жалға алу ақысы шағын шаруалар үшін ауыр, сондықтан олар "
    "малын ауыл маңында жаяды. Жайылымды жалға алу ақысын азайту керек."))
case("trap-polarity",
  P("TL33a","ru","Сохранить запрет на вывоз маточного поголовья овец",
    "С прошлого года действует запрет на вывоз маточного поголовья овец и коз за пределы страны, в том "
    "числе через Кордай в Кыргызстан. Предлагаем этот запрет сохранить ещё на три года, пока не "
    "восстановится поголовье."),
  P("TL33b","ru","Отменить запрет на вывоз маточного поголовья овец",
    "С прошлого года действует запрет на вывоз маточного поголовья овец и коз за пределы страны, в том "
    "числе через Кордай в Кыргызстан. Предлагаем этот запрет отменить, потому что фермеры теряют "
    "покупателей."))
case("trap-polarity",
  P("TL34a","ru","Завод должен принимать свёклу с низкой сахаристостью",
    "В засушливый год сахаристость свёклы в Меркенском районе падает ниже 14 %, и завод отказывается её "
    "принимать. Сахарный завод в Мерке должен принимать такую свёклу, пусть и по сниженной цене."),
  P("TL34b","ru","Завод не должен принимать свёклу с низкой сахаристостью",
    "В засушливый год сахаристость свёклы в Меркенском районе падает ниже 14 %. Сахарный завод в Мерке "
    "не должен принимать такую свёклу: сахара из неё выходит мало, и завод работает в убыток."))
case("trap-polarity",
  P("TL35a","ru","Увеличить лимит забора воды из Таласа для Байзакского района",
    "Байзакский район получает из Таласа около 120 миллионов кубометров воды в год, а посевные площади "
    "растут. Нужно увеличить лимит забора воды для района."),
  P("TL35b","ru","Сократить лимит забора воды из Таласа для Байзакского района",
    "Байзакский район получает из Таласа около 120 миллионов кубометров воды в год, и в низовьях реки "
    "летом почти не остаётся воды. Нужно сократить лимит забора воды для района."))
case("trap-polarity",
  P("TL36a","en","Allow camping in the Aksu-Zhabagly buffer zone",
    "Hikers who come to the Zhualy side of the Aksu-Zhabagly reserve have nowhere to stay overnight. "
    "Camping should be allowed at marked spots in the reserve's buffer zone."),
  P("TL36b","en","Ban camping in the Aksu-Zhabagly buffer zone",
    "Hikers who come to the Zhualy side of the Aksu-Zhabagly reserve leave rubbish and campfire scars "
    "behind. Camping should be banned in the reserve's buffer zone."))
case("trap-polarity",
  P("TL37a","en","Keep the diesel discount for spring sowing",
    "Every spring farmers in Zhambyl region buy diesel for sowing at a discounted price agreed by the "
    "akimat. The group asks to keep this discount for the coming sowing seasons."),
  P("TL37b","en","Abolish the diesel discount for spring sowing",
    "Every spring farmers in Zhambyl region buy diesel for sowing at a discounted price agreed by the "
    "akimat. The group asks to abolish this discount, because much of the cheap fuel is resold at "
    "filling stations."))

# ---------------- number traps (days, hectares, tenge, per cent)
case("trap-number",
  P("TL38a","kk","Қызылша үшін ақыны он күн ішінде төлеу",
    "Мерке қант зауыты қызылша тапсырған шаруаларға ақшаны кейде үш айға дейін кешіктіреді. Зауыт "
    "қызылша үшін ақыны тапсырылған күннен бастап он күн ішінде төлеуі тиіс."),
  P("TL38b","kk","Қызылша үшін ақыны отыз күн ішінде төлеу",
    "Мерке қант зауыты қызылша тапсырған шаруаларға ақшаны кейде үш айға дейін кешіктіреді. Зауыт "
    "қызылша үшін ақыны тапсырылған күннен бастап отыз күн ішінде төлеуі тиіс."))
case("trap-number",
  P("TL39a","kk","Жас фермерлерге бес гектарға дейін суармалы жер",
    "Талас ауданында бос жатқан суармалы жер көп, ал ауылдағы жастар жер ала алмай қалаға кетіп жатыр. "
    "Отызға толмаған жас фермерлерге бес гектарға дейін суармалы жерді конкурссыз жалға беру керек."),
  P("TL39b","kk","Жас фермерлерге он гектарға дейін суармалы жер",
    "Талас ауданында бос жатқан суармалы жер көп, ал ауылдағы жастар жер ала алмай қалаға кетіп жатыр. "
    "Отызға толмаған жас фермерлерге он гектарға дейін суармалы жерді конкурссыз жалға беру керек."))
case("trap-number",
  P("TL40a","ru","Плата за место на рынке в Кордае — не больше 1 000 тенге",
    "На приграничном рынке в Кордае торгуют жители окрестных сёл, приезжают покупатели из Кыргызстана. "
    "Плату за торговое место для местных фермеров нужно ограничить суммой 1 000 тенге в день."),
  P("TL40b","ru","Плата за место на рынке в Кордае — не больше 3 000 тенге",
    "На приграничном рынке в Кордае торгуют жители окрестных сёл, приезжают покупатели из Кыргызстана. "
    "Плату за торговое место для местных фермеров нужно ограничить суммой 3 000 тенге в день."))
case("trap-number",
  P("TL41a","en","Cut sulphur dioxide from the Taraz phosphorus plant by 30 %",
    "Residents near the phosphorus plant on the edge of Taraz complain of a sour smell on still "
    "evenings. The plant should cut its sulphur dioxide emissions by 30 % by 2030, compared with 2024."),
  P("TL41b","en","Cut sulphur dioxide from the Taraz phosphorus plant by 50 %",
    "Residents near the phosphorus plant on the edge of Taraz complain of a sour smell on still "
    "evenings. The plant should cut its sulphur dioxide emissions by 50 % by 2030, compared with 2024."))

# ---------------- distinct: the same ask for another place/group, or one topic with different asks
case("distinct",
  P("TL42a","kk","Қарахан кесенесінің маңын абаттандыру",
    "Тараздағы Қарахан кесенесінің айналасындағы аулалар мен жолдар ретсіз, кешке жарық жоқ. Кесененің "
    "маңына жарық, орындық және ақпараттық тақта орнатып, абаттандыру керек."),
  P("TL42b","kk","Тектұрмас кесенесінің маңын абаттандыру",
    "Тараздағы Талас жағасындағы Тектұрмас кесенесіне апаратын жол мен баспалдақтар тозған, кешке жарық "
    "жоқ. Кесененің маңына жарық, орындық және ақпараттық тақта орнатып, абаттандыру керек."))
case("distinct",
  P("TL43a","kk","Қант зауытының жомын малшыларға арзан сату",
    "Мерке қант зауытында қызылша жомы көп жиналады, ал ол малға жақсы жем. Зауыт жомды жергілікті "
    "малшыларға көтерме бағадан арзан сатуы керек."),
  P("TL43b","kk","Қант зауытының маусымдық жұмысшыларымен еңбек шартын жасасу",
    "Мерке қант зауыты қызылша өңдеу маусымында жүздеген адамды шартсыз жұмысқа алады, олар үшін "
    "зейнетақы жарнасы төленбейді. Зауыт маусымдық жұмысшылармен еңбек шартын жасасуы керек."))
case("distinct",
  P("TL44a","ru","Отдельное окно для пенсионеров на КПП «Кордай»",
    "На пешеходном пункте пропуска «Кордай» пожилые люди стоят в общей очереди по несколько часов. "
    "Нужно сделать отдельное окно для пенсионеров."),
  P("TL44b","ru","Отдельное окно для людей с инвалидностью на КПП «Кордай»",
    "На пешеходном пункте пропуска «Кордай» люди на колясках и с костылями стоят в общей очереди по "
    "несколько часов. Нужно сделать отдельное окно для людей с инвалидностью."))
case("distinct",
  P("TL45a","ru","Расчистить русло Таласа в Таразе",
    "В черте Тараза русло Таласа заросло камышом и завалено мусором, при паводке вода подступает к "
    "домам. Просим акимат расчистить русло в пределах города до весны."),
  P("TL45b","ru","Запретить сброс ливнёвки в Талас без очистки",
    "В черте Тараза ливневые коллекторы сбрасывают в Талас воду с улиц без всякой очистки: масло, "
    "песок, мусор. Нужно запретить такой сброс и построить очистные сооружения на выпусках."))
case("distinct",
  P("TL46a","en","A covered farmers' market in Shu",
    "Farmers in Shu sell vegetables and milk from car boots along the main street, in heat and in rain. "
    "The akimat should build a covered market for local farmers in Shu."),
  P("TL46b","en","A covered farmers' market in Merke",
    "Farmers in Merke sell vegetables and milk from car boots along the main street, in heat and in "
    "rain. The akimat should build a covered market for local farmers in Merke."))
