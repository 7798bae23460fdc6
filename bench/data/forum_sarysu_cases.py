# A forum "Sarysu" (held out entirely): written BLIND for issue 9's eleventh pass, after this pass's
# rules were written and without seeing them (src/recbook/merge/), docs/, README.md, the tests
# (tests/), any other bench/*.py script or any dedupe output or score, and to be run ONCE, as an
# outside measure of the eleventh pass. Nothing here was tuned on a run; recbook was not run. Only
# bench/data/make_eval.py (generator and format), the first 60 lines of forum_ertis_cases.py (format
# example), the header comments (first ~30 lines) of the other forum_*_cases.py files in bench/data/
# and /work/wt/blind/ (to avoid their topics) and /work/shared/design/KAZAKH.md (Kazakh spelling,
# names of bodies) were read.
# Voice: MIXED, as a working group writes after a day of discussion: some proposals are ONE long
# sentence with several clauses, some two to four sentences (context then the ask, or the ask then
# the reason), some name the body addressed (Қарағанды облысының әкімдігі, Ұлытау облысының
# әкімдігі, Денсаулық сақтау министрлігі; Министерство транспорта, акимат Карагандинской области,
# Министерство обороны; the Ministry of Health, the Karaganda regional akimat); in several pairs the
# SAME ask is written by two groups in DIFFERENT REGISTERS (bureaucratic vs everyday) or with other
# examples and figures in the context. Some numbers in digits, some in words. kk 38, ru 36, en 20
# of 94 proposals.
# The setting is a Karaganda and Ulytau regions forum: Karaganda, Temirtau, Shakhtinsk, Saran, Abai,
# Balkhash, Priozersk, Zhezkazgan, Satpayev, Karkaraly, Ulytau village, Lake Balkhash, the Kengir.
# Topics (chosen so the other forums' headers do not list them; Nura already covers Temirtau
# emissions, miners' pensions, Balkhash shore and lake level, and Balqash/Ertis cover Balkhash
# fishing and catch limits, so those were left out): an open list of civil-defence shelters, bark
# beetle felling in Karkaraly, a children's camp on Lake Balkhash, a children's technopark in
# Satpayev, cameras at the Zhochi Khan mausoleum; a hospice in Temirtau, inspection of 1950s-60s
# blocks, coal delivered to villages before winter, a visiting public-service office in Ulytau,
# rental flats for young families in Zhezkazgan/Satpayev, an IT hub in Zhezkazgan, demolishing
# derelict buildings in Shakhtinsk, replacing old poplars in Karaganda, evening polyclinic hours in
# Saran, rent-free municipal premises for small business in Shakhtinsk, subsidised district bus
# routes in Karkaraly district, anonymous HIV testing in Temirtau; passes for relatives to
# Priozersk, weather-controlled heat points, heating-bill recalculation below +18, a
# Balkhash-Karaganda passenger train, sewerage for Abai's private houses, moving residents out of
# dying Ulytau villages, a Zhezkazgan-Ulytau bus, a Balkhash sewage plant, a Karaganda-Temirtau
# express bus, police calling search volunteers within the first hour, check-ups for retired smelter
# workers, the Karaganda botanical garden; traps on campfires in Karkaraly, exploration licences
# near Ulytau's sacred sites, state-funded places in the Zhezkazgan mining college, Priozersk's
# closed status, fireworks in Karaganda, evening buses in Satpayev, argali trophy hunting, the speed
# limit on the Karaganda-Balkhash road, a Zhezkazgan-Almaty fare cap (tenge), heating mains
# replaced (per cent), visitors at Shaitankol (people), rehousing from unsafe blocks (years);
# look-alikes: an eco-education centre vs the Shaitankol road, an ambulance substation in Shakhan vs
# Topar, a Priozersk-Balkhash bus vs a notary in Priozersk, municipal ownership of the Balkhash heat
# plant vs a published heating-mains repair plan, a university branch vs grants for returning
# medical students in Zhezkazgan.
# Kinds and counts (46 cases, 94 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 12 same-language pairs written as by two
# different people (kk 5, ru 5, en 2: synonyms, other context, nominal vs verbal style, bureaucratic
# vs everyday, digits vs words, one text adding a detail or a number the other lacks, a short card vs
# a long text); cross 12 with NO translation supplied, written independently (kk/ru 6, kk/en 2,
# ru/en 2, two kk/ru/en triples); trap-polarity 8 (allow vs ban, -уы керек vs -мауы керек, increase
# vs reduce in kk; keep vs abolish, allow vs ban, extend vs cut in ru; allow vs ban, raise vs lower
# in en); trap-number 4 (tenge, per cent, people, years); distinct 5 (same topic with different
# asks, or the same ask for another place).
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_sarysu_cases.py /work/wt/blind/forum_sarysu.yaml

