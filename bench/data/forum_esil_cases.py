# A forum "Esil" (held out entirely): written BLIND for issue 9's tenth pass, before and without
# seeing the merge rules (src/recbook/merge/), docs/, README.md, the tests, any other bench/*.py or
# any dedupe output or score, and to be run ONCE, as an outside measure of the tenth pass. Nothing
# here was tuned on a run. Only make_eval.py, the first ~60 lines of forum_ertis_cases.py (format),
# the header comments of the other forums (to avoid their topics) and /work/shared/design/KAZAKH.md
# (Kazakh spelling, names of bodies) were read.
# Voice: MIXED, as civic activists, students, pensioners, small-business owners and parents'
# committees write: about a third SHORT cards (a title and one short sentence), a third MEDIUM
# (2-3 sentences, the ask often first, sometimes as a question - "Неге ...?", "Сколько ещё ждать
# ...?", "Can the city ...?" - or "we need ..." - "бізге ... керек", "нужен/нужно ...") and a third
# LONG (4-5 sentences, context then the ask, sometimes addressed to a body: Астана әкімдігі,
# Оқу-ағарту министрлігі, Ауыл шаруашылығы министрлігі; маслихат Астаны, Министерство транспорта;
# the akimat of Astana, the Ministry of Agriculture). Some numbers in digits, some spelt out.
# kk about 45 %, ru 35 %, en 20 %. The setting is an Astana and Akmola-region forum: the Esil river,
# Kokshetau, Burabay/Shchuchinsk, Stepnogorsk, Kosshy, Atbasar, Ereymentau.
# Topics the other forums do not use: cleaning Lake Kopa in Kokshetau, guest-house sewage at
# Burabay, snow fences on the Astana-Shchuchinsk highway, lifts in pedestrian underpasses, local
# jobs at the Ereymentau wind farms, summer buses to dacha plots, cash collections by parents'
# committees, snow retention on fields, icicles falling from roofs (OSI fines), first-grade
# admission by address, night construction noise, active-longevity centres, grain wagons at harvest,
# a crossing on the Kosshy highway, workbooks bought by parents, the Esil embankment in winter,
# real-time arrival boards, LRT to Kosshy, park-and-ride for Burabay, visiting specialists in
# Stepnogorsk, a travel card for college students, an Atbasar-Astana commuter train, snow dumped on
# the Esil banks, the level of Lake Shchuchye (Үлкен Шабақты), grain dryers, kiosk demolition
# notice, dog-walking areas, free evening Kazakh courses, water buses on the Esil, small rural
# schools, jet skis on the Burabay lakes, the café summer-terrace season, bus lanes, the share of
# oilseeds, subbotniks for public-sector staff, de-icing chemicals on pavements, a congestion
# charge, bus intervals to new districts, building on the Esil bank, parking fees, QR payment fees,
# new schools in Koktal/Shubar, free parking for district doctors/social workers, free pool hours,
# Kokshetau airport, the Zhabai river at Atbasar.
# Kinds (46 cases, 94 proposals): exact (1, kk); spelling (3: typos in key words, kk/ru/en one
# each); homoglyph (1, kk, via homo()); same-language paraphrases written as by two different people
# (12: kk 5, ru 5, en 2 - synonyms, other context, nominal vs verbal style, reordering, a question vs
# a statement, digits vs words, one adding a detail, a short card vs a medium or long text); cross-
# language cases with NO translation supplied, written independently (12: kk/ru 6, kk/en 2, ru/en 2,
# and two kk/ru/en triples); opposite-meaning traps with shared wording (8: kk -уы/-мауы керек,
# allow vs ban, extend vs shorten; ru keep vs abolish, increase vs reduce, mandatory vs voluntary;
# en allow vs ban, should vs should not); number traps (4: minutes of a bus interval, metres, tenge,
# per cent); distinct look-alikes (5: one district, one profession, one group of people, and two
# topics with different asks).
# Generate: python bench/data/make_eval.py bench/data/forum_esil_cases.py bench/data/forum_esil.yaml

# ---------------- exact, spelling and homoglyph variants
_E01 = ("Көкшетаудағы Қопа көлін жыл сайын қамыс басып, жағасы батпаққа айналып барады. Жазда балдырдың "
        "иісі маңайдағы үйлерге дейін жетеді, былтыр жағада өлі балықтар шығып жатты. Көлді тазалау туралы "
        "уәде бірнеше рет берілді, бірақ жұмыс бір жазда басталады да, тоқтап қалады. Қала әкімдігінен "
        "көлдің түбін тазалап, қамысын шабуды бірнеше жылға арналған жоспармен жүйелі түрде қолға алуды "
        "сұраймыз.")
