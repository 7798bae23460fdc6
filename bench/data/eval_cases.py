# same_as=<first id of another case>: the two cases ask the same thing (found by issue 9's
# bridge across languages: these pairs had been counted as different asks). Issue 9's second pass
# found three more: KB01, PA05 and PA11 all ask for tax breaks for companies that give to charity.
# The ninth pass's larger concept lexicon found one more: EX02 (kk) and PA02 (ru) both ask to
# broadcast the public councils' meetings live online.
# ---------------- exact (same text, maybe other title)
case("exact",
  P("EX01a","ru","Фонд инициатив","Создать при акимате области фонд поддержки гражданских инициатив."),
  P("EX01b","ru","Фонд гражданских инициатив","Создать при акимате области фонд поддержки гражданских инициатив."),
  P("EX01c","ru","Фонд инициатив","Создать при акимате области фонд поддержки гражданских инициатив."))
case("exact",
  P("EX02a","kk","Қоғамдық кеңестер","Қоғамдық кеңестердің отырыстарын онлайн форматта тікелей эфирде көрсету."),
  P("EX02b","kk","Қоғамдық кеңестер","Қоғамдық кеңестердің отырыстарын онлайн форматта тікелей эфирде көрсету."))
case("exact",
  P("EX03a","en","Regional forums","Hold an annual civil society forum in each region with the participation of akims."),
  P("EX03b","en","Regional forum","Hold an annual civil society forum in each region with the participation of akims."))
case("exact",
  P("EX04a","ru","Банковский счёт","Ввести для НПО упрощённую процедуру открытия банковского счёта."),
  P("EX04b","ru","Счёт НПО","Ввести для НПО упрощённую процедуру открытия банковского счёта."))
case("exact",
  P("EX05a","kk","Ардагерлер","Ардагерлер ұйымдарына жыл сайынғы мемлекеттік қолдау көрсету."),
  P("EX05b","kk","Ардагерлерді қолдау","Ардагерлер ұйымдарына жыл сайынғы мемлекеттік қолдау көрсету."))
case("exact",
  P("EX06a","en","SDG reporting","Hold public hearings before adopting regional development plans."),
  P("EX06b","en","SDG reporting","Hold public hearings before adopting regional development plans."),
  P("EX06c","en","VNR","Hold public hearings before adopting regional development plans."))
case("exact",
  P("EX07a","ru","Отчётность НКО","Упростить форму ежегодной отчётности некоммерческих организаций, получающих гранты."),
  P("EX07b","ru","Отчётность НКО","Упростить форму ежегодной отчётности некоммерческих организаций, получающих гранты."))
case("exact",
  P("EX08a","kk","Әлеуметтік кәсіпкерлік","Әлеуметтік кәсіпкерлік субъектілеріне салық жеңілдіктерін енгізу."),
  P("EX08b","kk","Әлеуметтік кәсіпкерлік","Әлеуметтік кәсіпкерлік субъектілеріне салық жеңілдіктерін енгізу."))

# ---------------- spelling variants: case, punctuation, ё, spacing, typos
case("spelling",
  P("SP01a","ru","Обучение НПО","Организовать обучение сотрудников НПО основам проектного менеджмента и фандрайзинга."),
  P("SP01b","ru","обучение НПО","организовать обучение сотрудников НПО основам проектного менеджмента и фандрайзинга"),
  P("SP01c","ru","Обучение  НПО","Организовать  обучение сотрудников НПО основам проектного менеджмента, и фандрайзинга!"))
case("spelling",
  P("SP02a","ru","Приёмная","Создать единую приёмную для обращений общественных объединений в акиматах."),
  P("SP02b","ru","Приемная","Создать единую приемную для обращений общественных объединений в акиматах."))
case("spelling",
  P("SP03a","ru","Волонтёры","Ввести учёт волонтёрских часов и выдавать волонтёрам электронные сертификаты."),
  P("SP03b","ru","Волонтеры","Ввести учет волонтерских часов и выдавать волонтерам электроные сертификаты."))
case("spelling",
  P("SP04a","en","Grant transparency","Publish all grant competition results, scores and jury members on a single open portal."),
  P("SP04b","en","Grant transparancy","Publish all grant competiton results, scores and jury members on a single open portal."))
