# A ninth forum, "Ertis" (held out entirely): written BLIND for issue 9's eighth pass, before and
# without seeing the merge rules (src/recbook/merge/), docs/decisions.md, README.md, the merge tests
# (tests/test_merge*), bench/partner_ranks.py or any dedupe output or score, and to be run ONCE, as
# an outside measure of the eighth pass. Nothing here was tuned on a run. Only make_eval.py, the first
# ~60 lines of forum_kapshagai_cases.py (format) and the header comments of the other forums (to
# avoid their topics) were read.
# Voice: a mix of LONG texts (2-5 sentences, context then ask or ask then reason, often with an
# addressee - Министерству ..., акиматам; министрлігіне, әкімдіктерге; the Ministry of ... - and a
# timeframe) and SHORT cards (a title and one line), kk/ru/en about a third each. The setting is an
# East Kazakhstan forum: the Ertis (Irtysh) basin, Oskemen/Усть-Каменогорск, Semey, Ridder, Zaisan.
# Topics the other forums do not use: river pollution by mines, ice fishing safety, rural mobile
# internet, pensioners' bus fares, school canteen equipment, stray-dog vaccination, farmers'
# cooperatives, wildfire volunteers' insurance, NGO tax reports, lead in children's blood, flood
# sirens, tick-borne encephalitis, children's books for village schools, open local budgets, housing
# for young rural doctors, the smelter sanitary zone in Ridder, mining hearings, the Semipalatinsk
# test site, kindergarten queues, crisis shelters, livestock on highways, a one-stop office for
# kandas, the Bukhtarma shoreline, children's life jackets, mine-water discharge, catch limits,
# the rural pay allowance, a national-park entry fee, grazing in water-protection zones, littering
# fines, tailings-pond buffer zones, summer camp vouchers, school psychologists, cerebral-palsy
# rehabilitation, village culture houses, school meals, Ertis ferries.
# Kinds: exact, spelling (typos in key words) and homoglyph variants; same-language paraphrases
# (synonyms, other context sentences, nominal vs verbal style, reordering, digits vs words, one text
# adding a detail the other leaves out; seven long, three short cards); cross-language pairs with NO
# translation supplied (kk/ru, kk/en, ru/en, one kk/ru/en triple); opposite-meaning traps with shared
# context (mandatory vs voluntary and should vs should not in en, allow vs ban and keep vs abolish in
# kk, increase vs reduce and allow vs ban in ru); number traps (MCI, metres, per cent); look-alikes
# differing by one word (a profession named in two words, a city, an object) and look-alikes on one
# topic with different asks.
# Generate: python bench/data/make_eval.py bench/data/forum_ertis_cases.py bench/data/forum_ertis.yaml

# ---------------- exact, spelling and homoglyph variants
_E01 = ("Хвостохранилища горно-обогатительных комбинатов Восточно-Казахстанской области расположены в "
        "поймах Ульбы и Глубочанки, и после весеннего паводка в воде Ертиса регулярно фиксируют превышение "
        "цинка, меди и кадмия. Результаты проб, которые берут сами комбинаты, публикуются раз в год и только "
        "в сводном виде. Рабочая группа предлагает Министерству экологии обязать недропользователей "
        "ежемесячно публиковать на своих сайтах результаты анализов воды ниже мест сброса, с указанием точки "
        "отбора и даты.")
case("exact",
  P("ER01a","ru","Загрязнение Ертиса горнорудными предприятиями", _E01),
  P("ER01b","ru","Ежемесячные данные о качестве воды ниже сбросов", _E01))
case("spelling",
  P("ER02a","en","Ice fishing safety on the reservoirs",
    "Every winter anglers fall through thin ice on the Bukhtarma and Shulbinsk reservoirs, and rescuers "
    "often reach them too late because nobody knows where people are fishing. The group recommends that "
    "district akimats, together with the emergency service, measure ice thickness every week from December "
    "to March and put up warning signs at all popular fishing spots when the ice is thinner than ten "
    "centimetres."),
  P("ER02b","en","Ice fishing safty on the reservoirs",
    "Every winter anglars fall through thin ice on the Bukhtarma and Shulbinsk resevoirs, and rescuers "
    "often reach them too late because nobody knows where people are fishing. The group recomends that "
    "district akimats, together with the emergency service, measure ice thicknes every week from December "
    "to March and put up warnig signs at all popular fishing spots when the ice is thinner than ten "
    "centimeters."))
