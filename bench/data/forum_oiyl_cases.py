# A forum "Oiyl" (held out entirely): written BLIND for issue 9's twelfth pass, without seeing the
# merge rules (src/recbook/merge/), docs/, README.md, the tests (tests/), any other bench/*.py script
# or any dedupe output or score, and to be run ONCE, as an outside measure of the twelfth pass.
# Nothing here was tuned on a run; recbook, dedupe and the scorers were not run. Only
# bench/data/make_eval.py (generator and format), the first 60 lines of forum_ertis_cases.py (format
# example), the header comments (first 40 lines) of the other bench/data/forum_*_cases.py files (to
# avoid their topics, asks and voices) and /work/shared/design/KAZAKH.md (Kazakh spelling, names of
# bodies) were read.
# Voice: PUBLIC-SECTOR PROFESSIONALS - rural doctors, feldshers, nurses, schoolteachers, school
# librarians, museum and theatre staff, music teachers, sports coaches - of the Atyrau, Mangystau,
# Aktobe, Karaganda, Turkistan and Almaty regions at a forum on public-sector workers: a mix of LONG
# texts (3-5 sentences: a situation from their work, a figure, then the ask, some addressed to a
# ministry named in full - Оқу-ағарту министрлігі, Денсаулық сақтау министрлігі, Мәдениет және
# ақпарат министрлігі; Министерство просвещения, Министерство здравоохранения, Министерство туризма и
# спорта; the Ministry of Health, the Ministry of Culture and Information) and SHORT cards (a title and
# one line); some asks are questions («... неге ...?», «Почему ...?», "Why ...?", "Could ...?").
# Emphasis: CROSS-LANGUAGE duplicates written independently (different structure, details, order;
# often a short card in one language and a long text in the other). kk 36, ru 36, en 25 of 97.
# Topics (chosen so the other forums' headers do not list them): a closed list of reports asked of
# teachers, Friday evening museum hours in Karaganda, travel costs of children's teams in Aktobe,
# paid rural internships for Mangystau medical students, a nurse's room in every Turkistan school,
# paid mentors for young teachers, speech therapists in village kindergartens, a service bus for
# commuting teachers in Kurmangazy district, panic buttons in hospital admission wards, a district
# pool of substitute teachers, free online courses for rural teachers, a restoration workshop at the
# Atyrau museum, audio guides at the Yasawi mausoleum, coaches' bonuses for pupils in national teams,
# counselling for ambulance crews after deaths on call, no census or canvassing work for teachers,
# targeted nursing grants for rural youth in Atyrau, tutors in inclusive classes, fuel for feldshers'
# home visits in Turkistan, a full librarian post in every school, free museum Wednesdays for pupils
# in Mangystau, two nurses per night shift, new pianos for music schools, theatre tours to Aktobe
# district centres, teachers' medical books paid by the school, a weekly preparation day, doctors'
# liability insurance, first-aid training for coaches and PE teachers, a national e-library
# subscription for schools, a nursing simulation centre in Aktobe, 56 days of leave for coaches, pay
# for marking exercise books, a mobile library van in Mangystau; traps on doctors' consultations by
# messenger, a yearly museum lesson in the curriculum, flu jabs for medical staff (mandatory vs voluntary), feldshers'
# prescriptions, teachers' home visits, photography in museums; number traps on teaching hours,
# residents per rural doctor, children per swimming coach, the class-teacher allowance; look-alikes:
# a medical-college hostel in Zhanaozen vs Kulsary, a new building vs digitising the Aktau museum, an
# indoor athletics arena vs a bus for the Aktobe sports school, utility vs coal allowances for rural
# teachers, ultrasound scanners in Turkistan vs Mangystau village clinics.
# Kinds and counts (48 cases, 97 proposals): exact 1 (ru); spelling 3 (typos in key words, kk/ru/en
# one each); homoglyph 1 (kk, via homo()); paraphrase 10 same-language pairs (kk 3, ru 4, en 3);
# cross 18 cases with NO translation supplied, written independently: 17 pairs (kk/ru 9, kk/en 4,
# ru/en 4) and one kk/ru/en triple (3 pairs), 20 pairs in all; trap-polarity 6 (kk: allow vs ban,
# -уы керек vs -мауы керек; ru: mandatory vs voluntary, allow vs ban; en: mandatory vs voluntary,
# allow vs ban); trap-number 4 (hours, residents, children, tenge); distinct 5 (same ask for another
# town or region, or same topic with a different ask). No singletons: the kinds above already make 97.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_oiyl_cases.py /work/wt/blind/forum_oiyl.yaml

