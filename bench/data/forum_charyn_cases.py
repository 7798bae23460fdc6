# A forum "Charyn" (held out entirely): written BLIND for issue 9's eleventh pass, before and without
# seeing the merge rules (src/recbook/merge/), docs/, README.md, the tests (tests/), any other
# bench/*.py script or any dedupe output or score, and to be run ONCE, as an outside measure of the
# eleventh pass. Nothing here was tuned on a run; recbook was not run. Only make_eval.py, the first 60
# lines of forum_ertis_cases.py (format), the header comments (first ~30 lines) of the other forums
# (to avoid their topics) and /work/shared/design/KAZAKH.md (Kazakh spelling, names of bodies) were read.
# Voice: FORUM POSTS, as NGO activists, volunteers, parents and young people write them: chatty, first
# person plural ("біз", "мы", "we"), emotional context (a neighbour's lost harvest, a child nearly hit
# by a car, hours stuck in a snowstorm), sometimes a list ("1) ... 2) ..."), sometimes the ask first
# and the reason after ("Почему: ..."), sometimes the ask last with NO marker word ("Керек-ақ ...",
# "Нужен ...", "Kaskelen needs ..."), sometimes a question ("Неге ...?", "Почему ...?", "Could ...?").
# Many numbers in the CONTEXT (families, km, tenge, years of waiting) that are not part of the ask;
# some numbers in digits, some spelt out. kk 42 (45 %), ru 33 (35 %), en 19 (20 %).
# The setting is the Almaty region and Zhetysu: Esik, Talgar, Kaskelen, Konaev, Uzynagash, Shelek,
# Kegen, Narynkol, Saty, Zharkent and Khorgos, Taldykorgan, the Charyn canyon, the Kolsai and Kaindy
# lakes, the Kokpek pass.
# Topics the other forums do not use: mudflow evacuation drills in schools, building permits in
# mudflow channels, clearing the Talgar riverbed, public mudflow hazard maps, school closure on
# mudflow red-alert days, rent for families moved out of mudflow zones; a cooperative apple cold
# store, hail nets for orchards, local apples in school meals, orchard-planting subsidies; the Kolsai
# eco-fee (its amount, who collects it, spending it in Saty), drones over Kolsai, horse-ride prices
# at Kaindy, guest-house registration in Saty, a Saty feldsher post and school gym; an avalanche post
# and the night closure of the Kokpek pass, mobile signal on the Kegen road, satellite internet at
# winter camps, fibre for Kegen/Raiymbek schools; Kazakh clubs for Uyghur-school pupils in Shelek,
# bilingual textbooks and teacher courses in Zharkent; milk-cooling tanks and the per-litre milk
# subsidy in Kegen; steppe wildfire (village water tanks, firebreaks, fire-watch towers, the
# grass-burning fine); Khorgos dry port (a shift bus from Zharkent, Chinese courses, the local hiring
# share, a kindergarten, a workers' hostel); a 4x4 ambulance and a mountain rescue post in Narynkol,
# snow-leopard damage payments; drinking water and shade, jeeps, a building zone and a weekend bus at
# Charyn; a Taldykorgan-Astana flight; street lights and a skatepark in Kaskelen; a children's
# hospital in Konaev; restoring Lake Esik and a 1963 mudflow memorial.
# Kinds and counts (46 cases, 94 proposals): exact 1 (ru); spelling 3 (typos in key words, one kk,
# one ru, one en); homoglyph 1 (kk, via homo()); paraphrase 12 same-language pairs written as by two
# different people (kk 5, ru 5, en 2: synonyms, another context, nominal vs verbal, a question vs a
# statement, digits vs words, one text adding a detail or a number, a short card vs a long text,
# different numbers in the context but the same ask); cross 12 with NO translation supplied, written
# independently (kk/ru 6, kk/en 2, ru/en 2, two kk/ru/en triples); trap-polarity 8 (kk: allow vs ban,
# -уы керек vs -мауы керек, increase vs reduce, keep vs abolish; ru: allow vs ban, increase vs
# reduce; en: must vs must not, keep vs abolish); trap-number 4 (months, tenge, kilometres, per
# cent); distinct 5 (same topic with different asks, or the same ask for another town).
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_charyn_cases.py /work/wt/blind/forum_charyn.yaml

# ---------------- exact, spelling and homoglyph variants
_C01 = ("Мы, волонтёры из Талгара и Есика, каждую весну видим одно и то же: сель сходит, а дети в школах "
        "даже не знают, куда бежать. В двух районах около 14 тысяч школьников, и многие школы стоят в сотне "
        "метров от русел. Просим акимат Алматинской области и МЧС проводить в школах Талгарского и "
        "Енбекшиказахского районов учебную эвакуацию на случай селя каждый год в апреле, до начала опасного "
        "сезона.")
case("exact",
  P("CH01a","ru","Учебная эвакуация при селе в школах", _C01),
  P("CH01b","ru","Сель: тренировки для школьников", _C01))