# ---------------- exact, spelling and homoglyph variants
_S01 = ("В Караганде и Темиртау ещё с советских времён остались десятки убежищ гражданской обороны в "
        "подвалах жилых домов, школ и предприятий, но жители не знают, где находится ближайшее, а многие "
        "из них заперты, затоплены или сданы под склады. Рабочая группа предлагает акимату Карагандинской "
        "области и Министерству по чрезвычайным ситуациям провести инвентаризацию всех защитных сооружений "
        "и опубликовать их открытый перечень с адресами, вместимостью и состоянием на карте в интернете.")
case("exact",
  P("SA01a","ru","Открытый перечень убежищ гражданской обороны", _S01),
  P("SA01b","ru","Где ближайшее убежище: инвентаризация и карта", _S01))

case("spelling",
  P("SA02a","kk","Қарқаралы орманындағы қабық жегіш қоңыз",
    "Соңғы үш жылда Қарқаралы ұлттық паркінде қабық жегіш қоңыз қарағайлардың едәуір бөлігін құртып "
    "жіберді, ал қураған ағаштар өрт қаупін бірнеше есе арттырады. Жұмыс тобы Экология және табиғи "
    "ресурстар министрлігіне зақымданған қарағайларды санитарлық кесуді күзге дейін аяқтауды және "
    "ормандағы қураған ағаштарды шығарып тастауды ұсынады."),
  P("SA02b","kk","Қарқаралы орманындағы қабық жегіш қонғыз",
    "Соңғы үш жылда Қарқаралы ұлтық паркінде қабық жегіш қонғыз қарағайлардың едәуір бөлігін құртып "
    "жіберді, ал қураған ағаштар өрт қаупін бірнеше есе арттырады. Жұмыс тобы Экология және табиғи "
    "ресурстар министрлігіне зақымданған қарағайларды санитарлық кесуді күзге дейін аяқтауды және "
    "ормандағы қураған ағаштарды шығарып тастауды ұсынады."))
case("spelling",
  P("SA03a","ru","Детский лагерь на берегу Балхаша",
    "Единственный детский оздоровительный лагерь на северном берегу Балхаша закрыт уже восемь лет, и дети "
    "из Балхаша, Приозерска и окрестных посёлков летом никуда не выезжают. Предлагаем акимату "
    "Карагандинской области восстановить лагерь за счёт местного бюджета и средств медеплавильного "
    "комбината и открыть его к летнему сезону 2027 года."),
  P("SA03b","ru","Детский лагерь на берегу Балхаша",
    "Единственный детский оздоровительный лагьерь на северном берегу Балхаша закрыт уже восемь лет, и дети "
    "из Балхаша, Приозерска и окрестных посёлков летом никуда не выезжают. Предлогаем акимату "
    "Карагандинской области востановить лагерь за счёт местного бюджета и средств медеплавильного "
    "комбината и открыть его к летнему сезону 2027 года."))
case("spelling",
  P("SA04a","en","A children's technopark in Satpayev",
    "Satpayev has three secondary schools and a mining college but no place where children can do "
    "robotics, 3D printing or electronics after lessons, and families who can afford it drive to "
    "Zhezkazgan twice a week. The group asks the Ulytau regional akimat to open a children's technopark "
    "in Satpayev, with free after-school clubs, by September 2027."),
  P("SA04b","en","A childrens tecnopark in Satpayev",
    "Satpayev has three secondary schools and a mining college but no place where children can do "
    "robotics, 3D printing or electronics after lessons, and families who can afford it drive to "
    "Zhezkazgan twice a week. The group asks the Ulytau regional akimat to open a children's tecnopark "
    "in Satpayev, with free after-school clubs, by Septembr 2027."))

_S05 = ("Ұлытау ауданындағы Жошы хан кесенесіне туристер саны жыл сайын өсіп келеді, бірақ ескерткіш "
        "күзетсіз тұр: қабырғаларға жазу жазылып, кірпіштері сөгіліп жатыр. Ұлытау облысының әкімдігіне "
        "кесененің айналасына бейнебақылау камераларын орнатып, тұрақты күзетші ұстауды ұсынамыз.")
case("homoglyph",
  P("SA05a","kk","Жошы хан кесенесін күзету", _S05),
  P("SA05b","kk",homo("Жошы хан кесенесін күзету", 3), homo(_S05, 2)))

# ---------------- paraphrases, kk (5)
case("paraphrase",
  P("SA06a","kk","Теміртауда хоспис ашу",
    "Теміртауда ауыр науқастарға арналған паллиативтік көмек бөлімшесі жоқ, сондықтан қатерлі ісіктің "
    "соңғы сатысындағы науқастарды туыстары үйде күтуге мәжбүр немесе Қарағандыға апарады. Денсаулық "
    "сақтау министрлігі мен Қарағанды облысының әкімдігіне Теміртау қаласында кемінде жиырма төсектік "
    "хоспис ашу мәселесін пысықтау ұсынылады."),
  P("SA06b","kk","Теміртауға хоспис керек",
    "Анам соңғы айларын үйде өткізді, ауырсынуды басатын дәріні әрең табатынбыз, медбике тек аптасына бір "
    "рет келді. Теміртауда мұндай отбасылар көп. Қалада ауыр науқастарды соңғы күндеріне дейін күтетін "
    "хоспис ашылуы керек."))
