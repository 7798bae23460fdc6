# A forum "Ushkonyr" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py
# script, any *.yaml forum or any dedupe output or score, and to be run ONCE. Nothing here was tuned
# on a run; recbook and dedupe were not run (only make_eval.py, to generate the YAML). Only
# bench/data/make_eval.py (generator and format), the first 100 lines of forum_torgai_cases.py
# (format example), the header comments (first 45 lines) of the other bench/data/forum_*_cases.py
# files (to avoid their topics, asks and voices) and /work/shared/design/KAZAKH.md (Kazakh spelling,
# official names) were read.
# Field: CIVIL PROTECTION, RESCUERS, FIRE SAFETY AND EMERGENCY WARNING (a field the tool's authors
# did not write for).
# Voice: MIXED, as firefighters, mountain and water rescuers, volunteer fire brigades in villages,
# emergency-department officials of akimats, school headteachers and residents write at a regional
# forum in Konaev and Taldykorgan: about half the proposals ONE short sentence (at most ~20 words,
# some without a verb), half 2-4 sentences (a case, a figure, then the ask). Abbreviations as people
# use them (ТЖМ, ТЖД, МЧС, ДЧС, ЕДДС, 112, ПСЧ, ӨСБ, eGov). Paraphrase pairs mostly a short card
# against another short card in other words, some a short card against a medium text.
# kk 39, ru 35, en 25 of 99 proposals.
# Topics (chosen so the other forums' headers do not list them; Charyn already has mudflow drills,
# the avalanche post, steppe-wildfire tanks/firebreaks/towers and a Narynkol rescue post; Ertis flood
# sirens, ice-fishing safety, wildfire volunteers' insurance and children's life jackets; Balqash
# cell-broadcast alerts, defibrillators and earthquake insurance; Tobyl the Lisakovsk lifeguard post
# and birch-grove firebreaks; Sarysu the civil-defence shelter list, search volunteers and fireworks;
# Kapshagai volunteer fire brigades; Bayan thermal drones; Syr tugai fires and salt-storm SMS; Emba
# H2S alerts and drills; Tobe rescue volunteers, so those were left out): free smoke detectors for
# large families and lonely pensioners, CO detectors in stove-heated houses, checking and marking
# hydrants in Taldykorgan, cars blocking fire lanes in Konaev courtyards, a fire post in villages far
# from the ПСЧ; 112 answering in Kazakh, service flats for young firefighters in Konaev, a 50 m ladder
# truck for Taldykorgan, rewiring Soviet-era blocks, flammable facade panels, satellite phones for
# mountain rural okrugs, free chimney checks for pensioners, unannounced fire inspections of malls,
# new breathing apparatus, English-speaking 112 operators, lifebuoy stations on the Karatal
# embankment; fire alarms wired to the ПСЧ console, yearly new turnout gear, seismic checks of
# pre-1980 schools, a register of bedridden people for evacuation, passages for fire engines in dacha
# cooperatives, free gas-boiler checks for poor families, quarterly fire-safety lessons by
# firefighters, warnings as a running line on regional TV and radio, sprinklers at the Taldykorgan
# central market, thermal cameras per crew, helipads at district hospitals, backup generators for
# hospitals and the ЕДДС, fire audits of private care homes, an app calling nearby trained volunteers,
# firefighting aircraft based in Taldykorgan, cooling rooms in heat waves, one radio network for
# rescuers, police and ambulance, hydraulic rescue tools for highway crashes (kk/ru/en); traps on gas
# cylinders on balconies, headteachers' liability, the number of fire inspections of small business,
# e-scooters charged in stairwells, the arrival-time standard in villages, fire extinguishers in
# private cars; number traps on the firefighters' pension (years of service), the mountain-post
# allowance (per cent), the false-112-call fine (tenge), fire-victim payments (days); look-alikes on
# 112, Kapshagai reservoir, school fire safety, earthquakes, firefighters' health.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different people (kk 4, ru 4, en 3: synonyms, another verb, other word order, a conditional vs an
# imperative, a terse title vs a full one, digits vs words, one text adding a reason or a figure);
# cross 18 cases = 20 cross-language pairs with NO translation supplied (kk/ru 9, kk/en 4, ru/en 4,
# and one kk/ru/en triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow vs ban, -уы керек
# vs -мауы керек, increase vs reduce; ru: allow vs ban, increase vs reduce; en: should vs should not
# be required); trap-number 4 (years, per cent, tenge, days); distinct 5 (same topic, different asks).
# No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/s15/blind/forum_ushkonyr_cases.py /work/wt/s15/blind/forum_ushkonyr.yaml

