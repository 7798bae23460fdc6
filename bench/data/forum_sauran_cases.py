# A forum "Sauran" (held out entirely): written BLIND as an outside measure of the merge step, without
# seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py script or
# any dedupe output or score, and to be run ONCE. Nothing here was tuned on a run; recbook and dedupe
# were not run (only make_eval.py, to generate the YAML). Only bench/data/make_eval.py (generator and
# format), the first 100 lines of forum_torgai_cases.py (format example), the header comments (first
# 45 lines) of the other bench/data/forum_*_cases.py files (to avoid their topics, asks and voices)
# and /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Field: SCIENCE, UNIVERSITY RESEARCH, INVENTORS AND INNOVATION GRANTS (a field the tool's authors
# did not write for).
# Voice: LONG texts (2-5 sentences) by researchers, PhD students, laboratory heads, university
# vice-rectors and inventors at a science forum in Turkistan and Shymkent: mostly context first (a
# figure, a case from the lab, a comparison with another country), then the ask; some ask first and
# the reason after; figures (tenge, per cent, years, months, articles, patents) mostly in the
# context. Paraphrase pairs: two long texts with the same ask, other context and other words.
# kk 39, ru 36, en 24 of 99 proposals.
# Topics (chosen so the other forums' headers do not list them; Kendir already covers the age limit
# of young-scientist grants, research databases, paperless grant reports, postdoc grant months,
# conference travel and open-access fees, so those were left out): reimbursing PCT patent costs, an
# open register of expensive lab equipment, a customs green corridor for reagents, staffed technology
# transfer offices, bridge funding between grant rounds; regional research grants from the Turkistan
# akimat, disposal of hazardous lab waste, a certified vivarium in Shymkent, free patent-attorney
# advice in Shymkent, science grants outside public procurement, service and repair money for
# instruments, reviews shown to applicants, a 150 % tax deduction for firms paying for research, a
# national research-data repository, fast visas for invited foreign scientists, a fab lab in
# Turkistan; a gene bank of local crop varieties, a fixed calendar of grant calls, the authors' share
# of licence income, permanent instrument engineers, seismic stations in the south, a solar test site,
# innovation grants for inventors without a company, a programme on dermene (Artemisia cina),
# plagiarism checks for Kazakh texts, university spin-offs, an industry year for academics, stable
# monitoring in Aksu-Zhabagly, the state as first customer of local innovations, an inventions fair in
# Shymkent, a bioethics committee in Shymkent, moving money between grant budget lines, free
# incubation for student start-ups, a Science Fund office in Shymkent (kk/ru/en); traps on relatives
# in one project team, a Scopus article for the PhD defence, the salary share of a grant, rectors as
# grant leaders, the number of projects per leader, an industry co-funding letter; number traps on
# fundamental grant length (years), university overhead (per cent), the patent fee (tenge), the first
# grant payment (days); look-alikes on young scientists' housing, Yasawi University, patents, old
# lab equipment, science for children.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different people (kk 4, ru 4, en 3: other context, other verbs and nouns, reordering, a conditional
# vs an imperative, a terse card vs a full one, one text adding a figure); cross 18 cases = 20
# cross-language pairs with NO translation supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en
# triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow vs ban, -уы керек vs -мауы керек,
# increase vs reduce; ru: allow vs ban, increase vs reduce; en: should vs should not be required);
# trap-number 4 (years, per cent, tenge, days); distinct 5 (same topic, different asks). No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/s15/blind/forum_sauran_cases.py /work/wt/s15/blind/forum_sauran.yaml

# ---------------- exact, spelling and homoglyph variants
_S01 = ("Зарубежный патент по процедуре PCT обходится изобретателю в 8–10 миллионов тенге с учётом пошлин и "
        "переводов, поэтому из 140 патентов нашего университета за пять лет за рубежом защищены только два. "
        "В Турции и Малайзии государство возмещает вузам большую часть этих расходов. Просим Министерство "
        "науки и высшего образования возмещать университетам и научным институтам не менее 80 % затрат на "
        "международную патентную заявку, если у разработки есть зарубежный покупатель или партнёр.")
case("exact",
  P("SR01a","ru","Возмещение затрат на зарубежные патенты", _S01),
  P("SR01b","ru","Зарубежное патентование за счёт государства", _S01))
case("spelling",
  P("SR02a","kk","Ғылыми жабдықтың ашық тізілімі",
    "Шымкенттегі бес университетте құны жүз миллион теңгеден асатын құрылғылар бар, бірақ олардың қайсысы "
    "қай зертханада тұрғанын ешкім білмейді: өткен жылы біз үлгілерімізді хроматографқа Алматыға жібердік, "
    "ал дәл сондай құрылғы көрші университетте бос тұр екен. Барлық мемлекеттік ЖОО мен ғылыми институттардағы "
    "қымбат ғылыми жабдықтың ашық онлайн тізілімін жасап, басқа ұйымдардың ғалымдарына оны уақытқа брондауға "
    "мүмкіндік беру керек."),
  P("SR02b","kk","Ғылыми жабдыктың ашық тізлімі",
    "Шымкенттегі бес университетте құны жүз миллион теңгеден асатын құрылғылар бар, бірақ олардың қайсысы "
    "қай зертхнада тұрғанын ешкім білмейді: өткен жылы біз үлгілерімізді хроматографқа Алматыға жібердік, "
    "ал дәл сондай құрылғы көрші университетте бос тұр екен. Барлық мемлекеттік ЖОО мен ғылыми институттардағы "
    "қымбат ғылыми жабдыктың ашық онлайн тізлімін жасап, басқа ұйымдардың ғалымдарына оны уақытқа брондауға "
    "мүмкіндік беру керек."))
case("spelling",
  P("SR03a","ru","Зелёный коридор для научных реактивов",
    "Реактивы и биологические образцы, заказанные по гранту, по три-четыре недели лежат на таможне в Алматы, "
    "и за это время часть ферментов и антител просто портится. В прошлом году наша лаборатория списала "
    "реактивов почти на 6 миллионов тенге. Предлагаем ввести для научных организаций «зелёный коридор»: "
    "упрощённое таможенное оформление реактивов и образцов с коротким сроком годности за один-два дня."),
  P("SR03b","ru","Зелёный коридор для научных риактивов",
    "Риактивы и биологические обрацы, заказанные по гранту, по три-четыре недели лежат на таможне в Алматы, "
    "и за это время часть ферментов и антител просто портится. В прошлом году наша лабаратория списала "
    "реактивов почти на 6 миллионов тенге. Предлагаем ввести для научных организаций «зелёный коридор»: "
    "упрощённое таможеное оформление реактивов и образцов с коротким сроком годности за один-два дня."))