case("paraphrase",
  P("SA07a","kk","Ескі тұрғын үйлерді аспаппен тексеру",
    "Қарағанды облысында 1950–1960 жылдары салынған 400-ден астам көппәтерлі үй бар, Майқұдық пен "
    "Шахтинскіде кейбір қабырғалар жарылып кеткен, бірақ олардың авариялық екені ресми анықталмаған. "
    "Жұмыс тобы облыс әкімдігіне 2027 жылдың соңына дейін осы үйлердің бәріне аспаптық техникалық "
    "тексеру жүргізіп, әр үй бойынша қорытындыны ашық жариялауды ұсынады."),
  P("SA07b","kk","Хрущевкалардың жағдайын тексеру",
    "Біздің үйдің подъезіндегі қабырғадағы жарықшақ жыл сайын кеңейіп барады, ал әкімдіктегілер үйді әлі жарамды дейді. "
    "Кеңес заманында салынған ескі үйлердің барлығын мамандар құрал-жабдықпен тексеруі керек, ал "
    "тексеру нәтижелері тұрғындарға ашық жариялануы керек."))
case("paraphrase",
  P("SA08a","kk","Ауылдарға көмірді қазанға дейін жеткізу",
    "Қарқаралы және Ақтоғай аудандарының ауылдарында көмір қыс басталғанда ғана әкелінеді, сонда бағасы "
    "бір жарым есе қымбаттайды, ал жол жабылып қалса, отбасылар отынсыз отырады. Жергілікті атқарушы "
    "органдарға ауылдарға көмірді жыл сайын 1 қазанға дейін жеткізуді ұйымдастыру ұсынылады."),
  P("SA08b","kk","Қысқа дейін көмір жеткізілсін",
    "Ауыл тұрғындары қыстық көмірді күздің бірінші айы біткенше, яғни қазанның бірінші жұлдызына дейін алуы "
    "тиіс. Аудан әкімдіктері көмір тасымалын осы мерзімге дейін аяқтауы керек, әйтпесе боран кезінде "
    "ешкім жете алмайды."))
case("paraphrase",
  P("SA09a","kk","Ұлытау ауылына көшпелі ХҚКО",
    "Ұлытау ауылы мен маңындағы елді мекендердің тұрғындары анықтама алу немесе құжат ауыстыру үшін "
    "Жезқазғанға 170 шақырым жол жүреді. Жұмыс тобы Ұлытау облысының әкімдігіне «Азаматтарға арналған "
    "үкімет» мемлекеттік корпорациясымен бірге Ұлытау ауылына аптасына кемінде екі рет көшпелі халыққа "
    "қызмет көрсету орталығын жіберуді ұсынады."),
  P("SA09b","kk","Ұлытауға мобильді ХҚКО",
    "Ұлытау ауылына халыққа қызмет көрсету орталығының мобильді бекеті аптасына екі күн келіп тұрсын."))
case("paraphrase",
  P("SA10a","kk","Жас отбасыларға жалдамалы пәтер",
    "Жезқазған мен Сәтбаевтан жастардың кетуін тежеу үшін әкімдік коммуналдық жалдамалы тұрғын үй қорын "
    "көбейтуі керек: жас отбасыларға пәтерді нарықтық бағадан төмен ақыға, сатып алу құқығымен беру қажет. "
    "Қазір екі қалада да пәтер жалдау жас маманның жалақысының жартысын алады."),
  P("SA10b","kk","Жас отбасыларды тұрғын үймен қамтамасыз ету",
    "Ұлытау облысының әкімдігіне Жезқазған және Сәтбаев қалаларында жас отбасыларға кейіннен сатып алу "
    "құқығымен жеңілдетілген ақыға берілетін коммуналдық жалдамалы тұрғын үй құрылысын кеңейту "
    "ұсынылады. Бұл шара түлектердің облыстан көшіп кетуін азайтуға бағытталған."))

# ---------------- paraphrases, ru (5)
case("paraphrase",
  P("SA11a","ru","IT-хаб в Жезказгане",
    "Каждый год большинство выпускников Жезказгана уезжают учиться и работать в Астану и Алматы и не "
    "возвращаются. Предлагаем акимату области Ұлытау открыть в Жезказгане IT-хаб с бесплатными курсами "
    "программирования и рабочими местами для удалённой работы, чтобы молодёжь могла зарабатывать, не "
    "уезжая из города."),
  P("SA11b","ru","Создание ИТ-центра для молодёжи Жезказгана",
    "Рассмотреть вопрос о создании в городе Жезказгане центра информационных технологий, "
    "обеспечивающего бесплатное обучение молодёжи программированию и предоставление оборудованных "
    "рабочих мест для дистанционной занятости, в целях сокращения оттока молодёжи из региона."))
