# A forum "Khantau" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/recbook/merge/), docs/, README.md, the tests (tests/), any other
# bench/*.py script or any dedupe output or score, and to be run ONCE. Nothing here was tuned on a
# run; recbook and dedupe were not run. Only bench/data/make_eval.py (generator and format), the first
# 100 lines of forum_torgai_cases.py (format example), the header comments (first 45 lines) of the
# other bench/data/forum_*_cases.py files (to avoid their topics, asks and voices) and
# /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Field: CULTURE, HERITAGE AND THE STATE LANGUAGE (a field the tool's authors did not write for).
# Voice: LONG TEXTS BY EXPERTS - museum curators, archivists, restorers, archaeologists, philologists
# and translators, members of onomastics commissions, film producers, lawyers of musicians, folk
# craftsmen and music teachers - at a national forum on culture and the state language in Turkistan:
# 3-5 sentences each, context (a figure, a site, a law or an institution) first, the ask SOMEWHERE IN
# THE MIDDLE, then the justification or what follows from it; some asks marked («Ұсынамыз ...»,
# «Предлагаем ...», "We propose ..."), most not. Paraphrase partners are written as by two different
# experts: another argument, other examples and other words for the same ask. Official names where
# they exist (Мәдениет және ақпарат министрлігі, Республикалық ономастика комиссиясы, «Қазақфильм»,
# Ұлттық киноны қолдау мемлекеттік орталығы; Государственный центр поддержки национального кино;
# the Ministry of Culture and Information). Some numbers in digits, some in words. kk 38, ru 36, en 23
# of 97 proposals.
# Topics (chosen so the other forums' headers do not list them; Oiyl already covers theatre tours to
# Aktobe districts, the Atyrau restoration workshop and Yasawi audio guides, Nura the Karlag archives
# and Begazy-Dandybai, Ertis village culture houses, Syr dombyra clubs, Balqash cinema subtitles and
# digital local-history archives, Irgiz the Kazakh stock of Kostanay libraries, Emba street names in
# Aktau, so those asks were left out): children's magazines in Kazakh, Kazakh dubbing of cartoons,
# free phone photography in archive reading rooms, royalty distribution reports, certified restorers
# and traditional materials for mausoleums; hearing residents before renaming a place, master and
# apprentice grants for craftsmen, free audiobooks of Kazakh classics, petroglyph sites in the
# register with protection zones, surtitles in Kazakh theatres, open scoring of film applications,
# music licences for restaurants and toi halls, copying Kazakh documents in Russian archives, climate
# control in museum storerooms, an open database of renamings; conservation of the Kozy Korpesh -
# Bayan Sulu mausoleum, finds kept in regional museums, original Kazakh animated series, one
# transliteration of place names on road signs, projectors in village clubs, recording elderly küi
# performers, fines for defacing rock art, royalties for songs at akimat concerts, grants for
# translating Kazakh fiction abroad, a simple tax regime for craftsmen, declassifying famine-era files,
# a debut quota in film funding, full Kazakh museum labels, Kazakh subtitles on streaming services,
# training restorers, tax relief for owners of historic houses, historians on onomastics commissions,
# the heritage register online (kk/ru/en); traps on drones at mausoleums, merging village libraries
# with culture houses, the Kazakh share on TV, metal detecting at ancient sites, the state order for
# Kazakh books, dombyra lessons in primary school; number traps on district performances (a year),
# archive replies (days), museum digitisation (per cent), the state share of a film budget (per
# cent); look-alikes on Sauran, the terminology of the state language, rare manuscripts, Kazakhfilm
# and regional theatres.
# Kinds and counts (48 cases, 97 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 10 same-language pairs written as by two
# different experts (kk 4, ru 4, en 2: another argument, other examples and words, ask placed
# elsewhere); cross 18 cases = 20 cross-language pairs with NO translation supplied (kk/ru 9, kk/en 4,
# ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow vs ban,
# -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban, increase vs reduce; en: should vs
# should not); trap-number 4 (performances, days, per cent, per cent); distinct 5 (same topic,
# different asks). No singletons: the kinds above already give 97 proposals.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_khantau_cases.py /work/wt/blind/forum_khantau.yaml

# ---------------- exact, spelling and homoglyph variants
_K01 = ("Детские журналы на казахском языке «Балдырған» и «Ақ желкен» выходят десятилетиями, но их тиражи "
        "упали в несколько раз, а в сельские школы они почти не доходят. Предлагаем включить подписку на "
        "казахскоязычные детские журналы в государственный информационный заказ и оплачивать её для каждой "
        "сельской школьной библиотеки. Ребёнок, который в семь лет читает журнал на родном языке, потом не "
        "переходит целиком на чужой контент в телефоне.")
case("exact",
  P("KH01a","ru","Детские журналы на казахском", _K01),
  P("KH01b","ru","Подписка на «Балдырған» для сельских школ", _K01))
