# A forum "Torgai" (held out entirely): written BLIND for issue 9's twelfth pass, without seeing the
# merge rules (src/recbook/merge/), docs/, README.md, the tests (tests/), any other bench/*.py script
# or any dedupe output or score, and to be run ONCE, as an outside measure of the twelfth pass.
# Nothing here was tuned on a run; recbook and dedupe were not run. Only bench/data/make_eval.py
# (generator and format), the first 60 lines of forum_ertis_cases.py (format example; plus one grep
# hit at its line 76 showing a homo() call), the header comments (first 40 lines) of the other
# bench/data/forum_*_cases.py files (to avoid their topics, asks and voices) and
# /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Voice: FARMERS, RURAL AKIMS, ECOLOGISTS AND WATER USERS at a regional agrarian and environmental
# forum of Kostanay, Akmola, North Kazakhstan, Kyzylorda, Zhambyl and East Kazakhstan regions: plain,
# not bureaucratic, medium texts (1-4 sentences) and a few terse titles ("Бирки для скота",
# "Pesticide canisters"); figures (hectares, tenge, tonnes, per cent, days, kilometres, head of
# cattle) mostly in the CONTEXT, some in digits, some in words. kk 40, ru 35, en 22 of 97 proposals.
# Emphasis: CROSS-LANGUAGE duplicates written independently, as two groups in different languages
# would write the same ask (other sentence order, other details and figures, ask first or last),
# never translated word by word, and with NO translation supplied.
# Topics (chosen so the other forums' headers do not list them): fencing and mapping anthrax burial
# sites, automatic agro-weather stations per rural okrug, paying the elite-seed subsidy at purchase,
# bird-protection covers on 10 kV lines near Korgalzhyn and Naurzum, quarantine weeds on road verges;
# ownerless field shelterbelts, livestock and future harvest as collateral at the Agrarian Credit
# Corporation, gravel for village roads cut off by the spring thaw, certified slaughter points,
# winter fish kills and aeration holes, Soviet pesticide stores, artificial insemination points,
# silt clearing of irrigation canals, take-back of pesticide containers, bird-flu vaccination of
# backyard poultry; grain storage sleeves, a drought fodder reserve, free soil testing, crop damage
# by stray cattle, field rodents, organic certification costs, leasing used machinery, free ear tags,
# district farm-advice centres, carcass incinerators, no-till drills, a maral-antler lab in Oskemen,
# long lake leases for fishing cooperatives, free satellite crop maps, Saturday farmers' fairs, a
# fertiliser depot in Kyzylorda region, pasture rotation, veterinary points with vaccine fridges;
# traps on wind farms on arable land, approval of sowing plans, wolf quotas, winter net fishing,
# the pedigree-bull subsidy, vet certificates for flocks on summer pastures, unused farmland (years),
# sand mining on the Syr Darya (metres), subsidy review (days), carp fry for Lake Zaisan (millions);
# look-alikes on young farmers, irrigation canals, the Korgalzhyn reserve, hay, seeds.
# Kinds and counts (48 cases, 97 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 10 same-language pairs written as by two
# different people (kk 4, ru 4, en 2: other context, reordering, a conditional vs an imperative, a
# terse title vs a full one, digits vs words, one text adding a figure); cross 18 cases = 20
# cross-language pairs with NO translation supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en
# triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow vs ban, -уы керек vs -мауы керек,
# increase vs reduce; ru: allow vs ban, increase vs reduce; en: should vs should not be required);
# trap-number 4 (years, metres, working days, millions of fry); distinct 5 (same topic, different
# asks). No singletons: the kinds above already give 97 proposals.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_torgai_cases.py /work/wt/blind/forum_torgai.yaml

# ---------------- exact, spelling and homoglyph variants
_T01 = ("В Жамбылской области на учёте больше ста семидесяти сибиреязвенных захоронений, и у многих из них "
        "ограждения давно растащили на металлолом, а предупреждающих табличек нет. Рядом пасут скот и "
        "распахивают землю, фермеры часто даже не знают, где проходит граница. Просим акимат области за два "
        "года восстановить ограждения и знаки на всех захоронениях и выложить их координаты на открытую карту.")
case("exact",
  P("TG01a","ru","Сибиреязвенные захоронения", _T01),
  P("TG01b","ru","Ограждение скотомогильников", _T01))
case("spelling",
  P("TG02a","kk","Әр ауылдық округке агрометеостанция",
    "Атбасар, Жақсы және Есіл аудандарында ауа райы бекеттері бір-бірінен жүз шақырымнан алыс тұр, сондықтан "
    "фермерлер егу мен орақ мерзімін көршісінің айтқанына қарап шешеді. Әр ауылдық округке кемінде бір "
    "автоматты метеостанция орнатып, оның деректерін фермерлерге тегін қолжетімді ету керек."),
  P("TG02b","kk","Әр ауылдық округке агрометеостанцыя",
    "Атбасар, Жақсы және Есіл аудандарында ауа райы бекеттері бір-бірінен жүз шақырымнан алыс тұр, сондықтан "
    "фемерлер егу мен орақ мерзімін көршісінің айтқанына қарап шешеді. Әр ауылдық округке кемінде бір "
    "автоматы метеостанцыя орнатып, оның деректрін фермерлерге тегін қолжетімді ету керек."))
