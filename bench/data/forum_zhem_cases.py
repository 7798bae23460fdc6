# A forum "Zhem" (held out entirely): written BLIND, without seeing the merge rules (src/), docs/,
# README.md, the tests (tests/), any other bench/*.py script or any dedupe output or score, and to be
# run ONCE, as an outside measure of the merge step. Nothing here was tuned on a run; recbook and
# dedupe were not run (only make_eval.py, to generate the YAML). Only bench/data/make_eval.py
# (generator and format), the first 100 lines of forum_torgai_cases.py (format example), the header
# comments (first 45 lines) of the other bench/data/forum_*_cases.py files (to avoid their topics,
# asks and voices) and /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Voice: IT SPECIALISTS, JOURNALISTS, TEACHERS AND LIBRARIANS at a forum on digital life, telecom and
# media in Astana and Karaganda: medium texts (1-3 sentences), some figures (per cent, tenge, Mbit/s,
# days, years) in digits and some in words. kk 39, ru 34, en 24 of 97 proposals.
# Emphasis: CROSS-LANGUAGE duplicates written independently (other order, other details, ask first
# or last), never translated word by word, and with NO translation supplied.
# Topics (chosen so the other forums' headers do not list them): operators' real coverage maps,
# media-literacy lessons, criminal liability for selling personal-data bases, two-factor login for
# akimat staff, state information orders for district newspapers by open contest; digital courses
# for the elderly in libraries, free parental control from operators, FM relays of Kazakh radio in
# Karaganda villages, Kazakh translation errors in state apps, an access log for city cameras,
# streamed lessons for children in hospital, machine-readable open data, labelling hidden blogger
# ads, Kazakh-language fact-checking grants, free Wi-Fi in rural libraries; city-level internet
# prices in villages, 4G in villages of 250+ residents, no photocopies of ID cards, cyberbullying
# procedures at school, blocking spoofed phone numbers, live streams of maslikhat sessions, laptop
# lending for pupils, a simple eGov version for the elderly, same-day refutation of fakes, the
# national e-library from home, a phishing report line, AI-content labels in ads, no betting ads by
# bloggers, fee cuts when speed falls short, parental consent for face-recognition cameras at
# schools, yearly security audits of state systems, lower licence fees for community radio, no
# default passwords on routers and cameras; traps on phones in lessons, parental consent for social
# media, informatics hours, anonymous comments, retention of call data, pupils' photos on school
# pages, 100 Mbit/s for village schools (years), minimum speed (Mbit/s), a social internet tariff
# (tenge), breach notice (days); look-alikes on regional TV, eGov Mobile, mobile operators, the
# electronic school diary, the Karaganda regional library.
# Kinds and counts (48 cases, 97 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 10 same-language pairs written as by two
# different people (kk 4, ru 4, en 2); cross 18 cases = 20 cross-language pairs with NO translation
# supplied (kk/ru 9, kk/en 4, ru/en 4, one kk/ru/en triple = 3 pairs); trap-polarity 6 (kk: allow vs
# ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban, increase vs reduce; en:
# should vs should not); trap-number 4 (years, Mbit/s, tenge, days); distinct 5 (same topic,
# different asks). No singletons.
# Run once on main 3013fc3 and on 89033ca (docs/merge-quality.md: issue 9, thirteenth pass), then looked at.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_zhem_cases.py /work/wt/blind/forum_zhem.yaml

# ---------------- exact, spelling and homoglyph variants
_Z01 = ("Карты покрытия, которые операторы выкладывают на своих сайтах, показывают 4G там, где в селе "
        "телефон едва ловит звонок. Просим Министерство цифрового развития раз в год проводить "
        "независимые замеры по сёлам Карагандинской области и публиковать реальные карты покрытия рядом "
        "с картами операторов.")
case("exact",
  P("ZM01a","ru","Реальные карты покрытия связи", _Z01),
  P("ZM01b","ru","Проверка карт покрытия операторов", _Z01))
