# A fifth forum, "Tobe" (held out entirely): written BLIND for issue 9's fourth pass, before and
# without seeing the merge rules (src/recbook/merge/) or any dedupe score, and to be run ONCE at
# the end. Voice: LONG texts (2-4 sentences, as a working-group secretary writes them, context and
# justification first, the ask last) in kk/ru/en on topics the other forums do not use (tariffs,
# composting, food banks, respite care, rescue volunteers, sign language, maslikhat sessions,
# youth workers, OSI chairs, foster care, social taxi, blogger accreditation, parks...).
# Kinds: exact and spelling variants, a homoglyph, same-language paraphrases (synonyms, reordering,
# nominal vs verbal style, "at least N"/"no fewer than"/"не менее"/"кемінде", digits vs words),
# cross-language pairs with NO translation supplied (kk/ru, kk/en, ru/en, one kk/ru/en triple and
# one kk proposal linked by same_as), opposite-meaning traps in en, kk (-ме, емес, қажеті жоқ) and
# ru, number traps (3 % vs 5 %, 10 000 vs 100 000 tenge, 20 vs 30 per cent) and look-alikes that
# differ by a city, an object or a profession.
# Generate: python bench/data/make_eval.py bench/data/forum_tobe_cases.py bench/data/forum_tobe.yaml

# ---------------- exact, spelling and homoglyph variants
_T01 = ("Тарифы на коммунальные услуги в Алматы за последние годы заметно выросли, а жители узнают о "
        "повышении уже после того, как решение принято. Публичные слушания по тарифам проходят формально, "
        "часто в рабочее время и без заранее опубликованных расчётов. Рабочая группа предлагает за 30 дней "
        "до слушаний публиковать обоснование тарифа на сайте антимонопольного ведомства и допускать на "
        "слушания независимых общественных наблюдателей.")
case("exact",
  P("TB01a","ru","Общественные наблюдатели на тарифных слушаниях", _T01),
  P("TB01b","ru","Тарифные слушания", _T01))
_T02 = ("Жергілікті қоғамдастық жиналыстары ауылдың өзекті мәселелерін талқылайды, бірақ олардың хаттамалары "
        "көбіне тұрғындарға қолжетімсіз болып қалады. Жұмыс тобы әрбір жиналыстың хаттамасы мен қабылданған "
        "шешімдерін он күн ішінде аудан әкімдігінің сайтында жариялауды ұсынады.")
case("exact",
  P("TB02a","kk","Жиналыс шешімдерін жариялау", _T02),
  P("TB02b","kk","Жиналыс хаттамалары", _T02))
case("spelling",
  P("TB03a","en","Community composting",
    "Organic waste makes up roughly half of household rubbish in Almaty, yet almost all of it ends up in "
    "landfill. Pilot composting sites run by residents' associations in Bostandyk district have shown that "
    "neighbours are willing to sort food waste when collection is convenient. We recommend that the city "
    "akimat provide land and containers for community composting sites in every district and involve "
    "residents' associations in running them."),
  P("TB03b","en","Community composting",
    "Organic waste makes up roughly half of houshold rubbish in Almaty, yet almost all of it ends up in "
    "landfil. Pilot composting sites run by residents associations in Bostandyk district have shown that "
    "neighbours are willing to sort food waste when collection is convinient. We recomend that the city "
    "akimat provide land and containers for community composting sites in every district and involve "
    "residents' associations in running them."))
case("spelling",
  P("TB04a","kk","Ауыл әйелдерінің кооперативтері",
    "Ауылдағы әйелдер құрған шағын кооперативтер (киіз басу, сүт өңдеу, тігін) отбасы табысын арттырады, "
    "бірақ олар несие мен жабдыққа қол жеткізе алмайды. Сондықтан әйелдер кооперативтеріне жеңілдетілген "
    "микронесие беру және жабдық сатып алуға шағын гранттар бөлу бағдарламасын әзірлеу ұсынылады."),
  P("TB04b","kk","Ауыл әйелдерінің кооперативтері",
    "Ауылдағы әйелдер құрған шағын кооперативтер (киіз басу, сүт өңдеу, тігін) отбасы табысын арттырады, "
    "бірақ олар несие мен жабдыққа кол жеткізе алмайды. Сондыктан әйелдер кооперативтеріне жеңілдетілген "
    "микро-несие беру және жабдык сатып алуға шағын гранттар бөлу бағдарламасын әзірлеу ұсынылады."))
