# A forum "Tentek" (held out entirely): written BLIND for issue 9's eleventh pass, after this pass's
# rules were written and without seeing them (src/recbook/merge/), docs/, README.md, the tests
# (tests/), any other bench/*.py script or any dedupe output or score, and to be run ONCE, as an
# outside measure of the eleventh pass. Nothing here was tuned on a run; recbook was not run. Only
# bench/data/make_eval.py (generator and format), the first 60 lines of forum_ertis_cases.py (format
# example), the header comments (first ~30 lines) of the other forum_*_cases.py files in bench/data/
# and in the blind worktree (to avoid their topics and asks) and /work/shared/design/KAZAKH.md
# (Kazakh spelling, names of bodies) were read.
# Voice: ORDINARY CITIZENS on public services and everyday bureaucracy, nationwide (Shymkent,
# Turkistan, Kentau, Saryagash, Oskemen/Усть-Каменогорск, Semey, Pavlodar, Ekibastuz, Oral/Уральск,
# Aksai, Aktobe): a mix of SHORT cards (a title and one line) and LONG texts (3-5 sentences, a
# personal story or figures, then the ask, sometimes to a body: Еңбек және халықты әлеуметтік қорғау
# министрлігі, Денсаулық сақтау министрлігі; Министерство труда и социальной защиты населения, МВД;
# the Ministry of Digital Development), some asks as questions ("Неге ...?", "Почему ...?", "Could
# ...?"). Many use the official ABBREVIATIONS (ЦОН, ХҚКО, ЭЦП, ЭЦҚ, ИИН, ЖСН, ОСМС, МӘМС, ЕНТ, ҰБТ,
# ОСИ, МИБ, МРП, АЕК, ЧСИ, УДО, eGov, PSC, IIN, EDS, UNT) while others spell the same thing out in
# words. Numbers in the context and in the ask, some in digits, some in words. kk 38, ru 33, en 23
# of 94 proposals.
# Topics (chosen so the other forums' headers do not list them): online booking of PSC visits in
# Shymkent, an SMS when a pension changes, one utility bill in Pavlodar, remote EDS renewal abroad,
# health-insurance contributions for the registered unemployed, Saturday hours of the Kentau PSC, the
# newborn's IIN at the maternity ward, disability assessment at home, a UNT centre in Saryagash,
# monthly OSI reports, the housing-queue number online, same-day notice of fines, the benefit for a
# disabled child without an application, moving military registration via eGov, a priority counter
# for pensioners at PSCs in Oral, online UNT appeals, registering tenants via eGov; a 2 % mortgage for
# large families, half of the capital repair paid by the akimat, no criminal-record certificate from
# job seekers, dormitory address registration, a state alimony fund, hearings before tariff rises,
# digital IDs at banks and notaries, an SMS when health insurance lapses, video proof of life for
# pensioners abroad, school transfers online, "one application" after a death, housing for orphans
# within a year of 18; traps on paid helpers in PSCs, pensioners' capital-repair contributions, the
# Turkistan water tariff, annual re-checks of the housing queue, the utility-debt certificate at a
# flat sale, bailiffs and social benefits, the urgent-passport fee, registering rental agreements;
# number traps on property registration days, a utility discount for large families, the fine for
# living unregistered, mortgage holidays; look-alikes on UNT, rent aid in two towns, PSCs,
# health-insurance cover and call-up.
# Kinds: exact (1); spelling (3: typos in key words, one each in kk, ru, en); homoglyph (1, kk, via
# homo()); same-language paraphrase (12: kk 4, ru 5, en 3 - an abbreviation vs the words it stands
# for, synonyms, another context, nominal vs verbal style, a question vs a statement, digits vs words,
# one text adding a detail the other lacks, a short card vs a long text); cross-language (12, with NO
# translation supplied, written independently: kk/ru 5, kk/en 2, ru/en 3, two kk/ru/en triples);
# trap-polarity (8: allow vs ban and -уы керек vs -мауы керек, increase vs reduce and keep vs abolish
# in kk; must vs must not and allow vs ban in ru; increase vs reduce and mandatory vs voluntary in en,
# with shared wording); trap-number (4: working days, per cent, MCI, months); distinct (5: one topic
# with different asks, or the same ask for another town).
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_tentek_cases.py /work/wt/blind/forum_tentek.yaml

# ---------------- exact, spelling and homoglyph variants
_T01 = ("В ЦОНах Шымкента люди с шести утра занимают очередь, а к обеду талоны заканчиваются: в прошлом "
        "месяце в ЦОН Енбекшинского района приходило больше 600 человек в день. Предлагаем ввести "
        "онлайн-запись на конкретное время приёма через eGov Mobile на все услуги ЦОНа, чтобы человек "
        "приходил к назначенному часу и ждал не больше 15 минут.")
