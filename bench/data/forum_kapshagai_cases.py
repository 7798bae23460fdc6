# A seventh forum, "Kapshagai" (held out entirely): written BLIND for issue 9's fifth pass, before and
# without seeing the merge rules (src/recbook/merge/), the README's dedupe tables, docs/decisions.md
# or any dedupe score, and to be run ONCE at the end, as an outside measure of the fifth pass.
# Voice: LONG texts (2-5 sentences) as working groups write them in a compiled recommendations book:
# context and justification first and the ask last, or the ask first and the reason after; often an
# addressee (Министерству ..., акиматам, Парламенту; министрлігіне, әкімдіктерге; the Ministry of ...)
# and a timeframe. kk/ru/en roughly equal. Topics the other forums do not use: NGO premises in idle
# state buildings, winter warming points, pastures, easy-read laws, early intervention, public
# environmental inspectors, volunteers' expenses, teenagers' summer jobs, children's-home leavers,
# selection of public-council members, statistics of information requests, probation, Braille
# ballots, the Ili-Balkhash basin council, medicines by post, the state information order, assistive
# devices, school gyms, recall of rural akims, volunteer fire brigades, irrigation schedules, ...
# Kinds: exact, spelling and homoglyph variants; same-language paraphrases (other context sentences,
# synonyms, nominal vs verbal style, reordering, digits vs words); cross-language pairs with NO
# translation supplied (kk/ru, kk/en, ru/en, one kk/ru/en triple, one kk proposal linked by same_as);
# opposite-meaning traps (mandatory vs voluntary in en, allow vs prohibit and reduce vs increase in kk,
# keep vs abolish and raise vs lower in ru) with shared context; number traps (metres, years,
# millions of tenge); look-alikes that differ by ONE word (a profession, an object, a place) and
# look-alikes on one topic with different asks.
# Generate: python bench/data/make_eval.py bench/data/forum_kapshagai_cases.py bench/data/forum_kapshagai.yaml

# ---------------- exact, spelling and homoglyph variants
_K01 = ("Многие некоммерческие организации в районных центрах тратят до половины своих грантов на аренду "
        "помещений, хотя в тех же сёлах пустуют здания бывших школ, детских садов и домов культуры. Рабочая "
        "группа предлагает Министерству финансов утвердить порядок, по которому неиспользуемые объекты "
        "государственной собственности передаются НКО в безвозмездное пользование на срок не менее пяти лет "
        "при условии, что организация сама содержит и ремонтирует здание.")
case("exact",
  P("KP01a","ru","Пустующие здания для НКО", _K01),
  P("KP01b","ru","Помещения для некоммерческих организаций", _K01))
case("spelling",
  P("KP02a","en","Winter warming points for homeless people",
    "Every winter people sleeping rough die of cold in Almaty and Qonaev, while the few existing night "
    "shelters turn people away once their beds are full. Charities that run soup kitchens say they could "
    "open warming points if they had a place to do so. The group recommends that city akimats open, from "
    "November to March, round-the-clock warming points for homeless people in every district, run jointly "
    "with charities, and admit anyone regardless of documents or registration."),
  P("KP02b","en","Winter warming points for homeless people",
    "Every winter people sleeping rough die of cold in Almaty and Qonaev, while the few existing night "
    "shelters turn people away once their beds are full. Charites that run soup kitchens say they could "
    "open warming points if they had a place to do so. The group recomends that city akimats open, from "
    "November to March, round the clock warming points for homless people in every distict, run jointly "
    "with charities, and admit anyone regardless of documents or registraton."))
_K03 = ("Ауылдағы үй шаруашылықтарының малы жайылымға шыға алмай отыр, өйткені ауыл маңындағы жерлердің "
        "көбі ірі шаруа қожалықтарына ұзақ мерзімге жалға берілген. Жұмыс тобы әр ауылдық округте "
        "тұрғындардың жеке малына арналған жалпы пайдаланудағы жайылымдарды бөліп, оларды жалға беруге "
        "тыйым салуды ұсынады.")
case("homoglyph",
  P("KP03a","kk","Тұрғындардың малына жайылым", _K03),
  P("KP03b","kk",homo("Тұрғындардың малына жайылым", 3), homo(_K03, 2)))