_T05 = ("Многие некоммерческие организации готовы бесплатно проводить в школах занятия по финансовой "
        "грамотности, первой помощи и профориентации, но получить разрешение директора сложно. Предлагаем "
        "утвердить единый порядок, по которому аккредитованные НКО могут проводить внеурочные занятия в "
        "школах по согласованию с родительским комитетом.")
case("homoglyph",
  P("TB05a","ru","Занятия НКО в школах", _T05),
  P("TB05b","ru",homo("Занятия НКО в школах", 3), homo(_T05, 2)))

# ---------------- paraphrases, one language each
case("paraphrase",
  P("TB10a","en","Corporate volunteering leave",
    "Several large employers in Almaty already let staff volunteer during working hours, and the NGOs that "
    "hosted them reported real results. To make this a norm rather than an exception, the group recommends "
    "that every company with more than 250 employees grant each employee at least one paid day off per "
    "year for volunteering."),
  P("TB10b","en","A paid day for volunteers",
    "Volunteering should not be something people can only do at weekends. Employers with over 250 staff "
    "ought to offer no fewer than one day of paid leave a year that workers can spend on volunteer work."))
case("paraphrase",
  P("TB11a","ru","НДС для фуд-банков",
    "Ежедневно супермаркеты списывают тонны пригодных продуктов, потому что передавать их благотворительным "
    "организациям невыгодно: при безвозмездной передаче начисляется НДС. Предлагаем освободить от НДС "
    "продукты питания, которые торговые сети бесплатно передают фуд-банкам."),
  P("TB11b","ru","Продукты вместо свалки",
    "Фуд-банки Алматы и Шымкента могли бы кормить гораздо больше семей, если бы магазины охотнее отдавали "
    "им продукты с подходящим к концу сроком годности. Мешает налог: безвозмездная передача облагается НДС. "
    "Необходимо отменить налог на добавленную стоимость для продуктов, которые магазины жертвуют банкам еды."),
  P("TB11c","ru","Налоговый барьер для благотворительности",
    "Рабочая группа отмечает, что освобождение пожертвованной еды от налога на добавленную стоимость — "
    "простая мера, давно применяемая во многих странах. Безвозмездная передача продовольствия розничными "
    "сетями продовольственным банкам не должна облагаться НДС."))
case("paraphrase",
  P("TB12a","kk","Ата-аналарға демалыс",
    "Мүгедектігі бар баланы тәрбиелеп отырған ата-аналар, әсіресе аналар, жылдар бойы бір күн де "
    "демалмайды, бұл олардың денсаулығы мен жұмысына әсер етеді. Жұмыс тобы мұндай отбасыларға айына "
    "кемінде 8 сағат тегін уақытша күтім қызметін ұсынуды, яғни бала сол уақытта маманның қарауында "
    "болуын ұсынады."),
  P("TB12b","kk","Уақытша күтім қызметі",
    "Ерекше қажеттіліктері бар балаларды күтетін отбасылар ай сайын сегіз сағаттан кем емес тегін уақытша "
    "күтім қызметін алуы тиіс. Осы уақытта баланы оқытылған әлеуметтік қызметкер қарайды, ал ата-ана өз "
    "ісімен айналыса алады."))