case("spelling",
  P("KH02a","kk","Мультфильмдерді қазақ тіліне дубляждау",
    "Бүгінгі балалар күніне үш-төрт сағат мультфильм көреді, бірақ оның басым бөлігі орыс не ағылшын тілінде. "
    "Танымал шетелдік мультфильмдерді қазақ тіліне кәсіби дубляждауға жыл сайын мемлекеттік тапсырыс "
    "бөлінуі керек. Дубляж сапалы болса, бала тілді ойын арқылы меңгереді, ал ата-ана оған балама іздеп "
    "әуре болмайды."),
  P("KH02b","kk","Мултфильмдерді қазақ тіліне дубляждау",
    "Бүгінгі балалар күніне үш-төрт сағат мултфильм көреді, бірақ оның басым бөлігі орыс не ағылшын тілінде. "
    "Танымал шетелдік мультфильмдерді казақ тіліне кәсіби дубыляждауға жыл сайын мемлекеттік тапсырыс "
    "бөлінуі керек. Дубляж сапалы болса, бала тілді ойын арқылы меңгереді, ал ата-ана оған балама іздеп "
    "әуре болмайды."))
case("spelling",
  P("KH03a","ru","Бесплатная фотосъёмка в читальных залах архивов",
    "Исследователь, работающий с фондами областного архива, платит за каждую копию листа, и диссертация "
    "обходится в сотни тысяч тенге. Нужно разрешить бесплатно фотографировать документы в читальных залах "
    "государственных архивов на собственный телефон, без вспышки. Так давно делают архивы многих стран, и "
    "сохранности документов это не вредит."),
  P("KH03b","ru","Бесплатная фотосьёмка в читальных залах архивов",
    "Исследователь, работающий с фондами областного архива, платит за каждую копию листа, и диссертация "
    "обходится в сотни тысяч тенге. Нужно разрешить бесплатно фотографировать документы в читальных залах "
    "государственных архивов на собственный телефон, без вспышки. Так давно делают архивы многих стран, и "
    "сохраннсти докуметов это не вредит."))
case("spelling",
  P("KH04a","en","Royalty distribution reports",
    "Songwriters in Kazakhstan hand their rights to collecting societies but rarely know how much was "
    "collected for their songs or why they received what they did. Collecting societies should publish a "
    "yearly report showing, for each rights holder, the royalties collected and paid out. Without that, "
    "trust in collective management will keep falling and musicians will keep licensing nothing."),
  P("KH04b","en","Royalty distribution reports",
    "Songwriters in Kazakhstan hand their rights to collecting societies but rarely know how much was "
    "collected for their songs or why they received what they did. Collecting societies should publish a "
    "yearly report showing, for each rights holder, the royalites collected and paid out. Without that, "
    "trust in collective managment will keep falling and musicians will keep licensing nothing."))
_K05t = "Кесенелерді тек аттестатталған реставраторлар қалпына келтірсін"
_K05 = ("Соңғы жылдары бірнеше ортағасырлық кесене «жөндеу» кезінде зауыт кірпішімен қапталып, цемент "
        "ерітіндісімен сыланды, сөйтіп түпнұсқа келбетінен айырылды. Ескерткіштерді қалпына келтіру жұмысына "
        "тек аттестатталған реставраторлар жіберілуі және дәстүрлі материалдар – күйдірілген кірпіш пен ганч "
        "қолданылуы тиіс. Мердігерді ең арзан баға бойынша таңдау мұраны жойып жатыр.")
case("homoglyph",
  P("KH05a","kk",_K05t,_K05),
  P("KH05b","kk",homo(_K05t, 3),homo(_K05, 2)))

# ---------------- paraphrases, one language each (written as by two different experts)
case("paraphrase",
  P("KH06a","kk","Атау өзгертпес бұрын тұрғындардан сұрау",
    "Соңғы бес жылда облыста ондаған ауылдың атауы өзгерді, ал тұрғындар бұл туралы жаңа мөрден біліп жатыр. "
    "Елді мекеннің атауын өзгерту туралы ұсыныс ономастика комиссиясына жіберілмес бұрын міндетті түрде "
    "ашық жиналыста талқыланып, тұрғындардың пікірі сұралуы керек. Халық таныған атау ғана тұрақтайды."),
  P("KH06b","kk","Ауыл атауы – ауыл халқының шешімі",
    "Тарихи атауды қайтару – игі іс, бірақ кейде жергілікті тарихқа қатысы жоқ атаулар жоғарыдан беріледі. "
    "Ұсынамыз: кез келген қайта атау алдында сол ауылда қоғамдық тыңдау өткізіп, нәтижесін ономастика "
    "комиссиясының қарауына бірге ұсыну. Сонда комиссия мүшелері тұрғындардың көзқарасын біліп барып дауыс "
    "береді."),
  note="two onomasts: renamed villages vs imposed names; consult residents = public hearing")
case("paraphrase",
  P("KH07a","kk","«Шебер – шәкірт» гранты",
    "Киіз басу, сүйек ою, зергерлік сияқты қолөнердің көзі ашық шеберлері көбіне жетпістен асқан, ал олардан "
    "үйренуге келетін жастар аз. Шебер өз өнерін екі-үш шәкіртке үйретсе, оған әрі шәкірттеріне екі жылдық "
    "мемлекеттік грант төленетін бағдарлама керек. Жапония мен Кореяда дәл осындай жүйе дәстүрлі өнерді "
    "сақтап қалды."),
  P("KH07b","kk","Қолөнерді ұстаздан шәкіртке жалғау",
    "Біздің зергерлер мен ершілер жұмысын кітаптан емес, қол ұстасып үйренген. Ұсынысым – ұлттық қолөнер "
    "шеберіне шәкірт тәрбиелегені үшін стипендия, ал шәкіртке оқу кезеңінде ай сайын ақы тағайындау. "
    "Әйтпесе он жылдан кейін киіз үй сүйегін иетін адам табылмауы мүмкін."),
  note="foreign example vs a bleak forecast; grant vs stipend and monthly pay")