case("spelling",
  P("SP05a","kk","Ақпараттық қолдау","Үкіметтік емес ұйымдардың қызметін бұқаралық ақпарат құралдарында кеңінен насихаттау."),
  P("SP05b","kk","Ақпараттык қолдау","Үкіметтік емес ұйымдардың қызметін бұкаралық ақпарат құралдарында кенінен насихаттау."))
case("spelling",
  P("SP06a","ru","Общественный контроль","Закрепить право общественных советов проводить общественный мониторинг качества государственных услуг."),
  P("SP06b","ru","Общественный контроль","Закрепить право общественных советов проводить общественный мониторинг качества государственых услуг"),
  P("SP06c","ru","общественный контроль","закрепить право общественных советов проводить общественный мониторинг качества гос. услуг"))
case("spelling",
  P("SP07a","en","Rural NGOs","Set aside a separate quota of state grants for NGOs working in rural areas."),
  P("SP07b","en","Rural NGOs","Set-aside a separate quota of state grants for NGOs working in rural areas"),
  P("SP07c","en","rural NGOs","set aside a seperate quota of state grants for NGO's working in rural areas."))
case("spelling",
  P("SP08a","kk","Волонтерлер","Еріктілердің жұмысын ынталандыру үшін жыл сайынғы ұлттық сыйлық тағайындау."),
  P("SP08b","kk","Волонтерлер","Еріктілердің жұмысын ынталандыру үшін жыл сайынғы ұлттық сыйлық тағайындау!!"))
case("spelling",
  P("SP09a","ru","Инклюзия","Обеспечить доступность мероприятий гражданского общества для людей с инвалидностью."),
  P("SP09b","ru","Инклюзия","Обеспечить доступность мероприятий гражданского обшества для людей с инвалидностью."))
case("spelling",
  P("SP10a","en","Digital skills","Train NGO staff in digital skills, data protection and cybersecurity."),
  P("SP10b","en","Digital Skills","Train NGO staff in digital skills, data-protection and cyber security."))

# ---------------- homoglyphs (item b: Latin look-alikes inside Cyrillic words)
for i, (lang, title, text) in enumerate([
  ("ru","Прозрачность закупок","Обеспечить открытость сведений о победителях конкурсов государственного социального заказа."),
  ("ru","Обсуждение бюджета","Установить минимальный срок публичного обсуждения бюджетных программ на портале открытых бюджетов."),
  ("kk","Әкімдіктер","Әкімдіктер жанынан азаматтық қоғаммен өзара іс-қимыл жөніндегі кеңселер ашу."),
  ("kk","Экология","Экологиялық үкіметтік емес ұйымдарды қоршаған ортаны қорғау бағдарламаларына тарту."),
  ("ru","Рейтинг открытости","Ввести ежегодный рейтинг открытости государственных органов перед гражданским обществом."),
  ("kk","Әйелдер көшбасшылығы","Ауылдық әйелдердің көшбасшылық дағдыларын дамытуға арналған оқу бағдарламаларын іске асыру."),
], 1):
    case("homoglyph", P(f"HG{i:02}a", lang, title, text), P(f"HG{i:02}b", lang, homo(title, 3), homo(text, 2)))

# ---------------- Russian-keyboard Kazakh (item b typed without the Kazakh layout)
for i, (title, text) in enumerate([
  ("Салық жеңілдіктері","Қайырымдылық көмек көрсететін компанияларға салық жеңілдіктерін ұсыну."),
  ("Жастар саясаты","Мемлекеттік жастар саясатын әзірлеуге жастар ұйымдарының өкілдерін тұрақты түрде қатыстыру."),
  ("Рейтинг","Азаматтық қоғам институттарының рейтингін жыл сайын жариялау."),
  ("Жергілікті шешімдер","Экологиялық ұйымдарды жергілікті атқарушы органдардың шешімдерін талқылауға тарту."),
  ("Мүгедектігі бар адамдар","Мүгедектігі бар адамдармен жұмыс істейтін ұйымдарға арнайы гранттық бағдарлама енгізу."),
  ("Қоғамдық кеңестер","Қоғамдық кеңестердің құрамына азаматтық белсенділерді ашық конкурс арқылы іріктеу."),
], 1):
    case("keyboard", P(f"KB{i:02}a","kk",title,text), P(f"KB{i:02}b","kk",title.translate(KB),text.translate(KB)))