# ---------------- paraphrases, one language each
case("paraphrase",
  P("KP10a","en","Laws in easy-read format",
    "People with intellectual disabilities, and many older people, cannot understand laws and official "
    "notices written in legal language, so they do not know their own rights. Several NGOs in Almaty "
    "already produce easy-to-read leaflets, but only on their own initiative. The group recommends that "
    "the Ministry of Labour and Social Protection publish an easy-read version of every law and by-law "
    "concerning the rights of persons with disabilities."),
  P("KP10b","en","Plain language for disability rights",
    "We ask the Ministry of Labour and Social Protection to make sure that each legal act on disability "
    "rights also comes out in a simple, easy-to-read format. Texts full of legal jargon are closed to "
    "people with learning disabilities, who are the very people these acts are meant to protect."))
case("paraphrase",
  P("KP11a","ru","Служба ранней помощи",
    "Дети с задержками развития в Казахстане часто получают первую специализированную помощь только к "
    "школьному возрасту, когда время уже упущено. Исследования показывают, что наибольший эффект даёт "
    "поддержка в первые три года жизни. Рабочая группа предлагает Министерству здравоохранения создать в "
    "каждой районной поликлинике службу ранней помощи для детей от рождения до 3 лет с нарушениями "
    "развития и их семей."),
  P("KP11b","ru","Раннее вмешательство рядом с домом",
    "Создание служб раннего вмешательства при районных поликлиниках — так, чтобы каждый ребёнок с "
    "отставанием в развитии в возрасте до трёх лет и его родители получали помощь специалистов рядом с "
    "домом. Сегодня семьи ждут до школы или везут детей в областной центр."),
  P("KP11c","ru","Помощь с первых лет жизни",
    "Необходимо, чтобы помощь детям с особенностями развития начиналась не в семь лет, а с рождения. Для "
    "этого в районных поликлиниках нужны кабинеты ранней помощи, которые работают с малышами в возрасте "
    "от нуля до трёх лет и с их родителями."))
case("paraphrase",
  P("KP12a","kk","Қоғамдық экологиялық инспекторлар",
    "Қоқыс тастау, ағаш кесу және өзен жағасын ластау фактілерін көбіне жергілікті тұрғындар алғаш көреді, "
    "бірақ олардың хабарламалары жауапсыз қалады. Жұмыс тобы қоғамдық экологиялық инспекторлардың "
    "мәртебесін заңда бекітуді және олар түсірген фото- және бейнематериалдарды экология департаменті "
    "міндетті түрде қарайтын дәлел ретінде тануды ұсынады."),
  P("KP12b","kk","Табиғатты қорғайтын белсенділер",
    "Қоғамдық экология инспекторы мәртебесі заң жүзінде бекітілуі керек, ал олардың суреттері мен "
    "бейнежазбалары экология департаменті міндетті түрде қарастыратын дәлелдемеге айналуы тиіс. Сонда ғана "
    "тұрғындардың табиғатты қорғаудағы белсенділігі нақты нәтиже береді."))
case("paraphrase",
  P("KP13a","en","Volunteers' expenses are not income",
    "Volunteers who travel to villages to help after floods or to run children's camps often pay for fuel "
    "and meals out of their own pockets. When an NGO reimburses these costs, the money is treated as the "
    "volunteer's income and taxed. We recommend amending the Tax Code so that reimbursement of volunteers' "
    "documented travel, meal and accommodation expenses is not treated as taxable income."),
  P("KP13b","en","Tax-free refunds for volunteers",
    "The Tax Code should exempt from income tax the sums an organisation pays back to volunteers for their "
    "travel, food and lodging, provided the expenses are backed by receipts. At present such refunds are "
    "taxed as if they were wages, which discourages people from volunteering far from home."))