case("paraphrase",
  P("KH08a","kk","Қазақ классикасының тегін аудиокітаптары",
    "Жастар мен жол жүрушілер кітапты көбіне құлақпен тыңдайды, ал қазақ тіліндегі аудиокітаптар саусақпен "
    "санарлық. Абай, Мұхтар Әуезов, Ілияс Есенберлин шығармаларын кәсіби актерлерге оқытып, тегін "
    "платформаға орналастыру керек. Авторлық құқығы мемлекетте не мұрагерлерде болса да, оны мемлекеттік "
    "тапсырыс арқылы шешуге болады."),
  P("KH08b","kk","Классика – құлаққа",
    "Көлікте жүргізуші, зауытта жұмысшы кітап оқи алмайды, бірақ тыңдай алады. Қазақ әдебиетінің алтын қорын "
    "дыбыстап, кез келген адам ақысыз жүктей алатын аудиокітап түрінде жариялауды ұсынамыз. Бұл – тіл "
    "үйреніп жүргендерге де таптырмас құрал."),
  note="named authors vs 'golden fund'; listeners named differently")
case("paraphrase",
  P("KH09a","kk","Петроглифтерді ескерткіштер тізіміне енгізу",
    "Жетісу мен Ұлытаудағы жүздеген петроглиф орнының тек бір бөлігі ғана мемлекеттік тізімде тұр. Барлық "
    "зерттелген таңбалы тастар жергілікті маңызы бар тарих және мәдениет ескерткіштерінің тізіміне "
    "енгізіліп, әрқайсысының қорғау аймағы бекітілуі керек. Тізімде жоқ ескерткішті карьер не жол "
    "құрылысынан заң қорғай алмайды."),
  P("KH09b","kk","Жартас суреттеріне заңдық мәртебе",
    "Археологтар тапқан жартас суреттерінің көбі қағаз жүзінде ешкімдікі емес: оларды бульдозер бұзса да, "
    "жауап беретін адам жоқ. Осы орындарды тарихи-мәдени мұра объектілерінің мемлекеттік тізіміне қосып, "
    "айналасына қорғау шекарасын белгілеу қажет. Бұл жұмыс облыстық мәдениет басқармаларына жүктелсін."),
  note="rock art = petroglyphs; list = register; zone = boundary")
case("paraphrase",
  P("KH10a","ru","Титры на спектаклях казахских театров",
    "В Алматы и Астане казахские театры ставят сильные спектакли, но русскоязычный зритель и туристы туда "
    "почти не ходят. Предлагаем ввести на спектаклях казахских театров бегущую строку с переводом на русский "
    "и английский язык. Это расширит аудиторию и не заставит театр играть на другом языке."),
  P("KH10b","ru","Перевод над сценой",
    "Молодые горожане, которые ещё учат казахский, стесняются идти на спектакль, потому что боятся ничего не "
    "понять. Экран с синхронными субтитрами над сценой — на русском, а для гостей и на английском — решил бы "
    "эту проблему. Начать можно с репертуарных спектаклей академических театров."),
  note="audience outside vs learners of Kazakh; surtitles = бегущая строка")
case("paraphrase",
  P("KH11a","ru","Открытые оценки экспертов по фильмам",
    "Каждый год Государственный центр поддержки национального кино распределяет миллиарды тенге, а "
    "кинематографисты узнают только итоговый список победителей. Необходимо публиковать баллы каждого "
    "эксперта по каждой заявке и протоколы заседаний. Тогда отказ можно будет понять и оспорить."),
  P("KH11b","ru","Прозрачный отбор кинопроектов",
    "Когда проект отклоняют без объяснений, режиссёр не знает, что исправлять. Мы просим раскрывать "
    "оценочные листы экспертного совета и протоколы, по которым решается государственное финансирование "
    "фильмов. Непрозрачность порождает слухи о «своих» продюсерах, которые вредят всей отрасли."),
  note="the budget figure vs the director's view; scores = evaluation sheets")
case("paraphrase",
  P("KH12a","ru","Лицензии на музыку в ресторанах и тойханах",
    "В тойханах каждую неделю звучат сотни песен казахстанских авторов, но до самих авторов доходят крохи. "
    "Нужен единый реестр публичного исполнения, по которому рестораны и тойханы платят за музыку, а "
    "деньги распределяются по фактически звучавшим песням. Сейчас суммы договорные и никем не проверяются."),
  P("KH12b","ru","Роялти с тоев — авторам",
    "Композитор, чья песня звучит на каждой свадьбе, живёт на гонорары с концертов. Предлагаем обязать "
    "заведения общепита и банкетные залы вести учёт исполняемой музыки и платить авторское вознаграждение "
    "через единую систему. Иначе авторское право на музыку остаётся на бумаге."),
  note="toi halls vs banquet halls; a register vs a single system")
case("paraphrase",
  P("KH13a","ru","Копии документов о казахах из российских архивов",
    "Огромный пласт документов по истории Казахской степи XVIII–XIX веков хранится в архивах Оренбурга, "
    "Омска и Казани. Предлагаем государственную программу систематического копирования этих фондов и "
    "передачи цифровых копий в Центральный государственный архив. Наши историки не могут годами ездить в "
    "командировки."),
  P("KH13b","ru","Вернуть историю степи в цифре",
    "Дела Пограничной комиссии и омских областных правлений до сих пор известны лишь по выпискам. Нужно "
    "договориться с российскими архивами о сплошной оцифровке документов по истории казахов и получить их "
    "копии для казахстанских архивов. Это дешевле, чем поездки каждого исследователя."),
  note="cities named vs fonds named; copying = digitising")
