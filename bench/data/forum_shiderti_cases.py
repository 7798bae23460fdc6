# A forum "Shiderti" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py
# script, any *.yaml forum or any dedupe output or score, and to be run ONCE. Nothing here was tuned
# on a run; recbook and dedupe were not run (only make_eval.py, to generate the YAML). Only
# bench/data/make_eval.py (generator and format), the first 100 lines of forum_torgai_cases.py
# (format example), the header comments (first 45 lines) of the other bench/data/forum_*_cases.py
# files (to avoid their topics, asks and voices) and /work/shared/design/KAZAKH.md (Kazakh spelling,
# official names) were read.
# Field: JUSTICE, PRISONS, PROBATION, LEGAL AID AND THE POLICE (a field the tool's authors did not
# write for).
# Voice: SHORT CARDS, as a round table of defence lawyers, human-rights defenders, probation officers,
# former prisoners and their relatives, and district police inspectors writes them on cards in
# Pavlodar: titles of 2-6 words, asks of ONE sentence (at most ~15-20 words, some without a verb),
# about a quarter of proposals with 2 sentences (a reason, then the ask). Abbreviations as people use
# them (УИС, ҚАЖ, ГЮП, ПДН, ИВС, СИЗО, ОНК, ЦОН, МЗП, ЕТЖ, ОСМС, МӘМС, КПП, eGov). Few figures, some
# in digits, some in words. kk 39, ru 35, en 25 of 99 proposals.
# Topics (chosen so the other forums' headers do not list them; Kapshagai lists probation in general,
# Shu court interpreters, Steppe free legal aid for NGOs, Tentek the criminal-record certificate for
# job seekers, Sarysu police calling search volunteers, Zhem an access log for city cameras, so those
# asks were left out): a children's corner in the long-visit room, Kazakh books for prison libraries,
# a free phone call from the ИВС, body cameras for district inspectors, detention for breaching a
# protective order; ID cards ready before release, wage subsidies for hiring people on probation,
# weekly village receptions of the district inspector, mentors for teenagers on the ПДН register,
# video visits from a ЦОН, paying ГЮП lawyers within a month, monthly visiting lawyers in remote
# villages, a medical check on entry to the ИВС, pre-release life-skills courses, the fare home on
# release, a 24-hour duty-lawyer line; serving the sentence near the family, a social adaptation
# centre in Pavlodar, at least the minimum wage for prison labour, a psychologist when a teenager is
# questioned, house arrest with a bracelet instead of СИЗО, complaint status in eGov, telling the
# family within a day of a transfer, a juvenile court in Pavlodar, a written rights leaflet on
# detention, distance degrees for prisoners, victim-fund payouts within a month, a cap on probation
# caseloads, women officers on domestic-violence calls, unannounced visits by the ОНК, first-timers
# apart from repeat offenders, video of every interrogation, online booking of lawyer visits in
# prisons, health insurance from the day of release (kk/ru/en); traps on smartphones in open
# colonies, teenagers' first offence in the ПДН database, the number of long visits, food parcels in
# the ИВС, the length of administrative arrest for petty hooliganism, weekly check-ins under police
# supervision; number traps on a juvenile record being spent (years), deductions from prisoners' pay
# (per cent), a release allowance (tenge), registering with probation after release (days);
# look-alikes on police stations, colonies, legal aid, probation offices, juvenile inspectors.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different people (kk 4, ru 4, en 3: terse card vs terse card in other words, synonyms, another
# verb, other word order, a terse title vs a full one, digits vs words, one adding a reason or a
# figure); cross 18 cases = 20 cross-language pairs with NO translation supplied (kk/ru 9, kk/en 4,
# ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow vs
# ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban, increase vs reduce; en:
# should vs should not be required); trap-number 4 (years, per cent, tenge, days); distinct 5 (same
# topic, different asks: kk/kk, ru/ru, en/en, kk/en, ru/en). No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/s15/blind/forum_shiderti_cases.py /work/wt/s15/blind/forum_shiderti.yaml

# ---------------- exact, spelling and homoglyph variants
_S01 = "В комнатах длительных свиданий всех колоний области оборудовать детский уголок с игрушками."
case("exact",
  P("SD01a","ru","Детский уголок для свиданий", _S01),
  P("SD01b","ru","Дети на длительных свиданиях", _S01))