case("spelling",
  P("ZM02a","kk","Мектептерде медиасауаттылық сабағы",
    "Оқушылар жаңалықты TikTok пен Telegram арнасынан ғана алады және жалған ақпаратты ажырата алмайды. "
    "7–9-сыныптарда аптасына бір рет медиасауаттылық сабағын енгізіп, оны кітапханашылар мен "
    "журналистермен бірге өткізу керек."),
  P("ZM02b","kk","Мектептерде медиасауатылық сабағы",
    "Оқушылар жаңалықты TikTok пен Telegram арнасынан ғана алады және жалған ақпаратты ажырата алмайды. "
    "7–9-сыныптарда аптасына бір рет медиасауатылық сабағын енгізіп, оны кітапханашылар мен "
    "журналистрмен бірге өткізу керек."))
case("spelling",
  P("ZM03a","ru","Уголовная ответственность за продажу баз персональных данных",
    "Базы с ИИН, телефонами и адресами граждан открыто продаются в Telegram-каналах, а виновные отделываются "
    "штрафом. Предлагаем ввести уголовную ответственность за продажу и покупку баз персональных данных, "
    "в том числе для сотрудников, которые выносят их из организаций."),
  P("ZM03b","ru","Уголовная ответсвенность за продажу баз персональных данных",
    "Базы с ИИН, телефонами и адресами граждан открыто продаются в Telegram-каналах, а виновные отделываются "
    "штрафом. Предлагаем ввести уголовную отвественность за продажу и покупку баз персональных даных, "
    "в том числе для сотрудников, которые выносят их из организацый."))
case("spelling",
  P("ZM04a","en","Two-factor login for akimat staff",
    "Most leaks from local government start with a stolen or guessed password of one employee. Every akimat "
    "staff account, email and document system should require two-factor authentication, and staff should "
    "get a password manager instead of writing passwords on sticky notes."),
  P("ZM04b","en","Two-factor login for akimat staff",
    "Most leaks from local government start with a stolen or guessed pasword of one employee. Every akimat "
    "staff account, email and document system should require two-factor authentification, and staff should "
    "get a password manger instead of writing passwords on sticky notes."))
_Z05t = "Аудандық газеттерге ақпараттық тапсырыс ашық конкурспен"
_Z05 = ("Қазір аудандық газеттерге берілетін мемлекеттік ақпараттық тапсырыс көбіне бір басылымға келіссөзсіз "
        "беріледі. Бұл тапсырысты ашық конкурспен, нәтижесін әкімдік сайтында жариялай отырып бөлу керек, "
        "сонда тәуелсіз жергілікті басылымдар да қатыса алады.")