case("paraphrase",
  P("KH14a","en","Climate control in museum storerooms",
    "Many regional museums keep textiles, felt and manuscripts in basements where humidity swings with the "
    "seasons. The Ministry of Culture and Information should fund climate control and monitoring in the "
    "storerooms of every regional museum. Objects that are already cracking and moulding cannot wait for "
    "new buildings."),
  P("KH14b","en","Storage conditions before exhibitions",
    "We spend on showcases while the collections behind them rot. Stable temperature and humidity in museum "
    "storage rooms, with sensors and dehumidifiers, must come first, and regional museums cannot pay for "
    "this on their own. A state programme for this would save thousands of items."),
  note="context then ask vs blunt opening; climate control = temperature and humidity")
case("paraphrase",
  P("KH15a","en","An open database of renamings",
    "Since independence thousands of villages, districts and streets have been renamed, and old documents "
    "keep referring to names nobody can find. We propose an open online database of every renaming, with "
    "the old and new names, the date and the decision. Notaries, archivists and families tracing "
    "ancestors would all use it."),
  P("KH15b","en","Where did this village go?",
    "A birth certificate from 1978 names a village that no longer appears on any map. The onomastics "
    "commissions should publish a searchable register of former and current place names, with the reasons "
    "and dates of each change. Such a list exists only in paper files today."),
  note="general context vs a personal case; database = register")

# ---------------- cross-language pairs, written independently, NO translation supplied
case("cross",
  P("KH16a","kk","Қозы Көрпеш – Баян сұлу кесенесін сақтау",
    "Аягөз маңындағы Қозы Көрпеш – Баян сұлу кесенесі – Қазақстандағы ең көне ескерткіштердің бірі, оның "
    "тас қабырғалары жел мен жаңбырдан жыл сайын мүжіліп барады. Кесенені кешенді консервациялап, үстіне "
    "қорғаныш шатыр салу мәселесін шешу қажет. Әйтпесе жырдағы махаббаттың куәсі көз алдымызда құлайды."),
  P("KH16b","ru","Консервация мавзолея Козы Корпеш — Баян сулу",
    "Мавзолей Козы Корпеш — Баян сулу в Абайской области разрушается: кладка выветривается, внутрь попадают "
    "осадки. Мы предлагаем провести научную консервацию памятника и защитить его навесом, как это сделано "
    "на многих раскопах. Затраты несоизмеримы с потерей памятника, который упоминается в эпосе."))
case("cross",
  P("KH17a","ru","Находки — в музеи своих областей",
    "Почти все находки крупных экспедиций уезжают в фонды столичных институтов и музеев. Считаем, что "
    "археологические находки должны передаваться в музей той области, где их нашли, если он может обеспечить "
    "хранение. Тогда жители видят свою историю, а областной музей получает посетителей."),
  P("KH17b","kk","Олжалар өз өңірінде қалсын",
    "Түркістан, Жамбыл облыстарында қазылған қалашықтардың олжалары Алматы мен Астанаға кетіп, жергілікті "
    "музейде тек фотосы тұрады. Археологиялық олжалар табылған облыстың музейіне берілсін, тек сақтау "
    "жағдайы болса болғаны. Бұл туризмге де, жастардың тарихқа қызығуына да пайдалы."))
case("cross",
  P("KH18a","kk","Төл қазақ анимациялық сериалдары",
    "Дубляж жақсы, бірақ бала бәрібір бөтен кейіпкерлер мен бөтен мәдениетті көреді. Қазақ ертегілері мен "
    "батырлары туралы төл анимациялық сериалдар түсіруге жыл сайын тұрақты қаржы бөлу керек. Бір сериалдың "
    "кейіпкерлері ойыншық пен кітапқа айналып, тұтас индустрия туады."),
  P("KH18b","ru","Собственные мультсериалы на казахском",
    "Казахстанские студии анимации умеют делать качественный продукт, но живут от одного разового гранта до "
    "другого. Необходимо ежегодное государственное финансирование оригинальных мультсериалов на казахском "
    "языке по мотивам наших сказок и эпоса. Только регулярный выпуск серий удерживает детскую аудиторию."))
case("cross",
  P("KH19a","ru","Единая транслитерация топонимов на дорожных знаках",
    "На одной трассе можно встретить «Кызылорда», «Qyzylorda» и «Kyzylorda» — в зависимости от того, кто "
    "ставил знак. Нужен единый утверждённый стандарт написания казахских географических названий латиницей и "
    "кириллицей на дорожных указателях и картах. Без него путаются и навигаторы, и туристы."),
  P("KH19b","kk","Жол белгілеріндегі атаулар бір ережемен жазылсын",
    "Жол белгілері мен карталарда бір елді мекеннің атауы әр түрлі жазылып жүр. Қазақ жер-су атауларын "
    "латын және кирилл әріптерімен жазудың бір ғана бекітілген үлгісі болуы керек, барлық жол белгілері "
    "соған сәйкес ауыстырылсын. Бұл – мемлекеттік тілдің беделі."))
