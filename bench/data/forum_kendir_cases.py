# A forum "Kendir" (held out entirely): written BLIND for issue 9's eleventh pass, after this pass's
# rules were written and without seeing them: not the merge rules (src/recbook/merge/), docs/,
# README.md, the tests (tests/), any other bench/*.py script or any dedupe output or score, and to be
# run ONCE, as an outside measure of the eleventh pass. Nothing here was tuned on a run; recbook was
# not run. Only bench/data/make_eval.py (generator and format), the first 60 lines of
# forum_ertis_cases.py (format example), the header comments (first ~30 lines) of the other
# forum_*_cases.py files in bench/data/ and /work/wt/blind/ (to avoid their topics) and
# /work/shared/design/KAZAKH.md (Kazakh spelling, names of bodies) were read.
# Voice: YOUNG PEOPLE in their own words, as at a national youth forum of students and young
# professionals from all over Kazakhstan (online and in Astana): direct, sometimes ironic, many
# rhetorical questions («Неге ...?», «Почему ...?», «Смысл?», "Why do we ...?", "Where are we
# supposed to ...?"), lists, abbreviations (ЖОО, вуз, ҰБТ/ЕНТ/UNT, GPA, IT, ИПН, ЭЦҚ, eGov, EDS),
# English loanwords inside Russian and Kazakh sentences (remote, IT-шниктер, peer-to-peer, джун,
# фриланс, коворкинг, хакатон). One group writes LONG reasoned texts (context, irony, then the ask,
# sometimes addressed to a body: Ғылым және жоғары білім министрлігі, ҚТЖ; Министерство науки и
# высшего образования, Агентство по делам государственной службы; the Civil Service Agency), another
# writes TERSE one-liners. Some numbers in digits, some in words. kk 33, ru 29, en 32 of 94 proposals.
# Topics (chosen so the other forums' headers do not list them): university psychologists per
# 1,000 students, an e-queue for university dormitory places, paid internships in state bodies, a
# national student esports league, digital-literacy lessons for parents, extending «Дипломмен –
# ауылға!» to IT specialists, the age limit of young-scientist grants, student discounts on intercity
# trains, volunteering hours as credits, a first-job income-tax holiday, rent aid for students
# without a dormitory place, a financial-literacy course in the first year, academic leave for mental
# health without losing the grant, one portal for public-sector internships, 24/7 libraries in the
# exam session, the student card in eGov Mobile, no experience requirement for junior civil-service
# posts, a cap on dormitory fees, a grant quota for those back from military service, free esports
# clubs in youth centres, evening hours of youth resource centres, paperless grant reports, direct
# access to a psychologist for under-25s, free coding schools in district centres, a cap on upfront
# rent, national access to research databases, military-service deferral online, a free second UNT,
# akimats' student hackathons; traps on the dormitory curfew, GPA and the social stipend, youth
# councils' microgrants, deferral for master's students, volunteering hours in dormitory allocation,
# esports tournaments on campus, internships as work experience, the graduates' work-off, postdoc
# grant months, the minimum stipend, working hours without losing the stipend, rural quotas in new
# dormitories; look-alikes on coworking in Kentau/Shardara, dormitory laundries and kitchens,
# student mental-health chatbots and curators' training, bus and flight discounts, conference travel
# and open-access fees for young scientists.
# Kinds and counts (46 cases, 94 proposals): exact 1 (en); spelling 3 (typos in key words, one kk,
# one ru, one en); homoglyph 1 (kk, via homo()); paraphrase 12 same-language pairs written as by two
# different people (kk 4, ru 4, en 4 - synonyms, another context, nominal vs verbal, a question vs a
# statement, digits vs words, one text adding a detail or a number the other lacks, a one-liner vs a
# long text); cross 12 with NO translation supplied, written independently (kk/ru 4, kk/en 3, ru/en 3,
# two kk/ru/en triples); trap-polarity 8 (kk: allow vs ban, -уы керек vs -мауы керек, increase vs
# reduce; ru: keep vs abolish, must vs must not; en: allow vs ban, must vs must not, keep vs abolish);
# trap-number 4 (months, tenge, hours, per cent); distinct 5 (same topic, different asks, or the
# same ask for another town).
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_kendir_cases.py /work/wt/blind/forum_kendir.yaml