case("exact",
  P("TT01a","ru","Очереди в ЦОНах Шымкента", _T01),
  P("TT01b","ru","Онлайн-запись на приём в ЦОН", _T01))
case("spelling",
  P("TT02a","kk","Зейнетақы мөлшері өзгергенде хабарлама жіберу",
    "Зейнетақы жыл сайын индекстеледі, бірақ Өскемендегі зейнеткерлердің көбі жаңа мөлшерді тек "
    "банкоматтан біледі, ал зейнетақы азайып кетсе, себебін ешкім түсіндірмейді. Еңбек және халықты "
    "әлеуметтік қорғау министрлігіне зейнетақы мөлшері өзгерген сайын зейнеткерге SMS-хабарлама жіберуді "
    "және өзгерістің себебін eGov Mobile-да көрсетуді ұсынамыз."),
  P("TT02b","kk","Зейнетакы мөлшері өзгергенде хабарлма жіберу",
    "Зейнетакы жыл сайын индекстеледі, бірақ Өскемендегі зейнекерлердің көбі жаңа мөлшерді тек "
    "банкоматтан біледі, ал зейнетакы азайып кетсе, себебін ешкім түсіндірмейді. Еңбек және халықты "
    "әлеуметтік қорғау министрлігіне зейнетақы мөлшері өзгерген сайын зейнеткерге SMS-хабарлма жіберуді "
    "және өзгерістің себебін eGov Mobile-да көрсетуді ұсынамыз."))
case("spelling",
  P("TT03a","ru","Единая квитанция за коммунальные услуги в Павлодаре",
    "Жители Павлодара каждый месяц получают пять-шесть отдельных квитанций: за тепло, воду, свет, газ, "
    "вывоз мусора и взносы ОСИ, и оплачивают каждую отдельно. Просим акимат Павлодарской области до конца "
    "2026 года перейти на единую квитанцию за все коммунальные услуги с одной оплатой через банк или eGov."),
  P("TT03b","ru","Единая квитанцыя за комунальные услуги в Павлодаре",
    "Жители Павлодара каждый месяц получают пять-шесть отдельных квитанцый: за тепло, воду, свет, газ, "
    "вывоз мусора и взносы ОСИ, и оплачивают каждую отдельно. Просим акимат Павлодарской области до конца "
    "2026 года перейти на единую квитанцию за все комунальные услуги с одной оплатой через банк или eGov."))
case("spelling",
  P("TT04a","en","Remote renewal of digital signatures for citizens abroad",
    "Kazakh citizens who study or work abroad cannot renew their digital signature (EDS) without flying "
    "home or queueing at a consulate, so they lose access to eGov for months. We ask the Ministry of "
    "Digital Development to allow remote EDS renewal through video identification in eGov Mobile, as "
    "banks already do when they open accounts."),
  P("TT04b","en","Remote renewel of digital signitures for citizens abroad",
    "Kazakh citizens who study or work abroad cannot renew their digital signiture (EDS) without flying "
    "home or queueing at a consulate, so they lose acess to eGov for months. We ask the Ministry of "
    "Digital Development to allow remote EDS renewel through video identfication in eGov Mobile, as "
    "banks already do when they open accounts."))
_T05t = "Тіркелген жұмыссыздардың МӘМС жарнасын мемлекет төлесін"
_T05 = ("Екібастұзда шахталар мен зауыттардан қысқартылған адамдар жұмыссыз ретінде тіркелгенімен, МӘМС "
        "жарнасын өздері төлей алмайды да, сақтандырусыз қалады: оларға тек тегін медициналық көмектің "
        "кепілдік берілген көлемі ғана тиесілі. Денсаулық сақтау министрлігіне ресми тіркелген жұмыссыздар "
        "үшін МӘМС жарнасын алғашқы алты айда мемлекет есебінен төлеуді ұсынамыз.")
case("homoglyph",
  P("TT05a","kk",_T05t,_T05),
  P("TT05b","kk",homo(_T05t),homo(_T05)))

# ---------------- same-language paraphrases (kk 4, ru 5, en 3)
case("paraphrase",
  P("TT06a","kk","Кентаудағы ХҚКО сенбіде жұмыс істесін",
    "Кентау ХҚКО-сы сенбі күні де ашық болсын — жұмыс істейтін адамдар басқа күні келе алмайды."),
  P("TT06b","kk","Халыққа қызмет көрсету орталығының демалыс күнгі жұмысы",
    "Кентау қаласында халыққа қызмет көрсету орталығы тек дүйсенбіден жұмаға дейін, сағат 9-дан 18-ге "
    "дейін ашық. Қала тұрғындарының көбі кеншілер мен зауыт жұмысшылары, олар анықтама алу немесе құжат "
    "тапсыру үшін жұмыстан сұранып шығуға мәжбүр. Сондықтан орталықтың сенбі күні де, ең болмаса сағат "
    "14-ке дейін, жұмыс істеуін сұраймыз."))
