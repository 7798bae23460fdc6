# A forum "Markakol" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any bench/*.py script
# other than the generator, any *.yaml forum, git history, or any dedupe output or score, and to be
# run ONCE. Nothing here was tuned on a run; recbook, dedupe and the scorers were not run (only
# make_eval.py, to generate the YAML). Only bench/data/make_eval.py (generator and format), the first
# 100 lines of forum_torgai_cases.py (format example), the header comments (first 60 lines) of the
# other bench/data/forum_*_cases.py files (to avoid their fields, topics, asks and voices, and to copy
# the kinds-and-counts convention), /work/shared/design/KAZAKH.md (Kazakh spelling, official names)
# and /work/shared/seed/conference-article.txt were allowed; the first four were read.
# Field: CEMETERIES, FUNERAL (RITUAL) SERVICES, MORGUES AND MEMORIAL CARE - a niche of municipal life
# (a field the tool's authors did not write for; Tamgaly's confessional cemetery sections, Tobyl's
# visits to graves across the border and Torgai's anthrax burial sites were left out).
# Voice: a REGIONAL PUBLIC COUNCIL'S COMPILED RESOLUTION (Шығыс Қазақстан облысының қоғамдық кеңесі /
# общественный совет Восточно-Казахстанской области / the public council of East Kazakhstan region),
# after a session held at Lake Markakol: a title of 5-12 words in official style («... туралы»,
# «О ...», "On ...") and a text of 3-5 sentences (about 50-110 words) in bureaucratic register
# (nominalisations: «қамтамасыз ету», «обеспечение», "ensuring"; «Қоғамдық кеңес ... ұсынады»,
# «Общественный совет рекомендует ...», "The council recommends ..."), with references to laws,
# codes, ministries, akimats, departments, programmes and years, figures in the context (tenge,
# per cent, kilometres, cases, complaints, years). Some texts put the ask first, some last.
# Paraphrase pairs are written as by two different officials: other context, other references,
# synonyms, another verb and order, the same ask. Cross-language pairs: the same ask written
# independently in each language, not translated, with NO translation supplied.
# kk 39, ru 35, en 25 of 99 proposals.
# Topics: an electronic register of graves with search; water points at city cemeteries; leaks of
# death data to funeral agents; refrigerated body storage in district hospitals; fencing rural
# cemeteries against livestock; a free hearse for low-income families; ownerless cemeteries put on
# akimats' balance; rooms for washing the deceased at village cemeteries; snow clearing of cemetery
# roads; mandatory publication of funeral price lists; numbering graves and keeping DNA of
# unidentified dead; reserving land for a new Oskemen cemetery; lighting and CCTV against vandalism;
# drainage of cemeteries flooded in spring; a single eGov application after a death; free shuttle
# buses on memorial days; an open register of free plots; a caretaker post per rural okrug; waste
# removal at cemeteries; limits on the size of grave fences; duty forensic experts at weekends;
# help bringing home bodies of citizens who died abroad; care of war veterans' graves; hydrogeological
# survey before opening a cemetery; a pet cemetery in Oskemen; state social order for NGOs caring for
# neglected graves; sector maps and signs; excavators and ground thawers for winter graves; toilets at
# cemetery gates; escrow for prepaid funeral plans; a crematorium in Oskemen; online exhumation and
# reburial permits; a memorial tree grove; round-the-clock certification of death at home; traps on
# burial in closed old cemeteries (allow vs ban), paying for a burial plot (-уы керек vs -мауы керек),
# the sanitary protection zone (increase vs reduce), funeral adverts near hospitals and morgues (allow
# vs ban), storage term of unclaimed bodies (increase vs reduce), licensing funeral agencies (should vs
# should not be required); number traps on reuse of a grave (years), a pensioners' discount (per
# cent), the burial allowance (tenge), paid bereavement leave (days); distinct pairs on the Kurchum
# village cemetery, Oskemen morgues, funeral staff, the burial allowance, and cemetery workers.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different officials (kk 4, ru 4, en 3); cross 18 cases = 20 cross-language pairs with NO translation
# supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity 6 with shared
# wording (kk: allow vs ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban, increase
# vs reduce; en: should vs should not be required); trap-number 4 (years, per cent, tenge, days);
# distinct 5 (same topic, different asks: kk/kk, ru/ru, en/en, kk/en, ru/en). No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py bench/data/forum_markakol_cases.py bench/data/forum_markakol.yaml

# ---------------- exact, spelling and homoglyph variants
_M01t = "О создании электронного реестра захоронений Восточно-Казахстанской области"
_M01 = ("Учёт захоронений на кладбищах Усть-Каменогорска, Риддера и Алтая до настоящего времени ведётся в "
        "бумажных книгах, часть которых утрачена. В 2025 году в общественный совет поступило 46 обращений "
        "граждан, не сумевших установить место погребения родственников. Общественный совет рекомендует "
        "управлению энергетики и жилищно-коммунального хозяйства области обеспечить до конца 2027 года "
        "создание единого электронного реестра захоронений с функцией поиска могилы по фамилии и "
        "интерактивной картой кладбищ.")
case("exact",
  P("MK01a","ru",_M01t,_M01),
  P("MK01b","ru",_M01t,_M01))
case("spelling",
  P("MK02a","kk","Қалалық зираттарды сумен қамтамасыз ету туралы",
    "Өскемен, Риддер және Алтай қалаларындағы зираттардың көпшілігінде су құбыры мен су алу нүктелері жоқ, "
    "азаматтар суды үйден тасуға мәжбүр. Облыстың энергетика және тұрғын үй-коммуналдық шаруашылық "
    "басқармасы 2026–2027 жылдары әрбір қалалық зираттың кіреберісінде кемінде екі су алу нүктесін "
    "орнатуды және олардың жазғы маусымда үздіксіз жұмыс істеуін қамтамасыз етуі қажет. Бұл шара "
    "қабірлерді күтіп-ұстауды және жасыл желекті суаруды жеңілдетеді."),
  P("MK02b","kk","Қалалық зираттарды сумен қамтамасз ету туралы",
    "Өскемен, Риддер және Алтай қалаларындағы зиратардың көпшілігінде су құбры мен су алу нүктелері жоқ, "
    "азаматтар суды үйден тасуға мәжбүр. Облыстың энергетика және тұрғын үй-коммуналдық шаруашылық "
    "басқармасы 2026–2027 жылдары әрбір қалалық зираттың кірберісінде кемінде екі су алу нүктесін "
    "орнатуды және олардың жазғы маусымда үздіксіз жұмыс істеуін қамтамасыз етуі қажет. Бұл шара "
    "қабірлерді күтіп-ұстауды және жасыл желекті суаруды жеңілдетеді."))
case("spelling",
  P("MK03a","ru","О пресечении передачи сведений об умерших ритуальным агентам",
    "По информации общественного совета, в 2025 году родственники умерших в Усть-Каменогорске и Риддере "
    "неоднократно сообщали о звонках ритуальных агентов уже через час после смерти близкого человека. Это "
    "свидетельствует об утечке персональных данных из медицинских организаций и станций скорой помощи. "
    "Рекомендуется управлению здравоохранения области и органам внутренних дел обеспечить проверку каждого "
    "такого факта и привлечение виновных к ответственности в соответствии с Законом Республики Казахстан "
    "«О персональных данных и их защите»."),
  P("MK03b","ru","О пресечении передачи сведенй об умерших ритуальным агнетам",
    "По информации общественного совета, в 2025 году родственники умерших в Усть-Каменогорске и Риддере "
    "неоднократно сообщали о звонках ритуальных агентов уже через час после смерти близкого человека. Это "
    "свидетельствует об утечьке персонльных данных из медицинских организаций и станций скорой помощи. "
    "Рекомендуется управлению здравоохранения области и органам внутренних дел обеспечить проверку каждого "
    "такого факта и привлечение виновных к ответственности в соответствии с Законом Республики Казахстан "
    "«О персональных данных и их защите»."))