case("spelling",
  P("SD02a","kk","Түзеу мекемесіне қазақша кітап",
    "Павлодардағы түзеу мекемелерінің кітапханаларын жыл сайын қазақ тіліндегі жаңа кітаптармен толықтыру керек."),
  P("SD02b","kk","Түззеу мекемесіне қазақша кітап",
    "Павлодардағы түзеу мекемелерінің кітапханларын жыл сайын қазақ тіліндегі жаңа кітаптармен толықтыу керек."))
case("spelling",
  P("SD03a","ru","Бесплатный звонок из ИВС",
    "Задержанному в ИВС — бесплатный звонок родственникам в первые три часа."),
  P("SD03b","ru","Беспатный звонок из ИВС",
    "Задержаному в ИВС — бесплатный звонок родствиникам в первые три часа."))
case("spelling",
  P("SD04a","en","Body cameras for district inspectors",
    "Every district police inspector in Pavlodar should wear a body camera on all home visits."),
  P("SD04b","en","Body camreas for district inspektors",
    "Every distrct police inspector in Pavlodar should wear a body camera on all home visits."))
_S05t = "Қорғау нұсқамасы бұзылса"
_S05 = ("Тұрмыстық зорлық-зомбылық ісінде қорғау нұсқамасын бұзған адам бірден әкімшілік "
        "қамаққа алынсын.")
case("homoglyph",
  P("SD05a","kk",_S05t,_S05),
  P("SD05b","kk",homo(_S05t, 3),homo(_S05, 2)))

# ---------------- paraphrases, one language each (two different people, terse vs terse)
case("paraphrase",
  P("SD06a","kk","Босатылар алдында жеке куәлік",
    "Сотталғанның жеке куәлігі колониядан шығатын күнге дейін дайын болуы керек."),
  P("SD06b","kk","Құжатсыз босатпау",
    "Босап шыққан адам куәлік жасату үшін айлап жүгіреді. ҚАЖ мекемесі құжатты адам босатылмай тұрып рәсімдеп берсін."),
  note="ID ready by release day vs documents done before release, with a reason")
case("paraphrase",
  P("SD07a","kk","Пробациядағыны жұмысқа алғанға субсидия",
    "Пробация есебіндегі адамды жұмысқа алған кәсіпкердің жалақы шығынының бір бөлігін мемлекет өтесін."),
  P("SD07b","kk","Жұмыс берушіге көмек",
    "Пробацияда жүрген азаматты жұмысқа орналастырған мекемеге жалақы субсидиясы берілсін."))
case("paraphrase",
  P("SD08a","kk","Ауылда учаскеліктің қабылдауы",
    "Учаскелік полиция инспекторы әр ауылда аптасына бір рет тұрғындарды қабылдасын."),
  P("SD08b","kk","Учаскелік ауылға жеті сайын",
    "Шалғай ауылдардың адамдары өз учаскелігімен жеті сайын орнында жүздесе алуы керек."))
case("paraphrase",
  P("SD09a","kk","ПДН есебіндегі балаға тәлімгер",
    "ПДН есебінде тұрған әр жасөспірімге жеке тәлімгер бекітілсін."),
  P("SD09b","kk","Есептегі жасөспірімдерге наставник",
    "Полиция есебіндегі балалар жалғыз қалса, қайта құқық бұзады. Әрқайсысына жеке наставник тағайындалсын."))
case("paraphrase",
  P("SD10a","ru","Видеосвидания из ЦОНа",
    "Дать родственникам осуждённых видеосвидания с колонией из ближайшего ЦОНа."),
  P("SD10b","ru","Связь с колонией без поездки",
    "Семьи из сёл не могут ездить за 500 км. Пусть видеозвонок в учреждение УИС можно сделать в районном ЦОНе."))
case("paraphrase",
  P("SD11a","ru","Оплата ГЮП — в течение месяца",
    "Адвокатам по ГЮП платить не позднее 30 дней после завершения дела."),
  P("SD11b","ru","Задержки выплат адвокатам",
    "Деньги за гарантированную юрпомощь адвокат ждёт по полгода — пусть перечисляют за месяц."))
case("paraphrase",
  P("SD12a","ru","Выездные юрконсультации в сёлах",
    "Раз в месяц привозить адвоката ГЮП в отдалённые сёла Павлодарской области."),
  P("SD12b","ru","Юрист приезжает в аул",
    "Жителям дальних сёл — ежемесячная бесплатная консультация юриста на месте, а не в Павлодаре."))
case("paraphrase",
  P("SD13a","ru","Медосмотр каждого задержанного",
    "При водворении в ИВС медик осматривает задержанного и фиксирует все травмы."),
  P("SD13b","ru","Фиксация побоев в изоляторе",
    "Каждого доставленного в изолятор обязательно осматривать врачом, телесные повреждения записывать в журнал."))