case("paraphrase",
  P("TT07a","kk","Жаңа туған балаға ЖСН перзентханада берілсін",
    "Бала туғанда ата-ана туу туралы куәлік пен ЖСН алу үшін ХҚКО-ға барып, кезекте тұрады. Бала "
    "туылғаннан кейін ЖСН-ді перзентхананың өзінде автоматты түрде беріп, ата-анаға SMS арқылы жіберу керек."),
  P("TT07b","kk","Нәрестенің жеке сәйкестендіру нөмірін автоматты түрде беру",
    "Нәрестеге жеке сәйкестендіру нөмірін перзентхананың ақпараттық жүйесі арқылы автоматты түрде беру "
    "және нөмірді ата-ананың телефонына қысқа хабарламамен жолдау. Сонда жас ана босанғаннан кейінгі "
    "алғашқы аптада мекемелерді аралап жүрмейді."))
case("paraphrase",
  P("TT08a","kk","Төсек тартып жатқандарға мүгедектікті үйде белгілеу",
    "Неге жүре алмайтын, төсек тартып жатқан науқастарды мүгедектік белгілейтін комиссияға зембілмен алып "
    "бару керек? Семейде былтыр бір отбасы инсульттан кейін жатып қалған әкесін үшінші қабаттан түсіре "
    "алмай, комиссияға үш ай бойы жете алмады. Мұндай адамдарды комиссия мүшелері үйге келіп "
    "куәландыруы тиіс."),
  P("TT08b","kk","Медициналық-әлеуметтік сараптаманы үйде өткізу",
    "Өз бетінше қозғала алмайтын азаматтарға медициналық-әлеуметтік сараптама (мүгедектікті белгілеу) "
    "үйде жүргізілуі керек: комиссия мамандары науқастың үйіне өздері барсын."))
case("paraphrase",
  P("TT09a","kk","Сарыағашта ҰБТ өткізу пункті",
    "Сарыағаш ауданының түлектері ҰБТ тапсыру үшін Шымкентке 120 шақырым жол жүреді, түнде шығып, "
    "тестке шаршап кіреді. Сарыағашта ҰБТ өткізетін тұрақты пункт ашу керек."),
  P("TT09b","kk","Ұлттық бірыңғай тестілеуді Сарыағаштың өзінде тапсыру",
    "Ұлттық бірыңғай тестілеу Сарыағаш қаласының өзінде өтсе екен. Қазір балаларымыз жүз жиырма "
    "шақырымдағы Шымкентке барады, ата-аналар көлік жалдап, қонақүйге ақша төлейді. Ұлттық тестілеу "
    "орталығынан Сарыағашта тестілеу пунктін ашуды сұраймыз."))
case("paraphrase",
  P("TT10a","ru","Отчёты ОСИ каждый месяц",
    "Почему ОСИ отчитывается перед жильцами раз в год, да и то не всегда? Председатели ОСИ должны каждый "
    "месяц публиковать отчёт о поступивших взносах и расходах в общем чате дома и на доске объявлений."),
  P("TT10b","ru","Ежемесячная отчётность объединений собственников имущества",
    "В Экибастузе многие дома перешли на объединения собственников имущества, но жильцы не знают, на что "
    "тратятся их 50–60 тенге с квадратного метра. Предлагаем закрепить обязанность объединения "
    "собственников имущества ежемесячно раскрывать собственникам отчёт о доходах и расходах — на доске "
    "объявлений у подъезда и в чате дома."))
case("paraphrase",
  P("TT11a","ru","Номер в очереди на жильё — онлайн",
    "Дать очередникам возможность видеть свой номер в очереди на жильё онлайн, в реальном времени."),
  P("TT11b","ru","Прозрачная очередь на жильё в Усть-Каменогорске",
    "Многодетные семьи и люди с инвалидностью в Усть-Каменогорске стоят в очереди на жильё по 8–10 лет и "
    "узнают свой номер только по письменному запросу в акимат, а ответ приходит через месяц. Прошу сделать "
    "так, чтобы каждый очередник мог в любой момент проверить свою позицию в очереди на портале или в eGov "
    "Mobile и чтобы номер обновлялся сразу после каждого распределения квартир."))