case("paraphrase",
  P("TB13a","ru","Сборы инициативных групп",
    "Жители дворов и сёл часто объединяются, чтобы собрать деньги на детскую площадку или ремонт моста, "
    "но закон фактически требует для сбора средств регистрировать юридическое лицо. Предлагаем разрешить "
    "инициативным группам граждан собирать через краудфандинговые платформы до 5 000 000 тенге без "
    "регистрации организации, с обязательным публичным отчётом."),
  P("TB13b","ru","Краудфандинг без юрлица",
    "Для небольших местных проектов регистрация НКО — неоправданная нагрузка. Неформальные группы жителей "
    "должны иметь право привлекать на онлайн-платформах коллективного финансирования сумму до пяти "
    "миллионов тенге, не создавая юридического лица, но публикуя отчёт о расходах."))
case("paraphrase",
  P("TB14a","en","Insurance for rescue volunteers",
    "Every spring and summer volunteers join the searches for hikers lost in the mountains around Almaty, "
    "often at real risk to their own health. None of them is insured. We propose that the state pay for "
    "accident insurance for every volunteer taking part in search-and-rescue operations."),
  P("TB14b","en","Cover volunteers who search",
    "Volunteer search teams work alongside the emergency services but have no protection if they are "
    "injured. Accident cover for volunteers involved in search and rescue should be funded from the state "
    "budget."))
case("paraphrase",
  P("TB15a","kk","Кесілген ағаштардың орнын толтыру",
    "Соңғы жылдары Алматыда жол кеңейту мен құрылыс салдарынан мыңдаған ересек ағаш кесілді, ал "
    "отырғызылған көшеттердің көбі қурап қалды. Жұмыс тобы кесілген әрбір ағаштың орнына сол ауданда "
    "кемінде бес көшет отырғызуды және олардың үш жыл бойы күтімін құрылыс салушыға жүктеуді ұсынады."),
  P("TB15b","kk","Бір ағашқа — бес көшет",
    "Құрылыс компаниясы бір ағашты кессе, сол ауданда оның орнына 5-тен кем емес жас ағаш егіп, оларды "
    "үш жыл бойы күтуге міндетті болуы керек. Әйтпесе қаладағы жасыл желек азая береді."))
case("paraphrase",
  P("TB16a","ru","Сурдоперевод новостей",
    "В Казахстане живут десятки тысяч глухих и слабослышащих людей, но большинство выпусков новостей на "
    "государственных каналах выходит без сурдоперевода. Рабочая группа рекомендует обеспечить "
    "сурдопереводом все выпуски новостей на телеканалах, получающих государственное финансирование."),
  P("TB16b","ru","Новости на жестовом языке",
    "Глухие граждане имеют такое же право на информацию, как и все остальные. Новостные программы "
    "телеканалов, работающих на бюджетные средства, должны сопровождаться переводом на жестовый язык."))
case("paraphrase",
  P("TB17a","en","Residents at maslikhat sessions",
    "Maslikhat sessions are formally open, but residents who come cannot speak, and decisions on their "
    "neighbourhoods are taken without hearing them. The group recommends giving any resident who signs up "
    "in advance the right to speak for up to five minutes at open sessions of district and city maslikhats."),
  P("TB17b","en","A voice in the local council",
    "Citizens who register beforehand should be guaranteed a speaking slot of up to 5 minutes at public "
    "sittings of city and district maslikhats. Today local deputies rarely hear from the people their "
    "decisions affect."))
case("paraphrase",
  P("TB18a","ru","Профессия молодёжного работника",
    "В молодёжных ресурсных центрах работают люди без профильной подготовки и без понятного карьерного "
    "пути, поэтому кадры там быстро меняются. Предлагаем включить профессию «молодёжный работник» в "
    "Национальный классификатор занятий и разработать для неё профессиональный стандарт."),
  P("TB18b","ru","Работа с молодёжью как профессия",
    "Работа с молодёжью должна быть признана отдельной профессией: её нужно внести в классификатор занятий "
    "и утвердить профстандарт. Это позволит вузам готовить специалистов, а центрам — удерживать их."),
  P("TB18c","ru","Статус молодёжных работников",
    "Молодёжный работник пока не существует как официальная профессия. Необходимо закрепить её в "
    "национальном классификаторе и принять профессиональный стандарт, чтобы эта работа перестала быть "
    "случайной подработкой."))