# ---------------- exact, spelling and homoglyph variants
_O01 = ("За одну четверть учитель сельской школы в Каркаралинском районе заполнил 47 отчётов, справок и "
        "мониторингов, причём многие из них дублируют данные, которые уже есть в электронном журнале. "
        "На подготовку к урокам времени почти не остаётся. Предлагаем Министерству просвещения утвердить "
        "закрытый перечень отчётов, которые школа вправе требовать от учителя, и запретить запрашивать "
        "всё, что в этот перечень не входит.")
case("exact",
  P("OY01a","ru","Закрытый перечень отчётов учителя", _O01),
  P("OY01b","ru","Меньше бумаг для учителей", _O01))
case("spelling",
  P("OY02a","kk","Медициналық студенттердің ауылдағы интернатурасы",
    "Маңғыстау облысының ауылдық емханаларында 40-тан астам дәрігер орны бос тұр, ал Ақтаудағы "
    "медициналық колледж бен университет түлектері ауылға барғысы келмейді. Студенттер ауылды тек "
    "қысқа практика кезінде көреді, онда да жатақхана мен стипендия жоқ. Денсаулық сақтау министрлігіне "
    "интернатураның кемінде үш айын аудандық ауруханада өткізуді және осы кезеңде студенттерге "
    "қосымша стипендия мен тұрғын үй беруді ұсынамыз."),
  P("OY02b","kk","Медициналық студентердің ауылдағы интернатрасы",
    "Маңғыстау облысының ауылдық емханаларында 40-тан астам дәрігер орны бос тұр, ал Ақтаудағы "
    "медициналық колледж бен университет түлектері ауылға барғысы келмейді. Студенттер ауылды тек "
    "қысқа практика кезінде көреді, онда да жатақхана мен стипендя жоқ. Денсаулық сақтау министрлігіне "
    "интернатураның кемінде үш айын аудандық ауруханада өткізуді және осы кезеңде студенттерге "
    "қосымша стипендия мен тұрғын үй беруді ұсынамыз."))
case("spelling",
  P("OY03a","ru","Вечерние часы музеев Караганды",
    "Областной историко-краеведческий музей и музей изобразительных искусств в Караганде закрываются в "
    "18:00, то есть тогда, когда большинство работающих людей только выходит с работы. По нашим "
    "подсчётам, в будни музеи посещают в среднем 30 человек в день. Предлагаем по пятницам открывать "
    "музеи до 22:00 и проводить в эти вечера экскурсии и лекции."),
  P("OY03b","ru","Вечерные часы музеев Караганды",
    "Областной историко-краеведческий музей и музей изобразительных искуств в Караганде закрываются в "
    "18:00, то есть тогда, когда большинство работающих людей только выходит с работы. По нашим "
    "подсчётам, в будни музеии посещают в среднем 30 человек в день. Предлагаем по пятницам открывать "
    "музеи до 22:00 и проводить в эти вечера экскурссии и лекции."))
case("spelling",
  P("OY04a","en","Travel costs for children's teams",
    "Coaches at district sports schools in Aktobe region often pay for their pupils' bus tickets and "
    "hostel beds out of their own pockets when the team goes to a regional championship. Last season a "
    "wrestling coach from Shalkar spent 380,000 tenge of his own money this way. We ask the regional "
    "akimat to cover the travel and accommodation of children's teams at official championships in full."),
  P("OY04b","en","Travel costs for childrens teams",
    "Coachs at district sports schools in Aktobe region often pay for their pupils' bus tickets and "
    "hostel beds out of their own pockets when the team goes to a regional championsip. Last season a "
    "wrestling coach from Shalkar spent 380,000 tenge of his own money this way. We ask the regional "
    "akimat to cover the travel and acommodation of children's teams at official championships in full."))
_O05t = "Әр мектепте медбике болсын"
_O05 = ("Түркістан облысының ауылдық мектептерінің үштен бірінде медициналық кабинет те, медбике де жоқ. "
        "Оқушы сабақта есінен танып қалса, мұғалім жедел жәрдемді күтіп, не істерін білмей отырады. "
        "Оқу-ағарту министрлігі мен Денсаулық сақтау министрлігіне оқушы саны жүзден асатын әрбір мектепте "
        "медбикенің толық штаттық бірлігін енгізуді ұсынамыз.")
case("homoglyph",
  P("OY05a","kk",_O05t,_O05),
  P("OY05b","kk",homo(_O05t),homo(_O05)))