case("spelling",
  P("MK04a","en","On refrigerated body storage in district hospitals",
    "District hospitals in Kurchum, Katon-Karagay and Ulan districts have no refrigerated chambers for the "
    "bodies of the deceased, and in summer families have to hold funerals in haste or transport bodies over "
    "200 kilometres to Oskemen. The council recommends that the regional health department ensure the "
    "installation of at least one refrigerated chamber in every district hospital by 2027, financed from "
    "the regional budget. Such a measure would also ease the work of forensic experts."),
  P("MK04b","en","On refridgerated body storage in district hospitls",
    "District hospitals in Kurchum, Katon-Karagay and Ulan districts have no refrigerated chambres for the "
    "bodies of the deceaced, and in summer families have to hold funerals in haste or transport bodies over "
    "200 kilometres to Oskemen. The council recommends that the regional health department ensure the "
    "installation of at least one refrigerated chamber in every district hospital by 2027, financed from "
    "the regional budget. Such a measure would also ease the work of forensic experts."))
_M05t = "Ауылдық зираттарды малдан қорғау үшін қоршау туралы"
_M05 = ("Күршім, Катонқарағай және Зайсан аудандарындағы ауылдық зираттардың едәуір бөлігінің қоршауы "
        "тозған, сондықтан мал қабірлердің үстінде еркін жайылып жүр. 2025 жылы жүргізілген түгендеу "
        "нәтижесінде 38 зираттың мүлдем қоршауы жоқ екені анықталды. Қоғамдық кеңес аудан әкімдіктеріне "
        "жергілікті бюджет есебінен 2027 жылға дейін аталған зираттарды берік қоршаумен қоршауды және "
        "олардың кіреберісіне қақпа орнатуды ұсынады.")
case("homoglyph",
  P("MK05a","kk",_M05t,_M05),
  P("MK05b","kk",homo(_M05t, 3),homo(_M05, 2)))

# ---------------- paraphrases, one language each (written as by two different officials)
case("paraphrase",
  P("MK06a","kk","Аз қамтылған отбасыларға жерлеу көлігін тегін беру туралы",
    "Шалғай ауылдарда тұратын аз қамтылған отбасылар марқұмды аудан орталығындағы мәйітханадан ауылға "
    "жеткізу үшін 60–80 мың теңге төлеуге мәжбүр. Атаулы әлеуметтік көмек алатын отбасылар үшін бұл сома "
    "ауыр жүк болып табылады. Қоғамдық кеңес облыстың жұмыспен қамтуды үйлестіру және әлеуметтік "
    "бағдарламалар басқармасына атаулы әлеуметтік көмек алушыларға марқұмды тасымалдау үшін арнайы "
    "көлікті тегін беруді қамтамасыз етуді ұсынады."),
  P("MK06b","kk","Марқұмды тасымалдауды әлеуметтік осал отбасылар үшін ақысыз ету",
    "Қоғамдық кеңес аудан әкімдіктеріне әлеуметтік тұрғыдан осал отбасылардың марқұмдарын жерлеу орнына "
    "дейін жеткізуді жергілікті бюджет қаражаты есебінен ақысыз ұйымдастыруды ұсынады. Қазіргі уақытта "
    "Зайсан мен Тарбағатай аудандарында катафалк қызметін тек жеке кәсіпкерлер көрсетеді, ал бір рейстің "
    "құны орташа айлық табыстың үштен біріне жетеді. 2025 жылы кеңеске осы мәселе бойынша 17 өтініш түсті."),
  note="hearse free of charge for poor families: ask last vs ask first, other districts and figures")
case("paraphrase",
  P("MK07a","kk","Иесіз зираттарды коммуналдық меншікке қабылдау туралы",
    "Облыс аумағындағы 412 зираттың 150-ден астамы ешбір мемлекеттік органның балансында тұрмайды, сол "
    "себепті оларды күтіп-ұстауға бюджет қаражаты бөлінбейді. Азаматтық кодекске сәйкес иесіз мүлікті "
    "есепке алу рәсімі бір жылдан астам уақытқа созылады. Қоғамдық кеңес аудандар мен қалалардың "
    "әкімдіктеріне 2026–2028 жылдары барлық иесіз зираттарды есепке алып, оларды коммуналдық меншікке "
    "қабылдау жұмыстарын аяқтауды ұсынады."),
  P("MK07b","kk","Теңгерімі жоқ зираттарды жергілікті атқарушы органдарға бекіту",
    "Ауылдық округтердің әкімдері «зират біздің теңгерімімізде жоқ» деген себеппен оның жай-күйіне жиі "
    "жауапкершілік алмайды. Қоғамдық кеңес Шығыс Қазақстан облысының әкімдігінен әрбір зиратты нақты "
    "жергілікті атқарушы органның теңгеріміне бекітуді және бұл үшін иесіз мүлікті тіркеу рәсімін "
    "жеделдетуді сұрайды. Мұндай шешім тұрғын үй-коммуналдық шаруашылықты дамыту бағдарламасы аясында "
    "зираттарды абаттандыруға қаражат бөлуге мүмкіндік береді."),
  note="ownerless cemeteries taken into municipal ownership = put on an akimat's balance")
case("paraphrase",
  P("MK08a","kk","Ауылдық зираттардың жанынан мәйіт жуатын орын салу туралы",
    "Көптеген ауылдарда мәйітті жуу рәсімі тар тұрғын үйлерде өткізіледі, бұл санитариялық талаптарға сай "
    "келмейді. Қоғамдық кеңес аудан әкімдіктеріне «Ауыл – Ел бесігі» жобасы аясында ірі ауылдық "
    "зираттардың жанынан сумен, жылумен және электр қуатымен қамтамасыз етілген мәйіт жуатын үйлер салуды "
    "ұсынады. Бірінші кезекте Ұлан, Глубокое және Зайсан аудандарындағы 12 ауыл қамтылуы тиіс."),
  P("MK08b","kk","Ауылдық округтерде мәйіт жуатын үй-жайлардың құрылысын қамтамасыз ету",
    "Ауылдық елді мекендерде марқұмды жуып, жерлеуге дайындауға арналған арнайы үй-жай жоқтың қасы. "
    "Мешіттер жанындағы бөлмелер әр ауылда бола бермейді, ал жазғы маусымда бұл мәселе ерекше өзекті. "
    "Облыстың құрылыс басқармасы 2027 жылға дейін әрбір ауылдық округте су құбырына қосылған, жылытылатын "
    "кемінде бір мәйіт жуатын үй салуды қамтамасыз етуі керек. Құрылыс жұмыстарын жергілікті бюджет есебінен қаржыландыру ұсынылады."),
  note="a room for washing the deceased near village cemeteries, other body addressed")
case("paraphrase",
  P("MK09a","kk","Зиратқа апаратын жолдарды қыс мезгілінде тазарту туралы",
    "Риддер мен Алтай қалаларында қар қалың түсетіндіктен, қыс айларында зиратқа апаратын жолдар жиі "
    "жабылып қалады, жерлеу көлігі мен туыстар зиратқа жете алмайды. Қоғамдық кеңес қала әкімдіктеріне "
    "зиратқа апаратын жолдарды қалалық көшелермен бірдей кезекте қардан тазартылатын жолдардың тізбесіне "
    "енгізуді ұсынады. Бұл талап жол шаруашылығы жөніндегі жылдық шарттарда көзделуі тиіс. Қар тазалау кестесі қала әкімдігінің сайтында жариялануы тиіс."),
  P("MK09b","kk","Қыста зират жолдарының қардан тазартылуын қамтамасыз ету",
    "2024–2025 жылдардағы қыста Глубокое және Шемонаиха аудандарында жерлеу рәсімдері қардың кесірінен "
    "бірнеше рет кейінге шегерілді. Осыған байланысты аудан әкімдіктері қар тазалайтын мердігерлермен "
    "жасалатын шарттарға зират жолдарын міндетті түрде қосуы, ал тазарту жұмысын жерлеу болатын күні "
    "таңертең жүргізуі керек. Жауапты тұлғалардың байланыс нөмірлері ауылдық округ әкімі аппаратының "
    "сайтында жариялануы қажет. Бұл талап 2025–2026 жылдардағы қыстан бастап қолданылуы тиіс."),
  note="snow clearing of roads to cemeteries in snow-clearing contracts")