case("spelling",
  P("CH02a","kk","Алма сақтайтын тоңазытқыш қойма",
    "Біз Есік пен Талғардағы шағын бағбандармыз, бізде 300-ге жуық отбасылық бақ бар. Күзде алманы "
    "сақтайтын жер жоқ, сондықтан делдалдарға килосын 80–100 теңгеден өткізуге мәжбүрміз, ал көктемде "
    "сол алма дүкенде 600 теңге тұрады. Керек-ақ бізге кооперативтік тоңазытқыш қойма! Облыс әкімдігі "
    "оның құнының жартысын субсидиямен жабуы керек."),
  P("CH02b","kk","Алма сақтайтын тоназытқыш қойма",
    "Біз Есік пен Талғардағы шағын бағбандрмыз, бізде 300-ге жуық отбасылық бақ бар. Күзде алмны "
    "сақтайтын жер жоқ, сондықтан делдалдарға килосын 80–100 теңгеден өткізуге мәжбүрміз, ал көктемде "
    "сол алма дүкенде 600 теңге тұрады. Керек-ақ бізге кооперативтк тоңазытқш қойма! Облыс әкімдігі "
    "оның құнының жартысын субсидямен жабуы керек."))
case("spelling",
  P("CH03a","ru","Противолавинная служба на перевале Кокпек",
    "Зимой дорогу Алматы – Кеген – Нарынкол в районе перевала Кокпек то и дело засыпает лавинами: в "
    "прошлом феврале мы с семьями просидели в машинах девять часов, дети плакали, бензин кончался. "
    "Предлагаем создать на этом участке постоянный пост противолавинной службы, который будет заранее "
    "спускать лавины и предупреждать водителей."),
  P("CH03b","ru","Противолавиная служба на перевале Кокпек",
    "Зимой дорогу Алматы – Кеген – Нарынкол в районе перевла Кокпек то и дело засыпает лавиннами: в "
    "прошлом феврале мы с семьями просидели в машинах девять часов, дети плакали, бензин кончался. "
    "Предлагаем создать на этом участке постоянный пост противолавиной службы, который будет заранее "
    "спускать лавины и предупреждть водителей."))
case("spelling",
  P("CH04a","en","Satellite internet for winter camps",
    "About 40 families in Kegen and Raiymbek districts spend the whole winter at remote qystau camps, 30 "
    "to 60 km from the nearest village, and their kids simply drop out of online lessons. We ask the "
    "Ministry of Digital Development to install satellite internet terminals at the winter camps of "
    "herding families with school-age children."),
  P("CH04b","en","Satelite internet for winter camps",
    "About 40 families in Kegen and Raiymbek districts spend the whole winter at remote qystau camps, 30 "
    "to 60 km from the nearest village, and their kids simply drop out of online lessons. We ask the "
    "Ministry of Digital Development to install satelite internet terminls at the wintr camps of "
    "herding famlies with school-age children."))
_C05t = "Дала өртіне қарсы ауылдарға су цистерналары"
_C05 = ("Жазда Ұзынағаш маңындағы далада шөп бір сіріңкеден лап етеді, ал өрт сөндіру бөлімі кейбір "
        "ауылдардан 40 шақырым қашықтықта. Өткен жылы біздің ауылда екі үй мен бір қора өртеніп кетті, "
        "көршілер шелекпен су тасыды. Жамбыл ауданының әр ауылында өрт сөндіруге арналған су цистернасы мен "
        "мотопомпа тұруы керек.")
case("homoglyph",
  P("CH05a","kk",_C05t,_C05),
  P("CH05b","kk",homo(_C05t,3),homo(_C05,2)))

# ---------------- paraphrases, Kazakh
case("paraphrase",
  P("CH10a","kk","Сел арналарына үй салуға рұқсат бермеу",
    "Талғар мен Есікте соңғы 10 жылда сел арнасының дәл ішінде 200-ден астам жаңа үй салынды. Таудан су "
    "келсе, ең алдымен солар зардап шегеді, ал кейін бәрі мемлекеттен көмек сұрайды. Әкімдік сел қаупі бар "
    "арналарда жаңа үй салуға рұқсат беруді тоқтатуы керек."),
  P("CH10b","kk","Селдің жолына үй салмайық",
    "Біз, «Таза тау» жастар қозғалысы, биыл Есік өзенінің бойын жаяу аралап шықтық: жағада 60-қа жуық жаңа "
    "коттедж тұр, кейбірі арнадан небәрі 20 метр жерде. 1963 жылы Есік көлін жойып жіберген сел есімізде "
    "ме? Сел жүретін арналарда үй салуға енді рұқсат берілмесін."),
  note="different numbers in the context, same ask")
case("paraphrase",
  P("CH11a","kk","Кеген сүт кооперативіне салқындатқыш танктер",
    "Кеген ауданындағы біздің сүт кооперативімізде 85 отбасы бар, жазда күніне 2 тоннаға дейін сүт "
    "жиналады. Бірақ салқындатқыш жоқ, сүт бірнеше сағатта ашып кетеді, сондықтан оны делдалға арзанға "
    "береміз. Ұсынысымыз: 1) кооперативке сүт салқындатқыш танктерін сатып алуға грант бөлу; 2) оларды "
    "ауылдың ортасына, бәріне жақын жерге орнату."),
  P("CH11b","kk","Сүтті салқындататын ыдыс керек",
    "Кегенде сиыр сауатын отбасылар сүтті тез салқындата алмай, өнімінің жартысын жоғалтып отыр. Біздің "
    "кооперативке мемлекеттік грант есебінен сүт салқындататын танк алып берсе екен деп сұраймыз."),
  note="list and nominal style vs verbal; one adds where to put the tanks")