# ---------------- paraphrases, one language each: kk
case("paraphrase",
  P("OY06a","kk","Жас мұғалімнің тәлімгеріне үстемеақы",
    "Ақтөбе облысының мектептеріне жыл сайын 600-дей жас мұғалім келеді, оның әрқайсысына тәжірибелі "
    "ұстаз тәлімгер болып бекітіледі. Бірақ бұл жұмыс еш төленбейді, сондықтан тәлімгерлік қағаз жүзінде "
    "ғана қалады. Оқу-ағарту министрлігіне жас маманға тәлімгер болған мұғалімге ай сайын қосымша "
    "ақы төлеуді ұсынамыз."),
  P("OY06b","kk","Тәлімгерлік тегін болмауы керек",
    "Жас педагогты бір жыл бойы сабаққа дайындап, сабағына қатысып, кеңес беретін тәжірибелі мұғалім бұл "
    "еңбегі үшін бір тиын да алмайды. Тәлімгер ұстаздарға ақы төленсін."))
case("paraphrase",
  P("OY07a","kk","Ауыл балабақшаларына логопед",
    "Мұғалжар ауданындағы 23 ауылдық балабақшаның бірде-біреуінде логопед жоқ. Тілі кеш шыққан баланы "
    "ата-анасы Қандыағашқа немесе Ақтөбеге апаруға мәжбүр, ал көбі бара алмай, проблема мектепке дейін "
    "жалғасады. Әрбір ауылдық балабақшада логопедтің штаттық орны болуы керек."),
  P("OY07b","kk","Логопед ауылдағы әр балабақшада",
    "Ауылдағы балабақшаларға логопед маман бөлінсе, балалардың сөйлеу кемістігі мектепке барғанға дейін "
    "түзелер еді; қазір Мұғалжар ауданының балабақшаларында мұндай маман мүлде жоқ."))
case("paraphrase",
  P("OY08a","kk","Мұғалімдерге қызметтік автобус",
    "Құрманғазы ауданында 70-тен астам мұғалім аудан орталығынан алыс ауылдардағы мектептерге күн сайын "
    "қатынайды. Тұрақты қоғамдық көлік жоқ, сондықтан олар такси мен жолаушы көлікке айына 60 мың "
    "теңгеге дейін жұмсайды. Аудан әкімдігінен таңертең мұғалімдерді мектептерге апарып, кешке қайтаратын "
    "қызметтік автобус бөлуді сұраймыз."),
  P("OY08b","kk","Ауылға қатынайтын ұстаздар",
    "Аудан орталығынан шалғай ауылдардағы мектептерге барып-қайтатын мұғалімдерге неге арнайы автобус "
    "қарастырылмайды? Әкімдік осындай қатынас автобусын ұйымдастырсын."))

# ---------------- paraphrases, one language each: ru
case("paraphrase",
  P("OY09a","ru","Тревожные кнопки в приёмных отделениях",
    "Только за прошлый год в больницах Карагандинской области зарегистрировано 19 нападений на врачей и "
    "медсестёр, большинство из них ночью в приёмном покое. Охраны там, как правило, нет, а до полиции "
    "дозвониться получается не сразу. Предлагаем Министерству здравоохранения обязать оснастить "
    "приёмные отделения всех районных больниц тревожными кнопками с выводом на пульт полиции и "
    "круглосуточной охраной."),
  P("OY09b","ru","Защитить медиков в приёмном покое",
    "Медсестра приёмного отделения ночью остаётся один на один с пьяным агрессивным посетителем. Нужны "
    "охранник и кнопка вызова полиции в приёмном покое каждой районной больницы."))
case("paraphrase",
  P("OY10a","ru","Районный резерв учителей на замену",
    "Когда учитель в сельской школе Жамбылского района уходит на больничный, его уроки либо отменяют, "
    "либо раздают коллегам, у которых и так полторы ставки. В среднем за год каждый класс теряет так до "
    "40 уроков. Предлагаем создать при районных отделах образования резерв учителей, которых можно "
    "оперативно направить на замену в любую школу района."),
  P("OY10b","ru","Кто заменит заболевшего учителя?",
    "Почему в районе нет группы педагогов на подмену? Отдел образования должен держать штат "
    "учителей-заменщиков, чтобы уроки не срывались из-за больничных."))
case("paraphrase",
  P("OY11a","ru","Бесплатные онлайн-курсы для сельских учителей",
    "Чтобы подтвердить категорию, учитель обязан пройти курсы повышения квалификации, но платные курсы "
    "стоят от 40 до 90 тысяч тенге, а ехать на очные в Конаев или Алматы сельскому учителю и "
    "долго, и дорого. Предлагаем Министерству просвещения сделать онлайн-курсы повышения квалификации "
    "бесплатными для учителей сельских школ и засчитывать их при аттестации."),
  P("OY11b","ru","Повышение квалификации онлайн и бесплатно",
    "Учителя из аулов тратят на курсы повышения квалификации собственные деньги и отпуск. Нужны "
    "бесплатные дистанционные курсы для сельских педагогов, которые будут учитываться при аттестации."))