case("spelling",
  P("ER03a","kk","Шалғай ауылдарға мобильді интернет",
    "Облыстың шалғай ауылдарында мобильді интернет әлі де жоқ немесе өте баяу, сондықтан оқушылар үй "
    "тапсырмасын жүктей алмайды, ал тұрғындар электрондық үкімет қызметтерін пайдалана алмайды. Жұмыс тобы "
    "Цифрлық даму министрлігіне 2027 жылдың соңына дейін халқы 250 адамнан асатын әрбір ауылды кемінде "
    "4G байланысымен қамтуды ұсынады."),
  P("ER03b","kk","Шалғай ауылдарға мобилді интернет",
    "Облыстың шалғай ауылдарында мобилді интернт әлі де жоқ немесе өте баяу, сондықтан оқушылар үй "
    "тапсырмасын жүктей алмайды, ал тұргындар электрондық үкімет қызметтерін пайдалана алмайды. Жұмыс тобы "
    "Цифрлық даму министірлігіне 2027 жылдың соңына дейін халқы 250 адамнан асатын әрбір ауылды кемінде "
    "4G байланысмен қамтуды ұсынады."))
case("spelling",
  P("ER04a","ru","Бесплатный проезд для пенсионеров",
    "Сделать проезд в городских автобусах бесплатным для всех пенсионеров по возрасту."),
  P("ER04b","ru","Безплатный проезд для пенсионеров",
    "Сделать проезд в городских автобусах безплатным для всех пенсинеров по возрасту."))
_E05 = ("Ауылдық мектептердің асханаларындағы жабдықтар ескіріп кеткен, сондықтан балаларға ыстық тамақтың "
        "орнына көбіне тоқаш пен шай беріледі. Жұмыс тобы аудан әкімдіктеріне 2027-2028 оқу жылы басталғанға "
        "дейін барлық ауылдық мектеп асханаларындағы плиталар мен тоңазытқыш жабдықтарын жергілікті бюджет "
        "есебінен ауыстыруды ұсынады.")
case("homoglyph",
  P("ER05a","kk","Мектеп асханаларының жабдықтары", _E05),
  P("ER05b","kk",homo("Мектеп асханаларының жабдықтары", 3), homo(_E05, 2)))

# ---------------- paraphrases, one language each (ER10-ER16 long, ER17-ER19 short cards)
case("paraphrase",
  P("ER10a","ru","Вакцинация бездомных собак вместо отстрела",
    "В прошлом году в области более двух тысяч человек обратились за помощью после укусов собак, а отстрел, "
    "который проводят подрядчики акиматов, не уменьшает число бездомных животных: на место убитых приходят "
    "новые. Рабочая группа предлагает акиматам перейти на программу «отлов – стерилизация – вакцинация – "
    "возврат»: каждую отловленную собаку прививать от бешенства, стерилизовать, метить биркой и выпускать "
    "на прежнее место."),
  P("ER10b","ru","Прививки от бешенства для уличных собак",
    "Предлагаем отказаться от уничтожения безнадзорных собак и вместо этого отлавливать их, делать прививку "
    "против бешенства, стерилизовать и возвращать в тот же район с ушной биркой. Такой подход уже "
    "применяется в ряде городов и позволяет за несколько лет сократить численность стай и риск заражения "
    "людей. Финансировать программу следует из тех средств, которые местные исполнительные органы сейчас "
    "тратят на отстрел."))
