# A second forum, written after the merge rules of issue 9 were designed and never tuned on
# (entirely held out): another voice than eval_cases.py — terse slogan titles, long
# committee-style texts, each of kk/ru/en, and opposite-meaning traps in English and Kazakh.
# Labelling fixes after the first run: FS30 and FS31 had repeated the asks of FS12 and FS14
# (a duplicate labelled as different); they now ask something else.
# Generate: python bench/data/make_eval.py bench/data/forum_steppe_cases.py bench/data/forum_steppe.yaml

# ---------------- exact and spelling variants
case("exact",
  P("FS01a","en","Libraries","Keep rural libraries open on Saturdays."),
  P("FS01b","en","Rural libraries","Keep rural libraries open on Saturdays."))
case("spelling",
  P("FS02a","ru","Субботние библиотеки","Сохранить работу сельских библиотек по субботам, чтобы молодёжь могла заниматься после уроков и в выходные дни."),
  P("FS02b","ru","субботние библиотеки","Сохранить работу сельских библиотек по субботам чтобы молодежь могла заниматься после уроков и в выходные дни"))
case("spelling",
  P("FS03a","kk","Жол картасы","Әр облыста азаматтық қоғаммен бірлесіп жасалған жол картасын бекіту."),
  P("FS03b","kk","Жол картасы","Ар облыста азаматтык когаммен бирлесип жасалган жол картасын бекиту."))
case("spelling",
  P("FS04a","en","Audit of subsidies","The Accounts Committee should publish an annual audit of every subsidy paid to public associations, including the name of the recipient, the amount and the results achieved."),
  P("FS04b","en","Audit of subsidies","The Accounts Committee should publish an anual audit of every subsidy paid to public associations including the name of the recipient, the amount and the results acheived."))

# ---------------- paraphrases: short titles
case("paraphrase",
  P("FS10a","en","Free legal aid for NGOs","Provide NGOs with free legal advice."),
  P("FS10b","en","Legal advice","NGOs should get legal consultations free of charge."))
case("paraphrase",
  P("FS11a","ru","Онлайн-регистрация НКО","Перевести регистрацию некоммерческих организаций в онлайн."),
  P("FS11b","ru","Регистрация через интернет","Дать возможность регистрировать НКО через интернет без визита в юстицию."))
case("paraphrase",
  P("FS12a","kk","Жастар кеңесі","Әр ауданда жастар кеңесін құру."),
  P("FS12b","kk","Аудандық жастар кеңестері","Барлық аудандарда жастардың кеңестерін ашу."))
case("paraphrase",
  P("FS13a","en","Tax break for donors","Let companies deduct charitable donations from taxable income."),
  P("FS13b","en","Deductible donations","Companies that donate to charities should be able to deduct the donation from their taxable income."))
case("paraphrase",
  P("FS14a","ru","Гранты на три года","Выдавать гранты НПО сроком на три года вместо одного."),
  P("FS14b","ru","Трёхлетние гранты","Перейти от ежегодных грантов к грантам на 3 года для неправительственных организаций."))
case("paraphrase",
  P("FS15a","kk","Волонтерлік кітапша","Еріктілерге электрондық волонтерлік кітапша енгізу."),
  P("FS15b","kk","Ерікті кітапшасы","Волонтерлердің жұмысын есепке алатын электрондық кітапша енгізу."))

# ---------------- paraphrases: long texts
case("paraphrase",
  P("FS20a","en","Public councils","Public councils under ministries should be formed through an open call, with at least half of their members coming from civil society organisations, and their minutes should be published within ten days of every meeting."),
  P("FS20b","en","Reform of public councils","We propose that members of the public councils attached to ministries are selected through an open call in which civil society organisations make up at least half of the membership; the minutes of each meeting must be published within ten days."))
case("paraphrase",
  P("FS21a","ru","Социальный заказ","Государственный социальный заказ следует планировать на основе публичной оценки потребностей населения, которую акиматы проводят совместно с некоммерческими организациями до формирования бюджета."),
  P("FS21b","ru","Планирование соцзаказа","Предлагаем, чтобы акиматы до формирования бюджета вместе с НКО публично оценивали потребности населения и уже на этой основе планировали государственный социальный заказ."))
case("paraphrase",
  P("FS22a","kk","Мемлекеттік әлеуметтік тапсырыс","Мемлекеттік әлеуметтік тапсырыстың нәтижелерін бағалау әдістемесін үкіметтік емес ұйымдармен бірге әзірлеп, бағалау қорытындыларын жыл сайын жариялау қажет."),
  P("FS22b","kk","Тапсырыс нәтижелерін бағалау","Үкіметтік емес ұйымдармен бірлесіп мемлекеттік әлеуметтік тапсырыс нәтижелерін бағалаудың әдістемесін жасау және қорытындыларды жыл сайын жариялау."))
case("paraphrase",
  P("FS23a","ru","Доступная среда","Обязать все новые здания государственных органов соответствовать требованиям доступности для людей с инвалидностью и проверять это при приёмке с участием общественных организаций инвалидов."),
  P("FS23b","ru","Проверка доступности зданий","При приёмке новых зданий госорганов проверять их доступность для людей с инвалидностью с участием общественных объединений инвалидов."))

# ---------------- cross-language, with and without supplied translations
case("cross",
  P("FS30a","en","Youth employment","Open a youth employment centre in every regional city.",
    kk=("Жастарды жұмыспен қамту","Әр облыс орталығында жастарды жұмыспен қамту орталығын ашу.")),
  P("FS30b","kk","Жастарға жұмыс","Әр облыс орталығында жастарды жұмыспен қамту орталығын ашу керек."))