case("paraphrase",
  P("SA12a","ru","Снос заброшенных зданий в Шахтинске",
    "В Шахтинске после закрытия шахт осталось больше тридцати брошенных зданий: бывшие комбинаты бытового "
    "обслуживания, общежития, административные корпуса. Там собираются подростки, в прошлом году мальчик "
    "упал с третьего этажа. Нужно снести эти здания или хотя бы огородить их до сноса."),
  P("SA12b","ru","Ликвидация аварийных бесхозных строений",
    "Акимату города Шахтинска поручить выявить бесхозные и заброшенные здания, оформить их в коммунальную "
    "собственность и обеспечить их снос, а до сноса — ограждение и закрытие доступа, поскольку такие "
    "объекты представляют угрозу жизни детей."))
case("paraphrase",
  P("SA13a","ru","Замена старых тополей в Караганде",
    "Тополя, высаженные во дворах Караганды в шестидесятые годы, состарились: в сильный ветер они ломаются "
    "и падают на машины и провода, а в июне от пуха страдают аллергики. Предлагаем городскому акимату "
    "за пять лет поэтапно заменить старые тополя на берёзы, клёны и липы."),
  P("SA13b","ru","Тополя во дворах",
    "Хватит терпеть пух и падающие ветки — старые тополя в карагандинских дворах пора постепенно "
    "вырубать и сажать вместо них другие деревья, которые не пылят и не ломаются."))
case("paraphrase",
  P("SA14a","ru","Вечерний приём в поликлиниках Сарани",
    "Поликлиники Сарани принимают до 17:00, а большинство жителей работает в Караганде и возвращается "
    "домой после шести. Просим управление здравоохранения Карагандинской области продлить приём врачей "
    "в поликлиниках Сарани до 20:00 хотя бы три дня в неделю."),
  P("SA14b","ru","Поликлиника после работы",
    "Работающим людям в Сарани невозможно попасть к терапевту: приходится отпрашиваться с работы. "
    "Необходимо, чтобы городские поликлиники несколько дней в неделю вели приём до восьми часов вечера."))
case("paraphrase",
  P("SA15a","ru","Бесплатная аренда для малого бизнеса в Шахтинске",
    "Чтобы в моногороде появлялись рабочие места помимо шахт, предлагаем предоставлять пустующие "
    "коммунальные помещения Шахтинска начинающим предпринимателям в аренду без оплаты на первые три года."),
  P("SA15b","ru","Коммунальные помещения для предпринимателей",
    "В Шахтинске простаивают первые этажи бывших контор и детских садов, а молодые предприниматели не "
    "могут открыть мастерскую из-за высокой аренды. Рабочая группа рекомендует акимату передавать такие "
    "помещения новым малым предприятиям по нулевой ставке аренды в течение трёх лет с момента "
    "регистрации."))

# ---------------- paraphrases, en (2)
case("paraphrase",
  P("SA16a","en","Subsidised bus routes in Karkaraly district",
    "Since the private carrier dropped the Karkaraly–Yegindybulak and Karkaraly–Koyandy runs as "
    "unprofitable, villagers pay up to 8,000 tenge for a shared taxi to reach the district hospital. The "
    "Karaganda regional akimat should subsidise socially important bus routes between Karkaraly and "
    "the villages of the district so that at least two buses a week run on each."),
  P("SA16b","en","Bring back village buses around Karkaraly",
    "People in the steppe villages around Karkaraly have no bus at all any more. The region should pay "
    "the carrier a subsidy so these loss-making routes run again, twice a week at minimum."))
case("paraphrase",
  P("SA17a","en","Anonymous HIV testing in Temirtau",
    "Temirtau still has one of the highest HIV rates in the country, yet the only testing point is in the "
    "AIDS centre, where people fear being recognised. We propose that the regional health department "
    "open free anonymous rapid-testing points in Temirtau's youth centres and pharmacies."),
  P("SA17b","en","Free confidential HIV tests for Temirtau",
    "The Karaganda regional health department is recommended to set up free, anonymous HIV express "
    "testing in Temirtau outside the AIDS centre, for example in youth centres and chemists', so that "
    "young people get tested without stigma."))

# ---------------- cross-language, no translation supplied
case("cross",
  P("SA18a","kk","Приозерскіге туыстарының келуін жеңілдету",
    "Приозерск жабық әскери қала болғандықтан, тұрғындардың ата-анасы мен балалары қонаққа келу үшін "
    "рұқсатнаманы бір айға дейін күтеді. Қорғаныс министрлігіне жақын туыстарға рұқсатнаманы үш жұмыс "
    "күні ішінде онлайн рәсімдеуге мүмкіндік беруді ұсынамыз."),
  P("SA18b","ru","Пропуска в Приозерск для родственников",
    "Родственникам жителей Приозерска приходится неделями ждать разрешения на въезд в город. Министерству "
    "обороны предлагается ввести для близких родственников онлайн-оформление пропуска со сроком "
    "рассмотрения не более трёх рабочих дней."))