# ---------------- exact, spelling and homoglyph variants
_U01 = ("В прошлую зиму в Алматинской области больше половины погибших при пожарах в частных домах — "
        "многодетные семьи и одинокие пенсионеры. Датчик дыма стоит три-четыре тысячи тенге, но у таких "
        "семей его почти никогда нет. Просим акиматы за счёт местного бюджета бесплатно установить "
        "автономные пожарные извещатели в каждом таком доме, а ДЧС — проверять их при подворных обходах.")
case("exact",
  P("UK01a","ru","Бесплатные датчики дыма", _U01),
  P("UK01b","ru","Датчики дыма для многодетных и пенсионеров", _U01))
case("spelling",
  P("UK02a","kk","Пеш жағатын үйлерге иіс газы датчигі",
    "Былтыр қыста Ескелді және Көксу аудандарында көмір пешінен иіс газына уланып, он бір адам көз жұмды. "
    "Пешпен жылынатын әр жеке үйге иіс газы датчигін орнату керек."),
  P("UK02b","kk","Пеш жағатын үйлерге иіс газы датчиги",
    "Былтыр қыста Ескелді және Көксу аудандарында көмір пешінен ійс газына уланып, он бір адам көз жұмды. "
    "Пешпен жылынатын әр жеке үйге иіс газы дачигін орнату керек."))
case("spelling",
  P("UK03a","ru","Проверить пожарные гидранты в Талдыкоргане",
    "На пожаре на улице Шевченко расчёт ПСЧ потерял двадцать минут: два гидранта оказались засыпаны, а "
    "третий замёрз. Нужно до зимы проверить все гидранты города и обозначить их светоотражающими табличками."),
  P("UK03b","ru","Проверить пожарные гидрранты в Талдыкоргане",
    "На пожаре на улице Шевченко расчёт ПСЧ потерял двадцать минут: два гидранта оказались засыпаны, а "
    "третий замёрз. Нужно до зимы проверить все гидраты города и обозначить их светоотражаюшими табличками."))
case("spelling",
  P("UK04a","en","Keep fire lanes clear in Konaev courtyards",
    "Fire engines cannot reach many nine-storey blocks in Konaev because cars are parked in the fire lanes. "
    "Tow away cars blocking fire lanes and mark the lanes with yellow paint."),
  P("UK04b","en","Keep fire lanes clear in Konaev courtyards",
    "Fire engins cannot reach many nine-storey blocks in Konaev because cars are parked in the fire lanse. "
    "Tow away cars blocking fire lanes and mark the lanes with yelow paint."))
_U05t = "ПСЧ-дан алыс ауылдарға өрт бекеті"
_U05 = ("Біздің Шұбар ауылынан ең жақын өрт сөндіру бөліміне дейін 62 шақырым, машина бір сағатта әрең "
        "жетеді. ПСЧ-дан 40 шақырымнан алыс тұрған әр ауылда бір цистерналы машинасы бар өрт бекеті болуы керек.")