case("exact",
  P("ES01a","kk","Қопа көлін тазалау керек", _E01),
  P("ES01b","kk","Көкшетау: Қопа көлі батпаққа айналып барады", _E01))
case("spelling",
  P("ES02a","kk","Бурабайдағы қонақ үйлердің кәрізі",
    "Бурабай мен Үлкен Шабақты көлдерінің жағасындағы қонақ үйлер мен демалыс үйлерінің көбі орталық "
    "кәрізге қосылмаған. Ағынды суды септикке жинайды, бірақ оны уақытында тазартпайды, ал кейбірі "
    "тікелей жерге ағызады. Соның кесірінен көлдердегі су жыл сайын лайланып, жағада шомылуға болмайтын "
    "жерлер көбейді. Ақмола облысының әкімдігі мен «Бурабай» ұлттық паркі барлық демалыс орындарын 2027 "
    "жылға дейін кәріз желісіне қосуды және септиктерді тексеруді ұйымдастыруы керек."),
  P("ES02b","kk","Бурабайдағы қонак үйлердің кәрзі",
    "Бурабай мен Үлкен Шабақты колдерінің жағасындағы қонак үйлер мен демалыс үйлерінің көбі орталық "
    "карізге қосылмаған. Ағынды суды септкке жинайды, бірақ оны уақытында тазатпайды, ал кейбірі "
    "тікелей жерге ағызады. Соның кесірінен колдердегі су жыл сайын лайланып, жағада шомылуға болмайтын "
    "жерлер көбейді. Ақмола облысының әкімдігі мен «Бурабай» ұлттық паркі барлық демалыс орындарын 2027 "
    "жылға дейін кәрз желісіне қосуды және септиктерді тексеруді ұйымдастыруы керек."))
case("spelling",
  P("ES03a","ru","Снегозадерживающие щиты на трассе Астана — Щучинск",
    "Каждую зиму при буране трассу Астана — Щучинск закрывают из-за снежных заносов, и люди часами стоят "
    "в пробках на морозе. Сильнее всего заметает открытые участки, где вдоль дороги нет ни одного дерева. "
    "Раньше там стояли снегозадерживающие щиты, но их давно никто не восстанавливал. Просим установить "
    "щиты или высадить лесополосы на самых открытых участках трассы до следующей зимы."),
  P("ES03b","ru","Снегозадерживаюшие щиты на трасе Астана — Щучинск",
    "Каждую зиму при буране трассу Астана — Щучинск закрывают из-за снежных заностов, и люди часами стоят "
    "в пробках на марозе. Сильнее всего заметает открытые участки, где вдоль дороги нет ни одного дерева. "
    "Раньше там стояли снегозадерживащие щиты, но их давно никто не востанавливал. Просим установить "
    "щиты или высадить лесаполосы на самых открытых участках трассы до следующей зимы."))
case("spelling",
  P("ES04a","en","Lifts in pedestrian underpasses",
    "Most pedestrian underpasses in Astana have only steep stairs, so people in wheelchairs, parents with "
    "strollers and elderly people cross the avenue on the road instead. Can the city install lifts or "
    "ramps in every underpass on the main avenues?"),
  P("ES04b","en","Lifts in pedestrain underpasses",
    "Most pedestrain underpases in Astana have only steep stairs, so people in wheelchiars, parents with "
    "strolers and elderly people cross the avenue on the road instead. Can the city instal lifts or "
    "ramps in every underpass on the main avenues?"))
_H05t = "Ерейментау жастарына жел станцияларынан жұмыс"
_H05 = ("Ерейментау маңында жаңа жел электр станциялары салынып жатыр, бірақ оларға жұмысшыларды негізінен "
        "басқа өңірлерден әкеледі. Станция иелері жергілікті халыққа жұмыс орындарын уәде еткен болатын. "
        "Қаладағы жастар жұмыссыз жүр, ал колледжде жел турбиналарына қызмет көрсетуді үйрететін мамандық "
        "жоқ. Инвесторлар жергілікті тұрғындарды жұмысқа алуға және Ерейментаудағы колледжде осы мамандық "
        "бойынша оқыту бағдарламасын ашуға міндеттеме алуы керек.")
case("homoglyph",
  P("ES05a","kk",_H05t,_H05),
  P("ES05b","kk",homo(_H05t),homo(_H05)))