# ---------------- paraphrases, same language
case("paraphrase",
  P("PA01a","ru","Гранты для НПО","Увеличить финансирование государственных грантов для неправительственных организаций."),
  P("PA01b","ru","Финансирование НПО","Повысить объём финансирования государственных грантов для НПО."),
  P("PA01c","ru","Больше грантов НПО","Нарастить государственное грантовое финансирование неправительственных организаций."))
case("paraphrase",
  P("PA02a","ru","Онлайн-трансляции","Транслировать заседания общественных советов в прямом эфире в интернете."),
  P("PA02b","ru","Открытость общественных советов","Обеспечить прямую онлайн-трансляцию заседаний общественных советов."),
  same_as="EX02a")
case("paraphrase",
  P("PA03a","en","Simplify reporting","Simplify annual reporting requirements for NGOs that receive state grants."),
  P("PA03b","en","Less paperwork for grantees","Make the annual reporting of state grant recipients among NGOs simpler and shorter."),
  same_as="EX07a")
case("paraphrase",
  P("PA04a","kk","Еріктілер тізілімі","Еріктілер мен волонтерлік ұйымдардың бірыңғай ұлттық онлайн тізілімін құру."),
  P("PA04b","kk","Волонтерлер базасы","Волонтерлік ұйымдар мен еріктілердің ұлттық бірыңғай электрондық тізілімін енгізу."),
  same_as="CL02a")
case("paraphrase",
  P("PA05a","ru","Налоговые льготы","Предоставить налоговые льготы компаниям, которые жертвуют средства некоммерческим организациям."),
  P("PA05b","ru","Стимулы для доноров","Ввести налоговые льготы для бизнеса, жертвующего средства НКО."),
  same_as="KB01a")
case("paraphrase",
  P("PA06a","en","Internet for villages","Subsidise internet access for NGOs in remote villages."),
  P("PA06b","en","Connectivity","Pay part of the internet access costs of NGOs in remote villages."))
case("paraphrase",
  P("PA07a","kk","Ауыл кітапханалары","Ауылдық кітапханаларды қоғамдық белсенділік орталықтарына айналдыру."),
  P("PA07b","kk","Кітапханалар","Ауыл кітапханаларын қоғамдық белсенділік орталықтары ретінде дамыту."))
case("paraphrase",
  P("PA08a","ru","Общественная экспертиза","Ввести обязательную общественную экспертизу законопроектов, касающихся гражданского общества."),
  P("PA08b","ru","Экспертиза законопроектов","Сделать общественную экспертизу обязательной для законопроектов о гражданском обществе."))
case("paraphrase",
  P("PA09a","en","Registration hotline","Create a hotline for NGOs on registration questions."),
  P("PA09b","en","Hotline","Set up a telephone hotline that answers NGO registration questions."))
case("paraphrase",
  P("PA10a","ru","Соцпредпринимательство","Разработать меры государственной поддержки социального предпринимательства, включая льготные кредиты."),
  P("PA10b","ru","Поддержка социальных предпринимателей","Поддержать социальное предпринимательство льготными кредитами и другими мерами государственной поддержки."))
case("paraphrase",
  P("PA11a","kk","Салық жеңілдіктері","Қайырымдылыққа қаражат беретін кәсіпорындарға салық жеңілдіктерін енгізу."),
  P("PA11b","kk","Демеушілерді ынталандыру","Қайырымдылыққа қаражат аударатын кәсіпорындар үшін салық жеңілдігін қарастыру."),
  same_as="KB01a")
case("paraphrase",
  P("PA12a","en","Inclusive events","Make civil society events accessible for persons with disabilities."),
  P("PA12b","en","Accessibility","Ensure that events of civil society are accessible to people with disabilities."),
  same_as="SP09a")
case("paraphrase",
  P("PA13a","ru","Волонтёрские часы","Учитывать волонтёрские часы при поступлении в вузы и при приёме на государственную службу."),
  P("PA13b","ru","Зачёт волонтёрства","Засчитывать часы волонтёрской работы при поступлении в вуз и приёме на госслужбу."))