case("paraphrase",
  P("KP14a","ru","Летняя занятость подростков",
    "Летом многие подростки из малообеспеченных семей остаются без дела, а некоторые попадают в дурные "
    "компании. Опыт молодёжных трудовых отрядов в ряде областей показал, что первая работа дисциплинирует "
    "и даёт карманные деньги. Предлагаем акиматам ежегодно организовывать оплачиваемую летнюю занятость "
    "для подростков в возрасте от 14 до 17 лет — в благоустройстве, библиотеках и социальных учреждениях — "
    "с сокращённым рабочим днём."),
  P("KP14b","ru","Первая работа для школьников",
    "Акиматам следует каждое лето создавать для школьников от четырнадцати до семнадцати лет оплачиваемые "
    "рабочие места с неполным рабочим днём: озеленение дворов, помощь в социальных учреждениях и "
    "библиотеках. Это первый трудовой опыт и честный заработок для детей из небогатых семей."))
case("paraphrase",
  P("KP15a","kk","Балалар үйінің түлектері",
    "Балалар үйінен шыққан жастардың көбі он сегіз жасында баспанасыз, жұмыссыз және ақыл-кеңес берер "
    "адамсыз қалады. Сондықтан жұмыс тобы облыс әкімдіктеріне балалар үйінің түлектеріне екі жылға дейін "
    "әлеуметтік пәтер беруді және әрқайсысына тәлімгер бекітуді ұсынады."),
  P("KP15b","kk","Түлектерге пәтер мен тәлімгер",
    "Балалар үйінің түлектеріне әлеуметтік пәтер мен тәлімгер қажет. Облыс әкімдіктері оларға екі жыл "
    "мерзімге тұрғын үй беріп, өз бетінше өмір сүруге үйрететін тәлімгер тағайындауы керек, әйтпесе көп "
    "түлек кедейлік пен қылмыстың шырмауына түседі."),
  P("KP15c","kk","Жетім жастарды қолдау",
    "Интернат-үйлерден шыққан жетім және ата-ана қамқорлығынсыз қалған жастар алғашқы жылдары өте осал "
    "болады. Біз облыстық әкімдіктерден оларды 2 жыл бойы әлеуметтік тұрғын үймен қамтамасыз етуді және "
    "әр түлекке тәжірибелі тәлімгер бекітуді сұраймыз."))
case("paraphrase",
  P("KP16a","en","Who picks public council members",
    "Today most members of public councils are chosen by the very ministries and akimats they are supposed "
    "to scrutinise, so the councils rarely criticise anyone. The group recommends that members of public "
    "councils be selected by an independent commission made up of NGO representatives, through an open "
    "call with all applications published online."),
  P("KP16b","en","Open competition for council seats",
    "Public councils cannot hold state bodies to account if those bodies pick their members. We propose an "
    "open competition for council seats, run by an independent selection panel of civil society "
    "organisations rather than by the ministry or akimat, with every application made public."))
case("paraphrase",
  P("KP17a","ru","Статистика запросов информации",
    "Граждане и журналисты всё чаще получают на запросы информации формальные отписки или отказы, но "
    "никто не знает, насколько это распространено. Рабочая группа предлагает обязать каждый "
    "государственный орган ежегодно публиковать на своём сайте статистику запросов информации: сколько "
    "получено, на сколько дан ответ, сколько отказов и по каким основаниям."),
  P("KP17b","ru","Отчёт о доступе к информации",
    "Ежегодная публикация государственными органами сведений о поступивших запросах информации — с числом "
    "ответов, отказов и причинами отказов. Без таких данных невозможно оценить, как на деле исполняется "
    "закон о доступе к информации."))
case("paraphrase",
  P("KP18a","kk","Босатылғандарды бейімдеу орталықтары",
    "Бас бостандығынан айыру орындарынан босатылған адамдардың көпшілігінде құжат, тұрғын үй және жұмыс "
    "болмайды, сондықтан олардың едәуір бөлігі бір жыл ішінде қайтадан қылмыс жасайды. Жұмыс тобы "
    "пробация қызметі жанынан үкіметтік емес ұйымдармен бірлесіп, босатылғандарға құжат жасауға, жұмыс "
    "табуға және уақытша баспана алуға көмектесетін бейімдеу орталықтарын ашуды ұсынады."),
  P("KP18b","kk","Түрмеден кейінгі өмір",
    "Түрмеден шыққан адамдарды қоғамға қайта бейімдейтін орталықтар пробация қызметі мен ҮЕҰ-лардың "
    "бірлескен жұмысы ретінде құрылуы керек. Мұндай орталық құжаттарды қалпына келтіруге, жұмысқа "
    "орналасуға және алғашқы айларда уақытша тұратын жер табуға көмектеседі, бұл қайталанған қылмыстарды "
    "азайтады."))