case("cross",
  P("SA19a","kk","Үйлерге автоматтандырылған жылу пункттері",
    "Қарағандының ескі үйлерінде жылу ауа райына қарамай беріледі: күн жылыса да батареялар ыстық, "
    "ал аяз кезінде салқын. Энергия үнемдеу үшін көппәтерлі үйлерге ауа температурасына қарай жылуды "
    "өздігінен реттейтін жеке жылу пункттерін орнату керек."),
  P("SA19b","ru","Индивидуальные тепловые пункты с погодным регулированием",
    "Предлагаем в рамках модернизации жилфонда Караганды оснастить многоквартирные дома индивидуальными "
    "тепловыми пунктами с автоматическим регулированием по температуре наружного воздуха. По опыту "
    "Павлодара это сокращает потребление тепла на 15–20 % и убирает перетопы в оттепель."))
case("cross",
  P("SA20a","kk","Пәтер суық болса, жылу ақысын қайта есептеу",
    "Шахтинск пен Абайда қыста пәтердегі температура көбіне 14–15 градустан аспайды, бірақ төлем толық "
    "алынады. Жылу беруші ұйымдар пәтердегі температура +18 градустан төмен болған күндер үшін төлемді "
    "міндетті түрде азайтып, қайта есептеуі тиіс."),
  P("SA20b","ru","Перерасчёт за недотоп",
    "Если в квартире ниже восемнадцати градусов, жильцы не должны платить за отопление полностью. "
    "Нужно обязать теплоснабжающие организации моногородов делать перерасчёт за каждый день недотопа, "
    "не дожидаясь суда и комиссий."))
case("cross",
  P("SA21a","ru","Пассажирский поезд Балхаш — Караганда",
    "С отменой прямого пассажирского поезда жители Балхаша добираются до Караганды только автобусом, почти "
    "восемь часов по разбитой дороге, что тяжело для пожилых и больных, которых направляют в областные "
    "клиники. Просим Министерство транспорта и АО «НК «ҚТЖ» возобновить ежедневный пассажирский поезд "
    "Балхаш — Караганда."),
  P("SA21b","kk","Балқаш – Қарағанды пойызын қайта жүргізу",
    "Балқаш пен Қарағанды арасында күн сайын жолаушылар пойызы қайтадан қатынауы керек. Қазір облыс "
    "орталығына тек автобуспен барамыз, ал зейнеткерлер мен емделуге баратын адамдарға ол өте ауыр."))
case("cross",
  P("SA22a","kk","Абай қаласындағы жеке үйлерді кәрізге қосу",
    "Абай қаласының жеке сектордағы үйлердің көпшілігі әлі күнге дейін шұңқыр дәретханамен отыр, жер асты "
    "суы ластанып жатыр. Қарағанды облысының әкімдігі жеке секторға орталықтандырылған кәріз желісін "
    "тартуды 2028 жылға дейінгі жоспарға енгізуі керек."),
  P("SA22b","ru","Канализация для частного сектора Абая",
    "Предлагаем провести центральную канализацию в частный сектор города Абай: сейчас там выгребные ямы, "
    "ассенизаторская машина одна на весь город, а стоки уходят в грунт."))
case("cross",
  P("SA23a","ru","Переселение жителей исчезающих сёл Улытауского района",
    "В нескольких сёлах Улытауского района осталось по пять-десять семей: нет школы, фельдшера, магазина, "
    "зимой дорогу заметает на недели. Рекомендуем акимату области Ұлытау разработать программу "
    "добровольного переселения оставшихся жителей в районный центр с предоставлением жилья."),
  P("SA23b","kk","Жойылып бара жатқан ауылдардың тұрғындарын көшіру",
    "Ұлытау ауданындағы бірнеше ауылда бірнеше отбасы ғана қалды, олар мектепсіз, дәрігерсіз тұрып жатыр. "
    "Облыс әкімдігі бұл адамдарды өз еркімен аудан орталығына көшіріп, оларға баспана беруі қажет."))
case("cross",
  P("SA24a","kk","Жезқазған – Ұлытау автобусы",
    "Жезқазған мен Ұлытау ауылы арасында тұрақты автобус жоқ, адамдар жеке көлікпен немесе таксимен "
    "жүреді. Ұлытау облысының әкімдігі күн сайын қатынайтын әлеуметтік маңызы бар автобус бағытын ашуы "
    "керек."),
  P("SA24b","en","A daily bus between Zhezkazgan and Ulytau",
    "Ulytau village, the historic heart of the region, can only be reached from Zhezkazgan by car or "
    "by a taxi costing about 20,000 tenge. We ask the regional akimat to launch a subsidised daily bus "
    "service on this route."))
