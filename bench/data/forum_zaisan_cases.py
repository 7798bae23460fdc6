# A forum "Zaisan" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any bench/*.py script
# other than the generator, any *.yaml forum, git history or any dedupe output or score, and to be
# run ONCE. Nothing here was tuned on a run; recbook, dedupe and the scorers were not run (only
# make_eval.py, to generate the YAML). Only bench/data/make_eval.py (generator and format), the first
# 100 lines of forum_torgai_cases.py (format example), the header comments (first 60 lines) of the
# other bench/data/forum_*_cases.py files (to avoid their topics, asks and voices),
# /work/shared/design/KAZAKH.md (Kazakh spelling, official names) and
# /work/shared/seed/conference-article.txt were read.
# Field: REPAIR, REUSE AND SECOND-HAND - THE CIRCULAR ECONOMY OF EVERYDAY THINGS (a field the tool's
# authors did not write for): repair cafés and repair skills, the right to repair (spare parts,
# manuals, repairability labels), second-hand and charity shops, clothes swaps and textile waste,
# give-away and exchange points, packaging, deposits and disposable tableware.
# Voice: an ONLINE FORM of a youth eco-forum of East Kazakhstan and Abai regions (Oskemen, Semey,
# Ridder, Zaisan, Katonkaragay): students, college pupils, school eco-club members, young tailors and
# repairers, volunteers of youth resource centres. A title of 2-7 words and a text of 1-2 sentences
# (about 10-40 words), informal and direct («это дичь», «классно», «Жазда балалар телефоннан бас
# алмайды»), some with a personal example («у нас в Зайсане…», «Біздің ауылда…», "In my town…"),
# abbreviations people actually use (ЖОО, ҮЕҰ, НПО, ЦОН, ТЦ, б/у, РОП, EPR, NEET, OLX, Kaspi), some
# English texts by non-native speakers (simple, a little unidiomatic). Paraphrase pairs are written
# as by two different people (other words and synonyms, another verb, other word order, nominal vs
# verbal, a personal story vs a plain ask). Cross-language pairs are the same ask written
# independently in each language, with NO translation supplied. kk 39, ru 35, en 25 of 99 proposals.
# Topics (chosen so the other forums' headers do not list them; Shu already has used batteries and
# school uniform, Tobe composting and food banks, Balqash drinking fountains, Zhem laptop lending for
# pupils, Kaskelen marketplace returns, Ertis littering fines, so those asks were left out): a monthly
# repair café in colleges, a textile-waste processing shop in East Kazakhstan, jar return points at
# markets, a tool library in youth centres, reusable tableware at city festivals; upcycling summer
# workshops for teenagers, repair skills in «Көркем еңбек» lessons, toy-exchange shelves in
# kindergartens, used sports kit for village schools, an open map of repair workshops, a ban on
# destroying unsold clothes, a student flea market, book-crossing shelves at PSCs, repairability
# labels, refurbished office computers for village schools, a minimal-packaging option on
# marketplaces; rent-free municipal premises for charity shops, repair manuals in Kazakh and Russian,
# a furniture reuse corner at sorting stations, micro-grants for young repairers, free repair courses
# for NEET youth, a national-costume fund for school concerts, bike repair stands in parks, reports
# of clothes-collection boxes in malls, fabric offcuts for craft clubs, an akimat give-away bot,
# e-waste bins on campus, reusing New Year decorations, a shared sewing room in dorms, paid plastic
# bags, clothes swaps at universities, a move-out shelf in dorms, EPR money for regional recycling,
# tax relief for small repair workshops (kk/ru/en); traps on a give-away shelf in entrance halls,
# buying new textbooks every year, clothes containers in yards, used child car seats in consignment
# shops, the import duty on second-hand clothes, take-back of old appliances by shops; number traps
# on spare parts (years), a repair voucher (per cent), a bottle deposit (tenge), unclaimed lost
# property (days); look-alikes on shoes, graduation, office paper, coffee cups, building materials.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different people (kk 4, ru 4, en 3); cross 18 cases = 20 cross-language pairs with NO translation
# supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en triple = 3 pairs); trap-polarity 6 with
# shared wording (kk: allow vs ban, -уы керек vs -мауы керек, increase vs reduce; ru: allow vs ban,
# increase vs reduce; en: should vs should not be required); trap-number 4 (years, per cent, tenge,
# days); distinct 5 (same topic, different asks: kk/en, kk/ru, kk/en, ru/en, ru/en). No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py bench/data/forum_zaisan_cases.py bench/data/forum_zaisan.yaml