case("paraphrase",
  P("ER11a","kk","Ауыл шаруашылығы кооперативтеріне салық жеңілдігі",
    "Облыстағы шағын шаруа қожалықтары сүт пен етті өткізуде делдалдарға тәуелді, ал өз кооперативін "
    "құрғандар бірден қосымша салық пен есептілік жүктемесіне тап болады. Жұмыс тобы Қаржы министрлігіне "
    "ауыл шаруашылығы кооперативтерін алғашқы бес жылда корпоративтік табыс салығынан босатуды ұсынады."),
  P("ER11b","kk","Кооперативтерге салықтық қолдау",
    "Ауыл шаруашылығы кооперативтері құрылған күнінен бастап бес жыл бойы корпоративтік табыс салығын "
    "төлемеуі тиіс. Мұндай жеңілдік шаруаларды бірігуге ынталандырады: өнімді бірлесіп өткізу, жем сатып "
    "алу және техниканы ортақ пайдалану делдалсыз әлдеқайда арзанға түседі. Салық кодексіне тиісті "
    "түзетулер енгізуді Қаржы министрлігінен сұраймыз."))
case("paraphrase",
  P("ER12a","en","Insurance for wildfire volunteers",
    "In the dry summers of recent years hundreds of local volunteers have helped forestry staff put out "
    "fires in the pine forests along the Ertis, often without protective clothing and without any insurance "
    "if they are injured. The group recommends that the Ministry of Emergency Situations insure every "
    "registered wildfire volunteer against accident and injury for the whole fire season, at the state's "
    "expense."),
  P("ER12b","en","Accident cover for volunteer forest firefighters",
    "Volunteers who join crews fighting forest fires should be covered by accident insurance paid for by the "
    "state, from the day they register with the emergency service until the end of the fire season. At "
    "present a volunteer who is burned or hurt while tackling a blaze near Semey or in the Altai has to pay "
    "for treatment himself, and this discourages people from helping."))
case("paraphrase",
  P("ER13a","en","One annual report for small NGOs",
    "Small non-profit organisations with no paid staff currently submit several reports a year: a tax "
    "declaration, a report to the state database of NGOs and statistical forms, often repeating the same "
    "figures. The group recommends that the Ministry of Finance and the Ministry of Information merge these "
    "into a single annual electronic report for non-profits with an income below 10 million tenge, filed "
    "once through the e-government portal."),
  P("ER13b","en","Simplified reporting for small non-profits",
    "We ask the Government to let small NGOs, those taking in less than ten million tenge a year, file one "
    "combined electronic return per year through egov.kz instead of separate tax, registry and statistics "
    "returns. Volunteers who keep the books of such organisations spend weeks every spring re-entering "
    "identical data into different forms, and late filing brings fines that small groups cannot pay."))
case("paraphrase",
  P("ER14a","ru","Анализ крови на свинец у детей",
    "В Усть-Каменогорске и Риддере дети живут рядом с металлургическими предприятиями, но уровень свинца в "
    "их крови систематически не проверяется, и родители узнают о проблеме, только когда у ребёнка уже "
    "заметны нарушения развития. Рабочая группа предлагает Министерству здравоохранения ввести ежегодный "
    "бесплатный анализ крови на свинец для всех детей до семи лет в этих двух городах."),
  P("ER14b","ru","Скрининг дошкольников на содержание свинца",
    "Предлагаем организовать бесплатное ежегодное обследование детей дошкольного возраста в "
    "Усть-Каменогорске и Риддере на содержание свинца в крови через детские поликлиники. Эти города "
    "десятилетиями живут рядом со свинцово-цинковым производством, а отравление свинцом у маленьких детей "
    "долго протекает незаметно и снижает способность к обучению. Обобщённые результаты обследования нужно "
    "публиковать, чтобы было видно, какие районы загрязнены сильнее всего."))
case("paraphrase",
  P("ER15a","kk","Су тасқыны туралы ескерту жүйесі",
    "Көктемгі су тасқыны кезінде Ертіс пен оның салаларының бойындағы ауылдардың тұрғындары судың "
    "көтерілгенін көбіне кеш біледі, өйткені ескерту тек облыс орталығының радиосы арқылы беріледі. Жұмыс "
    "тобы Төтенше жағдайлар министрлігіне 2027 жылғы тасқын маусымына дейін су басу қаупі бар әрбір ауылға "
    "сирена орнатуды және тұрғындарға SMS-хабарлама жіберуді ұсынады."),
  P("ER15b","kk","Ауылдарға тасқын сиреналары",
    "Екі мың жиырма жетінші жылғы көктемге дейін су басу қаупі төнетін барлық ауылдарда сирена орнатылып, "
    "тұрғындардың телефондарына қысқа хабарлама жіберетін жүйе іске қосылуы керек. Соңғы жылдары тасқын "
    "суы ауылдарға түнде кіріп, адамдар малын да, мүлкін де құтқарып үлгермеді. Бұл жұмысты ТЖМ жергілікті "
    "әкімдіктермен бірлесіп атқаруы тиіс."))