case("paraphrase",
  P("PA14a","kk","Экологиялық білім","Мектептерде экологиялық білім беру бағдарламаларын үкіметтік емес ұйымдармен бірге іске асыру."),
  P("PA14b","kk","Мектептегі экология","ҮЕҰ-мен бірлесіп мектептерде экологиялық білім беру бағдарламаларын жүзеге асыру."))
case("paraphrase",
  P("PA15a","en","Open grant data","Publish the results of all state grant competitions as open data."),
  P("PA15b","en","Grant results online","Release results of every state grant competition in an open data format."))
case("paraphrase",
  P("PA16a","ru","Мониторинг ЦУР","Привлекать НПО к мониторингу достижения Целей устойчивого развития на местном уровне."),
  P("PA16b","ru","Местный мониторинг ЦУР","Вовлечь неправительственные организации в мониторинг ЦУР на местном уровне."))

# ---------------- across languages, with translations the groups supplied
case("cross",
  P("CL01a","ru","Пожилые люди","Создать грантовую программу для неправительственных организаций, работающих с пожилыми людьми."),
  P("CL01b","kk","Қарт адамдар","Қарт адамдармен жұмыс істейтін үкіметтік емес ұйымдарға арналған гранттық бағдарлама құру.",
    ru=("Пожилые","Создать грантовую программу для НПО, которые работают с пожилыми людьми.")),
  P("CL01c","en","Older people","Create a grant programme for non-governmental organisations working with older people.",
    ru=("Пожилые люди","Создать программу грантов для неправительственных организаций, работающих с пожилыми людьми.")))
case("cross",
  P("CL02a","ru","Реестр волонтёров","Создать единый национальный онлайн-реестр волонтёров и волонтёрских организаций.",
    en=("Volunteer registry","Create a single national online registry of volunteers and volunteer organisations.")),
  P("CL02b","en","National volunteer registry","Create one national online register of volunteers and volunteer organisations."))
case("cross",
  P("CL03a","kk","Азаматтық білім","Мектептерде азаматтық білім беру сабақтарын енгізу.",
    ru=("Гражданское образование","Ввести в школах уроки гражданского образования.")),
  P("CL03b","ru","Уроки гражданственности","Ввести уроки гражданского образования в школах."))
case("cross",
  P("CL04a","en","Crisis centres","Introduce a state programme to support crisis centres for victims of domestic violence.",
    kk=("Дағдарыс орталықтары","Тұрмыстық зорлық-зомбылық құрбандарына арналған дағдарыс орталықтарын қолдайтын мемлекеттік бағдарлама енгізу.")),
  P("CL04b","kk","Дағдарыс орталықтары","Тұрмыстық зорлық-зомбылықтан зардап шеккендерге арналған дағдарыс орталықтарын қолдау бойынша мемлекеттік бағдарлама енгізу."))
case("cross",
  P("CL05a","ru","Электронный соцзаказ","Перевести государственный социальный заказ на электронный портал закупок.",
    en=("E-procurement","Move the state social order to the electronic procurement portal.")),
  P("CL05b","en","State social order online","Move state social order procedures to the electronic procurement portal.",
    ru=("Соцзаказ онлайн","Перевести процедуры государственного социального заказа на электронный портал закупок.")))
case("cross",
  P("CL06a","kk","Жастар орталықтары","Ауылдық аудандарда жастар ресурстық орталықтарын ашу.",
    en=("Youth centres","Open youth resource centres in rural districts.")),
  P("CL06b","en","Rural youth centres","Open resource centres for youth in rural districts."))
case("cross",
  P("CL07a","ru","Юридическая помощь","Создать региональные центры бесплатной юридической помощи для НКО.",
    kk=("Заң көмегі","Коммерциялық емес ұйымдарға тегін заң көмегін көрсететін өңірлік орталықтар құру.")),
  P("CL07b","kk","Тегін заң көмегі","Коммерциялық емес ұйымдарға тегін заң көмегін беретін өңірлік орталықтар құру."))
case("cross",
  P("CL08a","en","VNR participation","Involve civil society in preparing the Voluntary National Review on the SDGs.",
    ru=("Участие в ДНО","Вовлекать гражданское общество в подготовку добровольного национального обзора по ЦУР.")),
  P("CL08b","ru","ДНО","Вовлекать гражданское общество в подготовку Добровольного национального обзора по ЦУР."),
  P("CL08c","kk","Ерікті ұлттық шолу","Тұрақты даму мақсаттары бойынша ерікті ұлттық шолуды дайындауға азаматтық қоғамды тарту.",
    ru=("ДНО","Привлекать гражданское общество к подготовке добровольного национального обзора по ЦУР.")))
