# A forum "Alakol" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py
# script, any *.yaml forum, git history or any dedupe output or score, and to be run ONCE. Nothing
# here was tuned on a run; recbook and dedupe were not run (only make_eval.py, to generate the YAML).
# Only bench/data/make_eval.py (generator and format), the first 100 lines of forum_torgai_cases.py
# (format example), the header comments (first 45 lines) of the other bench/data/forum_*_cases.py
# files (to avoid their topics, asks and voices), lines 1-60 of forum_tamgaly_cases.py (a full header
# example), /work/shared/design/KAZAKH.md (Kazakh spelling, official names) and
# /work/shared/seed/conference-article.txt were read.
# Field: RARE (ORPHAN) DISEASES, PATIENT ORGANISATIONS AND ACCESS TO ORPHAN MEDICINES (a field the
# tool's authors did not write for): SMA, Duchenne, haemophilia, cystic fibrosis, PKU, epidermolysis
# bullosa ("butterfly children"), mucopolysaccharidoses, metabolic disorders.
# Voice: MEDIUM TEXTS as patient NGOs, parents' initiative groups and mothers of sick children write
# them into a working group's protocol at a summer forum of patient organisations in Usharal on Lake
# Alakol (Zhetisu region), with delegates from Taldykorgan, Almaty, Astana, Shymkent, Semey, Ayagoz
# and Kyzylorda: a title of 4-10 words and a text of 2-3 sentences (about 30-70 words), a short
# problem statement in plain, sometimes emotional or colloquial words (a child's story, "каждую зиму
# одно и то же"), then the ask; some ask first and the reason after; figures (km, tenge, years, per
# cent) sometimes. Paraphrase pairs are written as by two different parents or activists: other
# context, other words and synonyms, another verb, other word order, ask first vs ask last. Cross-
# language pairs are the same ask written independently in each language, with NO translation
# supplied. Official names where they exist (Денсаулық сақтау министрлігі, Министерство
# здравоохранения, the Ministry of Health; ТМККК/ГОБМП; Әлеуметтік медициналық сақтандыру қоры, the
# Social Health Insurance Fund; «СК-Фармация»; мемлекеттік әлеуметтік тапсырыс / государственный
# социальный заказ; 103). kk 39, ru 35, en 25 of 99 proposals.
# Topics (chosen so the other forums' headers do not list them; Balqash already has newborn hearing
# screening, Ertis cerebral-palsy rehabilitation, Kapshagai medicines by post, assistive devices and
# early intervention, Tobe respite care, Tentek disability assessment at home and the disabled-child
# benefit, Shu disability re-examination, Aqsu adaptive sport, Oiyl tutors in inclusive classes, Zhem
# streamed lessons for children in hospital, so those asks were left out): newborn screening for SMA,
# free special food for PKU at every age, isolation rooms for cystic fibrosis, a home supply of
# clotting factor, free dressings for butterfly children; a rare-disease coordinator in each regional
# hospital, genetic tests at home instead of abroad, transition to adult care at 18, orphan drugs at
# the district polyclinic, a yearly update of the orphan-disease list, a psychologist when the
# diagnosis is given, paid travel to treatment, procurement status of orphan drugs online, rare-
# disease training for GPs, a patients' vote on the reimbursement commission, a rare-diagnosis flag
# for 103 ambulance crews; a parent staying free in hospital at any age, home cough-assist and
# ventilation devices, free IVF with embryo genetic testing, dental treatment under anaesthesia,
# Rare Disease Day campaigns by akimats, state social order for parents' schools, fast single-patient
# import of unregistered drugs, no brand switching after a tender, a summer camp on Lake Alakol, home
# enzyme infusions, patient leaflets in Kazakh, a state fund for gene therapy, six-month
# prescriptions, a register of clinical trials, booking specialists without referral, flu and
# pneumococcal jabs for the household, school health plans, a national rare-disease register
# (kk/ru/en); traps on photos of sick children in fundraising, the yearly commission for orphan
# drugs, the carer's allowance, pharma funding of patient groups, rehabilitation courses for
# Duchenne, airlines carrying medical equipment; number traps on mothers' early retirement (years),
# the yearly rise of orphan-drug funding (per cent), a one-off payment at diagnosis (tenge), the
# first dose after prescription (days); look-alikes on haemophilia, Duchenne, Usharal and Alakol,
# PKU and SMA.
# Kinds and counts (49 cases, 99 proposals): exact 1 (ru); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 11 same-language pairs written as by two
# different people (kk 4, ru 4, en 3: other context, synonyms, another verb, other word order, ask
# first vs ask last, one text adding a figure or a story); cross 18 cases = 20 cross-language pairs
# with NO translation supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en triple = 3 pairs);
# trap-polarity 6 with shared wording (kk: allow vs ban, -уы керек vs -мауы керек, increase vs
# reduce; ru: allow vs ban, increase vs reduce; en: should vs should not be required); trap-number 4
# (years, per cent, tenge, days); distinct 5 (same topic, different asks). No singletons.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py bench/data/forum_alakol_cases.py bench/data/forum_alakol.yaml

# ---------------- exact, spelling and homoglyph variants
_A01 = ("Наши дети со спинальной мышечной атрофией получают лечение, когда мышцы уже погибли: диагноз "
        "ставят в год или полтора, после месяцев хождения по врачам. Если бы тест делали ещё в роддоме, "
        "терапию начинали бы до первых симптомов. Просим Минздрав включить СМА в обязательный неонатальный "
        "скрининг во всех роддомах страны.")
case("exact",
  P("AK01a","ru","Скрининг новорождённых на СМА", _A01),
  P("AK01b","ru","Тест на СМА прямо в роддоме", _A01))