# ---------------- exact, spelling and homoglyph variants
_K01 = ("Let's be honest: a student who has to wait three weeks for a counsellor in the middle of the exam "
        "session is not going to wait. At most universities there is one psychologist for 5,000-8,000 "
        "students, often part-time, and the office is open only while we are in lectures anyway. We ask the "
        "Ministry of Science and Higher Education to require every university to employ at least one "
        "full-time psychologist per 1,000 students, with free sessions that can be booked online and "
        "evening hours twice a week.")
case("exact",
  P("KD01a","en","Psychologists at universities", _K01),
  P("KD01b","en","One counsellor per 1,000 students", _K01))
case("spelling",
  P("KD02a","kk","Жатақханаға электрондық кезек",
    "Жатақханадан орын алу – әлі күнге дейін «танысың бар ма?» деген сұрақ. Кім бірінші, кім соңғы – ешкім "
    "білмейді. Ұсынамыз: барлық ЖОО жатақханаға электрондық кезек енгізсін, әр студент өз нөмірін және "
    "кезектің қалай жылжып жатқанын жеке кабинетте онлайн көре алсын."),
  P("KD02b","kk","Жатақанаға электрондык кезек",
    "Жатақанадан орын алу – әлі күнге дейін «танысың бар ма?» деген сұрақ. Кім бірінші, кім соңғы – ешкім "
    "білмейді. Ұсынамыз: барлық ЖОО жатақанаға электрондык кезек енгізсін, әр студнет өз нөмірін және "
    "кезектің қалай жылжып жатқанын жеке кабинетте онлайн көре алсын."))
case("spelling",
  P("KD03a","ru","Оплачиваемые стажировки в госорганах",
    "Стажировка в акимате или министерстве — отличный старт, но почему она почти всегда бесплатная? Студент "
    "из региона не может три месяца жить в Астане за свой счёт. Предлагаем Агентству по делам государственной "
    "службы сделать стажировки в госорганах оплачиваемыми, хотя бы на уровне минимальной заработной платы."),
  P("KD03b","ru","Оплачеваемые стажеровки в госорганах",
    "Стажеровка в акимате или министерстве — отличный старт, но почему она почти всегда бесплатная? Студент "
    "из региона не может три месяца жить в Астане за свой счёт. Предлагаем Агенству по делам государственной "
    "службы сделать стажеровки в госорганах оплачеваемыми, хотя бы на уровне минимальной заработной платы."))
case("spelling",
  P("KD04a","en","National student esports league",
    "Esports is already the biggest hobby in our dorms, but university teams only play in random commercial "
    "cups. We propose that the Ministry of Tourism and Sports create a national student esports league with "
    "an official season, a tournament between universities every year and prize money for the winners."),
  P("KD04b","en","National student esprots leage",
    "Esprots is already the biggest hobby in our dorms, but univeristy teams only play in random commercial "
    "cups. We propose that the Ministry of Tourism and Sports create a national student esprots leage with "
    "an official season, a tournamnet between univeristies every year and prize money for the winners."))
_K05t = "Ата-аналарға цифрлық сауаттылық сабақтары"
_K05 = ("Біздің ата-аналарымыз eGov-тан анықтама алу үшін бізге күнде қоңырау шалады, ал алаяқтардың SMS-іне "
        "бірден сеніп қалады. Ұсынамыз: кітапханалар мен ХҚКО жанында студент-волонтерлер аптасына бір рет "
        "ата-аналар мен аталарымызға тегін цифрлық сауаттылық сабақтарын өткізсін: eGov, онлайн-банкинг, "
        "интернеттегі алаяқтықтан қорғану.")
case("homoglyph",
  P("KD05a","kk",_K05t,_K05),
  P("KD05b","kk",homo(_K05t),homo(_K05)))