case("cross",
  P("CL09a","ru","Налоговые консультации","Создать единый колл-центр для консультаций НКО по налогам.",
    en=("Tax advice","Set up a single call centre to advise non-profit organisations on taxation.")),
  P("CL09b","en","Call centre","Set up a single call centre that advises NPOs on taxes."))
case("cross",
  P("CL10a","kk","Медиа","Өңірлік коммерциялық емес БАҚ-ты мақсатты гранттар арқылы қолдау.",
    ru=("СМИ","Поддержать региональные некоммерческие СМИ через целевые гранты.")),
  P("CL10b","ru","Некоммерческие СМИ","Поддерживать региональные некоммерческие СМИ целевыми грантами."))

# ---------------- traps: opposite polarity (never auto-merge)
case("trap-polarity",
  P("TP01a","ru","Штаты","Увеличить число штатных сотрудников отделов по связям с НПО в акиматах."),
  P("TP01b","ru","Штаты","Сократить число штатных сотрудников отделов по связям с НПО в акиматах."))
case("trap-polarity",
  P("TP02a","kk","Гранттар","Үкіметтік емес ұйымдарға мемлекеттік гранттар көлемін арттыру."),
  P("TP02b","kk","Гранттар","Үкіметтік емес ұйымдарға мемлекеттік гранттар көлемін азайту."))
case("trap-polarity",
  P("TP03a","en","Reporting","Increase reporting requirements for NGOs receiving state grants."),
  P("TP03b","en","Reporting","Reduce reporting requirements for NGOs receiving state grants."))
case("trap-polarity",
  P("TP04a","ru","Проверки","Проводить плановые проверки некоммерческих организаций ежегодно."),
  P("TP04b","ru","Проверки","Не проводить плановые проверки некоммерческих организаций ежегодно."))
case("trap-polarity",
  P("TP05a","kk","Тексерулер","Коммерциялық емес ұйымдарды жыл сайын жоспарлы тексеру міндетті."),
  P("TP05b","kk","Тексерулер","Коммерциялық емес ұйымдарды жыл сайын жоспарлы тексеру міндетті емес."))
case("trap-polarity",
  P("TP06a","en","Foreign funding","Require NGOs to register foreign funding in a public registry."),
  P("TP06b","en","Foreign funding","Do not require NGOs to register foreign funding in a public registry."))
case("trap-polarity",
  P("TP07a","ru","Налог","Расширить перечень налоговых льгот для социальных предпринимателей."),
  P("TP07b","ru","Налог","Сократить перечень налоговых льгот для социальных предпринимателей."))
case("trap-polarity",
  P("TP08a","kk","Кеңестер","Қоғамдық кеңестердің өкілеттіктерін кеңейту."),
  P("TP08b","kk","Кеңестер","Қоғамдық кеңестердің өкілеттіктерін шектеу."))
case("trap-polarity",
  P("TP09a","en","Youth quota","Expand the youth quota in public councils."),
  P("TP09b","en","Youth quota","Limit the youth quota in public councils."))
case("trap-polarity",
  P("TP10a","ru","Согласование","Требовать согласования акимата для проведения мирных собраний."),
  P("TP10b","ru","Согласование","Отменить требование согласования акимата для проведения мирных собраний."))
case("trap-polarity",
  P("TP11a","kk","Есептілік","ҮЕҰ есептілігін электронды түрде тапсыруға рұқсат беру."),
  P("TP11b","kk","Есептілік","ҮЕҰ есептілігін электронды түрде тапсыруға рұқсат бермеу."))
case("trap-polarity",
  P("TP12a","ru","Сроки","Увеличить сроки реализации грантовых проектов."),
  P("TP12b","ru","Сроки","Уменьшить сроки реализации грантовых проектов."),
  note="same words but the opposite ask")

# ---------------- traps: different numbers (never auto-merge)
case("trap-number",
  P("TN01a","ru","Срок грантов","Увеличить срок долгосрочных грантов для НПО до 3 лет."),
  P("TN01b","ru","Срок грантов","Увеличить срок долгосрочных грантов для НПО до 5 лет."))