# ---------------- cross-language pairs, NO translations supplied
case("cross",
  P("TB20a","kk","Пластик пакеттер",
    "Бір рет қолданылатын пластик пакеттер Іле өзенінің жағалауы мен тау шатқалдарын ластайтын "
    "қалдықтардың едәуір бөлігін құрайды. Сауда орындарына мұндай пакеттерді сатып алушыларға тегін "
    "беруге тыйым салып, оның орнына қағаз немесе мата сөмкелер ұсынуды міндеттеу керек."),
  P("TB20b","en","Single-use plastic bags",
    "Plastic bags are among the most common litter on the banks of the Ili river and in the mountain "
    "gorges. Shops should be banned from handing out single-use plastic bags for free and required to "
    "offer paper or cloth bags instead."))
case("cross",
  P("TB21a","ru","Экологические слушания онлайн",
    "Общественные слушания по оценке воздействия на окружающую среду часто проводятся в райцентре в рабочий "
    "день, и жители затронутых сёл просто не могут на них попасть. Предлагаем проводить такие слушания "
    "также в онлайн-формате и публиковать их полные видеозаписи на портале экологической информации."),
  P("TB21b","en","Environmental hearings online",
    "Hearings on environmental impact assessments are usually held in a district centre on a weekday, so "
    "residents of the affected villages cannot attend. They should also be held online, and full video "
    "recordings should be published on the environmental information portal."))
case("cross",
  P("TB22a","kk","Оқымайтын және жұмыс істемейтін жастар",
    "Облыстарда оқымайтын да, жұмыс істемейтін де жастардың үлесі жоғары, бірақ олармен ешкім жүйелі "
    "жұмыс жүргізбейді. Жастар ресурстық орталықтарында осындай жастарды анықтап, әрқайсысына жеке "
    "кеңесші бекітетін және кәсіптік оқуға бағыттайтын бағдарлама іске қосу ұсынылады."),
  P("TB22b","ru","Молодёжь вне учёбы и работы",
    "В регионах высока доля молодых людей, которые не учатся и не работают, и системной работы с ними "
    "нет. Предлагаем запустить в молодёжных ресурсных центрах программу, которая выявляет таких молодых "
    "людей, закрепляет за каждым личного консультанта и направляет на профессиональное обучение."))
case("cross",
  P("TB23a","kk","Патронаттық тәрбиешілер",
    "Балалар үйлеріндегі көптеген балаларды отбасыға орналастыруға болар еді, бірақ патронаттық "
    "тәрбиешіге төленетін ақы тым аз болғандықтан, мұндай отбасылар саны өспей отыр. Патронаттық "
    "тәрбиешілерге ай сайынғы төлемді арттыру ұсынылады."),
  P("TB23b","en","Foster carers",
    "Many children now in orphanages could live in families, but the monthly allowance paid to foster "
    "carers is too low, so few families come forward. The group recommends raising the monthly payment "
    "to foster carers."))
case("cross",
  P("TB24a","ru","Социальное такси",
    "Люди, передвигающиеся на колясках, во многих городах не могут добраться до поликлиники или на работу: "
    "общественный транспорт им недоступен. Предлагаем организовать службу социального такси для людей на "
    "колясках во всех областных центрах с заказом по телефону и через приложение."),
  P("TB24b","en","Social taxi for wheelchair users",
    "In most cities wheelchair users cannot reach a clinic or their workplace because public transport is "
    "not accessible to them. A social taxi service for wheelchair users should run in every regional "
    "capital, bookable by phone or through an app."))