# ---------------- paraphrases, one language each: kk
case("paraphrase",
  P("ES06a","kk","Саяжайға автобус",
    "Жазда саяжайларға баратын автобустарды көбейтіңіздер, таңертең автобусқа сыймаймыз."),
  P("ES06b","kk","Саяжай массивтеріне қатынайтын маршруттар",
    "Бізге маусымнан қыркүйекке дейін саяжай массивтеріне қосымша рейстер керек. Демалыс күндері таңғы "
    "сағат жетіде аялдамада елу-алпыс адам тұрады, көбі зейнеткерлер, ал автобус сағатына бір-ақ рет "
    "келеді. Астана әкімдігі жазғы маусымда осы бағыттардағы рейстер санын арттырса екен."))
case("paraphrase",
  P("ES07a","kk","Мектепте ақша жинауды доғару",
    "Ата-аналар комитеті арқылы сыныпқа перде, жөндеу, мұғалімге сыйлық деп ай сайын ақша жиналады. Бұл "
    "бәрінің қалтасына бірдей емес, төлей алмаған отбасының баласы ұялып қалады. Мектептерде ата-аналардан "
    "қолма-қол ақша жинауға тыйым салынсын."),
  P("ES07b","kk","Ата-аналардан алынатын жарналар туралы",
    "Біз Астанадағы бірнеше мектептің ата-аналар комитетінің мүшелеріміз. Жыл сайын қыркүйекте сынып "
    "жетекшілері «сынып қоры» деп әр баладан он-он бес мың теңге сұрайды, оның есебі де берілмейді. Көп "
    "балалы отбасыларға бұл ауыр тиеді. Оқу-ағарту министрлігі мен қалалық білім басқармасы мектептерде "
    "ата-аналардан кез келген ақша жинауды тоқтатып, жөндеу мен жабдықтың шығынын бюджеттен қарастыруы керек."))
case("paraphrase",
  P("ES08a","kk","Қар тоқтатуға субсидия",
    "Ақмола облысында соңғы жылдары көктемде топырақта ылғал аз болып, егін құрғақшылықтан зардап шегіп "
    "жүр. Қыста егістікте қар тоқтату жұмыстарын жүргізсе, ылғал көктемге дейін сақталады. Бірақ шағын "
    "шаруа қожалықтарына оған техника мен жанармай жетпейді. Ауыл шаруашылығы министрлігінен қар тоқтатуға "
    "жұмсалған шығынның бір бөлігін субсидиялауды сұраймыз, бұл әсіресе Атбасар мен Жақсы аудандарының "
    "шаруаларына керек."),
  P("ES08b","kk","Егістікте қар ұстау",
    "Қар тоқтату жұмыстарына мемлекеттен көмек керек. Қыстағы қарды далада ұстап қалсақ, көктемде жер "
    "ылғалды болады, бірақ шаруа оны өз қалтасынан жасай алмайды. Соған кеткен шығынды ішінара өтейтін "
    "субсидия енгізілсе дұрыс болар еді."))
case("paraphrase",
  P("ES09a","kk","Шатырдағы мұз сүңгілері",
    "Шатырдан мұз бен қарды уақытында тазаламаған МИБ-терге айыппұл салынсын."),
  P("ES09b","kk","Шатырдан құлайтын мұз – қауіп",
    "Наурыз айында күн жылына бастағанда Астанадағы ескі үйлердің шатырынан үлкен-үлкен мұз сүңгілері "
    "құлайды. Былтыр біздің аулада бір жасөспірімнің басына мұз түсіп, ауруханаға жеткізілді. Тұрғындар "
    "мүлік иелерінің бірлестігіне хабарласады, бірақ шатырды ешкім тазаламайды. Шатырды қар мен мұздан "
    "тазалау міндетін орындамаған мүлік иелерінің бірлестіктері мен басқарушы компанияларға айыппұл "
    "енгізу керек."))
case("paraphrase",
  P("ES10a","kk","Бірінші сыныпқа қабылдау",
    "Неге баланы үйдің қасындағы мектептің бірінші сыныбына алмайды? Біз мектептің дәл жанында тұрамыз, "
    "бірақ орын жоқ деп баламызды үш аялдама әрі мектепке жіберді. Алдымен сол мектептің аумағында "
    "тіркелген балаларды қабылдау керек емес пе?"),
  P("ES10b","kk","Мектепке тіркелген мекенжай бойынша",
    "Бірінші сыныпқа қабылдағанда мектепке бекітілген аумақта тұратын балаларға басымдық берілсін. Қазір "
    "онлайн кезекте орындарды басқа аудандағылар алып қояды да, көрші үйдегі бала орынсыз қалады."))