case("trap-number",
  P("TN02a","ru","Малые гранты","Ограничить сумму малого гранта для инициативных групп до 3 миллионов тенге."),
  P("TN02b","ru","Малые гранты","Ограничить сумму малого гранта для инициативных групп до пяти миллионов тенге."))
case("trap-number",
  P("TN03a","kk","Гранттар мерзімі","ҮЕҰ-ға арналған гранттардың мерзімін 3 жылға дейін ұзарту."),
  P("TN03b","kk","Гранттар мерзімі","ҮЕҰ-ға арналған гранттардың мерзімін 5 жылға дейін ұзарту."))
case("trap-number",
  P("TN04a","en","Grant share","Allocate at least 10% of the regional budget for social projects to rural NGOs."),
  P("TN04b","en","Grant share","Allocate at least 20% of the regional budget for social projects to rural NGOs."))
case("trap-number",
  P("TN05a","ru","Квота","Закрепить квоту в 30% для представителей НПО в общественных советах."),
  P("TN05b","ru","Квота","Закрепить квоту в 50% для представителей НПО в общественных советах."))
case("trap-number",
  P("TN06a","en","Deadline","Adopt the national volunteer strategy by 2027."),
  P("TN06b","en","Deadline","Adopt the national volunteer strategy by 2030."))
case("trap-number",
  P("TN07a","kk","Кеңес отырыстары","Қоғамдық кеңес отырыстарын жылына 2 рет өткізу."),
  P("TN07b","kk","Кеңес отырыстары","Қоғамдық кеңес отырыстарын жылына 4 рет өткізу."))
case("trap-number",
  P("TN08a","ru","Отчёты","Сдавать отчёты о расходовании грантов раз в 3 месяца."),
  P("TN08b","ru","Отчёты","Сдавать отчёты о расходовании грантов раз в 6 месяцев."))
case("trap-number",
  P("TN09a","en","Registration","Register new NGOs within 5 working days."),
  P("TN09b","en","Registration","Register new NGOs within ten working days."))

# ---------------- distinct asks on nearby topics
for i, (lang, title, text) in enumerate([
  ("ru","Гранты молодёжи","Учредить отдельный грантовый конкурс для молодёжных инициатив студентов колледжей."),
  ("ru","Наставничество","Запустить программу наставничества опытных НПО для новых организаций."),
  ("ru","Фонд эндаумента","Разрешить некоммерческим организациям создавать целевой капитал (эндаумент)."),
  ("ru","Статистика","Включить показатели некоммерческого сектора в официальную статистику."),
  ("ru","Этический кодекс","Разработать этический кодекс для организаций гражданского общества."),
  ("kk","Цифрлық платформа","Азаматтық бастамаларды қолдау үшін бірыңғай цифрлық платформа әзірлеу."),
  ("kk","Кадрлар","ҮЕҰ қызметкерлерінің біліктілігін арттыру курстарын ұйымдастыру."),
  ("kk","Медиасауаттылық","Жастар арасында медиасауаттылықты дамыту жобаларын қолдау."),
  ("kk","Ауыл","Ауылдық округтерде бастамашыл бюджет тетігін енгізу."),
  ("kk","Әйелдер","Әйелдер кәсіпкерлігін қолдау орталықтарын құру."),
  ("en","Data protection","Adopt guidelines on personal data protection for NGOs that work with beneficiaries."),
  ("en","Mentoring","Launch a mentoring programme for women leaders of rural community groups."),
  ("en","Public procurement","Allow social enterprises to take part in public procurement with simplified rules."),
  ("en","Climate","Involve environmental NGOs in the monitoring of climate adaptation plans."),
  ("en","Awards","Establish an annual national award for the best civic initiative."),
  ("ru","Цифровизация","Разработать мобильное приложение для подачи петиций в местные представительные органы."),
  ("ru","Медиация","Развивать службы медиации на базе общественных организаций."),
  ("kk","Спорт","Жергілікті спорт клубтарын әлеуметтік жобалар арқылы қолдау."),
  ("en","Archives","Digitise the archives of civil society forums and make them searchable."),
  ("ru","Инфраструктура","Передавать пустующие государственные помещения НПО в безвозмездное пользование."),
], 1):
    case("distinct", P(f"DI{i:02}", lang, title, text))