case("spelling",
  P("AK02a","kk","Фенилкетонуриясы барларға емдік тағам өмір бойы",
    "Фенилкетонуриясы бар балаларға ақуызсыз арнайы тағамды мемлекет тек 18 жасқа дейін береді, ал диета "
    "өмір бойы керек. Бір айлық ұн мен қоспа 150 мың теңгеге жетеді, көп отбасы оны көтере алмай, жастар "
    "диетаны тастап кетеді. Арнайы емдік тағамды жасына қарамай барлық науқасқа тегін беру керек."),
  P("AK02b","kk","Фенилкетонурясы барларға емдік тағам өмір бойы",
    "Фенилкетонурясы бар балаларға ақуызсз арнаиы тағамды мемлекет тек 18 жасқа дейін береді, ал диета "
    "өмір бойы керек. Бір айлық ұн мен қоспа 150 мың теңгеге жетеді, көп отбасы оны көтере алмай, жастар "
    "диетаны тастап кетеді. Арнайы емдк тағамды жасына қарамай барлық науқасқа тегін беру керек."))
case("spelling",
  P("AK03a","ru","Отдельные палаты для детей с муковисцидозом",
    "Когда ребёнка с муковисцидозом кладут в общую палату, он почти всегда подхватывает чужую инфекцию, "
    "и потом мы месяцами лечим синегнойку. В прошлом году в Семее так было у троих наших детей. Просим, "
    "чтобы в каждой областной детской больнице были отдельные боксы с отдельным санузлом для пациентов с "
    "муковисцидозом."),
  P("AK03b","ru","Отдельные палаты для детей с муковисцедозом",
    "Когда ребёнка с муковисцедозом кладут в общую палату, он почти всегда подхватывает чужую инфекцыю, "
    "и потом мы месяцами лечим синегнойку. В прошлом году в Семее так было у троих наших детей. Просим, "
    "чтобы в каждой областной детской больнице были отдельнные боксы с отдельным санузлом для пациентов с "
    "муковисцидозом."))
case("spelling",
  P("AK04a","en","A home supply of clotting factor for haemophilia",
    "Boys with haemophilia in our region travel to the regional centre for almost every dose of factor, "
    "sometimes 200 km each way, and a bleed at night means waiting for the morning. Let families keep a "
    "three-month supply of clotting factor at home and train parents to inject it themselves."),
  P("AK04b","en","A home suply of clotting factor for haemophila",
    "Boys with haemophila in our region travel to the regional centre for almost every dose of facter, "
    "sometimes 200 km each way, and a bleed at night means waiting for the morning. Let families keep a "
    "three-month suply of cloting factor at home and train parents to inject it themselves."))
_A05t = "Көбелек балаларға арнайы таңғыштар тегін берілсін"
_A05 = ("Буллезді эпидермолизі бар, яғни «көбелек балалардың» терісі сәл тисе жарылып кетеді, оларға "
        "жабыспайтын арнайы таңғыш күн сайын керек. Бір айлық таңғыш 400 мың теңгеден асады, аналар оны ақша "
        "жинап, шетелден алдыртып жүр. Мұндай таңғыштарды тегін медициналық көмектің кепілдік берілген "
        "көлеміне қосып, емханадан тегін беру керек.")