case("cross",
  P("SA25a","kk","Балқашқа жаңа тазарту құрылғылары",
    "Балқаш қаласының кәріз суы ескірген тазарту құрылғыларынан кейін көлге жартылай тазаланған күйде "
    "құйылады. Экология және табиғи ресурстар министрлігі мен облыс әкімдігіне қаладағы тазарту "
    "құрылғыларын қайта салуды ұсынамыз."),
  P("SA25b","en","New sewage treatment plant for Balkhash town",
    "The treatment plant of Balkhash town dates from the 1970s and lets barely treated wastewater into "
    "the lake every summer. It should be rebuilt; we recommend that the Karaganda regional akimat and the "
    "Ministry of Ecology fund the reconstruction."))
case("cross",
  P("SA26a","ru","Экспресс-автобус Караганда — Темиртау",
    "Между Карагандой и Темиртау ежедневно ездят тысячи людей, но пригородные автобусы ходят раз в сорок "
    "минут и останавливаются на каждом посёлке. Предлагаем пустить экспресс-автобус без промежуточных "
    "остановок с интервалом не более пятнадцати минут в часы пик."),
  P("SA26b","en","Express bus from Karaganda to Temirtau",
    "Commuters between Karaganda and Temirtau lose over an hour each way on slow suburban buses. The "
    "regional akimat should run a non-stop express bus every 15 minutes at peak hours."))
case("cross",
  P("SA27a","ru","Поиск пропавших: волонтёров — в первый час",
    "В степи и в Каркаралинских горах каждый час решает, найдут ли заблудившегося ребёнка или пожилого "
    "человека живым, а поисковые отряды волонтёров узнают о пропаже через сутки. Министерству внутренних "
    "дел предлагается закрепить в регламенте обязанность полиции оповещать волонтёрские поисковые отряды "
    "в течение первого часа после заявления о пропаже."),
  P("SA27b","en","Police to alert search volunteers within an hour",
    "When someone goes missing in the steppe, volunteer search teams are usually told only the next day. "
    "Police should be required to notify volunteer search-and-rescue groups within one hour of a "
    "missing-person report."))
case("cross",
  P("SA28a","kk","Мыс қорыту зауытының зейнеткерлерін тексеру",
    "Балқаш мыс қорыту зауытында ондаған жыл істеген зейнеткерлер зауыттан кеткен соң ешқандай "
    "профилактикалық тексеруден өтпейді, ал кәсіби аурулар көбіне кейін білінеді. Денсаулық сақтау "
    "министрлігіне оларға жыл сайын тегін медициналық тексеру (спирометрия, қандағы және зәрдегі "
    "мышьякты анықтау) ұйымдастыруды ұсынамыз."),
  P("SA28b","ru","Ежегодный медосмотр для пенсионеров медеплавильного завода",
    "Бывшие работники Балхашского медеплавильного завода после выхода на пенсию выпадают из всех "
    "медосмотров. Нужно проводить для них бесплатное ежегодное обследование — проверку лёгких и анализы "
    "на мышьяк."),
  P("SA28c","en","Yearly health checks for retired smelter workers",
    "We call on the Ministry of Health to give retired workers of the Balkhash copper smelter a free "
    "annual check-up, including lung function tests and arsenic tests, since occupational diseases often "
    "appear years after they leave the plant."))
case("cross",
  P("SA29a","kk","Қарағанды ботаникалық бағын сақтау",
    "Қарағанды ботаникалық бағында соңғы жылдары суару жүйесі істен шығып, мыңдаған ағаш қурап қалды. "
    "Бақ ерекше қорғалатын табиғи аумақ мәртебесін алып, суаруға тұрақты бюджеттік қаржы бөлінуі керек."),
  P("SA29b","ru","Статус и финансирование Карагандинского ботанического сада",
    "Предлагаем придать Карагандинскому ботаническому саду статус особо охраняемой природной территории "
    "и выделять постоянное бюджетное финансирование на полив, так как из-за вышедшего из строя "
    "водопровода сад теряет деревья."),
  P("SA29c","en","Protect the Karaganda botanical garden",
    "The Karaganda botanical garden is drying out because its irrigation pipes have failed. It should be "
    "given protected natural area status and regular state funding for watering."))

# ---------------- opposite-meaning traps (never merge)
case("trap-polarity",
  P("SA30a","kk","Қарқаралыда белгіленген орындарда от жағуға рұқсат ету",
    "Қарқаралы ұлттық паркіне жазда күніне мыңдаған адам келеді, олардың көбі тамақ пісіру үшін от "
    "жағады. Парк әкімшілігіне арнайы жабдықталған орындарда от жағуға рұқсат беруді ұсынамыз."),
  P("SA30b","kk","Қарқаралыда от жағуға тыйым салу",
    "Қарқаралы ұлттық паркіне жазда күніне мыңдаған адам келеді, олардың көбі тамақ пісіру үшін от "
    "жағады. Парк әкімшілігіне арнайы жабдықталған орындарда да от жағуға толық тыйым салуды ұсынамыз."))