case("paraphrase",
  P("MK10a","ru","Об обязательной публикации цен на ритуальные услуги",
    "Стоимость одних и тех же ритуальных услуг в Усть-Каменогорске различается у разных агентств в два-три "
    "раза, при этом семьи узнают итоговую сумму лишь после похорон. Общественный совет рекомендует акимату "
    "области закрепить требование о размещении полного прейскуранта на сайте каждого ритуального агентства "
    "и у входа в его офис. Контроль за исполнением предлагается возложить на департамент по защите прав "
    "потребителей."),
  P("MK10b","ru","Прозрачность тарифов на похоронное обслуживание",
    "Предлагаем обязать организации, оказывающие услуги по погребению, открыто публиковать цены на все "
    "позиции — от гроба до рытья могилы. По итогам мониторинга 2025 года, проведённого НПО «Адал сауда», "
    "лишь 4 из 27 агентств области раскрывают стоимость услуг заранее. Соответствующие изменения "
    "целесообразно внести в правила оказания ритуальных услуг, утверждаемые местными исполнительными "
    "органами."),
  note="ask last vs ask first; price list = prices of all items")
case("paraphrase",
  P("MK11a","ru","Об учёте мест погребения неопознанных умерших",
    "Ежегодно в области за счёт бюджета хоронят около 90 неопознанных и невостребованных умерших, однако "
    "места их погребения нередко обозначаются лишь временной табличкой. В результате родственники, "
    "разыскивающие пропавших, не могут найти могилу. Общественный совет рекомендует обеспечить присвоение "
    "каждому такому захоронению постоянного номера, сохранение генетического образца и внесение данных в "
    "базу розыска Министерства внутренних дел."),
  P("MK11b","ru","Сохранение сведений о захоронениях лиц без установленной личности",
    "Министерству внутренних дел совместно с акиматом Восточно-Казахстанской области предлагается "
    "обеспечить, чтобы по каждому погребённому за счёт государства неизвестному лицу сохранялись образец "
    "ДНК, фотография и точный номер могилы. В 2024 году семья из Риддера лишь через три года узнала, что их "
    "сын был похоронен как неопознанный на кладбище соседнего района. Такие сведения должны быть доступны в "
    "единой системе поиска пропавших без вести."))
case("paraphrase",
  P("MK12a","ru","О резервировании земель под новое кладбище Усть-Каменогорска",
    "По оценке городского коммунального предприятия, свободных участков на действующих кладбищах "
    "Усть-Каменогорска хватит не более чем на четыре года. Между тем генеральный план города не "
    "предусматривает территорий под новые места погребения. Общественный совет рекомендует акимату города "
    "при корректировке генерального плана в 2026 году зарезервировать земельный участок под новое кладбище "
    "с учётом санитарных норм."),
  P("MK12b","ru","Выделение территории для новых мест захоронения в областном центре",
    "Необходимо заблаговременно определить и закрепить в градостроительной документации площадку для "
    "нового городского кладбища областного центра. В 2025 году на крупнейшем кладбище города было "
    "произведено свыше 3 500 погребений, и его территория практически исчерпана. Решение следует принять "
    "до того, как нехватка мест приведёт к стихийным захоронениям за пределами отведённых территорий. Соответствующее поручение целесообразно дать управлению архитектуры и градостроительства."))
case("paraphrase",
  P("MK13a","ru","Об обеспечении сохранности надгробий на городских кладбищах",
    "В 2025 году на кладбищах Усть-Каменогорска и Риддера зарегистрировано 64 случая хищения металлических "
    "оград и осквернения надгробий. Общественный совет рекомендует акиматам городов обеспечить установку "
    "видеонаблюдения и освещения по периметру и на центральных аллеях кладбищ с подключением камер к центру "
    "оперативного управления полиции. Финансирование предлагается предусмотреть в бюджете на 2027 год."),
  P("MK13b","ru","Видеокамеры и освещение на местах погребения",
    "Департамент полиции области фиксирует рост краж цветного металла с могил, причём большинство случаев "
    "происходит в тёмное время суток. Предлагаем оснастить кладбища областного центра и малых городов "
    "освещёнными аллеями и камерами, передающими изображение в полицию в режиме реального времени. Это "
    "позволит раскрывать подобные преступления и снизит число актов вандализма. Средства на оборудование можно предусмотреть в рамках проекта «Безопасный город»."))
case("paraphrase",
  P("MK14a","en","On drainage of cemeteries flooded in spring",
    "Every spring, snowmelt and high water on the Irtysh and Ulba flood the lower sections of two cemeteries "
    "in Oskemen, and in April 2024 some graves were washed out. The public council recommends that the city "
    "akimat ensure the design and construction of drainage systems at these cemeteries under the city's "
    "flood-protection programme for 2026–2028. Until then, pumps should be deployed there every spring."),
  P("MK14b","en","Protecting burial grounds from meltwater",
    "We recommend that drainage ditches and storm-water outlets be built at the low-lying cemeteries of the "
    "regional centre, so that meltwater no longer stands on graves. According to the regional emergency "
    "department, groundwater at these sites rises to less than one metre below the surface in spring. The "
    "work should be funded by the akimat as part of its flood-prevention measures rather than left to "
    "families."))
case("paraphrase",
  P("MK15a","en","On a single application for all procedures after a death",
    "After a death, families in East Kazakhstan region still have to visit a civil registry office, a Public "
    "Service Centre, the pension fund and the akimat separately, often over a week. The council recommends "
    "that the Ministry of Digital Development, Innovation and Aerospace Industry introduce a composite "
    "service on eGov in which one application registers the death and triggers all related procedures, "
    "including the burial allowance and the closure of benefits. Similar proactive services already exist for the birth of a child."),
  P("MK15b","en","One-stop service for bereaved families",
    "Registering a death should launch, without further requests, every follow-up procedure: stopping the "
    "pension, paying the funeral benefit, removing the person from the register of residents and issuing a "
    "certificate for the bank. In 2025 the council received 58 complaints from families who spent days "
    "gathering the same documents. We therefore ask that these procedures be combined into a single "
    "proactive service on the eGov portal, with the family informed by SMS."))
case("paraphrase",
  P("MK16a","en","On free shuttle buses to cemeteries on memorial days",
    "On Radonitsa and other memorial days, tens of thousands of residents of Oskemen and Ridder visit "
    "cemeteries located 8–15 kilometres from the city, and regular routes cannot cope. The council "
    "recommends that city akimats ensure free shuttle buses from the central districts to the main "
    "cemeteries on these days, financed through subsidies to carriers. Elderly residents without cars "
    "would benefit most."),
  P("MK16b","en","Transport for residents on remembrance days",
    "We propose that the city transport departments organise additional free bus services to cemeteries on "
    "remembrance days, running every 15 minutes from morning until evening. In 2025 long queues formed at "
    "stops in the Ulba district, and many pensioners were unable to reach the graves of their relatives. "
    "Schedules should be published in advance on the akimats' websites and in local newspapers."))

# ---------------- cross-language pairs (written independently, NO translation supplied)
case("cross",
  P("MK17a","kk","Жерлеу орындарын бөлудің ашықтығын қамтамасыз ету туралы",
    "Қалалық зираттарда жерлеу орнын алу үшін заңсыз ақы талап етілгені туралы шағымдар жиі түседі. "
    "Қоғамдық кеңес Өскемен қаласының әкімдігіне бос жерлеу учаскелерінің тізілімін ашық жүргізуді және "
    "әрбір учаскені бөлу туралы шешімді жариялауды ұсынады. «Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» "
    "Заңның талаптарына сәйкес бұл тәртіп 2026 жылдан бастап енгізілуі тиіс. Тізілім әкімдіктің ресми сайтында күн сайын жаңартылып отыруы қажет."),
  P("MK17b","ru","Об открытости распределения мест на кладбищах",
    "Предлагаем вести в открытом доступе перечень свободных мест на кладбищах областного центра и "
    "публиковать сведения о каждом выделенном участке. Это исключит ситуации, когда за «хорошее» место у "
    "смотрителя требуют неофициальную плату в размере до 100 тысяч тенге. Агентство по противодействию "
    "коррупции в 2025 году уже выявило подобные случаи в двух городах области."))