case("paraphrase",
  P("ER16a","en","Free tick vaccinations",
    "East Kazakhstan has the highest rate of tick-borne encephalitis in the country, yet the vaccine is free "
    "only for a short list of professions, and for a family of four it costs about a month's pension. The "
    "group recommends that the Ministry of Health make vaccination against tick-borne encephalitis free for "
    "every resident of the endemic districts of the region, children and adults, starting from the 2027 "
    "season."),
  P("ER16b","en","Encephalitis jabs for everyone in endemic areas",
    "From spring 2027, everybody living in the endemic districts of East Kazakhstan, adults and children "
    "alike, should be able to get the tick-borne encephalitis vaccine without paying. Each year dozens of "
    "people, many of them berry and mushroom pickers, end up in hospital after tick bites and some are "
    "disabled for life; a paid vaccine that most village families cannot afford protects nobody."))
case("paraphrase",
  P("ER17a","kk","Ауыл мектептеріне балалар кітабы",
    "Ауылдық мектеп кітапханаларына жыл сайын қазақ тіліндегі жаңа балалар кітаптарын сатып алу."),
  P("ER17b","kk","Мектеп кітапханаларын жаңа кітаптармен толықтыру",
    "Ауыл мектептерінің кітапханалары қазақша жаңа балалар әдебиетімен жыл сайын толықтырылсын."))
case("paraphrase",
  P("ER18a","ru","Открытые бюджеты акиматов",
    "Публиковать местные бюджеты и отчёты об их исполнении в машиночитаемом формате."),
  P("ER18b","ru","Бюджет района — в открытых данных",
    "Акиматам выкладывать бюджет и его исполнение не сканами в PDF, а таблицами, которые можно скачать и "
    "обработать."))
case("paraphrase",
  P("ER19a","kk","Жас дәрігерлерге қызметтік тұрғын үй",
    "Ауылға жұмысқа келген жас дәрігерлерге әкімдік қызметтік пәтер берсін."),
  P("ER19b","kk","Ауыл дәрігерлерін баспанамен қамтамасыз ету",
    "Ауылдық жерде жұмыс істеуге келген жас дәрігерлерді қызметтік баспанамен қамтамасыз ету."))

# ---------------- cross-language pairs, NO translation supplied
case("cross",
  P("ER20a","kk","Санитарлық-қорғаныш аймағынан көшіру",
    "Риддердегі металлургия зауытының санитарлық-қорғаныш аймағында әлі күнге дейін жүзден астам отбасы "
    "тұрады: олар үйін сата алмайды, ал кәсіпорын оларды көшіруге асықпайды. Жұмыс тобы облыс әкімдігі мен "
    "кәсіпорынға 2028 жылға дейін бұл отбасыларға үйдің нарықтық құны бойынша өтемақы төлеп, оларды қауіпсіз "
    "аудандарға көшіруді ұсынады."),
  P("ER20b","ru","Переселение семей из санитарной зоны в Риддере",
    "Предлагаем до 2028 года переселить семьи, которые до сих пор живут в санитарно-защитной зоне "
    "металлургического завода в Риддере, и выплатить им компенсацию по рыночной стоимости жилья. Эти люди "
    "не могут продать свои дома, а предприятие и областной акимат годами откладывают решение."))
case("cross",
  P("ER21a","kk","Қоғамдық тыңдауды ауылда өткізу",
    "Жаңа кен орнын игеру немесе байыту фабрикасын салу туралы қоғамдық тыңдаулар көбіне облыс орталығында, "
    "жұмыс күні түске дейін өтеді, сондықтан жобаның қасында тұратын ауыл тұрғындары оған қатыса алмайды. "
    "Жұмыс тобы Экология министрлігіне мұндай тыңдауларды жоба іске асырылатын елді мекеннің өзінде, кешкі "
    "уақытта өткізуді міндеттейтін өзгеріс енгізуді ұсынады."),
  P("ER21b","en","Hold mining hearings where people live",
    "Public hearings on new mines and processing plants should take place in the village or town next to the "
    "project, in the evening, and not in the regional capital during working hours. The Ministry of Ecology "
    "should change the hearing rules accordingly, because today the very people whose water and air will be "
    "affected cannot attend."))