case("homoglyph",
  P("AK05a","kk",_A05t,_A05),
  P("AK05b","kk",homo(_A05t, 3),homo(_A05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("AK06a","kk","Әр облыста сирек аурулар бойынша үйлестіруші дәрігер",
    "Сирек ауруы бар баланың анасы бір кабинеттен екіншісіне жүгіріп, кімге барарын білмей жылдар "
    "бойы уақыт өткізеді. Әр облыстық ауруханада сирек аурулармен ауыратындарды жүргізетін, тексеру мен дәріні "
    "үйлестіретін арнайы дәрігер тағайындалуы керек."),
  P("AK06b","kk","Орфандық науқастарға бір жауапты маман керек",
    "Ұсынысымыз: әр облыстық ауруханада орфандық аурулар жөніндегі үйлестіруші дәрігер болсын — не істеу "
    "керегін түсіндіретін, бізді мамандарға өзі жолдайтын бір адам. Қазір Талдықорғанда бір талдау үшін үш "
    "дәрігердің кезегінде тұрамыз, ал Дюшенн миодистрофиясы бар ұлым күте алмайды."),
  note="ask last vs 'Ұсынысымыз:' first; сирек = орфандық; тағайындалуы керек vs болсын")
case("paraphrase",
  P("AK07a","kk","Генетикалық талдауды елімізде тегін жасау",
    "Сирек ауруға күдік болса, дәрігер қан үлгісін Германияға не Ресейге жіберуді ұсынады, талдау 300–600 "
    "мың теңге тұрады және нәтижесі екі айда әрең келеді. Мұндай генетикалық зерттеулерді Қазақстанның өз "
    "зертханаларында, тегін медициналық көмектің кепілдік берілген көлемі аясында жасау керек."),
  P("AK07b","kk","ДНҚ талдауы үшін шетелге ақша төлемейік",
    "Біздің отбасы ұлымыздың диагнозын білу үшін несие алып, үлгіні шетелдік зертханаға жібердік. Мемлекет "
    "бұл шығынды өз мойнына алсын: сирек ауруға күдік туған кезде ДНҚ талдауы еліміздегі зертханада "
    "ақысыз жасалуға тиіс."),
  note="генетикалық зерттеу = ДНҚ талдауы; тегін = ақысыз; керек vs тиіс; a figure vs a family story")
case("paraphrase",
  P("AK08a","kk","18 жастан кейін науқасты ересектер дәрігеріне дұрыс тапсыру",
    "Балалар ауруханасында жақсы қаралған жасөспірім 18-ге толған күні ересектер емханасына түседі, ал ол "
    "жердегі дәрігер муковисцидозды тек кітаптан біледі. Балалар дәрігері мен ересектер дәрігері науқасты "
    "бірге қабылдап, ауру тарихын толық тапсыратын өтпелі кезең енгізілуі керек."),
  P("AK08b","kk","Ересек жасқа өткенде емделуді үзіп алмайық",
    "Кәмелетке толған сирек науқастарды балалар маманынан ересектер маманына бірлескен қабылдау арқылы, "
    "жоспармен өткізу тәртібін енгізуді сұраймыз. Қызымыз 18 жасқа толғанда бізді «енді балалар бөліміне "
    "келмеңіздер» деп шығарып жіберді, жаңа дәрігер бәрін басынан бастады."),
  note="ask last vs ask first; 18-ге толған = кәмелетке толған; өтпелі кезең = жоспармен өткізу тәртібі")
case("paraphrase",
  P("AK09a","kk","Орфандық дәріні аудандық емханадан алу",
    "Біздің ауылдан облыс орталығына дейін 250 шақырым, ал сирек ауруға арналған дәріні ай сайын тек "
    "сондағы дәріханадан береді. Мүгедектер арбасындағы баламен автобусқа мінудің өзі бір азап. Бұл "
    "дәрілерді науқас тіркелген аудандық емханаға жеткізіп, сол жерден беретін тәртіп енгізу керек."),
  P("AK09b","kk","Дәрі үшін облысқа барудан құтқарыңыздар",
    "Науқастар сирек ауруға арналған дәрісін өз ауданындағы емханадан алатын болуы керек. Қазір Алакөл "
    "ауданындағы отбасылар ай сайын Талдықорғанға барып, бір күнін жолға жұмсайды, ал жұмыс берушілер "
    "бұған көп түсіністікпен қарамайды."),
  note="ask last vs ask first; жеткізіп беру vs алатын болуы; other place details")
case("paraphrase",
  P("AK10a","ru","Ежегодно обновлять перечень орфанных заболеваний",
    "Перечень орфанных заболеваний у нас пересматривают редко, и семьи с диагнозами, которых в нём нет, не "
    "получают ни лекарств, ни льгот. Наш фонд знает минимум 12 таких диагнозов. Просим Минздрав "
    "пересматривать перечень каждый год и включать новые болезни по заявкам врачей и пациентских "
    "организаций."),
  P("AK10b","ru","Почему наших диагнозов нет в списке?",
    "Предлагаем, чтобы Министерство здравоохранения раз в год дополняло список редких болезней, а подавать "
    "предложения могли и родительские организации. Моей дочери поставили диагноз ещё в 2022-м, но в "
    "официальном перечне его до сих пор нет — значит, для государства она будто и не больна."),
  note="ask last vs ask first; каждый год = раз в год; орфанных = редких; a figure vs a story")
case("paraphrase",
  P("AK11a","ru","Психолог для семьи в день постановки диагноза",
    "Когда мне сказали, что у сына Дюшенн, врач просто протянул бумажку и позвал следующего. Многие мамы "
    "после такого месяцами в депрессии, отцы уходят из семьи. Нужно, чтобы при сообщении тяжёлого редкого "
    "диагноза рядом был психолог и семье давали бесплатные консультации в первые месяцы."),
  P("AK11b","ru","Не оставлять родителей одних с тяжёлым диагнозом",
    "Просим ввести бесплатное психологическое сопровождение семей с момента, когда ребёнку устанавливают "
    "редкое генетическое заболевание: первая беседа вместе с врачом, потом несколько встреч. По нашему "
    "опросу, 7 из 10 родителей узнали о диагнозе «в коридоре», без всякой поддержки."),
  note="emotional story then ask vs ask first then a survey figure; психолог = психологическое сопровождение")
case("paraphrase",
  P("AK12a","ru","Оплатить дорогу на лечение ребёнку и маме",
    "На обследование в Научный центр педиатрии в Алматы нас направляют бесплатно, а билеты — за свой счёт. "
    "Из Кызылорды поездка туда и обратно на двоих обходится в 80–100 тысяч, а ездить надо два-три раза в "
    "год. Просим компенсировать проезд ребёнку с орфанным заболеванием и одному сопровождающему."),
  P("AK12b","ru","Компенсация проезда к месту лечения",
    "Пусть государство возмещает расходы на дорогу, когда ребёнка с редким заболеванием направляют на "
    "лечение в Астану или Алматы, — и ему, и взрослому, который его сопровождает. Сейчас многие семьи из сёл "
    "отказываются от плановой госпитализации просто потому, что нет денег на поезд."),
  note="компенсировать = возмещать; маме = взрослому, который сопровождает; ask last vs first")
case("paraphrase",
  P("AK13a","ru","Открытые сроки закупки орфанных препаратов",
    "Каждую зиму одно и то же: лекарство закончилось, в аптеке говорят «ждите», а когда придёт — никто не "
    "знает. Ребёнок тем временем пропускает курс. Просим «СК-Фармацию» публиковать на сайте, на каком этапе "
    "закупка каждого орфанного препарата и когда ожидается поставка в регионы."),
  P("AK13b","ru","Семьи должны видеть, когда придёт лекарство",
    "Предлагаем сделать онлайн-страницу, где по каждому препарату для редких заболеваний видно: объявлен ли "
    "тендер, подписан ли договор, когда поставка в область. Тогда родителям не придётся по десять раз "
    "обзванивать аптеку и управление здравоохранения."),
  note="the same transparency ask in other words; one names the distributor, the other lists the steps")
case("paraphrase",
  P("AK14a","en","Teach family doctors to spot rare diseases",
    "On average our members waited five years and saw eight doctors before anyone named the disease. Most "
    "of that time was lost in the local polyclinic, where nobody thought of anything rare. We ask for a "
    "short compulsory course for GPs and paediatricians on the warning signs of rare diseases and where to "
    "refer."),
  P("AK14b","en","Rare disease awareness training for primary care",
    "Primary-care doctors and district paediatricians should be trained to recognise the early red flags of "
    "rare conditions and to send such children straight to a geneticist. My daughter was treated for flat "
    "feet for three years before she was diagnosed with a muscle disease."),
  note="figures vs a story; warning signs = red flags; GPs = primary-care doctors; ask last vs first")
case("paraphrase",
  P("AK15a","en","A seat for patients on the drug commission",
    "Decisions on which orphan drugs the state pays for are taken by a commission of the Ministry of Health "
    "behind closed doors, and patients learn about them from the news. Patient organisations should have at "
    "least one voting member on that commission."),
  P("AK15b","en","Let patient groups vote on orphan drug funding",
    "We want a patients' representative with a vote on the ministry commission that decides on reimbursing "
    "medicines for rare diseases. Families live with these drugs every day and know about side effects and "
    "missed deliveries better than anyone, but nobody asks us."),
  note="voting member = representative with a vote; ask last vs first")
case("paraphrase",
  P("AK16a","en","Ambulance crews must know about the rare diagnosis",
    "A child with a metabolic disorder can fall into a crisis within hours, and an ambulance crew that does "
    "not know the disease may give the wrong drip. We ask that a patient's rare diagnosis and emergency "
    "instructions be shown automatically to the dispatcher and the crew when the family calls 103."),
  P("AK16b","en","Emergency alert for rare disease patients in the 103 system",
    "Add an emergency flag with a short action plan to the electronic records of people with rare diseases, "
    "so that the 103 service sees it the moment a call comes in. Last spring a boy from Ayagoz lost precious "
    "time because the doctor had never heard of his condition."),
  note="emergency instructions = short action plan; shown automatically = flag seen at the call")

# ---------------- cross-language, no translations: kk/ru (9)
case("cross",
  P("AK17a","kk","Ауруханада баламен бірге жату жасына қарамай тегін болсын",
    "Қазір ата-ана баламен бірге ауруханада тегін тек белгілі бір жасқа дейін жата алады, одан кейін күн "
    "сайын ақы төлейді. Ал СМА-мен ауыратын 12 жастағы ұлым өз бетімен аунай да алмайды, оған тәулік бойы мен "
    "керекпін. Сирек ауруы бар баламен бірге жатқан ата-анаға баланың жасына қарамастан тегін орын мен "
    "тамақ берілуі керек."),
  P("AK17b","ru","Мама рядом с ребёнком в больнице бесплатно",
    "Просим разрешить одному из родителей бесплатно находиться в стационаре с ребёнком, у которого редкое "
    "заболевание, независимо от его возраста. Нашей дочери с буллёзным эпидермолизом 14 лет, перевязки идут "
    "по три часа, медсёстры не справляются, а с нас берут деньги за койку."))
case("cross",
  P("AK18a","kk","СМА мен Дюшенн балаларына үйге тыныс аппараттары",
    "Жұлындық бұлшықет атрофиясы мен Дюшенн миодистрофиясы бар балалар жөтеліп, қақырығын шығара алмайды, "
    "сондықтан жай тұмаудың өзі реанимациямен аяқталады. Жөтел аппаратын, үйде өкпені желдету аппаратын "
    "және оттегі концентраторын ата-аналар өз қалтасынан алып жүр. Осы құрылғыларды мемлекет тегін беруі "
    "керек."),
  P("AK18b","ru","Откашливатель и домашняя ИВЛ за счёт государства",
    "Половина наших подопечных со СМА держится дома только благодаря аппаратам, купленным на деньги из "
    "сборов в Instagram. Нужно, чтобы откашливатели, аппараты неинвазивной вентиляции и кислородные "
    "концентраторы выдавались таким детям бесплатно, как часть лечения, а не как благотворительность."))
case("cross",
  P("AK19a","kk","Тұқым қуалайтын ауруы бар отбасыларға тегін ЭКҰ",
    "Бір балам муковисцидозбен туды, екіншісін күтуге қорқамыз, өйткені қауіп әр жүктілікте сақталады. "
    "Ұрықты генетикалық тексеруден өткізетін ЭКҰ-ның құны 3 миллион теңгеден асады. Отбасында тұқым "
    "қуалайтын ауыр ауру анықталған ерлі-зайыптыларға эмбрионды генетикалық тексерумен бірге ЭКҰ-ны "
    "мемлекеттік квота бойынша тегін жасау керек."),
  P("AK19b","ru","ЭКО с генетическим тестом эмбрионов по квоте",
    "Семьи, где уже есть ребёнок с тяжёлой наследственной болезнью, должны получать бесплатное ЭКО с "
    "предимплантационной диагностикой. Иначе выбор жестокий: рисковать снова или вообще отказаться от детей. "
    "Квоты на ЭКО сейчас есть, но генетическое тестирование эмбрионов в них не входит."))
case("cross",
  P("AK20a","kk","Сирек ауруы бар балалардың тісін наркозбен тегін емдеу",
    "Көбелек балалардың аузы тез жараланады, ал ауыр бұлшықет ауруы бар бала аузын ұзақ аша алмайды, "
    "оларды қарапайым стоматолог креслосында емдеу мүмкін емес. Жекеменшік клиникада жалпы наркозбен тіс "
    "емдеу 250 мың теңгеден басталады. Осындай балалардың тісін облыстық балалар ауруханасында жалпы "
    "наркозбен тегін емдеу керек."),
  P("AK20b","ru","Лечение зубов под общим наркозом бесплатно",
    "У наших детей с редкими заболеваниями зубы разрушаются быстрее, а лечить их в обычном кресле "
    "невозможно. Просим, чтобы областные детские больницы бесплатно лечили зубы таким детям под общей "
    "анестезией, — сейчас мы возим их в платные клиники Алматы."))
case("cross",
  P("AK21a","kk","Сирек аурулар күнін ресми түрде атап өтейік",
    "Ақпанның соңғы күні бүкіл әлемде сирек аурулар күні саналады, ал бізде оны тек ата-аналар өз күшімен "
    "атап өтеді. Әкімдіктер осы күні жыл сайын мектептерде, БАҚ-та, көшедегі экрандарда сирек аурулар "
    "туралы ақпараттық науқан өткізуі керек."),
  P("AK21b","ru","День редких заболеваний — на уровне акиматов",
    "Люди до сих пор спрашивают, не заразен ли мой сын. Предлагаем, чтобы акиматы каждый год в последний "
    "день февраля проводили информационную кампанию о редких заболеваниях, — пусть хотя бы раз в год об "
    "этом говорят громко."))
case("cross",
  P("AK22a","kk","Ата-аналар мектебіне мемлекеттік әлеуметтік тапсырыс",
    "Диагноз қойылғаннан кейін ата-анаға күтімді, тамақтандыруды, құжат рәсімдеуді біздей тәжірибелі "
    "аналар үйретеді, ал пациенттер ұйымдары бұл жұмысты ерікті түрде, өз қалтасынан атқарып келеді. Сирек "
    "ауруы бар балалардың ата-аналарына арналған мектептерді мемлекеттік әлеуметтік тапсырыс арқылы "
    "қаржыландыруды сұраймыз."),
  P("AK22b","ru","Госсоцзаказ на школы для родителей",
    "Пациентские организации годами бесплатно ведут «школы родителей»: учат ухаживать за ребёнком, "
    "оформлять инвалидность, не сдаваться. Пора закладывать эту работу в государственный социальный заказ, "
    "чтобы НПО могли платить консультантам и работать во всех областях, а не только в Алматы."))
case("cross",
  P("AK23a","kk","Тіркелмеген орфандық дәріні әкелуді жеңілдету",
    "Кейбір сирек ауруларға арналған дәрі Қазақстанда тіркелмеген, оны бір науқас үшін әкелуге рұқсат алу "
    "айларға созылады, ал осы уақытта бала нашарлап кетеді. Нақты науқасқа тағайындалған тіркелмеген "
    "дәріні бір реттік әкелуге рұқсатты жылдам әрі қарапайым тәртіппен беру керек."),
  P("AK23b","ru","Разовый ввоз незарегистрированного препарата — без волокиты",
    "Просим упростить разрешение на разовый ввоз лекарства, не зарегистрированного в Казахстане, если оно "
    "назначено конкретному пациенту с редким заболеванием. Мы собирали документы пять месяцев, и всё это "
    "время ребёнок оставался без терапии."))
case("cross",
  P("AK24a","kk","Дәріні дәрігер мен отбасының келісімінсіз ауыстырмау",
    "Тендерде басқа өндіруші жеңген соң, гемофилиясы бар ұлымның фактор препаратын бір күнде ауыстыра салды, "
    "артынан ингибитор пайда болды. Сирек ауруға арналған дәріні басқа өндірушінің дәрісіне тек емдеуші "
    "дәрігердің шешімімен және отбасының келісімімен ауыстыру керек."),
  P("AK24b","ru","Не менять препарат из-за тендера",
    "Сейчас пациента с редким заболеванием могут перевести на аналог другого производителя только потому, "
    "что тот выиграл закупку, а для наших болезней это опасно. Нужна норма: замена препарата — только по "
    "решению лечащего врача и с письменного согласия пациента или родителей."))
case("cross",
  P("AK25a","kk","Алакөл жағасында сирек ауруы бар балаларға жазғы лагерь",
    "Біздің балалар жазда үйден шықпайды: қарапайым лагерьлер оларды «жауапкершілігі көп» деп қабылдамайды. "
    "Алакөл жағасында дәрігері мен медбикесі бар, арбамен жүруге ыңғайлы жазғы сауықтыру лагерін ашып, оған "
    "сирек ауруы бар балаларды ата-анасымен бірге тегін жіберу керек."),
  P("AK25b","ru","Летний лагерь на Алаколе для особых детей",
    "Обычные детские лагеря отказывают ребёнку с муковисцидозом или СМА, а ведь ему тоже нужны озеро, друзья "
    "и лето. Предлагаем акимату области Жетісу открыть на Алаколе доступный лагерь с медпостом, куда дети с "
    "редкими заболеваниями бесплатно ездили бы вместе с родителем."))

# ---------------- cross-language, no translations: kk/en (4)
case("cross",
  P("AK26a","kk","Ферменттік терапияны үйде құю",
    "Мукополисахаридозы бар балалар аптасына бір рет 4–5 сағаттық тамшы дәріге ауруханаға барады, яғни бала "
    "мектепті, ата-ана жұмысты жібереді. Жағдайы тұрақты науқастарға ферментті алмастыру терапиясын үйге "
    "келетін медбике арқылы құюға рұқсат етіп, оны қаржыландыру керек."),
  P("AK26b","en","Enzyme infusions at home by a visiting nurse",
    "Children on enzyme replacement therapy spend a whole day in hospital every week just to sit on a drip, "
    "while in many countries a trained nurse comes to the patient's home instead. We ask that stable "
    "patients be offered home infusions by a visiting nurse, paid for by the Social Health Insurance Fund."))
case("cross",
  P("AK27a","kk","Сирек аурулар туралы жадынамалар қазақ тілінде",
    "Ауылда немересіне көбіне әжесі қарайды, бірақ ФКУ диетасы мен муковисцидоздағы ингаляция туралы "
    "нұсқаулықтардың бәрі орысша немесе ағылшынша. Пациенттерге арналған жадынамалар мен оқу материалдарын "
    "қазақ тілінде шығарып, емханаларда тегін таратуды сұраймыз."),
  P("AK27b","en","Patient guides on rare diseases in Kazakh",
    "The Ministry of Health should publish the diet charts, care manuals and leaflets for families with rare "
    "diseases in Kazakh and hand them out free in polyclinics. Today they exist only in Russian or English, "
    "so Kazakh-speaking parents in villages rely on a neighbour to translate."))
case("cross",
  P("AK28a","kk","Гендік терапияға мемлекеттік қор құру",
    "СМА-ға қарсы бір реттік гендік терапия миллиондаған доллар тұрады, оны тек екі жасқа дейін жасауға "
    "болады. Ата-аналар Instagram-да ақша жинап, уақытпен жарысады, көбі үлгермей қалады. Осындай қымбат "
    "гендік терапияны төлейтін арнайы мемлекеттік қор құру керек."),
  P("AK28b","en","A state fund to pay for gene therapy",
    "Right now a family whose baby needs gene therapy for SMA has to raise over two million dollars through "
    "online appeals, racing against the age limit. Create a dedicated state fund that pays for one-off gene "
    "therapies, so that no child's life depends on a post going viral."))
case("cross",
  P("AK29a","kk","Өмір бойғы дәріге рецепт ай сайын емес",
    "Ауруымыздың өмір бойы жазылмайтынын бәрі біледі, соған қарамастан орфандық дәріге рецептті ай сайын "
    "жаңарту үшін емханада кезекке тұрамыз, бір рецепт үшін жарты күн кетеді. Өмір бойы қабылданатын дәріге рецепт кемінде алты айға "
    "жазылуы керек."),
  P("AK29b","en","Longer prescriptions for lifelong orphan drugs",
    "My son will take this medicine for the rest of his life, yet every month I have to queue at the "
    "polyclinic for a new prescription. For lifelong treatment of a rare disease, one prescription should be "
    "valid for six months."))

# ---------------- cross-language, no translations: ru/en (4)
case("cross",
  P("AK30a","ru","Реестр клинических исследований для пациентов",
    "Для многих редких болезней единственный шанс — международное клиническое исследование, но семьи "
    "узнают о них случайно, от мам из соседних стран. Просим Минздрав вести открытый реестр исследований, "
    "в которые набирают пациентов из Казахстана, на казахском и русском языках."),
  P("AK30b","en","Tell patients which clinical trials they can join",
    "We propose a public online list of rare-disease clinical trials that are recruiting patients in "
    "Kazakhstan, with contacts and entry criteria in plain language. Today parents hear about trials from "
    "Facebook groups abroad, when recruitment has already closed."))
case("cross",
  P("AK31a","ru","К профильному врачу — без направления терапевта",
    "Каждый раз, чтобы попасть к своему генетику или неврологу, мы сначала сидим в очереди к участковому "
    "за направлением, хотя диагноз пожизненный. Просим дать пациентам с редкими заболеваниями право "
    "записываться к профильным специалистам напрямую."),
  P("AK31b","en","Direct booking with specialists for rare disease patients",
    "People with a rare disease should be able to book their geneticist, neurologist or pulmonologist "
    "directly, without going through a family doctor for a referral every time. The referral adds two or "
    "three weeks to each visit and tells the GP nothing new."))
case("cross",
  P("AK32a","ru","Бесплатные прививки всей семье пациента",
    "Для ребёнка с муковисцидозом или иммунодефицитом обычный грипп, принесённый братом из школы, нередко "
    "заканчивается реанимацией. Просим бесплатно прививать от гриппа и пневмококка не только самих "
    "пациентов с редкими заболеваниями, но и всех, кто живёт с ними в одном доме."),
  P("AK32b","en","Flu jabs for the whole household",
    "Vaccinate people living with rare diseases and everyone in their household against flu and "
    "pneumococcus free of charge every season. A fragile child can only be protected if the parents, "
    "brothers and sisters around them are protected too."))
case("cross",
  P("AK33a","ru","Индивидуальный план помощи ребёнку в школе",
    "Учитель не знает, что делать, если у мальчика с гемофилией началось кровотечение или у девочки с "
    "болезнью обмена — криз. Нужен обязательный индивидуальный план, который составляют врач, родители и "
    "школа, и короткое обучение для учителей и школьной медсестры."),
  P("AK33b","en","School health plans for children with rare conditions",
    "Every pupil with a rare disease should have a written health plan agreed by the doctor, the parents and "
    "the school, and the class teacher and school nurse should be trained to follow it. Our members' "
    "children have been sent home simply because staff were afraid."))

# ---------------- cross-language, no translations: kk/ru/en triple
case("cross",
  P("AK34a","kk","Сирек аурулардың ұлттық тіркелімін жасау",
    "Елде сирек ауруы бар қанша адам барын ешкім нақты білмейді: әр облыстың өз тізімі бар, кейбірі әлі "
    "қағазда, сондықтан дәрі де жетпей қалады. Барлық науқасты қамтитын бірыңғай электрондық ұлттық "
    "тіркелім құрып, дәрі сатып алуды соның негізінде жоспарлау керек."),
  P("AK34b","ru","Единый регистр пациентов с редкими болезнями",
    "Предлагаем создать единый электронный регистр пациентов с орфанными заболеваниями по всей стране. "
    "Сегодня данные разбросаны по областям и таблицам, закупки лекарств планируют «на глаз», и каждый год "
    "кому-то не хватает."),
  P("AK34c","en","One national register of rare disease patients",
    "Nobody can say how many people with rare diseases live in Kazakhstan, because each region keeps its own "
    "lists, some of them still on paper. We ask the Ministry of Health to set up a single national electronic "
    "register, so that drug purchases can be planned properly."))

# ---------------- traps: opposite asks with shared wording (must NOT merge)
case("trap-polarity",
  P("AK35a","kk","Қайырымдылық жинауда науқас балалардың суреті",
    "Әлеуметтік желіде емделуге ақша жинағанда ауру баланың суреті, диагнозы, тіпті ауруханадағы видеосы "
    "жарияланады, кейде аты-жөні мен мекенжайы да көрсетіледі. Қайырымдылық қорлары мен ата-аналардың ақша жинау хабарландыруларында науқас балалардың "
    "суретін жариялауға рұқсат беру керек."),
  P("AK35b","kk","Қайырымдылық жинауда науқас балалардың суреті",
    "Әлеуметтік желіде емделуге ақша жинағанда ауру баланың суреті, диагнозы, тіпті ауруханадағы видеосы "
    "жарияланады, кейде аты-жөні мен мекенжайы да көрсетіледі. Қайырымдылық қорлары мен ата-аналардың ақша жинау хабарландыруларында науқас балалардың "
    "суретін жариялауға тыйым салу керек."),
  note="allow vs ban")
case("trap-polarity",
  P("AK36a","kk","Орфандық дәріге жыл сайынғы комиссия",
    "Қазір сирек ауруға арналған қымбат дәрі тағайындалған соң, емді жалғастыру туралы шешімді облыстық "
    "комиссия қарайды. Орфандық дәріні алу үшін науқас жыл сайын облыстық комиссиядан қайта өтуі керек, "
    "бұл тәртіп бекітілген ережеде нақты жазылсын."),
  P("AK36b","kk","Орфандық дәріге жыл сайынғы комиссия",
    "Қазір сирек ауруға арналған қымбат дәрі тағайындалған соң, емді жалғастыру туралы шешімді облыстық "
    "комиссия қарайды. Орфандық дәріні алу үшін науқас жыл сайын облыстық комиссиядан қайта өтпеуі керек, "
    "бұл тәртіп бекітілген ережеде нақты жазылсын."),
  note="-уы керек vs -мауы керек (өтуі vs өтпеуі)")
case("trap-polarity",
  P("AK37a","kk","Сирек ауруы бар баланы күтетін ата-ананың жәрдемақысы",
    "Мүгедек баланы күтіп отырған ата-анаға берілетін жәрдемақының мөлшері республикалық бюджетпен бірге "
    "жыл сайын қайта қаралады, биыл да бұл мәселе талқыланып жатыр. Ауыр сирек ауруы бар баланы бағып отырған ата-анаға берілетін жәрдемақыны "
    "көбейту керек."),
  P("AK37b","kk","Сирек ауруы бар баланы күтетін ата-ананың жәрдемақысы",
    "Мүгедек баланы күтіп отырған ата-анаға берілетін жәрдемақының мөлшері республикалық бюджетпен бірге "
    "жыл сайын қайта қаралады, биыл да бұл мәселе талқыланып жатыр. Ауыр сирек ауруы бар баланы бағып отырған ата-анаға берілетін жәрдемақыны "
    "азайту керек."),
  note="increase vs reduce")
case("trap-polarity",
  P("AK38a","ru","Фармкомпании и пациентские организации",
    "Многие пациентские организации в Казахстане живут в основном на деньги фармацевтических компаний, и вокруг этого на каждом "
    "нашем форуме идут жаркие споры. Предлагаем законодательно разрешить фармацевтическим компаниям напрямую "
    "финансировать пациентские организации."),
  P("AK38b","ru","Фармкомпании и пациентские организации",
    "Многие пациентские организации в Казахстане живут в основном на деньги фармацевтических компаний, и вокруг этого на каждом "
    "нашем форуме идут жаркие споры. Предлагаем законодательно запретить фармацевтическим компаниям напрямую "
    "финансировать пациентские организации."),
  note="allow vs ban")
case("trap-polarity",
  P("AK39a","ru","Курсы реабилитации при миодистрофии Дюшенна",
    "Сейчас ребёнку с миодистрофией Дюшенна по направлению положено определённое число бесплатных курсов "
    "реабилитации в год, и родители спорят, сколько их нужно. Просим увеличить количество бесплатных курсов "
    "реабилитации в год для детей с миодистрофией Дюшенна."),
  P("AK39b","ru","Курсы реабилитации при миодистрофии Дюшенна",
    "Сейчас ребёнку с миодистрофией Дюшенна по направлению положено определённое число бесплатных курсов "
    "реабилитации в год, и родители спорят, сколько их нужно. Просим сократить количество бесплатных курсов "
    "реабилитации в год для детей с миодистрофией Дюшенна."),
  note="increase vs reduce")
case("trap-polarity",
  P("AK40a","en","Medical equipment on domestic flights",
    "Families flying to Almaty or Astana for treatment often have to check in a wheelchair, a ventilator and "
    "a suction pump. Airlines should be required to carry the medical equipment of passengers with rare "
    "diseases free of charge."),
  P("AK40b","en","Medical equipment on domestic flights",
    "Families flying to Almaty or Astana for treatment often have to check in a wheelchair, a ventilator and "
    "a suction pump. Airlines should not be required to carry the medical equipment of passengers with rare "
    "diseases free of charge."),
  note="should vs should not be required")
case("trap-number",
  P("AK41a","kk","Мүгедек баланы күткен аналарға ерте зейнет",
    "Сирек ауруы бар мүгедек баланы бағып, жылдар бойы жұмыс істей алмаған аналардың зейнетақы жинағы жоқтың қасы. "
    "Мұндай баланы кемінде 5 жыл бағып-күткен анаға мерзімінен бұрын зейнеткерлікке шығу құқығын беру "
    "керек."),
  P("AK41b","kk","Мүгедек баланы күткен аналарға ерте зейнет",
    "Сирек ауруы бар мүгедек баланы бағып, жылдар бойы жұмыс істей алмаған аналардың зейнетақы жинағы жоқтың қасы. "
    "Мұндай баланы кемінде 10 жыл бағып-күткен анаға мерзімінен бұрын зейнеткерлікке шығу құқығын беру "
    "керек."),
  note="5 vs 10 years of care")
case("trap-number",
  P("AK42a","ru","Ежегодный рост финансирования орфанных препаратов",
    "Число пациентов с орфанными заболеваниями растёт, а бюджет на лекарства для них из года в год почти не "
    "меняется. Предлагаем закрепить правило: финансирование закупки орфанных препаратов ежегодно "
    "увеличивается не менее чем на 15 %."),
  P("AK42b","ru","Ежегодный рост финансирования орфанных препаратов",
    "Число пациентов с орфанными заболеваниями растёт, а бюджет на лекарства для них из года в год почти не "
    "меняется. Предлагаем закрепить правило: финансирование закупки орфанных препаратов ежегодно "
    "увеличивается не менее чем на 25 %."),
  note="15 % vs 25 %")
case("trap-number",
  P("AK43a","en","A one-off payment when a rare disease is diagnosed",
    "The first months after a rare diagnosis are the most expensive: tests, trips to Almaty, special formula "
    "and equipment. Families should receive a one-off payment of 300,000 tenge when a child is diagnosed "
    "with a rare disease."),
  P("AK43b","en","A one-off payment when a rare disease is diagnosed",
    "The first months after a rare diagnosis are the most expensive: tests, trips to Almaty, special formula "
    "and equipment. Families should receive a one-off payment of 500,000 tenge when a child is diagnosed "
    "with a rare disease."),
  note="300,000 vs 500,000 tenge")
case("trap-number",
  P("AK44a","kk","Орфандық дәрінің алғашқы дозасы қашан беріледі",
    "Рецепт жазылады, бірақ сирек ауруға арналған дәрі дәріханаға айлап, кейде екі-үш ай бойы келмей, науқас емсіз отырады. "
    "Дәрігер орфандық дәріні тағайындаған күннен бастап науқас алғашқы дозаны 10 күн ішінде алуы керек."),
  P("AK44b","kk","Орфандық дәрінің алғашқы дозасы қашан беріледі",
    "Рецепт жазылады, бірақ сирек ауруға арналған дәрі дәріханаға айлап, кейде екі-үш ай бойы келмей, науқас емсіз отырады. "
    "Дәрігер орфандық дәріні тағайындаған күннен бастап науқас алғашқы дозаны 30 күн ішінде алуы керек."),
  note="10 vs 30 days")

# ---------------- look-alikes: same topic, different asks (must NOT merge)
case("distinct",
  P("AK45a","kk","Шымкентте гемофилия орталығын ашу",
    "Оңтүстік өңірлерде гемофилиясы бар жүзден астам адам тұрады, бірақ арнайы орталық тек Алматы мен "
    "Астанада. Буынға қан құйылған сайын Шымкенттен ұшақпен не пойызбен жүреміз. Шымкентте гематолог, "
    "ортопед және физиотерапевт бір жерде қабылдайтын гемофилия орталығын ашу керек."),
  P("AK45b","kk","Гемофилиясы бар ересектерге буын ауыстыру квотасы",
    "Жас кезінде дұрыс емделмеген гемофилиясы бар ересектердің тізе мен жамбас буындары істен шығып, "
    "отыздан асқанда олар арбаға таңылады. Гемофилиясы бар ересектерге буынды эндопротезбен ауыстыру "
    "операциясын жыл сайын жеке квотамен тегін жасау керек."),
  note="haemophilia: a treatment centre in Shymkent vs joint-replacement quota")
case("distinct",
  P("AK46a","ru","Электроколяски для подростков с Дюшенном",
    "К 12–13 годам мальчики с миодистрофией Дюшенна уже не могут сами крутить колёса, а выдают им обычную "
    "механическую коляску. Просим выдавать подросткам с Дюшенном электрические коляски с поддержкой спины "
    "и головы за счёт государства."),
  P("AK46b","ru","Сердце мальчиков с Дюшенном под контролем",
    "Ребята с Дюшенном чаще всего погибают не от слабости ног, а от сердечной недостаточности, которую "
    "замечают слишком поздно. Нужно, чтобы каждый такой ребёнок раз в год бесплатно проходил осмотр "
    "кардиолога с УЗИ сердца, а с десяти лет — МРТ сердца."),
  note="Duchenne: electric wheelchairs vs yearly heart checks")
case("distinct",
  P("AK47a","en","Accessible beaches on Lake Alakol",
    "Every summer families of children in wheelchairs come to Usharal and Koktuma, but they cannot reach the "
    "water over deep sand and steps. The Alakol district akimat should lay firm paths down to the water and "
    "fit ramps and accessible changing cabins on at least two public beaches."),
  P("AK47b","en","A visiting child neurologist for Usharal",
    "Children with neuromuscular diseases from Usharal and nearby villages travel over 300 km to "
    "Taldykorgan just to see a child neurologist. We ask the regional health department to send a paediatric "
    "neurologist to the Usharal district hospital once a month."),
  note="Usharal and Alakol: accessible beaches vs a visiting neurologist")
case("distinct",
  P("AK48a","kk","Өнім қаптамасында фенилаланин мөлшері жазылсын",
    "Фенилкетонуриясы бар бала дүкендегі өнімді таңдағанда ақуыз бен фенилаланиннің қанша екенін біле "
    "алмайды, қаптамада бұл жазылмайды, ата-аналар әр өнімді интернеттен іздеп әуре болады. Қаптамалы азық-түлік өндірушілері жапсырмада фенилаланин мөлшерін "
    "қазақ және орыс тілдерінде міндетті түрде көрсетуі керек."),
  P("AK48b","en","Home blood tests for children with PKU",
    "Children with PKU need their phenylalanine level checked often, but in our region that means a trip to "
    "the regional lab each time. Families should receive free dried-blood-spot kits to take a drop of blood "
    "at home and post it to the lab every month."),
  note="PKU: phenylalanine on food labels vs free home blood-spot tests")
case("distinct",
  P("AK49a","ru","Операции на позвоночнике при СМА — в Казахстане",
    "У детей со спинальной мышечной атрофией быстро развивается тяжёлый сколиоз, и без операции им трудно "
    "сидеть и дышать. Такие операции сейчас делают в основном за границей, за деньги из сборов. Просим "
    "наладить их в Казахстане и проводить бесплатно."),
  P("AK49b","en","SMA treatment should not stop at adulthood",
    "Adults with spinal muscular atrophy are left out: drug therapy is funded for children, and at 18 many "
    "lose it just as they start university or work. We ask the Ministry of Health to fund SMA drug therapy "
    "for adult patients as well."),
  note="SMA: spine surgery at home vs drug therapy for adults")
