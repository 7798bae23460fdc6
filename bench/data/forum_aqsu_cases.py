# A forum "Aqsu" (held out entirely): written BLIND as an outside measure of the merge step, without
# seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py script or
# any dedupe output or score, and to be run ONCE. Nothing here was tuned on a run; recbook and dedupe
# were not run. Only bench/data/make_eval.py (generator and format), the first 100 lines of
# forum_torgai_cases.py (format example), the header comments (first 45 lines) of the other
# bench/data/forum_*_cases.py files (to avoid their topics, asks and voices) and
# /work/shared/design/KAZAKH.md (Kazakh alphabet, spelling, official names) were read.
# Voice: PARENTS, COACHES, YOUTH WORKERS AND IMAMS at a regional forum in Taldykorgan and Zhetisu
# region: plain medium texts (1-3 sentences). SPECIAL: every Kazakh (kk) title and text is typed in
# LATIN letters, as people type Kazakh on phones: about half in the official 2021 Latin alphabet
# (ä ğ q ñ ö ū ü ş y ı i j), half informally without special letters (zh, sh, gh, k for қ, a for ә,
# o for ө, u for ұ/ү, i for і), consistently within one text. The only Cyrillic kk text is the
# homoglyph case (AQ05), derived with homo(). kk 39, ru 34, en 24 of 97 proposals.
# Topics (chosen so the other forums' headers do not list them): a kokpar and baiga hippodrome,
# togyzkumalak clubs in village schools, chess lessons in grades 1-2, free bus passes for children of
# large families, premarital courses at mosques; evening duty groups in kindergartens, day-care
# centres for the elderly, asyk atu in PE lessons, volunteers carrying coal for lonely elderly,
# family mediators before divorce, alimony withheld by taxi/delivery platforms, free access to the
# stadium's running track, trained teachers of the religious-studies course, lit yard sports courts,
# summer-camp vouchers for large families; theologians in colleges, visitation rooms after divorce,
# the sport voucher in villages, gas for village mosques, kindergartens before new housing, a care
# allowance for those nursing bedridden parents, village ice rinks, swimming lessons for second
# graders, nikah only after civil registration, a regional chess school, a youth centre in Tekeli,
# first aid courses for volunteers, mini-football pitches, betting sponsors in youth sport, classes
# for parents of teenagers, buses for district sport schools, summer Quran classes at registered
# mosques, adaptive sport for disabled children; traps on alcohol at toi, teenagers in kokpar, PE
# hours, gyms for under-14s, curfew fines, guest limits at weddings; number traps on large-family
# status (children), kindergarten fee discount (per cent), alimony age (years), paternity leave
# (days); look-alikes on the central stadium, the central mosque, the youth centre, kindergartens,
# alimony.
# Kinds and counts (48 cases, 97 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk Cyrillic, via homo()); paraphrase 10 same-language pairs written
# as by two different people (kk 4, ru 4, en 2); cross 18 cases = 20 cross-language pairs with NO
# translation supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity
# 6 with shared wording (kk: allow vs ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs
# ban, increase vs reduce; en: should vs should not); trap-number 4 (children, per cent, years, days);
# distinct 5 (same topic, different asks). No singletons.
# Run once on main 3013fc3 and on 89033ca (docs/merge-quality.md: issue 9, thirteenth pass), then looked at.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_aqsu_cases.py /work/wt/blind/forum_aqsu.yaml

# ---------------- exact, spelling and homoglyph variants
_A01 = ("Кокпар и байга в области Жетісу собирают тысячи зрителей, но в Талдыкоргане их проводят на "
        "пустыре за городом, без трибун и без ограждения. Просим восстановить старый ипподром и сделать "
        "его постоянной площадкой для кокпара, байги и других конных национальных игр.")
case("exact",
  P("AQ01a","ru","Ипподром для кокпара в Талдыкоргане", _A01),
  P("AQ01b","ru","Восстановить ипподром", _A01))
case("spelling",
  P("AQ02a","kk","Är auyl mektebınde toğyzqūmalaq üiırmesı",
    "Jetısu oblysynyñ auyl mektepterınde toğyzqūmalaq üiırmelerı öte az, al balalar bū oiynğa qatty "
    "qyzyğady. Är auyl mektebınde aptasyna ekı ret tegın toğyzqūmalaq üiırmesın aşyp, oğan jalaqy "
    "tölenetın jattyqtyruşy bekıtu kerek."),
  P("AQ02b","kk","Är auyl mektebınde toğyzqūmalq üiırmesı",
    "Jetısu oblysynyñ auyl mektepterınde toğyzqūmalaq üiırmelerı öte az, al balalar bū oiynğa qatty "
    "qyzyğady. Är auyl mektebınde aptasyna ekı ret tegın toğyzqūmalq üiırmesn aşyp, oğan jalaqy "
    "tölenetın jattyqtyruşi bekıtu kerek."))