case("paraphrase",
  P("KP19a","en","Braille ballot templates",
    "Blind and visually impaired citizens still have to ask another person to mark their ballot, which "
    "takes away the secrecy of their vote. Tactile ballot templates are cheap and are used in many "
    "countries. We call on the Central Election Commission to provide Braille ballot templates at every "
    "polling station, starting with the next elections."),
  P("KP19b","en","A secret vote for blind citizens",
    "Every polling station should have ballot stencils with Braille lettering, so that people who cannot "
    "see can vote on their own and in secret. The Central Election Commission ought to introduce them from "
    "the next election onwards."))

# ---------------- cross-language cases, NO translations supplied
case("cross",
  P("KP20a","kk","Іле-Балқаш бассейндік кеңесі",
    "Іле өзені мен Балқаш көлінің тағдыры жағалаудағы ауылдар мен балықшылардың күнкөрісіне тікелей "
    "байланысты, бірақ су ресурстарын бөлу туралы шешімдер оларсыз қабылданады. Іле-Балқаш бассейндік "
    "кеңесінің құрамына экологиялық ҮЕҰ-лар мен жергілікті балықшы қауымдастықтарының өкілдерін дауыс беру "
    "құқығымен енгізу және кеңес отырыстарының хаттамаларын жариялау ұсынылады."),
  P("KP20b","ru","Голос жителей в бассейновом совете",
    "Решения о распределении воды в бассейне Или и Балхаша касаются тысяч сельских жителей, но "
    "принимаются без их участия. Рабочая группа предлагает включить в Или-Балхашский бассейновый совет "
    "представителей экологических НКО и местных рыбацких общин с правом голоса, а протоколы заседаний "
    "совета публиковать."))
case("cross",
  P("KP21a","kk","Дәріні поштамен жеткізу",
    "Көптеген шалғай ауылдарда дәріхана жоқ, ал қарт адамдар дәрі алу үшін аудан орталығына дейін "
    "ондаған шақырым жол жүруге мәжбүр. Жұмыс тобы Денсаулық сақтау министрлігіне рецепт бойынша "
    "берілетін дәрі-дәрмекті ауылдық пошта бөлімшелері арқылы жеткізу тәртібін енгізуді ұсынады."),
  P("KP21b","en","Medicines by post",
    "Older people in remote villages with no pharmacy have to travel to the district centre just to "
    "collect their medicines. The Ministry of Health should allow prescription medicines to be delivered "
    "to villagers through local post offices."))
case("cross",
  P("KP22a","ru","Прозрачность госинформзаказа",
    "Ежегодно из бюджета выделяются значительные средства на государственный информационный заказ, однако "
    "общество не знает, какие СМИ получили деньги и за какие материалы. Предлагаем Министерству культуры и "
    "информации публиковать полный список получателей госинформзаказа с суммами договоров и темами "
    "публикаций."),
  P("KP22b","en","Who is paid by the state information order",
    "Public money spent on the state information order shapes what the media write, yet readers cannot see "
    "who is paid. We recommend that the Ministry of Culture and Information publish every recipient of the "
    "state information order, with the amount of each contract and the topics covered."))
case("cross",
  P("KP23a","kk","Көмекші құралдарды өзі таңдау",
    "Мемлекет сатып алатын арбалар мен протездер көбіне ең төмен баға бойынша алынады да, адамның бойына, "
    "салмағына және өмір салтына сай келмейді. Мүгедектігі бар адамдарға техникалық көмекші құралдарды "
    "әлеуметтік қызметтер порталындағы электрондық каталогтан өздері таңдап алу құқығын беру ұсынылады."),
  P("KP23b","ru","Электронный каталог средств реабилитации",
    "Предлагаем дать людям с инвалидностью возможность самим выбирать кресла-коляски, протезы и другие "
    "технические средства реабилитации в электронном каталоге на портале социальных услуг. При закупках "
    "по наименьшей цене люди получают изделия, которые им не подходят и быстро ломаются."),
  P("KP23c","en","Choice of assistive devices",
    "Wheelchairs, prostheses and other assistive devices bought by the state at the lowest price often do "
    "not fit the person who gets them. Persons with disabilities should be able to choose their own "
    "assistive devices from an electronic catalogue on the social services portal."))
