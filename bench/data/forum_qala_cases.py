# A third forum, "Qala" (held out entirely): written for issue 9's second pass BEFORE its rules
# changed, committed first and run only once at the end. Another voice again: Kazakh-first short
# titles and long committee texts, English NGO-style asks ("We call on the Government to …"),
# cross-language duplicates mostly WITHOUT supplied translations, opposite-meaning traps in
# Kazakh and English (negative verbs -мау/-меу/-мес, "no longer", keep vs abolish, mandatory vs
# voluntary), number traps in words and digits, and look-alikes that differ by a city or a group.
# Generate: python bench/data/make_eval.py bench/data/forum_qala_cases.py bench/data/forum_qala.yaml

# ---------------- exact, spelling and keyboard variants
case("exact",
  P("FQ01a","kk","Кітапханалар","Ауыл кітапханаларын демалыс күндері де ашық ұстау."),
  P("FQ01b","kk","Демалыс күнгі кітапханалар","Ауыл кітапханаларын демалыс күндері де ашық ұстау."))
case("spelling",
  P("FQ02a","en","Mobile libraries","We ask the Ministry of Culture to fund mobile libraries that visit remote villages at least once a month."),
  P("FQ02b","en","Mobile libraries","We ask the Ministry of Culture to fund mobile libaries that visit remote vilages at least once a month"))
case("keyboard",
  P("FQ03a","kk","Үйлестірушілер","Облыстық әкімдіктерде үкіметтік емес ұйымдармен жұмыс жөніндегі үйлестіруші тағайындау."),
  P("FQ03b","kk","Уйлестирушилер","Облыстык акимдиктерде укиметтик емес уйымдармен жумыс жониндеги уйлестируши тагайындау."))

# ---------------- paraphrases: Kazakh short titles and long texts
case("paraphrase",
  P("FQ10a","kk","Еріктілерге тегін жол","Еріктілер қоғамдық көлікте тегін жүруі керек."),
  P("FQ10b","kk","Волонтерлерге көлік","Қалалық автобустарда еріктілерге тегін жол жүруді енгізу."))
case("paraphrase",
  P("FQ11a","kk","Әлеуметтік кәсіпкерлік туралы заң","Әлеуметтік кәсіпкерлік туралы жеке заң қабылдау."),
  P("FQ11b","kk","Жеке заң","Әлеуметтік кәсіпкерлікті реттейтін арнайы заң әзірлеп, қабылдау қажет."))
case("paraphrase",
  P("FQ12a","kk","Заң жобаларын талқылау","Нормативтік құқықтық актілердің жобалары «Ашық НҚА» порталында кемінде жиырма күн талқылануы тиіс, ал азаматтардың әрбір ескертпесіне жауап жариялануы қажет."),
  P("FQ12b","kk","Ашық НҚА","«Ашық НҚА» порталында заң жобаларын қоғамдық талқылау мерзімі жиырма күннен кем болмауы және азаматтардың әр ескертпесіне жария жауап берілуі керек."))
case("paraphrase",
  P("FQ13a","kk","Инклюзивті сыныптар","Ерекше білім беру қажеттіліктері бар балаларға арналған инклюзивті сыныптарды әр мектепте ашу."),
  P("FQ13b","kk","Әр мектепте инклюзия","Әр мектепте ерекше қажеттіліктері бар балалар оқитын инклюзивті сынып болуы тиіс."))

# ---------------- paraphrases: English NGO-style and Russian
case("paraphrase",
  P("FQ14a","en","One-stop shop","We call on the Government to establish a one-stop shop where civil society organisations can obtain all registrations and permits."),
  P("FQ14b","en","Single window for NGOs","A single window for NGOs: all registrations and permits in one office."))
case("paraphrase",
  P("FQ15a","en","Capacity building","Donors and the state should jointly fund a three-year capacity-building programme for small rural NGOs, covering financial management, fundraising and reporting."),
  P("FQ15b","en","Skills for rural NGOs","Small NGOs in rural areas need a joint state and donor programme over three years to build their skills in fundraising, reporting and managing finances."))
case("paraphrase",
  P("FQ16a","ru","Психологическая помощь подросткам","Открыть бесплатные кабинеты психологической помощи подросткам при молодёжных центрах."),
  P("FQ16b","ru","Психолог для подростков","При молодёжных центрах должны работать кабинеты, где подростки бесплатно получают помощь психолога."))
case("paraphrase",
  P("FQ17a","en","Core funding","We urge donors to allow up to twenty percent of every grant to be spent on the organisation's core costs such as rent and salaries."),
  P("FQ17b","en","Overheads in grants","Grant budgets should let NGOs spend as much as 20% on core costs like rent and staff salaries."))

# ---------------- cross-language, mostly without supplied translations
case("cross",
  P("FQ20a","kk","Ауа сапасы","Жергілікті қауымдастықтарға ауа сапасын өлшейтін датчиктер орнатуға гранттар беру."),
  P("FQ20b","en","Air quality sensors","Give local communities grants to install air quality sensors."))
case("cross",
  P("FQ21a","kk","Азаматтық бюджет","Азаматтық бюджетті әр облыста жыл сайын жариялау."),
  P("FQ21b","ru","Гражданский бюджет","Ежегодно публиковать гражданский бюджет в каждой области."))
