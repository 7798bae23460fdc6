# A forum "Bayan" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py
# script or any dedupe output or score, and to be run ONCE. Nothing here was tuned on a run; recbook
# and dedupe were not run. Only bench/data/make_eval.py (generator and format), the first 100 lines of
# forum_torgai_cases.py (format example), the header comments (first 45 lines) of the other
# bench/data/forum_*_cases.py files (to avoid their topics, asks and voices) and
# /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Field: TOURISM, HOSPITALITY AND ANIMALS (a field the tool's authors did not write for).
# Voice: SHORT CARDS, as written on a whiteboard after a brainstorm by tour operators, guides,
# animal-shelter volunteers and local residents at a forum in Bayanaul (Pavlodar region): titles of
# 2-6 words, texts of ONE sentence (at most ~20 words), few figures; some cards are a title plus a
# half-sentence. kk 39, ru 34, en 24 of 97 proposals.
# Emphasis: CROSS-LANGUAGE duplicates written independently (other order, other details, ask first
# or last), never translated word by word, and with NO translation supplied.
# Topics (chosen so the other forums' headers do not list them): paid photos with chained wild
# animals, litter bins on the Zhasybay shore, vet checks of rental horses, fines for feeding foxes on
# the Medeu road, neuter-and-return instead of culling stray dogs; first-aid certificates for guides,
# trail marking in Bayanaul park, budget money for private shelters, free stalls for craftsmen in an
# ethno-village, a lost-pet register, one ski pass for the Almaty resorts, bigger predator enclosures
# at the Almaty zoo, no star classification for small guest houses, a "local craft" label, adoption
# days in malls; summer flights to Katon-Karagay, thermal drones for mountain rescuers, working hours
# of tourist horses, petting zoos in malls, free ski lessons for village children, yurt-camp permits
# in national parks, dog registration via eGov, a crafts corner at Pavlodar airport, a tourist info
# centre in Bayanaul village, an open register of licensed guides, free campsites at Zhasybay, hotel
# kitchen leftovers for shelters, small pets in the cabin on domestic flights, a pet-friendly flag in
# the hotel register, a ski shuttle from Almaty, insurance for trekking tours, cats in basement vents,
# park-and-ride at the Bayanaul park gate; traps on dogs on city beaches, the tourist levy in guest
# houses, the Shymkent zoo ticket price, souvenir hawkers at a park gate, off-leash fines, licences for
# ski instructors, holding days for caught dogs, guest-house grants (tenge), free lift passes (age),
# quiet hours at yurt camps (hour); look-alikes on Lake Toraigyr, Pavlodar airport, shelters, the
# Ridder ski resort, souvenirs.
# Kinds and counts (48 cases, 97 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 10 same-language pairs written as by two
# different people (kk 4, ru 4, en 2: other context, reordering, other verbs and nouns, a terse card
# vs a full one); cross 18 cases = 20 cross-language pairs with NO translation supplied (kk/ru 9,
# kk/en 4, ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow
# vs ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban, increase vs reduce; en:
# should vs should not be required); trap-number 4 (days, tenge, years of age, hour); distinct 5
# (same topic, different asks). No singletons.
# Run once on main 89033ca (docs/merge-quality.md: issue 9, thirteenth pass), then looked at.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_bayan_cases.py /work/wt/blind/forum_bayan.yaml

# ---------------- exact, spelling and homoglyph variants
_B01 = "Запретить платные фото с беркутами, совами и медвежатами на цепи на набережных и у входа в парки."
case("exact",
  P("BY01a","ru","Фото с дикими животными", _B01),
  P("BY01b","ru","Фото с животными на цепи", _B01))
case("spelling",
  P("BY02a","kk","Жасыбай жағасына қоқыс жәшіктері",
    "Жасыбай көлінің жағасына қоқыс жәшіктерін қойып, жазда қоқысты күн сайын шығаруды ұйымдастыру керек."),
  P("BY02b","kk","Жасыбай жағасына қоқс жәшіктері",
    "Жасыбай көлінің жағасына қоқыс жәшіктерін қойып, жазда қоқсты күн сайн шығаруды ұйымдастру керек."))
case("spelling",
  P("BY03a","ru","Ветосмотр прокатных лошадей",
    "Каждую лошадь, которую сдают туристам, раз в месяц должен осматривать ветеринар с отметкой в паспорте."),
  P("BY03b","ru","Ветосмотр прокатных лошедей",
    "Каждую лошадь, которую сдают туристам, раз в месяц должен осмативать ветеренар с отметкой в паспорте."))