case("paraphrase",
  P("OY12a","ru","Реставрационная мастерская в Атырау",
    "В фондах Атырауского областного историко-краеведческого музея больше 2 тысяч предметов требуют "
    "реставрации: ковры, седла, рукописи. Ближайшие реставраторы работают в Астане и Алматы, очередь к "
    "ним растягивается на годы, а музеи районов вообще не могут туда попасть. Предлагаем открыть при "
    "областном музее реставрационную мастерскую, которая обслуживала бы все музеи области."),
  P("OY12b","ru","Свои реставраторы для музеев области",
    "Создать на базе Атырауского областного музея реставрационную мастерскую для всех музеев региона: "
    "сейчас экспонаты годами ждут реставрации в столичных центрах, а тем временем разрушаются."))

# ---------------- paraphrases, one language each: en
case("paraphrase",
  P("OY13a","en","Audio guides at the Yasawi mausoleum",
    "Around a million visitors come to the mausoleum of Khoja Ahmed Yasawi in Turkistan every year, but "
    "the museum reserve has only eleven guides, and most foreign and many Kazakh-speaking visitors walk "
    "around without any explanation. We propose that the Ministry of Culture and Information fund audio "
    "guides in Kazakh, Russian and English, available both as rented devices and as a free phone app."),
  P("OY13b","en","Yasawi museum audio guide",
    "Visitors to the Khoja Ahmed Yasawi mausoleum need a free audio guide in three languages - Kazakh, "
    "Russian and English - because a handful of human guides cannot serve the crowds."))
case("paraphrase",
  P("OY14a","en","Bonus for coaches of national-team athletes",
    "When a boxer or wrestler from a village club in Turkistan region makes the national youth team, the "
    "federation and the athlete are rewarded, but the coach who trained the child for eight years gets "
    "nothing. Many of the best coaches then leave for Shymkent or for private clubs. We propose a one-off "
    "state bonus for the first coach of every athlete selected for a national team."),
  P("OY14b","en","Reward the first coach",
    "Could the Ministry of Tourism and Sports pay a bonus to the village coach who first trained an "
    "athlete once that athlete is called up to the national team?"))
case("paraphrase",
  P("OY15a","en","Counselling for ambulance crews",
    "Paramedics in Mangystau region may attend several deaths in a single shift - road accidents on the "
    "Beineu highway, drownings, heart attacks - and go straight on to the next call. Nobody talks to them "
    "afterwards, and burnout is one reason why a quarter of the posts are vacant. We recommend that the "
    "Ministry of Health give ambulance crews free sessions with a psychologist after every call that "
    "ends in a death."),
  P("OY15b","en","A psychologist for paramedics",
    "After a call where the patient dies, ambulance staff should be offered free psychological "
    "counselling; at the moment they are left alone with it."))

# ---------------- cross-language, no translations: kk/ru
case("cross",
  P("OY16a","kk","Мұғалімді санаққа жұмсамау",
    "Түркістан облысының мектептерінде мұғалімдерді сабақтан босатып, үй аралап халық санағына, сайлау "
    "алдындағы тізімдерді тексеруге, түрлі сауалнамаларға жұмсау әлі де жиі кездеседі. Тек өткен оқу "
    "жылында бір мұғалім осындай тапсырмаларға 60 сағаттай уақыт жұмсаған. Оқу-ағарту министрлігіне "
    "мұғалімдерді оқытуға қатысы жоқ жұмыстарға тартуға заң жүзінде тыйым салуды ұсынамыз."),
  P("OY16b","ru","Учителя - не переписчики",
    "Запретить привлекать педагогов к переписи, обходу дворов и другой работе, не связанной с обучением."))
case("cross",
  P("OY17a","ru","Целевые гранты на медсестёр для сельской молодёжи",
    "В районах Атырауской области не хватает почти 300 медсестёр, а выпускники Атырауского медколледжа "
    "остаются в городе. Молодёжь из сёл часто не может поступить на платное отделение. Предлагаем "
    "выделять целевые гранты на сестринское дело абитуриентам из сельской местности с условием, что после "
    "учёбы они отработают три года в больнице или амбулатории своего района."),
  P("OY17b","kk","Ауыл жастарына мейірбикелікке грант",
    "Атырау облысының ауылдарынан шыққан жастарға медколледжде мейірбикелік іске арнайы грант бөлінсін, "
    "ал олар оқуды бітірген соң өз ауданында үш жыл жұмыс істесін."))