case("spelling",
  P("SR04a","en","Real technology transfer offices",
    "Most regional universities have a technology transfer office only on paper: at our university in "
    "Shymkent it is one part-time employee who also runs the website. As a result, only 3 of our 40 patents "
    "have ever been licensed to a company. We ask the Ministry of Science and Higher Education to fund at "
    "least two full-time specialists in the technology transfer office of every regional university, with "
    "training in licensing and patent valuation."),
  P("SR04b","en","Real tecnology transfer offices",
    "Most regional universities have a tecnology transfre office only on paper: at our university in "
    "Shymkent it is one part-time employee who also runs the website. As a result, only 3 of our 40 patents "
    "have ever been licensed to a company. We ask the Ministry of Science and Higher Education to fund at "
    "least two full-time specialsts in the technology transfer office of every regional university, with "
    "training in lisensing and patent valuation."))
_S05t = "Гранттар арасындағы үзілісте зертхананы сақтау"
_S05 = ("Біздің зертханада үш жылдық грант желтоқсанда аяқталды, ал келесі конкурстың нәтижесі тек тамызда "
        "шықты: сегіз айда екі инженер мен үш жас зерттеуші басқа жұмысқа кетіп қалды. Жобасы жоғары "
        "бағаланған, бірақ жаңа конкурстың қорытындысын күтіп отырған ұжымдарға алты айға дейін аралық "
        "қаржыландыру беру керек, сонда тәжірибелі мамандар зертханадан кетпейді.")
