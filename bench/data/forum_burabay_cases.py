# A forum "Burabay" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any bench/*.py script
# other than the generator, any *.yaml forum, git history, or any dedupe output or score, and to be
# run ONCE. Nothing here was tuned on a run; recbook, dedupe and the scorers were not run (only
# make_eval.py, to generate the YAML, and a count check of kinds, languages and card lengths on that
# YAML). Only bench/data/make_eval.py (generator and format), the first
# 100 lines of forum_torgai_cases.py (format example), lines 1-60 of forum_tamgaly_cases.py (a full
# header example), the header comments (first 45 lines) of the other bench/data/forum_*_cases.py
# files (to avoid their fields, topics, asks and voices), /work/shared/design/KAZAKH.md (Kazakh
# spelling, official names) and /work/shared/seed/conference-article.txt were read.
# Field: ROAD SAFETY - PEDESTRIANS, CHILDREN ON THE ROAD, DRIVER TRAINING AND ROAD-CRASH VICTIMS (a
# field the tool's authors did not write for).
# Voice: SHORT CARDS, as a working group writes them on sticky notes and a flip chart at a road-safety
# forum in Burabay and Shchuchinsk (Akmola region), with road-safety NGOs, parents' committees,
# driving instructors, cyclists, disability organisations, families of crash victims and district
# police inspectors: a terse title (3-8 words) and ONE sentence (8-25 words), sometimes a fragment;
# some imperative («Ввести ...», "Install ..."), some «нужно / керек / should», some nominal
# («Бесплатные ... для ...», «... орнату»). Paraphrase pairs written as by two different people
# (synonyms, another verb, other word order, nominal vs verbal, digits vs words); cross-language pairs
# written independently in each language, never translated word by word, with NO translation supplied.
# kk 39, ru 35, en 25 of 99 proposals.
# Topics (chosen so the other forums' headers do not list them; Esil already covers snow fences on the
# Astana-Shchuchinsk highway, lifts in underpasses, bus lanes and a crossing on the Kosshy highway,
# Nura speed cameras and SOS posts on the Zhezkazgan highway, Shu e-scooters and school buses, Sarysu
# the Karaganda-Balkhash speed limit, so those asks were left out): audible traffic lights for blind
# pedestrians in Kokshetau, countdown timers on traffic lights, free reflectors for rural
# schoolchildren, a fund for hit-and-run victims, raised crossings at schools; a traffic playground in
# every district, pedestrian fences along highways through villages, the Kazakh wording of the
# driving theory test, free psychological help for bereaved families, refuge islands on wide
# avenues, video of the practical driving exam for the candidate, alcohol interlocks for convicted
# drunk drivers, safe-route maps for every school, independent road safety audits of designs,
# 30 km/h near schools and kindergartens, lorry rest areas on the Astana-Shchuchinsk highway; free
# loan of child car seats, elk and roe deer fences near Burabay, an open map of crashes, lit
# crossings, hands-on first aid in driving schools, penalty points, pavements in villages, parents'
# crossing patrols, barriers at unguarded level crossings, a median cable barrier on the
# Astana-Shchuchinsk highway, skid training, a hand-controlled training car, an official remembrance
# day for road victims, school streets closed to cars, seat belts on intercity coaches, speed humps
# in courtyards, caller location for 112, a rehabilitation centre in Kokshetau (kk/ru/en); traps on
# mopeds at 16 in villages, hidden speed cameras, practical hours in driving schools, right turn on
# red in Kokshetau, the pedestrian green phase, cycle helmets for children; number traps on a night
# curfew for novice drivers (years), a reward for dashcam reports (per cent), the fine for a phone
# at the wheel (tenge), the pothole repair deadline (days); look-alikes on the Shchuchinsk hospital,
# playgrounds by roads, the Lake Burabay shore road, crash victims' legal rights, road works.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different people (kk 4, ru 4, en 3); cross 18 cases = 20 cross-language pairs with NO translation
# supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity 6 with
# shared wording (kk: allow vs ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban,
# increase vs reduce; en: should vs should not be required); trap-number 4 (years, per cent, tenge,
# days); distinct 5 (same topic, different asks: kk/kk, ru/ru, en/en, kk/en, ru/en). No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py bench/data/forum_burabay_cases.py bench/data/forum_burabay.yaml

