# A fourth forum, "Ozen" (held out entirely): written for issue 9's third pass BEFORE the concept
# lexicon (src/recbook/merge/concepts.py) was written, committed first and run only once at the
# end. Its point: cross-language duplicates WITHOUT any supplied translation in all three language
# pairs (kk/en, kk/ru, ru/en) on everyday public-policy topics (air, water, waste, courts, housing,
# transport, disability, health), plus same-language paraphrases, opposite-meaning and number
# traps (kk, en, ru) and look-alikes that differ by a city, a group or an object.
# Generate: python bench/data/make_eval.py bench/data/forum_ozen_cases.py bench/data/forum_ozen.yaml

# ---------------- exact and spelling variants
case("exact",
  P("FO01a","kk","Еріктілер күні","Жыл сайын 5 желтоқсанда еріктілерге арналған қалалық форум өткізу."),
  P("FO01b","kk","Волонтерлер форумы","Жыл сайын 5 желтоқсанда еріктілерге арналған қалалық форум өткізу."))
case("spelling",
  P("FO02a","ru","Пандусы","Оборудовать пандусами все поликлиники и центры обслуживания населения."),
  P("FO02b","ru","Пандусы","Оборудовать пандусами все поликлинники и центры обслуживания насиления."))

# ---------------- paraphrases, one language each
case("paraphrase",
  P("FO10a","en","Consultation period","Public consultations on every draft law should last at least 30 days."),
  P("FO10b","en","Time to comment","Citizens must have no less than 30 days to comment on each bill before it goes to Parliament."))
case("paraphrase",
  P("FO11a","ru","Юристы для пенсионеров","Организовать бесплатные юридические консультации для пенсионеров в каждом районе."),
  P("FO11b","ru","Правовая помощь пожилым","В каждом районе открыть пункты, где пожилые люди могут бесплатно получить помощь юриста."))
case("paraphrase",
  P("FO12a","kk","Мектептегі тегін тамақ","Бастауыш сынып оқушыларының бәріне мектепте тегін ыстық тамақ беру."),
  P("FO12b","kk","Бастауыш сынып балалары","Бірінші сыныптан төртінші сыныпқа дейінгі барлық балалар мектепте тегін түскі ас ішуі керек."))
case("paraphrase",
  P("FO13a","en","Grant reporting","Simplify grant reporting for small NGOs to a two-page form."),
  P("FO13b","en","Less paperwork","Small organisations should be able to report on a grant on two pages instead of dozens of forms."))

# ---------------- cross-language, no translations: kk/en
case("cross",
  P("FO20a","kk","Қалалардағы ауа","Ірі қалаларда ауаның ластануын бақылайтын станциялар санын көбейтіп, деректерді онлайн жариялау."),
  P("FO20b","en","Air pollution monitoring","Expand the network of air pollution monitoring stations in big cities and publish the readings online."))
case("cross",
  P("FO21a","kk","Мүгедектігі бар адамдарды жұмысқа алу","Мүгедектігі бар адамдарды жұмысқа алатын жұмыс берушілерге салықтық жеңілдіктер беру."),
  P("FO21b","en","Jobs for people with disabilities","Give tax breaks to employers who hire people with disabilities."))
case("cross",
  P("FO22a","kk","Ауылдағы медициналық көмек","Шалғай ауылдарға жылжымалы медициналық бригадаларды айына кемінде бір рет жіберу."),
  P("FO22b","en","Mobile clinics","Send mobile medical teams to remote villages at least once a month."))

# ---------------- cross-language, no translations: kk/ru
case("cross",
  P("FO23a","kk","Тұрғын үй кезегі","Жас отбасыларға арналған жалға берілетін тұрғын үй кезегін ашық электрондық тізім түрінде жариялау."),
  P("FO23b","ru","Очередь на жильё","Опубликовать очередь на арендное жильё для молодых семей в виде открытого электронного списка."))
case("cross",
  P("FO24a","kk","Сот шешімдері","Жеке деректерді жасыра отырып, барлық сот шешімдерін интернетте жариялау."),
  P("FO24b","ru","Открытость судебных решений","Публиковать в интернете все судебные решения, скрывая персональные данные."))
case("cross",
  P("FO25a","kk","Ауылға автобус","Аудан орталықтары мен ауылдар арасындағы тұрақты автобус қатынасын қалпына келтіру."),
  P("FO25b","ru","Автобусы в сёла","Восстановить регулярное автобусное сообщение между районными центрами и сёлами."))

# ---------------- cross-language, no translations: ru/en
case("cross",
  P("FO26a","ru","Приюты для животных","Выделить муниципальные помещения под приюты для бездомных животных и финансировать их стерилизацию."),
  P("FO26b","en","Animal shelters","Municipalities should provide premises for stray animal shelters and pay for sterilisation."))
case("cross",
  P("FO27a","ru","Питьевая вода","Обеспечить все сёла чистой питьевой водой до 2030 года."),
  P("FO27b","en","Drinking water","Bring clean drinking water to every village by 2030."))
case("cross",
  P("FO28a","ru","Раздельный сбор мусора","Установить контейнеры для раздельного сбора отходов во всех дворах и школах."),
  P("FO28b","en","Waste sorting","Put separate waste collection bins in every courtyard and school."))

# ---------------- opposite-meaning and number traps: kk, en, ru
case("trap-polarity",
  P("FO30a","kk","Шағын жинақты мектептер","Оқушылары аз ауылдық шағын жинақты мектептерді жабу."),
  P("FO30b","kk","Шағын жинақты мектептер","Оқушылары аз ауылдық шағын жинақты мектептерді жаппау."))
case("trap-polarity",
  P("FO31a","en","Foreign donors","Allow foreign donors to fund NGOs directly."),
  P("FO31b","en","Foreign donors","Forbid foreign donors to fund NGOs directly."))
case("trap-number",
  P("FO32a","ru","Гранты молодёжи","Увеличить гранты для молодёжных организаций до 5 миллионов тенге."),
  P("FO32b","ru","Гранты молодёжи","Увеличить гранты для молодёжных организаций до 10 миллионов тенге."))
case("trap-number",
  P("FO33a","kk","Жастар орталықтары","Жастар орталықтары аптасына алты күн жұмыс істеуі тиіс."),
  P("FO33b","kk","Жастар орталықтары","Жастар орталықтары аптасына жеті күн жұмыс істеуі тиіс."))

# ---------------- distinct asks that look alike
case("distinct",
  P("FO40a","ru","Ресурсный центр в Шымкенте","Открыть ресурсный центр для НКО в Шымкенте."),
  P("FO40b","ru","Ресурсный центр в Таразе","Открыть ресурсный центр для НКО в Таразе."))
case("distinct",
  P("FO41a","en","Students","Free public transport for students."),
  P("FO41b","en","Pensioners","Free public transport for pensioners."))
case("distinct",
  P("FO42a","kk","Кітапханалар","Аудандық кітапханаларға жаңа кітаптар сатып алу."),
  P("FO42b","kk","Музейлер","Аудандық музейлерге жаңа экспонаттар сатып алу."))