case("paraphrase",
  P("SD14a","en","Pre-release life skills",
    "Six months before release, inmates should take a course on eGov, bank cards and renting."),
  P("SD14b","en","Teach everyday skills before leaving prison",
    "In their last half-year inside, prisoners need practical lessons: using eGov, a bank account, renting a flat."))
case("paraphrase",
  P("SD15a","en","Free ticket home on release",
    "Every released prisoner should get a free train or bus ticket to their home town."),
  P("SD15b","en","Pay the fare home",
    "Nobody should walk out of the colony without the money to get home; the state should cover the journey."))
case("paraphrase",
  P("SD16a","en","24-hour duty lawyer line",
    "Families of anyone detained at night need one number that reaches a duty lawyer at once."),
  P("SD16b","en","Night hotline for legal aid",
    "Set up a round-the-clock helpline so relatives can get a legal-aid lawyer sent to a detainee."))

# ---------------- cross-language, no translations: kk/ru
case("cross",
  P("SD17a","kk","Жазаны туған облысында өтеу",
    "Сотталған адам жазасын отбасы тұратын облыстағы мекемеде өтеуі керек."),
  P("SD17b","ru","Этап — ближе к семье",
    "Жёны и матери ездят на свидания через полстраны. Осуждённых направлять в колонии своего региона."))
case("cross",
  P("SD18a","kk","Босатылғандарға уақытша баспана",
    "Павлодарда баспанасы жоқ босатылған адамдар бірнеше ай тұра алатын әлеуметтік бейімдеу орталығы ашылсын."),
  P("SD18b","ru","Центр адаптации для освободившихся",
    "Люди выходят из колонии прямо на улицу — нужен центр социальной адаптации с койко-местами в Павлодаре."))
case("cross",
  P("SD19a","kk","Колониядағы еңбекақы",
    "Түзеу мекемесінде жұмыс істейтін сотталғанға ЕТЖ-дан кем емес жалақы төленсін."),
  P("SD19b","ru","Труд заключённых — не ниже МЗП",
    "Осуждённые в цехах УИС получают копейки; платить им хотя бы минимальную зарплату."))
case("cross",
  P("SD20a","kk","Жасөспірімнен жауап алғанда психолог",
    "Кәмелетке толмағаннан полицияда жауап алу тек психологтың қатысуымен жүргізілсін."),
  P("SD20b","ru","Психолог при опросе подростка",
    "Ни одного опроса несовершеннолетнего в отделе полиции без педагога-психолога рядом."))
case("cross",
  P("SD21a","kk","Тергеу изоляторының орнына білезік",
    "Ауыр емес қылмыс бойынша тергеу кезінде қамаудың орнына электрондық білезікпен үйқамақ қолданылсын."),
  P("SD21b","ru","Домашний арест вместо СИЗО",
    "По делам небольшой и средней тяжести не держать людей в СИЗО, а отправлять под домашний арест с браслетом."))
case("cross",
  P("SD22a","kk","Арыздың жайы eGov-та",
    "Полицияға берген арызыңның қай сатыда екені және оны кім қарап жатқаны eGov-та көрінсін."),
  P("SD22b","ru","Статус заявления в полицию онлайн",
    "Заявитель месяцами не знает, кто ведёт его заявление. Показывать ход проверки в личном кабинете eGov."))
case("cross",
  P("SD23a","kk","Этап туралы отбасына хабар",
    "Сотталған басқа мекемеге ауыстырылса, туыстарына бір тәулік ішінде SMS келсін."),
  P("SD23b","ru","Сообщать родным, куда увезли",
    "Матери неделями ищут, в какую колонию этапировали сына; уведомлять семью в течение суток."))
case("cross",
  P("SD24a","kk","Павлодарда ювеналдық сот",
    "Кәмелетке толмағандардың ісін Павлодарда жеке мамандандырылған сот қарауы керек."),
  P("SD24b","ru","Вернуть ювенальный суд",
    "Дела подростков сейчас слушают обычные районные суды. Просим специализированный суд по делам несовершеннолетних в Павлодаре."))
case("cross",
  P("SD25a","kk","Ұсталғанға құқықтары жазылған парақ",
    "Ұсталған сәтте адамның қолына құқықтары қазақ және орыс тілінде жазылған жадынама берілсін."),
  P("SD25b","ru","Памятка задержанному",
    "Права зачитывают скороговоркой. Вручать каждому задержанному листок с его правами на двух языках."))