case("cross",
  P("ER22a","ru","Ежегодное обследование жителей зоны полигона",
    "Жители районов, прилегающих к бывшему Семипалатинскому испытательному ядерному полигону, и их дети до "
    "сих пор болеют онкологическими и эндокринными заболеваниями чаще, чем в среднем по стране. Рабочая "
    "группа предлагает Министерству здравоохранения обеспечить им ежегодное бесплатное углублённое "
    "медицинское обследование, включая онкоскрининг и УЗИ щитовидной железы, в поликлиниках по месту "
    "жительства."),
  P("ER22b","en","Yearly check-ups near the former nuclear test site",
    "People living around the former Semipalatinsk nuclear test site, including the second and third "
    "generations, should get a free in-depth medical examination every year, with cancer screening and a "
    "thyroid ultrasound, at their local clinic. Cancer and thyroid disease rates there are still well above "
    "the national average, and many villagers cannot travel to Semey for tests."))
case("cross",
  P("ER23a","kk","Балабақша кезегі ашық болсын",
    "Ата-аналар балабақша кезегінде өз баласының нешінші орында тұрғанын және кезектің неге жылжымай "
    "тұрғанын көре алмайды, бұл сыбайлас жемқорлыққа жол ашады. Жұмыс тобы Оқу-ағарту министрлігіне "
    "электрондық кезек бойынша әр орынның кімге, қай күні және қандай негізбен берілгенін дербес деректерді "
    "жасырып, ашық жариялауды ұсынады."),
  P("ER23b","ru","Прозрачная очередь в детские сады",
    "Предлагаем публиковать в открытом доступе, кому, когда и на каком основании выданы места в детских садах "
    "по электронной очереди, скрывая персональные данные. Сейчас родители не видят, почему очередь не "
    "движется и почему их ребёнка обходят, и это порождает подозрения в коррупции."))
case("cross",
  P("ER24a","kk","Әр ауданда дағдарыс орталығы",
    "Облыстың көп ауданында тұрмыстық зорлық-зомбылықтан зардап шеккен әйелдер мен балалар уақытша "
    "паналайтын жер жоқ, ең жақын дағдарыс орталығы жүздеген шақырым жерде. Жұмыс тобы жергілікті атқарушы "
    "органдарға әр аудан орталығында кемінде бір дағдарыс орталығын ашып, оны мемлекеттік әлеуметтік тапсырыс "
    "арқылы тұрақты қаржыландыруды ұсынады."),
  P("ER24b","en","A crisis shelter in every district",
    "The group asks akimats to make sure that every district centre has at least one shelter for women and "
    "children escaping domestic violence, funded steadily through the state social order rather than through "
    "one-year grants. In many rural districts the nearest crisis centre is several hundred kilometres away, "
    "so victims simply have nowhere to go."))
case("cross",
  P("ER25a","ru","Безнадзорный скот на трассах",
    "На трассе Усть-Каменогорск – Семей и других дорогах области ежегодно происходят десятки аварий из-за "
    "коров и лошадей, которые без присмотра выходят на проезжую часть, особенно в тёмное время суток. Рабочая "
    "группа предлагает существенно увеличить штрафы для владельцев скота, оставленного без присмотра вблизи "
    "автомобильных дорог."),
  P("ER25b","en","Livestock wandering onto highways",
    "Owners who let cattle and horses roam unattended near highways should face much higher fines than "
    "today. Every year dozens of crashes on the Oskemen-Semey road and other roads in the region are caused "
    "by animals walking onto the carriageway at night, and drivers are left to pay for the damage."))