case("cross",
  P("OY18a","kk","Инклюзивті сыныпқа тьютор",
    "Ерекше білім беру қажеттілігі бар бала оқитын сыныпқа тьютор керек. Ақтөбеде мұндай 1 200 бала "
    "жалпы сыныптарда оқиды, ал тьютор тек әр оныншысында бар."),
  P("OY18b","ru","Ассистент педагога в каждом инклюзивном классе",
    "Я учительница начальных классов в Актобе, у меня 28 учеников, из них двое с аутизмом и один с "
    "нарушением слуха. Уделить им достаточно внимания и не потерять остальной класс в одиночку "
    "невозможно. Мы просим, чтобы в каждом классе, где учится ребёнок с особыми образовательными "
    "потребностями, работал тьютор - ассистент учителя."))
case("cross",
  P("OY19a","ru","Бензин для фельдшеров на подворные обходы",
    "Фельдшер ФАПа в Сузакском районе обслуживает три аула на расстоянии до 25 км друг от друга и "
    "ездит к лежачим больным на своей машине за свой счёт. Просим акимат Туркестанской области "
    "компенсировать фельдшерам расходы на топливо при выездах к пациентам на дом."),
  P("OY19b","kk","Фельдшердің жанармайын кім төлейді?",
    "Созақ ауданындағы фельдшерлер науқастарды үйде қарауға өз көлігімен, өз ақшасына барады. Облыс "
    "әкімдігі осы жанармай шығынын өтесін."))
case("cross",
  P("OY20a","kk","Әр мектепке толық ставкалы кітапханашы",
    "Қарағанды облысындағы шағын мектептерде кітапханашыға тек жарты ставка бөлінеді, сондықтан "
    "кітапхана аптасына екі-үш күн ғана ашық. Ал кітапханашы оқулық қорын да, оқу сағатын да, балалар "
    "үйірмесін де жүргізеді. Оқу-ағарту министрлігіне оқушы санына қарамастан әрбір мектепте "
    "кітапханашының бір толық ставкасын бекітуді ұсынамыз."),
  P("OY20b","ru","Библиотекарь на полную ставку",
    "В каждой школе, даже малокомплектной, нужен библиотекарь на целую ставку, а не на половину."))
case("cross",
  P("OY21a","ru","Бесплатная среда в музеях Мангистау",
    "Школьники и студенты Мангистау почти не ходят в музеи: билет стоит немного, но для семьи с "
    "тремя-четырьмя детьми это уже расход. Предлагаем сделать вход в государственные музеи области "
    "бесплатным для школьников и студентов по средам."),
  P("OY21b","kk","Оқушыларға сәрсенбі күні мұражай тегін",
    "Ақтаудағы облыстық мұражайға өткен жылы келген 18 мыңдай адамның тек аз бөлігі ғана жастар. "
    "Маңғыстау облысының мемлекеттік мұражайлары аптасына бір күн, сәрсенбіде, оқушылар мен студенттерді "
    "ақысыз кіргізсе, балалар өлкенің тарихын жақынырақ танитын еді."))
case("cross",
  P("OY22a","kk","Түнгі кезекшілікте екі мейірбике",
    "Абай ауданының ауруханасында терапия бөлімшесіндегі 40 төсекке түнде бір ғана мейірбике қалады. "
    "Бір мезгілде екі науқастың жағдайы нашарласа, ол біреуіне ғана үлгереді. Денсаулық сақтау "
    "министрлігі аудандық ауруханалардың әр бөлімшесінде түнгі ауысымда кемінде екі мейірбике болуын "
    "нормативке енгізсін."),
  P("OY22b","ru","Не меньше двух медсестёр ночью",
    "Ночная смена в отделении районной больницы - минимум две медицинские сестры, а не одна на всё отделение."))
case("cross",
  P("OY23a","ru","Новые фортепиано для музыкальных школ",
    "В детских музыкальных школах Алматинской области большинство фортепиано куплено ещё в 1970-80-е "
    "годы, многие не держат строй, а в Кегене и Нарынколе на одном инструменте занимаются по 30 "
    "учеников. Предлагаем Министерству культуры и информации принять программу обновления музыкальных "
    "инструментов в детских музыкальных школах и школах искусств."),
  P("OY23b","kk","Музыка мектептеріне жаңа аспаптар",
    "Балалар музыка мектептеріндегі ескі пианинолар мен аспаптарды жаңартатын мемлекеттік бағдарлама керек."))
case("cross",
  P("OY24a","kk","Облыстық театр аудандарға гастрольге шықсын",
    "Ақтөбе облыстық драма театры аудандарға жылына бір рет те шықпайды, Ырғыз бен Шалқардың тұрғындары "
    "театрды тек теледидардан көреді. Облыс әкімдігі театрдың аудан орталықтарына гастрольдерін жылына "
    "кемінде екі рет қаржыландырсын."),
  P("OY24b","ru","Гастроли театра по районам",
    "Актеры областного драмтеатра хотят играть для сельских зрителей, но денег на выезды нет. В "
    "Иргизе, Шалкаре, Темире спектакль последний раз видели несколько лет назад. Просим акимат "
    "Актюбинской области выделять средства на гастроли театра в районные центры хотя бы дважды в год."))