# ---------------- paraphrase, kk
case("paraphrase",
  P("KD06a","kk","«Дипломмен – ауылға!» IT мамандарына да",
    "«Дипломмен – ауылға!» бағдарламасы қазір тек мұғалімдерге, дәрігерлерге, мәдениет, спорт және "
    "агроөнеркәсіп кешенінің мамандарына арналған. Ал ауылға қайтқысы келетін бағдарламашылар, дизайнерлер, "
    "IT-шниктер ше? Қазір remote жұмыс істеуге болады, бірақ көтерме жәрдемақы мен тұрғын үйге несие бізге "
    "берілмейді. Ұсынамыз: бағдарламаны туған ауылына оралған IT мамандарына да таратып, оларға дәл сондай "
    "көтерме жәрдемақы мен бюджеттік несие беру."),
  P("KD06b","kk","Ауылға оралған IT-шниктерге де қолдау",
    "Ауылға қайтқан IT мамандары да «Дипломмен – ауылға!» бойынша көтерме жәрдемақы мен несие алуы керек."))
case("paraphrase",
  P("KD07a","kk","Жас ғалым – 40 жасқа дейін",
    "Жас ғалымдарға арналған гранттық конкурстарда жас шегі – 35. PhD-ны 32-де қорғап, бала күтіп, 2 жыл "
    "декретте болсаң – сен енді «жас» емессің. Ғылым және жоғары білім министрлігіне жас ғалымдар "
    "гранттарындағы жас шегін 40-қа дейін көтеруді ұсынамыз."),
  P("KD07b","kk","Жас шегін көтеру керек",
    "Қазіргі отыз бес жас – тым ерте, әсіресе PhD-дан кейін әскерге немесе декретке кеткендер үшін. Жас "
    "ғалымдар гранттарына қырық жасқа дейінгі зерттеушілер де қатыса алатындай етіп, жас шегін ұлғайту керек."))
case("paraphrase",
  P("KD08a","kk","Пойызда студенттік жеңілдік қайда?",
    "Неге студент Алматыдан Астанаға пойызбен барғанда толық баға төлеуі керек? Стипендия 40 мыңға жуық, "
    "плацкарт билеті 10–15 мың. ҚТЖ-ға ұсыныс: студенттік билетпен қалааралық пойыздарда 50% жеңілдік болсын."),
  P("KD08b","kk","Қалааралық пойыздар студенттерге жарты бағамен",
    "Күндізгі бөлімде оқитын студенттер үшін қалааралық пойыз билеттері жарты бағамен сатылуы керек. "
    "Жеңілдік студенттік билет немесе eGov-тағы анықтама арқылы рәсімделсін."))
case("paraphrase",
  P("KD09a","kk","Волонтерлік сағаттарды кредитке айналдыру",
    "ЖОО-ларда студенттердің волонтерлік сағаттарын элективті пән ретінде кредитке есептеу: 60 сағат "
    "волонтерлік – 2 кредит."),
  P("KD09b","kk","Волонтерлікке кредит берілсін",
    "Біз демалыс күндері марафондарда, ауылдарда, жануарлар баспанасында волонтер боламыз, бірақ университет "
    "оны мүлде көрмейді. ЖОО-лар студенттің волонтерлік сағаттарын санап, оларды элективті пәндердің орнына "
    "кредит ретінде есептейтін болсын."))

# ---------------- paraphrase, ru
case("paraphrase",
  P("KD10a","ru","Первая работа без ИПН",
    "Выпускникам вузов и колледжей до 29 лет — освобождение от индивидуального подоходного налога на первой "
    "работе в течение первых 12 месяцев."),
  P("KD10b","ru","Налоговые каникулы для первой работы",
    "Смотрите: зарплата у джуна 150–200 тысяч, из них 10 % ИПН, плюс аренда, плюс кредит за ноутбук. В итоге "
    "молодой специалист уезжает в Дубай или уходит в «серый» фриланс. Предлагаем Министерству финансов на "
    "первый год работы полностью освобождать молодых выпускников от ИПН — пусть человек спокойно встанет на "
    "ноги и сразу работает «в белую»."))