case("paraphrase",
  P("CH12a","kk","Шелектегі ұйғыр мектептеріне қазақ тілі үйірмелері",
    "Шелекте және маңайындағы ауылдарда ұйғыр тілінде оқытатын мектептер бар: балалар үйде де, мектепте де "
    "ұйғырша сөйлейді, ал мектепті бітірген соң университетте қазақша оқуға қиналады. Сабақтан тыс "
    "уақытта осы мектептердің оқушыларына тегін қазақ тілі үйірмелерін ашу керек."),
  P("CH12b","kk","Неге ұйғыр мектебінің баласына қазақ тілі үйірмесі жоқ?",
    "Біз, Шелектегі жастар ресурстық орталығының еріктілері, ата-аналардан жиі сұрақ естиміз: ұйғыр "
    "сыныптарында оқитын балаларымыз қазақ тілін қайдан үйренеді? Аудан әкімдігі ұйғыр мектептерінің "
    "оқушылары үшін сабақтан кейін тегін қазақ тілі үйірмелерін қашан ашады?"),
  note="statement vs question")
case("paraphrase",
  P("CH13a","kk","Нарынқолға жол талғамайтын жедел жәрдем",
    "Райымбек ауданының тау ауылдарынан Нарынқолдағы ауруханаға дейін 70 шақырымға дейін жол бар, қыста ол "
    "жолды қар басады. Өткен қыста 3 науқасты тракторға тиеп жеткіздік. Нарынқолдағы аудандық ауруханаға "
    "жол талғамайтын, толық жетекті 2 жедел жәрдем көлігін бөлу керек."),
  P("CH13b","kk","Тау ауылдарына жедел жәрдем",
    "Қыс түссе, Нарынқолдың жедел жәрдемі тау ауылдарына шыға алмайды: көлігі ескі, толық жетекті емес, ал "
    "кейбір ауылға дейін жетпіс шақырым. Аудандық ауруханаға жол талғамайтын екі жедел жәрдем көлігі керек."),
  note="digits vs words")
case("paraphrase",
  P("CH14a","kk","Шарын шатқалында ауыз су мен көлеңке",
    "Жазда Шарынның Қамалдар аңғарында күн 40 градусқа дейін ысиды, ал соқпақ 3 шақырымдай, бойында бірде-бір "
    "көлеңке де, ауыз су да жоқ. Біз өткен шілдеде есінен танып қалған екі туристі көрдік, біреуі қарт адам "
    "еді. Ұлттық парк әкімшілігі аңғардың бойына ауыз су бекеттері мен көлеңкелі демалыс орындарын "
    "орнатсын деп сұраймыз."),
  P("CH14b","kk","Шарынға ауыз су",
    "Қамалдар аңғарындағы соқпақ бойына ауыз су бекеттері мен көлеңке орындары керек."),
  note="long text vs short card")

# ---------------- paraphrases, Russian
case("paraphrase",
  P("CH15a","ru","Субсидия на противоградовые сетки",
    "Просим Министерство сельского хозяйства включить противоградовые сетки для яблоневых садов в список "
    "субсидируемых расходов. Почему: за последние три года град дважды выбивал до 70 % урожая в садах "
    "Талгарского и Енбекшиказахского районов, а сетка на один гектар стоит около 6 млн тенге, маленькому "
    "фермеру это не поднять."),
  P("CH15b","ru","Град и яблоки",
    "Прошлым летом за 20 минут град уничтожил почти весь урожай у наших соседей в Есике — у кого-то было "
    "2 гектара, у кого-то 5. Сетки от града спасли бы сады, но они дорогие. Государство должно частично "
    "компенсировать фермерам покупку сеток от града для яблоневых садов."),
  note="synonyms; ask first vs ask last")
case("paraphrase",
  P("CH16a","ru","Прямой рейс Талдыкорган – Астана",
    "Талдыкорган теперь центр области Жетісу, сюда переехали управления и молодые специалисты, а чтобы "
    "слетать в Астану, мы четыре часа едем в аэропорт Алматы. Нужен прямой субсидируемый авиарейс из "
    "Талдыкоргана в Астану, хотя бы три раза в неделю."),
  P("CH16b","ru","Почему из Талдыкоргана не улететь в столицу?",
    "Студенты, врачи на курсы, родители с больными детьми — все трясутся 270 км до Алматы, чтобы сесть на "
    "самолёт. Когда Министерство транспорта запустит субсидируемый прямой рейс Талдыкорган – Астана?"),
  note="statement vs question; one adds a frequency")