# ---------------- cross-language, no translations: kk/en
case("cross",
  P("OY25a","kk","Медициналық кітапшаны мектеп төлесін",
    "Әр мұғалім жыл сайын медициналық тексеруден өтіп, санитарлық кітапшасын жаңартуы міндетті. Бұл "
    "Қарағандыда 15-20 мың теңге тұрады және оны мұғалім өз қалтасынан төлейді. Міндетті тексеруді "
    "жұмыс беруші, яғни мектеп, төлеуі керек."),
  P("OY25b","en","Teachers should not pay for their own health checks",
    "The annual medical check and the sanitary book every teacher must have are a legal requirement of "
    "the job, so the school, not the teacher, should pay for them."))
case("cross",
  P("OY26a","en","A preparation day for teachers",
    "A secondary teacher in Atyrau typically teaches 24 to 30 lessons a week and prepares, marks and "
    "fills in reports in the evenings. We propose that the timetable give every teacher one weekday "
    "without lessons for preparation, marking and professional development."),
  P("OY26b","kk","Аптасына бір әдістемелік күн",
    "Мұғалімге аптасына бір күн сабақсыз, тек сабаққа дайындалуға және өз білімін жетілдіруге берілсін."))
case("cross",
  P("OY27a","kk","Дәрігердің кәсіби жауапкершілігін сақтандыру",
    "Ауылдық дәрігер күрделі науқасты жалғыз қабылдайды, ал кез келген қате шағым мен сотқа әкелуі "
    "мүмкін. Түркістан облысында соңғы екі жылда дәрігерлерге қарсы 30-дан астам талап-арыз түскен. "
    "Денсаулық сақтау министрлігіне дәрігерлердің кәсіби жауапкершілігін мемлекет есебінен "
    "сақтандыруды ұсынамыз."),
  P("OY27b","en","State-paid liability insurance for doctors",
    "Why must doctors defend themselves at their own expense? The state should insure doctors' "
    "professional liability."))
case("cross",
  P("OY28a","en","First aid for coaches and PE teachers",
    "Last winter a twelve-year-old collapsed during a football session in Temirtau, and the coach did not "
    "know how to do chest compressions. Coaches and PE teachers are with children at exactly the moments "
    "when hearts stop. We propose that every coach and PE teacher take a practical first-aid course, "
    "including CPR, every two years at the state's expense."),
  P("OY28b","kk","Жаттықтырушылар алғашқы көмек көрсете білсін",
    "Дене шынықтыру мұғалімдері мен спорт жаттықтырушылары екі жыл сайын алғашқы медициналық көмек "
    "курсынан тегін өтсін."))

# ---------------- cross-language, no translations: ru/en
case("cross",
  P("OY29a","ru","Электронная библиотека для школ",
    "Фонд школьной библиотеки в одном из сёл Отырарского района пополнялся последний раз шесть лет назад, новых книг для "
    "подростков там нет. Просим Министерство просвещения оплатить всем школам страны подписку на "
    "национальную электронную библиотеку, чтобы ученики и учителя могли бесплатно читать художественную "
    "и учебную литературу."),
  P("OY29b","en","E-library access for every school",
    "A nationwide subscription to a digital library, paid by the Ministry, for all school libraries."))
case("cross",
  P("OY30a","en","A simulation centre for nurses in Aktobe",
    "Nursing students in Aktobe region practise injections and resuscitation on each other or on a "
    "single old manikin shared by 200 students. Hospitals then complain that graduates arrive without "
    "practical skills. We propose building a regional simulation training centre at the Aktobe medical "
    "college, open to nurses and feldshers from the districts as well."),
  P("OY30b","ru","Симуляционный центр в Актобе",
    "Нужен симуляционный центр при медколледже Актобе, где студенты и сельские фельдшеры будут "
    "отрабатывать навыки на манекенах."))
case("cross",
  P("OY31a","ru","Тренерам - отпуск как у учителей",
    "Тренер ДЮСШ в Кентау работает с детьми так же, как учитель, но получает 24 дня отпуска вместо 56. "
    "Летом у тренера сборы и соревнования, отдохнуть ему негде и некогда. Предлагаем Министерству туризма "
    "и спорта установить тренерам-преподавателям детско-юношеских спортивных школ ежегодный отпуск в 56 "
    "календарных дней."),
  P("OY31b","en","56 days of leave for youth coaches",
    "Coaches at children's sports schools should get the same 56-day annual leave as schoolteachers."))