case("paraphrase",
  P("KD11a","ru","Компенсация аренды студентам",
    "Студентам, которым не хватило места в общежитии, — ежемесячная компенсация части арендной платы."),
  P("KD11b","ru","Нет места в общаге — помогите с арендой",
    "Каждый сентябрь одно и то же: мест в общежитии нет, а однушка в Астане стоит 200+ тысяч. Первокурсник из "
    "Жанакоргана снимает койку в квартире на восьмерых. Просим Министерство науки и высшего образования ввести "
    "жилищную выплату: если вуз не может дать место в общежитии, студент каждый месяц получает деньги на съём "
    "жилья, пока учится."))
case("paraphrase",
  P("KD12a","ru","Финграмотность на первом курсе",
    "Ввести обязательный курс финансовой грамотности для всех первокурсников: бюджет, кредиты, налоги, как не "
    "попасть в микрозаймы."),
  P("KD12b","ru","Научите нас считать деньги",
    "Половина наших одногруппников к третьему курсу уже с микрокредитом, а кто-то проиграл стипендию в "
    "ставках. Пусть вузы на первом году обучения обязательно преподают основы личных финансов: как "
    "планировать бюджет, что такое кредит и налоги, как распознать финансовую пирамиду."))
case("paraphrase",
  P("KD13a","ru","Академ по ментальному здоровью",
    "Разрешить студентам-грантникам брать академический отпуск до 1 года по заключению психолога или "
    "психиатра, без потери государственного гранта."),
  P("KD13b","ru","Академический отпуск без потери гранта",
    "Сейчас академ по здоровью дают только с кучей справок, а про депрессию или выгорание комиссия даже "
    "слушать не хочет — и грант часто сгорает. Нужно, чтобы студент на гранте мог уйти в академический "
    "отпуск на срок до одного года по справке от психиатра или психолога и вернуться на тот же грант."))

# ---------------- paraphrase, en
case("paraphrase",
  P("KD14a","en","One portal for public-sector internships",
    "All internships in ministries, akimats and state companies should be published on a single national "
    "portal, with deadlines, requirements and the number of places."),
  P("KD14b","en","Why is every internship a secret?",
    "Why do we find out about internships at the akimat from someone's cousin, two days after the deadline? "
    "Each ministry posts them on its own Instagram, if at all. Could the Civil Service Agency collect every "
    "internship in state bodies and state companies on one website, where you can see the deadline, what they "
    "need and how many places there are?"))
case("paraphrase",
  P("KD15a","en","24/7 libraries in exam season",
    "University libraries and reading rooms should stay open 24/7 during the exam session."),
  P("KD15b","en","Let us study at night",
    "Dorm rooms are for four people, someone is always gaming or on a call, and the library closes at 6 pm "
    "exactly when the session starts. We're not asking for a new building. Just keep university libraries "
    "and reading rooms open around the clock for the weeks of the exam session, with a guard and Wi-Fi, and "
    "we'll do the rest."))
case("paraphrase",
  P("KD16a","en","Student ID in eGov Mobile",
    "Add the student card to the digital documents in eGov Mobile, so that a QR code works for museum, cinema "
    "and transport discounts and we stop losing plastic cards."),
  P("KD16b","en","Digital student card",
    "Students need a digital version of their student ID inside the eGov Mobile app, next to the digital ID "
    "card, accepted everywhere a plastic student card is accepted."))
case("paraphrase",
  P("KD17a","en","No experience required for junior civil-service posts",
    "Removal of the work-experience requirement from entry-level civil-service vacancies for graduates."),
  P("KD17b","en","Stop asking graduates for 2 years' experience",
    "Every junior vacancy in an akimat says 'two years of experience required'. Where are we supposed to get "
    "it if nobody hires us? The Civil Service Agency should drop the experience requirement for entry-level "
    "posts, so that fresh graduates can apply right after the diploma."))