case("paraphrase",
  P("CH17a","ru","Служебный автобус до сухого порта Хоргос",
    "Из Жаркента на сухой порт Хоргос каждый день ездят около 600 человек, в основном молодёжь. 1) Такси "
    "туда и обратно — 3 000 тенге в день, то есть больше 60 тысяч в месяц. 2) Последний рейсовый автобус "
    "уходит в 18:00, а смена заканчивается в 20:00. Поэтому просим организовать служебный автобус под "
    "смены из Жаркента до сухого порта."),
  P("CH17b","ru","Дорога на работу в Хоргос",
    "Наши ребята из Жаркента устроились на сухой порт, а добираться не на чем: рейсовых автобусов мало, под "
    "смены они не подходят, люди скидываются на такси. Оператору порта вместе с акиматом района нужно "
    "пустить развозку для рабочих из Жаркента по графику смен."),
  note="list vs prose; synonyms")
case("paraphrase",
  P("CH18a","ru","Освещение в новых микрорайонах Каскелена",
    "В новых микрорайонах Каскелена живут уже тысячи семей, а на улицах нет ни одного фонаря: мы насчитали "
    "23 улицы в полной темноте. Зимой в 17:30 уже ночь, дети идут из школы на ощупь. Акимату Карасайского "
    "района нужно провести уличное освещение в новых микрорайонах Каскелена."),
  P("CH18b","ru","Каскелен в темноте",
    "Наша инициативная группа из 40 родителей просит одного: фонари. Пять лет назад здесь было поле, теперь "
    "больше 3 000 домов, а свет на улицах так и не провели. Пусть акимат установит фонари на улицах новых "
    "жилых массивов Каскелена."),
  note="different numbers in the context, same ask")
case("paraphrase",
  P("CH19a","ru","Упрощённая регистрация гостевых домов в Саты",
    "В Саты почти каждая вторая семья принимает туристов, которые едут на Кольсай и Каинды, но официально "
    "зарегистрированы единицы: нужно собрать кучу справок и несколько раз съездить в райцентр. Упрощение "
    "регистрации сельских гостевых домов: уведомление через eGov, без поездок в район."),
  P("CH19b","ru","Гостевые дома без бюрократии",
    "Дайте сельским семьям регистрировать гостевой дом онлайн, простым уведомлением, без поездок и справок. "
    "В Саты сейчас около 150 домов принимают гостей «в серую», потому что оформиться почти невозможно."),
  note="nominal vs verbal; one adds a number")

# ---------------- paraphrases, English
case("paraphrase",
  P("CH20a","en","Mobile signal on the Kegen road",
    "There is a stretch of about 50 km on the road to Kegen and Narynkol where your phone shows no signal at "
    "all. Last winter our volunteer team got stuck there in a snowstorm and could not call 112 for three "
    "hours. Mobile operators should cover the whole Almaty–Kegen–Narynkol road with a signal so that "
    "people can call for help."),
  P("CH20b","en","No coverage, no 112",
    "Could the Ministry of Digital Development make the operators put base stations along the Kegen "
    "highway? Thousands of tourists drive it every weekend, and there are dead zones where an emergency "
    "call is impossible."),
  note="statement vs question; other context")
case("paraphrase",
  P("CH21a","en","Compensation for livestock killed by snow leopards",
    "Herders around Narynkol and in the Tekes valley lose sheep and foals to snow leopards every winter; one "
    "family we met lost 14 sheep in a single night. Because nobody pays them anything, some people start "
    "talking about traps and poison, and the snow leopard is a protected species. We want the state to "
    "compensate herders for livestock killed by snow leopards, once a ranger confirms the case."),
  P("CH21b","en","Snow leopard damage",
    "Pay herders near Narynkol for the sheep and horses taken by snow leopards."),
  note="long text vs short card")

# ---------------- cross-language, NO translation supplied: kk/ru
case("cross",
  P("CH30a","kk","Көлсайдың экоалымы Саты ауылында қалсын",
    "Жазда Көлсайға күніне 3–4 мың турист келеді, әрқайсысы кіргені үшін ақы төлейді. Ал Саты ауылының "
    "өзінде көше шаң, қоқыс шығаратын көлік жоқ, балалар алаңы да жоқ. Көлсайдан жиналатын экологиялық "
    "алымның бір бөлігі Саты ауылын абаттандыруға жұмсалуы керек."),
  P("CH30b","ru","Деньги с туристов Кольсая — на село Саты",
    "Мы живём в Саты и каждое лето видим сотни машин, которые едут мимо нас к озёрам. Сбор за посещение "
    "Кольсайских озёр берут со всех, а до села из этих денег не доходит ни тенге: улицы в пыли, мусор "
    "вывозить нечем. Часть денег от этого сбора надо направлять на благоустройство Саты."))