case("paraphrase",
  P("TT12a","ru","Уведомление о штрафах в день вынесения",
    "Уведомление о штрафе — push в eGov Mobile и SMS — в тот же день, когда вынесено постановление, чтобы "
    "водитель успевал оплатить штраф со скидкой."),
  P("TT12b","ru","Сообщать о штрафе сразу",
    "Жители Уральска часто узнают о штрафе с камеры, только когда частный судебный исполнитель уже "
    "арестовал их карту, и скидку за быструю оплату они упускают. Надо, чтобы МВД в день вынесения "
    "постановления о штрафе присылало человеку SMS и уведомление в eGov Mobile."))
case("paraphrase",
  P("TT13a","ru","Пособие на ребёнка с инвалидностью — без заявления",
    "После того как ребёнку установили инвалидность, родителям приходится отдельно идти в ЦОН и собирать "
    "документы на пособие. Предлагаем назначать пособие по уходу за ребёнком с инвалидностью проактивно: "
    "как только комиссия вынесла решение, пособие назначается автоматически, а мама получает SMS и "
    "только даёт согласие."),
  P("TT13b","ru","Проактивное назначение пособия по уходу за ребёнком-инвалидом",
    "Министерству труда и социальной защиты населения: назначать пособие по уходу за ребёнком-инвалидом "
    "автоматически, сразу после решения медико-социальной экспертизы, без похода родителей в ЦОН. В "
    "Экибастузе мамы ждут первой выплаты до двух месяцев из-за бумажной волокиты."))
case("paraphrase",
  P("TT14a","ru","Снятие с воинского учёта онлайн",
    "При переезде в другой город призывники и офицеры запаса должны лично прийти в управление по делам "
    "обороны, чтобы сняться с воинского учёта, а потом встать на учёт на новом месте. Мой сын ездил из "
    "Аксая в Уральск 3 раза. Снятие с воинского учёта и постановку на учёт по новому адресу нужно сделать "
    "онлайн через eGov."),
  P("TT14b","ru","Воинский учёт при смене адреса — через eGov",
    "Переехал из Семея в Павлодар — и три раза ходил в военкомат за одной отметкой. Предлагаю при смене "
    "адреса переводить воинский учёт на новое место через eGov, без личного визита в УДО."))
case("paraphrase",
  P("TT15a","en","Priority window for pensioners at PSCs",
    "Every PSC in Oral should have a separate window for pensioners and people with disabilities, so they "
    "do not stand in the general queue."),
  P("TT15b","en","A dedicated counter for older and disabled visitors",
    "At the public service centre on Abai Avenue in Uralsk, elderly people and wheelchair users wait in the "
    "same queue as everyone else, sometimes for two hours, and there are not enough chairs. The city's "
    "public service centres should open a dedicated counter that serves only pensioners and people with "
    "disabilities."))
case("paraphrase",
  P("TT16a","en","Online UNT appeals",
    "Could UNT appeals be filed online? Right now a school leaver from Aksai has to go to the appeal "
    "commission in person the day after the test, and many families cannot afford a second trip."),
  P("TT16b","en","Appealing unified national testing results from home",
    "Appeals against unified national testing results should be submitted through an online form, with "
    "the decision sent by e-mail or SMS, so that pupils do not have to travel to the testing centre again."))
case("paraphrase",
  P("TT17a","en","Registering tenants through eGov",
    "Tenants should be able to register at a rented flat via eGov, with the owner confirming online by IIN "
    "- no joint trip to a PSC."),
  P("TT17b","en","Address registration for people who rent",
    "In Semey thousands of students and young workers rent flats, but to be registered at that address the "
    "tenant and the owner have to come to a public service centre together, and many owners simply refuse "
    "to go. We propose that the tenant files the registration request in eGov Mobile and the owner approves "
    "it with a push notification or an SMS code, without visiting any office."))

# ---------------- cross-language, no translation supplied (kk/ru 5, kk/en 2, ru/en 3, 2 triples)
case("cross",
  P("TT18a","kk","Көп балалы отбасыларға 2%-дық ипотека",
    "Түркістан облысында көп балалы отбасылар өте көп, бірақ олардың табысы коммерциялық ипотекаға "
    "жетпейді. «Отбасы банк» арқылы көп балалы отбасыларға жылдық 2% мөлшерлемемен ипотека беретін "
    "бағдарламаны іске қосуды ұсынамыз."),
  P("TT18b","ru","Льготная ипотека для многодетных",
    "Многодетным семьям — ипотека через «Отбасы банк» под 2 % годовых. Коммерческая ставка сейчас 18–20 %, "
    "и такие платежи им не по силам."))