# ---------------- cross-language, kk/ru (no translations supplied)
case("cross",
  P("KD18a","kk","Жатақхана ақысы стипендияның 30%-ынан аспасын",
    "Кейбір ЖОО жатақхана ақысын жыл сайын көтереді, ал стипендия сол күйі. Жатақханадағы бір айлық орын "
    "ақысы стипендияның 30 пайызынан аспауы керек – мұны Ғылым және жоғары білім министрлігі нормамен бекітсін."),
  P("KD18b","ru","Потолок платы за общагу",
    "Вузы поднимают цену за общежитие каждый год, а стипендия стоит на месте. Предлагаем закрепить правило: "
    "плата за место в общежитии в месяц — не выше 30 % от стипендии."))
case("cross",
  P("KD19a","kk","Әскерден оралғандарға грант квотасы",
    "Мерзімді әскери қызметті өтеп келген жігіттерге ЖОО-ға білім беру гранттарының 5%-ы бөлінсін. Бір жыл "
    "әскерде болып, ҰБТ-ға қайта дайындалу оңай емес."),
  P("KD19b","ru","Квота грантов для отслуживших",
    "Парни после срочки теряют год и форму для ЕНТ. Пусть 5 % образовательных грантов в вузы резервируют "
    "для тех, кто отслужил срочную службу."))
case("cross",
  P("KD20a","kk","Киберспорт үйірмелері тегін болсын",
    "Жасөспірімдер бәрібір ойнайды – ендеше бапкермен, кестемен, режиммен ойнасын. Жастар орталықтары мен "
    "балалар шығармашылығы үйлерінде мемлекеттік тапсырыс бойынша тегін киберспорт үйірмелерін ашу керек."),
  P("KD20b","ru","Бесплатные киберспортивные секции",
    "Почему кружки футбола и домбры бесплатные, а киберспорт — только в платных клубах с энергетиками и "
    "куревом? Предлагаем открыть бесплатные киберспортивные секции в молодёжных центрах и домах школьников "
    "за счёт госзаказа, с тренером и нормальным расписанием."))
case("cross",
  P("KD21a","kk","Жастар орталықтары кешке дейін ашық болсын",
    "Жастар ресурстық орталықтары 18:00-де жабылады – дәл біз сабақтан, жұмыстан шыққан кезде. Оларды жұмыс "
    "күндері 22:00-ге дейін ашық ұстау керек."),
  P("KD21b","ru","Молодёжные центры до десяти вечера",
    "Молодёжный ресурсный центр работает с 9 до 18, то есть пока вся молодёжь на учёбе или на работе. Смысл? "
    "Пусть по будням они будут открыты до 22:00."))

# ---------------- cross-language, kk/en
case("cross",
  P("KD22a","kk","Жас ғалымдарға қағазсыз есеп",
    "Жас ғалымдар гранты бойынша есепті әлі күнге дейін басып шығарып, мөр басып, бірнеше данада тапсырамыз. "
    "Зерттеуге уақыт қалмайды. Есептерді тек онлайн, электрондық цифрлық қолтаңбамен (ЭЦҚ) тапсыруға көшу керек."),
  P("KD22b","en","Paperless grant reports",
    "Young researchers on state grants still print, stamp and hand in their reports in several copies. Let's "
    "move grant reporting fully online, signed with an EDS key, and drop the paper."))
case("cross",
  P("KD23a","kk","Психологқа жолдамасыз",
    "25 жасқа дейінгі жастар емханадағы психологқа учаскелік дәрігердің жолдамасынсыз, тікелей жазыла алуы "
    "керек. Терапевтке «менде депрессия бар сияқты» деп түсіндірудің өзі – бір стресс."),
  P("KD23b","en","Direct access to a psychologist for under-25s",
    "Young people up to 25 should be able to book the polyclinic psychologist directly, without first getting "
    "a referral from the GP. Many of us simply give up at the GP step."))