case("cross",
  P("MK18a","kk","Ауылдық зираттарды күтетін қызметкердің штат бірлігін енгізу туралы",
    "Ауылдық округтердегі зираттарда тұрақты қараушы жоқ, сондықтан қабірлердің тазалығы мен қоршаулардың "
    "сақталуын ешкім бақыламайды. Қоғамдық кеңес аудан әкімдіктеріне 2027 жылғы бюджетте әрбір ауылдық "
    "округ әкімі аппаратының құрамында зираттарды күтіп-ұстайтын қызметкердің штат бірлігін көздеуді "
    "ұсынады. Бұл қызметкер жерлеу орындарын есепке алумен де айналыса алады. Мұндай штат бірлігі округ бюджетіне ауыр жүк болмайды, себебі бір қызметкер бірнеше зиратқа жауап бере алады."),
  P("MK18b","ru","О введении должности смотрителя сельского кладбища",
    "В сёлах Глубоковского и Шемонаихинского районов кладбища фактически остаются без присмотра: "
    "территорию убирают лишь жители на общественных субботниках. Общественный совет рекомендует "
    "предусмотреть в штате аппаратов акимов сельских округов должность смотрителя кладбищ с оплатой из "
    "районного бюджета. Такой работник отвечал бы за порядок и сохранность ограждений. По расчётам районных отделов ЖКХ, на одну такую ставку потребуется около 1,8 миллиона тенге в год."))
case("cross",
  P("MK19a","kk","Зираттардағы қоқысты уақытылы шығару туралы",
    "Ата-аналарды еске алу күні мен Құрбан айт мерекесінен кейін зираттар жасанды гүлдерге, бөтелкелер мен "
    "пластик қалдықтарға толып қалады. Қоғамдық кеңес қала әкімдіктеріне әрбір зираттың кіреберісінде "
    "қоқыс контейнерлерін орнатуды және оларды маусым кезінде аптасына кемінде бір рет шығаруды "
    "қамтамасыз етуді ұсынады. Бұл шығындар тұрмыстық қалдықтарды шығару жөніндегі шарттарға енгізілуі тиіс. Контейнерлердің орны зират сызбасында көрсетілуі керек."),
  P("MK19b","ru","О вывозе мусора с территорий кладбищ",
    "Мусор с кладбищ Риддера и Усть-Каменогорска, прежде всего старые венки и пластиковые цветы, "
    "вывозится нерегулярно и скапливается вдоль оград. Предлагается обязать коммунальные службы городов "
    "установить контейнерные площадки у всех кладбищ и обеспечить регулярный вывоз отходов, особенно в "
    "весенне-летний период. Необходимые средства следует предусмотреть в договорах с операторами по вывозу "
    "твёрдых бытовых отходов."))
case("cross",
  P("MK20a","kk","Қабір қоршауларының өлшемдерін реттеу туралы",
    "Соңғы жылдары Өскемендегі зираттарда кейбір отбасылар қабірлердің айналасына рұқсат етілген аумақтан "
    "әлдеқайда үлкен қоршаулар орнатып, өтетін жолдарды жауып тастайды. Нәтижесінде жерлеу көлігі мен "
    "азаматтар көрші қабірлерге жете алмайды. Қоғамдық кеңес жергілікті атқарушы органдарға зираттарды "
    "күтіп-ұстау қағидаларына қоршаулардың ең үлкен өлшемін белгілейтін нормаларды енгізуді және олардың "
    "сақталуын бақылауды ұсынады. Жаңа нормалар 2026 жылдан бастап қолданылуы тиіс."),
  P("MK20b","ru","О единых требованиях к оградам на могилах",
    "Необходимо установить в правилах содержания кладбищ предельные размеры оград вокруг могил и обязать "
    "смотрителей следить за их соблюдением. Сейчас на кладбищах областного центра ограды нередко "
    "захватывают проходы между рядами, и к соседним могилам приходится пробираться через чужие участки. "
    "Самовольно расширенные ограды предлагается приводить в соответствие с нормами при очередной "
    "инвентаризации."))
case("cross",
  P("MK21a","kk","Сот-медициналық сараптаманың демалыс күндері жұмыс істеуі туралы",
    "Халқымыздың дәстүрі бойынша марқұм келесі күні жерленеді, алайда демалыс және мереке күндері "
    "сот-медициналық сараптама жүргізілмейтіндіктен, мәйітті беру екі-үш күнге кешіктіріледі. Қоғамдық "
    "кеңес Сот сараптамалары орталығының облыстық филиалына сенбі, жексенбі және мереке күндері кезекші "
    "сарапшылардың жұмысын ұйымдастыруды ұсынады. Бұл шара туыстардың қосымша шығынын азайтады. 2025 жылы кеңеске осы мәселе бойынша Өскемен, Риддер және Зайсан тұрғындарынан 23 шағым түсті."),
  P("MK21b","ru","О дежурстве судебно-медицинских экспертов в выходные дни",
    "В Усть-Каменогорске тела умерших, направленных на вскрытие в пятницу вечером, выдаются родственникам "
    "лишь в понедельник, что противоречит религиозным обычаям большинства жителей. Общественный совет "
    "рекомендует Центру судебных экспертиз Министерства юстиции обеспечить работу дежурного эксперта в "
    "выходные и праздничные дни. Это позволит проводить погребение в установленные традицией сроки. В 2025 году по этому вопросу в совет поступило 19 обращений граждан."))
case("cross",
  P("MK22a","kk","Шетелде қайтыс болған азаматтардың мәйітін елге жеткізуге көмек туралы",
    "Облыс тұрғындарының бір бөлігі Ресей Федерациясында маусымдық жұмыста жүреді, олар қайтыс болған "
    "жағдайда мәйітті елге жеткізу шығыны 1,5 миллион теңгеге дейін жетеді. Көптеген отбасы бұл соманы "
    "төлей алмайды. Қоғамдық кеңес Сыртқы істер министрлігі мен облыс әкімдігіне аз қамтылған отбасыларға "
    "марқұмды Қазақстанға тасымалдау шығынын өтеу тетігін әзірлеуді ұсынады. Өтемақы мөлшері нақты шығынға сәйкес анықталуы тиіс."),
  P("MK22b","ru","О государственной помощи в перевозке тел граждан, умерших за рубежом",
    "Предлагаем предусмотреть в областном бюджете средства на возмещение расходов малообеспеченных семей "
    "по доставке на родину тел граждан Казахстана, умерших за границей. В 2025 году общественный совет "
    "рассмотрел 11 обращений жителей Зайсанского и Курчумского районов, родственники которых погибли на "
    "работе в России и Китае. Порядок оформления такой помощи целесообразно согласовать с консульскими "
    "учреждениями МИД."))
case("cross",
  P("MK23a","kk","Соғыс ардагерлерінің қабірлерін күтіп-ұстау туралы",
    "Облыстағы ауылдық зираттарда Ұлы Отан соғысы мен Ауғанстан соғысы ардагерлерінің 2 300-ден астам "
    "қабірі бар, олардың көбінің туыстары басқа өңірлерге көшіп кеткен. Қоғамдық кеңес аудан "
    "әкімдіктеріне осы қабірлерді тізімге алуды, ескерткіштерді жөндеуді және оларды жыл сайын "
    "күтіп-ұстауды жергілікті бюджет есебінен қамтамасыз етуді ұсынады. Бұл жұмыс жыл сайын Жеңіс күніне және ардагерлерді еске алу шараларына дейін аяқталып отыруы тиіс."),
  P("MK23b","ru","Об уходе за могилами участников войн",
    "Многие могилы фронтовиков и воинов-интернационалистов в сёлах области заброшены: надгробия разрушены, "
    "надписи не читаются. Общественный совет предлагает закрепить уход за такими захоронениями за "
    "акиматами районов, с ежегодной паспортизацией и финансированием ремонта памятников. К этой работе "
    "целесообразно привлечь военно-патриотические клубы и школьников. Перечень таких могил следует ежегодно публиковать на сайтах районных акиматов с указанием ответственных лиц."))