case("spelling",
  P("BY04a","en","Fines for feeding foxes",
    "Drivers who stop on the Medeu road to feed foxes should be fined, as the animals now run onto the road."),
  P("BY04b","en","Fines for feeding foxs",
    "Drivers who stop on the Medeu road to feed foxes should be fined, as the animals now run onto the raod."))
_B05t = "Иттерді өлтірмей, стерильдеу"
_B05 = "Қаңғыбас иттерді аулап өлтірудің орнына стерильдеп, екпе салып, өз ауласына қайта жіберу керек."
case("homoglyph",
  P("BY05a","kk",_B05t,_B05),
  P("BY05b","kk",homo(_B05t, 3),homo(_B05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("BY06a","kk","Гидтерге алғашқы көмек куәлігі",
    "Тауға топ апаратын әрбір гидтің алғашқы медициналық көмек курсынан өткені туралы куәлігі болуы міндетті."),
  P("BY06b","kk","Жол бастаушы жаралыға көмектесе білсін",
    "Туристерді жорыққа алып шығатын адам қан тоқтатып, сынған аяқты таңа білуі керек – мұны емтиханмен тексерейік."),
  note="certificate vs exam; 'guide' vs 'the one who leads tourists on a hike'")
case("paraphrase",
  P("BY07a","kk","Баянауыл соқпақтарына белгі",
    "Баянауыл ұлттық саябағындағы жаяу соқпақтарды түрлі түсті таңбалармен және бағыт тақтайшаларымен белгілеу керек."),
  P("BY07b","kk","Адасып кетпес үшін",
    "Баянауыл тауларында туристер жиі адасады: әр жорық жолына бояумен белгі салып, қиылыстарға көрсеткіш қойылсын."),
  note="ask first vs context first")
case("paraphrase",
  P("BY08a","kk","Баспаналарға бюджеттен ақша",
    "Жеке жануарлар баспаналары тек еріктілердің ақшасына күн көреді, әкімдік әр итке айлық азық қаражатын бөлуі керек."),
  P("BY08b","kk","Әкімдік баспанаға көмектессін",
    "Қаңғыбас иттерді асырап отырған волонтерлердің баспаналарына жергілікті бюджеттен тұрақты қаржы берілсін."))
case("paraphrase",
  P("BY09a","kk","Этноауылда шеберлерге тегін орын",
    "Этноауылдағы сауда орындарын киіз басатын, ағаш оятын шеберлерге ақысыз беру керек."),
  P("BY09b","kk","Қолөнершілерден жалдау ақысы алынбасын",
    "Туристер келетін этноауылда өз бұйымын сататын ауыл шеберлерінен орын үшін ақы алмау ұсынылады."))
case("paraphrase",
  P("BY10a","ru","Единая база потерявшихся животных",
    "Нужен общий сайт, куда все приюты и службы отлова выкладывают фото каждого пойманного животного в день отлова."),
  P("BY10b","ru","Потерял собаку — найди онлайн",
    "Чтобы хозяин быстро нашёл питомца, пусть отловщики сразу публикуют снимки всех пойманных собак и кошек в одном реестре."))
case("paraphrase",
  P("BY11a","ru","Единый ски-пасс",
    "Сделать один абонемент на подъёмники Шымбулака, Ой-Карагая и Акбулака."),
  P("BY11b","ru","Один билет на все курорты под Алматы",
    "Лыжникам неудобно покупать отдельную карту на каждом курорте — нужна общая карта, которая действует на всех подъёмниках."),
  note="terse card vs full one")
case("paraphrase",
  P("BY12a","ru","Просторные вольеры для хищников",
    "В Алматинском зоопарке расширить вольеры тигров, львов и медведей: сейчас звери ходят по кругу в тесных клетках."),
  P("BY12b","ru","Тигры в тесноте",
    "Крупным хищникам в зоопарке Алматы нужны площадки побольше — пора начать реконструкцию их вольеров."))
case("paraphrase",
  P("BY13a","ru","Гостевые дома без звёзд",
    "Гостевые дома до пяти номеров освободить от обязательной классификации, которую проходят гостиницы."),
  P("BY13b","ru","Упростить правила для маленьких гостевых домов",
    "Сельская семья, сдающая туристам пару комнат, не должна проходить ту же сертификацию по звёздам, что и отель."))
case("paraphrase",
  P("BY14a","en","Label for locally made souvenirs",
    "Souvenir stalls in national parks should mark which items were made by local craftspeople and which are imported."),
  P("BY14b","en","Made here or in a factory?",
    "Tourists cannot tell real felt and leather work from mass-produced imports, so require a 'local craft' tag in park shops."))
case("paraphrase",
  P("BY15a","en","Adoption days in shopping malls",
    "Shelters should get free space in big malls once a month to show dogs and cats looking for a home."),
  P("BY15b","en","Monthly pet adoption fair",
    "Let malls host a monthly fair where volunteers bring shelter animals to meet possible new owners."))

# ---------------- cross-language, written independently, NO translation supplied
# kk/ru 9
case("cross",
  P("BY16a","kk","Қатонқарағайға жазғы рейстер",
    "Туристер жолда екі күн жүрмес үшін жазда Өскеменнен Қатонқарағайға шағын ұшақтар ұшсын."),
  P("BY16b","ru","Авиарейсы в Катон-Карагай",
    "Летом запустить регулярные рейсы небольших самолётов из Усть-Каменогорска в Катон-Карагай — на машине туда почти сутки."))
case("cross",
  P("BY17a","kk","Құтқарушыларға жылу көретін дрон",
    "Тауда адасқандарды түнде табу үшін тау-құтқару отрядтарын жылу камерасы бар дрондармен жабдықтау керек."),
  P("BY17b","ru","Тепловизоры для горных спасателей",
    "Закупить спасателям Иле-Алатау беспилотники с тепловизором: ночью так быстрее найти заблудившегося туриста."))
case("cross",
  P("BY18a","kk","Жалға берілетін атқа демалыс",
    "Туристерді мінгізетін атқа күніне алты сағаттан артық жұмыс істетпей, ыстықта көлеңке мен су беру керек."),
  P("BY18b","ru","Норма работы прокатных лошадей",
    "Ограничить рабочий день лошадей на туристических маршрутах шестью часами, с перерывами на водопой."))
case("cross",
  P("BY19a","kk","Сауда орталығындағы контакт зоопарктер",
    "Балалар жануарларды қолмен ұстайтын сауда орталықтарындағы шағын зоопарктерге тыйым салу керек, жануарлар шуда қиналады."),
  P("BY19b","ru","Контактные зоопарки в ТРЦ",
    "Хватит мучить енотов и кроликов в торговых центрах: запретить контактные зоопарки в ТРЦ."))
case("cross",
  P("BY20a","kk","Ауыл балаларына тегін шаңғы",
    "Тау бөктеріндегі ауылдардың балаларына курорттар қыс бойы тегін шаңғы сабағын өткізсін."),
  P("BY20b","ru","Бесплатное обучение катанию сельских детей",
    "Горнолыжные курорты могли бы бесплатно учить кататься школьников из соседних сёл — в счёт аренды земли."))
case("cross",
  P("BY21a","kk","Киіз үй лагеріне маусымдық рұқсат",
    "Ұлттық саябақ жерінде жазғы киіз үй лагерін тігуге рұқсатты бір терезе арқылы он күнде беру керек."),
  P("BY21b","ru","Юрточные лагеря в нацпарках",
    "Разрешения на летний юрточный лагерь в нацпарке ждут по полгода — выдавать его за десять дней через одно окно."))
case("cross",
  P("BY22a","kk","Итті eGov арқылы тіркеу",
    "Ит иелері жануарын әкімдікке бармай-ақ, eGov қосымшасында бірнеше минутта тіркей алуы керек."),
  P("BY22b","ru","Регистрация собак онлайн",
    "Сделать регистрацию собак в приложении eGov, без похода на ветстанцию и очередей."))
case("cross",
  P("BY23a","kk","Әуежайда шеберлер бұрышы",
    "Павлодар әуежайында жергілікті қолөнер шеберлерінің бұйымдары сатылатын шағын дүкенге жеңілдікпен орын берілсін."),
  P("BY23b","ru","Сувениры местных мастеров в аэропорту",
    "В зале вылета аэропорта Павлодара выделить по льготной аренде уголок для изделий местных ремесленников."))
case("cross",
  P("BY24a","kk","Баянауылда туристік ақпарат орталығы",
    "Баянауыл ауылында карта, бағыт және қонақ үйлер туралы тегін кеңес беретін туристік ақпарат орталығын ашу керек."),
  P("BY24b","ru","Инфоцентр для туристов",
    "Туристы в Баянауле не знают, куда идти и где ночевать, — откройте в селе инфоцентр с бесплатными картами."))
# kk/en 4
case("cross",
  P("BY25a","kk","Гидтердің ашық тізілімі",
    "Туристер гидтің лицензиясын өзі тексере алуы үшін барлық лицензиялы гидтердің тізімін бір сайтқа шығару керек."),
  P("BY25b","en","Check your guide online",
    "Publish one national online list of licensed guides, with photo and licence number, so tourists can check before booking."))
case("cross",
  P("BY26a","kk","Жасыбайда тегін кемпинг алаңдары",
    "Адамдар шатырды кез келген жерге тікпеуі үшін Жасыбай маңында ошағы бар тегін кемпинг алаңдарын жасау керек."),
  P("BY26b","en","Free campsites at Lake Zhasybay",
    "Set out free tent pitches with fire rings around Zhasybay, so campers stop pitching on every bit of the shore."))
case("cross",
  P("BY27a","kk","Асхана қалдығы – баспанаға",
    "Күнделікті тамақ қалдығын жануарлар баспаналарына тегін өткізетін қонақ үйлер мен мейрамханалар салықтан жеңілдік алсын."),
  P("BY27b","en","Hotel leftovers for shelter dogs",
    "Give hotels and restaurants a small tax break when they hand their kitchen leftovers to animal shelters."))
case("cross",
  P("BY28a","kk","Ұшақ салонында үй жануары",
    "Ішкі рейстерде салмағы сегіз килограмға дейінгі мысық пен итті иесімен бірге салонда тасуға рұқсат беру керек."),
  P("BY28b","en","Small pets in the cabin",
    "Domestic airlines should let a cat or small dog up to 8 kg fly in the cabin, not the hold."))
# ru/en 4
case("cross",
  P("BY29a","ru","Отметка «можно с питомцем»",
    "В реестре гостиниц и на туристическом портале указывать, какие отели принимают гостей с собаками и кошками."),
  P("BY29b","en","Pet-friendly hotels list",
    "Travellers with dogs need to know where they can stay: add a pet-friendly flag to the official hotel directory."))
case("cross",
  P("BY30a","ru","Автобус до горнолыжных курортов",
    "Пустить из Алматы дешёвый утренний автобус до Шымбулака и Ой-Карагая, чтобы не ехать на такси."),
  P("BY30b","en","Ski shuttle from the city",
    "A cheap morning shuttle from Almaty metro stations to the ski resorts would take hundreds of cars off the mountain road."))
case("cross",
  P("BY31a","ru","Страховка в горных походах",
    "Туроператор обязан страховать каждого участника горного похода, включая расходы на эвакуацию."),
  P("BY31b","en","Insurance for trekking tours",
    "No trekking tour should set off without rescue and medical cover for every client, paid by the operator."))
case("cross",
  P("BY32a","ru","Не замуровывать кошек в подвалах",
    "Запретить управляющим компаниям закрывать продухи подвалов, пока там живут кошки."),
  P("BY32b","en","Basement vents and stray cats",
    "Housing managers must not seal basement air vents with cats still inside; leave small openings instead."))
# kk/ru/en triple
case("cross",
  P("BY33a","kk","Саябаққа көлікпен кірмеу",
    "Ұлттық саябақтың кіреберісінде тұрақ салып, ішіне туристерді тек шағын автобуспен кіргізу керек."),
  P("BY33b","ru","Парковка у въезда в Баянаул",
    "Летом машины забивают все дороги парка: пусть их оставляют на стоянке у въезда, а людей возит шаттл."),
  P("BY33c","en","Car-free national park",
    "Bayanaul park: a car park at the gate, shuttle buses inside."),
  note="kk full sentence, ru context first, en title plus half-sentence")

# ---------------- traps: same wording, opposite ask (must never auto-merge)
case("trap-polarity",
  P("BY34a","kk","Жағажайға итпен кіру",
    "Қала жағажайларына иттерді қарғыбаумен алып кіруге рұқсат беру керек."),
  P("BY34b","kk","Жағажайға итпен кіру",
    "Қала жағажайларына иттерді қарғыбаумен алып кіруге тыйым салу керек."),
  note="allow vs ban")
case("trap-polarity",
  P("BY35a","kk","Қонақ үйлер және туристік алым",
    "Шағын қонақ үйлер әр қонақтан туристік алым жинауы керек."),
  P("BY35b","kk","Қонақ үйлер және туристік алым",
    "Шағын қонақ үйлер әр қонақтан туристік алым жинамауы керек."),
  note="-уы керек vs -мауы керек")
case("trap-polarity",
  P("BY36a","kk","Хайуанаттар бағына билет бағасы",
    "Шымкент хайуанаттар бағына кіру билетінің бағасын көтеру керек."),
  P("BY36b","kk","Хайуанаттар бағына билет бағасы",
    "Шымкент хайуанаттар бағына кіру билетінің бағасын төмендету керек."),
  note="increase vs reduce")
case("trap-polarity",
  P("BY37a","ru","Сувениры у входа в парк",
    "Разрешить местным жителям продавать сувениры с рук у входа в национальный парк."),
  P("BY37b","ru","Сувениры у входа в парк",
    "Запретить местным жителям продавать сувениры с рук у входа в национальный парк."),
  note="allow vs ban")
case("trap-polarity",
  P("BY38a","ru","Штрафы за собак без поводка",
    "Увеличить штрафы для владельцев, которые выгуливают собак без поводка в городских парках."),
  P("BY38b","ru","Штрафы за собак без поводка",
    "Уменьшить штрафы для владельцев, которые выгуливают собак без поводка в городских парках."),
  note="increase vs reduce")
case("trap-polarity",
  P("BY39a","en","Licences for ski instructors",
    "Ski instructors at Kazakh resorts should be required to hold a state licence."),
  P("BY39b","en","Licences for ski instructors",
    "Ski instructors at Kazakh resorts should not be required to hold a state licence."),
  note="should vs should not")

# ---------------- traps: same ask, different number (must never auto-merge)
case("trap-number",
  P("BY40a","kk","Ұсталған итті сақтау мерзімі",
    "Иесі іздеп келуі үшін ұсталған итті пунктте кемінде 30 күн сақтау керек."),
  P("BY40b","kk","Ұсталған итті сақтау мерзімі",
    "Иесі іздеп келуі үшін ұсталған итті пунктте кемінде 10 күн сақтау керек."),
  note="30 vs 10 days")
case("trap-number",
  P("BY41a","ru","Грант на гостевой дом в селе",
    "Давать сельским семьям грант до 5 млн тенге на открытие гостевого дома."),
  P("BY41b","ru","Грант на гостевой дом в селе",
    "Давать сельским семьям грант до 10 млн тенге на открытие гостевого дома."),
  note="5 vs 10 million tenge")
case("trap-number",
  P("BY42a","en","Free lift passes for children",
    "Children under 7 should ride ski lifts for free at every resort."),
  P("BY42b","en","Free lift passes for children",
    "Children under 12 should ride ski lifts for free at every resort."),
  note="age 7 vs 12")
case("trap-number",
  P("BY43a","en","Quiet hours at yurt camps",
    "Music off after 23:00 at yurt camps and campsites."),
  P("BY43b","en","Quiet hours at yurt camps",
    "Music off after 22:00 at yurt camps and campsites."),
  note="23:00 vs 22:00")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("BY44a","kk","Торайғыр жағасына дәретхана",
    "Торайғыр көлінің жағасына тегін қоғамдық дәретхана мен душ орнату керек."),
  P("BY44b","kk","Торайғыр жағасына еркін өту",
    "Демалыс базалары Торайғыр жағасын қоршап алмасын, көлге кез келген адам еркін өте алуы керек."),
  note="Lake Toraigyr: toilets vs free access to the shore")
case("distinct",
  P("BY45a","kk","Павлодар әуежайына автобус",
    "Қаладан Павлодар әуежайына дейін рейс уақытына сай жүретін қалалық автобус бағытын ашу керек."),
  P("BY45b","en","A bigger terminal in Pavlodar",
    "Pavlodar airport's terminal is packed every summer: build a new one with jet bridges."),
  note="Pavlodar airport: city bus vs new terminal")
case("distinct",
  P("BY46a","kk","Әр аудан орталығында баспана",
    "Әр аудан орталығында қаңғыбас жануарларға арналған мемлекеттік баспана салу керек."),
  P("BY46b","ru","Отчёты приютов",
    "Приюты должны каждый месяц публиковать, сколько животных приняли, пристроили и сколько погибло."),
  note="shelters: build one per district vs monthly public reports")
case("distinct",
  P("BY47a","ru","Вечернее катание в Риддере",
    "Осветить трассы горнолыжного курорта в Риддере, чтобы кататься после работы."),
  P("BY47b","en","Snow cannons in Ridder",
    "Buy snow-making machines for the Ridder ski resort so the season can open in November."),
  note="Ridder resort: slope lighting vs snow-making")
case("distinct",
  P("BY48a","en","Felt-making courses for village women",
    "Free courses for village women to make felt souvenirs and sell them to tourists."),
  P("BY48b","kk","Аң мүйізінен кәдесыйға тыйым",
    "Арқар, киік мүйізінен және қасқыр терісінен жасалған кәдесыйларды сатуға тыйым салу керек."),
  note="souvenirs: craft training vs a ban on wild-animal parts")