case("trap-polarity",
  P("SA31a","kk","Ұлытаудағы қасиетті жерлердің маңында барлау",
    "Ұлытау тауларында кесенелер мен ежелгі қорымдар көп, ал соңғы жылдары бұл өңірге пайдалы қазбаларды "
    "барлауға өтінімдер көбейді. Қасиетті орындардан бес шақырымдық аймақта барлауға лицензия берілуі керек, "
    "бірақ археологтардың қорытындысымен."),
  P("SA31b","kk","Ұлытаудағы қасиетті жерлердің маңында барлау",
    "Ұлытау тауларында кесенелер мен ежелгі қорымдар көп, ал соңғы жылдары бұл өңірге пайдалы қазбаларды "
    "барлауға өтінімдер көбейді. Қасиетті орындардан бес шақырымдық аймақта барлауға лицензия берілмеуі керек, "
    "археологтардың қорытындысы болса да."))
case("trap-polarity",
  P("SA32a","kk","Жезқазған тау-кен колледжіндегі грант орындарын көбейту",
    "Жезқазған тау-кен колледжінде мемлекеттік тапсырыс бойынша жыл сайын 75 орын бөлінеді. Облыс "
    "әкімдігіне келесі оқу жылында грант орындарының санын көбейтуді ұсынамыз."),
  P("SA32b","kk","Жезқазған тау-кен колледжіндегі грант орындарын азайту",
    "Жезқазған тау-кен колледжінде мемлекеттік тапсырыс бойынша жыл сайын 75 орын бөлінеді. Облыс "
    "әкімдігіне келесі оқу жылында грант орындарының санын азайтуды ұсынамыз."))
case("trap-polarity",
  P("SA33a","ru","Сохранить статус закрытого города Приозерск",
    "Приозерск обслуживает полигон Сары-Шаган, и вокруг его режима въезда идут постоянные споры. Рабочая "
    "группа предлагает сохранить за Приозерском статус закрытого административно-территориального "
    "образования."),
  P("SA33b","ru","Отменить статус закрытого города Приозерск",
    "Приозерск обслуживает полигон Сары-Шаган, и вокруг его режима въезда идут постоянные споры. Рабочая "
    "группа предлагает отменить для Приозерска статус закрытого административно-территориального "
    "образования."))
case("trap-polarity",
  P("SA34a","ru","Фейерверки в жилых кварталах Караганды",
    "Каждый Новый год и на свадьбах в Караганде запускают салюты прямо во дворах многоэтажек. Предлагаем "
    "маслихату разрешить использование пиротехники в жилых кварталах с 22:00 до 01:00 в праздничные дни."),
  P("SA34b","ru","Фейерверки в жилых кварталах Караганды",
    "Каждый Новый год и на свадьбах в Караганде запускают салюты прямо во дворах многоэтажек. Предлагаем "
    "маслихату запретить использование пиротехники в жилых кварталах, в том числе в праздничные дни."))
case("trap-polarity",
  P("SA35a","ru","Вечерние автобусы в Сатпаеве",
    "Городские автобусы в Сатпаеве сейчас ходят до 21:00. Просим акимат продлить работу городских "
    "маршрутов в вечернее время."),
  P("SA35b","ru","Вечерние автобусы в Сатпаеве",
    "Городские автобусы в Сатпаеве сейчас ходят до 21:00. Просим акимат сократить работу городских "
    "маршрутов в вечернее время."))
case("trap-polarity",
  P("SA36a","en","Argali trophy hunting in Ulytau",
    "The argali population in the Ulytau mountains has grown to several hundred animals. Trophy hunting "
    "of argali under strict quotas should be allowed, with the fees going to the local rangers."),
  P("SA36b","en","Argali trophy hunting in Ulytau",
    "The argali population in the Ulytau mountains has grown to several hundred animals. Trophy hunting "
    "of argali should be banned outright, whatever fees it might bring the local rangers."))
case("trap-polarity",
  P("SA37a","en","Speed limit on the Karaganda–Balkhash road",
    "The Karaganda–Balkhash highway was rebuilt as a four-lane road. The Ministry of Transport should "
    "raise the speed limit on it to 110 km/h."),
  P("SA37b","en","Speed limit on the Karaganda–Balkhash road",
    "The Karaganda–Balkhash highway was rebuilt as a four-lane road. The Ministry of Transport should "
    "lower the speed limit on it to 80 km/h."))

# ---------------- number traps (never merge)
case("trap-number",
  P("SA38a","ru","Предельная цена билета Жезказган — Алматы",
    "Авиабилет из Жезказгана в Алматы летом стоит до 90 000 тенге. Предлагаем субсидировать рейс так, "
    "чтобы цена билета не превышала 35 000 тенге."),
  P("SA38b","ru","Предельная цена билета Жезказган — Алматы",
    "Авиабилет из Жезказгана в Алматы летом стоит до 90 000 тенге. Предлагаем субсидировать рейс так, "
    "чтобы цена билета не превышала 50 000 тенге."))