case("cross",
  P("TB25a","kk","МИБ төрағаларын оқыту",
    "Көппәтерлі үйлерді басқару мүлік иелері бірлестіктеріне (МИБ) көшкеннен кейін көптеген төрағалар "
    "бухгалтерлік есеп пен заң талаптарын жете білмейді. Әкімдік МИБ төрағаларына арналған тегін оқу "
    "курстарын ұйымдастыруы керек."),
  P("TB25b","ru","Обучение председателей ОСИ",
    "После перехода многоквартирных домов на управление объединениями собственников имущества (ОСИ) многие "
    "председатели не знают ни бухгалтерии, ни требований закона. Акимату следует организовать для "
    "председателей ОСИ бесплатные обучающие курсы."),
  P("TB25c","en","Training for OSI chairs",
    "Since apartment buildings moved to management by owners' associations (OSI), many association chairs "
    "have had to learn accounting and the legal rules on the job. The akimat should run free training "
    "courses for OSI chairs."))
case("cross",
  P("TB30a","kk","Корпоративтік еріктілік",
    "Ірі компаниялардың қызметкерлері жұмыс уақытында еріктілікпен айналысуға мүмкіндік алса, қоғамдық "
    "ұйымдар тұрақты көмек табады. 250-ден астам қызметкері бар әрбір кәсіпорын әр қызметкерге "
    "еріктілік үшін жылына кемінде бір ақылы демалыс күнін беруі тиіс."),
  same_as="TB10a")

# ---------------- opposite-meaning traps: en, kk, ru (must never auto-merge)
_C40 = ("Large companies in Kazakhstan spend considerable sums on charity and community projects, but there "
        "is no common way to see where the money goes. After discussion, the group concluded that annual "
        "public reporting on social investments by companies with more than 1,000 employees should ")
case("trap-polarity",
  P("TB40a","en","Corporate social reporting", _C40 + "be mandatory."),
  P("TB40b","en","Corporate social reporting", _C40 + "remain voluntary."))
_C42 = ("Қала тұрғындары жасыл аумақтардың азайып бара жатқанына алаңдайды, ал құрылыс салушылар "
        "саябақтардың шетіндегі жерлерге үнемі көз тігеді. Жұмыс тобының пікірінше, жаңа тұрғын үй "
        "кешендерін салу үшін қалалық саябақтардың аумағын қысқартуға, ")
case("trap-polarity",
  P("TB42a","kk","Саябақтар аумағы", _C42 + "егер басқа жерде одан үлкен саябақ жасалатын болса, жол беру керек."),
  P("TB42b","kk","Саябақтар аумағы", _C42 + "тіпті басқа жерде одан үлкен саябақ жасалатын болса да, жол бермеу керек."))
_C43 = ("Бүгінде көп адам жаңалықты газеттен емес, блогерлерден біледі, сондықтан блогерлер мемлекеттік "
        "органдардың брифингтеріне жиі қатысқысы келеді. Жұмыс тобы блогерлер үшін БАҚ өкілдері сияқты "
        "аккредиттеу ")
case("trap-polarity",
  P("TB43a","kk","Блогерлерді аккредиттеу", _C43 + "міндетті болуы тиіс деп есептейді."),
  P("TB43b","kk","Блогерлерді аккредиттеу", _C43 + "міндетті емес, ерікті болуы тиіс деп есептейді."))
_C45 = ("Ауылдық округ әкімдері сайланатын болғаннан бері үміткерлерге қойылатын талаптар туралы пікірталас "
        "жүріп жатыр. Кейбір белсенді тұрғындар ауылды жақсы біледі, бірақ олардың дипломы болмауы мүмкін. "
        "Жұмыс тобы ауыл әкімі лауазымына үміткерлерге ")
case("trap-polarity",
  P("TB45a","kk","Ауыл әкіміне үміткерлер", _C45 + "жоғары білім талабын сақтау қажет деп санайды."),
  P("TB45b","kk","Ауыл әкіміне үміткерлер", _C45 + "жоғары білім талабын қоюдың қажеті жоқ деп санайды."))
_C44 = ("Жители лучше любого чиновника знают, где во дворе нужна скамейка, а где нужно сохранить деревья. "
        "Рабочая группа считает, что управление небольшими скверами и дворовыми парками ")