case("cross",
  P("KP24a","kk","Мектеп спорт залдары тұрғындарға",
    "Ауылдар мен шағын аудандарда жастар мен ересектерге арналған спорт залдары жоқтың қасы, ал мектеп "
    "спорт залдары сабақтан кейін бос тұрады. Білім басқармаларын мектеп спорт залдарын кешкі уақытта және "
    "демалыс күндері тұрғындар мен жергілікті спорт клубтарына тегін ашуға міндеттеу керек."),
  P("KP24b","en","Open school gyms after hours",
    "Once lessons end, school gyms stand empty while local residents have nowhere to exercise. Education "
    "departments should open school sports halls to residents and community sports clubs free of charge "
    "in the evenings and at weekends."))
case("cross",
  P("KP25a","ru","Отзыв сельского акима",
    "С введением выборов сельских акимов жители получили право избирать, но у них нет законного способа "
    "досрочно отозвать акима, который не справляется с работой. Предлагаем закрепить право собрания "
    "местного сообщества инициировать голосование об отзыве сельского акима, если за это выскажутся не "
    "менее 10 процентов жителей округа."),
  P("KP25b","kk","Ауыл әкімін кері шақыру",
    "Ауыл әкімдері сайланатын болды, алайда тұрғындар міндетін атқармаған әкімді мерзімінен бұрын кері "
    "шақырып ала алмайды. Округ тұрғындарының кемінде он пайызы қолдаса, жергілікті қоғамдастық "
    "жиналысына ауыл әкімін кері шақыру туралы дауыс беруді бастау құқығын беру ұсынылады."))
case("cross",
  P("KP26a","en","Volunteer fire brigades in villages",
    "Many villages lie an hour or more from the nearest fire station, and in dry summers steppe fires reach "
    "houses before the fire engines do. Local volunteers are willing to help but have neither equipment nor "
    "training. The group recommends that the Ministry of Emergency Situations equip and train volunteer "
    "fire brigades in villages located far from fire stations."),
  P("KP26b","ru","Добровольные пожарные дружины",
    "Добровольные пожарные дружины в отдалённых сёлах должны получить от Министерства по чрезвычайным "
    "ситуациям снаряжение и обучение. Пока пожарная машина едет из райцентра, степной пожар успевает дойти "
    "до домов, а местные жители готовы тушить его, но им нечем."))
case("cross",
  P("KP27a","kk","Суару кестесін жариялау",
    "Жазда суармалы су кезекпен беріледі, бірақ шаруалар өз учаскесіне су қашан келетінін алдын ала "
    "білмейді, бұл көршілер арасында дау-дамайға әкеледі. Жұмыс тобы су шаруашылығы ұйымдарына суару "
    "кестесін әр ауылдық округ бойынша алдын ала жариялауды және оны ауыл әкімдігінің хабарландыру "
    "тақтасында және әлеуметтік желілерде орналастыруды ұсынады."),
  P("KP27b","ru","Графики поливной воды",
    "Предлагаем обязать водохозяйственные организации заранее публиковать графики подачи поливной воды по "
    "каждому сельскому округу — на досках объявлений акиматов и в соцсетях. Сейчас фермеры не знают, когда "
    "придёт вода на их участок, и между соседями возникают конфликты."))
case("cross",
  P("KP29a","kk","Заңдардың оңай оқылатын нұсқасы",
    "Заңдар мен ресми хабарламалар күрделі заң тілінде жазылғандықтан, зияткерлік бұзылыстары бар адамдар "
    "өз құқықтарын түсінбейді. Еңбек және халықты әлеуметтік қорғау министрлігіне мүгедектігі бар "
    "адамдардың құқықтарына қатысты әрбір нормативтік құқықтық актінің оңай оқылатын нұсқасын жариялауды "
    "ұсынамыз."),
  same_as="KP10a")