case("cross",
  P("CH31a","kk","Жаркент жастарына қытай тілі курстары",
    "Қорғастағы құрғақ портта және шекара маңындағы кәсіпорындарда қытай тілін білетін маманның жалақысы "
    "екі есе жоғары, бірақ Жаркентте тіл үйрететін бірде-бір тегін курс жоқ. Жаркент жастарына қытай "
    "тілінен тегін курстар ашу керек, сонда олар Қорғаста жақсы жұмысқа тұра алады."),
  P("CH31b","ru","Китайский язык для молодёжи Жаркента",
    "Сколько наших ребят из Жаркента работают на Хоргосе грузчиками только потому, что не знают китайского? "
    "Платные курсы в Алматы — 40 тысяч в месяц плюс дорога. Нужны бесплатные курсы китайского языка для "
    "молодёжи Жаркента, например при колледже."))
case("cross",
  P("CH32a","kk","Ауылдарды дала өртінен қорғайтын жолақ",
    "Шілде-тамызда Қаскелең мен Ұзынағаш арасындағы далада шөп өртенсе, жалын ауылдың шетіндегі үйлерге "
    "бірнеше минутта жетеді. Біздің 12 ауыл тұрғындарының ұсынысы: жыл сайын маусым айына дейін әр ауылдың "
    "айналасын жыртып, өртке қарсы жолақ жасау керек."),
  P("CH32b","ru","Минерализованные полосы вокруг сёл",
    "Каждое лето степные пожары в Карасайском и Жамбылском районах подходят вплотную к домам, в прошлом году "
    "огонь остановился в пятидесяти метрах от школы. До начала пожароопасного сезона вокруг каждого села "
    "нужно пропахать противопожарную полосу."))
case("cross",
  P("CH33a","kk","Талғар өзенінің арнасын тазалау",
    "Талғар өзенінің арнасы тас пен қиқымға толып кетті, кей жерде көпірдің астында бір метр ғана бос орын "
    "қалды. Сел жүрсе, су арнадан асып, қалаға құяды. Көктемге дейін Талғар өзенінің арнасын тастан, "
    "ағаштан және қоқыстан тазарту керек."),
  P("CH33b","ru","Расчистить русло реки Талгар",
    "Мы с ребятами прошли вдоль реки Талгар от моста до трассы: русло завалено валунами, корягами и "
    "строительным мусором. Если сойдёт сель, вода пойдёт по улицам. Просим до весеннего паводка расчистить "
    "русло реки Талгар в черте города."))
case("cross",
  P("CH34a","kk","Мектеп асханасына жергілікті алма",
    "Алматы облысы — алма өлкесі, ал мектеп асханаларында балаларға шетелден әкелінген алма береді. Біздің "
    "шаруалар алманы өткізе алмай, ол бақта шіріп жатыр. Облыстағы мектептердің тамағына жергілікті "
    "бақтардың алмасын сатып алуды міндеттеу керек."),
  P("CH34b","ru","Местные яблоки в школьных столовых",
    "Почему в школах Талгарского района детям дают импортные яблоки, если у нас под боком сотни садов? "
    "Фермеры в сезон отдают урожай за копейки. Пусть для школьного питания по всей Алматинской области "
    "закупают яблоки у местных садоводов — и это надо прописать в требованиях к поставщикам."))
case("cross",
  P("CH35a","kk","Қонаевқа облыстық балалар ауруханасы",
    "Қонаев облыс орталығы болғанына бірнеше жыл өтті, бірақ облыстық балалар ауруханасы әлі жоқ. Ауыр "
    "науқас баланы бәрібір Алматыға апарамыз, ал облыста бір жарым миллионнан астам адам тұрады. Қонаевта "
    "облыстық балалар ауруханасын салу керек."),
  P("CH35b","ru","Детская больница в Конаеве",
    "Мы мамы из Конаева и окрестных сёл. Любой серьёзный диагноз у ребёнка — и нас отправляют в Алматы, "
    "70 км в одну сторону. Новому областному центру нужна своя областная детская больница."))

# ---------------- cross-language: kk/en, ru/en
case("cross",
  P("CH36a","kk","Қайыңдыға ат жалдаудың бірыңғай бағасы",
    "Қайыңды көліне дейін атпен бару бағасы бір күні 10 мың теңге, келесі күні 25 мың. Туристер ренжіп, "
    "желіде бір-біріне жазады, ауылдың атына кір келеді. Ұлттық парк пен Саты ауылының әкімі ат жалдаудың "
    "бірыңғай бағасын бекітіп, оны соқпақтың басына іліп қоюы керек."),
  P("CH36b","en","Fixed horse-ride prices at Kaindy",
    "We were charged 30,000 tenge for a horse to Kaindy lake while the family in front of us paid 12,000. "
    "The park and the Saty village akim should agree on one official price list for horse rides and post "
    "it at the trailhead."))
case("cross",
  P("CH37a","kk","Нарынқолда тау-құтқару бекеті",
    "Хан Тәңіріне және Текес аңғарына баратын альпинистер мен туристер жыл сайын көбейіп келеді, ал ең жақын "
    "тау құтқарушылары Алматыда, 300 шақырымнан астам жерде. Нарынқол ауылында тұрақты тау-құтқару "
    "бекетін ашу керек."),
  P("CH37b","en","A mountain rescue post in Narynkol",
    "Narynkol is the gateway to Khan Tengri, yet when a hiker breaks a leg up there, rescuers have to drive "
    "from Almaty, over 300 km. We propose a permanent mountain rescue post in Narynkol, staffed all year."))