case("homoglyph",
  P("ZM05a","kk",_Z05t,_Z05),
  P("ZM05b","kk",homo(_Z05t, 3),homo(_Z05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("ZM06a","kk","Қарттарға арналған цифрлық сауаттылық курстары",
    "Зейнеткерлердің көбі eGov-қа кіре алмайды, банк қосымшасын қолдана алмай, алаяқтарға алданып қалады. "
    "Аудандық және ауылдық кітапханаларда егде адамдарға смартфон мен мемлекеттік қызметтерді үйрететін "
    "тегін курстар ашу керек."),
  P("ZM06b","kk","Кітапхана – қарттардың цифрлық мектебі",
    "Ұсынамыз: әр кітапханада аға буынға арналған тегін сабақтар ұйымдастырылсын – телефонмен жұмыс, "
    "электрондық үкімет порталы, онлайн төлем. Кітапханашылар дайын, тек оқу бағдарламасы мен "
    "бірнеше планшет қажет."),
  note="ask first vs ask last; elderly = аға буын")
case("paraphrase",
  P("ZM07a","kk","Ата-ана бақылауы тегін болсын",
    "Ұялы байланыс операторлары балаларға арналған ата-ана бақылауы қызметін ақылы етіп сатады, айына "
    "500–900 теңге. Бұл қызметті барлық операторлар тегін беруі, ал SIM-карта балаға рәсімделгенде "
    "автоматты түрде қосуы керек."),
  P("ZM07b","kk","Балалардың нөміріне тегін сүзгі",
    "Бала телефонындағы зиянды сайттар мен ойындарды шектейтін қызмет ата-аналардың бәріне қолжетімді "
    "болуы тиіс. Операторлардан осы сүзгіні ақысыз ұсынуды және баланың атына алынған нөмірде оны "
    "әдепкі бойынша қосып қоюды талап етеміз."),
  note="parental control = сүзгі; free = ақысыз; on by default")
case("paraphrase",
  P("ZM08a","kk","Шалғай ауылдарға Қазақ радиосы",
    "Қарағанды облысының Ұлытау мен Шет аудандарындағы көп ауылда радио мүлдем ұстамайды, малшылар "
    "жаңалықты естімейді. Ол ауылдарда Қазақ радиосының FM таратқыштарын орнату керек."),
  P("ZM08b","kk","FM таратқыштар",
    "Облыстың шеткі елді мекендеріне ұлттық радионы жеткізу қажет: мұнда интернет те жоқ, ал төтенше "
    "жағдайда хабарды тек радио арқылы беруге болады. Шет ауданынан бастап шағын FM ретрансляторлар "
    "қойылсын."),
  note="terse title; ретранслятор vs таратқыш; ask first vs last")
case("paraphrase",
  P("ZM09a","kk","Мемлекеттік қосымшалардағы қазақша аударма",
    "eGov Mobile мен басқа да мемлекеттік қосымшалардағы қазақ тіліндегі мәтіндер машиналық аударма "
    "сияқты: сөйлемдер түсініксіз, терминдер шатасқан. Барлық мемлекеттік порталдар мен қосымшалардың "
    "қазақша нұсқасын кәсіби редакторлар тексеріп, қателерін түзеуі керек."),
  P("ZM09b","kk","Порталдардың қазақ тілі сауатты болсын",
    "Электрондық үкімет сайтында «өтінімді жіберу» орнына түсініксіз сөз тіркестері тұр, зейнеткерлер "
    "орысша нұсқаға ауысуға мәжбүр. Ұсыныс: мемлекеттік IT-жүйелердегі қазақ тіліндегі интерфейсті "
    "тіл мамандары толық қайта қарасын."))
case("paraphrase",
  P("ZM10a","ru","Журнал доступа к городским камерам",
    "Записи городских камер видеонаблюдения могут посмотреть десятки сотрудников разных ведомств, и никто "
    "не знает, кто и зачем это делал. Нужно вести электронный журнал каждого просмотра и скачивания "
    "записей и раз в год проверять его независимой комиссией."),
  P("ZM10b","ru","Кто смотрит записи с камер Астаны?",
    "Предлагаем, чтобы каждый доступ к архиву уличных камер фиксировался: фамилия сотрудника, время, "
    "основание. Такие журналы должны ежегодно проверяться, иначе камеры превращаются в инструмент "
    "слежки за отдельными людьми."),
  note="question title; ask first vs last")
case("paraphrase",
  P("ZM11a","ru","Онлайн-уроки для детей в больнице",
    "Дети, которые по несколько месяцев лечатся в онкоцентре или в реабилитации, выпадают из школьной "
    "программы. Школы должны транслировать уроки онлайн и давать таким детям подключаться к своему классу."),
  P("ZM11b","ru","Трансляция уроков для длительно болеющих",
    "Если ребёнок надолго в больнице, пусть учитель включает камеру на уроке, а ребёнок слушает и "
    "отвечает из палаты. Для этого в классах нужна простая веб-камера, а в детских больницах — Wi-Fi."))
case("paraphrase",
  P("ZM12a","ru","Открытые данные — в машиночитаемом виде",
    "Акиматы публикуют бюджеты, списки объектов и статистику в виде сканов PDF, с которыми невозможно "
    "работать. Просим обязать госорганы выкладывать открытые данные в форматах CSV или Excel с "
    "регулярным обновлением."),
  P("ZM12b","ru","Сканы вместо таблиц",
    "Журналистам и программистам приходится вручную перепечатывать таблицы из отсканированных документов "
    "акимата. Все наборы открытых данных на портале data.egov.kz и на сайтах акиматов нужно "
    "публиковать таблицами, которые можно скачать и обработать."),
  note="terse title; CSV/Excel = tables that can be processed")
case("paraphrase",
  P("ZM13a","ru","Маркировка скрытой рекламы у блогеров",
    "Блогеры рекламируют кредиты, БАДы и клиники, выдавая это за личный совет. Нужно обязать их "
    "помечать каждый рекламный пост словом «Реклама» и указывать заказчика, а за нарушение — штрафовать."),
  P("ZM13b","ru","Пометка «Реклама» в соцсетях",
    "Подписчики часто не понимают, что пост оплачен. Предлагаем, чтобы любая платная публикация в "
    "Instagram, TikTok и Telegram имела обязательную пометку о рекламе и имя рекламодателя."))
case("paraphrase",
  P("ZM14a","en","Grants for Kazakh-language fact-checking",
    "Almost all fact-checking in the country is done in Russian, while fakes in Kazakh spread unchecked in "
    "WhatsApp groups. The Ministry of Culture and Information should open a grant line for independent "
    "fact-checking projects that work in Kazakh."),
  P("ZM14b","en","Fact-checkers in the state language",
    "We propose dedicated state grants for newsrooms and NGOs that verify claims in Kazakh. Rumours in "
    "Kazakh-language chats reach rural audiences first, and no one debunks them today."),
  note="ask first vs last; Kazakh = state language")
case("paraphrase",
  P("ZM15a","en","Free Wi-Fi in rural libraries",
    "In many villages the library is the only warm public place, but it has no internet. Every rural "
    "library should get free public Wi-Fi so that pupils and adults can study and use online services there."),
  P("ZM15b","en","Village libraries online",
    "Connect village libraries to the internet and open the connection to visitors at no charge. "
    "Librarians in Karaganda region say pupils already come to do homework on their phones."),
  note="terse; 'at no charge' vs 'free'")

# ---------------- cross-language, NO translation supplied (kk/ru 9)
case("cross",
  P("ZM16a","kk","Ауылдағы интернет бағасы қаладағыдай болсын",
    "Ауылда 10 Мбит/с интернет үшін айына 8–9 мың теңге төлейміз, ал Қарағандыда сол ақшаға 100 Мбит/с "
    "береді. Операторлар ауыл мен қала тұрғындарына бірдей тариф белгілеуі керек."),
  P("ZM16b","ru","Равные тарифы на интернет для сёл",
    "Предлагаем запретить операторам ставить для сельских абонентов более высокие тарифы, чем в городе. "
    "Сейчас сельский учитель платит за медленный интернет больше, чем горожанин за быстрый."),
  note="figures only in kk; ask last vs first")
case("cross",
  P("ZM17a","kk","Тұрғыны 250-ден асатын әр ауылға 4G",
    "Облыстағы жүздеген ауылда әлі тек 2G жұмыс істейді, онлайн сабаққа да, eGov-қа да кіру мүмкін емес. "
    "Операторлардың лицензиялық міндеттемесіне 2027 жылға дейін тұрғыны 250 адамнан асатын барлық ауылды "
    "4G-мен қамтуды енгізу керек."),
  P("ZM17b","ru","4G в каждом селе с населением от 250 человек",
    "Обязать операторов сотовой связи до 2027 года обеспечить 4G во всех сёлах, где живёт больше двухсот "
    "пятидесяти человек, и записать это в условия лицензий. Со старой связью 2G в сёлах нельзя ни учиться, "
    "ни получить госуслугу."),
  note="250 in digits vs words")
case("cross",
  P("ZM18a","kk","Жеке куәліктің көшірмесін талап етпеу",
    "Қонақүйлер, микроқаржы ұйымдары, тіпті кейбір дүкендер жеке куәліктің көшірмесін алып, оны қайда "
    "сақтайтынын ешкім білмейді. Құжатты көрсету жеткілікті жерде көшірме түсіруге тыйым салу керек."),
  P("ZM18b","ru","Хватит ксерокопировать удостоверения",
    "Ксерокопии удостоверений личности потом всплывают в мошеннических кредитах. Предлагаем запретить "
    "организациям требовать копию документа, если закон этого не требует, — достаточно предъявить "
    "оригинал или цифровой документ в eGov Mobile."))
case("cross",
  P("ZM19a","ru","Порядок действий при кибербуллинге в школе",
    "Когда ребёнка травят в чатах класса, учителя не знают, что делать, и часто просто удаляют чат. "
    "В каждой школе нужен понятный порядок реагирования на кибербуллинг и анонимный способ "
    "сообщить о травле психологу."),
  P("ZM19b","kk","Кибербуллингке қарсы мектеп тәртібі",
    "Ұсынамыз: әр мектепте интернеттегі қорлауға қарсы нақты іс-қимыл тәртібі бекітілсін, ал оқушылар "
    "психологқа атын жасырып хабарлай алсын. Сынып чаттарындағы мазақтау жиі ата-аналар мен мұғалімдердің "
    "назарынан тыс қалады."),
  note="травля = мазақтау/қорлау")
case("cross",
  P("ZM20a","kk","Жасанды нөмірден келетін қоңырауларды бұғаттау",
    "Алаяқтар шетелден қоңырау шалып, экранда жергілікті банктің немесе полицияның нөмірі шығатындай "
    "етеді. Операторлар осындай бүркемеленген нөмірлерді бұғаттап, халықаралық қоңырау туралы абонентке "
    "ескертуі керек."),
  P("ZM20b","ru","Подменные номера",
    "Операторы должны блокировать звонки с подменой номера и помечать вызовы из-за рубежа. Почти все "
    "звонки «службы безопасности банка» идут через IP-телефонию из других стран под видом казахстанских "
    "номеров."),
  note="terse ru title; ask first in ru")
case("cross",
  P("ZM21a","ru","Прямые трансляции сессий маслихата",
    "Журналистов районных газет не всегда пускают на сессии маслихата, а протоколы появляются через "
    "месяц. Нужно транслировать все сессии маслихатов онлайн и хранить записи на сайте."),
  P("ZM21b","kk","Мәслихат сессиялары онлайн көрсетілсін",
    "Облыстық, қалалық және аудандық мәслихаттардың әр сессиясы интернетте тікелей эфирде көрсетіліп, "
    "бейнежазбасы сайтта қалуы тиіс. Сонда тұрғындар да, журналистер де депутаттардың не айтқанын "
    "өздері көре алады."))
case("cross",
  P("ZM22a","kk","Оқушыларға ноутбукті уақытша беру",
    "Мектеп кітапханасында ноутбук қоры болуы керек: аз қамтылған отбасының баласы оны үйге алып, онлайн "
    "сабаққа және үй тапсырмасына пайдаланады. Карантин кезінде көп бала бір телефонмен үш бауырымен "
    "бірге оқыды."),
  P("ZM22b","ru","Ноутбуки напрокат для школьников",
    "Во время дистанционки у многих семей был один смартфон на троих детей. Предлагаем создать в школах "
    "фонд ноутбуков, которые выдаются детям из малообеспеченных семей домой, как книги в библиотеке."))
case("cross",
  P("ZM23a","ru","Упрощённый eGov для пожилых",
    "Пенсионеры путаются в меню портала электронного правительства и просят помощи у соседей, которым "
    "приходится сообщать свои коды из SMS. Нужна отдельная простая версия eGov для пожилых: крупный "
    "шрифт, пять-шесть главных услуг, без лишних кнопок."),
  P("ZM23b","kk","Егде жастағыларға eGov-тың жеңіл нұсқасы",
    "Электрондық үкімет порталының қарттарға арналған жеңілдетілген нұсқасын жасау керек. Онда ірі "
    "әріп, тек ең қажет қызметтер — зейнетақы, анықтамалар, дәрігерге жазылу — және түсінікті қазақ тілі болсын."))
case("cross",
  P("ZM24a","kk","Жалған ақпаратқа сол күні жауап",
    "Әлеуметтік желіде бір фейк тарайды да, ресми түсініктеме екі-үш күннен кейін ғана шығады. Мемлекеттік "
    "органдар өз саласы туралы жалған хабарды сол күні өз арналарында ресми түрде теріске шығаруы керек."),
  P("ZM24b","ru","Быстро опровергать фейки",
    "Госорганы должны опровергать ложную информацию о своей работе в тот же день, на своих страницах и "
    "в Telegram-каналах. Пока пресс-служба согласовывает ответ, фейк уже прочитали сотни тысяч человек."))

# ---------------- cross-language, kk/en 4
case("cross",
  P("ZM25a","kk","Ұлттық электрондық кітапхана үйден қолжетімді болсын",
    "Ұлттық электрондық кітапхананың көп кітабын тек кітапхана залындағы компьютерден оқуға болады. "
    "Оқырман билеті бар кез келген адамға бұл қорды үйден, ЖСН арқылы кіріп оқуға мүмкіндік беру керек."),
  P("ZM25b","en","Home access to the national e-library",
    "Readers should be able to open the national electronic library from home with their library card or "
    "eGov login. Today most digitised Kazakh books can only be read on a terminal inside a library building."))
case("cross",
  P("ZM26a","en","One line to report phishing sites",
    "Citizens who spot a fake bank or eGov page have nowhere to report it quickly. We need a single national "
    "reporting line, a short number plus a chatbot, where such sites are checked and blocked within hours."),
  P("ZM26b","kk","Фишинг сайттарды хабарлайтын бірыңғай желі",
    "Ұсыныс: алаяқтардың жалған сайттары туралы хабарлайтын бір ғана қысқа нөмір мен телеграм-бот ашылсын, "
    "ал хабарланған сайттар тез тексеріліп, бұғатталсын. Қазір адамдар банкке де, полицияға да жазып, "
    "жауап таппайды."))
case("cross",
  P("ZM27a","kk","Жасанды интеллект жасаған суреттерге белгі",
    "Жарнамада және сайлау үгітінде нейрожелі жасаған бейнелер мен дауыстар жиі қолданылады, адамдар "
    "оны шын деп қабылдайды. Мұндай контентке «ЖИ жасаған» деген міндетті белгі қою керек."),
  P("ZM27b","en","Label AI-generated ads",
    "Require every political or commercial advertisement that uses AI-generated images, video or voice to "
    "carry a visible label saying so. Deepfakes of well-known people are already used to sell pills."))
case("cross",
  P("ZM28a","en","No betting ads by bloggers",
    "Popular bloggers with a teenage audience promote bookmakers and online casinos in their stories. "
    "Advertising of betting and gambling by bloggers should be banned outright, with fines for the blogger "
    "and the company."),
  P("ZM28b","kk","Блогерлер букмекерлерді жарнамаламасын",
    "Блогерлердің букмекерлік кеңселер мен онлайн-казиноны жарнамалауына толық тыйым салу керек. Олардың "
    "аудиториясының жартысы мектеп оқушылары, балалар ұтыс ойындарына осылай тартылады."))

# ---------------- cross-language, ru/en 4
case("cross",
  P("ZM29a","ru","Перерасчёт, если скорость ниже обещанной",
    "Провайдер пишет в договоре «до 100 Мбит/с», а на деле выдаёт пятнадцать. Если измеренная скорость "
    "постоянно ниже заявленной, абонентская плата должна автоматически снижаться."),
  P("ZM29b","en","Pay less when the internet is slow",
    "Providers should cut the monthly fee when the speed a customer actually gets is well below the speed in "
    "the contract. Measurements could be made with a free state speed-test app, so customers do not have "
    "to argue with support."))
case("cross",
  P("ZM30a","en","Parents' consent for face recognition at schools",
    "Some schools in Astana have installed cameras with face recognition at the entrance. No school should "
    "use such cameras without the written consent of parents, and parents should be told where the data go."),
  P("ZM30b","ru","Распознавание лиц в школах — только с согласия родителей",
    "Предлагаем, чтобы камеры с распознаванием лиц на входе в школу ставились только после письменного "
    "согласия родителей. Сейчас биометрию детей собирают частные подрядчики, и никто не знает, где она хранится."))
case("cross",
  P("ZM31a","ru","Ежегодный аудит безопасности госсистем",
    "Большинство крупных утечек последних лет произошло из государственных баз. Все государственные "
    "информационные системы должны раз в год проходить независимый аудит информационной безопасности, "
    "а его итоги — публиковаться в кратком виде."),
  P("ZM31b","en","Security audits of government IT systems",
    "Require an independent cybersecurity audit of every state information system every year and publish "
    "a short summary of the findings. The big leaks of recent years came from state databases, not banks."))
case("cross",
  P("ZM32a","en","Cheaper licences for community radio",
    "A small town or school radio station pays almost the same frequency and licence fees as a national "
    "commercial network. These fees should be much lower for non-commercial community radio."),
  P("ZM32b","ru","Льготные лицензии для местных радиостанций",
    "Снизить плату за частоты и лицензию для некоммерческих местных радиостанций — районных, студенческих, "
    "школьных. В Карагандинской области из-за сборов закрылись два районных радио."))

# ---------------- cross-language triple kk/ru/en
case("cross",
  P("ZM33a","kk","Роутер мен камераларда стандартты құпиясөз болмасын",
    "Қазақстанда сатылатын роутерлер мен бейнекамералар «admin» сияқты бірдей құпиясөзбен шығады, "
    "оларды хакерлер оңай бұзады. Әр құрылғыға бөлек құпиясөз беруді немесе алғаш қосқанда оны "
    "ауыстыруды міндеттеу керек."),
  P("ZM33b","ru","Запрет заводских паролей на роутерах и камерах",
    "Запретить продажу роутеров и IP-камер с одинаковым заводским паролем. Устройство должно иметь "
    "уникальный пароль или требовать смены при первом включении: тысячи домашних камер сейчас видны "
    "всем в интернете."),
  P("ZM33c","en","No default passwords on routers and cameras",
    "Thousands of home cameras in Kazakhstan can be watched by anyone because they still use the factory "
    "password. Devices sold here should come with a unique password or force the owner to set one at "
    "first start."))

# ---------------- trap-polarity: same wording, opposite ask (must NEVER merge)
case("trap-polarity",
  P("ZM34a","kk","Сабақта смартфон",
    "Бастауыш және орта сыныптарда сабақ кезінде оқушыларға смартфон пайдалануға рұқсат беру керек, "
    "өйткені көп тапсырма онлайн платформада орындалады."),
  P("ZM34b","kk","Сабақта смартфон",
    "Бастауыш және орта сыныптарда сабақ кезінде оқушыларға смартфон пайдалануға тыйым салу керек, "
    "өйткені көп тапсырма онлайн платформада орындалады."),
  note="kk allow vs ban")
case("trap-polarity",
  P("ZM35a","kk","Әлеуметтік желіге тіркелу",
    "16 жасқа толмаған балалар әлеуметтік желіде тіркелгенде ата-ананың келісімі сұралуы керек."),
  P("ZM35b","kk","Әлеуметтік желіге тіркелу",
    "16 жасқа толмаған балалар әлеуметтік желіде тіркелгенде ата-ананың келісімі сұралмауы керек."),
  note="kk -уы керек vs -мауы керек")
case("trap-polarity",
  P("ZM36a","kk","Информатика сабағының сағаты",
    "Жалпы білім беретін мектептерде информатика сабағының сағатын көбейту керек: 5–11-сыныптарда "
    "аптасына бір сағат."),
  P("ZM36b","kk","Информатика сабағының сағаты",
    "Жалпы білім беретін мектептерде информатика сабағының сағатын азайту керек: 5–11-сыныптарда "
    "аптасына бір сағат."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("ZM37a","ru","Анонимные комментарии на новостных сайтах",
    "Разрешить анонимные комментарии на новостных сайтах без идентификации по номеру телефона."),
  P("ZM37b","ru","Анонимные комментарии на новостных сайтах",
    "Запретить анонимные комментарии на новостных сайтах без идентификации по номеру телефона."),
  note="ru allow vs ban")
case("trap-polarity",
  P("ZM38a","ru","Хранение данных о звонках",
    "Увеличить срок, в течение которого операторы связи хранят данные о звонках, SMS и интернет-трафике абонентов."),
  P("ZM38b","ru","Хранение данных о звонках",
    "Сократить срок, в течение которого операторы связи хранят данные о звонках, SMS и интернет-трафике абонентов."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("ZM39a","en","Pupils' photos on school social media",
    "Schools should post photos of pupils from lessons and events on their Instagram and Facebook pages."),
  P("ZM39b","en","Pupils' photos on school social media",
    "Schools should not post photos of pupils from lessons and events on their Instagram and Facebook pages."),
  note="en should vs should not")

# ---------------- trap-number: same ask, different figure (must NEVER merge)
case("trap-number",
  P("ZM40a","kk","Ауыл мектептеріне 100 Мбит/с",
    "Облыстағы барлық ауыл мектептерін 2027 жылға дейін кемінде 100 Мбит/с жылдамдықты интернетке қосу керек."),
  P("ZM40b","kk","Ауыл мектептеріне 100 Мбит/с",
    "Облыстағы барлық ауыл мектептерін 2030 жылға дейін кемінде 100 Мбит/с жылдамдықты интернетке қосу керек."),
  note="years")
case("trap-number",
  P("ZM41a","kk","Кепілдендірілген ең төмен жылдамдық",
    "Үй интернетінің әр тарифінде кепілдендірілген ең төмен жылдамдық көрсетілуі керек, ол 10 Мбит/с-тан кем болмауы тиіс."),
  P("ZM41b","kk","Кепілдендірілген ең төмен жылдамдық",
    "Үй интернетінің әр тарифінде кепілдендірілген ең төмен жылдамдық көрсетілуі керек, ол 30 Мбит/с-тан кем болмауы тиіс."),
  note="Mbit/s")
case("trap-number",
  P("ZM42a","ru","Социальный тариф на интернет для пенсионеров",
    "Ввести социальный тариф на домашний интернет для одиноких пенсионеров — не дороже 2 000 тенге в месяц."),
  P("ZM42b","ru","Социальный тариф на интернет для пенсионеров",
    "Ввести социальный тариф на домашний интернет для одиноких пенсионеров — не дороже 3 500 тенге в месяц."),
  note="tenge")
case("trap-number",
  P("ZM43a","en","Data breach notice",
    "Any company or state body that leaks personal data must notify every affected person within 3 days of discovering the breach."),
  P("ZM43b","en","Data breach notice",
    "Any company or state body that leaks personal data must notify every affected person within 30 days of discovering the breach."),
  note="days")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("ZM44a","kk","Облыстық телеарна: ымдау тілі",
    "Қарағанды облыстық телеарнасының кешкі жаңалықтары ымдау тіліне аударылып көрсетілуі керек, "
    "облыста есту қабілеті нашар мыңдаған адам тұрады."),
  P("ZM44b","kk","Облыстық телеарнаның мұрағаты",
    "Қарағанды облыстық телеарнасының 1990–2000 жылдардағы бағдарламаларын цифрлап, YouTube-та тегін "
    "қолжетімді ету керек."),
  note="regional TV: sign language vs archive online")
case("distinct",
  P("ZM45a","en","eGov Mobile without signal",
    "eGov Mobile should keep already issued digital documents available offline, so people can show them in "
    "villages and on trains where there is no signal."),
  P("ZM45b","en","Trusted relative in eGov Mobile",
    "eGov Mobile should let an elderly person give a trusted relative limited access to their account, "
    "instead of handing over the phone and SMS codes."),
  note="eGov Mobile: offline documents vs proxy access")
case("distinct",
  P("ZM46a","kk","Операторлар нөмірлерді жарнамашыларға сатпасын",
    "Ұялы байланыс операторларына абоненттердің нөмірлері мен деректерін жарнама берушілерге беруге "
    "тыйым салу керек, спам SMS содан келеді."),
  P("ZM46b","en","Switch operators online",
    "Moving your phone number to another mobile operator should be possible fully online, without visiting "
    "an office of either operator."),
  note="mobile operators: data to advertisers vs number porting online")
case("distinct",
  P("ZM47a","ru","Электронный дневник без платной подписки",
    "Убрать платную подписку в электронном дневнике: родители должны бесплатно видеть все оценки и "
    "домашние задания, а не только часть."),
  P("ZM47b","en","Electronic school journal offline",
    "The electronic school journal should work offline, so village teachers can enter marks without internet "
    "and the app sends them later."),
  note="electronic diary: paid subscription vs offline mode")
case("distinct",
  P("ZM48a","ru","Клуб медиаграмотности в областной библиотеке",
    "Открыть при Карагандинской областной библиотеке бесплатный клуб медиаграмотности для подростков, "
    "где журналисты учат проверять новости."),
  P("ZM48b","en","Robotics lab in the Karaganda library",
    "Set up a free coding and robotics lab for children in the Karaganda regional library, with weekend "
    "classes run by local IT volunteers."),
  note="Karaganda regional library: media club vs robotics lab")