# ---------------- cross-language, no translations: kk/en
case("cross",
  P("SD26a","kk","Сотталғандарға қашықтан жоғары білім",
    "Колониядағы адамдарға колледжде не университетте қашықтан оқуға мүмкіндік берілсін."),
  P("SD26b","en","Let prisoners study for a degree",
    "Inmates who want to should be able to enrol in distance courses at a college or university."))
case("cross",
  P("SD27a","kk","Жәбірленушіге өтемақы кешікпесін",
    "Жәбірленушілерге өтемақы қорынан төлем сот үкімінен кейін бір ай ішінде түссін."),
  P("SD27b","en","Faster payouts for crime victims",
    "Victims wait over a year for money from the compensation fund. Pay them within 30 days of the verdict."))
case("cross",
  P("SD28a","kk","Пробация инспекторының жүктемесі",
    "Бір пробация инспекторына 50 адамнан артық бекітілмесін, қазір 120-ға жетеді."),
  P("SD28b","en","Cap on probation caseloads",
    "No probation officer should supervise more than fifty people at a time."))
case("cross",
  P("SD29a","kk","Отбасылық жанжалға әйел полицей",
    "Тұрмыстық зорлық-зомбылық шақыруына баратын наряд құрамында міндетті түрде әйел полицей болсын."),
  P("SD29b","en","Women officers on domestic-violence calls",
    "Every patrol sent to a domestic-violence call should include at least one female officer."))

# ---------------- cross-language, no translations: ru/en
case("cross",
  P("SD30a","ru","ОНК — без предупреждения",
    "Члены ОНК должны входить в ИВС и колонии без предварительного согласования."),
  P("SD30b","en","Unannounced visits by prison monitors",
    "Civic monitors need the right to walk into any lock-up or prison at short notice, with no prior approval."))
case("cross",
  P("SD31a","ru","Первоходы отдельно",
    "Впервые осуждённых содержать отдельно от рецидивистов, даже в одном учреждении."),
  P("SD31b","en","Keep first-time prisoners apart",
    "People serving their first sentence should not share cells or barracks with repeat offenders."))
case("cross",
  P("SD32a","ru","Видеозапись каждого допроса",
    "Любой допрос в полиции записывать на видео и приобщать запись к делу."),
  P("SD32b","en","Film police interviews",
    "Confessions are too often beaten out of people. Every interview at a police station must be filmed and kept in the file."))
case("cross",
  P("SD33a","ru","Запись адвоката в колонию онлайн",
    "Адвокаты часами стоят у КПП. Нужна электронная запись на встречу с подзащитным."),
  P("SD33b","en","Online booking for lawyer visits",
    "Defence lawyers should be able to book a meeting with a client in prison through a website."))

# ---------------- cross-language triple kk/ru/en
case("cross",
  P("SD34a","kk","Босатылған күннен МӘМС",
    "Колониядан шыққан адам сол күні-ақ МӘМС жүйесінде сақтандырылған болып саналсын."),
  P("SD34b","ru","ОСМС с первого дня на свободе",
    "После освобождения человек месяцами без страховки ОСМС — включать его сразу."),
  P("SD34c","en","Health cover from the day of release",
    "Former prisoners should be covered by state health insurance the day they walk out."))

# ---------------- traps: opposite asks with shared wording (must never merge)
case("trap-polarity",
  P("SD35a","kk","Колонияда смартфонға рұқсат",
    "Жеңіл режимдегі сотталғандарға отбасымен сөйлесу үшін смартфон ұстауға рұқсат берілсін."),
  P("SD35b","kk","Колонияда смартфонға тыйым",
    "Алаяқтық қоңыраулар колониядан шығады. Жеңіл режимдегі сотталғандарға смартфон ұстауға толық тыйым салынсын."),
  note="kk allow vs ban")
case("trap-polarity",
  P("SD36a","kk","Жасөспірім ПДН базасына",
    "Бірінші рет ұсақ құқық бұзған жасөспірімнің аты ПДН базасына енгізілуі керек."),
  P("SD36b","kk","Бірінші құқық бұзушылық базаға емес",
    "Бірінші рет ұсақ құқық бұзған жасөспірімнің аты ПДН базасына енгізілмеуі керек."),
  note="kk -уы керек vs -мауы керек")