case("cross",
  P("CH38a","ru","Автобус Алматы – Чарын по выходным",
    "Без машины до Чарынского каньона не добраться: такси стоит 40–50 тысяч, а туры — 15 тысяч с человека. "
    "Студенты и пенсионеры туда просто не попадают. Нужен регулярный автобус из Алматы до каньона по "
    "субботам и воскресеньям, хотя бы с апреля по октябрь."),
  P("CH38b","en","Weekend bus to Charyn",
    "Charyn is about 200 km from Almaty and you basically can't get there without a car or a paid tour. "
    "We'd love to see a regular public bus from Almaty to the canyon on weekends."))
case("cross",
  P("CH39a","ru","Карты селевой опасности — в открытый доступ",
    "Люди покупают участки в Талгаре и Есике и только потом узнают, что живут в селеопасной зоне. Карты таких "
    "зон у Казселезащиты есть, но их никто не видит. Опубликуйте карты селеопасных зон Талгарского и "
    "Енбекшиказахского районов онлайн, чтобы каждый мог проверить свой участок."),
  P("CH39b","en","Public mudflow hazard maps",
    "Families in Esik and Talgar keep buying plots right in mudflow paths because the hazard maps are not "
    "public. The state mudflow service should publish its mudflow hazard zone maps online, with a simple "
    "search by address."))

# ---------------- cross-language triples: kk/ru/en
case("cross",
  P("CH40a","kk","Қаскелеңге скейт-парк",
    "Қаскелеңде жасөспірімдер көп, бірақ олар скейт пен самокатты жолдың жиегінде, көліктердің арасында "
    "тебеді. Өткен айда досымызды машина қағып кете жаздады. Қалада жастарға арналған скейт-парк салу керек."),
  P("CH40b","ru","Скейт-парк для подростков Каскелена",
    "В Каскелене тысячи подростков и ни одной площадки для скейта и BMX, катаются прямо по проезжей части. "
    "Просим акимат построить в городе скейт-парк."),
  P("CH40c","en","Skatepark in Kaskelen",
    "Our teens ride boards and scooters on the road because there's nowhere else to go. Kaskelen needs a "
    "proper skatepark."))
case("cross",
  P("CH41a","kk","Кеген және Райымбек аудандарының мектептеріне оптикалық интернет",
    "Кеген мен Райымбек аудандарындағы ауыл мектептерінде интернеттің жылдамдығы 2–3 мегабит, онлайн-сабақ "
    "түгілі, электрондық журнал ашылмайды. 2027 жылға дейін осы екі аудандағы барлық мектепті "
    "талшықты-оптикалық интернетке қосу керек."),
  P("CH41b","ru","Оптоволокно в сельские школы Кегена и Нарынкола",
    "Учителя в сёлах Кегенского и Райымбекского районов заполняют электронный журнал ночью, когда связь хоть "
    "немного лучше. Предлагаем до 2027 года подвести оптоволоконный интернет ко всем школам этих двух "
    "районов."),
  P("CH41c","en","Fibre for mountain schools",
    "Village schools in Kegen and Raiymbek districts still run on 2 Mbps links. By 2027 every school there "
    "should be connected to fibre-optic internet."))

# ---------------- opposite-meaning traps with shared context
case("trap-polarity",
  P("CH50a","kk","Шарын шатқалының түбіндегі джиптер",
    "Шарын шатқалының түбімен Қамалдар аңғарынан өзенге дейін күніне 100-ге жуық джип пен квадроцикл жүреді, "
    "бұл қазір ешқандай ережемен реттелмеген. Ұлттық парк шатқалдың түбімен джиптер мен квадроциклдердің "
    "жүруіне рұқсат беруі керек."),
  P("CH50b","kk","Шарын шатқалының түбіндегі джиптер",
    "Шарын шатқалының түбімен Қамалдар аңғарынан өзенге дейін күніне 100-ге жуық джип пен квадроцикл жүреді, "
    "бұл қазір ешқандай ережемен реттелмеген. Ұлттық парк шатқалдың түбімен джиптер мен квадроциклдердің "
    "жүруіне тыйым салуы керек."),
  note="kk allow vs ban")
case("trap-polarity",
  P("CH51a","kk","Экоалымды қонақ үйлер жинасын",
    "Қазір Көлсайға баратын туристер ұлттық парктің кіреберісінде экоалым төлеу үшін 40 минут кезек күтеді. "
    "Саты ауылындағы қонақ үйлер өз қонақтарынан экологиялық алымды өздері жинауы керек."),
  P("CH51b","kk","Экоалымды қонақ үйлер жинамасын",
    "Қазір Көлсайға баратын туристер ұлттық парктің кіреберісінде экоалым төлеу үшін 40 минут кезек күтеді. "
    "Саты ауылындағы қонақ үйлер өз қонақтарынан экологиялық алымды өздері жинамауы керек."),
  note="kk -уы керек vs -мауы керек")