case("cross",
  P("KD24a","kk","Аудан орталықтарында кодинг мектептері",
    "Alem сияқты тегін IT-мектептер тек үлкен қалаларда бар. Ауылдағы бала Астанада пәтер жалдап, бір жыл "
    "тегін оқи алмайды ғой. Ұсыныс: осындай тегін peer-to-peer бағдарламалау мектептерін аудан орталықтарында "
    "да ашу, ғимарат пен интернетті әкімдік берсін."),
  P("KD24b","en","Free coding schools in district centres",
    "Free peer-to-peer coding schools should not exist only in the big cities. Open them in district centres "
    "too: the akimat gives a building and fast internet, and the curriculum is the same as in Astana."))

# ---------------- cross-language, ru/en
case("cross",
  P("KD25a","ru","Не больше месяца предоплаты",
    "Арендодатели требуют со студентов оплату за три месяца вперёд плюс депозит — это 600–800 тысяч сразу. "
    "Предлагаем законодательно ограничить: при сдаче жилья студентам предоплата — не более чем за один месяц."),
  P("KD25b","en","Upfront rent for students",
    "Landlords should not be allowed to take more than one month's rent in advance from students. Right now "
    "it's often three months plus a deposit, and first-year students simply can't pay that."))
case("cross",
  P("KD26a","ru","Научные базы для всех вузов",
    "Молодым учёным в региональных вузах нечем работать: доступа к Scopus, Web of Science и ScienceDirect нет, "
    "статьи ищем на сомнительных сайтах. Нужна национальная подписка на эти базы для всех вузов и НИИ страны, "
    "оплаченная Министерством науки и высшего образования."),
  P("KD26b","en","National subscription to research databases",
    "Get a national licence to Scopus, Web of Science and the big journal platforms, so that every university "
    "and research institute, not only the top five, has free access."))
case("cross",
  P("KD27a","ru","Отсрочка через eGov",
    "Чтобы оформить отсрочку от призыва, студент едет в военкомат по прописке, иногда за 500 км от вуза, и "
    "стоит там в очереди полдня. Предлагаем, чтобы отсрочка для студентов оформлялась онлайн через eGov, по "
    "данным вуза."),
  P("KD27b","en","Military deferral online",
    "Students should be able to apply for their military service deferral online in eGov, using data from the "
    "university, instead of travelling to the enlistment office in their home district."))

# ---------------- cross-language, kk/ru/en triples
case("cross",
  P("KD28a","kk","ҰБТ-ның екінші мүмкіндігі тегін болсын",
    "ҰБТ-ны бірінші рет тегін тапсырамыз, ал екінші рет тапсыру ақылы. Ауылдағы отбасы үшін бұл да ақша. "
    "Ұсынамыз: ҰБТ-ны екінші рет тапсыру да тегін болсын."),
  P("KD28b","ru","Вторая попытка ЕНТ — бесплатно",
    "Почему за вторую попытку ЕНТ надо платить? Для семьи из аула это ощутимо. Пусть вторая сдача будет "
    "бесплатной, как и первая."),
  P("KD28c","en","Free second UNT attempt",
    "The second attempt at the UNT should be free of charge, just like the first one."))
case("cross",
  P("KD29a","kk","Әкімдік пен студенттердің хакатоны",
    "Әр облыс әкімдігі жылына бір рет қала мәселелеріне арналған студенттік хакатон өткізіп, жеңген жобаларды "
    "келесі жылдың бюджетіне енгізсін. Кептеліс, қоқыс, аялдамалар – бізде идея көп."),
  P("KD29b","ru","Городской хакатон для студентов",
    "Акиматы областей раз в год проводят хакатон для студентов по проблемам города, а проекты-победители "
    "реально финансируют из бюджета следующего года. Не «грамота и фото», а внедрение."),
  P("KD29c","en","Annual city hackathon",
    "Each regional akimat should run a yearly student hackathon on local problems - traffic, waste, bus "
    "stops - and actually fund the winning projects in next year's budget."))