case("trap-polarity",
  P("SD37a","kk","Ұзақ кездесулерді көбейту",
    "Отбасымен байланыс қайта қылмыстан сақтайды. Колониядағы ұзақ мерзімді кездесулердің жылдық санын көбейту керек."),
  P("SD37b","kk","Ұзақ кездесулерді азайту",
    "Тыйым салынған заттар кездесу арқылы кіреді. Колониядағы ұзақ мерзімді кездесулердің жылдық санын азайту керек."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("SD38a","ru","Передачи в ИВС разрешить",
    "Разрешить родственникам передавать задержанным в ИВС продукты и тёплые вещи."),
  P("SD38b","ru","Передачи в ИВС запретить",
    "Запретить родственникам передавать задержанным в ИВС продукты и тёплые вещи — проносят запрещённое."),
  note="ru allow vs ban")
case("trap-polarity",
  P("SD39a","ru","Арест за мелкое хулиганство — дольше",
    "Увеличить срок административного ареста за мелкое хулиганство."),
  P("SD39b","ru","Арест за мелкое хулиганство — короче",
    "Уменьшить срок административного ареста за мелкое хулиганство, люди теряют работу."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("SD40a","en","Weekly check-in for ex-prisoners",
    "People under police supervision after release should be required to report to the station in person every week."),
  P("SD40b","en","No weekly check-in in person",
    "People under police supervision after release should not be required to report to the station in person every week."),
  note="en should vs should not be required")

# ---------------- traps: same ask, different figure (must never merge)
case("trap-number",
  P("SD41a","kk","Жасөспірімнің соттылығы 1 жылда өтелсін",
    "Кәмелетке толмай жасалған ұсақ қылмыс бойынша соттылық 1 жылдан кейін өтелген деп саналсын."),
  P("SD41b","kk","Жасөспірімнің соттылығы 3 жылда өтелсін",
    "Кәмелетке толмай жасалған ұсақ қылмыс бойынша соттылық 3 жылдан кейін өтелген деп саналсын."),
  note="years")
case("trap-number",
  P("SD42a","ru","Удержания из заработка осуждённого",
    "Удержания из заработка осуждённого по искам — не более 50 %."),
  P("SD42b","ru","Удержания из зарплаты осуждённого",
    "Удержания из заработка осуждённого по искам — не более 30 %, иначе не на что жить."),
  note="per cent")
case("trap-number",
  P("SD43a","en","Release allowance",
    "Every released prisoner should get a one-off allowance of 50,000 tenge."),
  P("SD43b","en","Cash on release",
    "Every released prisoner should get a one-off allowance of 100,000 tenge."),
  note="tenge")
case("trap-number",
  P("SD44a","kk","Пробацияға 10 күнде тіркелу",
    "Босатылған адам пробация қызметіне 10 күн ішінде тіркелсін."),
  P("SD44b","kk","Пробацияға 3 күнде тіркелу",
    "Босатылған адам пробация қызметіне 3 күн ішінде тіркелсін."),
  note="days")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("SD45a","kk","Адвокатпен оңаша бөлме",
    "Әр полиция бөлімшесінде қорғаушы мен ұсталған адам оңаша сөйлесетін бөлме болсын."),
  P("SD45b","kk","Полиция бөлімшесіне пандус",
    "Павлодардағы полиция бөлімшелерінің кіреберісіне мүгедектер арбасына арналған пандус салынсын."),
  note="police stations: private room vs ramp")
case("distinct",
  P("SD46a","ru","Горячая вода в колониях",
    "В банях и душевых колоний горячая вода должна быть круглый год."),
  P("SD46b","ru","Профессия с дипломом колледжа",
    "В колониях учить сварке и электрике по программе колледжа, с дипломом государственного образца."),
  note="colonies: hot water vs vocational diploma")
case("distinct",
  P("SD47a","en","Online case files for legal-aid lawyers",
    "Legal-aid lawyers should read criminal case files online instead of copying them by hand."),
  P("SD47b","en","Legal aid for pensioners in civil cases",
    "Guaranteed legal aid should also cover pensioners in housing and pension disputes."),
  note="legal aid: online files vs civil cases")
case("distinct",
  P("SD48a","kk","Пробация инспекторына қызметтік көлік",
    "Аудандағы пробация инспекторларына ауылдарды аралау үшін қызметтік көлік берілсін."),
  P("SD48b","en","Probation offices open on Saturday",
    "Probation offices should open on Saturdays so clients with jobs do not miss work to report."),
  note="probation: service cars vs Saturday hours")
case("distinct",
  P("SD49a","ru","Инспектор ПДН в каждой школе",
    "В каждой школе Павлодара — закреплённый инспектор ПДН с часами приёма."),
  P("SD49b","en","Police summer camps for at-risk teens",
    "District police should run summer sports camps for teenagers on the juvenile register."),
  note="juvenile inspectors: school inspector vs summer camps")