case("trap-number",
  P("SA39a","kk","Қарағандының жылу желілерін ауыстыру",
    "Қарағандыдағы жылу желілерінің тозуы 70 пайыздан асты. Облыс әкімдігі 2028 жылға дейін желілердің "
    "кемінде 30 пайызын ауыстыруы керек."),
  P("SA39b","kk","Қарағандының жылу желілерін ауыстыру",
    "Қарағандыдағы жылу желілерінің тозуы 70 пайыздан асты. Облыс әкімдігі 2028 жылға дейін желілердің "
    "кемінде 50 пайызын ауыстыруы керек."))
case("trap-number",
  P("SA40a","kk","Шайтанкөлге келушілер санын шектеу",
    "Жазда Шайтанкөлдің жағасы қоқысқа толып, соқпақтар тапталып кетеді. Ұлттық парк көлге күніне 300 "
    "адамнан артық жібермеуі тиіс."),
  P("SA40b","kk","Шайтанкөлге келушілер санын шектеу",
    "Жазда Шайтанкөлдің жағасы қоқысқа толып, соқпақтар тапталып кетеді. Ұлттық парк көлге күніне 500 "
    "адамнан артық жібермеуі тиіс."))
case("trap-number",
  P("SA41a","en","Deadline for rehousing from unsafe blocks",
    "Families in blocks officially declared unsafe in Saran and Shakhtinsk wait for years for new flats. "
    "The akimat must rehouse them within two years of the declaration."),
  P("SA41b","en","Deadline for rehousing from unsafe blocks",
    "Families in blocks officially declared unsafe in Saran and Shakhtinsk wait for years for new flats. "
    "The akimat must rehouse them within five years of the declaration."))

# ---------------- distinct asks on one topic, or the same ask for another place
case("distinct",
  P("SA42a","kk","Қарқаралыда экологиялық білім орталығы",
    "Қарқаралы ұлттық паркінде оқушылар мен туристерге арналған экологиялық білім беру орталығын ашу "
    "керек: онда орман, өрт қаупі және жергілікті жануарлар туралы сабақтар өтсін."),
  P("SA42b","kk","Шайтанкөлге баратын жолды жөндеу",
    "Қарқаралыдан Шайтанкөлге баратын жол жаңбырдан кейін мүлдем өтпейтін болады. Парк аумағындағы осы "
    "жолды қиыршық таспен жөндеу керек."))
case("distinct",
  P("SA43a","ru","Подстанция скорой помощи в посёлке Шахан",
    "Скорая из Шахтинска едет в посёлок Шахан до сорока минут. Нужна отдельная подстанция скорой "
    "медицинской помощи в самом посёлке Шахан."),
  P("SA43b","ru","Подстанция скорой помощи в посёлке Топар",
    "Скорая из Абая едет в посёлок Топар до сорока минут. Нужна отдельная подстанция скорой медицинской "
    "помощи в самом посёлке Топар."))
case("distinct",
  P("SA44a","en","A regular bus from Priozersk to Balkhash",
    "Priozersk residents have no regular public transport to Balkhash, where the nearest big hospital and "
    "market are. We ask for a scheduled bus between the two towns at least three times a week."),
  P("SA44b","en","A visiting notary in Priozersk",
    "Priozersk has no notary, so residents travel to Balkhash to certify a power of attorney or an "
    "inheritance. A notary should hold office hours in Priozersk at least once a week."))
case("distinct",
  P("SA45a","ru","Балхашская ТЭЦ — в коммунальную собственность",
    "Тепло в Балхаше даёт ТЭЦ медеплавильного комбината, и город полностью зависит от решений компании. "
    "Предлагаем передать ТЭЦ и городские тепловые сети в коммунальную собственность."),
  P("SA45b","ru","Открытый план ремонта теплосетей Балхаша",
    "Каждое лето жители Балхаша не знают, когда и на сколько отключат горячую воду. Предлагаем ежегодно до "
    "1 мая публиковать план ремонта тепловых сетей города с адресами и сроками."))
case("distinct",
  P("SA46a","kk","Жезқазғанда университет филиалы",
    "Жезқазғанның түлектері жоғары білім алу үшін басқа қалаларға кетеді де, қайтып оралмайды. "
    "Ғылым және жоғары білім министрлігіне Жезқазғанда техникалық университеттің филиалын ашуды ұсынамыз."),
  P("SA46b","kk","Медицинаға оқитын жастарға облыстық грант",
    "Ұлытау облысында дәрігер жетіспейді. Облыс әкімдігі медициналық университетке түскен жергілікті "
    "жастарға оқу ақысын төлеп, оқу бітірген соң облысқа оралып, кемінде үш жыл жұмыс істеу шартымен "
    "грант беруі керек."))