# ---------------- opposite-meaning traps: en, kk, ru (must never auto-merge)
_C40 = ("Volunteers increasingly work with children in summer camps, hospitals and after-school clubs, and "
        "parents rightly ask who these adults are. At the same time, small organisations worry about the "
        "cost and delay of the paperwork. After a long discussion the group agreed that a criminal record "
        "check for every volunteer working with children should ")
case("trap-polarity",
  P("KP40a","en","Background checks for volunteers", _C40 + "be mandatory."),
  P("KP40b","en","Background checks for volunteers", _C40 + "be voluntary, left to each organisation."))
_C41 = ("Күз сайын аулалар мен саяжайларда құлаған жапырақ пен құрғақ шөпті өртеу қала ауасын түтінге "
        "толтырады, ал кейбір тұрғындар мұны қоқыстан құтылудың жалғыз жолы деп санайды. Жұмыс тобы елді "
        "мекендерде құлаған жапырақтарды өртеуге ")
case("trap-polarity",
  P("KP41a","kk","Жапырақ өртеу", _C41 + "толық тыйым салуды ұсынады."),
  P("KP41b","kk","Жапырақ өртеу", _C41 + "желсіз күндері рұқсат беруді ұсынады."))
_C42 = ("Журналисты и гражданские активисты в регионах нередко становятся обвиняемыми по уголовным делам о "
        "клевете после критических публикаций о местных чиновниках. Сторонники этой нормы считают, что она "
        "защищает честь граждан от ложных обвинений. Рабочая группа рекомендует Парламенту ")
case("trap-polarity",
  P("KP42a","ru","Уголовная ответственность за клевету", _C42 + "сохранить уголовную ответственность за клевету в Уголовном кодексе."),
  P("KP42b","ru","Уголовная ответственность за клевету", _C42 + "исключить уголовную ответственность за клевету из Уголовного кодекса."))
_C43 = ("Қапшағай су қоймасындағы балық қоры туралы деректер қайшылықты: ғалымдар қордың азайғанын айтады, "
        "ал балықшылар аулау көлемі тұрақты деп санайды. Жұмыс тобы келесі маусымда өнеркәсіптік балық аулау "
        "квоталарын ")
case("trap-polarity",
  P("KP43a","kk","Қапшағайдағы балық аулау квоталары", _C43 + "азайтуды ұсынады."),
  P("KP43b","kk","Қапшағайдағы балық аулау квоталары", _C43 + "көбейтуді ұсынады."))
_C44 = ("Сегодня молодёжью по закону о государственной молодёжной политике считаются граждане до 35 лет, и "
        "программы поддержки распределяются на очень широкий круг людей. Обсудив этот вопрос, рабочая группа "
        "предлагает верхнюю возрастную границу молодёжи ")
case("trap-polarity",
  P("KP44a","ru","Возраст молодёжи", _C44 + "повысить."),
  P("KP44b","ru","Возраст молодёжи", _C44 + "понизить."))

# ---------------- number traps: same ask, different figure (must never auto-merge)
_C50 = ("Along the Kapshagai reservoir more and more of the shore is fenced off by private resorts and "
        "dachas, and local families can no longer reach the water. The group proposes a public access strip of ")
_C50b = " metres from the water's edge along the whole shore, in which fences and buildings are forbidden."
case("trap-number",
  P("KP50a","en","Public access to the Kapshagai shore", _C50 + "20" + _C50b),
  P("KP50b","en","Public access to the Kapshagai shore", _C50 + "50" + _C50b))
_C51 = ("Әлі күнге дейін жүздеген ауылдық мектепте дәретхана ауланың түкпірінде орналасқан, қыста балалар "
        "аязда далаға шығуға мәжбүр. Жұмыс тобы Оқу-ағарту министрлігіне барлық ауылдық мектептерде ")