case("cross",
  P("KH20a","kk","Ауылдық клубтарға кинопроектор",
    "Көп ауылда кинотеатр жоқ, ал клубтың залы жылына бірер мерекеде ғана толады. Ауылдық мәдениет үйлерін "
    "заманауи кинопроектор мен экранмен жабдықтап, отандық фильмдерді апта сайын көрсетуді ұсынамыз. "
    "«Қазақфильмнің» жаңа туындылары ауыл көрерменіне осылай жетеді."),
  P("KH20b","ru","Кинопоказы в сельских клубах",
    "Новые казахстанские фильмы видят только в городах, хотя в каждом селе есть зал клуба. Предлагаем "
    "оснастить сельские дома культуры цифровыми проекторами и экранами для регулярных показов отечественного "
    "кино. Это оживит клубы и даст прокату новую аудиторию."))
case("cross",
  P("KH21a","ru","Записать старых кюйши, пока не поздно",
    "Исполнителей, которые знают редкие региональные школы кюя — токпе, шертпе, — осталось несколько десятков, "
    "многим за восемьдесят. Нужна экспедиция по записи их исполнения в хорошем звуке и видео с передачей "
    "записей в национальный фонд. Каждая смерть такого музыканта — потерянные кюи."),
  P("KH21b","kk","Көнекөз күйшілердің орындауын жазып алу",
    "Фольклортанушылар ретінде ескертеміз: халық күйлерін ұстаздан естіп үйренген жетпіс-сексен жастағы "
    "күйшілердің қатары жыл сайын сиреп барады. Облыстарды аралап, олардың орындауын бейне мен аудиоға "
    "кәсіби түрде жазып, ұлттық мұрағатқа сақтау керек. Бұл жазбалар болашақ домбырашыларға таптырмас оқулық."))
case("cross",
  P("KH22a","kk","Жартас суреттерін бүлдіргенге айыппұл",
    "Тамғалы мен Ешкіөлместе жартас суреттерінің үстіне аты-жөнін жазып, бояумен сурет салатындар көбейді. "
    "Петроглифтерді бүлдіргені үшін айыппұлды айтарлықтай көбейтіп, қайталанса қылмыстық жауапкершілік "
    "қарастыру керек. Үш мың жылдық суретті қалпына келтіру мүмкін емес."),
  P("KH22b","ru","Ответственность за порчу наскальных рисунков",
    "Граффити поверх петроглифов стало массовым явлением у популярных туристических мест. Предлагаем "
    "существенно повысить штрафы за повреждение наскальных изображений, а за повторное — ввести уголовную "
    "ответственность. Восстановить утраченный рисунок невозможно, значит, должна работать профилактика."))
case("cross",
  P("KH23a","ru","Авторские на городских праздниках",
    "Акиматы проводят десятки праздничных концертов в год, где звучат песни живых казахстанских "
    "композиторов. Организаторы государственных концертов должны платить авторам вознаграждение за "
    "использование их песен — через бюджет мероприятия. Государство не может само нарушать авторское право."),
  P("KH23b","kk","Әкімдік концерттеріндегі әндердің авторлары",
    "Мемлекеттік мерекелерде көрермен жатқа айтатын әндердің авторларына бір тиын да тимейді. Әкімдіктер "
    "ұйымдастыратын концерттерде орындалатын әндер үшін авторлық сыйақы міндетті түрде төленсін. Бұл "
    "шығынды іс-шара сметасына алдын ала енгізуге болады."))
case("cross",
  P("KH24a","kk","Қазақ әдебиетін шет тілдерге аударуға грант",
    "Әлем оқырманы қазақ әдебиетін Абай мен Әуезовтан ары білмейді, ал бүгінгі жазушыларымыз аударма таппай "
    "отыр. Қазіргі қазақ прозасы мен поэзиясын шет тілдерге аударатын аудармашылар мен шетелдік "
    "баспаларға арнайы грант бағдарламасы керек. Корей және түрік әдебиеті әлемге дәл осылай шықты."),
  P("KH24b","ru","Гранты на перевод казахской литературы",
    "Зарубежные издатели готовы выпускать книги из Центральной Азии, но не платят за перевод с малых языков. "
    "Предлагаем программу грантов на перевод современной казахской литературы на иностранные языки, "
    "доступную и переводчикам, и иностранным издательствам. Это самый дешёвый способ мягкой силы."))
case("cross",
  P("KH25a","kk","Қолөнершілерге жеңілдетілген салық режимі",
    "Ауылда киіз басып, ершік жасап отырған шебер өнімін сатамын десе, ИП ашып, есеп тапсыруға мәжбүр. "
    "Өз қолымен жасаған бұйымын сататын қолөнершілер үшін ең жеңіл, декларациясыз арнайы салық режимі "
    "енгізілуі керек. Сонда олар көлеңкеден шығып, жәрмеңкелерге ашық қатыса алады."),
  P("KH25b","en","A simple tax regime for craftsmen",
    "Folk craftsmen who sell their own felt, leather and silver work are treated like any small business. "
    "We propose a special simplified tax regime for artisans selling handmade goods, with no reporting beyond "
    "a fixed fee. Most of them are elderly village people who will otherwise stay informal or stop."))
case("cross",
  P("KH26a","en","Declassify famine-era files",
    "Scholars of the 1930s famine still cannot see many records of the security services and district "
    "party committees. These archives should be fully declassified and opened to researchers, with finding "
    "aids published. A nation that lost so many people deserves to know how it happened."),
  P("KH26b","kk","Ашаршылық жылдарының құжаттарын құпиясыздандыру",
    "Ашаршылық пен қуғын-сүргін жылдарына қатысты мұрағат құжаттарының едәуір бөлігі әлі күнге жабық. "
    "Ұсынамыз: 1930 жылдардағы ашаршылыққа қатысты барлық құжатты құпиясыздандырып, зерттеушілерге толық "
    "ашу. Шындықты білмей тұрып тарихи әділдікті қалпына келтіру мүмкін емес."))