case("trap-polarity",
  P("CH52a","kk","Алма бағын отырғызуға субсидия",
    "Бір гектар қарқынды алма бағы 15–20 миллион теңге тұрады, ал субсидияны көбіне ірі шаруашылықтар "
    "алады. Алматы облысында қарқынды алма бағын отырғызуға берілетін субсидияны көбейту керек."),
  P("CH52b","kk","Алма бағын отырғызуға субсидия",
    "Бір гектар қарқынды алма бағы 15–20 миллион теңге тұрады, ал субсидияны көбіне ірі шаруашылықтар "
    "алады. Алматы облысында қарқынды алма бағын отырғызуға берілетін субсидияны азайту керек."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("CH53a","kk","Сүттің литріне субсидия",
    "Кеген ауданындағы шағын фермерлер сүттің әр литріне субсидия алады, бірақ бұл ақша екі-үш айда бір-ақ "
    "келеді. Біздің ойымызша, сүттің литріне берілетін субсидияны сақтау керек."),
  P("CH53b","kk","Сүттің литріне субсидия",
    "Кеген ауданындағы шағын фермерлер сүттің әр литріне субсидия алады, бірақ бұл ақша екі-үш айда бір-ақ "
    "келеді. Біздің ойымызша, сүттің литріне берілетін субсидияны жою керек."),
  note="kk keep vs abolish")
case("trap-polarity",
  P("CH54a","ru","Дроны над Кольсаем",
    "Летом над Кольсайскими озёрами одновременно висят десятки дронов, туристы снимают всё подряд, а "
    "правил никаких нет. Предлагаем разрешить туристам запускать дроны над Кольсайскими озёрами без "
    "отдельного согласования с нацпарком."),
  P("CH54b","ru","Дроны над Кольсаем",
    "Летом над Кольсайскими озёрами одновременно висят десятки дронов, туристы снимают всё подряд, а "
    "правил никаких нет. Предлагаем запретить туристам запускать дроны над Кольсайскими озёрами."),
  note="ru allow vs ban")
case("trap-polarity",
  P("CH55a","ru","Штраф за выжигание сухой травы",
    "Каждую весну в Жамбылском и Карасайском районах кто-то поджигает сухую траву, и огонь уходит в степь на "
    "десятки километров. Штрафуют редко, а когда штрафуют — платить людям нечем. Нужно увеличить штраф за "
    "выжигание сухой травы."),
  P("CH55b","ru","Штраф за выжигание сухой травы",
    "Каждую весну в Жамбылском и Карасайском районах кто-то поджигает сухую траву, и огонь уходит в степь на "
    "десятки километров. Штрафуют редко, а когда штрафуют — платить людям нечем. Нужно уменьшить штраф за "
    "выжигание сухой травы."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("CH56a","en","Schools on mudflow red-alert days",
    "Last May the mudflow red alert for Talgar and Esik lasted four days and parents got contradictory "
    "messages from the school chats. On red-alert days, schools located in mudflow hazard zones must close "
    "and switch to online lessons."),
  P("CH56b","en","Schools on mudflow red-alert days",
    "Last May the mudflow red alert for Talgar and Esik lasted four days and parents got contradictory "
    "messages from the school chats. On red-alert days, schools located in mudflow hazard zones must not "
    "close or switch to online lessons."),
  note="en must vs must not")
case("trap-polarity",
  P("CH57a","en","Night closure of the Kokpek pass",
    "Every winter, from December to March, traffic over the Kokpek pass on the Kegen road is stopped at "
    "night, and lorries queue at the checkpoint until morning. Keep the winter night-time closure of the "
    "road over the Kokpek pass."),
  P("CH57b","en","Night closure of the Kokpek pass",
    "Every winter, from December to March, traffic over the Kokpek pass on the Kegen road is stopped at "
    "night, and lorries queue at the checkpoint until morning. Abolish the winter night-time closure of the "
    "road over the Kokpek pass."),
  note="en keep vs abolish")

# ---------------- number traps
case("trap-number",
  P("CH60a","kk","Сел аймағынан көшкендерге пәтерақы",
    "Талғарда биыл 40-қа жуық отбасын сел арнасынан көшіру жоспарланып отыр, жаңа үй қашан берілетіні "
    "белгісіз. Көшірілетін отбасыларға жаңа баспана берілгенше пәтер жалдау ақысын 6 ай бойы төлеу керек."),
  P("CH60b","kk","Сел аймағынан көшкендерге пәтерақы",
    "Талғарда биыл 40-қа жуық отбасын сел арнасынан көшіру жоспарланып отыр, жаңа үй қашан берілетіні "
    "белгісіз. Көшірілетін отбасыларға жаңа баспана берілгенше пәтер жалдау ақысын 12 ай бойы төлеу керек."),
  note="months")
case("trap-number",
  P("CH61a","ru","Размер экосбора на Кольсае",
    "Летом у Кольсайских озёр бывает до четырёх тысяч человек в день, тропы разбиты, туалетов не хватает. "
    "Установить экологический сбор за посещение Кольсайских озёр в размере 500 тенге с человека."),
  P("CH61b","ru","Размер экосбора на Кольсае",
    "Летом у Кольсайских озёр бывает до четырёх тысяч человек в день, тропы разбиты, туалетов не хватает. "
    "Установить экологический сбор за посещение Кольсайских озёр в размере 2 000 тенге с человека."),
  note="tenge")
case("trap-number",
  P("CH62a","kk","Шарын жиегінде құрылысқа тыйым",
    "Соңғы екі жылда Шарын шатқалының жиегіне глэмпингтер мен кафелер салына бастады, көрікті жердің "
    "көрінісі бұзылып жатыр. Шатқалдың жиегінен 2 шақырым аймақта кез келген құрылысқа тыйым салу керек."),
  P("CH62b","kk","Шарын жиегінде құрылысқа тыйым",
    "Соңғы екі жылда Шарын шатқалының жиегіне глэмпингтер мен кафелер салына бастады, көрікті жердің "
    "көрінісі бұзылып жатыр. Шатқалдың жиегінен 5 шақырым аймақта кез келген құрылысқа тыйым салу керек."),
  note="kilometres")
case("trap-number",
  P("CH63a","en","Local jobs at Khorgos",
    "Thousands of young people in Zharkent are looking for work while buses bring staff to Khorgos from "
    "Almaty and beyond. At least 70% of jobs at the Khorgos dry port and the free economic zone should go "
    "to residents of Zharkent and the nearby villages."),
  P("CH63b","en","Local jobs at Khorgos",
    "Thousands of young people in Zharkent are looking for work while buses bring staff to Khorgos from "
    "Almaty and beyond. At least 50% of jobs at the Khorgos dry port and the free economic zone should go "
    "to residents of Zharkent and the nearby villages."),
  note="per cent")

# ---------------- look-alikes: same topic, different asks, or the same ask for another town
case("distinct",
  P("CH70a","kk","Жаркенттегі ұйғыр мектептеріне екі тілді оқулықтар",
    "Жаркенттегі ұйғыр мектептерінде қазақ тілі сабағы бар, бірақ ұйғыр балаларына арналған түсіндірмесі "
    "бар оқулық жоқ. Бұл мектептерге қазақ тілінен екі тілді оқулықтар мен сөздіктер жеткізу керек."),
  P("CH70b","kk","Ұйғыр мектептерінің мұғалімдеріне қазақ тілі курстары",
    "Жаркенттегі ұйғыр мектептерінің көп мұғалімі қазақ тілінде сабақ түсіндіруге қиналады. Осы "
    "мұғалімдерге қазақ тілі бойынша тегін біліктілікті арттыру курстарын ұйымдастыру керек."),
  note="textbooks vs teacher courses")
case("distinct",
  P("CH71a","kk","Ұзынағаш маңында өрт бақылау мұнарасы",
    "Ұзынағаш маңындағы далада өрт шықса, оны көбіне түтін ауылға жеткенде ғана байқаймыз. Ұзынағаш "
    "маңындағы биік төбеге өрт бақылау мұнарасын орнату керек."),
  P("CH71b","kk","Қаскелең маңында өрт бақылау мұнарасы",
    "Қаскелең маңындағы далада өрт шықса, оны көбіне түтін қалаға жеткенде ғана байқаймыз. Қаскелең "
    "маңындағы биік төбеге өрт бақылау мұнарасын орнату керек."),
  note="the same ask for another town")
case("distinct",
  P("CH72a","kk","Саты ауылында тәулік бойы фельдшер",
    "Жазда Саты арқылы күніне мыңдаған турист өтеді, ал фельдшерлік пункт кешкі алтыда жабылады. Туристік "
    "маусымда Сатыдағы фельдшерлік пункт тәулік бойы жұмыс істеуі керек."),
  P("CH72b","kk","Саты мектебіне спорт залы",
    "Саты ауылының мектебінде 200-ге жуық бала оқиды, бірақ спорт залы жоқ, қыста дене шынықтыру сабағы "
    "дәлізде өтеді. Саты мектебіне спорт залын салып беру керек."),
  note="one village, different asks")
case("distinct",
  P("CH73a","ru","Детский сад у сухого порта Хоргос",
    "Многие молодые мамы из Жаркента работали бы на сухом порту, но детей не с кем оставить. Нужен детский "
    "сад рядом с сухим портом Хоргос, работающий под график смен."),
  P("CH73b","ru","Общежитие для рабочих сухого порта",
    "На сухой порт Хоргос приезжают работать ребята из Кегена, Талдыкоргана и других районов и снимают "
    "углы втроём в одной комнате. Нужно построить общежитие для рабочих сухого порта."),
  note="kindergarten vs hostel")
case("distinct",
  P("CH74a","ru","Восстановить озеро Иссык",
    "В 1963 году сель уничтожил озеро Иссык, и с тех пор на его месте лишь узкий водоём за плотиной. "
    "Предлагаем восстановить озеро Иссык, укрепив плотину и вернув прежний уровень воды."),
  P("CH74b","en","A 1963 mudflow memorial at Lake Esik",
    "Few visitors to Lake Esik know that a mudflow destroyed the old lake in 1963. We propose a memorial "
    "and an information board about the 1963 mudflow at the lake."),
  note="restore the lake vs a memorial")