# ---------------- paraphrases: ru
case("paraphrase",
  P("ES11a","ru","Стройки по ночам",
    "Нужно запретить строительные работы в жилых кварталах Астаны с 23:00 до 7:00. Рядом с нашими домами "
    "на Левом берегу всю ночь льют бетон и забивают сваи, дети не спят."),
  P("ES11b","ru","Шум от строительства в ночное время",
    "Застройщики в столице, торопясь сдать объекты, работают круглосуточно: по ночам гудят миксеры, стучат "
    "сваебойные установки, светят прожекторы. Жалобы в акимат района заканчиваются отписками. Жители "
    "районов Нура и Есиль просят маслихат Астаны внести в правила благоустройства прямой запрет на шумные "
    "строительные работы рядом с жилыми домами с одиннадцати вечера до семи утра и штрафы для подрядчиков."))
case("paraphrase",
  P("ES12a","ru","Центры активного долголетия",
    "Открыть центр активного долголетия для пенсионеров в каждом районе Астаны."),
  P("ES12b","ru","Куда пойти пенсионеру?",
    "Пожилым людям в столице некуда пойти: бесплатные кружки есть в одном-двух местах, и ехать туда через "
    "весь город. Нужно, чтобы в каждом районе был свой клуб для пенсионеров, где можно заниматься "
    "гимнастикой, учиться компьютеру, языкам и просто общаться."))
case("paraphrase",
  P("ES13a","ru","Нехватка зерновозов в уборочную",
    "В разгар уборочной элеваторы Акмолинской области переполнены, а вагонов-зерновозов не хватает: заявки "
    "хозяйств на отгрузку ждут по месяцу и дольше. Зерно лежит на токах под дождём и теряет класс. Мелкие "
    "хозяйства страдают больше всех, потому что крупные холдинги получают вагоны первыми. Фермеры просят "
    "Министерство транспорта и «Қазақстан темір жолы» с сентября по ноябрь выделять зерновые вагоны в "
    "приоритетном порядке для станций Атбасар, Есиль и Макинск."),
  P("ES13b","ru","Вагоны для зерна",
    "Обеспечить фермеров вагонами-зерновозами в уборочную, чтобы зерно не гнило на токах."))
case("paraphrase",
  P("ES14a","ru","Светофор на въезде в Косшы",
    "На трассе у въезда в Косшы нет ни светофора, ни надземного перехода, а люди идут через четыре полосы "
    "к остановке. Нужен регулируемый пешеходный переход, пока не случилась беда."),
  P("ES14b","ru","Безопасный переход через трассу в Косшы",
    "Сколько ещё ждать нормального перехода через трассу Астана — Косшы? Школьники и пенсионеры каждый "
    "день перебегают дорогу к автобусной остановке, а машины идут 90 км/ч. Просим поставить у въезда в "
    "город светофор с пешеходным переходом."))
case("paraphrase",
  P("ES15a","ru","Рабочие тетради за счёт родителей",
    "Учебники в школах выдают бесплатно, но к каждому предмету учитель требует купить ещё рабочую тетрадь, "
    "прописи или атлас. Выходит 15–20 тысяч тенге на ребёнка за год. В семьях, где трое-четверо "
    "школьников, это серьёзные деньги. Родительский комитет одной из школ Кокшетау просит управление "
    "образования Акмолинской области запретить школам требовать от родителей покупку рабочих тетрадей и "
    "дополнительных пособий."),
  P("ES15b","ru","Обязательные тетради",
    "Школа не должна заставлять родителей покупать рабочие тетради и пособия сверх бесплатных учебников. "
    "Если без тетради учиться нельзя, пусть её выдают из школьной библиотеки."))

# ---------------- paraphrases: en
case("paraphrase",
  P("ES16a","en","Keep the Esil embankment open in winter",
    "From November to March the promenade along the Esil is buried in snow and the lights go off at ten, "
    "so nobody walks there. Can the city clear the embankment path and keep it lit in winter, the same as "
    "in summer?"),
  P("ES16b","en","A riverside walk all year round",
    "Astana has almost six months of winter, yet the riverside walk is only looked after in the warm "
    "season. After a snowfall the path is left uncleared for days, the benches disappear under drifts and "
    "half of the lamps stay dark. Families, runners and dog owners would use it if it were maintained. We "
    "ask the akimat of Astana to put the Esil embankment into the winter snow-clearing plan and keep the "
    "lighting on until midnight."))