case("spelling",
  P("AQ03a","ru","Шахматы как урок в начальной школе",
    "В Талдыкоргане шахматный кружок есть только в нескольких школах, а желающих втрое больше, чем мест. "
    "Предлагаем ввести шахматы как обязательный урок раз в неделю в 1–2 классах всех школ области Жетісу "
    "и подготовить для этого учителей начальных классов на коротких курсах."),
  P("AQ03b","ru","Шахматы как урок в начальнй школе",
    "В Талдыкоргане шахматный кружок есть только в нескольких школах, а желающих втрое больше, чем мест. "
    "Предлагаем ввести шахамты как обязательнй урок раз в неделю в 1–2 классах всех школ области Жетісу "
    "и подготовить для этого учителей начальных класов на коротких курсах."))
case("spelling",
  P("AQ04a","en","Free bus passes for children from large families",
    "Parents with four or more children in Taldykorgan spend a big share of their budget on bus fares to "
    "school and sports sections. We ask the city akimat to give every schoolchild from a large family a "
    "free bus pass valid on all city routes."),
  P("AQ04b","en","Free bus passes for children from large famillies",
    "Parents with four or more childen in Taldykorgan spend a big share of their budget on bus fares to "
    "school and sports sections. We ask the city akimat to give every schoolchlid from a large family a "
    "free bus pas valid on all city routes."))
_A05t = "Неке қияр алдында жастарға кеңес"
_A05 = ("Талдықорғанда ажырасу саны жыл сайын өсіп келеді, жас отбасылардың көбі алғашқы үш жылда-ақ "
        "бөлінеді. Мешіттерде неке қияр алдында жастарға отбасы құндылықтары, ерлі-зайыптылардың құқығы мен "
        "міндеті туралы тегін екі апталық курс ұйымдастыру керек.")