case("homoglyph",
  P("UK05a","kk",_U05t,_U05),
  P("UK05b","kk",homo(_U05t, 3),homo(_U05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("UK06a","kk","112 қазақша жауап берсін",
    "112 операторы қоңырауға әрдайым қазақ тілінде жауап беруі керек."),
  P("UK06b","kk","Құтқару нөміріндегі тіл",
    "Әжем 112-ге хабарласқанда оператор орысша сөйлеп, екеуі бір-бірін түсінбей бес минут өтті. "
    "Ауылдағы қариялар қазақша ғана сөйлейді: төтенше жағдай нөмірінің кезекшілері мемлекеттік тілді еркін білсін."),
  note="short card vs a case then the ask; operator = кезекші, 112 = құтқару нөмірі")
case("paraphrase",
  P("UK07a","kk","Жас өрт сөндірушілерге қызметтік пәтер",
    "Қонаевтағы өрт сөндіру бөлімдерінде жас жігіттерге қызметтік баспана беру керек."),
  P("UK07b","kk","Баспана болмаса, жастар кетеді",
    "Қонаев өрт сөндірушілерінің жас мамандарына ведомстволық үй бөлінсе, олар қызметте қалар еді."),
  note="imperative vs conditional; қызметтік баспана = ведомстволық үй")
case("paraphrase",
  P("UK08a","kk","Талдықорғанға 50 метрлік автосатылы",
    "Талдықорғанда он алты қабатты үйлер салынып жатыр, ал өрт сөндірушілердің ең ұзын сатысы 30 метр. "
    "Қалаға 50 метрлік автосатылы сатып алу керек."),
  P("UK08b","kk","Биік үйлерге жететін саты",
    "Талдықорған өрт сөндіру бөліміне елу метрге жететін саты көлігі қажет."),
  note="digits vs words; автосатылы = саты көлігі; case vs terse")
case("paraphrase",
  P("UK09a","kk","Ескі үйлердегі электр сымдарын ауыстыру",
    "Кеңес кезінде салынған көп қабатты үйлердегі алюминий электр сымдарын жаңғырту бағдарламасы аясында ауыстыру керек."),
  P("UK09b","kk","Алюминий сым — өрттің себебі",
    "60–70-жылдары салынған үйлердің тозған электр желісін күрделі жөндеу кезінде толық жаңалау."),
  note="replace wiring vs renew the electric network; Soviet-era = 60-70s")
case("paraphrase",
  P("UK10a","ru","Горючие фасады",
    "Проверить все высотки Конаева на горючие композитные панели и заменить их за счёт застройщиков."),
  P("UK10b","ru","Фасадные панели, которые горят",
    "Пусть застройщики за свой счёт снимут легковоспламеняющуюся облицовку с многоэтажек Конаева."),
  note="check and replace vs developers remove; composite panels = облицовка")
case("paraphrase",
  P("UK11a","ru","Спутниковые телефоны для горных сёл",
    "Сельским округам в горах, где нет мобильной связи, выдать спутниковые телефоны для вызова спасателей."),
  P("UK11b","ru","Связь из ущелий",
    "В Текели и дальних сёлах Коксуского района связи нет, и о ЧС узнают только когда кто-то доедет до трассы. "
    "Акимам этих округов нужен спутниковый телефон."),
  note="terse vs case then ask; mountain okrugs = Tekeli and remote Koksu villages")
case("paraphrase",
  P("UK12a","ru","Бесплатная проверка дымоходов пенсионерам",
    "Перед отопительным сезоном бесплатно прочищать и проверять печные трубы у одиноких пенсионеров."),
  P("UK12b","ru","Дымоходы у стариков",
    "Одинокие пожилые люди сами трубу не почистят. Пусть до октября ДЧС вместе с акиматом осмотрят их дымоходы без оплаты."),
  note="before the heating season = до октября; бесплатно = без оплаты")
case("paraphrase",
  P("UK13a","ru","Внеплановые проверки ТРЦ",
    "Разрешить ДЧС проверять пожарную безопасность торговых центров без предупреждения."),
  P("UK13b","ru","Торговые центры и запертые выходы",
    "Из-за моратория на проверки в ТРЦ Талдыкоргана запасные выходы закрыты на замок. Пожарные "
    "инспекторы должны иметь право приходить туда внезапно, не согласовывая визит."),
  note="allow unannounced vs right to come suddenly; case added")
case("paraphrase",
  P("UK14a","en","Replace old breathing apparatus",
    "Most breathing sets in Zhetisu fire stations are over ten years old; replace them."),
  P("UK14b","en","New air packs",
    "Firefighters need modern SCBA: ours date from 2012."),
  note="breathing sets = air packs = SCBA; over ten years = from 2012")
case("paraphrase",
  P("UK15a","en","English at 112",
    "112 should have operators who can take calls in English."),
  P("UK15b","en","Foreign visitors calling for help",
    "Put at least one English-speaking dispatcher on every 112 shift, for tourists."),
  note="should vs imperative; operators = dispatcher")
case("paraphrase",
  P("UK16a","en","Lifebuoys on the Karatal embankment",
    "Install lifebuoy and throw-rope stations along the Karatal river embankment in Taldykorgan."),
  P("UK16b","en","Rescue rings by the river",
    "Two teenagers drowned near the Karatal footbridge last July and nobody had anything to throw. "
    "We need rescue rings with ropes every 200 metres on the embankment."),
  note="terse vs case then ask; lifebuoy = rescue ring, figure added")

# ---------------- cross-language pairs, NO translation supplied (written independently)
case("cross",
  P("UK17a","kk","Өрт дабылы тікелей ӨСБ пультіне",
    "Мектептердегі, ауруханалардағы және қарттар үйлеріндегі өрт дабылы күзетшіге емес, тікелей өрт "
    "сөндіру бөлімінің пультіне түсуі керек."),
  P("UK17b","ru","Вывести пожарную сигнализацию на пульт ПСЧ",
    "В интернате в Сарканде сигнализация сработала ночью, но сторож спал, и пожарных вызвали соседи. "
    "Сигнал от систем школ, больниц и домов престарелых должен автоматически уходить на пульт ПСЧ."),
  note="kk/ru")
case("cross",
  P("UK18a","ru","Боёвка каждый год",
    "Обновлять боевую одежду пожарных не реже раза в год, а не когда порвётся."),
  P("UK18b","kk","Өрт сөндірушінің арнаулы киімі",
    "Біздің бөлімде жігіттер отқа төрт жыл бұрын берілген, күйіп тесілген киіммен кіреді. Өрт "
    "сөндірушілердің жауынгерлік киімін жыл сайын жаңартып отыру қажет."),
  note="kk/ru; turnout gear = боёвка = жауынгерлік киім")
case("cross",
  P("UK19a","kk","1980 жылға дейін салынған мектептер",
    "Талдықорған мен Қонаевтағы 1980 жылға дейін салынған мектеп ғимараттарының сейсмикалық "
    "беріктігін тексеріп, нәтижесін ата-аналарға жариялау керек."),
  P("UK19b","ru","Старые школы и землетрясение",
    "Проверить на сейсмостойкость школы Конаева и Талдыкоргана, построенные до восьмидесятых, и опубликовать результаты."),
  note="kk/ru; digits vs words")
case("cross",
  P("UK20a","ru","Список лежачих для эвакуации",
    "У ЕДДС должен быть список адресов, где живут лежачие больные и люди на колясках, чтобы при эвакуации их не забыли."),
  P("UK20b","kk","Өздігінен жүре алмайтындар тізімі",
    "Былтырғы су тасқынында төсек тартып жатқан қарияны көршісі ғана еске түсірді. Әкімдіктің "
    "кезекші қызметінде қозғалысы шектеулі адамдардың мекенжай тізімі болсын, құтқарушылар оларды бірінші шығарсын."),
  note="kk/ru; ЕДДС = әкімдіктің кезекші қызметі")
case("cross",
  P("UK21a","kk","Саяжайларға өрт машинасы кіре алмайды",
    "Қонаев маңындағы саяжай серіктестіктерінде көшелер тар, өрт машинасы өтпейді. Әр серіктестікте "
    "кемінде алты метрлік өрт өткелі болуы керек."),
  P("UK21b","ru","Проезды в дачных массивах",
    "Обязать дачные кооперативы под Конаевым расширить проезды, чтобы проходила пожарная машина."),
  note="kk/ru")
case("cross",
  P("UK22a","ru","Газовые котлы у малоимущих",
    "Бесплатно раз в год проверять газовые котлы в частных домах малообеспеченных семей."),
  P("UK22b","kk","Газ қазандығы жарылмасын",
    "Аз қамтылған отбасылар газ қазандығын шебер шақырып тексертуге ақша таба алмайды. Олардың үйіндегі "
    "қазандықтарды жылына бір рет тегін тексеретін тәртіп енгізу керек."),
  note="kk/ru")
case("cross",
  P("UK23a","kk","Мектепте өрт сөндірушімен сабақ",
    "Өрт сөндірушілер әр тоқсан сайын мектепке келіп, оқушыларға өрт қауіпсіздігі туралы сабақ өткізсін."),
  P("UK23b","ru","Пожарные на уроках",
    "Дети лучше запоминают, когда рассказывает настоящий пожарный, а не учитель по методичке. Пусть "
    "сотрудники ПСЧ раз в четверть проводят в школах занятия по пожарной безопасности."),
  note="kk/ru; every term = раз в четверть")
case("cross",
  P("UK24a","ru","Бегущая строка при ЧС",
    "Областные телеканалы и радио должны сразу прерывать эфир и давать предупреждение ДЧС бегущей строкой."),
  P("UK24b","kk","Ескерту теледидар мен радиода",
    "Жер сілкінісі не су тасқыны қаупі болғанда облыстық телеарналар мен радио ТЖД хабарламасын "
    "бағдарламаны тоқтатып, жүгіртпе жолмен бірден беруі керек."),
  note="kk/ru")
case("cross",
  P("UK25a","kk","Орталық базарға автоматты өрт сөндіру",
    "Талдықорғанның орталық базарында автоматты өрт сөндіру жүйесі орнатылсын."),
  P("UK25b","ru","Спринклеры на рынке",
    "Рынок в Талдыкоргане — сотни павильонов из пластика и тесные проходы. Если загорится ночью, "
    "выгорит всё. Владельцев рынка надо обязать смонтировать спринклерную систему."),
  note="kk/ru; automatic extinguishing = sprinklers")
case("cross",
  P("UK26a","kk","Әр командаға тепловизор",
    "Түтін ішінде адамды іздеу үшін әр өрт сөндіру есебіне жылу бейнекамерасы берілсін."),
  P("UK26b","en","Thermal cameras for crews",
    "In thick smoke a firefighter finds a child by touch. Every fire crew should carry a thermal imaging camera."),
  note="kk/en")
case("cross",
  P("UK27a","en","Helipads at district hospitals",
    "Build a helicopter landing pad at every district hospital so the Kazaviaspas helicopter can take patients straight there."),
  P("UK27b","kk","Тікұшақ қонатын алаң",
    "Кербұлақ пен Алакөл аудандарындағы ауруханаларда тікұшақ қонатын алаң жоқ, сондықтан "
    "құтқарушылар науқасты далаға түсіріп, одан әрі жедел жәрдеммен тасиды. Аудандық ауруханалардың "
    "жанынан тікұшақ алаңдары салынсын."),
  note="kk/en")
case("cross",
  P("UK28a","kk","Жарық сөнгенде де жұмыс істейтін генератор",
    "Аудандық ауруханалар мен ЕДДС-ке резервтік дизель генераторлар керек, электр сөнгенде байланыс үзілмесін."),
  P("UK28b","en","Backup power",
    "During the March blackout the district duty and dispatch service in Eskeldi went dark for six hours. "
    "Hospitals and emergency dispatch centres need standby generators."),
  note="kk/en")
case("cross",
  P("UK29a","en","Fire checks at private care homes",
    "Private homes for the elderly, often in ordinary houses, should pass a fire-safety audit before they take residents."),
  P("UK29b","kk","Жекеменшік қарттар үйлері",
    "Қарттарды күтетін жеке үйлердің көбі тіркелмеген, шығу есігі біреу ғана. Мұндай үйлерге адам "
    "орналастырмас бұрын ТЖД өрт қауіпсіздігін тексеруі міндетті болсын."),
  note="kk/en")
case("cross",
  P("UK30a","ru","Приложение для ближайших добровольцев",
    "Сделать приложение, которое при вызове на 112 оповещает обученных добровольцев, находящихся рядом с местом пожара."),
  P("UK30b","en","Nearby volunteers alerted by phone",
    "In villages the ПСЧ is far away, but a trained neighbour could be there in two minutes. When a fire is "
    "reported, an app should ping registered volunteers within a kilometre."),
  note="ru/en")
case("cross",
  P("UK31a","en","Firefighting aircraft in Taldykorgan",
    "Base a water-bombing aircraft at Taldykorgan airport for forest fires in the Zhetisu Alatau."),
  P("UK31b","ru","Самолёт для тушения лесных пожаров",
    "Когда в прошлом августе горел лес в Жетысуском Алатау, авиацию ждали из Алматы почти сутки. "
    "Нужен пожарный самолёт с постоянным базированием в Талдыкоргане."),
  note="ru/en")
case("cross",
  P("UK32a","ru","Пункты охлаждения в жару",
    "При жаре выше сорока градусов открывать в Конаеве прохладные залы в библиотеках и школах для пожилых."),
  P("UK32b","en","Cooling rooms during heat waves",
    "Elderly people in Konaev sit in flats at 45 degrees in July. When the heat warning is issued, the akimat "
    "should open air-conditioned rooms in public buildings."),
  note="ru/en")
case("cross",
  P("UK33a","en","One radio network for all services",
    "Rescuers, police and ambulance crews should talk on one shared digital radio network."),
  P("UK33b","ru","Общая рация для ДЧС, полиции и скорой",
    "На ДТП под Конаевым спасатели, полиция и скорая переговаривались через личные мобильные. "
    "Нужна единая цифровая радиосвязь для всех экстренных служб."),
  note="ru/en")
case("cross",
  P("UK34a","kk","Жол апатына гидравликалық құрал",
    "Алматы–Өскемен тасжолындағы апатта көліктің ішінде қысылып қалған адамды шығаруға бір сағат кетті. "
    "Тас жол бойындағы әр өрт бөлімінде гидравликалық құтқару құралы болуы керек."),
  P("UK34b","ru","Гидравлика для спасения на трассе",
    "Каждую ПСЧ вдоль трассы Алматы — Усть-Каменогорск оснастить гидравлическим аварийно-спасательным инструментом."),
  P("UK34c","en","Cutting tools on the highway",
    "Fire stations on the Almaty-Oskemen highway need hydraulic rescue tools to free people trapped in crashed cars."),
  note="kk/ru/en triple")

# ---------------- traps: shared wording, OPPOSITE asks (must never merge)
case("trap-polarity",
  P("UK35a","kk","Балкондағы газ баллондары",
    "Көп қабатты үйлердің балкондарында газ баллонын сақтауға рұқсат беру керек."),
  P("UK35b","kk","Балкондағы газ баллондары",
    "Көп қабатты үйлердің балкондарында газ баллонын сақтауға тыйым салу керек."),
  note="kk allow vs ban")
case("trap-polarity",
  P("UK36a","kk","Мектеп директоры және өрт қауіпсіздігі",
    "Мектептегі өрт қауіпсіздігі бұзушылықтары үшін директордың өзі әкімшілік жауапқа тартылуы керек."),
  P("UK36b","kk","Мектеп директоры және өрт қауіпсіздігі",
    "Мектептегі өрт қауіпсіздігі бұзушылықтары үшін директордың өзі әкімшілік жауапқа тартылмауы керек."),
  note="kk -уы керек vs -мауы керек")
case("trap-polarity",
  P("UK37a","kk","Шағын бизнесті өртке тексеру",
    "ТЖД-ның дүкендер мен кафелерді өрт қауіпсіздігіне тексеру санын көбейту керек."),
  P("UK37b","kk","Шағын бизнесті өртке тексеру",
    "ТЖД-ның дүкендер мен кафелерді өрт қауіпсіздігіне тексеру санын азайту керек."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("UK38a","ru","Самокаты в подъездах",
    "Разрешить хранить и заряжать электросамокаты в подъездах многоэтажек."),
  P("UK38b","ru","Самокаты в подъездах",
    "Запретить хранить и заряжать электросамокаты в подъездах многоэтажек."),
  note="ru allow vs ban")
case("trap-polarity",
  P("UK39a","ru","Норматив прибытия пожарных в сёла",
    "Норматив времени прибытия пожарного расчёта в сельские населённые пункты увеличить."),
  P("UK39b","ru","Норматив прибытия пожарных в сёла",
    "Норматив времени прибытия пожарного расчёта в сельские населённые пункты сократить."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("UK40a","en","Fire extinguishers in private cars",
    "A fire extinguisher should be required in every private car at the annual inspection."),
  P("UK40b","en","Fire extinguishers in private cars",
    "A fire extinguisher should not be required in every private car at the annual inspection."),
  note="en should vs should not be required")

case("trap-number",
  P("UK41a","kk","Өрт сөндірушілердің зейнетақысы",
    "Өрт сөндірушілер мен құтқарушыларға 20 жыл еңбек өтілінен кейін зейнетке шығуға мүмкіндік беру керек."),
  P("UK41b","kk","Өрт сөндірушілердің зейнетақысы",
    "Өрт сөндірушілер мен құтқарушыларға 25 жыл еңбек өтілінен кейін зейнетке шығуға мүмкіндік беру керек."),
  note="years of service")
case("trap-number",
  P("UK42a","ru","Надбавка горным спасателям",
    "Спасателям, которые несут службу на высокогорных постах, установить надбавку 50 % к окладу."),
  P("UK42b","ru","Надбавка горным спасателям",
    "Спасателям, которые несут службу на высокогорных постах, установить надбавку 30 % к окладу."),
  note="per cent")
case("trap-number",
  P("UK43a","en","Fine for false calls to 112",
    "Raise the fine for deliberately false calls to 112 to 100,000 tenge."),
  P("UK43b","en","Fine for false calls to 112",
    "Raise the fine for deliberately false calls to 112 to 50,000 tenge."),
  note="tenge")
case("trap-number",
  P("UK44a","kk","Өрттен зардап шеккендерге төлем",
    "Үйі өртеніп кеткен отбасыларға әкімдік біржолғы көмекті 10 күн ішінде төлеуі керек."),
  P("UK44b","kk","Өрттен зардап шеккендерге төлем",
    "Үйі өртеніп кеткен отбасыларға әкімдік біржолғы көмекті 30 күн ішінде төлеуі керек."),
  note="days")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("UK45a","ru","Перезвон с 112",
    "Если звонок на 112 оборвался, оператор обязан сам перезвонить абоненту."),
  P("UK45b","en","Text messages to 112",
    "Deaf people cannot call 112: it should accept text messages and chat."),
  note="112: call-back vs texting")
case("distinct",
  P("UK46a","kk","Қапшағайдағы гидроцикл",
    "Қапшағай су қоймасында шомылатын жерлердің маңында гидроцикл жылдамдығын шектеу керек."),
  P("UK46b","en","Rescue divers at Kapshagai",
    "Kapshagai needs its own permanent team of rescue divers instead of waiting for one from Almaty."),
  note="Kapshagai: jet-ski speed vs divers")
case("distinct",
  P("UK47a","kk","Мектеп терезелеріндегі торлар",
    "Мектептердің бірінші қабатындағы терезелердің бекітілген темір торларын іштен ашылатын торларға ауыстыру керек."),
  P("UK47b","ru","Огнетушители в школах",
    "Перезарядку огнетушителей в школах оплачивать из бюджета, а не собирать на это деньги с родителей."),
  note="school fire safety: window bars vs extinguisher refill funding")
case("distinct",
  P("UK48a","en","Earthquake assembly points",
    "Mark an earthquake assembly point in every residential yard in Taldykorgan."),
  P("UK48b","ru","Памятка о землетрясении",
    "Вкладывать в квитанции за коммуналку памятку на казахском и русском: что делать при землетрясении."),
  note="earthquakes: assembly points vs leaflet")
case("distinct",
  P("UK49a","en","Cancer screening for firefighters",
    "Firefighters breathe smoke for years; give them free annual cancer screening."),
  P("UK49b","kk","Өрт сөндірушіге психолог",
    "Адам қаза болған ауыр оқиғадан кейін өрт сөндірушілер мен құтқарушыларға психолог көмегі міндетті түрде көрсетілсін."),
  note="firefighters' health: screening vs psychologist")