case("paraphrase",
  P("ES17a","en","Arrival boards at bus stops",
    "Put electronic boards showing real bus arrival times at the busiest stops."),
  P("ES17b","en","Waiting in the cold without knowing",
    "At minus thirty you cannot stand at a stop for twenty minutes not knowing whether your bus is coming, "
    "and not every pensioner has the app on a smartphone. We need screens at the main stops that show when "
    "the next buses will actually arrive."))

# ---------------- cross-language, no translations: kk/ru
case("cross",
  P("ES18a","kk","LRT желісін Қосшыға дейін жеткізу",
    "Қосшыдан Астанаға күн сайын мыңдаған адам жұмысқа қатынайды, таңертең тас жол кептеліп тұрады. "
    "LRT-ның бірінші желісін әуежайдан әрі қарай Қосшы қаласына дейін ұзарту жоспарын қазірден бастап "
    "жасау керек."),
  P("ES18b","ru","LRT до Косшы",
    "Продлить линию LRT от аэропорта до города Косшы."))
case("cross",
  P("ES19a","kk","Бурабайға жеке көлікті кіргізбеу",
    "Жазғы маусымда Бурабай курорттық аймағына жеке көліктерді кіргізбей, оларды Щучинск маңындағы "
    "тұраққа қалдырып, демалушыларды автобуспен тасу керек."),
  P("ES19b","ru","Пробки в Боровом",
    "Летом по выходным в посёлок Бурабай въезжает столько машин, что узкие улицы стоят в пробке, а воздух "
    "у озера хуже, чем в городе. Парковки у пляжей забиты, машины ставят прямо в лесу. Предлагаем по "
    "примеру европейских курортов ограничить в сезон въезд частного транспорта в курортную зону: машины "
    "оставлять на перехватывающей стоянке в Щучинске, а отдыхающих возить электробусами. Просим акимат "
    "Акмолинской области и нацпарк «Бурабай» проработать это к лету 2026 года."))
case("cross",
  P("ES20a","kk","Степногорскке көшпелі дәрігер-мамандар",
    "Степногорск қалалық ауруханасында балалар неврологы, эндокринолог пен ревматолог жоқ. Баланы "
    "тексерту үшін Астанаға немесе Көкшетауға жүздеген шақырым жол жүруге тура келеді, ал қабылдауға "
    "кезек айлап күтіледі. Зейнеткерлер мұндай сапарға шыдай алмайды. Облыстық денсаулық сақтау "
    "басқармасынан облыстық аурухананың тар мамандарын ай сайын Степногорскке қабылдауға жіберіп тұруды "
    "сұраймыз."),
  P("ES20b","ru","Выездные врачи в Степногорск",
    "В Степногорске не хватает узких специалистов, особенно детских. Нужно, чтобы врачи областной "
    "больницы каждый месяц приезжали к нам вести приём, а не гоняли людей за сотни километров."))
case("cross",
  P("ES21a","kk","Колледж студенттеріне жол ақысынан жеңілдік",
    "Астанада университет студенттері автобусқа жеңілдікпен мінеді, ал колледж студенттері толық бағамен "
    "төлейді. Колледжде оқитындардың көбі – ауылдан келген жастар, стипендиясы аз. Оларға да студенттік "
    "жол жүру картасы берілсін."),
  P("ES21b","ru","Студенческий проездной для колледжей",
    "Распространить льготный студенческий проезд в автобусах Астаны на студентов колледжей."))
case("cross",
  P("ES22a","kk","Атбасар – Астана пойызы",
    "Атбасардан Астанаға күн сайын таңертең жүретін қала маңы пойызын қосыңыздар."),
  P("ES22b","ru","Электричка Атбасар — Астана",
    "Из Атбасара в столицу можно уехать только проходящими поездами, билетов часто нет, а автобус идёт "
    "больше четырёх часов. Нужен ежедневный пригородный поезд, который утром уходит в Астану, а вечером "
    "возвращается обратно."))