# ---------------- exact, spelling and homoglyph variants
_Z01 = ("У нас в колледже много ребят, которые умеют чинить телефоны и чайники. Предлагаем раз в месяц "
        "делать ремонт-кафе: колледж даёт кабинет и инструменты, а студенты бесплатно чинят вещи жителей района.")
case("exact",
  P("ZS01a","ru","Ремонт-кафе раз в месяц", _Z01),
  P("ZS01b","ru","Ремонт-кафе в колледжах", _Z01))
case("spelling",
  P("ZS02a","kk","Ескі киімді өңдейтін цех керек",
    "Шығыс Қазақстан облысында ескі киім тек полигонға кетеді. Облыс әкімдігі тоқыма қалдықтарын жылу "
    "оқшаулағыш пен шүберекке айналдыратын өңдеу цехын ашса, жастарға жұмыс та болар еді."),
  P("ZS02b","kk","Ескі кийімді өндейтін цех керек",
    "Шығыс Қазақстан облысында ескі кийім тек палигонға кетеді. Облыс әкімдігі тоқма қалдықтарын жылу "
    "оқшаулағыш пен шүберекке айналдыратын өндеу цехын ашса, жастарға жұмыс та болар еді."))
case("spelling",
  P("ZS03a","ru","Приём стеклянных банок",
    "Бабушки в Семее каждый год покупают новые банки для заготовок, а старые выбрасывают. Нужны пункты "
    "приёма стеклянных банок на рынках, чтобы их мыли и продавали повторно дешевле."),
  P("ZS03b","ru","Приём стекляных банок",
    "Бабушки в Семее каждый год покупают новые банки для загатовок, а старые выбрасывают. Нужны пункты "
    "приёма стекляных банок на рынках, чтобы их мыли и продовали повторно дешевле."))
case("spelling",
  P("ZS04a","en","Tool library in youth centres",
    "Most people use a drill maybe twice a year. Youth centres in Oskemen could lend tools, sewing machines "
    "and camping tents for free with an ID card, like books in a library."),
  P("ZS04b","en","Tool libary in yuoth centres",
    "Most people use a dril maybe twice a year. Yuoth centres in Oskemen could lend tools, sewing machines "
    "and camping tents for free with an ID card, like books in a libary."))
_Z05t = "Мерекелерде бір реттік ыдыс болмасын"
_Z05 = ("Наурыз бен Қала күнінде саябақта мыңдаған пластик стақан мен шанышқы қалып қояды. Әкімдік "
        "жәрмеңкедегі сатушыларға жуылатын ыдыс-аяқ беріп, кейін оны жинап алатын жүйе енгізсін.")