case("cross",
  P("FS31a","ru","Рассмотрение заявок","Рассматривать заявки на гранты не дольше 30 дней."),
  P("FS31b","en","Review of applications","Review grant applications within 30 days."))
case("cross",
  P("FS32a","kk","Эндаумент қорлары","Университеттерге эндаумент қорларын құруға рұқсат беру."),
  P("FS32b","ru","Эндаумент-фонды","Разрешить университетам создавать эндаумент-фонды."))
case("cross",
  P("FS33a","en","Volunteer platform","Launch a national online platform for volunteers.",
    ru=("Платформа волонтёров","Запустить национальную онлайн-платформу для волонтёров.")),
  P("FS33b","ru","Волонтёрская платформа","Запустить национальную онлайн-платформу для волонтёров и организаторов."))
case("cross",
  P("FS34a","kk","Қоғамдық кеңестер","Қоғамдық кеңестердің отырыстарын интернетте тікелей көрсету."),
  P("FS34b","en","Stream public councils","Stream the meetings of public councils live on the internet.",
    kk=("Қоғамдық кеңестер","Қоғамдық кеңестердің отырыстарын интернетте тікелей эфирде көрсету.")))
case("cross",
  P("FS35a","ru","Налоговые льготы для благотворителей","Ввести налоговый вычет для граждан, которые жертвуют на благотворительность."),
  P("FS35b","kk","Қайырымдылыққа салық жеңілдігі","Қайырымдылыққа қаражат беретін азаматтарға салық шегерімін енгізу."))

# ---------------- opposite-meaning traps (en, kk, ru)
case("trap-polarity",
  P("FS40a","en","Registration","NGOs should not be required to register with the ministry."),
  P("FS40b","en","Registration","NGOs should be required to register with the ministry within one year."))
case("trap-polarity",
  P("FS41a","en","Foreign funding","Organisations receiving foreign funding must report it publicly every quarter."),
  P("FS41b","en","Foreign funding","Organisations receiving foreign funding must no longer report it publicly every quarter."))
case("trap-polarity",
  P("FS42a","kk","Шетелдік қаржы","Шетелден қаржы алатын ұйымдар бұл туралы хабарлауға міндетті."),
  P("FS42b","kk","Шетелдік қаржы","Шетелден қаржы алатын ұйымдар бұл туралы хабарлауға міндетті болмауы тиіс."))
case("trap-polarity",
  P("FS43a","kk","Тексерулер","Үкіметтік емес ұйымдарды жоспарлы тексеру санын көбейту."),
  P("FS43b","kk","Тексерулер","Үкіметтік емес ұйымдарды жоспарлы тексеру санын азайту."))
case("trap-polarity",
  P("FS44a","en","Inspections","Allow unannounced inspections of NGOs."),
  P("FS44b","en","Inspections","Forbid unannounced inspections of NGOs."))
case("trap-polarity",
  P("FS45a","ru","Отчётность","Сохранить обязательную ежеквартальную отчётность НКО."),
  P("FS45b","ru","Отчётность","Отменить обязательную ежеквартальную отчётность НКО."))
case("trap-polarity",
  P("FS46a","kk","Тіркеу","Қоғамдық бірлестіктерді тіркеу міндетті болуы керек."),
  P("FS46b","kk","Тіркеу","Қоғамдық бірлестіктерді тіркеу міндетті болмауы керек."))
case("trap-number",
  P("FS50a","en","Grant period","Extend NGO grants to three years."),
  P("FS50b","en","Grant period","Extend NGO grants to five years."))
case("trap-number",
  P("FS51a","kk","Квота","Жастар ұйымдарына гранттардың 10 пайызын бөлу."),
  P("FS51b","kk","Квота","Жастар ұйымдарына гранттардың 20 пайызын бөлу."))
case("trap-number",
  P("FS52a","ru","Срок ответа","Госорганы должны отвечать на обращения НКО в течение 10 дней."),
  P("FS52b","ru","Срок ответа","Госорганы должны отвечать на обращения НКО в течение 30 дней."))
case("trap-number",
  P("FS53a","en","Council seats","Reserve one seat on every public council for a disability organisation."),
  P("FS53b","en","Council seats","Reserve two seats on every public council for a disability organisation."))

# ---------------- distinct asks on nearby topics
case("distinct",
  P("FS60a","en","Grants for youth","Increase the share of state grants for youth organisations."),
  P("FS60b","en","Grants for elderly","Create a grant line for organisations working with elderly people."),
  P("FS60c","en","Grant reporting","Simplify grant reporting to one page."))
case("distinct",
  P("FS61a","ru","Реестр НКО","Сделать реестр НКО открытым и машиночитаемым."),
  P("FS61b","ru","Реестр волонтёров","Создать реестр волонтёров при акиматах."),
  P("FS61c","ru","Реестр грантов","Публиковать реестр всех выданных грантов с суммами."))
case("distinct",
  P("FS62a","kk","Ауыл мектептері","Ауыл мектептерінде азаматтық білім сабағын енгізу."),
  P("FS62b","kk","Ауыл кітапханалары","Ауыл кітапханаларын жаңарту үшін гранттар бөлу."),
  P("FS62c","kk","Ауыл жастары","Ауыл жастарына арналған көшбасшылық мектебін ашу."))