case("cross",
  P("ES23a","kk","Қарды Есілдің жағасына төкпеу",
    "Қыс бойы көшелерден шығарылған қарды көліктер Есіл өзенінің жағасы мен жайылмасына төгеді. Көктемде "
    "бұл қар реагент, құм және қоқыспен бірге өзенге ағып кетеді. Экологтар бұған бірнеше жылдан бері "
    "дабыл қағып келеді. Астана әкімдігі қар төгетін алаңдарды өзеннен алыс жерге көшіріп, қар еріту "
    "қондырғыларын салуы керек."),
  P("ES23b","ru","Снег в Есиль — это грязь в реке",
    "Пора перестать свозить уличный снег к берегам Есиля: весной вся грязь и соль с дорог уходят в реку. "
    "Пусть город вывозит снег на площадки подальше от воды или плавит его на снегоплавильных пунктах."))

# ---------------- cross-language: kk/en
case("cross",
  P("ES24a","kk","Үлкен Шабақты көлі тартылып барады",
    "Щучинск маңындағы Үлкен Шабақты көлінің суы жылдан-жылға азайып, жағасы бірнеше метрге шегінді. "
    "Көлден суды кім, қанша алатынын тексеріп, су алуды шектеу керек, ал қаланы ауыз сумен жерасты "
    "көздерінен қамтамасыз еткен жөн."),
  P("ES24b","en","Save Lake Shchuchye",
    "Lake Shchuchye next to Shchuchinsk has lost a lot of water over the last twenty years: old piers now "
    "stand on dry land. Part of the problem is that the town's water supply and several resorts still "
    "pump from the lake itself. We propose that the regional akimat audit every water intake from the "
    "lake and cap how much can be taken, and that Shchuchinsk be switched to groundwater. Otherwise our "
    "children may see the lake turn into a puddle."))
case("cross",
  P("ES25a","kk","Астық кептіргішке субсидия",
    "Шағын шаруашылықтарға астық кептіргіш сатып алуға субсидия берілсін, жаңбырлы күзде астық дымқыл "
    "қалып жатыр."),
  P("ES25b","en","Grain dryers for small farms",
    "After the wet autumn of 2024 many small farms in Akmola region could not sell their wheat because it "
    "was too damp, and elevators charged a lot for drying it. The Ministry of Agriculture should "
    "subsidise the purchase of grain dryers for small and medium farms or their cooperatives."))

# ---------------- cross-language: ru/en
case("cross",
  P("ES26a","ru","Снос торговых павильонов",
    "За последние два года в Астане снесли сотни небольших павильонов и киосков у остановок. Многие "
    "предприниматели узнавали о сносе за неделю, хотя брали на павильон кредиты и работали по договору с "
    "акиматом. Люди остались без дохода и без компенсации. Просим маслихат Астаны закрепить правило: о "
    "сносе нестационарных торговых объектов предупреждать не менее чем за шесть месяцев и возмещать "
    "владельцам затраты, если договор ещё действует."),
  P("ES26b","en","Fair rules for removing kiosks",
    "Small kiosk owners in Astana are often told to take down their pavilions at a few days' notice. We "
    "ask for at least six months' warning and compensation for owners whose lease with the city has not "
    "yet run out."))
case("cross",
  P("ES27a","ru","Площадки для выгула собак",
    "Оборудовать огороженную площадку для выгула собак в каждом микрорайоне Астаны."),
  P("ES27b","en","Where can we walk our dogs?",
    "Dog owners in Astana get fined for walking dogs in parks and courtyards, but there is almost nowhere "
    "else to go: the city has only a handful of dog areas. Could every residential neighbourhood get at "
    "least one fenced dog-walking area?"))

# ---------------- cross-language triples: kk/ru/en
case("cross",
  P("ES28a","kk","Ересектерге тегін қазақ тілі курстары",
    "Астанада қазақ тілін үйренгісі келетін ересектер көп, бірақ ақылы курстар қымбат, ал тегіндері жұмыс "
    "уақытында өтеді. Кітапханалар мен мектептерде кешкі уақытта тегін курстар ашылса, көп адам барар еді."),
  P("ES28b","ru","Бесплатный казахский для взрослых",
    "Нужны бесплатные вечерние курсы казахского языка для взрослых в каждом районе столицы."),
  P("ES28c","en","Evening Kazakh classes for working adults",
    "Many Russian-speaking adults in Astana want to learn Kazakh, and more and more jobs expect it. The "
    "free state courses run in the daytime, when people are at work, and private schools charge 30,000 "
    "tenge a month or more. We suggest the akimat open free evening Kazakh groups in district libraries "
    "and schools, with levels from beginner to conversational. It would cost little and reach thousands "
    "of people."))