case("cross",
  P("OY32a","en","Pay for marking exercise books",
    "Primary and language teachers in Konaev spend two to three hours every evening checking exercise "
    "books, and this work is not paid separately. Could the Ministry of Education bring back an extra "
    "payment to teachers for marking pupils' written work?"),
  P("OY32b","ru","Доплата за проверку тетрадей",
    "Учитель казахского языка проверяет за неделю около 300 тетрадей, и это время никак не оплачивается. "
    "Раньше за проверку тетрадей полагалась доплата. Предлагаем её вернуть."))

# ---------------- cross-language triple: kk/ru/en
case("cross",
  P("OY33a","kk","Маңғыстауға жылжымалы кітапхана",
    "Маңғыстау облысының шалғай ауылдарында кітапхана жоқ, ал ең жақын аудандық кітапханаға дейін 80-100 "
    "шақырым. Облыс әкімдігіне кітап тиелген арнайы автобус сатып алып, ауылдарды айына бір рет аралатуды "
    "ұсынамыз."),
  P("OY33b","ru","Библиобус для отдалённых сёл Мангистау",
    "Книжный автобус, который раз в месяц объезжает дальние сёла Мангистауской области, где своей "
    "библиотеки нет."),
  P("OY33c","en","A mobile library van for Mangystau villages",
    "Children in remote villages of Mangystau region, from Tupkaragan to Beineu district, have no library "
    "within a day's reach. We propose that the regional akimat buy a library bus that visits each of "
    "these villages once a month."))

# ---------------- trap-polarity
case("trap-polarity",
  P("OY34a","kk","Дәрігердің мессенджер арқылы кеңесі",
    "Ауылдық дәрігерлер созылмалы науқастарға телефон мен мессенджер арқылы кеңес береді, бірақ бұл ресми түрде "
    "реттелмеген. Дәрігерлерге пациенттерге мессенджер арқылы кеңес беруге рұқсат беру керек."),
  P("OY34b","kk","Дәрігердің мессенджер арқылы кеңесі",
    "Ауылдық дәрігерлер созылмалы науқастарға телефон мен мессенджер арқылы кеңес береді, бірақ бұл ресми түрде "
    "реттелмеген. Дәрігерлерге пациенттерге мессенджер арқылы кеңес беруге тыйым салу керек."))
case("trap-polarity",
  P("OY35a","kk","Мұражай сабағы",
    "Ойыл ауданының мектептерінде оқушыларды ауылдағы өлкетану мұражайына апару мәселесі талқыланып "
    "жатыр. Жылына бір мұражай сабағы мектеп бағдарламасына енгізілуі керек."),
  P("OY35b","kk","Мұражай сабағы",
    "Ойыл ауданының мектептерінде оқушыларды ауылдағы өлкетану мұражайына апару мәселесі талқыланып "
    "жатыр. Жылына бір мұражай сабағы мектеп бағдарламасына енгізілмеуі керек."))
case("trap-polarity",
  P("OY36a","ru","Прививка от гриппа для медработников",
    "Каждую зиму в районных больницах Атырауской области до трети персонала уходит на больничный с "
    "гриппом. Предлагаем сделать вакцинацию от гриппа для медицинских работников обязательной."),
  P("OY36b","ru","Прививка от гриппа для медработников",
    "Каждую зиму в районных больницах Атырауской области до трети персонала уходит на больничный с "
    "гриппом. Предлагаем сделать вакцинацию от гриппа для медицинских работников добровольной."))
case("trap-polarity",
  P("OY37a","ru","Рецепты от фельдшера",
    "Разрешить фельдшерам ФАПов выписывать рецепты на бесплатные лекарства хроническим больным."),
  P("OY37b","ru","Рецепты от фельдшера",
    "Запретить фельдшерам ФАПов выписывать рецепты на бесплатные лекарства хроническим больным."))
case("trap-polarity",
  P("OY38a","en","Teachers' home visits",
    "Class teachers in Kaskelen are asked to visit every pupil's family at home twice a year. We "
    "propose that such home visits be mandatory for class teachers."),
  P("OY38b","en","Teachers' home visits",
    "Class teachers in Kaskelen are asked to visit every pupil's family at home twice a year. We "
    "propose that such home visits be voluntary for class teachers."))
case("trap-polarity",
  P("OY39a","en","Photography in museum halls",
    "Visitors to regional museums want to take photos of the exhibits for school projects and social "
    "media. Museums should allow photography without flash in all exhibition halls."),
  P("OY39b","en","Photography in museum halls",
    "Visitors to regional museums want to take photos of the exhibits for school projects and social "
    "media. Museums should ban photography without flash in all exhibition halls."))