case("cross",
  P("MK24a","kk","Жаңа зираттарды ашар алдында жерасты суларын зерттеу туралы",
    "Кейбір ауылдық зираттар өзен жағалауына және жерасты сулары жер бетіне жақын орналасқан жерлерге "
    "салынған, бұл ауыз су көздерінің ластануына әкелуі мүмкін. Қоғамдық кеңес жаңа зират үшін жер "
    "учаскесін бөлер алдында гидрогеологиялық зерттеу жүргізуді міндетті етуді ұсынады. Зерттеу "
    "нәтижелері облыстың экология департаментімен келісілуі тиіс. Бұл талап Жер кодексіне сәйкес жер учаскесін беру рәсімінің міндетті кезеңі ретінде бекітілуі қажет."),
  P("MK24b","ru","О гидрогеологических изысканиях при выборе участков под кладбища",
    "Общественный совет рекомендует при отводе земли под новое кладбище в обязательном порядке проводить "
    "гидрогеологическое обследование участка. В 2024 году в одном из сёл Уланского района новое кладбище "
    "было открыто на участке с высоким уровнем грунтовых вод, в 300 метрах от водозаборной скважины. "
    "Подобные решения создают угрозу загрязнения питьевой воды и должны быть исключены."))
case("cross",
  P("MK25a","kk","Өскемен қаласында үй жануарларын жерлейтін орын ашу туралы",
    "Өскеменде 40 мыңнан астам үй жануары тіркелген, алайда олардың өлексесін жерлейтін арнайы орын жоқ, "
    "сондықтан иелері жануарларды саябақтарға және өзен жағасына көмеді. Қоғамдық кеңес қала әкімдігіне "
    "ветеринариялық-санитариялық талаптарға сай келетін үй жануарларын жерлеу орнын ұйымдастыруды ұсынады. "
    "Бұл шара «Жануарларға жауапкершілікпен қарау туралы» Заңның талаптарына сәйкес келеді. Мұндай нысанды салуға демеушілер мен жануарларды қорғау ұйымдарын тартуға болады."),
  P("MK25b","ru","О создании кладбища домашних животных в Усть-Каменогорске",
    "Предлагаем выделить в Усть-Каменогорске участок для захоронения домашних животных с соблюдением "
    "ветеринарно-санитарных правил. Отсутствие такого места приводит к тому, что владельцы хоронят собак и "
    "кошек во дворах и в прибрежной зоне Ульбы. Эксплуатацию объекта можно передать частному оператору на "
    "условиях государственно-частного партнёрства. Ветеринарная служба города поддерживает эту инициативу и готова участвовать в выборе участка."))
case("cross",
  P("MK26a","kk","Қараусыз қалған қабірлерді күтуге мемлекеттік әлеуметтік тапсырыс беру туралы",
    "Облыс зираттарындағы қараусыз қалған қабірлерді күтіп-ұстау жұмысына еріктілер мен үкіметтік емес "
    "ұйымдарды тартуға болады. Қоғамдық кеңес облыстың ішкі саясат басқармасына 2027 жылдан бастап "
    "мемлекеттік әлеуметтік тапсырыс аясында осы бағыт бойынша жоба жариялауды ұсынады. Жобаның жылдық "
    "көлемі кемінде 15 миллион теңге болуы тиіс. Жоба аясында әр ауданда қараусыз қалған қабірлердің тізімі жасалуы тиіс."),
  P("MK26b","en","State social order for the care of neglected graves",
    "Thousands of graves in the region's cemeteries have no relatives left to look after them. The council "
    "recommends that the regional department of internal policy include the care of abandoned graves among "
    "the topics of the state social order, so that NGOs and volunteer groups can receive funding for "
    "clean-ups and minor repairs. Such projects would also involve young people in civic work."))
case("cross",
  P("MK27a","kk","Зираттарда бағдар көрсеткіштері мен сызбаларын орнату туралы",
    "Ірі қалалық зираттарда секторлар мен қатарлар белгіленбеген, сондықтан келушілер туыстарының қабірін "
    "сағаттап іздейді. Қоғамдық кеңес Өскемен мен Риддер әкімдіктеріне әрбір зираттың кіреберісіне "
    "секторлар сызбасын орнатуды, ал қатарлар мен учаскелерге нөмірлі көрсеткіштер қоюды ұсынады. Бұл "
    "жұмыстарды 2026 жылғы абаттандыру жоспарына енгізу қажет. Сызбаларда әкімшілік ғимараты, су алу нүктелері мен кіреберістер де көрсетілуі керек."),
  P("MK27b","en","Maps and sector signs at city cemeteries",
    "We recommend that every large cemetery in Oskemen and Ridder display a plan of its sectors at the "
    "entrance and that rows and plots be marked with numbered signs. At present, visitors, especially "
    "elderly ones, often wander for a long time before finding a grave. The cost is modest and can be "
    "covered from the cities' landscaping budgets."))
case("cross",
  P("MK28a","kk","Қыс мезгілінде қабір қазуға арналған техника туралы",
    "Шығыс Қазақстанда қыста жер 1,5–2 метр тереңдікке дейін қатады, ал ауылдарда қабір қазу қолмен "
    "бірнеше күнге созылады. Қоғамдық кеңес аудан әкімдіктеріне коммуналдық кәсіпорындар үшін шағын "
    "экскаваторлар мен топырақ жылытқыштарын сатып алуды және оларды ауылдық округтерге тегін беруді "
    "ұсынады. Техниканы пайдалану кестесін аудандық тұрғын үй-коммуналдық шаруашылық бөлімі жүргізуі тиіс. Бұл шара жерлеу рәсімдерінің кешіктірілмеуіне мүмкіндік береді."),
  P("MK28b","en","Equipment for digging graves in frozen ground",
    "In winter, gravediggers in the mountain villages of Katon-Karagay and Kurchum districts spend up to "
    "three days breaking frozen soil by hand. The council recommends that district akimats equip their "
    "public utility enterprises with compact excavators and ground-thawing units and make them available "
    "for village funerals free of charge. This would spare families considerable cost and delay."))
case("cross",
  P("MK29a","kk","Ірі зираттарда қоғамдық дәретханалар орнату туралы",
    "Қалалық зираттардың ешқайсысында қоғамдық дәретхана жоқ, бұл әсіресе жерлеу рәсімдері мен еске алу "
    "күндері қарт адамдар үшін үлкен қиындық туғызады. Қоғамдық кеңес қала әкімдіктеріне зираттардың "
    "кіреберісінде жылытылатын модульдік дәретханалар орнатуды және олардың күтімін коммуналдық "
    "кәсіпорындарға жүктеуді ұсынады. Бұл шараларды қаржыландыру 2027 жылғы бюджетте қарастырылуы тиіс. Бірінші кезекте күніне ондаған жерлеу өтетін Өскемендегі ең ірі зиратты қамту қажет."),
  P("MK29b","en","Toilets at the entrances of city cemeteries",
    "The public council asks the akimats of Oskemen and Ridder to ensure that public toilets, accessible to "
    "people with disabilities, are installed at the gates of every large city cemetery. Funerals and "
    "memorial visits can last several hours, and elderly visitors currently have no facilities at all. "
    "Maintenance should be assigned to the municipal ritual services enterprise."))
case("cross",
  P("MK30a","ru","О защите средств по прижизненным договорам на похороны",
    "В последние годы ритуальные агентства области активно предлагают пожилым людям заключать прижизненные "
    "договоры на организацию похорон с полной предоплатой. При закрытии агентства такие средства, как "
    "показал случай 2024 года в Усть-Каменогорске, бесследно исчезают. Общественный совет рекомендует "
    "предусмотреть в законодательстве обязательное хранение подобных предоплат на эскроу-счетах в банках "
    "второго уровня до момента оказания услуг."),
  P("MK30b","en","Safeguarding money paid for prepaid funeral plans",
    "Money that elderly people pay in advance for their own funerals should be kept in an escrow account at "
    "a bank and released to the funeral agency only once the service has been delivered. We make this "
    "proposal after at least 30 pensioners in the region lost their prepayments when an agency closed. The "
    "Agency for Regulation and Development of the Financial Market could set the rules for such accounts."))