# ---------------- exact, spelling and homoglyph variants
_B01 = ("Озвучить светофоры на переходах возле общества слепых и глазной больницы в Кокшетау, "
        "чтобы незрячие переходили дорогу по звуковому сигналу.")
case("exact",
  P("BRB01a","ru","Звуковые светофоры для незрячих", _B01),
  P("BRB01b","ru","Звуковые светофоры для незрячих людей", _B01))
case("spelling",
  P("BRB02a","kk","Бағдаршамдарға кері санақ таймері",
    "Көкшетаудағы барлық бағдаршамдарға жарық ауысқанға дейін қанша секунд қалғанын көрсететін кері санақ таймерін орнату керек."),
  P("BRB02b","kk","Бағдаршамдарға кері санак таймері",
    "Көкшетаудағы барлық бағдаршамдрға жарық ауысқанға дейін қанша секунд қалғанын көрсететін кері санақ тамерін орнату керек."))
case("spelling",
  P("BRB03a","ru","Световозвращатели для сельских школьников",
    "Бесплатные световозвращатели каждому сельскому школьнику, который в темноте идёт на уроки по обочине трассы."),
  P("BRB03b","ru","Световозврощатели для сельских школьников",
    "Бесплатные световозвращатели каждому сельскому школьнку, который в темноте идёт на уроки по обочине трасы."))
case("spelling",
  P("BRB04a","en","Fund for hit-and-run victims",
    "Create a state fund that pays compensation to people injured by hit-and-run drivers who are never found."),
  P("BRB04b","en","Fund for hit-and-run victms",
    "Create a state fund that pays compensaton to people injured by hit-and-run drivres who are never found."))
_B05t = "Мектеп алдындағы көтерілген өткелдер"
_B05 = ("Мектептердің алдындағы жаяу жүргіншілер өткелдерін тротуар деңгейіне дейін көтеріп салу керек, "
        "сонда көліктер еріксіз баяулайды.")