case("cross",
  P("FQ22a","en","Online petitions","Launch an online petition platform where 10,000 signatures oblige Parliament to consider the issue."),
  P("FQ22b","ru","Электронные петиции","Создать онлайн-платформу петиций: при 10 000 подписей Парламент обязан рассмотреть вопрос."))
case("cross",
  P("FQ23a","en","Grant transparency","Publish all state grants to NGOs with their amounts and results on one open data portal.",
    kk=("Гранттардың ашықтығы","Үкіметтік емес ұйымдарға берілген барлық мемлекеттік гранттарды сомасы мен нәтижелерімен бір ашық деректер порталында жариялау.")),
  P("FQ23b","kk","Гранттар порталы","ҮЕҰ-ға берілген барлық мемлекеттік гранттарды сомасы және нәтижесімен бірге ашық деректер порталында жариялау."))
case("cross",
  P("FQ24a","kk","Медиасауаттылық","Мектептерде медиасауаттылық сабағын енгізу."),
  P("FQ24b","ru","Медиаграмотность","Ввести уроки медиаграмотности в школах."))
case("cross",
  P("FQ25a","en","Inclusive playgrounds","Build inclusive playgrounds in every district centre."),
  P("FQ25b","kk","Инклюзивті ойын алаңдары","Әр аудан орталығында инклюзивті балалар ойын алаңдарын салу."))

# ---------------- opposite-meaning traps: Kazakh, English, Russian
case("trap-polarity",
  P("FQ30a","kk","Бейбіт жиналыстар","Бейбіт жиналыс өткізу үшін әкімдіктің рұқсатын алу міндетті болсын."),
  P("FQ30b","kk","Бейбіт жиналыстар","Бейбіт жиналыс өткізу үшін әкімдіктің рұқсатын алу талап етілмесін."))
case("trap-polarity",
  P("FQ31a","kk","Шетелдік гранттар тізілімі","Шетелдік гранттар тізілімін сақтап қалу."),
  P("FQ31b","kk","Шетелдік гранттар тізілімі","Шетелдік гранттар тізілімін жою."))
case("trap-polarity",
  P("FQ32a","en","Property tax","NGOs should be exempt from property tax."),
  P("FQ32b","en","Property tax","NGOs should no longer be exempt from property tax."))
case("trap-polarity",
  P("FQ33a","en","Budget hearings","Make public hearings on local budgets mandatory."),
  P("FQ33b","en","Budget hearings","Make public hearings on local budgets voluntary."))
case("trap-polarity",
  P("FQ34a","en","Reporting of foreign funding","We call for stricter reporting requirements for foreign-funded NGOs."),
  P("FQ34b","en","Reporting of foreign funding","We call for lighter reporting requirements for foreign-funded NGOs."))
case("trap-polarity",
  P("FQ35a","ru","Членство в ассоциациях","Ввести обязательное членство НКО в отраслевых ассоциациях."),
  P("FQ35b","ru","Членство в ассоциациях","Не вводить обязательное членство НКО в отраслевых ассоциациях."))
case("trap-polarity",
  P("FQ36a","kk","Тексеру","Жергілікті атқарушы органдар ҮЕҰ-ды жылына бір реттен жиі тексермеуі керек."),
  P("FQ36b","kk","Тексеру","Жергілікті атқарушы органдар ҮЕҰ-ды жылына бір реттен жиі тексеруі керек."))
case("trap-number",
  P("FQ37a","kk","Жастар квотасы","Мәслихаттардағы жастар квотасын 15 пайызға жеткізу."),
  P("FQ37b","kk","Жастар квотасы","Мәслихаттардағы жастар квотасын 25 пайызға жеткізу."))
case("trap-number",
  P("FQ38a","en","Response time","State bodies must reply to NGO requests within fifteen working days."),
  P("FQ38b","en","Response time","State bodies must reply to NGO requests within five working days."))
case("trap-number",
  P("FQ39a","kk","Грант мерзімі","Жастар ұйымдарына гранттарды үш жылға беру."),
  P("FQ39b","kk","Грант мерзімі","Жастар ұйымдарына гранттарды бес жылға беру."))

# ---------------- distinct asks that look alike: another city, another group, another object
case("distinct",
  P("FQ40a","kk","Ақтөбедегі орталық","Ақтөбеде үкіметтік емес ұйымдарға арналған ресурстық орталық ашу."),
  P("FQ40b","kk","Павлодардағы орталық","Павлодарда үкіметтік емес ұйымдарға арналған ресурстық орталық ашу."))
case("distinct",
  P("FQ41a","en","Youth council","Create a youth council under the akimat of Aktobe region."),
  P("FQ41b","en","Women's council","Create a council of women under the akimat of Aktobe region."))
case("distinct",
  P("FQ42a","ru","Гранты библиотекам","Выделить гранты на ремонт сельских библиотек."),
  P("FQ42b","ru","Гранты музеям","Выделить гранты на ремонт сельских музеев."))
case("distinct",
  P("FQ43a","en","Teachers","Train teachers in inclusive education."),
  P("FQ43b","en","Police","Train police officers to work with people with disabilities."))
case("distinct",
  P("FQ44a","kk","Экологиялық ұйымдар","Экологиялық ұйымдарға арналған грант бағытын ашу."),
  P("FQ44b","kk","Мәдени ұйымдар","Мәдени ұйымдарға арналған грант бағытын ашу."))