case("cross",
  P("TT19a","kk","Көпқабатты үйлерді күрделі жөндеуге мемлекеттік қолдау",
    "Павлодардағы 1960–70 жылдары салынған үйлердің шатыры мен құбырлары тозған, ал МИБ жинаған қаржы "
    "күрделі жөндеуге он жылда да жетпейді. Күрделі жөндеу құнының жартысын жергілікті бюджет төлеп, "
    "қалғанын тұрғындар бес жыл ішінде бөліп төлейтін тетік енгізу керек."),
  P("TT19b","ru","Софинансирование капремонта домов",
    "Предлагаю, чтобы акимат оплачивал 50 % стоимости капитального ремонта многоквартирных домов, а "
    "остальное жильцы возвращали в рассрочку на 5 лет через ОСИ."))
case("cross",
  P("TT20a","kk","Сотталмағандығы туралы анықтаманы талап етпеу",
    "Жұмысқа орналасқан сайын сотталмағандығы туралы анықтама алып бару керек. Жұмыс беруші бұл мәліметті "
    "ЖСН бойынша мемлекеттік базадан өзі тексеретін болсын, ал азаматтан анықтама сұрамасын."),
  P("TT20b","ru","Справка о несудимости — не с соискателя",
    "В Шымкенте учителей, медсестёр и охранников каждый раз заставляют приносить свежую справку о "
    "несудимости, хотя она действует ограниченный срок. Работодатель должен сам проверять отсутствие "
    "судимости по ИИН через государственную базу, не требуя справку от человека."))
case("cross",
  P("TT21a","kk","Жатақханадағы студенттерді автоматты түрде тіркеу",
    "Оралда жатақханада тұратын студенттер уақытша тіркеуге тұру үшін коменданттан анықтама алып, "
    "ХҚКО-ға барады. Жатақханаға орналасқан студентті жоғары оқу орны жатақхананың мекенжайы бойынша "
    "өзі, автоматты түрде тіркеуі керек."),
  P("TT21b","ru","Регистрация студентов по адресу общежития",
    "Пусть вуз сам регистрирует студентов по месту пребывания в общежитии сразу после заселения — без "
    "похода в ЦОН и справок от коменданта."))
case("cross",
  P("TT22a","kk","Мемлекеттік алимент қоры",
    "Алимент төлеуден жалтаратын борышкерлер мыңдап саналады, ал аналар жылдар бойы сот орындаушысының "
    "есігін тоздырады. Мемлекеттік алимент қорын құру керек: борышкер төлемесе, алиментті балаға қор "
    "төлесін, кейін соманы борышкерден өндіріп алсын."),
  P("TT22b","ru","Алиментный фонд",
    "Создать государственный алиментный фонд: если должник не платит, фонд сам выплачивает алименты "
    "ребёнку, а затем взыскивает деньги с должника."))
case("cross",
  P("TT23a","kk","Тарифті көтерер алдында қоғамдық тыңдау",
    "Екібастұзда жылу мен суға тариф кенеттен көтерілді, тұрғындар бұл туралы жаңа түбіртектен білді. Кез "
    "келген коммуналдық тарифті көтеруден кемінде бір ай бұрын қоғамдық тыңдау өткізіп, оның хаттамасын "
    "жариялау міндетті болуы керек."),
  P("TT23b","en","Public hearings before utility price rises",
    "Hold an open public hearing at least one month before any increase in utility tariffs, and publish "
    "the minutes."))
case("cross",
  P("TT24a","kk","eGov Mobile-дағы цифрлық құжаттарды барлық жерде қабылдау",
    "Банктер мен нотариустар әлі күнге дейін пластик жеке куәлікті талап етеді, ал eGov Mobile-дағы "
    "цифрлық құжатты қабылдамайды. Банктер мен нотариустарды цифрлық құжаттарды түпнұсқамен тең "
    "қабылдауға міндеттеу керек."),
  P("TT24b","en","Digital IDs must be accepted by banks and notaries",
    "My wife lost her ID card in Aktobe and could not collect a money transfer at the bank, although her "
    "digital ID was right there in eGov Mobile. Banks and notaries should be obliged to accept digital "
    "documents from eGov Mobile just like the originals."))
case("cross",
  P("TT25a","ru","Статус в ОСМС — в телефоне",
    "Многие узнают, что не застрахованы в ОСМС, только в поликлинике, когда им отказывают в приёме у "
    "специалиста. Нужно показывать статус застрахованности в eGov Mobile и присылать SMS, как только "
    "взносы за человека перестают поступать."),
  P("TT25b","en","Warn people when their health insurance lapses",
    "In Pavlodar my neighbour found out she had no compulsory health insurance only when the clinic "
    "refused her an MRI; her employer had stopped paying contributions half a year earlier. People should "
    "get an SMS as soon as contributions stop, and their insurance status should be visible in eGov Mobile."))