case("homoglyph",
  P("SR05a","kk",_S05t,_S05),
  P("SR05b","kk",homo(_S05t, 3),homo(_S05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("SR06a","kk","Облыстық ғылыми гранттар",
    "Түркістан облысының өз проблемалары көп: топырақтың тұздануы, мақта өнімділігінің төмендеуі, Арыс пен "
    "Келес өзендеріндегі судың азаюы. Бірақ республикалық конкурстарда бұл тақырыптар сирек жеңеді, өйткені "
    "сарапшылар оларды тым «жергілікті» деп санайды. Облыс әкімдігі жергілікті бюджеттен жыл сайын облыстың "
    "нақты мәселелерін шешуге арналған ғылыми гранттар конкурсын жариялауы керек."),
  P("SR06b","kk","Өңір мәселелеріне әкімдік гранты",
    "Кейбір облыстарда әкімдіктер жергілікті ғалымдардың жобаларына өз қаражатынан қаржы бөледі, ал бізде, "
    "Түркістан облысында, мұндай тәжірибе әлі жоқ. Ал ауыл шаруашылығы, су тапшылығы және жайылымдар бойынша "
    "зерттеулерге сұраныс өте үлкен. Ұсынысымыз: облыстық бюджеттен өңірге қажет тақырыптар бойынша тұрақты "
    "грант бағдарламасын ашу, тақырыптарды әкімдік пен университеттер бірлесіп анықтасын."),
  note="akimat announces yearly grants = standing programme from the regional budget")
case("paraphrase",
  P("SR07a","kk","Зертханалық химиялық қалдықтарды кәдеге жарату",
    "Біздің химия факультетінде жылына шамамен екі тонна пайдаланылған еріткіштер мен реактив қалдықтары "
    "жиналады, ал оларды кәдеге жаратуға университеттің бюджетінде ақша жоқ. Сондықтан бөтелкелер жылдар бойы "
    "жертөледе сақталып, өрт пен улану қаупін туғызып тұр. Ғылым және жоғары білім министрлігі университеттердің "
    "қауіпті химиялық қалдықтарын лицензиясы бар компанияларға тапсыру шығынын жыл сайын қаржыландыруы керек."),
  P("SR07b","kk","Улы қалдықтарды жоюға қаржы",
    "Жоғары оқу орындарының зертханаларында ескі реактивтер мен улы ерітінділер жинала береді: Шымкенттегі бір "
    "институтта мерзімі өткен сынап қосылыстары 2009 жылдан бері қоймада жатыр. Мұндай қалдықтарды арнайы "
    "ұйымға өткізу қымбат, ал бұл шығын ешбір бапта қарастырылмаған. Министрлік ғылыми ұйымдарға улы және "
    "жарылыс қаупі бар қалдықтарды жоюға жыл сайын жеке қаржы бөлсе, зертханалар қауіпсіз болар еді."),
  note="imperative vs conditional; hazardous lab waste disposal funded yearly")
case("paraphrase",
  P("SR08a","kk","Шымкентте сертификатталған виварий",
    "Оңтүстік өңірде халықаралық талаптарға сай келетін бірде-бір виварий жоқ, сондықтан жаңа дәрілерді тышқан "
    "мен егеуқұйрықтарға сынау үшін фармацевтер Алматыға немесе шетелге барады. Бір сынақ сериясы біздің "
    "зертханаға 4 миллион теңгеге түседі. Шымкентте университеттер мен фармацевтика кәсіпорындары ортақ "
    "пайдаланатын, GLP талаптарына сай зертханалық жануарлар питомнигін салу керек."),
  P("SR08b","kk","Зертханалық жануарлар орталығы",
    "Дәрілердің клиникаға дейінгі зерттеулерін жүргізу үшін бізге заманауи виварий ауадай қажет: қазіргі "
    "бөлмелерде желдету мен температураны бақылау жоқ, сондықтан шетелдік журналдар мұндай деректерді "
    "қабылдамайды. Министрлік пен қала әкімдігінен сұраймыз: Шымкентте барлық зерттеушілерге ашық, "
    "халықаралық стандартқа сай жабдықталған зертханалық жануарлар орталығын ашыңыздар."),
  note="питомник = орталық; shared by all = open to all researchers")
case("paraphrase",
  P("SR09a","kk","Өнертапқыштарға тегін патенттік кеңес",
    "Түркістан облысында өнертапқыштардың көбі өтінімді өздері толтырады, сондықтан құжаттар сараптамадан кейін "
    "қайтарылады: біздің клубтағы 12 өтінімнің жетеуі формуласы дұрыс жазылмағандықтан кері қайтты. Ал "
    "патенттік сенім берілген өкілдің қызметі 150 мың теңгеден басталады. Ұлттық зияткерлік меншік институты "
    "Шымкентте өнертапқыштар мен студенттерге аптасына кемінде бір рет тегін кеңес беретін патенттік өкілді "
    "отырғызуы керек."),
  P("SR09b","kk","Шымкентте патент бойынша ақысыз консультация",
    "Патент алу жолы ауылдағы немесе шағын қаладағы өнертапқыш үшін өте күрделі: өнертабыстың формуласын қалай "
    "жазу керегін, қандай құжаттар керегін түсіндіретін адам жоқ, ал Астанаға бару қымбат. Ұлттық зияткерлік "
    "меншік институтынан Шымкентте кеңес беру пунктін ашып, онда патенттік өкіл жеке өнертапқыштарға ақысыз "
    "кеңес беруін сұраймыз."),
  note="one adds a figure (weekly); тегін = ақысыз")
case("paraphrase",
  P("SR10a","ru","Закупки по грантам без госзакупок",
    "Чтобы купить по гранту набор праймеров за 300 тысяч тенге, мы проходим процедуру госзакупок, которая "
    "длится два-три месяца, а побеждает поставщик с самой низкой ценой и часто привозит не то. За это время "
    "сезон полевых работ заканчивается. Просим вывести закупки реактивов, расходных материалов и оборудования "
    "по научным грантам из-под закона о государственных закупках и разрешить покупать их напрямую у поставщика."),
  P("SR10b","ru","Исключить научные гранты из госзакупок",
    "Во многих странах руководитель проекта сам выбирает, у кого покупать реактивы, а у нас университет "
    "обязан объявлять конкурс на каждую мелочь. Из-за этого до 30 % времени проекта уходит на ожидание "
    "поставок. Если законодательство о госзакупках перестанет распространяться на расходы по научным грантам, "
    "учёные смогут покупать нужное напрямую и вовремя."),
  note="imperative vs conditional; other context")
case("paraphrase",
  P("SR11a","ru","Деньги на обслуживание оборудования",
    "В 2019 году наш университет получил масс-спектрометр за 180 миллионов тенге, но после окончания гарантии "
    "на сервис денег не нашлось, и уже два года прибор стоит сломанным. Такая же история с электронным "
    "микроскопом у соседнего института. Просим при каждой закупке дорогого научного оборудования сразу "
    "закладывать средства на его сервисное обслуживание, ремонт и поверку минимум на пять лет."),
  P("SR11b","ru","Сервис для научных приборов",
    "Государство тратит миллиарды на новые приборы для лабораторий, но не выделяет ни тенге на их содержание: "
    "запчасти, калибровку, выезд инженера из Германии. В результате дорогие установки простаивают, а статьи "
    "пишутся на данных, полученных за границей. Нужно отдельное финансирование технического обслуживания и "
    "ремонта научного оборудования на срок его службы, а не только на покупку."),
  note="one adds a figure (five years)")
case("paraphrase",
  P("SR12a","ru","Показывать заявителям рецензии",
    "Наша заявка на грантовое финансирование в прошлом году набрала 23 балла из 30 и не прошла, но мы так и "
    "не узнали, за что сняли баллы. Без этого невозможно исправить ошибки к следующему конкурсу. Просим "
    "Комитет науки отправлять каждому заявителю полные тексты экспертных рецензий и оценки национальных "
    "научных советов по его заявке."),
  P("SR12b","ru","Прозрачность экспертизы заявок",
    "Во многих зарубежных фондах заявитель получает подробное обоснование отказа, а у нас в личном кабинете "
    "появляется только итоговый балл. Учёные подозревают ошибки и необъективность, но доказать ничего не "
    "могут. Итоги экспертизы по каждой заявке — замечания каждого эксперта и решение ННС — должны быть "
    "открыты её авторам."),
  note="reviews sent to applicant = open to its authors")
case("paraphrase",
  P("SR13a","ru","Налоговый вычет за финансирование науки",
    "Промышленные предприятия Шымкента почти не заказывают исследований у местных вузов: больше половины "
    "наших хоздоговоров за пять лет пришло от одного нефтеперерабатывающего завода. Бизнесу просто нет "
    "выгоды вкладываться в науку. Предлагаем разрешить компаниям относить на вычеты в полуторном размере "
    "расходы на исследования, заказанные у университетов и научных институтов."),
  P("SR13b","ru","Льгота для бизнеса, который платит за исследования",
    "Если компания платит университету за научную разработку, эти деньги должны уменьшать её корпоративный "
    "подоходный налог с коэффициентом 150 %, как это сделано во многих странах ОЭСР. Без такого стимула "
    "частные вложения в науку у нас остаются мизерными. Рабочая группа просит внести эту норму в "
    "Налоговый кодекс."),
  note="'в полуторном размере' = 150 %; ask first vs ask last")
case("paraphrase",
  P("SR14a","en","A national repository for research data",
    "Data from publicly funded projects in Kazakhstan disappear when a PhD student graduates or a laptop "
    "breaks: our lab lost eight years of soil measurements from the Shardara area this way. Nobody else can "
    "reuse or check such results. We propose that every state-funded project deposit its raw data in a "
    "national open repository within a year of the final report, unless there is a legal reason to keep "
    "them closed."),
  P("SR14b","en","Open research data",
    "The state pays for thousands of datasets every year, yet almost none can be found later. In the EU, "
    "Horizon projects must share their data under the FAIR principles. Kazakhstan should oblige grant "
    "holders to upload the data behind their results to one national repository after the project ends, "
    "with exceptions only for personal or classified data."),
  note="one adds a deadline; deposit = upload")
case("paraphrase",
  P("SR15a","en","Fast visas for invited scientists",
    "Last spring a soil microbiologist from Germany waited seven weeks for a visa to join our project in "
    "Turkistan, and the sampling season was over by the time she arrived. We ask that foreign scientists "
    "invited by an accredited university or research institute get their visa and work permit within ten "
    "working days under a simplified procedure."),
  P("SR15b","en","Simplified entry for foreign researchers",
    "Kazakh universities want visiting professors and postdocs, but the paperwork for a foreign researcher "
    "takes one to two months and puts many of them off. The Ministry of Foreign Affairs and the Ministry of "
    "Science and Higher Education should create a fast-track visa and work permit for researchers invited "
    "by Kazakh universities and institutes."),
  note="one adds a figure (ten working days)")
case("paraphrase",
  P("SR16a","en","A fab lab for inventors in Turkistan",
    "Inventors in Turkistan region have no place to build a prototype: the nearest workshop with a 3D "
    "printer, a laser cutter and a CNC machine is in Shymkent, and its hourly rates are too high for a "
    "schoolteacher with an idea. In our club, five of eight inventions never went beyond drawings. The "
    "regional akimat should open a public fab lab in Turkistan city where inventors can make prototypes "
    "free of charge."),
  P("SR16b","en","Prototype workshop",
    "Open a public prototyping workshop in the city of Turkistan, with 3D printers, CNC machines and "
    "electronics benches, free for local inventors and students. Without a working prototype an inventor "
    "cannot show the idea to investors or to an innovation grant committee."),
  note="full text vs terse card, ask first")

# ---------------- cross-language pairs, written independently, NO translation supplied
case("cross",
  P("SR17a","kk","Жергілікті сорттардың тұқым банкі",
    "Түркістан облысының ауылдарында ата-бабамыздан қалған қауын, жүзім және бидай сорттары әлі бар, бірақ "
    "оларды сақтап жүрген қарттар азайып барады: соңғы экспедицияда біз тізімдегі 60 сорттың тек 24-ін "
    "таптық. Облыста тұқымдарды ұзақ сақтайтын тоңазытқыш камералары бар генетикалық банк ашып, жергілікті "
    "сорттарды жинау мен сипаттауды жеке мемлекеттік бағдарламаға енгізу керек."),
  P("SR17b","ru","Генбанк местных сортов юга",
    "Предлагаем создать на юге страны банк семян с низкотемпературным хранением для местных сортов дынь, "
    "винограда и пшеницы Туркестанской области. Старые сорта, которые десятилетиями выращивали в Сайраме, "
    "Сарыагаше и Ордабасы, исчезают, а в них есть гены засухо- и солеустойчивости, которых нет у импортных "
    "гибридов. Сбор и описание этих сортов должны финансироваться как отдельная программа."))
case("cross",
  P("SR18a","kk","Грант конкурстарының тұрақты кестесі",
    "Соңғы бес жылда гранттық қаржыландыру конкурсы бір жылы наурызда, келесі жылы қазанда жарияланды, ал "
    "бір жылы мүлдем өткізілмеді. Мұндайда зертхана жұмысты алдын ала жоспарлай алмайды, серіктестермен "
    "келісімдер бұзылады. Ғылым комитеті конкурстар жыл сайын бір айда жарияланып, нәтижесі де белгілі бір "
    "мерзімде шығатындай тұрақты күнтізбе бекітуі керек."),
  P("SR18b","ru","Предсказуемый график научных конкурсов",
    "Нужен единый календарь научных конкурсов, утверждённый на несколько лет вперёд: когда объявляется "
    "конкурс на грантовое финансирование, когда приём заявок, когда итоги. Сейчас даты каждый год разные, и "
    "мы узнаём о конкурсе за три недели до окончания приёма. В большинстве стран такие графики известны "
    "заранее, и лаборатории готовят заявки спокойно."))
case("cross",
  P("SR19a","kk","Өнертапқыш қызметкерге лицензиялық табыстың үлесі",
    "Университет зертханасында жасалған өнертабысқа лицензия сатылғанда, бүкіл табыс университетке түседі, "
    "ал авторларға көбіне ештеңе тимейді. Біздің әріптесіміздің биопрепаратына лицензия берілгенде "
    "университет 40 миллион теңге алды, ал өнертапқыштың өзі 200 мың теңге сыйлықақы ғана алды. Заңда "
    "қызметтік өнертабыс лицензиясынан түскен табыстың кемінде үштен бірі авторларға төленетіні нақты "
    "жазылуы керек."),
  P("SR19b","ru","Доля авторов служебных изобретений",
    "Предлагаем закрепить в законе: не менее трети дохода от лицензии на служебное изобретение вуза или "
    "НИИ выплачивается его авторам. Сейчас это решает ректорат, и учёный может получить символическую "
    "премию, даже если его разработка принесла университету десятки миллионов. В Германии закон об "
    "изобретениях работников давно гарантирует авторам долю, и там учёные сами ищут покупателей для "
    "своих патентов."))
case("cross",
  P("SR20a","kk","Зертхана инженерлеріне тұрақты ставка",
    "Бізде қымбат құрылғыларды грант бойынша уақытша жұмысқа алынған жас мамандар басқарады, грант біткенде "
    "олар кетіп, құрылғыны ешкім іске қоса алмайды. Біздің орталықта соңғы үш жылда төрт инженер ауысты. "
    "Базалық қаржыландырудан әрбір ірі ғылыми жабдыққа тұрақты штаттағы инженердің ставкасын бөлу керек."),
  P("SR20b","ru","Штатные инженеры при уникальных приборах",
    "У нас в институте шесть крупных приборов и ни одного инженера на постоянной ставке: всех держат на "
    "грантах по договору на год-два. Когда проект закрывается, специалист уходит в частную лабораторию, а "
    "прибор месяцами стоит. Просим в рамках базового финансирования выделять научным организациям ставки "
    "инженеров, которые постоянно обслуживают уникальное оборудование и работают на нём для всех групп."))
case("cross",
  P("SR21a","kk","Сейсмостанциялар желісін кеңейту",
    "Шымкент пен Түркістан облысы сейсмикалық белсенді аймақта орналасқан, бірақ бүкіл өңірде бірнеше ғана "
    "станция жұмыс істейді. Жер сілкінісінің қаупін бағалауға деректер жетіспейді, құрылыс нормалары ескі "
    "карталарға сүйенеді. Өңірде заманауи сейсмостанциялардың санын көбейтіп, олардың деректерін ғылыми "
    "институттар мен университеттерге ашық беру керек."),
  P("SR21b","ru","Сейсмический мониторинг юга",
    "После ощутимых землетрясений последних лет жители Шымкента спрашивают учёных, насколько опасен город, "
    "а у нас нет данных: станций мало, половина аппаратуры старше тридцати лет. Просим профинансировать "
    "установку новых цифровых сейсмических станций в Шымкенте и Туркестанской области и открыть их записи "
    "для исследователей."))
case("cross",
  P("SR22a","kk","Күн панельдерін сынайтын полигон",
    "Оңтүстікте жазда ауа температурасы 45 градусқа дейін көтеріледі, ал біздің өнертапқыштар жасаған күн коллекторлары мен "
    "панельдерді салқындату жүйелерін нақты жағдайда сынайтын орын жоқ. Шетелдік өндірушілердің "
    "паспортындағы деректер біздің ыстық пен шаңға сай келмейді. Түркістан облысында жаңартылатын энергетика "
    "бойынша ашық сынақ полигонын ашып, оны ғалымдар мен өнертапқыштарға тегін пайдалануға беру керек."),
  P("SR22b","ru","Испытательный полигон для солнечной энергетики",
    "Изобретатели и лаборатории юга разрабатывают солнечные коллекторы, системы охлаждения панелей и "
    "накопители, но проверить их в настоящей жаре и пыли могут только на крышах собственных домов. "
    "Предлагаем создать в Туркестанской области открытый испытательный полигон для оборудования "
    "возобновляемой энергетики, где разработчики бесплатно получают данные измерений."))
case("cross",
  P("SR23a","kk","Инновациялық грантқа жеке өнертапқыш та қатыссын",
    "QazInnovations агенттігінің инновациялық гранттарына тек заңды тұлғалар өтінім бере алады, сондықтан "
    "жеке өнертапқыш алдымен ЖШС ашып, бухгалтер жалдауы керек. Біздің таныстарымыздың ішінде үш адам дәл "
    "осы себепті өтінім бермеді. Патенті бар жеке өнертапқыштарға компания тіркемей-ақ инновациялық грантқа "
    "қатысуға мүмкіндік беру керек."),
  P("SR23b","ru","Инновационные гранты изобретателям без ТОО",
    "Многие изобретатели — это учителя, инженеры на пенсии, фермеры, и регистрировать компанию ради одной "
    "заявки им сложно и дорого. Просим разрешить физическим лицам, у которых есть патент, подавать заявки на "
    "инновационные гранты напрямую, без создания юридического лица. Компанию можно будет открыть уже после "
    "победы, на этапе коммерциализации."))
case("cross",
  P("SR24a","kk","Дермене бойынша ғылыми бағдарлама",
    "Дермене негізінен Оңтүстік Қазақстанда өсетін емдік өсімдік, кезінде Шымкенттің химия-фармацевтика "
    "зауыты одан сантонин шығарып, көп елге жеткізген. Қазір дермененің табиғи алқаптары азайып барады, ал "
    "оны зерттейтін бірде-бір тұрақты ғылыми топ жоқ. Дермене алқаптарын қалпына келтіру, оны егістікте "
    "өсіру және одан дәрі алу бойынша мақсатты ғылыми-техникалық бағдарламаны қаржыландыру керек."),
  P("SR24b","ru","Возродить исследования цитварной полыни",
    "Цитварная полынь, которую у нас называют дермене, растёт в основном на юге Казахстана, и Шымкентский "
    "химфармзавод когда-то был мировым поставщиком сантонина. Сегодня её заросли сокращаются, а научных "
    "работ по этому растению за последние десять лет вышли единицы. Нужна целевая программа: восстановление "
    "зарослей, технология выращивания на плантациях и разработка лекарств на её основе."))
case("cross",
  P("SR25a","kk","Қазақ тіліндегі мәтіндерге антиплагиат",
    "Диссертациялар мен мақалаларды тексеретін антиплагиат жүйелері орыс және ағылшын мәтіндерін жақсы "
    "таниды, ал қазақ тіліндегі мәтіндерде сөз жалғауларын ажырата алмайды: бірнеше жалғау ауыстырылса, "
    "көшірілген абзац «түпнұсқа» болып шығады. Сондықтан қазақша жазылған жұмыстардағы плагиат жиі "
    "анықталмайды. Қазақ тілінің морфологиясын ескеретін ұлттық антиплагиат жүйесін жасап, оны барлық "
    "университеттерге беру керек."),
  P("SR25b","ru","Проверка на плагиат для казахских текстов",
    "Системы проверки заимствований, которыми пользуются вузы, практически слепы к казахскому языку: они "
    "не учитывают окончания и порядок слов, и переписанная чужая работа проходит с оригинальностью 90 %. "
    "Просим Министерство заказать систему антиплагиата, которая корректно работает с казахскими текстами и "
    "подключена к базе казахоязычных диссертаций, и предоставить её всем вузам."))
case("cross",
  P("SR26a","kk","Ғалымдарға спин-офф компания ашуды жеңілдету",
    "Ғалым зертханада жасалған технологияны нарыққа шығару үшін өз компаниясын ашқысы келсе, университет "
    "патентін пайдалануға рұқсат алу бір жылға созылады, ал мемлекеттік университет қызметкерінің кәсіппен "
    "айналысуына да күмән туады. Сондықтан бізде спин-офф компаниялар саусақпен санарлық. Университет "
    "ғалымдарына университеттің патенті негізінде компания ашуға арналған қарапайым, бір айда шешілетін "
    "тәртіп енгізу керек."),
  P("SR26b","en","Easy spin-offs from universities",
    "Researchers who want to start a company on their own lab results hit a wall: the university's consent "
    "to use its patent goes through several committees, and nobody knows whether a state employee may own "
    "shares. In the UK a standard spin-off agreement takes weeks. We ask the Ministry to adopt a simple "
    "standard procedure letting university staff found spin-off companies based on university patents."))
case("cross",
  P("SR27a","kk","Ғалымдарға өндірісте бір жыл жұмыс істеу құқығы",
    "Университет оқытушылары кәсіпорындардың нақты мәселелерін білмейді, ал өндірісте жұмыс істеп көргісі "
    "келсе, оқу жүктемесінен босатылмайды және орнынан айырылып қалудан қорқады. Ғалымдарға кәсіпорында бір "
    "жылға дейін жұмыс істеп, университеттегі орнын сақтап қайтып оралуға мүмкіндік беретін «өндірістік "
    "демалыс» енгізу керек."),
  P("SR27b","en","An industry year for academics",
    "Let university researchers spend up to a year working at a company while keeping their academic post "
    "to come back to. A chemist from our department who worked six months at the Shymkent refinery returned "
    "with three applied projects, but she had to resign to do it and was rehired only after a long fight."))
case("cross",
  P("SR28a","kk","Ақсу-Жабағылы қорығындағы ұзақ мерзімді бақылау",
    "Ақсу-Жабағылы қорығында 1926 жылдан бері табиғатқа бақылау жүргізіледі, бұл Орталық Азиядағы ең ұзақ "
    "деректер қатарларының бірі. Бірақ қазір өлшеулер тек үш жылдық гранттармен қаржыландырылады: грант "
    "біткенде бақылау алаңдары бір-екі жылға тасталып, қатарда үзіліс пайда болады. Қорықтағы климат пен "
    "биоалуантүрлілікті бақылауды грант конкурсына байланыстырмай, он жылдық тұрақты қаржыландыруға "
    "көшіру керек."),
  P("SR28b","en","Stable funding for monitoring in Aksu-Zhabagly",
    "Climate and biodiversity records in the Aksu-Zhabagly reserve go back almost a century, but today the "
    "plots are measured only when somebody wins a three-year grant. A gap of even one season breaks a series "
    "that no other site in the region can replace. We ask that long-term ecological monitoring in the "
    "reserve be funded directly for ten years at a time, outside the competitive grant cycle."))
case("cross",
  P("SR29a","kk","Отандық өнертабыстың алғашқы сатып алушысы — мемлекет",
    "Біздің өнертапқыштар жасаған тамшылатып суарудың су үнемдейтін контроллері сынақтан өтті, бірақ "
    "мемлекеттік мекемелер оны сатып ала алмайды: сатып алу ережелері тәжірибесі бар жеткізушіні талап "
    "етеді. Бірінші тапсырыссыз жаңа өнімнің болашағы жоқ. Әкімдіктер мен мемлекеттік ұйымдарға отандық "
    "инновациялық өнімдерді сынап көру үшін тікелей сатып алуға мүмкіндік беретін арнайы үлес бөлу керек."),
  P("SR29b","en","Let the state be the first customer",
    "A Shymkent start-up built a sensor that detects gas leaks in apartment blocks, yet no akimat or utility "
    "can buy it, because tenders require three years of supply history. State bodies and akimats should be "
    "allowed to buy domestic innovations directly for pilot use, within a set share of their annual "
    "purchases."))
case("cross",
  P("SR30a","ru","Ежегодная выставка изобретений в Шымкенте",
    "Изобретатели юга показывают свои разработки в лучшем случае на школьных конкурсах или в соцсетях, и "
    "инвесторы о них не знают. В прошлом году на наш стенд в Астане смогли приехать только двое из двенадцати "
    "авторов: дорога и проживание им не по карману. Предлагаем ежегодно проводить в Шымкенте региональную "
    "выставку изобретений с призами, приглашёнными инвесторами и бесплатным участием для авторов."),
  P("SR30b","en","A regional inventors' exhibition",
    "Shymkent should host a yearly exhibition of inventions from the southern regions, free for exhibitors, "
    "with cash prizes and invited investors and industrial companies. Today local inventors rarely meet "
    "anybody who could buy or fund their work, and the national fairs in Astana are too far and too "
    "expensive for them."))
case("cross",
  P("SR31a","ru","Комиссия по биоэтике на юге",
    "Любое исследование с участием пациентов требует одобрения комиссии по биоэтике, а у большинства вузов "
    "юга своей аккредитованной комиссии нет. Наши докторанты теряют целый семестр, ожидая протокола из "
    "Алматы. Просим создать в Шымкенте региональную комиссию по биоэтике, которая рассматривает проекты всех "
    "вузов и НИИ юга в течение месяца."),
  P("SR31b","en","A bioethics committee in Shymkent",
    "Clinical and biomedical researchers in Shymkent and Turkistan region have to send their protocols to "
    "ethics committees in Almaty or Astana and wait for months. We propose an accredited regional bioethics "
    "committee in Shymkent, open to all universities, clinics and institutes of the south, that gives its "
    "decision within one month."))
case("cross",
  P("SR32a","ru","Свобода перераспределять смету гранта",
    "Смета гранта утверждается за год до начала работ, а цены на реактивы и импортные приборы за это время "
    "вырастают на 20–30 %. Чтобы перенести деньги со статьи «командировки» на «материалы», мы ждём решения "
    "до четырёх месяцев. Просим разрешить руководителю проекта самостоятельно перераспределять до 15 % "
    "бюджета между статьями расходов с последующим отчётом."),
  P("SR32b","en","Flexible grant budgets",
    "Grant holders should be free to move up to 15 per cent of their budget between cost items without "
    "asking permission, and simply explain it in the annual report. Our project needed a new pump when the "
    "old one broke in the field, but the money was stuck under travel costs and the approval took a whole "
    "season."))
case("cross",
  P("SR33a","ru","Бесплатный инкубатор для студенческих стартапов",
    "В шымкентском технопарке рабочее место стоит около 40 тысяч тенге в месяц, и студенческие команды, "
    "выигравшие конкурсы, туда просто не приходят. В итоге из двадцати проектов нашего вуза за год до "
    "прототипа дошли два. Просим технопарк выделить студенческим стартап-командам бесплатные места в "
    "инкубаторе на первый год работы, с наставником."),
  P("SR33b","en","Free incubation for student teams",
    "Student start-up teams in Shymkent should get a free desk, a mentor and access to the technopark's "
    "equipment for their first year. Most of them give up after the first competition because they cannot "
    "pay rent or find anyone to guide them."))
case("cross",
  P("SR34a","kk","Ғылым қорының Шымкенттегі өкілдігі",
    "Оңтүстік өңірдің ғалымдары мен кәсіпкерлері коммерцияландыру гранттарына өтінім бойынша Астанадағы "
    "Ғылым қорымен тек телефон мен электрондық пошта арқылы байланысады, жауап апталап келеді. Біздің "
    "университеттен былтыр 15 өтінімнің 9-ы құжаттағы формалды қателер үшін қабылданбады. Ғылым қоры "
    "Шымкентте өтінім берушілерге кеңес беретін тұрақты өңірлік өкілдік ашуы керек."),
  P("SR34b","ru","Представительство Фонда науки на юге",
    "Предлагаем открыть в Шымкенте региональный офис Фонда науки, где учёные, изобретатели и компании юга "
    "смогут лично получить консультацию по заявкам на гранты коммерциализации. Сейчас любой вопрос решается "
    "через Астану, хотя на юге живёт почти треть населения страны."),
  P("SR34c","en","Science Fund office in the south",
    "Around a third of Kazakhstan's population lives in Shymkent and the Turkistan, Zhambyl and Kyzylorda "
    "regions, yet the Science Fund has no office there, and applicants from the south fail more often on "
    "paperwork. A permanent regional office of the Science Fund in Shymkent, advising researchers and "
    "companies on commercialisation grant applications, would fix much of this."))

# ---------------- traps: shared wording, OPPOSITE asks (must never auto-merge)
case("trap-polarity",
  P("SR35a","kk","Жоба тобына туыстарды қосуға рұқсат ету",
    "Шағын ғылыми мектептерде ғылыммен бүкіл отбасы айналысатыны жиі кездеседі: жетекші, оның жұбайы және "
    "баласы бір тақырыппен жұмыс істейді. Қазіргі тәжірибеде мұндай топтар негізсіз күдікке ілігеді. Жақын "
    "туыстардың бір ғылыми жобаның орындаушылар тобында бірге жұмыс істеуіне ашық рұқсат беру керек, егер "
    "әрқайсысының үлесі есепте көрсетілсе."),
  P("SR35b","kk","Жоба тобына туыстарды қосуға тыйым салу",
    "Шағын ғылыми мектептерде жетекші жиі өзінің жұбайы мен баласын жобаға орындаушы етіп қосады: грант "
    "ақшасы отбасы ішінде қалады, ал жас ғалымдарға орын жоқ. Бұл әділетсіз және жемқорлыққа жол ашады. "
    "Жақын туыстардың бір ғылыми жобаның орындаушылар тобында бірге жұмыс істеуіне тыйым салу керек."),
  note="kk allow vs ban")
case("trap-polarity",
  P("SR36a","kk","Қорғау үшін Scopus мақаласы талап етілуі керек",
    "Докторанттың жұмысы халықаралық деңгейде тексерілгенін көрсететін негізгі өлшем — Scopus базасындағы "
    "журналда жарияланған мақала. Бұл талап болмаса, диссертациялардың сапасы одан әрі төмендейді. Докторлық "
    "диссертацияны қорғауға жіберу үшін Scopus базасындағы журналда кемінде бір мақала міндетті түрде талап "
    "етілуі керек."),
  P("SR36b","kk","Қорғау үшін Scopus мақаласы талап етілмеуі керек",
    "Докторанттар Scopus базасындағы журналда мақала шығару үшін жарты жыл кезек күтеді немесе күмәнді "
    "ақылы журналдарға 1 500 долларға дейін төлейді. Бұл талап ғылымның сапасын емес, ақшаны тексереді. "
    "Докторлық диссертацияны қорғауға жіберу үшін Scopus базасындағы журналда мақала талап етілмеуі керек, "
    "оның орнына сыртқы рецензенттердің бағасы жеткілікті."),
  note="kk -уы керек vs -мауы керек")
case("trap-polarity",
  P("SR37a","kk","Гранттағы жалақы үлесінің шегін көтеру",
    "Ғылыми гранттың жалақыға жұмсалатын бөлігіне шек қойылған, сондықтан ғалымдардың еңбекақысы мен "
    "зертханалық шығындардың арасындағы теңгерім жыл сайын дау тудырады. Біздің зертханада жас зерттеушілер "
    "жалақының аздығынан жеке компанияларға кетіп жатыр. Гранттағы жалақы қорына жұмсалатын үлестің шегін "
    "көтеру керек."),
  P("SR37b","kk","Гранттағы жалақы үлесінің шегін төмендету",
    "Ғылыми гранттың жалақыға жұмсалатын бөлігіне шек қойылған, бірақ зертханалар реактив пен жабдыққа ақша "
    "жетпей, тәжірибелерді толық жасай алмай жүр. Көп жобада қаржының басым бөлігі еңбекақыға кетеді, ал "
    "эксперимент шығындары қысқарады. Гранттағы жалақы қорына жұмсалатын үлестің шегін төмендету керек."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("SR38a","ru","Разрешить ректорам руководить грантами",
    "Многие ректоры и проректоры по науке — действующие учёные с сильными публикациями, и формальные "
    "ограничения лишают университет хороших руководителей проектов. Административная нагрузка — не повод "
    "отстранять их от науки. Предлагаем прямо разрешить ректорам и проректорам быть научными руководителями "
    "проектов грантового финансирования."),
  P("SR38b","ru","Запретить ректорам руководить грантами",
    "Когда ректор или проректор по науке руководит проектом своего же вуза, сотрудники и эксперты не могут "
    "быть к нему объективны, а настоящие авторы идеи остаются в тени. В нашем университете проректор "
    "числится руководителем сразу четырёх проектов. Предлагаем запретить ректорам и проректорам быть "
    "научными руководителями проектов грантового финансирования."),
  note="ru allow vs ban")
case("trap-polarity",
  P("SR39a","ru","Увеличить число проектов на одного руководителя",
    "Сейчас один учёный может одновременно руководить ограниченным числом проектов грантового "
    "финансирования. Для сильных лабораторий с двадцатью сотрудниками это ограничение слишком жёсткое: "
    "хорошие заявки приходится оформлять на формальных руководителей. Предлагаем увеличить допустимое число "
    "проектов, которыми одновременно руководит один учёный."),
  P("SR39b","ru","Сократить число проектов на одного руководителя",
    "Сейчас один учёный может одновременно руководить несколькими проектами грантового финансирования, и "
    "одни и те же фамилии год за годом повторяются в списках победителей. Молодым руководителям места не "
    "остаётся. Предлагаем сократить допустимое число проектов, которыми одновременно руководит один учёный."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("SR40a","en","Industry letter for applied research grants",
    "Applied research grants are meant to solve the problems of real companies, yet many funded projects end "
    "with a report that nobody in industry reads. A letter from an industrial partner confirming its "
    "interest and co-funding should be required for every application for an applied research grant."),
  P("SR40b","en","No industry letter for applied research grants",
    "In regions like Turkistan there are few large companies, so a researcher with a good applied idea often "
    "cannot find a partner ready to sign a co-funding commitment. A letter from an industrial partner "
    "confirming its interest and co-funding should not be required for an application for an applied "
    "research grant."),
  note="en should vs should not be required")

# ---------------- number traps: same ask, different figure (must never auto-merge)
case("trap-number",
  P("SR41a","ru","Фундаментальные гранты на пять лет",
    "Фундаментальное исследование невозможно уложить в три года: первый год уходит на закупки и "
    "настройку оборудования, последний — на отчёты, и на саму науку остаётся около года. Просим увеличить "
    "срок грантов на фундаментальные исследования до пяти лет."),
  P("SR41b","ru","Фундаментальные гранты на семь лет",
    "Фундаментальное исследование невозможно уложить в три года: первый год уходит на закупки и "
    "настройку оборудования, последний — на отчёты, и на саму науку остаётся около года. Просим увеличить "
    "срок грантов на фундаментальные исследования до семи лет."),
  note="years: five vs seven")
case("trap-number",
  P("SR42a","kk","Үстеме шығындар гранттың 10 пайызынан аспасын",
    "Университеттер ғылыми гранттан үстеме шығындар деп әртүрлі мөлшерде ақша ұстап қалады, кейде "
    "зертханаға тиесілі қаржының едәуір бөлігі әкімшілікке кетеді. Университеттің гранттан ұстайтын үстеме "
    "шығындары жалпы соманың 10 пайызынан аспауы керек, бұл шек барлық ЖОО үшін бірдей болсын."),
  P("SR42b","kk","Үстеме шығындар гранттың 20 пайызынан аспасын",
    "Университеттер ғылыми гранттан үстеме шығындар деп әртүрлі мөлшерде ақша ұстап қалады, кейде "
    "зертханаға тиесілі қаржының едәуір бөлігі әкімшілікке кетеді. Университеттің гранттан ұстайтын үстеме "
    "шығындары жалпы соманың 20 пайызынан аспауы керек, бұл шек барлық ЖОО үшін бірдей болсын."),
  note="per cent: 10 vs 20")
case("trap-number",
  P("SR43a","en","Lower patent fees for individual inventors",
    "An individual inventor in Turkistan region pays state fees for filing, examination and the patent "
    "itself that add up to a month of a teacher's salary, and many give up. The total state fee for a "
    "utility model patent for an individual inventor should not exceed 10,000 tenge."),
  P("SR43b","en","Lower patent fees for individual inventors",
    "An individual inventor in Turkistan region pays state fees for filing, examination and the patent "
    "itself that add up to a month of a teacher's salary, and many give up. The total state fee for a "
    "utility model patent for an individual inventor should not exceed 30,000 tenge."),
  note="tenge: 10,000 vs 30,000")
case("trap-number",
  P("SR44a","kk","Гранттың алғашқы траншы 10 күнде",
    "Грант шартына қол қойылғаннан кейін алғашқы қаржы зертханаға кейде үш айдан соң ғана түседі, осы "
    "уақытта жоспарланған жұмыс тоқтап тұрады. Шартқа қол қойылған күннен бастап гранттың алғашқы траншы "
    "10 күн ішінде аударылуы керек."),
  P("SR44b","kk","Гранттың алғашқы траншы 30 күнде",
    "Грант шартына қол қойылғаннан кейін алғашқы қаржы зертханаға кейде үш айдан соң ғана түседі, осы "
    "уақытта жоспарланған жұмыс тоқтап тұрады. Шартқа қол қойылған күннен бастап гранттың алғашқы траншы "
    "30 күн ішінде аударылуы керек."),
  note="days: 10 vs 30")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("SR45a","ru","Служебное жильё для молодых учёных",
    "Молодые PhD, приехавшие в Шымкент из районов или вернувшиеся из-за рубежа, снимают квартиры за 150–200 "
    "тысяч тенге — это почти вся их зарплата. Просим акимат Шымкента передать университетам один "
    "многоквартирный дом под служебное жильё для молодых учёных на время их работы в вузе или институте."),
  P("SR45b","ru","Льготная ипотека для молодых учёных",
    "Молодой учёный с зарплатой 300 тысяч тенге не может получить обычную ипотеку, и многие уходят из науки "
    "в бизнес ради собственного жилья. Предлагаем отдельную ипотечную программу для молодых учёных под 2–3 % "
    "годовых с первоначальным взносом 10 % через Отбасы банк."),
  note="service flats vs a mortgage programme")
case("distinct",
  P("SR46a","kk","Ясауи университетіне жаңа зертханалық корпус",
    "Қожа Ахмет Ясауи атындағы Халықаралық қазақ-түрік университетінің химия және биология зертханалары ескі "
    "ғимаратта орналасқан: желдету жоқ, тартпа шкафтар істен шыққан. Студенттер мен ғалымдар тәжірибе жасау "
    "үшін Шымкенттегі зертханаларға барып жүр. Университетке заманауи талаптарға сай жаңа зертханалық "
    "корпус салуға қаражат бөлу керек."),
  P("SR46b","kk","Ясауи университетінде биотехнология бойынша PhD",
    "Түркістан облысында биотехнология мамандарына сұраныс өсіп келеді: сүт, мақта өңдеу және фармацевтика "
    "кәсіпорындары ашылып жатыр. Бірақ облыста бұл бағыт бойынша докторантура жоқ, түлектер Алматыға кетеді "
    "де, қайтпайды. Қожа Ахмет Ясауи атындағы университетте биотехнология бойынша PhD бағдарламасын ашып, "
    "оған мемлекеттік білім беру тапсырысын бөлу керек."),
  note="a lab building vs a PhD programme")
case("distinct",
  P("SR47a","en","An online catalogue of university patents",
    "Kazakh universities hold thousands of patents, but a company looking for a technology cannot find out "
    "what is available for licensing without calling each university. We propose a single online catalogue "
    "of university and institute patents open for licensing, with a plain description, a contact person "
    "and the licence terms."),
  P("SR47b","en","Legal aid for inventors in patent disputes",
    "When a large company copies a small inventor's patented device, the inventor usually cannot afford a "
    "lawyer, and the case never reaches court. A colleague from Kentau spent two years and all his savings "
    "on one dispute. The state should fund free legal aid for individual inventors defending their patents "
    "in court."),
  note="a licensing catalogue vs legal aid")
case("distinct",
  P("SR48a","kk","Ескі ғылыми жабдықты есептен шығаруды жеңілдету",
    "Университет зертханаларында істен шыққан кеңестік және 2000 жылдардағы құрылғылар жылдар бойы тұр: "
    "оларды есептен шығару үшін бірнеше комиссия мен министрліктің келісімі керек. Сондықтан жаңа жабдыққа "
    "орын жоқ. Ғылыми ұйымдардағы жарамсыз жабдықты есептен шығару тәртібін жеңілдетіп, шешімді ұйымның "
    "өзі қабылдауына мүмкіндік беру керек."),
  P("SR48b","ru","Передача рабочих приборов колледжам и школам",
    "При обновлении лабораторий университеты оставляют на складах исправные, но устаревшие для науки "
    "приборы: спектрофотометры, центрифуги, микроскопы. Для колледжей и сельских школ это было бы отличное "
    "оснащение. Просим разрешить вузам и НИИ безвозмездно передавать такое оборудование колледжам и школам "
    "по упрощённой процедуре."),
  note="writing off broken equipment vs giving working equipment to colleges")
case("distinct",
  P("SR49a","ru","Интерактивный научный центр в Шымкенте",
    "В Шымкенте больше миллиона жителей, но нет ни одного научного центра, где дети могли бы сами ставить "
    "опыты, хотя в крупных городах многих стран такие центры есть. Просим акимат построить в Шымкенте "
    "интерактивный научный центр для школьников с залами физики, химии, биологии и робототехники."),
  P("SR49b","en","A spring science festival in Turkistan",
    "Once a year, for a week in spring, the universities and research institutes of the south should bring "
    "their labs to the streets of Turkistan: open lectures, experiments for children and lab tours. In "
    "Edinburgh and Cambridge such festivals draw tens of thousands of people and bring many teenagers into "
    "science."),
  note="a permanent science centre vs a yearly festival")