# ---------------- trap-number
case("trap-number",
  P("OY40a","kk","Мұғалімнің апталық жүктемесі",
    "Ауылдық мектептерде мұғалімдер бір жарым, тіпті екі ставкада істейді. Мұғалімнің сабақ жүктемесі "
    "аптасына 16 сағаттан аспауы керек."),
  P("OY40b","kk","Мұғалімнің апталық жүктемесі",
    "Ауылдық мектептерде мұғалімдер бір жарым, тіпті екі ставкада істейді. Мұғалімнің сабақ жүктемесі "
    "аптасына 24 сағаттан аспауы керек."))
case("trap-number",
  P("OY41a","kk","Ауыл дәрігеріне жүктеме",
    "Бір ауылдық дәрігерлік учаскеге 1 500 тұрғыннан артық бекітілмеуі керек."),
  P("OY41b","kk","Ауыл дәрігеріне жүктеме",
    "Бір ауылдық дәрігерлік учаскеге 2 000 тұрғыннан артық бекітілмеуі керек."))
case("trap-number",
  P("OY42a","ru","Группы в секциях плавания",
    "В бассейне в Кульсары один тренер ведёт группу из 30 детей. Предлагаем ограничить группу "
    "начальной подготовки по плаванию 12 детьми на одного тренера."),
  P("OY42b","ru","Группы в секциях плавания",
    "В бассейне в Кульсары один тренер ведёт группу из 30 детей. Предлагаем ограничить группу "
    "начальной подготовки по плаванию 20 детьми на одного тренера."))
case("trap-number",
  P("OY43a","en","Class teacher allowance",
    "Class teachers handle parents, reports and pupils' problems on top of their lessons. The monthly "
    "class teacher allowance should be raised to 25,000 tenge."),
  P("OY43b","en","Class teacher allowance",
    "Class teachers handle parents, reports and pupils' problems on top of their lessons. The monthly "
    "class teacher allowance should be raised to 50,000 tenge."))

# ---------------- distinct look-alikes
case("distinct",
  P("OY44a","ru","Общежитие медколледжа в Жанаозене",
    "Студенты медицинского колледжа в Жанаозене из дальних аулов снимают жильё за 60-80 тысяч тенге в "
    "месяц. Просим построить для колледжа общежитие в Жанаозене."),
  P("OY44b","ru","Общежитие медколледжа в Кульсары",
    "Студенты медицинского колледжа в Кульсары из дальних аулов снимают жильё за 60-80 тысяч тенге в "
    "месяц. Просим построить для колледжа общежитие в Кульсары."))
case("distinct",
  P("OY45a","kk","Ақтау мұражайына жаңа ғимарат",
    "Маңғыстау облыстық тарихи-өлкетану мұражайының қорындағы заттардың тек оннан бірі ғана көрмеге "
    "қойылады, қалғанына орын жоқ. Мұражайға жаңа ғимарат салу керек."),
  P("OY45b","kk","Ақтау мұражайының қорын цифрландыру",
    "Маңғыстау облыстық тарихи-өлкетану мұражайының қорындағы заттардың тек оннан бірі ғана көрмеге "
    "қойылады. Барлық қорды суретке түсіріп, онлайн каталогқа енгізу керек."))
case("distinct",
  P("OY46a","ru","Крытый легкоатлетический манеж в Актобе",
    "Зимой легкоатлеты ДЮСШ Актобе тренируются в школьных коридорах. Городу нужен крытый "
    "легкоатлетический манеж."),
  P("OY46b","ru","Автобус для ДЮСШ Актобе",
    "Спортивная школа Актобе возит детей на соревнования на арендованных машинах. Школе нужен свой "
    "автобус."))
case("distinct",
  P("OY47a","kk","Ауыл мұғалімдеріне коммуналдық өтемақы",
    "Ауылдық мектеп мұғалімдеріне коммуналдық қызметтер үшін ай сайын өтемақы төленсін."),
  P("OY47b","kk","Ауыл мұғалімдеріне көмір ақысы",
    "Ауылдық мектеп мұғалімдеріне қысқа көмір сатып алу үшін жыл сайын бір реттік өтемақы төленсін."))
case("distinct",
  P("OY48a","en","Ultrasound scanners for Turkistan village clinics",
    "Pregnant women in villages of Turkistan region travel up to 100 km for a routine scan. Every rural "
    "outpatient clinic in Turkistan region needs an ultrasound scanner."),
  P("OY48b","en","Ultrasound scanners for Mangystau village clinics",
    "Pregnant women in villages of Mangystau region travel up to 100 km for a routine scan. Every rural "
    "outpatient clinic in Mangystau region needs an ultrasound scanner."))