case("cross",
  P("TT26a","ru","Подтверждение, что пенсионер жив, — по видеосвязи",
    "Пенсионеры, которые переехали к детям в Россию или Германию, раз в год обязаны лично прийти в "
    "консульство и подтвердить, что они живы, иначе выплату приостанавливают. Предлагаем разрешить такое "
    "подтверждение по видеосвязи с распознаванием лица."),
  P("TT26b","en","Proof of life by video for pensioners abroad",
    "Let Kazakh pensioners living abroad confirm that they are alive through a video call with face "
    "recognition, instead of travelling to a consulate every year."))
case("cross",
  P("TT27a","ru","Перевод в другую школу онлайн",
    "Чтобы перевести ребёнка в другую школу в Шымкенте, даже в 11 классе перед ЕНТ, родителям нужно взять "
    "в старой школе открепительный талон, а в новой — справку о наличии места. Перевод между школами должен "
    "оформляться онлайн через eGov, без бумажных справок."),
  P("TT27b","en","School transfers via eGov",
    "Moving a child to another school should be a simple online request in eGov: no paper release slip "
    "from the old school and no certificate of a free place from the new one."))
case("cross",
  P("TT28a","kk","Жақыны қайтыс болғанда «бір өтініш» қызметі",
    "Туысы қайтыс болған отбасы жерлеуге берілетін жәрдемақыны алу, зейнетақы жинағын мұрагерлерге "
    "аудару, банктерге хабарлау және тіркеуден шығару үшін бес-алты мекемені аралайды. Қайтыс болуды "
    "тіркеген кезде осы рәсімдердің бәрін ХҚКО-да бір өтінішпен бастауға мүмкіндік беру керек."),
  P("TT28b","ru","«Одно заявление» после смерти близкого",
    "После смерти родственника семья ходит по ЦОНам, банкам, ЕНПФ и нотариусам. Предлагаем при "
    "регистрации смерти одним заявлением в ЦОНе запускать все процедуры: пособие на погребение, выплату "
    "пенсионных накоплений наследникам, снятие с регистрации и уведомление банков."),
  P("TT28c","en","One application after a death in the family",
    "A grieving family should not have to visit five offices. When a death is registered at a PSC, a "
    "single application should start everything: the funeral grant, payment of pension savings to the "
    "heirs, deregistration and notice to the banks."))
case("cross",
  P("TT29a","kk","Жетім балаларға тұрғын үйді кешіктірмей беру",
    "Балалар үйінің түлектері 18 жасқа толғанда тұрғын үй кезегіне тұрады, бірақ Шымкентте пәтер алу үшін "
    "10–12 жыл күтіп, жалдамалы пәтерде жүреді. Жетім балалар мен ата-анасының қамқорлығынсыз қалған "
    "балаларға 18 жасқа толғаннан кейін бір жыл ішінде тұрғын үй берілуге тиіс."),
  P("TT29b","ru","Жильё сиротам — в течение года",
    "Сирот и детей, оставшихся без попечения родителей, обеспечивать жильём не позднее одного года после "
    "совершеннолетия, а не ставить в очередь на десятилетие."),
  P("TT29c","en","Housing for care leavers within a year",
    "Orphans and children left without parental care should receive a flat within one year of turning 18; "
    "in Semey some of them have been on the waiting list since 2014."))

# ---------------- opposite-meaning traps with shared wording (kk 4, ru 2, en 2)
case("trap-polarity",
  P("TT30a","kk","ХҚКО ішіндегі көмекшілерге рұқсат беру",
    "ХҚКО ғимаратының ішінде ақыға өтініш толтыруға, құжаттың көшірмесін жасауға және ЭЦҚ арқылы "
    "қызметке тапсырыс беруге көмектесетін жеке кәсіпкерлерге ресми рұқсат беру керек: қарттар мен ауыл "
    "тұрғындарына олардың көмегі қажет."),
  P("TT30b","kk","ХҚКО ішіндегі көмекшілерге тыйым салу",
    "ХҚКО ғимаратының ішінде ақыға өтініш толтыруға, құжаттың көшірмесін жасауға және ЭЦҚ арқылы "
    "қызметке тапсырыс беруге көмектесетін жеке делдалдарға тыйым салу керек: қарттар мен ауыл "
    "тұрғындары оларға ақша төлеп, алданып жүр."))
case("trap-polarity",
  P("TT31a","kk","Егде зейнеткерлер күрделі жөндеу жарнасын төлеуі керек",
    "Үйдің шатыры мен лифті бәріне ортақ, сондықтан 70 жастан асқан зейнеткерлер де басқа меншік иелері "
    "сияқты МИБ жинайтын күрделі жөндеу жарнасын төлеуі керек."),
  P("TT31b","kk","Егде зейнеткерлер күрделі жөндеу жарнасын төлемеуі керек",
    "Үйдің шатыры мен лифті бәріне ортақ болғанымен, 70 жастан асқан зейнеткерлер басқа меншік иелері "
    "сияқты МИБ жинайтын күрделі жөндеу жарнасын төлемеуі керек: олардың зейнетақысы оған жетпейді."))