case("cross",
  P("ER26a","kk","Қандастарға арналған «бір терезе»",
    "Шетелден оралған қандастар құжат рәсімдеу үшін көші-қон қызметіне, ХҚКО-ға, жұмыспен қамту орталығына "
    "және әкімдікке бөлек-бөлек барып, айлап әуре болады. Жұмыс тобы Өскемен мен Семейде қандастардың барлық "
    "құжатын бір жерде рәсімдейтін «бір терезе» орталығын ашуды ұсынады."),
  P("ER26b","ru","Единое окно для кандасов",
    "Предлагаем открыть в Усть-Каменогорске и Семее центры «одного окна», где кандасы смогут оформить все "
    "документы в одном месте: вид на жительство, гражданство, регистрацию в центре занятости и квоту на "
    "переселение. Сейчас им приходится месяцами ходить по разным ведомствам."))
case("cross",
  P("ER27a","kk","Жағаға еркін өту",
    "Бұқтырма су қоймасының жағасында демалыс базалары мен жеке үй иелері қоршауды судың шетіне дейін "
    "салып, жергілікті тұрғындар мен туристерді суға жібермейді. Жұмыс тобы әкімдіктерге су қоймасының "
    "жағалау белдеуінде суға өтетін жолды жабатын қоршау салуға тыйым салуды, ал бұрыннан тұрғандарын бір "
    "жыл ішінде бұздыруды ұсынады."),
  P("ER27b","ru","Свободный доступ к берегу Бухтармы",
    "Запретить возводить в прибрежной полосе Бухтарминского водохранилища заборы, перекрывающие доступ к "
    "воде, а уже построенные снести в течение года. Базы отдыха и владельцы дач огораживают берег до самой "
    "кромки воды, и местные жители не могут пройти к водохранилищу."),
  P("ER27c","en","Open shoreline at Bukhtarma",
    "Resorts and private owners on the Bukhtarma reservoir have fenced the shore right down to the water, so "
    "local people and visitors cannot get to it. Akimats should ban fences that block access to the water "
    "along the shoreline strip and have the existing ones taken down within a year."))

# ---------------- opposite-meaning traps (must never merge)
case("trap-polarity",
  P("ER30a","en","Life jackets for children in boats",
    "Every summer children drown on the Ertis and its reservoirs after small boats capsize, and in most "
    "cases the child was not wearing a life jacket. The group recommends that wearing a life jacket be "
    "mandatory for all children under fourteen in any boat, including private fishing boats, with a fine for "
    "the adult in charge."),
  P("ER30b","en","Life jackets for children in boats",
    "Every summer children drown on the Ertis and its reservoirs after small boats capsize, and in most "
    "cases the child was not wearing a life jacket. The group recommends that wearing a life jacket remain "
    "voluntary for children under fourteen in private fishing boats, left to the adult in charge, with no "
    "fines, and that the emergency service explain the risks to parents."))
case("trap-polarity",
  P("ER31a","kk","Тазартылған шахта суын өзенге ағызу",
    "Кен орындарынан сорылатын шахта сулары қазір тұндырғыштарда жиналады, ал олардың бөгеттері көктемде "
    "жиі бұзылып, лас су бәрібір өзенге кетеді. Жұмыс тобы тәуелсіз зертхана тексерген және нормативке сай "
    "тазартылған шахта суын Ертістің салаларына ағызуға рұқсат беруді ұсынады."),
  P("ER31b","kk","Шахта суын өзенге ағызу",
    "Кен орындарынан сорылатын шахта сулары қазір тұндырғыштарда жиналады, ал олардың бөгеттері көктемде "
    "жиі бұзылып, лас су бәрібір өзенге кетеді. Жұмыс тобы шахта суы тәуелсіз зертханада тексеріліп, "
    "нормативке сай тазартылған болса да, оны Ертістің салаларына ағызуға тыйым салуды ұсынады."))
case("trap-polarity",
  P("ER32a","ru","Норма вылова на Бухтарме",
    "Рыболовы-любители, местные жители и туристы ловят на Бухтарминском водохранилище судака и леща, а "
    "суточная норма вылова не пересматривалась уже много лет. Рабочая группа предлагает Министерству "
    "экологии увеличить суточную норму вылова рыбы для любителей на Бухтарминском водохранилище."),
  P("ER32b","ru","Суточная норма вылова рыбы",
    "Рыболовы-любители, местные жители и туристы ловят на Бухтарминском водохранилище судака и леща, а "
    "суточная норма вылова не пересматривалась уже много лет. Рабочая группа предлагает Министерству "
    "экологии сократить суточную норму вылова рыбы для любителей на Бухтарминском водохранилище."))