# ---------------- opposite-meaning traps (must never merge)
case("trap-polarity",
  P("KD30a","kk","Жатақханаға түнде кіру",
    "Көп студент кешкі ауысымда кафеде, курьер болып, колл-орталықта жұмыс істейді, ал жатақхана 23:00-де "
    "жабылады. Ұсыныс: студенттерге жатақханаға 23:00-ден кейін студенттік карта арқылы кіруге рұқсат беру."),
  P("KD30b","kk","Жатақханаға түнде кіру",
    "Көп студент кешкі ауысымда кафеде, курьер болып, колл-орталықта жұмыс істейді, ал жатақханаға түнде "
    "бөгде адамдар да кіріп кетеді. Ұсыныс: студенттерге жатақханаға 23:00-ден кейін студенттік карта арқылы "
    "да кіруге тыйым салу."))
case("trap-polarity",
  P("KD31a","kk","Әлеуметтік стипендия және GPA",
    "Көп балалы және аз қамтылған отбасылардан шыққан студенттер оқу мен жұмысты қатар алып жүреді. "
    "Әлеуметтік стипендияны тағайындағанда ЖОО студенттің GPA-сын ескеруі керек."),
  P("KD31b","kk","Әлеуметтік стипендия және GPA",
    "Көп балалы және аз қамтылған отбасылардан шыққан студенттер оқу мен жұмысты қатар алып жүреді. "
    "Әлеуметтік стипендияны тағайындағанда ЖОО студенттің GPA-сын ескермеуі керек."))
case("trap-polarity",
  P("KD32a","kk","Жастар кеңестерінің микрогранттары",
    "Аудандық жастар кеңестері жыл сайын жастардың шағын жобаларына микрогрант таратады: коворкинг, спорт "
    "алаңы, медиа-жоба. Жұмыс тобы әр ауданда микрогранттарға бөлінетін қаржыны ұлғайтуды ұсынады."),
  P("KD32b","kk","Жастар кеңестерінің микрогранттары",
    "Аудандық жастар кеңестері жыл сайын жастардың шағын жобаларына микрогрант таратады: коворкинг, спорт "
    "алаңы, медиа-жоба. Жұмыс тобы әр ауданда микрогранттарға бөлінетін қаржыны қысқартуды ұсынады."))
case("trap-polarity",
  P("KD33a","ru","Отсрочка для магистрантов",
    "Сейчас магистранты очного отделения могут получить отсрочку от призыва на срочную службу до окончания "
    "учёбы. Рабочая группа предлагает сохранить отсрочку для магистрантов."),
  P("KD33b","ru","Отсрочка для магистрантов",
    "Сейчас магистранты очного отделения могут получить отсрочку от призыва на срочную службу до окончания "
    "учёбы. Рабочая группа предлагает отменить отсрочку для магистрантов."))
case("trap-polarity",
  P("KD34a","ru","Волонтёрство и общежитие",
    "При распределении мест в общежитии вузы должны учитывать волонтёрские часы студента, подтверждённые на "
    "волонтёрской платформе."),
  P("KD34b","ru","Волонтёрство и общежитие",
    "При распределении мест в общежитии вузы не должны учитывать волонтёрские часы студента, подтверждённые на "
    "волонтёрской платформе."))
case("trap-polarity",
  P("KD35a","en","Esports tournaments on campus",
    "Universities should be allowed to host esports and mobile-gaming tournaments in their halls and dorms, "
    "with spectators and streaming."),
  P("KD35b","en","Esports tournaments on campus",
    "Universities should be banned from hosting esports and mobile-gaming tournaments in their halls and dorms, "
    "with spectators and streaming."))
case("trap-polarity",
  P("KD36a","en","Internships and work experience",
    "An internship of three months or longer in a ministry or akimat must count as work experience when the "
    "intern later applies for a civil-service post."),
  P("KD36b","en","Internships and work experience",
    "An internship of three months or longer in a ministry or akimat must not count as work experience when "
    "the intern later applies for a civil-service post."))
case("trap-polarity",
  P("KD37a","en","Work-off for state-grant graduates",
    "Graduates who studied teaching or medicine on a state grant currently have to work three years where "
    "they are sent. The forum recommends keeping this mandatory work-off."),
  P("KD37b","en","Work-off for state-grant graduates",
    "Graduates who studied teaching or medicine on a state grant currently have to work three years where "
    "they are sent. The forum recommends abolishing this mandatory work-off."))