case("cross",
  P("ES29a","kk","Есілде өзен трамвайы",
    "Жазда Есіл өзенімен қатынайтын өзен трамвайын қоғамдық көлік ретінде іске қосу керек."),
  P("ES29b","ru","Речной транспорт по Есилю",
    "Почему в столице, через которую течёт Есиль, нет речного транспорта? Летом можно было бы пустить по "
    "реке водные автобусы с причалами вдоль набережной, и это разгрузило бы мосты и дороги."),
  P("ES29c","en","Water buses on the Esil",
    "Launch summer water buses along the Esil as part of Astana's public transport, with a regular "
    "timetable."))

# ---------------- opposite-meaning traps: kk
_T30 = ("Ақмола облысында оқушы саны елуден аз шағын жинақты мектептер жүзден асады. Оларда бір мұғалім "
        "бірнеше пәннен сабақ береді, ал балалар саны жыл сайын азайып келеді. Бұл мәселе облыстық "
        "мәслихатта бірнеше рет талқыланды, бірақ шешім әлі жоқ. ")
case("trap-polarity",
  P("ES30a","kk","Шағын жинақты мектептер",
    _T30 + "Біздің ойымызша, мұндай мектептер жабылуы керек, ал балалар аудан орталығындағы ірі мектептерге "
    "тасылуы керек."),
  P("ES30b","kk","Шағын жинақты мектептер",
    _T30 + "Біздің ойымызша, мұндай мектептер жабылмауы керек, ал балалар аудан орталығындағы ірі "
    "мектептерге тасылмауы керек."))
case("trap-polarity",
  P("ES31a","kk","Бурабайдағы гидроциклдер",
    "Бурабай көлдерінде жазда гидроцикл мен моторлы қайықпен жүзуге тыйым салынсын."),
  P("ES31b","kk","Бурабайдағы гидроциклдер",
    "Бурабай көлдерінде жазда гидроцикл мен моторлы қайықпен жүзуге рұқсат берілсін."))
case("trap-polarity",
  P("ES32a","kk","Кафелердің жазғы алаңдары",
    "Астанадағы кафелердің жазғы алаңдарының жұмыс маусымын ұзарту керек."),
  P("ES32b","kk","Кафелердің жазғы алаңдары",
    "Астанадағы кафелердің жазғы алаңдарының жұмыс маусымын қысқарту керек."))

# ---------------- opposite-meaning traps: ru
_T33 = ("На проспекте Республики и улице Кенесары уже несколько лет работают выделенные полосы для "
        "автобусов. Водители жалуются на пробки в соседних рядах, а пассажиры отмечают, что автобусы стали "
        "ходить быстрее. Вопрос поднимали на встрече с акимом района, но решения так и нет. ")
case("trap-polarity",
  P("ES33a","ru","Выделенные полосы на проспекте Республики",
    _T33 + "Предлагаем сохранить выделенные полосы и продолжать штрафовать тех, кто по ним ездит."),
  P("ES33b","ru","Выделенные полосы на проспекте Республики",
    _T33 + "Предлагаем отменить выделенные полосы и перестать штрафовать тех, кто по ним ездит."))
case("trap-polarity",
  P("ES34a","ru","Масличные в севообороте",
    "Увеличить долю масличных культур в посевах Акмолинской области."),
  P("ES34b","ru","Масличные в севообороте",
    "Сократить долю масличных культур в посевах Акмолинской области."))
_T35 = ("Весной и осенью учителей, врачей и сотрудников акиматов в Астане и Кокшетау привлекают к субботникам, "
        "а зимой — к уборке снега у своих организаций. Обычно это бывает в выходные. Мнения в коллективах "
        "расходятся. ")
case("trap-polarity",
  P("ES35a","ru","Субботники для бюджетников",
    _T35 + "Участие работников бюджетной сферы в субботниках должно быть добровольным, и это нужно прямо "
    "прописать в распоряжении акимата."),
  P("ES35b","ru","Субботники для бюджетников",
    _T35 + "Участие работников бюджетной сферы в субботниках должно быть обязательным, и это нужно прямо "
    "прописать в распоряжении акимата."))

# ---------------- opposite-meaning traps: en
_T36 = ("Pavements in Astana are now treated only with sand and gravel, while chemical de-icers are used on "
        "the roads. De-icers would make pavements less slippery but can damage trees, shoes and dogs' paws. ")
case("trap-polarity",
  P("ES36a","en","De-icing chemicals on pavements",
    _T36 + "We propose that the city ban chemical de-icers on pavements and in parks."),
  P("ES36b","en","De-icing chemicals on pavements",
    _T36 + "We propose that the city allow chemical de-icers on pavements and in parks."))