case("trap-polarity",
  P("ER33a","kk","Ауыл мамандарының үстемеақысы",
    "Ауылдық жерде жұмыс істейтін мұғалімдер мен дәрігерлер қаладағы әріптестерімен салыстырғанда "
    "лауазымдық айлықақысына 25 пайыз үстемеақы алады. Жұмыс тобы осы үстемеақыны сақтап қалуды ұсынады, "
    "өйткені онсыз ауыл мектептері мен емханаларындағы кадр тапшылығы күшейе түседі."),
  P("ER33b","kk","Ауылдағы 25 пайыздық үстемеақы",
    "Ауылдық жерде жұмыс істейтін мұғалімдер мен дәрігерлер қаладағы әріптестерімен салыстырғанда "
    "лауазымдық айлықақысына 25 пайыз үстемеақы алады. Жұмыс тобы бұл үстемеақыны жоюды және оның орнына "
    "ауылға жаңадан келген мамандарға бір реттік көтерме жәрдемақы төлеуді ұсынады."))
case("trap-polarity",
  P("ER34a","en","Entry fee for Katon-Karagai National Park",
    "Katon-Karagai National Park receives tens of thousands of visitors every summer, while its rangers earn "
    "less than a shop assistant and lack cars and fuel to patrol. The group believes that tourists entering "
    "the park should pay an entry fee, and that the money should go to rangers' pay and trail upkeep."),
  P("ER34b","en","Katon-Karagai park and its visitors",
    "Katon-Karagai National Park receives tens of thousands of visitors every summer, while its rangers earn "
    "less than a shop assistant and lack cars and fuel to patrol. The group believes that tourists entering "
    "the park should not pay an entry fee; rangers' pay and trail upkeep should be covered from the national "
    "budget instead."))
case("trap-polarity",
  P("ER35a","ru","Выпас скота в водоохранной зоне",
    "В водоохранной зоне Ертиса и его притоков сельчане традиционно пасут скот, а из-за размытых "
    "формулировок закона инспекторы то штрафуют их, то нет. Рабочая группа предлагает прямо разрешить выпас "
    "скота в водоохранной зоне за пределами прибрежной полосы."),
  P("ER35b","ru","Выпас в водоохранной зоне Ертиса",
    "В водоохранной зоне Ертиса и его притоков сельчане традиционно пасут скот, а из-за размытых "
    "формулировок закона инспекторы то штрафуют их, то нет. Рабочая группа предлагает прямо запретить выпас "
    "скота в водоохранной зоне, в том числе за пределами прибрежной полосы."))

# ---------------- number traps (must never merge)
case("trap-number",
  P("ER40a","ru","Штраф за мусор на берегу",
    "После выходных берега Ертиса и водохранилищ усыпаны бутылками и пакетами, а нынешний штраф за мусор в "
    "природе никого не останавливает. Рабочая группа предлагает установить штраф за мусор, оставленный на "
    "берегу водоёма, в размере 50 МРП."),
  P("ER40b","ru","Штраф за мусор на берегу водоёма",
    "После выходных берега Ертиса и водохранилищ усыпаны бутылками и пакетами, а нынешний штраф за мусор в "
    "природе никого не останавливает. Рабочая группа предлагает установить штраф за мусор, оставленный на "
    "берегу водоёма, в размере 100 МРП."))
case("trap-number",
  P("ER41a","en","Buffer zone around tailings ponds",
    "New tailings ponds in the Ulba valley are being planned close to houses, and a dam failure or dust "
    "from dried tailings would reach them within minutes. The group recommends that the law forbid placing "
    "any new tailings storage facility closer than 500 metres to homes, schools or drinking-water intakes."),
  P("ER41b","en","Distance between tailings ponds and homes",
    "New tailings ponds in the Ulba valley are being planned close to houses, and a dam failure or dust "
    "from dried tailings would reach them within minutes. The group recommends that the law forbid placing "
    "any new tailings storage facility closer than 1,000 metres to homes, schools or drinking-water intakes."))