case("cross",
  P("KH27a","kk","Дебют фильмдеріне жеке квота",
    "Жас режиссерлер тәжірибелі продюсерлермен бір конкурсқа түсіп, жиі жеңіліп қалады. Ұлттық киноны "
    "қолдау мемлекеттік орталығының қаржысынан тұңғыш фильмдерге арналған жеке квота бөлінсін. Әлемдегі "
    "кино мектептерінің бәрі жаңа есімдерді осылай ашады."),
  P("KH27b","en","A quota for debut films",
    "Festival winners from Kazakhstan are often first-time directors, yet state film funding mostly goes to "
    "established names. A fixed part of the national cinema support centre's budget should be reserved for "
    "debut feature films. Otherwise the next generation will leave for advertising."))
case("cross",
  P("KH28a","en","Complete Kazakh labels in museums",
    "In several museums the Kazakh label is a single line while the Russian and English ones tell the full "
    "story. Every exhibit label should carry the complete text in Kazakh, with Russian and English alongside. "
    "A visitor reading the state language should not get less information."),
  P("KH28b","kk","Музей жазбалары қазақша толық болсын",
    "Кейбір музейлерде экспонат жанындағы қазақша жазу бір сөйлеммен шектеліп, толық мәлімет орысша ғана "
    "беріледі. Барлық экспонаттың түсініктемесі қазақ тілінде толық жазылып, орыс және ағылшын тілдеріндегі "
    "мәтін қатар берілуі керек. Мемлекеттік тілде оқитын келушінің құқығы тең болуы тиіс."))
case("cross",
  P("KH29a","ru","Казахские субтитры на стриминговых сервисах",
    "Международные стриминговые платформы зарабатывают в Казахстане, но казахские субтитры есть у единиц "
    "фильмов. Нужно обязать крупные онлайн-кинотеатры, работающие на нашем рынке, давать казахские "
    "субтитры или озвучку к заметной части каталога. Для языка это важнее, чем новые квоты на ТВ."),
  P("KH29b","en","Kazakh subtitles on streaming",
    "Teenagers now watch films on streaming services, not TV. Large streaming platforms serving "
    "Kazakhstan should provide Kazakh subtitles or dubbing for a substantial share of their catalogue. "
    "Local translators are available and the cost is small next to their revenue here."))
case("cross",
  P("KH30a","en","Train our own restorers",
    "Kazakhstan has no full university programme in architectural and museum restoration, so big projects "
    "hire foreign teams. We propose opening a restoration degree at a national university, with state grants "
    "and internships at real sites. Heritage cannot depend on visiting specialists forever."),
  P("KH30b","ru","Подготовка реставраторов в Казахстане",
    "Реставраторов высшей категории в стране считанные единицы, и средний их возраст за шестьдесят. "
    "Необходимо открыть в одном из вузов специальность «реставрация памятников и музейных предметов» с "
    "государственным грантом. Иначе реставрация будет доставаться случайным строительным подрядчикам."))
case("cross",
  P("KH31a","ru","Налоговые льготы владельцам исторических зданий",
    "Купеческие дома старого Верного и Семипалатинска находятся в частной собственности и ветшают, потому "
    "что реставрация по требованиям охраны стоит втрое дороже обычного ремонта. Предлагаем освобождать "
    "владельцев памятников от налога на имущество на время реставрации и компенсировать часть затрат. Иначе "
    "собственнику выгоднее дождаться, пока здание рухнет."),
  P("KH31b","en","Tax relief for owners of listed houses",
    "Owners of listed merchant houses in Almaty and Semey must follow strict rules but get nothing in "
    "return. Property-tax relief and partial reimbursement of restoration costs would change that. Many "
    "European cities saved their old centres exactly this way."))
case("cross",
  P("KH32a","en","Historians on onomastics commissions",
    "Regional onomastics commissions are made up mostly of officials, and decisions sometimes ignore local "
    "history. At least half of each commission's members should be historians, linguists and local "
    "historians. Names chosen by experts last longer than names chosen by a department."),
  P("KH32b","ru","Краеведы в ономастических комиссиях",
    "В областных ономастических комиссиях большинство — чиновники акиматов, а краеведов приглашают "
    "от случая к случаю. Нужно, чтобы учёные-историки, лингвисты и краеведы составляли не меньше половины "
    "членов комиссии. Тогда переименования будут обоснованы, а не случайны."))
case("cross",
  P("KH33a","kk","Ескерткіштер тізімі ашық картада",
    "Тарих және мәдениет ескерткіштерінің мемлекеттік тізімі бүгін тек PDF түрінде, координатасыз жарияланған. "
    "Тізімдегі әр нысанды координатасы, суреті және қорғау аймағы көрсетілген ашық онлайн картаға "
    "орналастыру қажет. Құрылыс жобалаушылар мен туристер ескерткіштің қай жерде екенін бірден көреді."),
  P("KH33b","ru","Открытая карта памятников",
    "Застройщики нередко «не знают», что рядом с участком памятник, потому что государственный список не "
    "привязан к местности. Государственный список памятников истории и культуры нужно выложить онлайн "
    "с координатами, фотографиями и границами охранных зон. Это дешёвая и эффективная защита."),
  P("KH33c","en","The heritage register online",
    "Local historians regularly find listed monuments ploughed up or built over. Publishing the state "
    "register of historical and cultural monuments as an open online map, with coordinates, photographs "
    "and protective zones, would help everyone from farmers to planners avoid damage. Several "
    "neighbouring countries already publish such maps."))