case("trap-polarity",
  P("TB44a","ru","Скверы и местное самоуправление",
    _C44 + "следует передать органам местного самоуправления вместе с финансированием."),
  P("TB44b","ru","Скверы и местное самоуправление",
    _C44 + "не следует передавать органам местного самоуправления: оно должно остаться за городским акиматом."))

# ---------------- number traps: same ask, different figure (must never auto-merge)
_C50 = ("Young people rarely see their own ideas funded, because youth projects compete with roads and "
        "utilities for the same money. The group proposes that at least ")
_C50b = " of each district akimat's budget be reserved for projects proposed and run by young people."
case("trap-number",
  P("TB50a","en","Youth share of district budgets", _C50 + "3%" + _C50b),
  P("TB50b","en","Youth share of district budgets", _C50 + "5%" + _C50b))
_C51 = ("Туристы оставляют мусор в ущельях Иле-Алатауского национального парка, а нынешний штраф никого "
        "не останавливает. Предлагаем установить штраф за оставленный мусор на особо охраняемых природных "
        "территориях в размере ")
case("trap-number",
  P("TB51a","ru","Штраф за мусор в нацпарке", _C51 + "10 000 тенге и направлять эти средства на уборку."),
  P("TB51b","ru","Штраф за мусор в нацпарке", _C51 + "100 000 тенге и направлять эти средства на уборку."))
_C52 = ("Үйде күтім көрсететін әлеуметтік қызметкерлер ауыр жұмыс атқарады, бірақ жалақысы елдегі орташа "
        "жалақыдан әлдеқайда төмен, сондықтан кадр тапшылығы артып келеді. Жұмыс тобы әлеуметтік "
        "қызметкерлердің жалақысын келесі жылдан бастап ")
case("trap-number",
  P("TB52a","kk","Әлеуметтік қызметкерлердің жалақысы", _C52 + "20 пайызға көтеруді ұсынады."),
  P("TB52b","kk","Әлеуметтік қызметкерлердің жалақысы", _C52 + "30 пайызға көтеруді ұсынады."))

# ---------------- distinct asks that look alike (a city, an object, a profession)
case("distinct",
  P("TB60a","en","Dementia day care in Taldykorgan",
    "Families caring for a relative with dementia have nowhere to leave them during the working day. The "
    "group proposes opening a day-care centre for older people with dementia in Taldykorgan, run by an NGO "
    "under a state social contract."),
  P("TB60b","en","Dementia day care in Semey",
    "Families caring for a relative with dementia have nowhere to leave them during the working day. The "
    "group proposes opening a day-care centre for older people with dementia in Semey, run by an NGO under "
    "a state social contract."))
case("distinct",
  P("TB61a","kk","Ауыл мектептеріне психолог",
    "Ауылдық мектептерде балалармен жұмыс істейтін мамандар жетіспейді, ата-аналар көмек алу үшін аудан "
    "орталығына барады. Әр ауылдық мектепте кемінде бір штаттық психолог болуын қамтамасыз ету ұсынылады."),
  P("TB61b","kk","Ауыл мектептеріне логопед",
    "Ауылдық мектептерде балалармен жұмыс істейтін мамандар жетіспейді, ата-аналар көмек алу үшін аудан "
    "орталығына барады. Әр ауылдық мектепте кемінде бір штаттық логопед болуын қамтамасыз ету ұсынылады."))
case("distinct",
  P("TB62a","ru","Сурдоперевод сессий маслихата",
    "Глухие жители не могут следить за решениями, которые принимают местные депутаты. Предлагаем "
    "сопровождать сурдопереводом онлайн-трансляции сессий городских маслихатов."),
  P("TB62b","ru","Сурдопереводчик в ЦОНе",
    "Глухие жители не могут без посторонней помощи объясниться с операторами при получении госуслуг. "
    "Предлагаем обеспечить в каждом ЦОНе доступ к сурдопереводчику по видеосвязи."))