case("spelling",
  P("TG03a","ru","Субсидия на элитные семена — при покупке",
    "Сейчас субсидию на элитные семена пшеницы фермер получает только осенью, через полгода после покупки, а "
    "весной вынужден брать деньги в долг под 20 % годовых. Предлагаем выплачивать субсидию сразу при покупке "
    "семян: продавец получает её напрямую, а фермер платит только свою часть цены."),
  P("TG03b","ru","Субсидия на элитные семина — при покупке",
    "Сейчас субсидю на элитные семена пшенцы фермер получает только осенью, через полгода после покупки, а "
    "весной вынужден брать деньги в долг под 20 % годовых. Предлагаем выплачивать субсидию сразу при покупке "
    "семмян: продавец получает её напрямую, а фермер платит только свою часть цены."))
case("spelling",
  P("TG04a","en","Bird protection on power lines near the reserves",
    "Steppe eagles and saker falcons die on 10 kV power poles around Korgalzhyn and Naurzum: volunteers found "
    "more than three hundred electrocuted birds in a single season. We ask the regional grid companies to fit "
    "bird protection covers on every pole within five kilometres of both reserves by 2028."),
  P("TG04b","en","Bird protecton on power lines near the reserves",
    "Steppe eagles and saker falkons die on 10 kV power poles around Korgalzhyn and Naurzum: volonteers found "
    "more than three hundred electrocutted birds in a single season. We ask the regional grid companies to fit "
    "bird protection covers on every pole within five kilometres of both reserfes by 2028."))
_T05t = "Жол жиегіндегі карантиндік арамшөптер"
_T05 = ("Шу, Мерке және Қордай аудандарында автожол бойындағы жерлерде жатаған кекіре мен амброзия жыл сайын "
        "кеңейіп, көрші егістікке өтіп жатыр. Жол жиектерін жол қызметі мен аудан әкімдіктері бірлесіп, "
        "арамшөп тұқым шашқанға дейін, маусымның соңына дейін өңдеуі керек.")