case("homoglyph",
  P("AQ05a","kk",_A05t,_A05),
  P("AQ05b","kk",homo(_A05t, 3),homo(_A05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("AQ06a","kk","Balabaqşalarda keşkı kezekşı toptar",
    "Ata-analardyñ köbı sağat 19:00-ge deiın jūmysta, al balabaqşa 18:00-de jabylady. Taldyqorğandağy "
    "memlekettık balabaqşalarda sağat 20:00-ge deiın jūmys ısteitın keşkı kezekşı toptar aşu kerek."),
  P("AQ06b","kk","Balabakshany keshke deiin ustau",
    "Zhumystan kesh shyghatyn analar balasyn balabakshadan uakytynda ala almaidy, taksi zhaldap zhugiredi. "
    "Usynys: kalanyn ar shaghyn audanyndaghy keminde bir balabakshada balalar keshki saghat segizge deiin "
    "kalatyn top ashylsyn."),
  note="official Latin vs informal; 20:00 in digits vs 'keshki saghat segiz' in words")
case("paraphrase",
  P("AQ07a","kk","Auylda egde adamdarga kunduzgi kutim ortalygy",
    "Balalary kalaga zhumyska ketken kariialar kun boiy uide zhalgyz otyrady, keibireui dari ishudi de "
    "umytady. Ar audan ortalygynda egde adamdar kunduzi tamaktanyp, dariger tekserip, bir-birimen aralasa "
    "alatyn kunduzgi kutim ortalygyn ashu kerek."),
  P("AQ07b","kk","Qariialarğa arnalğan kündızgı ortalyq",
    "Jetısu oblysynyñ audandarynda jalğyzbasty qarttardy künı boiy qarap, keşke üiıne qaitaratyn ortalyq "
    "joq. Aqsu, Sarqan, Eskeldı audandarynda egde jastağy adamdarğa kündız tamaq, medbike baqylauy men "
    "qarym-qatynas ūsynatyn kündızgı kütım ortalyqtaryn aşudy ūsynamyz."),
  note="informal vs official Latin; 'every district centre' vs three named districts")
case("paraphrase",
  P("AQ08a","kk","Asyq atu dene şynyqtyru sabağynda",
    "Qazır balalar aulada asyq oinamaidy, bū ūlttyq oiyn ūmytylyp barady. Bastauyş synyptardyñ dene "
    "şynyqtyru sabağynda toqsanyna keminde bır ret asyq atu sabağyn ötkızu kerek."),
  P("AQ08b","kk","Mektepte asyk atudy uiretu",
    "Ulttyk oiyndardy mekteptegi sabakka engizu kerek: 1–4 synyp okushylary dene shynyktyru sabaghynda "
    "asyk atudy uirenip, mektep ishinde zharys otkizsin. Ol ushin ar mektepke asyk zhinaghyn satyp alu kerek."),
  note="ask last vs ask first; 'bastauysh synyp' = grades 1-4")
case("paraphrase",
  P("AQ09a","kk","Jalğyz qarttarğa qysqy kömek",
    "Qysta Taldyqorğannyñ jeke üilerınde tūratyn jalğyz qariialar kömır tasyp, qar kürei almaidy. Mektep "
    "pen kolledj eriktılerınen toptar qūryp, olarğa äkımdık aptasyna bır ret kölık bölse, bū toptar "
    "qariialardyñ aulasyn tazalap, kömırın üige kırgızer edı."),
  P("AQ09b","kk","Volonterlerge kolik berinder",
    "Zhalgyz turatyn kariialarga komektesetin zhastar kop, birak olar shetki koshelerge zhaiau zhete "
    "almaidy. Akimdik kys mezgilinde volonter toptaryna aptasyna bir kunge mashina berse, olar zhalgyz "
    "kariialardyn komirin tasyp, kar tazalap beredi."),
  note="eriktı = volonter, kölık = mashina; ask in a conditional in both, different emphasis")
case("paraphrase",
  P("AQ10a","ru","Бесплатный семейный медиатор при разводе",
    "Многие пары с детьми подают на развод после первой серьёзной ссоры, и никто не предлагает им "
    "поговорить с посредником. Предлагаем, чтобы суд и ЗАГС в Талдыкоргане направляли супругов с "
    "несовершеннолетними детьми к бесплатному семейному медиатору до рассмотрения заявления."),
  P("AQ10b","ru","Примирение до развода",
    "Каждой семье с детьми, которая разводится, нужна бесплатная встреча с профессиональным медиатором. "
    "Оплачивать её может областной бюджет, а направление выдавать при подаче иска: часть браков удалось бы "
    "сохранить, а остальные спокойно договорились бы о детях."))
case("paraphrase",
  P("AQ11a","ru","Алименты с доходов таксистов и курьеров",
    "Многие должники по алиментам работают водителями в такси-агрегаторах и курьерами и официально нигде "
    "не числятся. Нужно обязать агрегаторы удерживать алименты из выплат таким исполнителям по "
    "исполнительному листу и перечислять их напрямую получателю."),
  P("AQ11b","ru","Платформы должны удерживать алименты",
    "Сейчас отец может годами не платить на ребёнка, хотя каждый день получает деньги через приложение "
    "доставки или такси. Предлагаем закрепить в законе: по запросу судебного исполнителя платформа сама "
    "удерживает алименты из заработка водителя или курьера."))
case("paraphrase",
  P("AQ12a","ru","Открыть стадион для горожан",
    "Центральный стадион Талдыкоргана большую часть дня закрыт, и бегать людям приходится вдоль проезжей "
    "части. Просим открыть беговые дорожки стадиона для всех жителей бесплатно утром с 6 до 9 и вечером "
    "после 19 часов."),
  P("AQ12b","ru","Беговые дорожки — всем желающим",
    "Любители бега и скандинавской ходьбы просят пускать их на центральный стадион в часы, когда там нет "
    "тренировок и матчей: рано утром и вечером. Вход должен быть свободным и бесплатным."),
  note="hours in digits vs 'early morning and evening'")
case("paraphrase",
  P("AQ13a","ru","Кто преподаёт основы религиоведения",
    "Курс «Светскость и основы религиоведения» в 9 классе часто ведут историки или учителя физкультуры для "
    "добора часов. Предлагаем, чтобы этот предмет вели только учителя, прошедшие специальную подготовку по "
    "религиоведению."),
  P("AQ13b","ru","Подготовить учителей религиоведения",
    "О религии и деструктивных течениях школьникам должен рассказывать знающий человек, а не случайный "
    "учитель. Нужно организовать переподготовку учителей, которые ведут школьный курс основ религиоведения, "
    "и не допускать к нему тех, кто её не прошёл."))
case("paraphrase",
  P("AQ14a","en","Lights on outdoor courts",
    "Outdoor basketball and workout courts in Taldykorgan's yards are dark after 8 pm, so teenagers either "
    "hang around in the dark or go home. We ask the akimat to install lighting on these courts so they can "
    "be used until 11 pm."),
  P("AQ14b","en","Keep yard sports grounds lit in the evening",
    "In autumn and winter it gets dark early and the sports grounds in residential yards stand empty. Put "
    "floodlights on the public courts, with timers that switch them off at 23:00."),
  note="11 pm vs 23:00; court = sports ground")
case("paraphrase",
  P("AQ15a","en","Summer camp vouchers for large families",
    "Families with four or more children can rarely afford a summer camp, which costs about 150,000 tenge "
    "per child. The region should give each child from a large family one free camp voucher every summer."),
  P("AQ15b","en","Free summer camps for children of large families",
    "Let children from large families go to a summer camp at the state's expense once a year: many of them "
    "never leave their village during the holidays."),
  note="terse vs full with a price")

# ---------------- cross-language, written independently, no translation supplied
case("cross",
  P("AQ16a","kk","Kolledjderde teologtarmen kezdesu",
    "Jastardy dını radikalizmge tartu köbıne äleumettık jelıde bolady, al kolledj studentterımen bū turaly "
    "eşkım söilespeidı. Oblystağy är kolledjde aiyna bır ret teologtar men psihologtardyñ studenttermen "
    "aşyq kezdesuın ūiymdastyru kerek."),
  P("AQ16b","ru","Профилактика экстремизма в колледжах",
    "Предлагаем каждый месяц проводить во всех колледжах области Жетісу встречи студентов с теологами и "
    "психологами в формате открытого разговора, а не лекции. Именно студенты колледжей чаще всего попадают "
    "под влияние вербовщиков через соцсети."))
case("cross",
  P("AQ17a","kk","Azhyraskan ata-ana balasymen kezdesetin bolme",
    "Azhyraskannan keiin kop ake balasyn tek sot sheshimimen koredi, al kezdesetin oryn zhok: ne dalada, ne "
    "kafede. Audandyk akimdikterde psiholog katysatyn, balamen kezdesuge arnalgan zhaily bolme ashu kerek."),
  P("AQ17b","ru","Комнаты для встреч с детьми после развода",
    "Когда суд определил порядок общения с ребёнком, отцу или матери часто негде с ним спокойно "
    "встретиться, а бывшие супруги ссорятся при передаче ребёнка. Нужны комнаты для таких встреч при "
    "отделах соцзащиты, с психологом, который присутствует при необходимости."))
case("cross",
  P("AQ18a","kk","Sport vaucherı auyl balalaryna da",
    "Memlekettık sport vaucherın qazır tek qaladağy seksiialar alady, al auylda jeke seksiia joqtyñ qasy. "
    "Vaucherdı auyl mektepterı janyndağy seksiialarğa da beru kerek, sonda auyl balalary da tegın "
    "şūğyldanady."),
  P("AQ18b","ru","Спортивный ваучер — и сельским детям",
    "В сёлах области ребёнок не может воспользоваться ваучером на спортивную секцию, потому что в список "
    "поставщиков входят только городские клубы. Прошу разрешить оплачивать ваучером секции, которые "
    "работают при сельских школах и домах культуры."))
case("cross",
  P("AQ19a","kk","Auyl meshitterin gazga kosu",
    "Eskeldi audanyndagy kop auyl meshiti kysta komirmen zhylytylady, namaz okityndar suykta otyrady, al "
    "kosheden gaz kubyry otip zhatyr. Gaz tartylgan auyldardagy meshitterdi gazga kosudy audan akimdigi oz "
    "moinyna alsa eken."),
  P("AQ19b","ru","Газ для сельских мечетей",
    "Во многих сёлах Ескельдинского района газ уже проведён, но мечети по-прежнему топят углём: денег на "
    "подключение у общины нет. Просим включить мечети в районную программу подключения социальных объектов "
    "к газу."))
case("cross",
  P("AQ20a","kk","Jaña şağyn audandarda aldymen balabaqşa",
    "Taldyqorğannyñ jaña şağyn audandarynda myñdağan päter berıldı, al bır de balabaqşa joq, balalardy "
    "qalanyñ ekınşı şetıne aparamyz. Jaña türğyn üi keşenın paidalanuğa berer aldynda sol jerde balabaqşa "
    "salynuy mındettı boluy kerek."),
  P("AQ20b","ru","Сначала детский сад, потом дома",
    "Застройщиков нужно обязать сдавать детский сад одновременно с жилым кварталом. В новых микрорайонах "
    "Талдыкоргана семьи уже живут, а ближайший садик — в нескольких километрах, и очередь в него на два года."))
case("cross",
  P("AQ21a","kk","Tosek tartyp zhatkan ata-anasyn kutetinderge zhardemaky",
    "Auyr naukas ata-anasyna kuni-tuni karap otyrgan balalary zhumys istei almaidy, tabysy zhok. Tosek "
    "tartyp zhatkan kariiany kutip otyrgan otbasy mushesine ai saiyn memleketten kutim zhardemakysyn "
    "toleu kerek."),
  P("AQ21b","ru","Пособие за уход за лежачими родителями",
    "Предлагаем платить ежемесячное пособие сыну или дочери, которые ухаживают за лежачим пожилым "
    "родителем и из-за этого не могут работать. Сейчас такие люди остаются без дохода и без пенсионного "
    "стажа."))
case("cross",
  P("AQ22a","kk","Är auylda qysqy muz aidyny",
    "Qysta auyl balalary üide telefonğa üñılıp otyrady, barar jerı joq. Mektep aulasynda ne stadionda qys "
    "saiyn muz aidynyn qūiyp, oğan su men jaryqty auyldyq okrug äkımı qamtamasyz etuı kerek."),
  P("AQ22b","ru","Каток в каждом селе",
    "Зимой детям в сёлах области Жетісу некуда пойти. Пусть сельские акиматы каждый год заливают "
    "открытый каток на школьном дворе или стадионе, с освещением, — это почти ничего не стоит."))
case("cross",
  P("AQ23a","kk","Ar bala zhuzudi uirensin",
    "Zhaz saiyn Karatal ozeninde zhane kolderde zhuze almaityn balalar sugha batyp ketedi. Taldykorgan "
    "mektepterinin 2-synyp okushylaryna kalalyk basseinde tegin zhuzu sabaghyn otkizu kerek."),
  P("AQ23b","ru","Бесплатное обучение плаванию второклассников",
    "Предлагаем всех второклассников Талдыкоргана бесплатно учить плаванию в городском бассейне в рамках "
    "уроков физкультуры. Каждое лето в Каратале и в озёрах тонут дети, которые не умеют плавать."))
case("cross",
  P("AQ24a","kk","Neke qiiu — AHAJ-da tırkelgennen keiın",
    "Keibır jastar tek meşıtte neke qiyp, azamattyq nekenı tırkemeidı, ajyrasqanda äiel men bala eşqandai "
    "qūqyqsyz qalady. İmamdar neke qiiar aldynda AHAJ-da tırkelgenı turaly kuälıktı talap etuı kerek."),
  P("AQ24b","ru","Никах — только после регистрации брака",
    "Нужно, чтобы имамы проводили обряд никах только тем парам, которые уже зарегистрировали брак в ЗАГСе. "
    "Иначе при расставании женщина с детьми не может доказать своё право на долю в имуществе."))
case("cross",
  P("AQ25a","kk","Taldykorganda oblystyk shakhmat mektebi",
    "Oblysta shakhmatpen ainalysatyn talantty balalar kop, birak mykty zhattyktyrushy zhok, zharyska "
    "Almatygha baramyz. Taldykorganda grossmeister sabak beretin oblystyk shakhmat mektebin ashu kerek."),
  P("AQ25b","en","A regional chess school in Taldykorgan",
    "Set up a regional chess school in Taldykorgan with a grandmaster or international master as head coach. "
    "Gifted children from Zhetisu region now have to travel to Almaty for serious training and tournaments."))
case("cross",
  P("AQ26a","kk","Tekelıdegı mädeniet üiın jastar ortalyğyna beru",
    "Tekelı qalasyndağy eskı mädeniet üiı bırneşe jyldan berı bos tūr, al jastar keşke köşede jür. Osy "
    "ğimaratty jöndep, ışınde sport zaly, üiırmeler men kıtaphanasy bar jastar ortalyğyn aşu kerek."),
  P("AQ26b","en","A youth centre in Tekeli's old culture house",
    "The building of the former house of culture in Tekeli is still solid. We propose that the akimat "
    "repair it and hand it over to a youth centre: teenagers in the town now spend their evenings in the "
    "streets or in gaming clubs."))
case("cross",
  P("AQ27a","kk","Eriktilerge tegin algashky komek kursy",
    "Zhastar volonterlikke koptep keledi, birak adamga algashky komek korsetudi bilmeidi. Volonter "
    "ortalyktarynda tirkelgen ar zhas eriktige algashky meditsinalyk komek boiynsha tegin kurs otkizip, "
    "sertifikat beru kerek."),
  P("AQ27b","en","First aid training for young volunteers",
    "Every young volunteer who registers at a volunteer centre in the region should get a free first aid "
    "course ending with a certificate. Volunteers work at marathons, floods and city events, and most of "
    "them would not know what to do if someone collapsed."))
case("cross",
  P("AQ28a","kk","Auyldarğa jasandy jabyndy futbol alañy",
    "Sarqan jäne Aqsu audandarynyñ auyldarynda balalar şañ dalada dop qualaidy, jañbyr jausa oiyn toqtaidy. "
    "Halqy myñnan asatyn är auylda jasandy jabyny bar şağyn futbol alañyn salu kerek."),
  P("AQ28b","en","Mini-football pitches for villages",
    "Every village with more than a thousand residents should have a small football pitch with artificial "
    "grass and a fence. In Sarkand and Aksu districts kids play on dusty wasteland."))
case("cross",
  P("AQ29a","ru","Букмекеры — прочь от детского спорта",
    "Букмекерские компании спонсируют юношеские турниры и размещают рекламу на детских стадионах, а "
    "подростки с 14 лет начинают делать ставки. Предлагаем запретить букмекерам спонсировать детско-юношеские "
    "команды и соревнования."),
  P("AQ29b","en","No betting sponsors in youth sport",
    "Ban betting companies from sponsoring children's and youth teams, tournaments and school sports events. "
    "Their logos on kids' shirts teach teenagers that gambling is normal."))
case("cross",
  P("AQ30a","ru","Центр поддержки родителей подростков",
    "Родители не знают, что делать, когда подросток замыкается, прогуливает школу или сидит ночами в "
    "телефоне. Нужен центр в Талдыкоргане, где родители могут бесплатно посещать занятия с психологом и "
    "получать консультации."),
  P("AQ30b","en","Free classes for parents of teenagers",
    "We propose free weekly parenting classes, run by psychologists, for mothers and fathers of teenagers at "
    "a family support centre in Taldykorgan. Many parents look for help only when their child is already in "
    "trouble with the police."))
case("cross",
  P("AQ31a","ru","Автобус для районных спортшкол",
    "Команды районных детско-юношеских спортивных школ ездят на областные соревнования на попутках или за "
    "деньги родителей. Каждой районной ДЮСШ нужен свой автобус."),
  P("AQ31b","en","Buses for district youth sports schools",
    "Give every district youth sports school in Zhetisu region its own bus. At present parents pay for "
    "minibuses to take children to regional competitions, and some teams simply stay at home."))
case("cross",
  P("AQ32a","ru","Летние курсы Корана — только при мечетях",
    "Летом в сёлах появляются частные курсы по изучению Корана для детей в квартирах и частных домах, и "
    "никто не знает, кто там преподаёт. Такие курсы должны проводиться только при зарегистрированных "
    "мечетях ДУМК по утверждённой программе."),
  P("AQ32b","en","Children's Quran classes only at registered mosques",
    "Religious classes for children in the summer should be held only at officially registered mosques, "
    "with teachers approved by the Spiritual Administration of Muslims of Kazakhstan. Home courses run by "
    "unknown people should be stopped."))
case("cross",
  P("AQ33a","kk","Mugedektigi bar balalargha sport seksiiasy",
    "Taldykorganda mugedektigi bar balalargha arnalghan birde-bir tegin sport seksiiasy zhok. Paralimpiadalyk "
    "sport turlerinen seksiialar ashyp, balalardy uiden zhattyghugha tegin taksimen tasu kerek."),
  P("AQ33b","ru","Адаптивный спорт для детей с инвалидностью",
    "Просим открыть в Талдыкоргане бесплатные секции адаптивного спорта для детей с инвалидностью — "
    "плавание, бочча, настольный теннис — и организовать их подвоз на занятия."),
  P("AQ33c","en","Adaptive sport for disabled children",
    "Children with disabilities in Taldykorgan have no free sports section at all. Open adaptive sport "
    "groups with trained coaches, and a social taxi to bring the children to training."),
  note="triple kk/ru/en")

# ---------------- traps: opposite ask with shared wording (must never merge)
case("trap-polarity",
  P("AQ34a","kk","Toidağy ışımdık",
    "Auyldyq mädeniet üilerı toiğa jalğa berıledı, toidan keiın töbeles te bolyp tūrady. Osyndai toilarda "
    "alkogoldı ışımdık ışuge rūqsat beru kerek."),
  P("AQ34b","kk","Toidağy ışımdık",
    "Auyldyq mädeniet üilerı toiğa jalğa berıledı, toidan keiın töbeles te bolyp tūrady. Osyndai toilarda "
    "alkogoldı ışımdık ışuge tyiym salu kerek."),
  note="kk allow vs ban")
case("trap-polarity",
  P("AQ35a","kk","Zhasospirimder zhane kokpar",
    "Audandyk kokpar turnirlerinde komandalar zhas shabandozdardy kop shygharady. 16 zhaska tolmaghan "
    "zhasospirimder ulken kokpar zharysyna katysuy kerek."),
  P("AQ35b","kk","Zhasospirimder zhane kokpar",
    "Audandyk kokpar turnirlerinde komandalar zhas shabandozdardy kop shygharady. 16 zhaska tolmaghan "
    "zhasospirimder ulken kokpar zharysyna katyspauy kerek."),
  note="kk -uy kerek vs -mauy kerek")
case("trap-polarity",
  P("AQ36a","kk","Dene şynyqtyru sabağynyñ sağaty",
    "Oquşylar künı boiy partada, üide telefonda otyrady. Mektepte dene şynyqtyru sabağynyñ aptalyq "
    "sağatyn köbeitu kerek."),
  P("AQ36b","kk","Dene şynyqtyru sabağynyñ sağaty",
    "Oquşylar künı boiy partada, üide telefonda otyrady. Mektepte dene şynyqtyru sabağynyñ aptalyq "
    "sağatyn azaitu kerek."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("AQ37a","ru","Тренажёрные залы и дети до 14 лет",
    "Сейчас каждый тренажёрный зал сам решает, пускать ли школьников. Предлагаем разрешить детям до 14 лет "
    "заниматься в тренажёрных залах под присмотром тренера."),
  P("AQ37b","ru","Тренажёрные залы и дети до 14 лет",
    "Сейчас каждый тренажёрный зал сам решает, пускать ли школьников. Предлагаем запретить детям до 14 лет "
    "заниматься в тренажёрных залах, даже под присмотром тренера."),
  note="ru allow vs ban")
case("trap-polarity",
  P("AQ38a","ru","Штраф за подростков на улице ночью",
    "Родители подростков, которые находятся на улице после 23:00 без взрослых, платят штраф. Предлагаем "
    "увеличить размер этого штрафа."),
  P("AQ38b","ru","Штраф за подростков на улице ночью",
    "Родители подростков, которые находятся на улице после 23:00 без взрослых, платят штраф. Предлагаем "
    "уменьшить размер этого штрафа."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("AQ39a","en","Guest numbers at weddings in culture houses",
    "Toi costs push young families into debt. Weddings held in village culture houses should be limited "
    "to 200 guests."),
  P("AQ39b","en","Guest numbers at weddings in culture houses",
    "Toi costs push young families into debt. Weddings held in village culture houses should not be "
    "limited to 200 guests."),
  note="en should vs should not")

# ---------------- traps: same ask, different number (must never merge)
case("trap-number",
  P("AQ40a","kk","Köp balaly otbasy märtebesı",
    "Qazır köp balaly otbasy märtebesı tört baladan bastap berıledı. Bū märtebenı üş balasy bar otbasylarğa "
    "da beru kerek."),
  P("AQ40b","kk","Köp balaly otbasy märtebesı",
    "Qazır köp balaly otbasy märtebesı tört baladan bastap berıledı. Bū märtebenı bes balasy bar "
    "otbasylarğa beru kerek."),
  note="three vs five children (words)")
case("trap-number",
  P("AQ41a","kk","Kop balaly otbasylargha balabaksha tolemakysy",
    "Kop balaly otbasylar balabakshagha tolemakyny tolyk toleidi. Olardyn balalary ushin balabaksha "
    "tolemakysyn 50 paiyzgha azaitu kerek."),
  P("AQ41b","kk","Kop balaly otbasylargha balabaksha tolemakysy",
    "Kop balaly otbasylar balabakshagha tolemakyny tolyk toleidi. Olardyn balalary ushin balabaksha "
    "tolemakysyn 30 paiyzgha azaitu kerek."),
  note="50 vs 30 per cent")
case("trap-number",
  P("AQ42a","ru","Алименты на студентов",
    "Когда ребёнку исполняется 18 лет, алименты прекращаются, даже если он учится очно и не работает. "
    "Предлагаем взыскивать алименты до 21 года, пока ребёнок учится на очном отделении."),
  P("AQ42b","ru","Алименты на студентов",
    "Когда ребёнку исполняется 18 лет, алименты прекращаются, даже если он учится очно и не работает. "
    "Предлагаем взыскивать алименты до 23 лет, пока ребёнок учится на очном отделении."),
  note="21 vs 23 years")
case("trap-number",
  P("AQ43a","en","Paid leave for new fathers",
    "Fathers in Kazakhstan have no separate paid leave when a baby is born. Every father should get 10 days "
    "of paid leave after the birth of a child."),
  P("AQ43b","en","Paid leave for new fathers",
    "Fathers in Kazakhstan have no separate paid leave when a baby is born. Every father should get 30 days "
    "of paid leave after the birth of a child."),
  note="10 vs 30 days")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("AQ44a","kk","Ortalyq stadionnyñ tribunalary",
    "Taldyqorğannyñ ortalyq stadionyndağy tribunalardyñ oryndyqtary synyp, töbesı ağyp tūr. Oblys äkımdıgı "
    "tribunalardy kelesı mausymğa deiın jöndeuı kerek."),
  P("AQ44b","kk","Mektep okushylary futbolgha tegin kirsin",
    "Taldykorgannyn ortalyk stadionynda «Zhetisu» komandasynyn oiyndaryna mektep okushylaryn tegin "
    "kirgizu kerek, sonda balalar sportka kobirek kyzyghady."),
  note="central stadium: repair the stands vs free entry for pupils")
case("distinct",
  P("AQ45a","kk","Ortalyk meshit kasyndaghy kolik keptelisi",
    "Zhuma namazy kezinde Taldykorgannyn ortalyk meshiti manyndaghy koshede kolik "
    "kepteledi. Zhuma kunderi osy zherde zhol polisiiasy kozghalysty retteui zhane meshit "
    "kasynda avtoturak salynuy kerek."),
  P("AQ45b","en","Wheelchair access to the central mosque",
    "Elderly worshippers and people in wheelchairs cannot get into the central mosque in Taldykorgan: there "
    "are only steep steps. Build a ramp at the entrance and a lift to the women's prayer hall upstairs."),
  note="central mosque: Friday traffic and parking vs ramp and lift")
case("distinct",
  P("AQ46a","en","A recording studio at the youth centre",
    "Young musicians in Taldykorgan pay private studios to record a single song. Equip a small recording "
    "studio at the city youth centre that they can book for free."),
  P("AQ46b","en","Career advice for young people without work or study",
    "The city youth centre should run a careers desk for young people who neither work nor study: help "
    "with CVs, free short courses and contacts with employers."),
  note="youth centre: studio vs careers desk")
case("distinct",
  P("AQ47a","ru","Видеокамеры в детских садах",
    "Родители хотят видеть, что происходит с ребёнком в группе. Предлагаем установить видеокамеры во всех "
    "группах государственных детских садов с доступом для родителей через приложение."),
  P("AQ47b","en","A nurse in every village kindergarten",
    "Many village kindergartens in Zhetisu region have no nurse: a sick child waits for hours until the "
    "parents come. Every kindergarten should have a nurse on staff."),
  note="kindergartens: cameras vs nurse")
case("distinct",
  P("AQ48a","ru","Открытый список должников по алиментам",
    "Многие злостные должники по алиментам спокойно устраиваются на новую работу, и никто о них не знает. "
    "Предлагаем публиковать на сайте судебных исполнителей список тех, кто не платит алименты больше "
    "полугода."),
  P("AQ48b","en","Free lawyers for alimony claims",
    "Mothers in villages often give up on alimony because they cannot pay a lawyer to file a claim. The state "
    "should provide free legal aid to any parent going to court for child support."),
  note="alimony: public list of debtors vs free legal aid")