case("trap-number",
  P("ER42a","kk","Жазғы лагерьге жолдама",
    "Мектеп оқушыларына арналған жазғы сауықтыру лагерьлеріне жолдама қымбаттап, көпбалалы және аз "
    "қамтылған отбасылар балаларын лагерьге жібере алмай отыр. Жұмыс тобы әкімдіктерге жолдама құнының ата-ана "
    "төлейтін бөлігі 30 пайыздан аспайтындай етіп, қалғанын жергілікті бюджеттен өтеуді ұсынады."),
  P("ER42b","kk","Лагерь жолдамасының құны",
    "Мектеп оқушыларына арналған жазғы сауықтыру лагерьлеріне жолдама қымбаттап, көпбалалы және аз "
    "қамтылған отбасылар балаларын лагерьге жібере алмай отыр. Жұмыс тобы әкімдіктерге жолдама құнының ата-ана "
    "төлейтін бөлігі 50 пайыздан аспайтындай етіп, қалғанын жергілікті бюджеттен өтеуді ұсынады."))

# ---------------- look-alikes: one word differs, or one topic with different asks
case("distinct",
  P("ER50a","en","A school psychologist in every rural school",
    "Children in village schools often go without help because specialists come from the district centre "
    "once a month at best. Every rural school with more than 100 pupils should have its own full-time school "
    "psychologist, paid from the education budget and not shared with other schools."),
  P("ER50b","en","A speech therapist in every rural school",
    "Children in village schools often go without help because specialists come from the district centre "
    "once a month at best. Every rural school with more than 100 pupils should have its own full-time speech "
    "therapist, paid from the education budget and not shared with other schools."))
case("distinct",
  P("ER51a","ru","Реабилитационный центр в Семее",
    "Открыть в Семее государственный реабилитационный центр для детей с ДЦП, чтобы семьям не приходилось "
    "возить детей на курсы за сотни километров."),
  P("ER51b","ru","Реабилитационный центр в Зайсане",
    "Открыть в Зайсане государственный реабилитационный центр для детей с ДЦП, чтобы семьям не приходилось "
    "возить детей на курсы за сотни километров."))
case("distinct",
  P("ER52a","kk","Мәдениет үйлеріне кинопроектор",
    "Ауылдық мәдениет үйлерін заманауи кинопроекторлармен жабдықтап, онда жаңа қазақ фильмдерін тегін "
    "көрсету."),
  P("ER52b","kk","Мәдениет үйлеріне музыкалық аспаптар",
    "Ауылдық мәдениет үйлерін ұлттық музыкалық аспаптармен жабдықтап, онда балаларға тегін үйірмелер ашу."))
case("distinct",
  P("ER53a","ru","Меню школьных столовых — в открытом доступе",
    "Родители не знают, чем на самом деле кормят детей в школе, а жалобы на качество обедов остаются без "
    "ответа. Рабочая группа предлагает обязать школы еженедельно публиковать на своих сайтах меню столовой "
    "с составом блюд, их весом и названием поставщика."),
  P("ER53b","ru","Продукты для школьных столовых — от местных фермеров",
    "Родители не знают, чем на самом деле кормят детей в школе, а жалобы на качество обедов остаются без "
    "ответа. Рабочая группа предлагает разрешить школам закупать молоко, мясо и овощи для столовых напрямую "
    "у местных фермерских хозяйств, без посредников - операторов питания."))
case("distinct",
  P("ER54a","en","Restore the ferry across the Ertis",
    "Since the ferry crossing near Kurchum stopped working, villagers on the far bank have to drive more "
    "than 150 kilometres round the reservoir to reach the district hospital. The group asks the regional "
    "akimat to restore the ferry and run it daily from May to October."),
  P("ER54b","en","Cheaper ferry tickets for residents",
    "The ferry crossings on the Ertis are the only link to the district centre for several villages, and a "
    "return ticket for a car now costs more than a day's wage. The group asks the regional akimat to "
    "subsidise ferry fares so that registered residents of riverside villages pay half price."))