_C51b = " жылға дейін ғимарат ішінде жылы дәретхана салуды ұсынады."
case("trap-number",
  P("KP51a","kk","Ауыл мектептеріндегі дәретханалар", _C51 + "2028" + _C51b),
  P("KP51b","kk","Ауыл мектептеріндегі дәретханалар", _C51 + "2035" + _C51b))
_C52 = ("Во многих сёлах нет детского сада, и матери не могут выйти на работу. Открыть семейный мини-сад в "
        "собственном доме готовы многие женщины, но на ремонт и оборудование нужны деньги. Предлагаем "
        "выдавать жительницам сёл, открывающим семейный детский сад, безвозвратный грант в размере до ")
case("trap-number",
  P("KP52a","ru","Семейные детские сады в сёлах", _C52 + "3 млн тенге."),
  P("KP52b","ru","Семейные детские сады в сёлах", _C52 + "5 млн тенге."))

# ---------------- distinct asks that look alike: ONE word differs (profession, object, place) ...
_C60 = ("Молодые специалисты неохотно едут в отдалённые сёла, а те, кто приезжает, тратят заметную часть "
        "зарплаты на отопление и свет. Предлагаем ввести ежегодную компенсацию расходов на коммунальные услуги "
        "для сельских ")
case("distinct",
  P("KP60a","ru","Коммунальные услуги фельдшерам", _C60 + "фельдшеров."),
  P("KP60b","ru","Коммунальные услуги ветеринарам", _C60 + "ветеринаров."))
_C61 = ("Cultural life remains out of reach for many people with disabilities who live on small pensions, and "
        "they often need someone to go with them. The group recommends free admission to state ")
_C61b = " for persons with disabilities and one accompanying person."
case("distinct",
  P("KP61a","en","Free museum entry", _C61 + "museums" + _C61b),
  P("KP61b","en","Free theatre entry", _C61 + "theatres" + _C61b))
_C62 = ("Алматы облысында еріктілер саны өсіп келеді, бірақ олардың бас қосып, оқу өтетін тұрақты орны жоқ. "
        "Жұмыс тобы облыс әкімдігіне ")
_C62b = " қаласында еріктілер үйін ашуды ұсынады."
case("distinct",
  P("KP62a","kk","Қонаевтағы еріктілер үйі", _C62 + "Қонаев" + _C62b),
  P("KP62b","kk","Есіктегі еріктілер үйі", _C62 + "Есік" + _C62b))
_C63 = ("Аудандарда тұратын ата-аналар баласын маманға көрсету үшін облыс орталығына барып, кезекте апталап "
        "күтеді. Әр аудандық ауруханада ")
_C63b = " тұрақты қабылдау жүргізуі тиіс."
case("distinct",
  P("KP63a","kk","Аудандарға балалар стоматологы", _C63 + "балалар стоматологы" + _C63b),
  P("KP63b","kk","Аудандарға балалар офтальмологы", _C63 + "балалар офтальмологы" + _C63b))
# ... and look-alikes on one topic with different asks
case("distinct",
  P("KP64a","en","Water tests at Kapshagai beaches",
    "Every summer thousands of families from Almaty swim in the Kapshagai reservoir, yet nobody tells them "
    "whether the water is safe. The group recommends that the sanitary service test the water at public "
    "beaches every week during the season and publish the results online and on boards at the beach."),
  P("KP64b","en","Lifeguards at Kapshagai beaches",
    "Every summer thousands of families from Almaty swim in the Kapshagai reservoir, and each season people "
    "drown at unguarded beaches. The group recommends that the akimat of Qonaev fund lifeguard posts at all "
    "public beaches during the swimming season."))
case("distinct",
  P("KP65a","ru","Материалы общественным советам заранее",
    "Общественные советы часто получают проекты документов в день заседания и не успевают их изучить. "
    "Предлагаем обязать государственные органы направлять членам общественного совета повестку и проекты "
    "решений не позднее чем за 10 дней до заседания."),
  P("KP65b","ru","Экспертизы для общественных советов",
    "Общественные советы часто не могут оценить проекты документов, потому что у них нет ни денег, ни "
    "экспертов. Предлагаем предусмотреть в бюджете каждого министерства отдельную строку для оплаты "
    "независимых экспертиз по запросу общественного совета."))