case("trap-polarity",
  P("TT32a","kk","Түркістанда ауыз су тарифін көтеру",
    "Түркістандағы су құбырлары 40 жыл бұрын салынған, апат болған сайын бүтін аудандар сусыз қалады. Су "
    "жеткізуші кәсіпорын желіні жөндей алуы үшін ауыз су тарифін көтеру керек."),
  P("TT32b","kk","Түркістанда ауыз су тарифін төмендету",
    "Түркістандағы су құбырлары 40 жыл бұрын салынған, апат болған сайын бүтін аудандар сусыз қалады. "
    "Мұндай сапасыз қызмет үшін ауыз су тарифін төмендету керек."))
case("trap-polarity",
  P("TT33a","kk","Тұрғын үй кезегін жыл сайын қайта тексеруді сақтау",
    "Тұрғын үй кезегінде тұрғандардың құжаттарын жыл сайын қайта тексеру талабын сақтау керек: әйтпесе "
    "кезекте баспанасы бар адамдар қалып қояды."),
  P("TT33b","kk","Тұрғын үй кезегін жыл сайын қайта тексеруді жою",
    "Тұрғын үй кезегінде тұрғандардың құжаттарын жыл сайын қайта тексеру талабын жою керек: барлық "
    "мәлімет мемлекеттік базаларда бар, адамдар анықтама жинап әуре болмасын."))
case("trap-polarity",
  P("TT34a","ru","Справка о долгах за коммуналку при продаже квартиры — обязательна",
    "При продаже квартиры нотариус должен требовать справку об отсутствии задолженности по коммунальным "
    "платежам и взносам ОСИ, чтобы новый владелец не получал чужие долги."),
  P("TT34b","ru","Справка о долгах за коммуналку при продаже квартиры — не нужна",
    "При продаже квартиры нотариус не должен требовать справку об отсутствии задолженности по коммунальным "
    "платежам и взносам ОСИ: долги числятся за прежним владельцем, а справки собираются неделю."))
case("trap-polarity",
  P("TT35a","ru","Разрешить ЧСИ взыскивать долги с пособий",
    "Разрешить частным судебным исполнителям взыскивать долги по кредитам и штрафам с социальных пособий и "
    "пенсий должников — иначе злостные должники годами ничего не платят."),
  P("TT35b","ru","Запретить ЧСИ взыскивать долги с пособий",
    "Запретить частным судебным исполнителям взыскивать долги по кредитам и штрафам с социальных пособий и "
    "пенсий должников — это последние деньги семьи на еду."))
case("trap-polarity",
  P("TT36a","en","Raise the fee for urgent passports",
    "The state fee for issuing a passport within one day at a PSC should be increased, so that urgent "
    "orders pay for the extra staff and ordinary applications are not delayed."),
  P("TT36b","en","Cut the fee for urgent passports",
    "The state fee for issuing a passport within one day at a PSC should be reduced, so that families who "
    "must travel abroad for medical treatment are not charged so much."))
case("trap-polarity",
  P("TT37a","en","Mandatory registration of rental agreements",
    "Registering a flat rental agreement in eGov should be mandatory for landlords, so that tenants have "
    "proof of their rights and landlords pay tax on rental income."),
  P("TT37b","en","Voluntary registration of rental agreements",
    "Registering a flat rental agreement in eGov should be voluntary for landlords; tenants and owners "
    "should decide for themselves whether they need it."))

# ---------------- number traps (working days, per cent, MCI, months)
case("trap-number",
  P("TT38a","kk","Пәтерге меншік құқығын 3 жұмыс күнінде тіркеу",
    "Оралда пәтер сатып алған адамдар меншік құқығының мемлекеттік тіркелуін бір айға дейін күтеді, осы "
    "уақытта ипотеканы да рәсімдей алмайды. Жылжымайтын мүлікке құқықты тіркеу 3 жұмыс күні ішінде "
    "аяқталуы керек."),
  P("TT38b","kk","Пәтерге меншік құқығын 10 жұмыс күнінде тіркеу",
    "Оралда пәтер сатып алған адамдар меншік құқығының мемлекеттік тіркелуін бір айға дейін күтеді, осы "
    "уақытта ипотеканы да рәсімдей алмайды. Жылжымайтын мүлікке құқықты тіркеу 10 жұмыс күні ішінде "
    "аяқталуы керек."))