case("homoglyph",
  P("TG05a","kk",_T05t,_T05),
  P("TG05b","kk",homo(_T05t, 3),homo(_T05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("TG06a","kk","Иесіз қалған орман белдеулері",
    "Қостанай облысындағы егістікті желден қорғайтын орман белдеулерінің көбі 1990 жылдардан бері ешкімнің "
    "балансында жоқ: оларды отынға кесіп, өртеп жібереді. Бұл белдеулерді аудан әкімдіктерінің балансына алып, "
    "қурап қалған жерлеріне жаңа көшет отырғызу керек."),
  P("TG06b","kk","Қорғаныш орман белдеулерін сақтап қалайық",
    "Жел эрозиясы жыл сайын топырақтың құнарлы қабатын ұшырып әкетеді, ал оны тоқтататын ағаш белдеулері иесіз "
    "тұр. Ұсынысымыз: Қостанай облысында қараусыз қалған қорғаныш белдеулерін жергілікті әкімдіктерге беру және "
    "олардың сиреген бөліктерін жыл сайын қайта отырғызу."),
  note="ask last vs 'Ұсынысымыз:'; balance of akimats = handed to akimats")
case("paraphrase",
  P("TG07a","kk","Аграрлық несие корпорациясы кепілге малды қабылдасын",
    "Ұсақ шаруа қожалықтарының көбінде кепілге қоятын үй не жер жоқ, сондықтан Аграрлық несие корпорациясынан "
    "несие ала алмайды. Корпорация кепіл ретінде шаруашылықтағы малды және болашақ өнімді, мысалы, келісімшарт "
    "бойынша сатылатын астықты қабылдауы керек."),
  P("TG07b","kk","Шағын фермерге несие кепілсіз қолжетімсіз",
    "Солтүстік Қазақстан облысында 40 басқа дейін ірі қарасы бар фермер Аграрлық несие корпорациясына барса, "
    "одан жылжымайтын мүлік кепілін талап етеді. Мал мен алдағы егіннің өнімін кепілге алуға рұқсат берілсе, "
    "мыңдаған шағын шаруашылық жеңілдікті несие ала алар еді."),
  note="imperative vs conditional")
case("paraphrase",
  P("TG08a","kk","Көктемде ауылға жол жоқ",
    "Қар еріген кезде Тимирязев және Ақжар аудандарындағы шалғай ауылдарға баратын қара жолдар екі-үш аптаға "
    "батпаққа айналады: сүт тасығыш көлік те, жедел жәрдем де өте алмайды. Аудан орталығына апаратын осы "
    "жолдарды 2027 жылға дейін қиыршық таспен төсеу керек."),
  P("TG08b","kk","Шалғай ауылдардың жолын қиыршық таспен жабу",
    "Солтүстік Қазақстан облысының Тимирязев, Ақжар аудандарындағы шағын ауылдар әр көктемде жиырма күндей "
    "сыртқы дүниеден оқшау қалады. Облыс әкімдігінен аудан орталығына дейінгі топырақ жолдарды қиыршық таспен "
    "төсеуді сұраймыз, әйтпесе науқасты трактормен тасуға тура келеді."))
case("paraphrase",
  P("TG09a","kk","Әр ауданға мал сою пункті",
    "Қызылорда облысында талапқа сай мал сою пункттері бірен-саран ғана, сондықтан шаруалар малды үйде сойып, "
    "етті базарда ветеринариялық құжатсыз сатуға мәжбүр. Әр ауданда кемінде бір сертификатталған сою пунктін "
    "салуды ұсынамыз."),
  P("TG09b","kk","Етті заңды сату үшін сою алаңы керек",
    "Жалағаш пен Қазалыдағы мал иелері етті базарға заңды өткізу үшін малды облыс орталығына дейін 150–200 "
    "шақырым тасиды. Әр аудан орталығында ветеринариялық талаптарға сай сою алаңы ашылса, ет те қауіпсіз болар "
    "еді, шаруаның шығыны да азаяр еді."))
case("paraphrase",
  P("TG10a","ru","Заморы рыбы на озёрах",
    "Почти каждую зиму на озёрах Северо-Казахстанской области случаются заморы: в прошлом году только на "
    "Шалкаре и Имантау погибли десятки тонн карася и сазана. Предлагаем обязать пользователей рыбохозяйственных "
    "водоёмов с января по март держать аэрационные лунки и проруби, а инспекцию — проверять это."),
  P("TG10b","ru","Аэрация озёр зимой",
    "Когда лёд толстый, а снега много, в озёрах кончается кислород и рыба гибнет целыми косяками. Нужно, чтобы "
    "арендаторы озёр в Северо-Казахстанской области зимой в обязательном порядке делали проруби и ставили "
    "аэраторы, иначе зарыбление теряет смысл."))
case("paraphrase",
  P("TG11a","ru","Склады старых ядохимикатов",
    "В сёлах Восточно-Казахстанской области до сих пор стоят полуразрушенные склады советских пестицидов, часть "
    "из них — рядом со школами и колодцами. По оценке экологов, это больше 200 тонн запрещённых препаратов. "
    "Просим Министерство экологии вывезти и обезвредить их до конца 2028 года."),
  P("TG11b","ru","Утилизация непригодных пестицидов",
    "Непригодные пестициды, оставшиеся от совхозов в Уланском, Глубоковском и Шемонаихинском районах, нужно "
    "вывезти и уничтожить на специализированном полигоне, а бывшие склады очистить. Сейчас мешки рвутся, и "
    "ветер разносит порошок по огородам."),
  note="ask last with a deadline vs ask first, reason after")
case("paraphrase",
  P("TG12a","ru","Пункты искусственного осеменения",
    "Мелкие хозяйства Акмолинской области не могут улучшать породу: быка-производителя держать дорого, а "
    "ближайший техник-осеменатор сидит в райцентре. Предлагаем открыть пункты искусственного осеменения коров "
    "в сёлах, где больше 300 голов, и субсидировать семя племенных быков."),
  P("TG12b","ru","Осеменатор в каждом крупном селе",
    "В сёлах Аккольского и Зерендинского районов коров покрывают беспородные быки, и надои не растут. Нужен "
    "пункт искусственного осеменения в каждом селе с поголовьем от трёхсот коров, с техником и субсидированным "
    "семенем племенных быков."))
case("paraphrase",
  P("TG13a","ru","Очистка каналов до начала поливов",
    "Межхозяйственные каналы в Жанакорганском и Шиелийском районах заилены наполовину, и вода доходит до "
    "дальних участков с опозданием на две-три недели. Просим «Казводхоз» закончить механическую очистку "
    "каналов от ила до 1 апреля, до начала вегетационных поливов."),
  P("TG13b","ru","Каналы заросли — вода не доходит",
    "Каждую весну водопользователи Шиели и Жанакоргана сами нанимают экскаваторы, потому что каналы забиты илом "
    "и камышом. Очистку магистральных и межхозяйственных каналов должно проводить государство, и завершать её "
    "нужно в марте, пока не пошла вода."))
case("paraphrase",
  P("TG14a","en","Take-back of empty pesticide containers",
    "Farmers in Kostanay region throw thousands of empty pesticide canisters into ravines or burn them in the "
    "field every year. Sellers of crop-protection chemicals should be obliged to take the empty containers "
    "back, and akimats should set up a collection point in each district."),
  P("TG14b","en","Pesticide canisters",
    "Where do empty herbicide cans go after spraying? In Kostanay villages, mostly into the nearest gully or a "
    "bonfire. We propose a take-back scheme: the dealer who sold the chemical collects the empty containers, "
    "with a collection point in every district centre."),
  note="terse title; a question as context")
case("paraphrase",
  P("TG15a","en","Free bird flu vaccination for village poultry",
    "Wild ducks and geese stop on the lakes of North Kazakhstan every spring and autumn, and backyard chickens "
    "in nearby villages catch avian influenza from them; two years ago whole flocks had to be culled. "
    "Vaccination of household poultry in lakeside villages should be free and done by the district veterinary "
    "service before each migration season."),
  P("TG15b","en","Vaccinate backyard hens before the migration",
    "Households in villages next to migration lakes in North Kazakhstan keep 20 to 50 chickens each and lose "
    "them all when bird flu arrives. The state vet service should vaccinate this poultry free of charge twice a "
    "year, ahead of the spring and autumn flights."))

# ---------------- cross-language, written independently, no translations: kk/ru
case("cross",
  P("TG16a","kk","Астықты жеңге сақтау",
    "Жиын кезінде элеваторлар толып, кезек бірнеше күнге созылады, ал шағын шаруашылықтардың өз қоймасы жоқ. "
    "Қостанай облысында фермерлерге астықты далада сақтайтын полимер жеңдер мен оларды толтыратын техниканы "
    "сатып алуға субсидия беру керек."),
  P("TG16b","ru","Субсидия на зерновые рукава",
    "У фермеров Костанайской области, которые засевают до тысячи гектаров, нет своих складов, и в уборку они "
    "неделями ждут очереди на элеватор или отдают зерно перекупщикам за бесценок. Хранение в полиэтиленовых "
    "рукавах — самый дешёвый выход, но загрузчик стоит как подержанный комбайн. Предлагаем субсидировать "
    "покупку рукавов и техники для их загрузки и выгрузки."))
case("cross",
  P("TG17a","kk","Құрғақшылыққа жем-шөп қоры",
    "Соңғы құрғақшылықта Қызылорда мен Жамбыл облыстарында бір тюк шөптің бағасы үш есе қымбаттап, шаруалар "
    "малын арзанға өткізді. Облыстарда тұрақтандыру жем-шөп қорын құрып, құрғақ жылы шөп пен жемді шаруаларға "
    "белгіленген бағамен сату керек."),
  P("TG17b","ru","Резерв кормов на засушливый год",
    "Нужен областной стабилизационный фонд сена и комбикорма, из которого в засуху корм продают животноводам "
    "по фиксированной цене. В прошлую засуху в Жамбылской и Кызылординской областях сено подорожало втрое, и "
    "люди сдавали скот на мясо почти даром."),
  note="ask last vs ask first")
case("cross",
  P("TG18a","kk","Топырақты тегін талдау",
    "Ақмола облысындағы шағын шаруашылықтар тыңайтқышты топырақтың құрамын білмей, көзбен шамалап себеді: не "
    "артық шығын, не өнім аз. Мемлекет бес жыл сайын фермерлердің егістігінде топырақтың агрохимиялық "
    "талдауын тегін жүргізуі керек."),
  P("TG18b","ru","Бесплатное агрохимическое обследование почв",
    "Бесплатное агрохимическое обследование полей раз в пять лет для хозяйств Акмолинской области площадью до "
    "2 000 гектаров. Анализ одной пробы в частной лаборатории стоит около 15 тысяч тенге, поэтому мелкие "
    "фермеры его не делают и вносят удобрения наугад."),
  note="ru: a nominal ask first, adds a size limit")
case("cross",
  P("TG19a","kk","Егінге түскен мал үшін залал",
    "Жамбыл облысында бағусыз жүрген мал жүгері мен қант қызылшасын таптап кетсе, фермер залалды дәлелдеу үшін "
    "айлап сотқа қатынайды. Ауылдық округ әкімінің жанынан комиссия құрып, ол залалды үш күн ішінде бағалап, "
    "мал иесінен өндіретін тәртіп енгізу керек."),
  P("TG19b","ru","Потравы посевов",
    "Чужой скот зашёл на поле — и фермеру остаётся только суд, который тянется месяцами, когда следов уже не "
    "доказать. Просим ввести простой порядок: комиссия при акиме сельского округа в течение трёх дней "
    "составляет акт и оценивает ущерб, а владелец скота его возмещает."))
case("cross",
  P("TG20a","kk","Егістіктегі тышқандар",
    "Соңғы екі жылы Солтүстік Қазақстан облысының Қызылжар және Мамлют аудандарында тышқан көбейіп, кей "
    "жерлерде егістің жартысын жойды. Кеміргіштерге қарсы өңдеуді шегірткеге қарсы күрес сияқты мемлекет "
    "қаржысымен жүргізу керек."),
  P("TG20b","ru","Мышевидные грызуны на полях",
    "Вспышки мышей на полях Северо-Казахстанской области фермеры сейчас травят за свой счёт и каждый на своём "
    "участке, поэтому грызуны просто уходят к соседу. Обработку против грызунов нужно проводить за бюджетный "
    "счёт и сразу на всём массиве, как это делают с особо опасными вредителями."))
case("cross",
  P("TG21a","kk","Органикалық сертификатқа көмек",
    "Шығыс Қазақстанның таулы аудандарында ет, сүт, картоп химиясыз өндіріледі, бірақ органикалық сертификат "
    "алу шағын шаруашылыққа 2–3 миллион теңгеге түседі. Сертификаттау шығынының кемінде жартысын мемлекет "
    "өтеуі керек."),
  P("TG21b","ru","Возмещать затраты на органическую сертификацию",
    "Фермеры Катон-Карагайского и Курчумского районов могли бы продавать органическую продукцию на экспорт, "
    "но проверка и сертификат иностранного органа стоят несколько миллионов тенге в год. Предлагаем возмещать "
    "из бюджета не меньше 50 % расходов на органическую сертификацию."),
  note="кемінде жартысын = не меньше 50 %")
case("cross",
  P("TG22a","kk","Пайдаланылған техниканы лизингке беру",
    "Жаңа трактор 60–80 миллион теңге тұрады, мұндай техниканы шағын шаруашылық ала алмайды. Мемлекеттік "
    "лизинг бағдарламасына жасы бес жылдан аспаған, техникалық тексеруден өткен пайдаланылған техниканы да "
    "қосуды ұсынамыз."),
  P("TG22b","ru","Лизинг б/у тракторов",
    "Костанайские фермеры просят разрешить государственный лизинг не только новой, но и подержанной техники — "
    "тракторов и комбайнов не старше пяти лет, после диагностики. Новый «Кировец» мелкому хозяйству не по "
    "карману, а на вторичном рынке без лизинга надо платить всю сумму сразу."))
case("cross",
  P("TG23a","kk","Сырға тағу тегін болсын",
    "Малды бірдейлендіру міндетті, бірақ сырғаның өзін мал иесі сатып алады, ал түсіп қалған сырғаны ауыстыру "
    "үшін ветеринарға бірнеше рет баруға тура келеді. Ірі қара мен қойға арналған сырғаларды тегін беріп, "
    "жоғалғанын бір апта ішінде қайта тағуды қамтамасыз ету керек."),
  P("TG23b","ru","Бирки для скота",
    "Каждая ушная бирка обходится хозяину в 300–500 тенге, а отвалившуюся бирку в Жамбылской области меняют "
    "месяцами, и всё это время корову нельзя продать. Бирки для идентификации скота должен бесплатно выдавать "
    "государственный ветеринар, а замена — занимать не больше недели."))
case("cross",
  P("TG24a","kk","Фермерлерге кеңес беретін орталық",
    "Ауыл шаруашылығындағы жаңа технологиялар туралы білім ауылға жетпейді: агроном жоқ, семинар тек облыс "
    "орталығында өтеді. Әр аудан орталығында фермерлерге тегін кеңес беретін агроконсалтинг орталығын ашып, "
    "оған Сейфуллин атындағы университеттің ғалымдарын тарту керек."),
  P("TG24b","ru","Сельхозконсультация в каждом районе",
    "Нужны районные консультационные центры, куда фермер может бесплатно прийти с вопросом о севообороте, "
    "болезнях растений или оформлении субсидий. Сейчас за советом агронома людям из Жаксынского района "
    "приходится ехать в Кокшетау или Астану, а это 200–300 километров."),
  note="kk adds the university; ru the distance")

# ---------------- cross-language, written independently, no translations: kk/en
case("cross",
  P("TG25a","kk","Мал өлексесін жағатын пеш",
    "Қызылорда облысының ауылдарында өлген малды көбіне ашық жерге тастайды немесе жай шұңқырға көме салады, "
    "ал Беккари шұңқырлары әлдеқашан толып қалған. Әр аудан орталығында мал өлексесін жоятын инсинератор "
    "орнату керек."),
  P("TG25b","en","Incinerators for dead livestock",
    "Carcasses of sheep and cattle in Kyzylorda villages end up in open pits or simply in the steppe, where "
    "dogs and foxes spread disease. Each district needs a small incinerator for animal carcasses, run by the "
    "veterinary service; the old Beccari pits are full."))
case("cross",
  P("TG26a","kk","Ылғал сақтайтын технологияға субсидия",
    "Ақмола облысында көктемде топырақтағы ылғал тез ұшып кетеді, ал соқамен жырту жерді одан әрі құрғатады. "
    "Шағын шаруашылықтарға жерді жыртпай егетін (no-till) тұқым сепкіш сатып алуға субсидия берілсін."),
  P("TG26b","en","Help small farms switch to no-till",
    "Large agroholdings in Akmola region already sow directly into stubble and keep the moisture in the soil, "
    "but a no-till seeder costs more than a small farm earns in two years. A subsidy for direct-seeding drills "
    "bought by farms under 1,000 hectares would cut both erosion and fuel use."))
case("cross",
  P("TG27a","kk","Марал пантысына зертхана",
    "Катонқарағай мен Күршімдегі марал шаруашылықтары пантыны экспортқа жіберу үшін ветеринариялық сараптаманы "
    "Алматыда жасатады, бұл бір айға созылады. Өскеменде пантыға сараптама жасайтын аккредиттелген зертхана "
    "ашу керек."),
  P("TG27b","en","An antler testing lab in Oskemen",
    "Maral deer farmers in East Kazakhstan export velvet antler to Korea and China, but every batch has to be "
    "sent to Almaty for veterinary tests, and the certificate takes weeks. An accredited laboratory in Oskemen, "
    "close to the farms, would save them time and freight."))
case("cross",
  P("TG28a","kk","Көлдерді ұзақ мерзімге жалға беру",
    "Солтүстік Қазақстан облысында балық шаруашылығына көлдер 10 жылға ғана жалға беріледі, сондықтан "
    "жалға алушы шабақ жіберуге, көлді күзетуге ақша салғысы келмейді. Көлдерді жергілікті балықшылар "
    "кооперативтеріне кемінде 25 жылға беруді ұсынамыз."),
  P("TG28b","en","Longer lake leases for fish farmers",
    "A fishing cooperative that stocks a lake with fry waits four or five years for a real catch, yet in North "
    "Kazakhstan the lease can run out before that pays off. Local cooperatives should be able to lease fishery "
    "lakes for at least twenty-five years."),
  note="25 in digits vs words")

# ---------------- cross-language, written independently, no translations: ru/en
case("cross",
  P("TG29a","ru","Спутниковый мониторинг полей для фермеров",
    "Крупные агрохолдинги Костанайской области давно следят за посевами по спутниковым снимкам, а мелкий "
    "фермер узнаёт о болезни пшеницы, когда её видно с дороги. Предлагаем дать хозяйствам до 3 000 гектаров "
    "бесплатный доступ к государственному сервису космомониторинга полей с картами вегетации."),
  P("TG29b","en","Free satellite crop maps",
    "The state already buys satellite images of all farmland for its own checks. Let small farmers see their "
    "own fields in that service for free: a vegetation map every week would show them where the crop is "
    "stressed before it is too late."))
case("cross",
  P("TG30a","ru","Ярмарки выходного дня без платы за место",
    "В Петропавловске и Кокшетау фермер платит за место на рынке до 5 000 тенге в день, а лучшие ряды заняты "
    "перекупщиками. Просим акиматы каждую субботу проводить ярмарки, где производители торгуют без платы за "
    "место."),
  P("TG30b","en","Saturday farmers' markets",
    "The akimats of Petropavl and Kokshetau should open Saturday fairs where farmers sell potatoes, meat and "
    "milk directly, with free stalls. Today middlemen buy at the farm gate for half the market price."))
case("cross",
  P("TG31a","ru","Склад удобрений в Кызылординской области",
    "Весной фермеры Кызылординской области везут минеральные удобрения из Тараза и Шымкента за 400–600 "
    "километров, и доставка съедает до трети цены. Нужен региональный склад удобрений, например в Шиели, где "
    "их можно купить до начала сева."),
  P("TG31b","en","A fertiliser depot closer to Kyzylorda farms",
    "There is no fertiliser warehouse in Kyzylorda region, so rice and melon growers haul it by truck from "
    "Taraz or Shymkent. We ask for a regional depot, stocked before the spring sowing, so that transport stops "
    "eating into the farmers' margins."))
case("cross",
  P("TG32a","ru","Пастбищеоборот вокруг сёл",
    "Вокруг сёл Кордайского района пастбища выбиты до земли: весь скот пасут на одних и тех же участках с "
    "апреля по ноябрь. Предлагаем в планах по управлению пастбищами каждый год закрывать часть участков на "
    "отдых и чередовать их."),
  P("TG32b","en","Rotate village pastures",
    "Rural akims should divide common pastures into sections and rest one section each year in turn, writing "
    "it into the pasture management plan. Around the villages of Kordai district every herd grazes the same "
    "land all season, and the grass is gone by July."),
  note="ask last vs ask first")

# ---------------- cross-language triple kk/ru/en (three pairs)
case("cross",
  P("TG33a","kk","Ауылдарға ветеринариялық пункт",
    "Малы көп ауылдардың біразында ветеринариялық пункт жоқ: вакцинаны жазғы ыстықта сақтайтын тоңазытқыш та, "
    "малды бекітетін раскол да жоқ, ветеринар егуді ашық далада жасайды. Ірі қарасы 500 бастан асатын әр "
    "ауылда тоңазытқышы мен расколы бар ветеринариялық пункт салу керек."),
  P("TG33b","ru","Ветпункты в сёлах",
    "В Таласском и Сарысуском районах ветврач прививает скот прямо на выгоне, а вакцины возит в "
    "сумке-холодильнике, потому что в сёлах нет ни помещения, ни расколов. Нужно построить ветеринарные пункты "
    "с холодильником для вакцин и расколом во всех сёлах, где больше пятисот голов КРС."),
  P("TG33c","en","Veterinary points in large villages",
    "Vaccines spoil in the summer heat and vets have no crush to hold the cattle, so mass vaccination in big "
    "villages is slow and risky. Every village with over 500 head of cattle needs a veterinary point with a "
    "vaccine fridge and a cattle crush."))

# ---------------- opposite-meaning traps (shared wording): must NEVER merge
_T34 = ("Ақмола облысында жел электр станцияларын салу үшін инвесторлар егістік жерді сұрап жатыр, ал шаруалар "
        "мұны әртүрлі бағалайды. Ауыл шаруашылығы мақсатындағы жерде жел электр станцияларын салуға ")
case("trap-polarity",
  P("TG34a","kk","Егістікте жел электр станциялары", _T34 + "рұқсат беру керек."),
  P("TG34b","kk","Егістікте жел электр станциялары", _T34 + "тыйым салу керек."),
  note="allow vs ban")
_T35 = ("Қазір аудандық ауыл шаруашылығы бөлімдері фермерлерден жыл сайын қандай дақыл, қанша гектарға "
        "егілетінін келісуді сұрайды. Аудан әкімдігі фермерлерден егіс құрылымын келісуді ")
case("trap-polarity",
  P("TG35a","kk","Егіс құрылымын келісу", _T35 + "талап етуі керек."),
  P("TG35b","kk","Егіс құрылымын келісу", _T35 + "талап етпеуі керек."),
  note="-уі керек vs -пеуі керек")
_T36 = ("Мойынқұм және Сарысу аудандарында қасқыр жыл сайын жүздеген қой мен құлынды жарады. Жамбыл облысында "
        "аңшылық шаруашылықтарына қасқыр атуға берілетін квотаны ")
case("trap-polarity",
  P("TG36a","kk","Қасқыр атуға квота", _T36 + "көбейту керек."),
  P("TG36b","kk","Қасқыр атуға квота", _T36 + "азайту керек."),
  note="increase vs reduce")
_T37 = ("На озёрах Северо-Казахстанской области зимой местные жители ловят рыбу в основном для своего стола. "
        "Предлагаем ")
_T37e = " жителям прибрежных сёл зимний лов рыбы сетями на озёрах области."
case("trap-polarity",
  P("TG37a","ru","Зимний лов сетями для местных жителей", _T37 + "разрешить" + _T37e),
  P("TG37b","ru","Зимний лов сетями для местных жителей", _T37 + "запретить" + _T37e),
  note="allow vs ban")
_T38 = ("Мелкие хозяйства Акмолинской области покупают племенных бычков реже крупных, потому что субсидия "
        "покрывает небольшую часть цены. Предлагаем ")
_T38e = " субсидию за каждого племенного бычка, купленного хозяйством с поголовьем до ста коров."
case("trap-polarity",
  P("TG38a","ru","Субсидия на племенных бычков", _T38 + "увеличить" + _T38e),
  P("TG38b","ru","Субсидия на племенных бычков", _T38 + "уменьшить" + _T38e),
  note="increase vs reduce")
_T39 = ("Every May herders from Zhambyl region drive sheep to summer pastures in the Karatau and Talas Alatau "
        "foothills. Herders should ")
_T39e = " be required to carry a veterinary certificate for each flock they take to summer pastures."
case("trap-polarity",
  P("TG39a","en","Vet certificates for flocks on summer pastures", _T39.rstrip() + _T39e),
  P("TG39b","en","Vet certificates for flocks on summer pastures", _T39 + "not" + _T39e),
  note="should vs should not be required")

# ---------------- number traps: must NEVER merge
_T40 = ("Қостанай облысында жалға алынған мыңдаған гектар егістік жыл сайын жыртылмай, арамшөпке толып тұр. "
        "Қатарынан {} жыл пайдаланылмаған ауыл шаруашылығы жерін мемлекетке қайтарып, жаңа жалға алушыға беру "
        "керек.")
case("trap-number",
  P("TG40a","kk","Пайдаланылмай жатқан егістік жер", _T40.format("екі")),
  P("TG40b","kk","Пайдаланылмай жатқан егістік жер", _T40.format("үш")),
  note="two vs three years")
_T41 = ("Шиелі мен Жаңақорған аудандарында Сырдарияның жағасынан құм мен қиыршық тас заңсыз алынып, арна "
        "өзгеріп, жағалау опырылып жатыр. Өзен жағасынан {} метр ішінде құм алуға толық тыйым салу керек.")
case("trap-number",
  P("TG41a","kk","Сырдария жағасынан құм алу", _T41.format("500")),
  P("TG41b","kk","Сырдария жағасынан құм алу", _T41.format("1000")),
  note="500 vs 1000 metres")
_T42 = ("Заявки фермеров на субсидии в Кызылординской области рассматривают по полтора-два месяца, и деньги "
        "приходят уже после сезона. Срок рассмотрения заявки на любую сельскохозяйственную субсидию нужно "
        "сократить до {} рабочих дней.")
case("trap-number",
  P("TG42a","ru","Сроки рассмотрения заявок на субсидии", _T42.format("10")),
  P("TG42b","ru","Сроки рассмотрения заявок на субсидии", _T42.format("20")),
  note="10 vs 20 working days")
_T43 = ("Catches of carp and bream in Lake Zaisan have fallen by half in ten years, and the fishermen of Zaisan "
        "and Kurchum districts blame poaching and poor natural spawning. The state fish hatchery should release "
        "at least {} million carp fry into Lake Zaisan every year.")
case("trap-number",
  P("TG43a","en","Stocking Lake Zaisan", _T43.format("2")),
  P("TG43b","en","Stocking Lake Zaisan", _T43.format("5")),
  note="2 vs 5 million")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("TG44a","kk","Жас фермерлерге тегін заң кеңесі",
    "Жер жалға алу, субсидия, несие құжаттарында жас фермерлер жиі қателесіп, тіпті жерінен айырылып қалады. "
    "Жамбыл облысындағы кәсіпкерлер палатасында жас фермерлерге тегін заң кеңесін беретін кабинет ашу керек."),
  P("TG44b","kk","Жас фермерге жер салығынан жеңілдік",
    "Жаңа ашылған шаруа қожалығы алғашқы жылдары табыс таппай-ақ жер салығын толық төлейді. 35 жасқа дейінгі "
    "фермерлерді алғашқы үш жылға жер салығынан босату керек."),
  note="young farmers: legal advice vs land-tax holiday")
case("distinct",
  P("TG45a","ru","Ограждение каналов возле школ",
    "В сёлах Жанакорганского района открытые оросительные каналы проходят в двух шагах от школ и детских "
    "садов, и почти каждое лето в них тонут дети. Просим огородить каналы сеткой на участках рядом со школами "
    "и детскими площадками."),
  P("TG45b","ru","Мостки для прогона скота через каналы",
    "В Шиелийском районе стадо гонят на пастбище вброд через магистральный канал, размывая берега и ломая "
    "откосы. Нужны бетонные мостки для прогона скота в местах постоянных перегонов."),
  note="canals: fences near schools vs cattle bridges (and unlike TG13, not silt clearing)")
case("distinct",
  P("TG46a","en","Fence the flamingo islands on Lake Tengiz",
    "In dry years cattle wade out to the islands of Lake Tengiz where flamingos nest and trample the nests. The "
    "Korgalzhyn reserve needs fences or guards on the shallow crossings in May and June, the nesting months."),
  P("TG46b","en","Local herders as seasonal rangers",
    "The Korgalzhyn reserve has too few inspectors to cover its buffer zone in summer. Hiring herders from the "
    "nearby villages as seasonal rangers would give them an income and make them allies of the reserve rather "
    "than trespassers."),
  note="Korgalzhyn: nest protection vs hiring rangers")
case("distinct",
  P("TG47a","kk","Шөп тасымалына теміржол жеңілдігі",
    "Құрғақ жылдары Қызылорда облысының шаруалары шөпті Қостанай мен Ақмоладан сатып алады, бірақ вагонмен "
    "тасу шөптің өз бағасынан қымбатқа түседі. Құрғақшылық жарияланған жылы шөп тасымалына темір жол тарифін "
    "жарты есеге төмендету керек."),
  P("TG47b","en","Free mowing of roadside strips",
    "Along the Taraz–Shu highway and the railway there are hundreds of hectares of grass that nobody cuts, and "
    "it burns every August. Villagers should be allowed to mow these strips for hay free of charge, by simple "
    "notice to the road or railway service."),
  note="hay: rail tariff vs roadside mowing (and unlike TG17, not a fodder reserve)")
case("distinct",
  P("TG48a","ru","Районный семенной фонд",
    "Мелкие хозяйства Костанайской области сеют своим зерном по пять-шесть лет подряд, и урожайность падает. "
    "Предлагаем создать в каждом районе семенной фонд, из которого хозяйства до 500 гектаров могут брать "
    "сортовые семена в долг до осени."),
  P("TG48b","kk","Тұқым сапасын тексеретін зертхана",
    "Қостанай облысында тұқымның өнгіштігін тексеретін зертхана біреу ғана, нәтижені екі-үш апта күтеміз, ал "
    "егіс уақыты күтпейді. Кемінде үш ауданға бір тұқым сапасын тексеретін зертхана ашу керек."),
  note="seeds: a seed loan fund vs a seed-testing lab (and unlike TG03, not the subsidy's timing)")