_T37 = ("Traffic in the centre of Astana, around Baiterek and the ministries on the Left Bank, is jammed "
        "every weekday morning, while many buses run half empty. Several cities abroad charge private cars "
        "for entering the centre. The idea has been raised in the city's public council, but nothing has "
        "been decided. ")
case("trap-polarity",
  P("ES37a","en","A congestion charge for the city centre",
    _T37 + "In our view, the akimat should introduce a daily charge for private cars entering the central "
    "zone on weekdays."),
  P("ES37b","en","A congestion charge for the city centre",
    _T37 + "In our view, the akimat should not introduce a daily charge for private cars entering the "
    "central zone on weekdays."))

# ---------------- number traps
_N38 = ("Астананың шетіндегі жаңа тұрғын алаптарына баратын автобустарды қыста жарты сағаттап күтеміз. "
        "Таңғы және кешкі қарбалас уақытта бұл бағыттардағы автобустардың аралығы ")
case("trap-number",
  P("ES38a","kk","Жаңа аудандардың автобустары", _N38 + "10 минуттан аспауы керек."),
  P("ES38b","kk","Жаңа аудандардың автобустары", _N38 + "20 минуттан аспауы керек."))
_N39 = ("Соңғы жылдары Есіл өзенінің жағасына тұрғын кешендер мен мейрамханалар тым жақын салынып, "
        "жағалаудың табиғи бөлігі азайып кетті. Өзеннің жиегінен ")
case("trap-number",
  P("ES39a","kk","Есіл жағасына құрылыс салуды шектеу",
    _N39 + "100 метрге дейінгі аумақта жаңа ғимарат салуға рұқсат бермеу керек."),
  P("ES39b","kk","Есіл жағасына құрылыс салуды шектеу",
    _N39 + "200 метрге дейінгі аумақта жаңа ғимарат салуға рұқсат бермеу керек."))
case("trap-number",
  P("ES40a","ru","Стоимость парковки в центре",
    "Снизить стоимость часа платной парковки в центре Астаны до 100 тенге."),
  P("ES40b","ru","Стоимость парковки в центре",
    "Снизить стоимость часа платной парковки в центре Астаны до 200 тенге."))
case("trap-number",
  P("ES41a","en","QR payment fees",
    "Cap the bank fee on QR and card payments for small shops at 0.5%."),
  P("ES41b","en","QR payment fees",
    "Cap the bank fee on QR and card payments for small shops at 1%."))

# ---------------- distinct look-alikes
case("distinct",
  P("ES42a","kk","Көкталға жаңа мектеп",
    "Көктал тұрғын алабына жаңа мектеп салу керек, қазір балалар үш ауысыммен оқиды."),
  P("ES42b","kk","Шұбарға жаңа мектеп",
    "Шұбар тұрғын алабына жаңа мектеп салу керек, қазір балалар үш ауысыммен оқиды."),
  note="one district differs")
case("distinct",
  P("ES43a","ru","Парковка для участковых врачей",
    "Бесплатная парковка в центре для участковых врачей на время вызовов на дом."),
  P("ES43b","ru","Парковка для социальных работников",
    "Бесплатная парковка в центре для социальных работников на время визитов к подопечным."),
  note="one profession differs")
case("distinct",
  P("ES44a","kk","Зейнеткерлерге тегін бассейн",
    "Қалалық спорт кешендерінің бассейндерінде аптасына екі рет зейнеткерлерге тегін уақыт бөлінсін."),
  P("ES44b","kk","Мүгедектігі бар балаларға тегін бассейн",
    "Қалалық спорт кешендерінің бассейндерінде аптасына екі рет мүгедектігі бар балаларға тегін уақыт "
    "бөлінсін."),
  note="one group of people differs")
case("distinct",
  P("ES45a","en","More flights from Kokshetau",
    "Subsidise a daily flight between Kokshetau airport and Almaty."),
  P("ES45b","en","A bus to Kokshetau airport",
    "Run a public bus from Kokshetau city centre to the airport, timed to the flights."),
  note="one topic (Kokshetau airport), different asks")
case("distinct",
  P("ES46a","kk","Жабай өзенінің бөгетін биіктету",
    "Атбасарды су баспауы үшін Жабай өзенінің бойындағы қорғаныш бөгетін биіктету керек."),
  P("ES46b","kk","Жабай өзенінің арнасын тазарту",
    "Атбасарды су баспауы үшін Жабай өзенінің арнасын тазартып, тереңдету керек."),
  note="one topic (floods at Atbasar), different asks")
