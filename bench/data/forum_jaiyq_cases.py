# A sixth forum, "Jaiyq" (held out entirely): written BLIND for issue 9's fourth pass, before and
# without seeing the merge rules (src/recbook/merge/) or any dedupe score, and to be run ONCE at
# the end. Voice: flip-chart cards. Each text is ONE short line of 4-10 words, slogan or headline
# style, under a 1-3 word card tag, in kk/ru/en. Compound and hyphenated words (эко-, онлайн-,
# медиа-, цифровой/цифрлық, фандрайзинг) and abbreviations (НКО/ҮЕҰ/NGO, ЦОН/ХҚКО) on purpose.
# Kinds: exact, spelling (hyphenation of compounds), homoglyph, Russian-keyboard Kazakh,
# same-language paraphrases (one written with a negation: "кем жұмыс істемеуі" = "at least"),
# cross-language pairs with NO translation (one kk/ru/en triple, one kk card linked by same_as),
# opposite-meaning traps in kk (-ма, қажеті жоқ), ru and en, number traps, and look-alikes.
# Generate: python bench/data/make_eval.py bench/data/forum_jaiyq_cases.py bench/data/forum_jaiyq.yaml

# ---------------- exact, spelling, homoglyph and keyboard variants
case("exact",
  P("JQ01a","ru","Эко-сумки","Эко-сумки вместо пакетов на всех базарах"),
  P("JQ01b","ru","Базары","Эко-сумки вместо пакетов на всех базарах"))
case("spelling",
  P("JQ02a","ru","Эковолонтёрство","Эковолонтёрство — в каждую школу и колледж"),
  P("JQ02b","ru","Эко-волонтерство","Эко-волонтерство - в каждую школу и колледж"))
case("spelling",
  P("JQ03a","kk","Онлайн-қабылдау","Аудан әкімінің онлайн-қабылдауы аптасына бір рет"),
  P("JQ03b","kk","Онлайн қабылдау","Аудан әкімінің онлайн қабылдауы аптасына бір рет"))
case("homoglyph",
  P("JQ04a","ru","Зелёные дворы","Субсидии жителям на озеленение своих дворов"),
  P("JQ04b","ru",homo("Зелёные дворы", 3),homo("Субсидии жителям на озеленение своих дворов", 2)))
case("keyboard",
  P("JQ05a","kk","Велосипед жолдары","Шағын аудандарда қауіпсіз велосипед жолдарын салу"),
  P("JQ05b","kk","Велосипед жолдары".translate(KB),"Шағын аудандарда қауіпсіз велосипед жолдарын салу".translate(KB)))

# ---------------- paraphrases, one language each
case("paraphrase",
  P("JQ10a","ru","Цифровая грамотность","Курсы цифровой грамотности для пенсионеров"),
  P("JQ10b","ru","Пожилые онлайн","Обучать пожилых людей цифровым навыкам"))
case("paraphrase",
  P("JQ11a","en","Youth banks","A youth bank in every region"),
  P("JQ11b","en","Youth bank","Each oblast needs its own youth bank"))
case("paraphrase",
  P("JQ12a","kk","Еріктілер штабы","Әр ауылда еріктілер штабы болсын"),
  P("JQ12b","kk","Волонтерлер штабы","Ауыл сайын волонтерлік штаб ашу"))
case("paraphrase",
  P("JQ13a","ru","Медиацентры","Открыть медиацентры во всех колледжах"),
  P("JQ13b","ru","Колледжи","В каждом колледже — свой медиацентр"),
  P("JQ13c","ru","Медиа-центр","Медиа-центры при колледжах для студентов"))
case("paraphrase",
  P("JQ15a","kk","Ауыл клубтары","Ауылдық клубтар аптасына кемінде 5 күн ашық болсын"),
  P("JQ15b","kk","Клуб жұмысы","Ауыл клубы аптасына бес күннен кем жұмыс істемеуі керек"))

# ---------------- cross-language pairs, NO translations supplied
case("cross",
  P("JQ20a","ru","Фандрайзинг","Онлайн-курсы фандрайзинга для НКО"),
  P("JQ20b","kk","Фандрайзинг","ҮЕҰ-ға арналған фандрайзинг бойынша онлайн-курстар"),
  P("JQ20c","en","Fundraising","Online fundraising courses for NGOs"))
case("cross",
  P("JQ21a","ru","ЦОН","Консультант по делам НКО в каждом ЦОНе"),
  P("JQ21b","kk","ХҚКО","Әр ХҚКО-да ҮЕҰ істері бойынша кеңесші"))
case("cross",
  P("JQ22a","ru","Молодёжный парламент","Молодёжный парламент в каждой области"),
  P("JQ22b","en","Youth parliament","A youth parliament for every region"))
case("cross",
  P("JQ23a","kk","Эко-сабақтар","Мектептерде су үнемдеу туралы эко-сабақтар"),
  P("JQ23b","en","Eco-lessons","Eco-lessons on saving water in schools"))
case("cross",
  P("JQ30a","kk","Цифрлық сауаттылық","Зейнеткерлерге арналған цифрлық сауаттылық курстары"),
  same_as="JQ10a")

# ---------------- opposite-meaning traps (must never auto-merge)
case("trap-polarity",
  P("JQ40a","kk","Смартфондар","Сабақ кезінде смартфон қолдануға тыйым салу"),
  P("JQ40b","kk","Смартфондар","Сабақ кезінде смартфон қолдануға тыйым салмау"))
case("trap-polarity",
  P("JQ41a","kk","Кворум","Қоғамдық тыңдаулар үшін кворум белгілеу қажет"),
  P("JQ41b","kk","Кворум","Қоғамдық тыңдаулар үшін кворум белгілеудің қажеті жоқ"))
case("trap-polarity",
  P("JQ43a","ru","Школьная форма","Отменить обязательную школьную форму"),
  P("JQ43b","ru","Школьная форма","Не отменять обязательную школьную форму"))
case("trap-polarity",
  P("JQ44a","en","Student volunteering","Make student volunteering compulsory"),
  P("JQ44b","en","Student volunteering","Keep student volunteering optional"))

# ---------------- number traps (must never auto-merge)
case("trap-number",
  P("JQ50a","ru","Микрогранты","Микрогранты инициативным группам — до 500 000 тенге"),
  P("JQ50b","ru","Микрогранты","Микрогранты инициативным группам — до 5 000 000 тенге"))
case("trap-number",
  P("JQ51a","kk","Ауыл әкімі","Ауыл әкімі 4 жылға сайлансын"),
  P("JQ51b","kk","Ауыл әкімі","Ауыл әкімі 5 жылға сайлансын"))
case("trap-number",
  P("JQ52a","en","Street trees","Plant 10,000 street trees every year"),
  P("JQ52b","en","Street trees","Plant 100,000 street trees every year"))

# ---------------- distinct asks that look alike (a place, a group)
case("distinct",
  P("JQ60a","ru","Экотуризм","Эко-тропы и визит-центр в Кольсае"),
  P("JQ60b","ru","Экотуризм","Эко-тропы и визит-центр в Чарынском каньоне"))
case("distinct",
  P("JQ62a","kk","ХҚКО көмекшісі","Әр ХҚКО-да мүгедектігі бар адамдарға көмекші маман"),
  P("JQ62b","kk","ХҚКО көмекшісі","Әр ХҚКО-да зейнеткерлерге көмекші маман"))