# ---------------- number traps (must never merge)
case("trap-number",
  P("KD38a","kk","Жас ғалымдарға постдок гранты",
    "Жас ғалымдарға PhD-дан кейінгі постдокторантура гранттары 24 айға берілсін, сонда жоба аяқталмай "
    "жатып жаңа өтінім жазуға тура келмейді."),
  P("KD38b","kk","Жас ғалымдарға постдок гранты",
    "Жас ғалымдарға PhD-дан кейінгі постдокторантура гранттары 36 айға берілсін, сонда жоба аяқталмай "
    "жатып жаңа өтінім жазуға тура келмейді."))
case("trap-number",
  P("KD39a","ru","Минимальная стипендия",
    "Стипендия студента-бюджетника должна быть не ниже 60 000 тенге в месяц, иначе её не хватает даже на "
    "общежитие и проезд."),
  P("KD39b","ru","Минимальная стипендия",
    "Стипендия студента-бюджетника должна быть не ниже 80 000 тенге в месяц, иначе её не хватает даже на "
    "общежитие и проезд."))
case("trap-number",
  P("KD40a","ru","Подработка без потери стипендии",
    "Разрешить студентам очной формы официально работать до 20 часов в неделю без потери стипендии и гранта."),
  P("KD40b","ru","Подработка без потери стипендии",
    "Разрешить студентам очной формы официально работать до 30 часов в неделю без потери стипендии и гранта."))
case("trap-number",
  P("KD41a","en","Dorm places for rural students",
    "In every new student dormitory, 20 % of the places should be reserved for students from rural schools."),
  P("KD41b","en","Dorm places for rural students",
    "In every new student dormitory, 30 % of the places should be reserved for students from rural schools."))

# ---------------- distinct: same topic, different asks, or the same ask for another town
case("distinct",
  P("KD42a","kk","Кентауда студенттерге коворкинг",
    "Кентауда студенттер мен фрилансерлерге арналған тегін коворкинг ашу керек: жылдам интернет, розетка, "
    "тыныштық."),
  P("KD42b","kk","Шардарада студенттерге коворкинг",
    "Шардарада студенттер мен фрилансерлерге арналған тегін коворкинг ашу керек: жылдам интернет, розетка, "
    "тыныштық."))
case("distinct",
  P("KD43a","kk","Жатақханадағы кір жуғыш машиналар",
    "Жатақханадағы кір жуғыш машиналар тегін болсын: бір жуу 500 теңге, айына стипендияның едәуір бөлігі "
    "кетеді."),
  P("KD43b","kk","Жатақханада әр қабатқа ас үй",
    "Жатақхананың әр қабатында плитасы мен тоңазытқышы бар ортақ ас үй болуы керек, әйтпесе бәрі бөлмеде "
    "электр плитка қосады."))
case("distinct",
  P("KD44a","ru","Анонимный чат-бот поддержки",
    "Запустить для студентов анонимный чат-бот в Telegram, где круглосуточно отвечают дежурные психологи."),
  P("KD44b","ru","Первая психологическая помощь для кураторов",
    "Обучить кураторов групп и старост основам первой психологической помощи, чтобы они замечали, когда "
    "одногруппнику плохо."))
case("distinct",
  P("KD45a","en","Student discount on intercity buses",
    "Intercity bus companies should give students a 30 % discount on tickets with a valid student ID."),
  P("KD45b","en","Student fares on domestic flights",
    "Domestic airlines should offer student fares on flights inside Kazakhstan, at least on routes to "
    "regional cities."))
case("distinct",
  P("KD46a","en","Conference travel for young scientists",
    "Fund a yearly travel grant so that every young scientist can present their work at one international "
    "conference abroad."),
  P("KD46b","en","Open-access fees for young scientists",
    "Pay the open-access publication fees for young scientists whose papers are accepted in Q1-Q2 journals."))