case("cross",
  P("MK31a","ru","О строительстве крематория в Усть-Каменогорске",
    "Часть жителей области по мировоззренческим или семейным причинам выбирает кремацию, однако ближайший "
    "крематорий находится в Алматы, более чем в 1 000 километрах. Перевозка тела туда обходится семьям в "
    "сумму свыше 600 тысяч тенге. Общественный совет рекомендует акимату области рассмотреть строительство "
    "крематория в Усть-Каменогорске на условиях государственно-частного партнёрства. Размещение объекта необходимо согласовать с санитарно-эпидемиологической службой."),
  P("MK31b","en","A crematorium for East Kazakhstan region",
    "We propose that a crematorium be built in Oskemen through a public-private partnership. Cemeteries in "
    "the regional centre are running out of space, and families who prefer cremation currently have to "
    "transport the body to Almaty at great expense. Cremation would remain entirely voluntary, and a "
    "columbarium could be arranged on the same site."))
case("cross",
  P("MK32a","ru","Об упрощении получения разрешения на перезахоронение",
    "Для получения разрешения на эксгумацию и перезахоронение родственникам сейчас приходится собирать "
    "справки в акимате, санитарной службе и администрации кладбища, что занимает до двух месяцев. "
    "Общественный совет рекомендует перевести эту процедуру в электронный формат через портал электронного "
    "правительства с единым сроком рассмотрения. Это особенно актуально для семей, переезжающих в другие "
    "регионы и желающих перенести могилы близких."),
  P("MK32b","en","Online permits for exhumation and reburial",
    "Families who move away and wish to rebury a relative in their new home town should be able to apply "
    "for the exhumation permit online through eGov, with one deadline for all approvals. Today the same "
    "papers are requested by the akimat, the sanitary service and the cemetery administration, one after "
    "another. The council asks the Ministry of Digital Development, Innovation and Aerospace Industry to "
    "include this service in its 2026 plan."))
case("cross",
  P("MK33a","ru","О создании мемориального парка деревьев памяти",
    "Общественный совет предлагает выделить в пригородной зоне Усть-Каменогорска территорию под "
    "мемориальный парк, где семьи смогут высаживать дерево в память об умерших близких с табличкой с "
    "именем. Такие парки успешно работают в ряде европейских стран и не требуют дополнительных земель под "
    "захоронения. Уход за насаждениями могло бы взять на себя городское коммунальное предприятие по "
    "озеленению."),
  P("MK33b","en","A memorial grove for families",
    "Residents have asked for a place, other than the cemetery, where they can remember those they have "
    "lost. We recommend that the Oskemen akimat set aside land for a memorial grove in which each family "
    "may plant a tree with a small name plaque. The grove would also add green space to the city and could "
    "be maintained by the municipal parks service."))
case("cross",
  P("MK34a","kk","Үйде қайтыс болған адамның өлімін куәландыру үшін дәрігердің тәулік бойы келуі туралы",
    "Түнгі уақытта немесе демалыс күндері үйде қайтыс болған адамның өлімін куәландыру үшін учаскелік "
    "дәрігер келмейді, ал жедел жәрдем бригадалары мұндай шақыртуларды қабылдамайды. Нәтижесінде марқұм "
    "үйде бір тәулікке дейін жатып қалады. Қоғамдық кеңес облыстың денсаулық сақтау басқармасына тәулік "
    "бойы жұмыс істейтін кезекші дәрігерлер қызметін ұйымдастыруды ұсынады. Бұл мәселе бойынша 2025 жылы кеңеске 31 өтініш түсті."),
  P("MK34b","ru","О круглосуточной констатации смерти на дому",
    "Общественный совет рекомендует управлению здравоохранения области обеспечить круглосуточный выезд "
    "врача для констатации смерти на дому, в том числе в выходные и праздничные дни. Сейчас поликлиники "
    "Усть-Каменогорска выполняют такие вызовы только в рабочее время, и семьи вынуждены ждать до утра "
    "понедельника. Подобная ситуация травмирует родственников и задерживает похороны. Порядок таких выездов целесообразно закрепить приказом управления."),
  P("MK34c","en","Doctors to certify deaths at home at any hour",
    "When someone dies at home in Oskemen or Ridder on a Friday night, the family may wait until Monday for "
    "a polyclinic doctor to certify the death, and ambulance crews do not take such calls. We recommend "
    "that the regional health department set up a duty service of doctors available around the clock, "
    "including weekends and holidays, to certify deaths at home. Such a service would spare families "
    "distress and delays to the funeral."),
  note="kk/ru/en triple")

# ---------------- opposite-meaning traps (shared wording, opposite asks)
case("trap-polarity",
  P("MK35a","kk","Жабылған зираттарда туыстарының қасына жерлеуге рұқсат беру туралы",
    "Өскемен қаласындағы бірнеше ескі зират 2010 жылдан бері жаңа жерлеу үшін жабық. Алайда көптеген "
    "отбасылар марқұмды ата-анасы немесе жұбайы жерленген қабірдің қасына жерлегісі келеді. Қоғамдық кеңес "
    "қала әкімдігіне бос орын болған жағдайда жабылған зираттардағы отбасылық учаскелерге жерлеуге рұқсат "
    "беруді ұсынады. Бұл мәселе 2025 жылғы қазан айында өткен қоғамдық тыңдауларда Өскемен тұрғындарының қатысуымен кеңінен талқыланды."),
  P("MK35b","kk","Жабылған зираттарда туыстарының қасына жерлеуге тыйым салу туралы",
    "Өскемен қаласындағы бірнеше ескі зират 2010 жылдан бері жаңа жерлеу үшін жабық. Алайда кейбір "
    "отбасылар марқұмды бұрынғы отбасылық учаскелерге рұқсатсыз жерлеп жүр, бұл санитариялық нормаларды "
    "бұзады. Қоғамдық кеңес қала әкімдігіне жабылған зираттардағы отбасылық учаскелерге жерлеуге толық "
    "тыйым салуды және оның сақталуын бақылауды ұсынады. Бұл мәселе 2025 жылғы қазан айында өткен қоғамдық тыңдауларда Өскемен тұрғындарының қатысуымен кеңінен талқыланды."),
  note="kk allow vs ban")
case("trap-polarity",
  P("MK36a","kk","Қалалық зираттардағы жерлеу орны үшін ақы төлеу туралы",
    "Қазіргі уақытта Өскемен мен Риддердегі қалалық зираттарда жерлеу орны тегін беріледі, алайда "
    "зираттарды кеңейту мен күтіп-ұстау шығындары жыл сайын өсуде. Қоғамдық кеңестің пікірінше, отбасылар "
    "жерлеу орны үшін белгіленген мөлшерде ақы төлеуі керек, ал түскен қаражат зираттарды абаттандыруға "
    "жұмсалуы тиіс. Аз қамтылған отбасылар бұл төлемнен босатылуы қажет. Бұл мәселе 2025 жылғы қоғамдық тыңдауларда талқыланды."),
  P("MK36b","kk","Қалалық зираттардағы жерлеу орны үшін ақы төлеу туралы",
    "Қазіргі уақытта Өскемен мен Риддердегі қалалық зираттарда жерлеу орнына ақы алу мәселесі талқылануда, "
    "себебі зираттарды кеңейту мен күтіп-ұстау шығындары жыл сайын өсуде. Қоғамдық кеңестің пікірінше, "
    "отбасылар жерлеу орны үшін ешқандай ақы төлемеуі керек, ал зираттарды абаттандыру толығымен "
    "жергілікті бюджеттен қаржыландырылуы тиіс. Жерлеу орнын тегін беру мемлекеттің кепілді міндеті болып "
    "қалуы қажет. Бұл мәселе 2025 жылғы қоғамдық тыңдауларда талқыланды."),
  note="kk -уы керек vs -мауы керек (pay vs not pay for a burial plot)")