case("homoglyph",
  P("BRB05a","kk",_B05t,_B05),
  P("BRB05b","kk",homo(_B05t, 3),homo(_B05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("BRB06a","kk","Әр ауданға балалар автоқалашығы",
    "Балалар жол ережесін ойнап үйренуі үшін әр аудан орталығында бағдаршамы мен белгілері бар автоқалашық салынсын."),
  P("BRB06b","kk","Жол ережесін үйрететін жаттығу алаңы",
    "Аудандық орталықтарда оқушылар велосипедпен жүріп, жол белгілері мен өткелдерді іс жүзінде меңгеретін алаң керек."),
  note="автоқалашық = жаттығу алаңы; passive imperative vs 'керек'")
case("paraphrase",
  P("BRB07a","kk","Ауыл тұсындағы трассаға қоршау",
    "Трасса ауылдың ортасынан өтетін жерлерде адамдар жолды кез келген тұстан кесіп өтпеуі үшін жиегіне қоршау орнату керек."),
  P("BRB07b","kk","Тас жол бойына темір тор",
    "Ауыл арқылы өтетін автомагистральдің екі жағын өткелден өткелге дейін тормен қоршап шығайық."),
  note="трасса = автомагистраль; reason given vs not")
case("paraphrase",
  P("BRB08a","kk","Емтихан сұрақтарының қазақша аудармасы",
    "Жүргізуші куәлігіне арналған теориялық емтиханның қазақша сұрақтарындағы аударма қателерін түзету керек."),
  P("BRB08b","kk","Теория тесті сауатты тілде болсын",
    "Жүргізушілік тестінің мемлекеттік тілдегі нұсқасын тіл мамандары қайта қарап, сөзбе-сөз аударылған қисық сөйлемдерден тазартсын."),
  note="қазақша = мемлекеттік тілдегі; correct errors = clean of clumsy literal sentences")
case("paraphrase",
  P("BRB09a","kk","Қаза болғандардың отбасыларына психологиялық көмек",
    "Жол апатында жақынынан айырылған отбасыларға мемлекет есебінен тегін психологиялық көмек көрсетілсін."),
  P("BRB09b","kk","Қаралы үйге маман қолдауы",
    "Жол-көлік оқиғасынан туысы қайтыс болған отбасымен бірнеше ай бойы психолог ақысыз жұмыс істеуі керек."),
  note="жол апаты = жол-көлік оқиғасы; тегін = ақысыз")
case("paraphrase",
  P("BRB10a","ru","Островки безопасности на широких проспектах",
    "На проспектах Кокшетау шире четырёх полос сделать посередине островки безопасности, где пешеход может переждать поток."),
  P("BRB10b","ru","Место для остановки посреди дороги",
    "Пешеходам, которые не успевают перейти многополосную улицу за один раз, нужна защищённая площадка на разделительной линии."),
  note="nominal term vs description")
case("paraphrase",
  P("BRB11a","ru","Видеозапись практического экзамена",
    "Весь экзамен по вождению в спецЦОНе записывать на видео и выдавать запись кандидату по запросу."),
  P("BRB11b","ru","Право увидеть свой экзамен по вождению",
    "Провалившему вождение выдавать ролик с регистраторов экзаменационной машины, чтобы он мог оспорить результат."))
case("paraphrase",
  P("BRB12a","ru","Алкозамки для пьяных водителей",
    "Обязать ставить алкозамок на машину каждого, кого лишали прав за езду в нетрезвом виде."),
  P("BRB12b","ru","Блокировка двигателя при алкоголе",
    "После возврата прав попадавшийся пьяным водитель должен ездить только на автомобиле с прибором, который не даст завести мотор без продува."),
  note="алкозамок = прибор, который не даст завести мотор без продува")
case("paraphrase",
  P("BRB13a","ru","Схема безопасного пути в школу",
    "Для каждой школы составить и раздать родителям схему безопасного маршрута от дома до школы."),
  P("BRB13b","ru","Карта дорог для первоклассников",
    "Нужно, чтобы каждая школа нарисовала, по каким улицам и через какие переходы детям лучше ходить на уроки."))
case("paraphrase",
  P("BRB14a","en","Independent safety audit of road designs",
    "Every new road or junction design should pass an independent road safety audit before construction starts."),
  P("BRB14b","en","Check the plans before the asphalt",
    "Have outside experts review each highway project for crash risks while it is still on paper."))
case("paraphrase",
  P("BRB15a","en","30 km/h around schools",
    "Set a 30 km/h limit on all streets next to schools and kindergartens."),
  P("BRB15b","en","Slow zones where children walk",
    "Drivers near a school or nursery should not go faster than thirty kilometres an hour."),
  note="digits vs words; imperative vs 'should'")
case("paraphrase",
  P("BRB16a","en","Truck rest stops on the Burabay highway",
    "Build rest areas with lit parking for lorries along the Astana–Shchuchinsk highway so tired drivers can sleep."),
  P("BRB16b","en","Somewhere for long-haul drivers to pull over",
    "Exhausted truckers on the road from the capital to Shchuchinsk need safe, guarded lay-bys where they can stop for a nap."))

# ---------------- cross-language, no translations: kk/ru
case("cross",
  P("BRB17a","kk","Автокреслоны уақытша тегін беру",
    "Аз қамтылған және көпбалалы отбасыларға балалар автокреслосын перзентханадан шыққанда тегін уақытша пайдалануға беру керек."),
  P("BRB17b","ru","Детское кресло бесплатно напрокат",
    "Многодетным и малоимущим семьям выдавать детское автокресло во временное пользование без оплаты, например через соцслужбы."))
case("cross",
  P("BRB18a","kk","Бурабай жолындағы жабайы аңдар",
    "Щучинск – Бурабай жолында бұлан мен елік жиі шығатын учаскелерге тор қоршау мен ескерту белгілерін қою керек."),
  P("BRB18b","ru","Звери на дороге к курорту",
    "Косули и лоси выбегают под колёса у Бурабая — нужны сетка вдоль леса и знаки «Дикие животные»."))
case("cross",
  P("BRB19a","kk","ЖКО картасы ашық болсын",
    "Облыстағы барлық жол-көлік оқиғаларының орны мен уақыты белгіленген интерактивті картаны ашық дерек ретінде жариялау."),
  P("BRB19b","ru","Открытая карта аварий области",
    "Полиция должна выкладывать в открытый доступ координаты и дату каждого ДТП в Акмолинской области, чтобы были видны опасные места."))
case("cross",
  P("BRB20a","kk","Өткелдерді түнде жарықтандыру",
    "Әр жаяу жүргіншілер өткелінің үстіне жолақты түнде жарқыратып тұратын бөлек шам орнатылсын."),
  P("BRB20b","ru","Подсветка пешеходных переходов ночью",
    "Над нерегулируемыми переходами повесить прожекторы, чтобы водитель в темноте издалека видел человека на «зебре»."))
case("cross",
  P("BRB21a","kk","Автомектепте алғашқы көмек тәжірибесі",
    "Жүргізушілер мектебінде оқушы алғашқы медициналық көмекті манекенмен іс жүзінде көрсетіп үйренуі міндетті болсын."),
  P("BRB21b","ru","Настоящая первая помощь в автошколе",
    "Курсанты автошкол должны отрабатывать сердечно-лёгочную реанимацию и остановку кровотечения на тренажёре, а не только учить теорию."))
case("cross",
  P("BRB22a","kk","Жүргізушілерге айыппұл балдары",
    "Әр бұзушылық үшін балл жазылып, бір жылда шектен асқан жүргізушінің куәлігін уақытша алатын жүйе енгізу."),
  P("BRB22b","ru","Балльная система для водителей",
    "Ввести штрафные баллы: набрал лимит за год — временно лишаешься водительского удостоверения."))
case("cross",
  P("BRB23a","kk","Ауыл көшелеріне тротуар салу",
    "Ауылдың басты көшесінде балалар мектепке жолдың шетімен жүреді, сондықтан жаяу жүргіншілер жолын салу керек."),
  P("BRB23b","ru","Тротуары в сёлах района",
    "Проложить тротуары вдоль центральных улиц сёл Бурабайского района: сейчас люди ходят прямо по проезжей части."))
case("cross",
  P("BRB24a","kk","Мектеп жанында ата-аналар патрулі",
    "Таңертең сабақ алдында мектеп маңындағы өткелдерден балаларды өткізіп тұратын ата-аналардан ерікті кезекшілер ұйымдастыру."),
  P("BRB24b","ru","Дежурные взрослые на школьных переходах",
    "Родители-добровольцы в жилетах могли бы по утрам переводить детей через дорогу у школ."))
case("cross",
  P("BRB25a","kk","Күзетсіз темір жол өткелдері",
    "Облыстағы күзетсіз темір жол өткелдерінің бәріне шлагбаум мен жарық белгісін орнату керек."),
  P("BRB25b","ru","Шлагбаумы на железнодорожных переездах",
    "Нерегулируемые ж/д переезды в Акмолинской области оборудовать автоматическими шлагбаумами и светофорами."))

# ---------------- cross-language, no translations: kk/en
case("cross",
  P("BRB26a","kk","Трассаны ортасынан бөліп қоршау",
    "Астана – Щучинск тас жолында қарсы бағыттағы көліктер соқтығыспауы үшін жолдың ортасына тросты қоршау тартылсын."),
  P("BRB26b","en","Median barrier on the Shchuchinsk road",
    "Install a cable barrier between opposing lanes on the highway from Astana to Shchuchinsk to end head-on collisions."))
case("cross",
  P("BRB27a","kk","Тайғақ жолда жүргізуді үйрету",
    "Автомектептер оқушыларға мұз басқан жолда көлікті басқаруды арнайы алаңда үйретуі керек."),
  P("BRB27b","en","Skid training for learner drivers",
    "Learners should practise getting out of a skid on an icy training ground before they are given a licence."))
case("cross",
  P("BRB28a","kk","Мүгедектігі бар адамдарға автомектеп",
    "Көкшетауда мүгедектігі бар адамдар оқи алатын, қолмен басқарылатын оқу көлігі бар автомектеп ашу."),
  P("BRB28b","en","Hand-controlled car for driving lessons",
    "At least one Kokshetau driving school needs a car with hand controls so wheelchair users can learn to drive."))
case("cross",
  P("BRB29a","kk","Жол құрбандарын еске алу күні",
    "Жыл сайын қарашаның үшінші жексенбісінде облыста жол апаттарының құрбандарын еске алу шаралары ресми түрде өткізілсін."),
  P("BRB29b","en","Official day for road traffic victims",
    "Make the World Day of Remembrance for Road Traffic Victims an official event in Akmola region every November."))

# ---------------- cross-language, no translations: ru/en
case("cross",
  P("BRB30a","ru","Улица у школы без машин",
    "Перекрывать для автомобилей улицу перед школой утром перед уроками и сразу после их окончания."),
  P("BRB30b","en","School streets closed to cars",
    "Shut the road outside each school to motor traffic when classes start and finish."))
case("cross",
  P("BRB31a","ru","Ремни в междугородних автобусах",
    "Проверять, чтобы в каждом междугороднем и туристическом автобусе на всех креслах были исправные ремни безопасности."),
  P("BRB31b","en","Seat belts on every coach seat",
    "Every seat on intercity coaches should have a working belt, checked at each vehicle inspection."))
case("cross",
  P("BRB32a","ru","Лежачие полицейские во дворах",
    "Во дворах многоэтажек поставить искусственные неровности, чтобы машины не гоняли мимо подъездов."),
  P("BRB32b","en","Speed humps in residential yards",
    "Put speed humps in apartment-block courtyards where drivers cut through too fast."))
case("cross",
  P("BRB33a","ru","Геолокация при звонке в 112",
    "Когда человек сообщает об аварии по номеру 112, диспетчер должен сразу получать его координаты с телефона."),
  P("BRB33b","en","Automatic location for crash calls",
    "Phones calling the emergency number after a road crash should send their GPS position to the dispatcher automatically."))

# ---------------- cross-language, no translations: kk/ru/en triple
case("cross",
  P("BRB34a","kk","Жарақаттан кейінгі оңалту орталығы",
    "Жол апатында ауыр жарақат алғандар ұзақ ем қабылдайтын оңалту орталығын Көкшетауда ашу керек."),
  P("BRB34b","ru","Реабилитация после аварий в Кокшетау",
    "Пострадавшие в ДТП с тяжёлыми травмами ездят восстанавливаться в Астану — нужен свой реабилитационный центр в Кокшетау."),
  P("BRB34c","en","Rehab centre for crash survivors",
    "Open a rehabilitation centre in Kokshetau for people badly injured in road crashes."))

# ---------------- opposite-meaning traps (shared wording, opposite asks)
case("trap-polarity",
  P("BRB35a","kk","Ауылда 16 жастағыларға мопедке рұқсат",
    "Ауылдық жерлерде 16 жастағы жасөспірімдерге мопед жүргізуге рұқсат беру керек."),
  P("BRB35b","kk","Ауылда 16 жастағыларға мопедке тыйым",
    "Ауылдық жерлерде 16 жастағы жасөспірімдерге мопед жүргізуге тыйым салу керек."),
  note="allow vs ban")
case("trap-polarity",
  P("BRB36a","kk","Жылдамдық камералары жасырын болсын",
    "Жол полициясы жылдамдық камераларын жүргізушілерге көрінбейтін жерлерге жасырып орнатуы керек."),
  P("BRB36b","kk","Жылдамдық камералары жасырын болмасын",
    "Жол полициясы жылдамдық камераларын жүргізушілерге көрінбейтін жерлерге жасырып орнатпауы керек."),
  note="-уы керек vs -пауы керек")
case("trap-polarity",
  P("BRB37a","kk","Автомектептегі практика сағатын арттыру",
    "Жүргізушілер мектебінде көлік жүргізуге бөлінетін практикалық сабақ сағаттарын арттыру керек, түлектер көлікті нашар басқарады."),
  P("BRB37b","kk","Автомектептегі практика сағатын азайту",
    "Жүргізушілер мектебінде көлік жүргізуге бөлінетін практикалық сабақ сағаттарын азайту керек, оқу ақысы тым қымбат."),
  note="increase vs reduce")
case("trap-polarity",
  P("BRB38a","ru","Поворот направо на красный сигнал",
    "Разрешить в Кокшетау поворот направо на красный сигнал светофора после полной остановки, если нет пешеходов."),
  P("BRB38b","ru","Поворот направо на красный сигнал",
    "Запретить в Кокшетау поворот направо на красный сигнал светофора во всех случаях, даже после полной остановки."),
  note="allow vs ban")
case("trap-polarity",
  P("BRB39a","ru","Зелёный сигнал для пешеходов",
    "Увеличить время зелёного сигнала для пешеходов на широких улицах: пожилые люди не успевают перейти."),
  P("BRB39b","ru","Зелёный сигнал для пешеходов",
    "Сократить время зелёного сигнала для пешеходов на широких улицах: из-за него машины стоят в пробках."),
  note="increase vs reduce")
case("trap-polarity",
  P("BRB40a","en","Cycle helmets for children",
    "Helmets should be required for all children under 14 riding bicycles on public roads."),
  P("BRB40b","en","Cycle helmets for children",
    "Helmets should not be required for children under 14 riding bicycles on public roads; let parents decide."),
  note="should vs should not be required")

# ---------------- number traps (the same ask, a different number)
case("trap-number",
  P("BRB41a","kk","Жаңа жүргізушілерге түнгі шектеу",
    "Куәлік алғаннан кейінгі алғашқы 2 жылда жаңа жүргізушілерге түнгі сағат 0-ден 5-ке дейін көлік жүргізуге шектеу қойылсын."),
  P("BRB41b","kk","Жаңа жүргізушілерге түнгі шектеу",
    "Куәлік алғаннан кейінгі алғашқы 3 жылда жаңа жүргізушілерге түнгі сағат 0-ден 5-ке дейін көлік жүргізуге шектеу қойылсын."),
  note="years: 2 vs 3")
case("trap-number",
  P("BRB42a","ru","Вознаграждение за видео нарушений",
    "Платить гражданину 10 % от штрафа, если нарушение ПДД доказано по его видео с регистратора."),
  P("BRB42b","ru","Вознаграждение за видео нарушений",
    "Платить гражданину 25 % от штрафа, если нарушение ПДД доказано по его видео с регистратора."),
  note="per cent: 10 vs 25")
case("trap-number",
  P("BRB43a","en","Higher fine for phones at the wheel",
    "Raise the fine for holding a phone while driving to 50,000 tenge."),
  P("BRB43b","en","Higher fine for phones at the wheel",
    "Raise the fine for holding a phone while driving to 150,000 tenge."),
  note="tenge: 50,000 vs 150,000")
case("trap-number",
  P("BRB44a","kk","Жолдағы шұңқырды жөндеу мерзімі",
    "Тұрғындар қосымша арқылы хабарлаған жолдағы шұңқырды әкімдік 3 күн ішінде жөндеуі тиіс."),
  P("BRB44b","kk","Жолдағы шұңқырды жөндеу мерзімі",
    "Тұрғындар қосымша арқылы хабарлаған жолдағы шұңқырды әкімдік 10 күн ішінде жөндеуі тиіс."),
  note="days: 3 vs 10")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("BRB45a","kk","Щучинск ауруханасы алдындағы бағдаршам",
    "Щучинсктегі аудандық аурухана алдындағы адам көп өтетін өткелге бағдаршам қою керек, науқастар жолды әрең кесіп өтеді."),
  P("BRB45b","kk","Жедел жәрдемге бөлек кіреберіс жол",
    "Щучинсктегі аудандық ауруханаға жедел жәрдем көліктері кептеліссіз жетуі үшін бөлек кіреберіс жол салу."),
  note="a traffic light at the hospital crossing vs a separate ambulance access road")
case("distinct",
  P("BRB46a","ru","Ограждение детских площадок у дорог",
    "Детские площадки, которые стоят вплотную к проезжей части, оградить металлическим забором."),
  P("BRB46b","ru","Новые площадки подальше от дороги",
    "В правилах застройки закрепить, что новую детскую площадку нельзя размещать ближе 20 метров к проезжей части."),
  note="fence existing playgrounds vs a distance rule for new ones")
case("distinct",
  P("BRB47a","en","Slower traffic on the lakeside road",
    "Lower the speed limit on the road along the shore of Lake Burabay during the summer season."),
  P("BRB47b","en","A footpath along Lake Burabay",
    "Build a separate footpath beside the lakeside road so holidaymakers stop walking on the carriageway."),
  note="speed limit vs footpath")
case("distinct",
  P("BRB48a","kk","Жол апатынан зардап шеккендерге заңгер",
    "Жол-көлік оқиғасынан зардап шеккендер мен олардың отбасыларына сотта тегін заңгерлік көмек көрсету."),
  P("BRB48b","en","Victims' families may read the crash file",
    "Families of people killed in crashes should be allowed to read the police investigation file and the expert reports."),
  note="free lawyer in court vs access to the case file")
case("distinct",
  P("BRB49a","ru","Ночное ограждение дорожных работ",
    "Места ремонта дорог ночью ограждать светящимися знаками и фонарями, которые видно издалека."),
  P("BRB49b","en","Resurface busy highways at night",
    "On busy highways, schedule resurfacing for night hours in summer so daytime traffic is not stuck in queues."),
  note="lighting of road works vs doing road works at night")