# ---------------- opposite-meaning traps (shared wording)
case("trap-polarity",
  P("KH34a","kk","Кесене маңында дрон ұшыру",
    "Түркістан өңіріндегі кесенелерге келетін туристер мен блогерлер көбейді. Тарихи кесенелердің "
    "үстінде және маңында дрон ұшыруға рұқсат берілуі керек. Бұл мәселе келушілер ережесінде нақты жазылсын."),
  P("KH34b","kk","Кесене маңында дрон ұшыру",
    "Түркістан өңіріндегі кесенелерге келетін туристер мен блогерлер көбейді. Тарихи кесенелердің "
    "үстінде және маңында дрон ұшыруға тыйым салынуы керек. Бұл мәселе келушілер ережесінде нақты жазылсын."))
case("trap-polarity",
  P("KH35a","kk","Ауылдық кітапхана мен мәдениет үйі",
    "Көп ауылда кітапхана мен клуб екі бөлек ғимаратта, екеуі де жартылай бос тұр. Ауылдық кітапханалар "
    "мәдениет үйлерімен бір мекемеге біріктірілуі керек. Бұл шешім ауыл тұрғындарымен ақылдасып қабылдансын."),
  P("KH35b","kk","Ауылдық кітапхана мен мәдениет үйі",
    "Көп ауылда кітапхана мен клуб екі бөлек ғимаратта, екеуі де жартылай бос тұр. Ауылдық кітапханалар "
    "мәдениет үйлерімен бір мекемеге біріктірілмеуі керек. Бұл шешім ауыл тұрғындарымен ақылдасып қабылдансын."))
case("trap-polarity",
  P("KH36a","kk","Телеарналардағы қазақ тілінің үлесі",
    "Заң телеарналардағы мемлекеттік тілдегі бағдарламалардың ең төменгі үлесін белгілейді. Бұл міндетті "
    "үлесті арттыру керек. Өзгеріс арналарға дайындалуға уақыт беріп, кезең-кезеңімен енгізілсін."),
  P("KH36b","kk","Телеарналардағы қазақ тілінің үлесі",
    "Заң телеарналардағы мемлекеттік тілдегі бағдарламалардың ең төменгі үлесін белгілейді. Бұл міндетті "
    "үлесті азайту керек. Өзгеріс арналарға дайындалуға уақыт беріп, кезең-кезеңімен енгізілсін."))
case("trap-polarity",
  P("KH37a","ru","Металлоискатели на городищах",
    "Любители с металлоискателями каждое лето выходят на курганы и средневековые городища. Предлагаем "
    "разрешить поиск с металлоискателем на территории археологических памятников. Правила должны быть "
    "понятны и местным жителям, и туристам."),
  P("KH37b","ru","Металлоискатели на городищах",
    "Любители с металлоискателями каждое лето выходят на курганы и средневековые городища. Предлагаем "
    "запретить поиск с металлоискателем на территории археологических памятников. Правила должны быть "
    "понятны и местным жителям, и туристам."))
case("trap-polarity",
  P("KH38a","ru","Госзаказ на книги на казахском языке",
    "Издательства, выпускающие книги на казахском языке, во многом живут за счёт государственного заказа. "
    "Объём госзаказа на издание книг на казахском языке следует увеличить. Решение стоит принять до "
    "утверждения бюджета на следующий год."),
  P("KH38b","ru","Госзаказ на книги на казахском языке",
    "Издательства, выпускающие книги на казахском языке, во многом живут за счёт государственного заказа. "
    "Объём госзаказа на издание книг на казахском языке следует сократить. Решение стоит принять до "
    "утверждения бюджета на следующий год."))
case("trap-polarity",
  P("KH39a","en","Dombyra lessons in primary school",
    "Music lessons in primary school are the only contact many children have with a live instrument. "
    "Dombyra lessons should be compulsory for every pupil in grades 1-4. Schools would need time to find "
    "teachers and instruments."),
  P("KH39b","en","Dombyra lessons in primary school",
    "Music lessons in primary school are the only contact many children have with a live instrument. "
    "Dombyra lessons should not be compulsory for every pupil in grades 1-4. Schools would need time to "
    "find teachers and instruments."))

# ---------------- number traps (same ask, different figure)
case("trap-number",
  P("KH40a","kk","Облыстық театрдың аудандарға гастрольдері",
    "Түркістан облысының аудан орталықтарындағы көрермен кәсіби театрды жылына бір рет те көрмейді. "
    "Облыстық драма театры аудан орталықтарында жылына кемінде 10 қойылым көрсетуі керек. Жол шығыны "
    "облыс бюджетінен өтелсін."),
  P("KH40b","kk","Облыстық театрдың аудандарға гастрольдері",
    "Түркістан облысының аудан орталықтарындағы көрермен кәсіби театрды жылына бір рет те көрмейді. "
    "Облыстық драма театры аудан орталықтарында жылына кемінде 20 қойылым көрсетуі керек. Жол шығыны "
    "облыс бюджетінен өтелсін."))