case("homoglyph",
  P("ZS05a","kk",_Z05t,_Z05),
  P("ZS05b","kk",homo(_Z05t, 3),homo(_Z05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("ZS06a","kk","Жасөспірімдерге апсайклинг шеберханасы",
    "Жазда балалар телефоннан бас алмайды. Жастар орталығында ескі джинсы мен жейделерден сөмке, алжапқыш "
    "тігуге үйрететін тегін жазғы шеберхана ашайық — өзім тігуді үйретуге дайынмын."),
  P("ZS06b","kk","Ескі киімге жаңа өмір: жазғы курс",
    "Біздің Зайсанда оқушылар каникулда бос жүреді. Тозған киімді қайта пішіп, одан пайдалы бұйым жасауды "
    "үйрететін ақысыз сабақтарды жаз айларында 12–16 жастағы балаларға ұйымдастырса екен."),
  note="a volunteer offering to teach vs a plain wish; workshop = lessons; teenagers = 12-16-year-olds")
case("paraphrase",
  P("ZS07a","kk","Көркем еңбек сабағында жөндеуді үйрету",
    "Мектепті бітірген жігіттердің көбі түйме қадай алмайды, велосипед камерасын жамай алмайды. Көркем "
    "еңбек бағдарламасына қарапайым жөндеу дағдыларын қосу керек."),
  P("ZS07b","kk","Мектепте «өз қолыммен түзетемін» сабағы",
    "Інім 9-сыныпта оқиды, бірақ сынған орындық не жыртылған шалбар болса, бәрін лақтыра салады. "
    "Оқушыларға бұзылған заттарды өздері қалпына келтіруді еңбек сабағында үйретсе, жақсы болар еді."),
  note="nominal ask vs a conditional wish with a brother's story; жөндеу = қалпына келтіру")
case("paraphrase",
  P("ZS08a","kk","Балабақшада ойыншық алмасу сөресі",
    "Балалар ойыншықтан тез жалығады, ал үйде қорап-қорап ойыншық жатыр. Әр балабақшада ата-аналар "
    "ойыншық әкеліп, басқасын алып кете алатын алмасу сөресі болсын."),
  P("ZS08b","kk","Ойыншықтарды лақтырмай, бөлісейік",
    "Біздің ауылда балаларға жаңа ойыншық алу қымбатқа түседі. Мектепке дейінгі ұйымдарда бір отбасының "
    "ескі ойыншығын екінші бір отбасы тегін ала алатын бұрыш жасауды ұсынамын."),
  note="балабақша = мектепке дейінгі ұйым; shelf = corner")
case("paraphrase",
  P("ZS09a","kk","Ескі шаңғы мен коньки ауылға",
    "Өскемендегі отбасылардың балконында қолданылмайтын шаңғы, коньки, доп жатыр. Жастар ресурстық "
    "орталығы оларды жинап, аудандағы ауыл мектептеріне жеткізсе, балалар қуанар еді."),
  P("ZS09b","kk","Спорт құралдарын ауыл балаларымен бөлісу",
    "Мен Катонқарағайдан шыққанмын, бізде мектепте бір-ақ доп болатын. Қала тұрғындары пайдаланбайтын спорт "
    "жабдығын тапсыратын пункт ашылып, ол шалғай елді мекендердегі оқушыларға таратылса екен."),
  note="skis and skates = sports equipment; village schools = pupils in remote settlements")
case("paraphrase",
  P("ZS10a","ru","Карта мастерских на сайте акимата",
    "Найти нормального сапожника или часовщика в Усть-Каменогорске сложно, все мелкие мастерские сидят по "
    "подвалам. Пусть акимат сделает открытую онлайн-карту ремонтных мастерских с адресами и телефонами."),
  P("ZS10b","ru","Где починить? Нужен городской справочник",
    "Мама полдня искала, кто перешьёт молнию на куртке. Было бы удобно, если бы город собрал всех портных, "
    "обувщиков и мастеров по технике в одном интерактивном списке с геолокацией."),
  note="online map = interactive list with geolocation; a mother's story vs a plain ask")
case("paraphrase",
  P("ZS11a","ru","Запретить уничтожать непроданную одежду",
    "Крупные бренды режут и сжигают остатки коллекций, это дичь. Нужно законом запретить магазинам "
    "уничтожать непроданные вещи и обязать передавать их в благотворительные фонды."),
  P("ZS11b","ru","Остатки коллекций — нуждающимся",
    "Знакомая работала в ТЦ: после сезона новые куртки просто списывали на свалку. Предлагаю, чтобы "
    "нераспроданный товар сети отдавали НПО, а утилизация новой одежды была под запретом."),
  note="verbal ban first vs the donation first and the ban as a noun phrase")
case("paraphrase",
  P("ZS12a","ru","Студенческая барахолка по выходным",
    "Хотим, чтобы в городском парке по выходным работала студенческая барахолка, где можно бесплатно "
    "поставить столик и продать свои ненужные вещи."),
  P("ZS12b","ru","Блошиный рынок для молодёжи",
    "В Семее негде продать б/у вещи, кроме OLX. Предлагаю раз в неделю открывать в сквере площадку, где "
    "студенты без платы за место торгуют тем, что им уже не нужно."),
  note="барахолка = блошиный рынок; free table = no fee for the place; weekends = once a week")
case("paraphrase",
  P("ZS13a","ru","Полки буккроссинга в ЦОНах",
    "Пока ждёшь очередь в ЦОНе, заняться нечем. Поставьте полки буккроссинга в ЦОНах и на вокзалах: "
    "оставил прочитанную книгу — взял другую."),
  P("ZS13b","ru","Обмен книгами в местах ожидания",
    "Дома куча прочитанных книг, выкидывать жалко. Было бы классно, если бы в центрах обслуживания "
    "населения и залах ожидания стояли стеллажи, где можно бесплатно отдать и забрать книгу."),
  note="ЦОН spelt out; буккроссинг described in words")
case("paraphrase",
  P("ZS14a","en","Repairability score on electronics",
    "When I buy a phone or a kettle, I cannot know if it can be fixed. Shops should show a repairability "
    "score from 1 to 10 on the price tag, like in France."),
  P("ZS14b","en","Sticker: can this device be mended?",
    "Please make sellers mark every laptop, washing machine and smartphone with a simple rating that shows "
    "how hard it is to mend. Then people will choose things that live longer."),
  note="repairability score = rating of how hard it is to mend")
case("paraphrase",
  P("ZS15a","en","Old office computers to village schools",
    "State offices write off working computers every few years and they go to scrap. Instead they should "
    "be refurbished and given to schools in villages where kids still share one PC."),
  P("ZS15b","en","Second life for akimat laptops",
    "In my aul school in Zaisan district we had 3 computers for 200 pupils. When government bodies replace "
    "their PCs, fix up the old ones and donate them to rural schools, please."),
  note="a story and a polite imperative vs a plain should")
case("paraphrase",
  P("ZS16a","en","No extra plastic from marketplaces",
    "I ordered one lipstick on Wildberries and got it in three bags and a box. Marketplaces should add a "
    "checkbox at checkout: 'minimal packaging, please'."),
  P("ZS16b","en","Choose eco packaging when ordering online",
    "Online shops like Kaspi and Ozon wrap everything in bubble film. Let customers pick a paper-only, "
    "less-wrapping option when they pay for the order."),
  note="checkbox at checkout = option when paying; marketplaces = online shops")

# ---------------- cross-language pairs, NO translations supplied: kk/ru
case("cross",
  P("ZS17a","kk","Қайырымдылық дүкендеріне тегін үй-жай",
    "Біздің ҮЕҰ киім мен кітап сататын қайырымдылық дүкенін ашқысы келеді, бірақ жалдау ақысы қымбат. "
    "Әкімдік бос тұрған коммуналдық үй-жайларды осындай дүкендерге ақысыз берсін."),
  P("ZS17b","ru","Помещения для благотворительных магазинов",
    "Благотворительный секонд в Семее закрылся из-за аренды в 300 тысяч. Предлагаем, чтобы пустующие "
    "муниципальные помещения отдавали НПО под такие магазины без арендной платы."))
case("cross",
  P("ZS18a","kk","Жөндеу нұсқаулығы қазақ тілінде",
    "Шетелдік техниканың жөндеу нұсқаулықтары тек ағылшын не қытай тілінде. Өндірушілер мен импорттаушылар "
    "оларды қазақ және орыс тілдерінде ашық жариялауға міндетті болсын."),
  P("ZS18b","ru","Сервисные мануалы в открытом доступе",
    "Мастера в Риддере ищут схемы для ремонта стиралок на китайских форумах. Пусть продавцы техники в "
    "Казахстане обязательно выкладывают ремонтную документацию на русском и казахском."))
case("cross",
  P("ZS19a","kk","Сұрыптау пунктінде «екінші өмір» бұрышы",
    "Адамдар жарамды шкаф, орындық, тоңазытқышты қоқысқа тастайды. Қалдық сұрыптау станцияларында жиһаз "
    "бен техниканы қалдыруға болатын, оны кез келген адам тегін алып кете алатын бұрыш жасау керек."),
  P("ZS19b","ru","Навес для мебели на пунктах сортировки",
    "Видела у контейнера в Усть-Каменогорске нормальный диван, через день его сломали. Хорошо бы на пунктах "
    "сортировки отходов сделать навес, куда оставляют целую мебель, а любой может её забрать."))
case("cross",
  P("ZS20a","kk","Жас шеберлерге шағын грант",
    "Колледжді бітірген тігінші мен техника жөндеушіге шеберхана ашуға 1–2 млн теңге жетеді. Жастар "
    "саясаты аясында жөндеу және қайта тігу бизнесіне арналған шағын гранттар бөлінсе екен."),
  P("ZS20b","ru","Гранты на ремонтный бизнес для молодёжи",
    "Мой одногруппник чинит ноутбуки дома, но на инструменты и аренду денег нет. Нужна отдельная грантовая "
    "линия для молодых мастеров по ремонту и перешиву одежды."))
case("cross",
  P("ZS21a","kk","NEET жастарға тегін жөндеу курсы",
    "Оқымайтын да, жұмыс істемейтін де жастар көп. Колледждер оларға телефон мен тұрмыстық техника "
    "жөндеуден 3 айлық тегін курс өткізсін — бұл нақты мамандық."),
  P("ZS21b","ru","Научить ребят без работы чинить технику",
    "У нас в Зайсане много парней после школы сидят без дела. Пусть колледжи бесплатно обучают их ремонту "
    "смартфонов и бытовой техники, с сертификатом в конце."))
case("cross",
  P("ZS22a","kk","Ұлттық киім қоры мектептерге",
    "Жыл сайын Наурызда ата-аналар концертке камзол мен сәукеле сатып алады, кейін олар шкафта жатады. "
    "Мәдениет үйінде мектептерге ұлттық киімді уақытша беретін қор болсын."),
  P("ZS22b","ru","Казахские костюмы напрокат для школ",
    "Ради одного выступления родители тратят по 30–40 тысяч на казахский костюм. Предлагаю, чтобы при "
    "отделе культуры был общий запас костюмов, которые школы берут на праздники и возвращают."))
case("cross",
  P("ZS23a","kk","Саябақта велосипед жөндеу бекеті",
    "Жолда велосипед камерасы тесілсе, сорғы да, кілт те жоқ. Саябақтар мен жағалауда сорғысы мен "
    "құралдары бекітілген тегін жөндеу бекеттерін орнату керек."),
  P("ZS23b","ru","Велостанции самообслуживания",
    "Вчера проколол колесо на Иртышской набережной и шёл пешком час. Поставьте в парках стойки с насосом "
    "и ключами на тросе, чтобы велосипедисты могли сами подкачать и подкрутить."))
case("cross",
  P("ZS24a","kk","Киім жинайтын жәшіктер есеп берсін",
    "Сауда орталықтарындағы киім қабылдайтын жәшіктерге салған затымыз қайда кететінін ешкім білмейді. "
    "Оларды қоятын ұйымдар жылына бір рет ашық есеп жариялауы тиіс."),
  P("ZS24b","ru","Куда уходят вещи из боксов в ТЦ?",
    "Сдала пакет одежды в бокс в торговом центре, а потом увидела похожие вещи в платном секонде. Нужна "
    "обязательная публичная отчётность тех, кто собирает одежду через такие боксы."))
case("cross",
  P("ZS25a","kk","Тігін цехтарының қиындылары үйірмелерге",
    "Семейдегі тігін цехтары мата қиындыларын қапқа салып лақтырады. Оларды мектептер мен колледждердегі "
    "қолөнер үйірмелеріне тегін беру тәртібін енгізсек, құрақ көрпе тігер едік."),
  P("ZS25b","ru","Обрезки ткани — кружкам рукоделия",
    "Швейные предприятия выбрасывают мешками лоскуты, а в нашем кружке в Доме школьников ткань покупают "
    "сами дети. Пусть остатки ткани передают кружкам бесплатно."))

# ---------------- cross-language pairs, NO translations supplied: kk/en
case("cross",
  P("ZS26a","kk","«Тегін беремін» әкімдік боты",
    "Көшкенде артық заттарды кімге беретінімді білмедім. Әкімдік ескі заттарды тегін беруге және алуға "
    "болатын Telegram-бот не сайт ашса, көп нәрсе қоқысқа кетпес еді."),
  P("ZS26b","en","City platform to give things away",
    "In my town people post free stuff in ten different WhatsApp groups. The akimat could run one official "
    "website where you give away unused things and neighbours pick them up."))
case("cross",
  P("ZS27a","kk","ЖОО-да ескі телефон жинайтын жәшік",
    "Әр студенттің тартпасында 2–3 ескі телефон мен зарядтағыш жатыр. ЖОО-лар фойеге электроника "
    "қалдықтарын қабылдайтын жәшік қойып, жиналғанын өңдеу зауытына жіберсін."),
  P("ZS27b","en","E-waste bins on campus",
    "Nobody knows where to throw broken chargers, earphones and old phones. Please put collection containers "
    "for electronic waste in every university building and send it to proper recycling."))
case("cross",
  P("ZS28a","kk","Жаңа жылдық безендіруді қайта пайдалану",
    "Әкімдік жыл сайын алаңға жаңа шырша ойыншықтары мен жарық гирляндаларын сатып алады. Бұрынғыларын "
    "сақтап, жөндеп, қайта ілу керек, ал үнемделген ақшаны жастар жобаларына берсін."),
  P("ZS28b","en","Same holiday lights every year",
    "Why does the city buy new New Year lights and figures every December? Keep the old decorations in "
    "storage, repair them and use again, it's cheaper and less trash."))
case("cross",
  P("ZS29a","kk","Жатақханада ортақ тігін бөлмесі",
    "Жатақханада шалбарды қысқарту не түйме қадау үшін ателье іздейміз. Әр студенттік жатақханада тігін "
    "машинасы мен үтігі бар ортақ бөлме ашылса екен."),
  P("ZS29b","en","Sewing machine for dorm students",
    "Students live on small money and can't pay a tailor for every hole. In each dormitory there should be "
    "a room with a sewing machine and overlock that everyone can use."))

# ---------------- cross-language pairs, NO translations supplied: ru/en
case("cross",
  P("ZS30a","ru","Хватит бесплатных пакетов на кассе",
    "В супермаркетах кассиры сами суют по пять пакетов. Предлагаем, чтобы сетевые магазины перестали "
    "раздавать пластиковые пакеты бесплатно и продавали их хотя бы по символической цене."),
  P("ZS30b","en","Plastic bags should cost money",
    "In Kazakhstan supermarkets still give plastic bags for nothing. Make stores charge for each bag, then "
    "people will bring their own shopper."))
case("cross",
  P("ZS31a","ru","Своп-вечеринки в вузах",
    "Предлагаю каждый семестр проводить в вузах своп: студенты приносят одежду, которую не носят, и "
    "меняются. Мы уже делали такое в общаге, пришло 80 человек."),
  P("ZS31b","en","Clothes exchange days at university",
    "Once a term universities could give a hall where students bring clothes they don't wear and swap them "
    "for free. Fast fashion is expensive for students and bad for planet."))
case("cross",
  P("ZS32a","ru","Полка «Отдам» в общежитиях",
    "В июне выпускники выбрасывают из общаги чайники, лампы, посуду. Нужно в каждом общежитии выделить "
    "место, куда оставляют ненужное, а первокурсники в сентябре забирают."),
  P("ZS32b","en","Leftovers of graduates for freshmen",
    "When seniors move out of the dormitory, good kettles and desk lamps go to the bin. Dorm administration "
    "should collect them in a storage room and give to new students in autumn."))
case("cross",
  P("ZS33a","ru","Деньги РОП — на переработку в регионах",
    "Платежи по РОП собирают миллиардами, а в Зайсане нет ни одного пункта сортировки. Пусть эти средства "
    "открыто распределяют в регионы на сбор и переработку отходов."),
  P("ZS33b","en","Producer responsibility fees to small towns",
    "Companies pay EPR fees for packaging, but we don't see where this money goes. Publish the spending and "
    "use it for recycling points in district towns, not only Astana and Almaty."))

# ---------------- cross-language triple kk/ru/en, NO translations supplied
case("cross",
  P("ZS34a","kk","Шағын жөндеу шеберханаларына салық жеңілдігі",
    "Етікші, тігінші, сағатшы азайып барады, табысы аз. Осындай шағын шеберханалар үшін салықты бірнеше "
    "жылға нөлге түсіру керек."),
  P("ZS34b","ru","Налоговые льготы сапожникам и портным",
    "Мастер в нашем дворе закрыл будку, потому что налоги съедали всё. Освободите от налогов мелкие "
    "ремонтные мастерские — обувь, одежда, часы — хотя бы на первые годы."),
  P("ZS34c","en","Lower taxes for repair shops",
    "Small repair businesses like shoe repair, tailoring and watch repair hardly survive. Government should "
    "give them zero or very low tax so repairing stays cheaper than buying new."))

# ---------------- opposite-meaning traps (shared wording): must NEVER merge
case("trap-polarity",
  P("ZS35a","kk","Кіреберістегі алмасу сөресіне рұқсат",
    "Көп қабатты үйлерде көршілер керек емес кітап, ыдыс, киімді кіреберістегі сөреге қояды. Тұрғындарға "
    "ескі заттарды кіреберісте қалдыруға рұқсат беру керек."),
  P("ZS35b","kk","Кіреберістегі алмасу сөресіне тыйым",
    "Көп қабатты үйлерде көршілер керек емес кітап, ыдыс, киімді кіреберістегі сөреге қояды. Тұрғындарға "
    "ескі заттарды кіреберісте қалдыруға тыйым салу керек."),
  note="kk allow vs ban")
case("trap-polarity",
  P("ZS36a","kk","Мектеп оқулықтары",
    "Оқулықтар бір сыныптан келесі сыныпқа бірнеше жыл қатарынан беріледі. Мектептер оқулықтарды әр оқу "
    "жылына жаңадан сатып алуы керек."),
  P("ZS36b","kk","Мектеп оқулықтарын жаңарту",
    "Оқулықтар бір сыныптан келесі сыныпқа бірнеше жыл қатарынан беріледі. Мектептер оқулықтарды әр оқу "
    "жылына жаңадан сатып алмауы керек."),
  note="kk -уы керек vs -мауы керек")
case("trap-polarity",
  P("ZS37a","kk","Аулалардағы киім контейнерлері",
    "Өскемен аулаларында ескі киім салатын контейнерлер бар, бірақ олардың жанында қоқыс үйіліп жатады. "
    "Әкімдік мұндай контейнерлердің санын көбейтуі керек."),
  P("ZS37b","kk","Аулалардағы киім контейнерлері туралы",
    "Өскемен аулаларында ескі киім салатын контейнерлер бар, бірақ олардың жанында қоқыс үйіліп жатады. "
    "Әкімдік мұндай контейнерлердің санын азайтуы керек."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("ZS38a","ru","Б/у детские автокресла",
    "Новые автокресла стоят от 60 тысяч, поэтому многие берут подержанные, хотя неизвестно, были ли они в "
    "аварии. Предлагаем разрешить комиссионкам принимать б/у автокресла."),
  P("ZS38b","ru","Б/у детские автокресла в комиссионках",
    "Новые автокресла стоят от 60 тысяч, поэтому многие берут подержанные, хотя неизвестно, были ли они в "
    "аварии. Предлагаем запретить комиссионкам принимать б/у автокресла."),
  note="ru allow vs ban")
case("trap-polarity",
  P("ZS39a","ru","Пошлина на ввоз секонд-хенда",
    "Секонд-хенд везут тоннами из Европы и Китая: местным швейным цехам трудно конкурировать, а бедным "
    "семьям нужна дешёвая одежда. Предлагаем повысить ввозную пошлину на б/у одежду."),
  P("ZS39b","ru","Ввозная пошлина на секонд-хенд",
    "Секонд-хенд везут тоннами из Европы и Китая: местным швейным цехам трудно конкурировать, а бедным "
    "семьям нужна дешёвая одежда. Предлагаем снизить ввозную пошлину на б/у одежду."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("ZS40a","en","Take-back of old appliances",
    "When you buy a new fridge or washing machine, the old one often ends up in the yard. Shops selling "
    "appliances should be required to take the old one back for free."),
  P("ZS40b","en","Taking back old appliances",
    "When you buy a new fridge or washing machine, the old one often ends up in the yard. Shops selling "
    "appliances should not be required to take the old one back for free."),
  note="en should vs should not be required")

# ---------------- number traps: the same ask with a different number, must NEVER merge
case("trap-number",
  P("ZS41a","kk","Қосалқы бөлшектер кемінде 7 жыл",
    "Кір жуғыш машинаның бір ұсақ бөлшегі табылмай, бүкіл машинаны лақтырдық. Өндірушілер тұрмыстық "
    "техникаға қосалқы бөлшектерді модель сатылымнан шыққан соң кемінде 7 жыл бойы сатуы керек."),
  P("ZS41b","kk","Қосалқы бөлшектер кемінде 10 жыл",
    "Кір жуғыш машинаның бір ұсақ бөлшегі табылмай, бүкіл машинаны лақтырдық. Өндірушілер тұрмыстық "
    "техникаға қосалқы бөлшектерді модель сатылымнан шыққан соң кемінде 10 жыл бойы сатуы керек."),
  note="years: 7 vs 10")
case("trap-number",
  P("ZS42a","ru","Ваучер на ремонт техники",
    "Починить пылесос часто дороже, чем купить новый. Пусть акимат компенсирует 50 % стоимости ремонта "
    "бытовой техники в аккредитованных мастерских по ваучеру."),
  P("ZS42b","ru","Ремонтный ваучер от акимата",
    "Починить пылесос часто дороже, чем купить новый. Пусть акимат компенсирует 30 % стоимости ремонта "
    "бытовой техники в аккредитованных мастерских по ваучеру."),
  note="per cent: 50 vs 30")
case("trap-number",
  P("ZS43a","en","Deposit for plastic bottles",
    "Kids in Germany collect bottles for pocket money. Add a 20 tenge deposit to every plastic bottle and "
    "give it back in machines at supermarkets."),
  P("ZS43b","en","Bottle deposit in supermarkets",
    "Kids in Germany collect bottles for pocket money. Add a 50 tenge deposit to every plastic bottle and "
    "give it back in machines at supermarkets."),
  note="tenge: 20 vs 50")
case("trap-number",
  P("ZS44a","kk","Табылған заттарды қайырымдылыққа беру",
    "Университетте жоғалған күрте, қолшатыр, қолғаптар жылдар бойы жатады. Иесі 30 күн ішінде іздемесе, "
    "оларды қайырымдылық ұйымдарына беретін тәртіп керек."),
  P("ZS44b","kk","Иесіз заттар қайырымдылыққа",
    "Университетте жоғалған күрте, қолшатыр, қолғаптар жылдар бойы жатады. Иесі 90 күн ішінде іздемесе, "
    "оларды қайырымдылық ұйымдарына беретін тәртіп керек."),
  note="days: 30 vs 90")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("ZS45a","kk","Етікшілерге аялдама маңынан орын",
    "Бұрын әр аялдаманың қасында етікші отыратын, қазір дүңгіршектерді алып тастады. Әкімдік аяқ киім "
    "жөндейтін шеберлерге адам көп жүретін жерлерден тегін орын берсін."),
  P("ZS45b","en","Old sneakers into sport floors",
    "Worn-out sneakers can be shredded into rubber crumb for running tracks and playgrounds. Put collection "
    "bins for old sports shoes at schools and send them to a crumb factory."),
  note="shoes: free spots for cobblers vs recycling worn-out sneakers")
case("distinct",
  P("ZS46a","kk","Түлектер кешінде шар ұшырмайық",
    "Бітіру кешінде жүздеген әуе шарын аспанға жібереміз, кейін олар далада, көлде жатады. Түлектер "
    "кешінде шар ұшыруға тыйым салу керек."),
  P("ZS46b","ru","Выпускной альбом — в электронном виде",
    "За печатный выпускной альбом родители платят по 25 тысяч, а через год его никто не открывает. Пусть "
    "школы предлагают цифровой альбом вместо бумажного."),
  note="graduation: balloon releases vs a digital album")
case("distinct",
  P("ZS47a","kk","Әкімдікте қағазды үнемдеу",
    "Практикадан өткенде әкімдікте көрдім: әр хат бес данада басылып шығады. Мемлекеттік органдар ішкі "
    "құжаттарды тек электронды түрде жүргізіп, қағазға басуды азайтсын."),
  P("ZS47b","en","Office paper for school art classes",
    "Offices throw away lots of paper printed only on one side. Companies and akimats could give it to "
    "schools and art studios for kids to draw on the clean side."),
  note="office paper: print less vs give one-side paper to children")
case("distinct",
  P("ZS48a","ru","Скидка за свою кружку",
    "В кофейнях у университета каждый день уходят сотни одноразовых стаканов. Предлагаю, чтобы кофейни "
    "давали скидку тем, кто приходит со своей кружкой или термосом."),
  P("ZS48b","en","Returnable cups on campus",
    "Coffee points at our university could share one system of returnable cups: you pay a small deposit, "
    "drink, and return the cup to any café on campus."),
  note="coffee cups: a discount for one's own mug vs a shared returnable-cup scheme")
case("distinct",
  P("ZS49a","ru","Обмен остатками после ремонта",
    "После ремонта у всех остаются плитка, обои, краска, и всё это гниёт на балконе. Сделайте у строительного "
    "рынка площадку, куда излишки стройматериалов можно сдать, а другие заберут."),
  P("ZS49b","en","Save windows and doors from demolition",
    "When old barracks in Ridder are demolished, the wooden doors, windows and bricks go to the dump. The "
    "akimat should let village families take these materials for free before demolition."),
  note="building materials: a swap point for renovation leftovers vs salvage from demolished houses")