case("trap-number",
  P("TT39a","kk","Көп балалы отбасыларға коммуналдық төлемге 30% жеңілдік",
    "Төрт және одан да көп баласы бар отбасылардың коммуналдық төлемдері қыста айына 60–70 мың теңгеге "
    "жетеді. Көп балалы отбасыларға жылу, су және электр төлемдеріне 30% жеңілдік беру керек."),
  P("TT39b","kk","Көп балалы отбасыларға коммуналдық төлемге 50% жеңілдік",
    "Төрт және одан да көп баласы бар отбасылардың коммуналдық төлемдері қыста айына 60–70 мың теңгеге "
    "жетеді. Көп балалы отбасыларға жылу, су және электр төлемдеріне 50% жеңілдік беру керек."))
case("trap-number",
  P("TT40a","ru","Штраф за проживание без регистрации — 1 МРП",
    "За проживание без регистрации по месту жительства штрафуют и жильца, и собственника, хотя многие "
    "просто не знают об этом требовании. Предлагаем снизить штраф для граждан Казахстана при первом "
    "нарушении до 1 МРП."),
  P("TT40b","ru","Штраф за проживание без регистрации — 3 МРП",
    "За проживание без регистрации по месту жительства штрафуют и жильца, и собственника, хотя многие "
    "просто не знают об этом требовании. Предлагаем снизить штраф для граждан Казахстана при первом "
    "нарушении до 3 МРП."))
case("trap-number",
  P("TT41a","en","Six-month mortgage holidays after job loss",
    "Otbasy Bank borrowers who lose their job should be able to defer mortgage payments for 6 months "
    "without penalties, on a simple application in eGov."),
  P("TT41b","en","Twelve-month mortgage holidays after job loss",
    "Otbasy Bank borrowers who lose their job should be able to defer mortgage payments for 12 months "
    "without penalties, on a simple application in eGov."))

# ---------------- distinct: one topic, different asks, or the same ask for another town
case("distinct",
  P("TT42a","kk","ҰБТ-дан кейін қателерді көрсету",
    "ҰБТ аяқталғаннан кейін түлек қай сұраққа қате жауап бергенін және дұрыс жауаптарды жеке кабинетінде "
    "көре алуы керек: сонда апелляцияға негізді түрде беруге болады."),
  P("TT42b","kk","Ауыл мектептерінде ҰБТ-ға тегін дайындық",
    "Кентау мен Түркістан маңындағы ауыл мектептерінде ҰБТ-ға дайындық курстарын тегін ұйымдастыру керек: "
    "ата-аналар репетиторға айына 40 мың теңге төлей алмайды."))
case("distinct",
  P("TT43a","kk","Семейде кезектегі отбасыларға жалдау ақысын өтеу",
    "Семейде тұрғын үй кезегінде тұрған аз қамтылған отбасыларға пәтер жалдау ақысының бір бөлігін, "
    "айына 10 АЕК-ке дейін, әкімдік өтеп берсін."),
  P("TT43b","kk","Павлодарда кезектегі отбасыларға жалдау ақысын өтеу",
    "Павлодарда тұрғын үй кезегінде тұрған аз қамтылған отбасыларға пәтер жалдау ақысының бір бөлігін, "
    "айына 10 АЕК-ке дейін, әкімдік өтеп берсін."))
case("distinct",
  P("TT44a","ru","Новый ЦОН в Нурсате",
    "В микрорайоне Нурсат Шымкента живёт больше 100 тысяч человек, а ближайший ЦОН — на другом конце "
    "города. Нужно открыть в Нурсате отдельный ЦОН."),
  P("TT44b","ru","ЦОН в Аксае — до 20:00",
    "В Аксае люди приходят в ЦОН после смены на месторождении, чтобы получить ЭЦП или справку, а он уже "
    "закрыт. Продлить работу ЦОНа в Аксае в будни до 20:00."))
case("distinct",
  P("TT45a","en","Dental care in compulsory health insurance",
    "Include basic dental treatment for adults in the compulsory health insurance package; today only "
    "children and pregnant women get it free."),
  P("TT45b","en","Quarterly health-insurance payments for the self-employed",
    "Let self-employed people pay their compulsory health insurance contributions once a quarter instead "
    "of every month, without losing cover in between."))
case("distinct",
  P("TT46a","kk","Әскерге шақыру қағазын eGov арқылы жіберу",
    "Әскерге шақыру қағаздарын үйлерге қолма-қол таратудың орнына eGov Mobile арқылы жіберіп, алынғанын "
    "жүйеде белгілеу керек."),
  P("TT46b","ru","Медкомиссия для призывников в Кентау",
    "Призывников из Кентау на целый день возят на медкомиссию в Туркестан. Нужно, чтобы врачебная "
    "комиссия сама приезжала в Кентау хотя бы дважды в год."))