case("trap-number",
  P("KH41a","ru","Сроки ответа на архивные запросы",
    "Справку о стаже или о реабилитации родственника из госархива ждут месяцами. Архивы должны "
    "исполнять социально-правовые запросы граждан не дольше 15 календарных дней. Для сложных запросов "
    "допустимо одно продление с уведомлением."),
  P("KH41b","ru","Сроки ответа на архивные запросы",
    "Справку о стаже или о реабилитации родственника из госархива ждут месяцами. Архивы должны "
    "исполнять социально-правовые запросы граждан не дольше 30 календарных дней. Для сложных запросов "
    "допустимо одно продление с уведомлением."))
case("trap-number",
  P("KH42a","en","Yearly digitisation of museum collections",
    "Most objects in regional museums have never been photographed or described online. Each regional "
    "museum should digitise at least 10% of its collection every year. Progress should be published in "
    "the museum's annual report."),
  P("KH42b","en","Yearly digitisation of museum collections",
    "Most objects in regional museums have never been photographed or described online. Each regional "
    "museum should digitise at least 25% of its collection every year. Progress should be published in "
    "the museum's annual report."))
case("trap-number",
  P("KH43a","en","State share of a Kazakh-language film budget",
    "Private investors rarely back Kazakh-language feature films because the box office is small. The "
    "state should cover up to 50% of the production budget of such films. The rest would come from "
    "producers and sponsors."),
  P("KH43b","en","State share of a Kazakh-language film budget",
    "Private investors rarely back Kazakh-language feature films because the box office is small. The "
    "state should cover up to 70% of the production budget of such films. The rest would come from "
    "producers and sponsors."))

# ---------------- distinct asks on one topic
case("distinct",
  P("KH44a","kk","Сауранда қазба жұмысына тұрақты қаржы",
    "Сауран қалашығында археологиялық қазба жылдан жылға қаржы бар-жоғына қарай ашылып-жабылады. Қазба "
    "жұмысына кемінде бес жылға бекітілген тұрақты қаржы бөлінуі керек. Үзіліс кезінде ашылған қабаттар "
    "жаңбырдан бұзылады."),
  P("KH44b","kk","Сауранға жол көрсеткіштері мен ақпарат тақталары",
    "Сауранға келген туристер қалашықты тас жолдан таппай, қайта бұрылып кетеді. Трассадан қалашыққа "
    "дейін жол көрсеткіштерін және ескерткіш ішінде үш тілде ақпарат тақталарын орнату қажет. Түркістанға "
    "келген қонақтың бір күні осында өтуі мүмкін."))
case("distinct",
  P("KH45a","kk","Бекітілген терминдер онлайн-сөздікке",
    "Терминология комиссиясы жаңа терминдерді бекітеді, бірақ олар жұртқа жылдар өткен соң жетеді. "
    "Комиссия бекіткен әр термин бір апта ішінде ресми онлайн-сөздікке енгізілуі керек. Сонда аудармашылар "
    "мен журналистер әркім өзінше сөз ойлап таппайды."),
  P("KH45b","kk","Заң жобалары алдымен қазақ тілінде жазылсын",
    "Заңдардың қазақша мәтіні көбіне орысшадан асығыс аударылады, сондықтан түсініксіз тіркестер көп. "
    "Заң жобалары бастапқыда мемлекеттік тілде әзірленіп, орыс тіліндегі нұсқасы кейін дайындалуы керек. "
    "Заң тілі қазақша ойлай бастағанда ғана жанданады."))
case("distinct",
  P("KH46a","ru","Электронный доступ к редкому фонду",
    "В редком фонде Национальной библиотеки хранятся издания на арабской графике и ранние казахские газеты, "
    "но увидеть их можно только в читальном зале в Алматы. Предлагаем оцифровать редкий фонд и открыть к "
    "нему бесплатный электронный доступ. Исследователям из регионов и из-за рубежа не придётся ехать."),
  P("KH46b","ru","Выкуп казахских рукописей у частных лиц",
    "В семьях до сих пор хранятся рукописи на тоте и арабской графике: родословные, дастаны, письма. "
    "Нужна государственная программа поиска и выкупа таких рукописей у частных владельцев с передачей в "
    "библиотечные фонды. Многие семьи готовы отдать, но никто не спрашивает."))
case("distinct",
  P("KH47a","ru","Реставрация фильмов «Казахфильма»",
    "Многие фильмы «Казахфильма» 1950–1980-х годов сохранились только на ветшающей плёнке. Необходима "
    "программа цифровой реставрации классики киностудии в высоком разрешении. Без неё часть фильмов мы "
    "потеряем уже в ближайшие годы."),
  P("KH47b","ru","Детская киностудия при «Казахфильме»",
    "Школьники снимают ролики на телефон, но профессиональному кино их никто не учит. Предлагаем открыть при "
    "«Казахфильме» бесплатную детскую киностудию с курсами режиссуры и операторского мастерства. Так "
    "студия вырастит своё будущее поколение."))
case("distinct",
  P("KH48a","en","New stage equipment for regional theatres",
    "Regional drama theatres still work with lighting and sound systems from the 1980s. They need new stage "
    "lighting and sound equipment funded by the state. Touring productions from the capital cannot even "
    "plug in there."),
  P("KH48b","en","Rental housing for regional actors",
    "Young graduates of the theatre academy refuse jobs in regional theatres because they cannot afford "
    "rent. Regional akimats should give actors flats from the municipal rental stock. A theatre without "
    "young actors will not survive another decade."))