case("trap-polarity",
  P("MK37a","kk","Зираттардың санитариялық-қорғау аймағын ұлғайту туралы",
    "Өскемен қаласының шетінде жаңа тұрғын үй кварталдары зираттарға барған сайын жақындап келеді. "
    "Қазіргі санитариялық қағидаларда зират пен тұрғын үй арасындағы ең аз қашықтық белгіленген. Қоғамдық "
    "кеңес Денсаулық сақтау министрлігіне жерасты суларының ластану қаупі мен тұрғындардың шағымдарын "
    "ескеріп, зираттардың санитариялық-қорғау аймағын ұлғайтуды ұсынады. Ұсыныс облыстың санитариялық-эпидемиологиялық бақылау департаментінің мамандарымен бірлесіп дайындалды және 2026 жылы қаралуы тиіс."),
  P("MK37b","kk","Зираттардың санитариялық-қорғау аймағын азайту туралы",
    "Өскемен қаласының шетінде жаңа тұрғын үй кварталдары зираттарға барған сайын жақындап келеді. "
    "Қазіргі санитариялық қағидаларда зират пен тұрғын үй арасындағы ең аз қашықтық белгіленген. Қоғамдық "
    "кеңес Денсаулық сақтау министрлігіне қаладағы жер тапшылығын ескеріп, зираттардың санитариялық-қорғау "
    "аймағын азайтуды ұсынады. Ұсыныс облыстың санитариялық-эпидемиологиялық бақылау департаментінің мамандарымен бірлесіп дайындалды және 2026 жылы қаралуы тиіс."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("MK38a","ru","О размещении рекламы ритуальных агентств у больниц и моргов",
    "В настоящее время размещение вывесок и рекламы ритуальных агентств на территории, прилегающей к "
    "больницам и моргам Усть-Каменогорска, ограничено решением акимата города. По мнению общественного "
    "совета, родственникам важно сразу получить сведения о доступных услугах. Предлагается разрешить "
    "размещение рекламы и информационных стендов ритуальных агентств у больниц и моргов с указанием цен. Соответствующие изменения предлагается внести в правила размещения наружной рекламы города."),
  P("MK38b","ru","О размещении рекламы ритуальных агентств у больниц и моргов",
    "В настоящее время реклама ритуальных агентств на территории, прилегающей к больницам и моргам "
    "Усть-Каменогорска, размещается без каких-либо ограничений. По мнению общественного совета, это "
    "оказывает давление на родственников в самый тяжёлый момент. Предлагается запретить размещение рекламы "
    "и информационных стендов ритуальных агентств у больниц и моргов. Соответствующие изменения предлагается внести в правила размещения наружной рекламы города."),
  note="ru allow vs ban")
case("trap-polarity",
  P("MK39a","ru","О сроке хранения невостребованных тел в моргах области",
    "Согласно действующему порядку, тела невостребованных умерших хранятся в моргах области в течение "
    "установленного срока, после чего погребаются за счёт местного бюджета. Общественный совет, учитывая "
    "обращения семей, не успевших разыскать умерших родственников, рекомендует увеличить срок хранения таких "
    "тел до погребения. Это даст больше времени для розыска близких. Вопрос рассмотрен на заседании общественного совета в ноябре 2025 года."),
  P("MK39b","ru","О сроке хранения невостребованных тел в моргах области",
    "Согласно действующему порядку, тела невостребованных умерших хранятся в моргах области в течение "
    "установленного срока, после чего погребаются за счёт местного бюджета. Общественный совет, учитывая "
    "переполненность холодильных камер и расходы бюджета, рекомендует сократить срок хранения таких тел до "
    "погребения. Это позволит высвободить места и снизить затраты. Вопрос рассмотрен на заседании общественного совета в ноябре 2025 года."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("MK40a","en","On licensing of funeral agencies",
    "At present, anyone can open a funeral agency in Kazakhstan simply by registering as an individual "
    "entrepreneur, and the council has received complaints about poor storage of bodies and unsanitary "
    "vehicles. In the council's view, funeral agencies should be required to obtain a licence confirming "
    "that they have proper premises, refrigeration and trained staff. The regional akimat is asked to "
    "raise this with the Ministry of Trade and Integration."),
  P("MK40b","en","On licensing of funeral agencies",
    "At present, anyone can open a funeral agency in Kazakhstan simply by registering as an individual "
    "entrepreneur, and some officials propose introducing a licence. In the council's view, funeral "
    "agencies should not be required to obtain a licence, since this would add paperwork and drive small "
    "rural providers out of business. The regional akimat is asked to convey this position to the Ministry "
    "of Trade and Integration."),
  note="en should vs should not be required")

# ---------------- number traps (same ask, different number)
case("trap-number",
  P("MK41a","kk","Бір қабірге қайта жерлеу мерзімі туралы",
    "Қалалық зираттарда бос жер тапшы болғандықтан, көптеген отбасылар марқұмды бұрын жерленген туысының "
    "қабіріне жерлеуді сұрайды. Қоғамдық кеңес зираттарды күтіп-ұстау қағидаларында алдыңғы жерлеуден "
    "кемінде 20 жыл өткен соң сол қабірге қайта жерлеуге рұқсат беру нормасын бекітуді ұсынады. Мұндай "
    "шешім санитариялық-эпидемиологиялық қызметпен келісілуі тиіс. Бұл норма отбасылық жерлеу дәстүрін сақтауға және зират аумағын үнемдеуге мүмкіндік береді."),
  P("MK41b","kk","Бір қабірге қайта жерлеу мерзімі туралы",
    "Қалалық зираттарда бос жер тапшы болғандықтан, көптеген отбасылар марқұмды бұрын жерленген туысының "
    "қабіріне жерлеуді сұрайды. Қоғамдық кеңес зираттарды күтіп-ұстау қағидаларында алдыңғы жерлеуден "
    "кемінде 15 жыл өткен соң сол қабірге қайта жерлеуге рұқсат беру нормасын бекітуді ұсынады. Мұндай "
    "шешім санитариялық-эпидемиологиялық қызметпен келісілуі тиіс. Бұл норма отбасылық жерлеу дәстүрін сақтауға және зират аумағын үнемдеуге мүмкіндік береді."),
  note="years: 20 vs 15")
case("trap-number",
  P("MK42a","kk","Жалғыз басты зейнеткерлерді жерлеуге жеңілдік беру туралы",
    "Облыстағы коммуналдық ритуалдық кәсіпорындар қызметтерінің құны соңғы үш жылда едәуір өсті, ал "
    "жалғыз басты зейнеткерлердің туыстары бұл шығынды көтере алмайды. Қоғамдық кеңес облыс әкімдігіне "
    "жалғыз басты зейнеткерлерді жерлеу кезінде коммуналдық кәсіпорындардың қызметтеріне 50% жеңілдік "
    "белгілеуді ұсынады. Жеңілдік сомасы жергілікті бюджеттен өтелуі тиіс. Қазіргі уақытта мұндай жеңілдік облыстың бірде-бір ауданында қарастырылмаған, ал жалғыз басты зейнеткерлер саны 12 мыңнан асады."),
  P("MK42b","kk","Жалғыз басты зейнеткерлерді жерлеуге жеңілдік беру туралы",
    "Облыстағы коммуналдық ритуалдық кәсіпорындар қызметтерінің құны соңғы үш жылда едәуір өсті, ал "
    "жалғыз басты зейнеткерлердің туыстары бұл шығынды көтере алмайды. Қоғамдық кеңес облыс әкімдігіне "
    "жалғыз басты зейнеткерлерді жерлеу кезінде коммуналдық кәсіпорындардың қызметтеріне 30% жеңілдік "
    "белгілеуді ұсынады. Жеңілдік сомасы жергілікті бюджеттен өтелуі тиіс. Қазіргі уақытта мұндай жеңілдік облыстың бірде-бір ауданында қарастырылмаған, ал жалғыз басты зейнеткерлер саны 12 мыңнан асады."),
  note="per cent: 50 vs 30")
case("trap-number",
  P("MK43a","ru","О размере единовременной выплаты на погребение",
    "Размер единовременной выплаты на погребение, предусмотренной Социальным кодексом Республики "
    "Казахстан, не покрывает и половины фактических расходов семьи на похороны в Восточно-Казахстанской "
    "области. Средняя стоимость минимального набора ритуальных услуг в 2025 году превысила 400 тысяч тенге. "
    "Общественный совет рекомендует Министерству труда и социальной защиты населения увеличить выплату до "
    "250 000 тенге."),
  P("MK43b","ru","О размере единовременной выплаты на погребение",
    "Размер единовременной выплаты на погребение, предусмотренной Социальным кодексом Республики "
    "Казахстан, не покрывает и половины фактических расходов семьи на похороны в Восточно-Казахстанской "
    "области. Средняя стоимость минимального набора ритуальных услуг в 2025 году превысила 400 тысяч тенге. "
    "Общественный совет рекомендует Министерству труда и социальной защиты населения увеличить выплату до "
    "180 000 тенге."),
  note="tenge: 250 000 vs 180 000")
case("trap-number",
  P("MK44a","en","Paid leave for employees after a death in the family",
    "Under the Labour Code, an employee who loses a close relative is entitled only to unpaid leave, and "
    "many low-paid workers in the region return to work the day after the funeral. The council recommends "
    "that the Ministry of Labour and Social Protection of the Population propose amendments granting such "
    "employees 5 calendar days of paid bereavement leave. The cost to employers would be small compared "
    "with the social benefit."),
  P("MK44b","en","Paid leave for employees after a death in the family",
    "Under the Labour Code, an employee who loses a close relative is entitled only to unpaid leave, and "
    "many low-paid workers in the region return to work the day after the funeral. The council recommends "
    "that the Ministry of Labour and Social Protection of the Population propose amendments granting such "
    "employees 3 calendar days of paid bereavement leave. The cost to employers would be small compared "
    "with the social benefit."),
  note="days: 5 vs 3")

# ---------------- distinct asks on one topic
case("distinct",
  P("MK45a","kk","Күршім ауылындағы зираттың аумағын кеңейту туралы",
    "Күршім ауылының зираты толығымен толып қалды, ал оған іргелес жатқан жер учаскесі шаруа қожалығының "
    "жалгерлігінде. Қоғамдық кеңес Күршім ауданының әкімдігіне жалгермен келісе отырып, аталған учаскенің "
    "бір бөлігін мемлекет мұқтажы үшін қайтаруды және зират аумағын кемінде екі гектарға кеңейтуді "
    "ұсынады. Бұл мәселе 2026 жылы шешілуі тиіс. Қазіргі уақытта тұрғындар марқұмдарды көрші ауылдың зиратына жерлеуге мәжбүр."),
  P("MK45b","kk","Күршім ауылындағы зиратқа апаратын көпір салу туралы",
    "Күршім ауылының зираты өзеннің арғы бетінде орналасқан, ал ескі аспалы көпір 2023 жылғы су "
    "тасқынынан кейін апатты жағдайда тұр. Жерлеу рәсімдері кезінде тұрғындар айналма жолмен 30 шақырым "
    "жүруге мәжбүр. Қоғамдық кеңес облыстың жолаушылар көлігі және автомобиль жолдары басқармасына жаңа "
    "көпір салуды 2027 жылғы жоспарға енгізуді ұсынады. Көпірдің жобалық-сметалық құжаттамасын 2026 жылы әзірлеу қажет."),
  note="one village cemetery: extend its land vs build a bridge to it")
case("distinct",
  P("MK46a","ru","О ремонте здания областного морга и создании зала ожидания",
    "Здание областного морга в Усть-Каменогорске построено в 1970-х годах и не ремонтировалось более "
    "двадцати лет. Родственники умерших вынуждены ожидать выдачи тела на улице в любую погоду. Общественный "
    "совет рекомендует управлению здравоохранения области провести капитальный ремонт здания в 2027 году и "
    "оборудовать в нём отапливаемый зал ожидания для родственников. Проектно-сметную документацию следует подготовить в 2026 году."),
  P("MK46b","ru","О переносе морга за пределы жилой застройки",
    "Морг одной из городских больниц Усть-Каменогорска расположен во дворе жилого квартала, в "
    "непосредственной близости от детской площадки и школы. Жители неоднократно обращались в акимат с "
    "жалобами на въезд катафалков и скопление людей. Общественный совет предлагает предусмотреть в плане "
    "развития инфраструктуры здравоохранения до 2029 года перенос морга за пределы жилой застройки."),
  note="morgues: repair and a waiting room vs moving one out of a residential block")
case("distinct",
  P("MK47a","en","A code of conduct for the funeral industry",
    "Complaints about rude and pushy behaviour by funeral agents reached the public council 37 times in "
    "2025. We recommend that the funeral agencies of East Kazakhstan region, with the support of the "
    "regional chamber of entrepreneurs Atameken, form a professional association and adopt a code of "
    "conduct with a procedure for reviewing complaints. Membership could later be taken into account in "
    "municipal procurement."),
  P("MK47b","en","Training funeral staff in religious customs",
    "Staff of funeral agencies often know little about the customs of the different faiths in the region, "
    "and families complain of mistakes in washing, shrouding and laying out the deceased. The council "
    "recommends that short training courses for funeral workers be organised together with the Spiritual "
    "Administration of Muslims of Kazakhstan and the Orthodox diocese. Certificates of completion should be "
    "displayed in agency offices."),
  note="funeral staff: a code of conduct vs training in religious rites")
case("distinct",
  P("MK48a","kk","Жерлеуге берілетін біржолғы төлемді жұмыссыз азаматтарға да тағайындау туралы",
    "Қазіргі тәртіп бойынша жерлеуге берілетін біржолғы төлем зейнеткерлер мен жәрдемақы алушылар қайтыс "
    "болғанда ғана төленеді. Ал ешқайда тіркелмеген жұмыссыз азаматтардың отбасылары бұл төлемнен құр "
    "қалады. Қоғамдық кеңес Еңбек және халықты әлеуметтік қорғау министрлігіне төлем алушылардың шеңберін "
    "кеңейтуді және оны қайтыс болған барлық азаматтар үшін тағайындауды ұсынады. Бұл шара әлеуметтік әділеттілік қағидатына сай келеді."),
  P("MK48b","en","Funeral benefit for the person who paid for the funeral",
    "The funeral benefit is currently paid only to close relatives of the deceased, even when a neighbour, "
    "a friend or an employer has covered the costs. In villages of Ulan and Zaisan districts, lonely "
    "elderly people are often buried by neighbours who then receive no compensation. We recommend that the "
    "benefit be paid to the person who actually organised and paid for the funeral, on presentation of "
    "receipts."),
  note="burial allowance: extend to the unemployed deceased vs pay to whoever paid")
case("distinct",
  P("MK49a","ru","О повышении заработной платы работников коммунальных ритуальных предприятий",
    "Заработная плата землекопов и рабочих коммунальных ритуальных предприятий Усть-Каменогорска и Риддера "
    "в 2025 году не превышала 150 тысяч тенге, что почти в три раза ниже средней по области. Из-за этого "
    "предприятия испытывают постоянную нехватку кадров. Общественный совет рекомендует акиматам городов при "
    "утверждении бюджета на 2027 год предусмотреть повышение оплаты труда этих работников не менее чем на "
    "30 %."),
  P("MK49b","en","Formal employment for seasonal gravediggers",
    "In many districts gravediggers are hired informally by the day, with no employment contract, no "
    "social contributions and no safety equipment. The council recommends that district akimats ensure "
    "that all persons digging graves for municipal enterprises or their contractors are employed under "
    "written contracts and insured against accidents at work. Labour inspectors should check compliance "
    "during the 2026 season."),
  note="cemetery workers: higher wages vs written contracts and insurance")
