# A forum "Ulytau" (held out entirely): written BLIND as an outside measure of recbook's merge step,
# without seeing the merge rules (src/recbook/merge/), docs/, README.md, the tests (tests/), any other
# bench/*.py script or any dedupe output or score, and to be run ONCE. Nothing here was tuned on a
# run; recbook and dedupe were not run. Only bench/data/make_eval.py (generator and format), the first
# 100 lines of forum_torgai_cases.py (format example), the header comments (first 45 lines) of the
# other bench/data/forum_*_cases.py files (to avoid their topics, asks and voices) and
# /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Field: WORK, WAGES AND PENSIONS (a field the tool's authors did not write for).
# Voice: MIXED, as trade-union activists, labour inspectors, couriers and taxi drivers, HR managers,
# job-centre staff and pensioners write at a national labour forum held in Zhezkazgan (Ulytau
# region), with delegates from Satpayev, Karaganda, Aksu, Ekibastuz, Pavlodar, Shymkent and Almaty:
# about half the proposals are ONE short sentence (at most ~20 words, some without a verb), half are
# 2-4 sentences with a reason (a case from the shop floor, a figure, then the ask, or the ask then
# "because"). Paraphrase pairs are mostly one terse sentence against another terse sentence in OTHER
# words (synonyms, another verb, another word order), as two people write the same card. Abbreviations
# as people use them (ЕТЖ, МРЗП, БЖЗҚ, ЕНПФ, UAPF, МӘМС, ОСМС, МКЗЖ, ОПВР, СИЗ, eGov). Some numbers in
# digits, some in words. kk 38, ru 34, en 25 of 97 proposals.
# Topics (chosen so the other forums' headers do not list them; Nura already covers miners' early
# pensions, methane sensors, retraining of laid-off miners, union registration, occupational-disease
# recognition and pre-shift checks; Emba equal pay for expatriates and shift caps; Balqash heat
# breaks; Shu migrant registration and foreign labour quotas; Kendir the first-job tax holiday and
# Aqsu alimony from platforms, so those were left out): accident insurance for couriers paid by the
# platform, barring firms with wage arrears from public procurement, certified PPE, the real salary
# range in job-centre vacancies, free safety harnesses for work at height; indexing the minimum wage
# to inflation, a wage subsidy for hiring graduates without experience, pension savings for
# children's tuition, no blocking of couriers' accounts without a reason, unannounced labour
# inspections, a 12-hour cap for taxi drivers in apps, a wage guarantee fund on bankruptcy, online
# registration as unemployed, reimbursing employers for adapted workplaces, rights leaflets for
# migrants in their languages, dismissal protection for union leaders, a pension forecast in the
# UAPF app; professional pension contributions for ferro-alloy smelters, a monthly list of employers
# in wage arrears, paid hours for public safety inspectors, platforms paying couriers' health
# insurance, retraining vouchers, summer jobs for teenagers, fines for ignoring the disability quota,
# a ban on holding migrants' passports, stopping outdoor work below -30, childcare-leave pension
# contributions, collective agreements in larger firms, a cap on taxi-app commission, a job-centre
# bus for remote villages, reporting envelope wages, hearing tests in noisy shops, warm-up points for
# couriers, digital courses for job seekers over 50, anonymous complaints to the labour inspectorate
# (kk/ru/en); traps on teenage evening courier work, mandatory e-registration of labour contracts,
# the employer pension contribution, foreign taxi drivers, the sufficiency threshold, couriers as
# employees; number traps on unemployment benefit (months), the penalty for late wages (per cent a
# day), extra leave for hazardous work (days), paid youth internships (months); look-alikes on the
# job centre, the UAPF and disabled workers.
# Kinds and counts (48 cases, 97 proposals): exact 1 (en); spelling 3 (typos in key words, one each
# in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 12 same-language pairs written as by two
# different people (kk 5, ru 5, en 2; mostly terse vs terse with other words, a few terse vs full);
# cross 18 cases = 20 cross-language pairs with NO translation supplied (kk/ru 9, kk/en 4, ru/en 4,
# and one kk/ru/en triple = 3 pairs); trap-polarity 6 with shared wording (kk: allow vs ban, -уы
# керек vs -мауы керек, increase vs reduce; ru: allow vs ban, increase vs reduce; en: should vs
# should not); trap-number 4 (months, per cent a day, days, months); distinct 3 (same topic,
# different asks). No singletons: the kinds above already give 97 proposals.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_ulytau_cases.py /work/wt/blind/forum_ulytau.yaml

# ---------------- exact, spelling and homoglyph variants
_U01 = ("Courier apps take a cut of every order but a rider hit by a car pays for hospital himself. "
        "Platforms should buy accident insurance for every active courier, at their own cost.")
case("exact",
  P("UL01a","en","Accident insurance for couriers", _U01),
  P("UL01b","en","Insurance for delivery riders", _U01))
case("spelling",
  P("UL02a","kk","Жалақы берешегі барларға мемлекеттік сатып алу жабылсын",
    "Бюджеттен тапсырыс алып отырған мердігерлер өз жұмысшыларына айлап ақша төлемейді. Жұмысшыларына үш "
    "айдан артық жалақы берешегі бар компаниялар мемлекеттік сатып алуға қатыспауы тиіс."),
  P("UL02b","kk","Жалақы берешегі барларға мемлекеттік сатып алу жабылсын",
    "Бюджеттен тапсырыс алып отырған мердігерлер өз жұмысшыларына айлап ақша төлемейді. Жұмысшыларына үш "
    "айдан артық жалақы берешеді бар компаниялар мемлекттік сатып алуға қатыспауы тиіс."))
case("spelling",
  P("UL03a","ru","Только сертифицированные СИЗ",
    "На обогатительных фабриках закупают самые дешёвые каски и респираторы, которые рвутся через неделю. "
    "Нужно запретить работодателям выдавать несертифицированные средства индивидуальной защиты и проверять "
    "это при каждой проверке."),
  P("UL03b","ru","Только сертифицированые СИЗ",
    "На обогатительных фабриках закупают самые дешёвые каски и респираторы, которые рвутся через неделю. "
    "Нужно запретить работодателям выдавать несертифицированные средства индивидуальной зашиты и проверять "
    "это при каждой провверке."))
case("spelling",
  P("UL04a","en","Real salaries in job-centre vacancies",
    "Vacancies on the job-centre portal should show the actual salary range, not \"by agreement\"."),
  P("UL04b","en","Real salaries in job-centre vacancies",
    "Vacancies on the job-centre portal should show the actual salery range, not \"by agreemnt\"."))
_U05t = "Биіктікте жұмыс істейтіндерге сақтандыру белдігі"
_U05 = ("Жезқазған мен Сәтбаевтағы құрылыс алаңдарында биіктіктен құлап жарақат алу жиі кездеседі, ал "
        "жұмысшыларға сақтандыру белдігін өз ақшасына сатып алуды айтады. Биіктікте жұмыс істейтін әр "
        "адамға белдік пен каска жұмыс беруші есебінен тегін берілуі керек.")
case("homoglyph",
  P("UL05a","kk",_U05t,_U05),
  P("UL05b","kk",homo(_U05t, 3),homo(_U05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("UL06a","kk","ЕТЖ-ны инфляцияға байлау",
    "Ең төменгі жалақы жыл сайын инфляция деңгейіне қарай индекстелсін."),
  P("UL06b","kk","Ең төменгі жалақы бағамен бірге өссін",
    "Баға қанша өссе, ЕТЖ мөлшері де әр жыл басында соншалық көтерілуі керек."),
  note="terse vs terse: indexation vs 'grow as much as prices'")
case("paraphrase",
  P("UL07a","kk","Тәжірибесіз түлекті алған кәсіпкерге көмек",
    "Тәжірибесі жоқ түлекті жұмысқа алған кәсіпкерге оның жалақысының жартысын мемлекет бір жыл өтесін."),
  P("UL07b","kk","Алғашқы жұмыс орнына субсидия",
    "Колледж бен университет бітірген жастарды «тәжірибе жоқ» деп ешкім алмайды. Жас маманды алғашқы "
    "жұмысына қабылдаған жұмыс берушіге жалақысының бір бөлігін бюджет субсидиялауы керек, сонда оларға "
    "есік ашылады."),
  note="terse vs a reasoned card; half the wage = part of the wage")
case("paraphrase",
  P("UL08a","kk","Зейнетақы жинағы – балалардың оқуына",
    "БЖЗҚ-дағы жеткіліктілік шегінен асқан жинақпен баланың оқу ақысын төлеуге рұқсат берілсін."),
  P("UL08b","kk","Артық жинақпен оқу ақысын төлеу",
    "Зейнетақы шотындағы артық ақшаны бала колледжде не ЖОО-да оқығанда контрактқа жұмсауға болатын болсын."),
  note="terse vs terse: БЖЗҚ / зейнетақы шоты, оқу ақысы / контракт")
case("paraphrase",
  P("UL09a","kk","Курьерді ескертусіз бұғаттауға тыйым",
    "Жеткізу қосымшаларына курьерді себебін айтпай бұғаттауға тыйым салу керек."),
  P("UL09b","kk","Аккаунтты өшірсе – түсіндірсін",
    "Платформа курьердің аккаунтын өшірер алдында себебін жазбаша хабарлап, шағымдануға мүмкіндік беруі тиіс."),
  note="ban vs a positive duty to explain; other verbs")
case("paraphrase",
  P("UL10a","kk","Еңбек инспекциясы ескертусіз тексерсін",
    "Еңбек инспекторлары зауыттар мен кеніштерге алдын ала хабарламай тексеріске бара алуы керек."),
  P("UL10b","kk","Күтпеген тексеру құқығын қайтару",
    "Кәсіпорынға тексеру туралы бір ай бұрын хабарласа, бәрін жасырып үлгереді. Инспекцияға кенеттен, "
    "хабарсыз келу құқығын қайтарайық."),
  note="terse vs two sentences with a reason")
case("paraphrase",
  P("UL11a","ru","Не больше 12 часов за рулём такси",
    "Агрегаторы должны отключать водителя от заказов после 12 часов работы в сутки."),
  P("UL11b","ru","Лимит смены для таксистов в приложениях",
    "Ограничить рабочий день таксиста в агрегаторе двенадцатью часами, дальше приложение не даёт заказы."),
  note="terse vs terse; digits vs words")
case("paraphrase",
  P("UL12a","ru","Фонд гарантирования зарплат",
    "Создать фонд, который выплатит работникам долги по зарплате, если работодатель обанкротился."),
  P("UL12b","ru","Кто заплатит, если завод банкрот",
    "Когда предприятие банкротится, рабочие годами ждут свои деньги в очереди кредиторов. Задолженность по "
    "заработной плате в таких случаях должен сразу гасить специальный гарантийный фонд, а потом сам "
    "взыскивать с должника."),
  note="terse vs full with a reason")
case("paraphrase",
  P("UL13a","ru","Встать на учёт безработным онлайн",
    "Регистрация в качестве безработного через eGov, без личного визита в центр занятости."),
  P("UL13b","ru","Центр занятости без очереди",
    "Пусть статус безработного можно будет получить дистанционно, не приходя в центр занятости."),
  note="terse vs terse; nominal vs verbal")
case("paraphrase",
  P("UL14a","ru","Компенсация за оборудованное рабочее место",
    "Возмещать работодателю расходы на оборудование рабочего места для сотрудника с инвалидностью."),
  P("UL14b","ru","Пандусы и спецтехника за счёт государства",
    "Бизнес охотнее возьмёт человека с инвалидностью, если государство вернёт ему деньги за пандус, "
    "поручни и специальную технику для этого работника."),
  note="terse vs a one-sentence argument with other nouns")
case("paraphrase",
  P("UL15a","ru","Памятки для мигрантов на родных языках",
    "Выдавать трудовым мигрантам на границе памятку об их правах на узбекском, кыргызском и таджикском."),
  P("UL15b","ru","Права приезжих работников — на их языке",
    "Иностранные рабочие должны получать при въезде листовку о трудовых правах на родном языке."),
  note="terse vs terse; listed languages vs 'native language'")
case("paraphrase",
  P("UL16a","en","Protect union leaders from dismissal",
    "Elected union leaders should not be fired without the consent of the higher union body."),
  P("UL16b","en","No sacking of union reps",
    "An employer must get the union federation's approval before dismissing an elected union representative."),
  note="terse vs terse; negative vs positive duty")
case("paraphrase",
  P("UL17a","en","Pension forecast in the UAPF app",
    "The UAPF (ENPF) app should show an estimate of my future monthly pension."),
  P("UL17b","en","How much will I get at retirement?",
    "Add a calculator of expected retirement income to the pension fund's mobile app."),
  note="terse vs terse; UAPF named vs 'the pension fund'")

# ---------------- cross-language pairs, written independently, NO translation supplied
case("cross",
  P("UL18a","kk","Ферроқорытпа балқытушыларына кәсіптік зейнетақы жарнасы",
    "Ақсу ферроқорытпа зауытының балқыту цехтарында адамдар 1500 градус пештің қасында тұрады, бірақ олар "
    "зиянды өндіріс тізіміне толық кірмеген. Балқытушыларды МКЗЖ төленетін кәсіптер тізіміне қосу керек, "
    "сонда олар ертерек зейнетке шыға алады."),
  P("UL18b","ru","Плавильщики Аксу — в список вредных профессий",
    "Включить плавильщиков ферросплавных печей в перечень профессий с обязательными профессиональными "
    "пенсионными взносами (ОПВР), чтобы у них было право на досрочную пенсию."))
case("cross",
  P("UL19a","kk","Жалақы берешегі бар жұмыс берушілердің тізімі",
    "Жалақы берешегі бар жұмыс берушілердің тізімі ай сайын облыс әкімдігінің сайтында жариялансын."),
  P("UL19b","ru","Публичный список должников по зарплате",
    "Люди устраиваются на работу и только через полгода узнают, что фирма никому не платит. Акиматы должны "
    "каждый месяц публиковать перечень предприятий, задолжавших работникам зарплату, с суммой долга."))
case("cross",
  P("UL20a","ru","Время для общественных инспекторов по охране труда",
    "Общественный инспектор по охране труда в цеху делает всё в обеденный перерыв. Ему нужны оплачиваемые "
    "часы на обходы, закреплённые в коллективном договоре."),
  P("UL20b","kk","Қоғамдық инспекторға ақылы уақыт",
    "Еңбекті қорғау жөніндегі қоғамдық инспекторларға тексеру жүргізу үшін жалақысы сақталатын жұмыс уақыты "
    "берілсін."))
case("cross",
  P("UL21a","kk","Курьердің МӘМС жарнасын платформа төлесін",
    "Жеткізу платформалары курьерлердің міндетті медициналық сақтандыру жарнасын өздері аударуы керек."),
  P("UL21b","ru","ОСМС за курьеров",
    "Курьер работает на агрегатор по десять часов в день, а в поликлинике ему говорят, что он не застрахован. "
    "Взносы ОСМС за курьеров пусть удерживают и перечисляют сами сервисы доставки."))
case("cross",
  P("UL22a","ru","Ваучер на переобучение",
    "Безработному нужно дать ваучер, с которым он сам выберет курсы в любом лицензированном учебном центре, "
    "а не только там, куда направит центр занятости."),
  P("UL22b","kk","Қайта оқуды жұмыссыз өзі таңдасын",
    "Еңбек орталығы ұсынатын курстар көбіне ескі: тігінші, аспаз. Жұмыссыз адамға оқу ваучерін беріп, "
    "кез келген лицензиясы бар оқу орталығында өзі қалаған мамандыққа оқуға мүмкіндік берейік."))
case("cross",
  P("UL23a","kk","Жасөспірімдерге жазғы жұмыс",
    "Жазғы демалыста 16–17 жастағы оқушыларға әкімдік арқылы ақылы уақытша жұмыс орындары ашылсын."),
  P("UL23b","ru","Летняя занятость подростков",
    "Подростки летом слоняются без дела или идут в курьеры без договора. Акиматам стоит организовать для "
    "школьников 16–17 лет оплачиваемые летние рабочие места: благоустройство, лагеря, библиотеки."))
case("cross",
  P("UL24a","ru","Штраф за невыполненную квоту",
    "Компании, которые не выполняют квоту рабочих мест для людей с инвалидностью, должны реально платить штраф."),
  P("UL24b","kk","Квотаны орындамағандарға айыппұл",
    "Заң бойынша ірі кәсіпорындар мүгедектігі бар адамдарға жұмыс орнын бөлуі тиіс, бірақ оны ешкім "
    "тексермейді. Квотаны орындамаған жұмыс берушіге айыппұл салынуы керек."))
case("cross",
  P("UL25a","kk","Мигранттың төлқұжатын ұстауға тыйым",
    "Жұмыс берушілерге еңбек мигранттарының төлқұжатын өзінде ұстауға тыйым салынсын, бұзғанға айыппұл."),
  P("UL25b","ru","Паспорт — у владельца",
    "На стройках Шымкента и Алматы прорабы забирают паспорта у рабочих из Узбекистана и Кыргызстана, чтобы "
    "те не ушли. Изъятие документов у мигрантов работодателем надо прямо запретить и наказывать."))
case("cross",
  P("UL26a","ru","Мороз ниже −30 — стоп работам на улице",
    "При морозе ниже −30 °C работы на открытом воздухе должны останавливаться с сохранением зарплаты."),
  P("UL26b","kk","Қатты аязда сыртта жұмыс істемеу",
    "Екібастұз бен Сәтбаевта қыста аяз отыз градустан асып кетеді, ал құрылысшылар мен жол жөндеушілер "
    "далада жұмысын жалғастыра береді. Ауа температурасы минус отыздан төмен түскенде ашық аспан астындағы "
    "жұмыс тоқтатылып, жалақы сақталуы керек."))
case("cross",
  P("UL27a","kk","Бала күтіміндегі аналарға зейнетақы жарнасы",
    "Бала күтімі демалысындағы аналардың зейнетақы жарнасын мемлекет бір жыл емес, үш жыл бойы төлесін."),
  P("UL27b","en","Pension contributions during childcare leave",
    "A mother who stays home with her child loses years of pension savings. The state covers her "
    "contributions for only the first year; it should pay them for the full three years of childcare leave."))
case("cross",
  P("UL28a","en","Collective agreements in larger firms",
    "Every company with more than 100 employees should be obliged to sign a collective agreement with its "
    "staff."),
  P("UL28b","kk","Ұжымдық шарт міндетті болсын",
    "Көп кәсіпорында жұмысшылардың құқығы тек еңбек шартымен шектеледі, ал әлеуметтік кепілдіктер жазылмаған. "
    "Жүзден көп қызметкері бар жұмыс берушілер үшін ұжымдық шарт жасасу міндетті болуы керек."))
case("cross",
  P("UL29a","kk","Такси агрегаторының комиссиясына шек",
    "Такси қосымшалары жүргізушіден алатын комиссия әр сапардың 15 пайызынан аспасын."),
  P("UL29b","en","Cap the taxi-app commission",
    "Drivers in Almaty now give the app up to a quarter of every fare, and fuel keeps getting dearer. We "
    "ask for a legal cap of 15% on the commission ride-hailing platforms charge drivers."))
case("cross",
  P("UL30a","en","A job-centre bus for remote villages",
    "People in far-off villages of Ulytau region cannot travel 200 km to register or ask about jobs. A mobile "
    "job-centre bus should visit each rural okrug at least once a month."),
  P("UL30b","kk","Жылжымалы Еңбек орталығы",
    "Шалғай ауылдарға ай сайын жылжымалы Еңбек орталығы келіп, жұмыс іздеушілерді тіркеп, бос орындар туралы "
    "айтып тұрсын."))
case("cross",
  P("UL31a","ru","Сообщить о зарплате в конверте",
    "Сделать анонимную линию, куда работник может сообщить о «серой» зарплате в конверте, с вознаграждением "
    "за подтверждённые сигналы."),
  P("UL31b","en","Report envelope wages",
    "Half the cafe staff in Shymkent get paid in cash with no pension contributions. Workers need an anonymous "
    "channel to report off-the-books wages, and a reward when the report is confirmed would help."))
case("cross",
  P("UL32a","en","Hearing tests in noisy workshops",
    "Workers in noisy shops should have a free hearing test every year."),
  P("UL32b","ru","Аудиометрия для рабочих шумных цехов",
    "На дробильных и прокатных участках шум за 90 децибел, и к пятидесяти годам многие рабочие глохнут. "
    "Ежегодная проверка слуха за счёт работодателя должна быть обязательной для таких цехов."))
case("cross",
  P("UL33a","ru","Пункты обогрева для курьеров",
    "Зимой курьеры ждут заказы на улице часами. Нужны тёплые пункты отдыха для курьеров у торговых центров "
    "и в спальных районах."),
  P("UL33b","en","Warm rest points for couriers",
    "Cities should open heated waiting points where couriers can warm up between orders in winter."))
case("cross",
  P("UL34a","en","Digital skills for job seekers over 50",
    "Job centres should run free computer and online-service courses for unemployed people over 50."),
  P("UL34b","ru","Цифровая грамотность для безработных старше 50",
    "После пятидесяти найти работу почти невозможно, а в каждой вакансии требуют Excel и 1С. Центры "
    "занятости должны бесплатно учить таких людей компьютеру и работе с онлайн-сервисами."))
case("cross",
  P("UL35a","kk","Еңбек инспекциясына анонимді шағым",
    "Жұмыстан қуылудан қорқатын адам еңбек инспекциясына атын көрсетпей, eGov арқылы шағым түсіре алуы керек."),
  P("UL35b","ru","Анонимные жалобы в трудовую инспекцию",
    "Разрешить подавать жалобу в инспекцию труда анонимно, онлайн, иначе работник боится увольнения."),
  P("UL35c","en","Anonymous complaints to labour inspectors",
    "Most workers never complain about violations because the boss would find out. Let them file complaints "
    "with the labour inspectorate online without giving their name."))

# ---------------- opposite-meaning traps (shared wording)
case("trap-polarity",
  P("UL36a","kk","Жасөспірімдер кешкі курьер жұмысы",
    "Қалаларда велосипедпен тапсырыс тасып жүрген мектеп оқушылары көбейді. 16 жастағы жасөспірімдерге кешкі "
    "уақытта курьер болып жұмыс істеуге рұқсат берілсін."),
  P("UL36b","kk","Жасөспірімдер кешкі курьер жұмысы",
    "Қалаларда велосипедпен тапсырыс тасып жүрген мектеп оқушылары көбейді. 16 жастағы жасөспірімдерге кешкі "
    "уақытта курьер болып жұмыс істеуге тыйым салынсын."))
case("trap-polarity",
  P("UL37a","kk","Еңбек шартын электронды тіркеу",
    "Шағын бизнесте де әр еңбек шарты электронды жүйеге міндетті түрде тіркелуі керек."),
  P("UL37b","kk","Еңбек шартын электронды тіркеу",
    "Шағын бизнесте әр еңбек шарты электронды жүйеге міндетті түрде тіркелмеуі керек."))
case("trap-polarity",
  P("UL38a","kk","Жұмыс берушінің зейнетақы жарнасы",
    "Жұмыс беруші есебінен төленетін міндетті зейнетақы жарнасы 2028 жылға дейін біртіндеп өзгереді. Осы "
    "жарнаның мөлшерін көбейту керек."),
  P("UL38b","kk","Жұмыс берушінің зейнетақы жарнасы",
    "Жұмыс беруші есебінен төленетін міндетті зейнетақы жарнасы 2028 жылға дейін біртіндеп өзгереді. Осы "
    "жарнаның мөлшерін азайту керек."))
case("trap-polarity",
  P("UL39a","ru","Иностранцы за рулём такси",
    "Разрешить иностранным гражданам работать водителями такси через агрегаторы."),
  P("UL39b","ru","Иностранцы за рулём такси",
    "Запретить иностранным гражданам работать водителями такси через агрегаторы."))
case("trap-polarity",
  P("UL40a","ru","Порог достаточности пенсионных накоплений",
    "Сейчас порог достаточности пересматривают каждый год, и вкладчики не могут ничего планировать. Повысить "
    "порог достаточности, выше которого можно снимать пенсионные накопления на жильё и лечение."),
  P("UL40b","ru","Порог достаточности пенсионных накоплений",
    "Сейчас порог достаточности пересматривают каждый год, и вкладчики не могут ничего планировать. Понизить "
    "порог достаточности, выше которого можно снимать пенсионные накопления на жильё и лечение."))
case("trap-polarity",
  P("UL41a","en","Couriers as employees",
    "Platform couriers should be treated as employees of the platform under the Labour Code."),
  P("UL41b","en","Couriers as employees",
    "Platform couriers should not be treated as employees of the platform under the Labour Code."))

# ---------------- number traps (same ask, different figure)
case("trap-number",
  P("UL42a","kk","Жұмыссыздық төлемінің мерзімі",
    "Жезқазғанда кен орны жабылғаннан кейін жұмыссыз қалғандардың көбі жарты жылда жаңа жұмыс таба алмады. "
    "Жұмысынан айырылған адамға әлеуметтік төлем 6 айдың орнына 9 ай бойы төленсін."),
  P("UL42b","kk","Жұмыссыздық төлемінің мерзімі",
    "Жезқазғанда кен орны жабылғаннан кейін жұмыссыз қалғандардың көбі жарты жылда жаңа жұмыс таба алмады. "
    "Жұмысынан айырылған адамға әлеуметтік төлем 6 айдың орнына 12 ай бойы төленсін."))
case("trap-number",
  P("UL43a","ru","Пеня за задержку зарплаты",
    "Сейчас задерживать зарплату выгодно: деньги крутятся в обороте, а наказание копеечное. За каждый день "
    "задержки работодатель должен платить работнику пеню 0,5 % от суммы долга."),
  P("UL43b","ru","Пеня за задержку зарплаты",
    "Сейчас задерживать зарплату выгодно: деньги крутятся в обороте, а наказание копеечное. За каждый день "
    "задержки работодатель должен платить работнику пеню 1 % от суммы долга."))
case("trap-number",
  P("UL44a","en","Extra leave for hazardous work",
    "Smelter and crusher operators work in heat, dust and noise all year and are worn out by forty. Workers "
    "in hazardous jobs should get at least 12 days of additional paid leave a year."),
  P("UL44b","en","Extra leave for hazardous work",
    "Smelter and crusher operators work in heat, dust and noise all year and are worn out by forty. Workers "
    "in hazardous jobs should get at least 24 days of additional paid leave a year."))
case("trap-number",
  P("UL45a","en","Paid youth internships",
    "Three months is too short for a graduate to learn a trade and be kept on. Paid internships for "
    "graduates arranged through job centres should last 6 months."),
  P("UL45b","en","Paid youth internships",
    "Three months is too short for a graduate to learn a trade and be kept on. Paid internships for "
    "graduates arranged through job centres should last 12 months."))

# ---------------- distinct asks on one topic
case("distinct",
  P("UL46a","kk","Еңбек орталығы сенбіде де ашық болсын",
    "Жұмыс істеп жүрген адам жаңа жұмыс іздеуге тек демалыста келе алады, сондықтан Еңбек орталығы сенбі "
    "күні де қабылдауы керек."),
  P("UL46b","kk","Еңбек орталығында психолог",
    "Бір жылдан артық жұмыс таба алмаған адам өзіне деген сенімін жоғалтып, сұхбатқа барудан да қорқады. "
    "Ұзақ уақыт жұмыссыз жүргендерге Еңбек орталығында тегін психолог кеңесі берілсін."))
case("distinct",
  P("UL47a","ru","Снизить комиссию ЕНПФ",
    "В отдельные годы доходность пенсионных накоплений ниже инфляции, а плата за управление берётся всегда. "
    "Нужно снизить комиссию за управление пенсионными активами ЕНПФ."),
  P("UL47b","ru","Наследство из ЕНПФ без суда",
    "Наследники должны получать пенсионные накопления умершего по свидетельству нотариуса, без походов в суд."))
case("distinct",
  P("UL48a","en","Sign-language interpreters at job centres",
    "Every regional job centre should have a sign-language interpreter on duty for deaf job seekers."),
  P("UL48b","en","Shorter week for workers with disabilities",
    "Many people with disabilities leave jobs because a full 40-hour week is too hard for them. Workers with "
    "a group 1 or 2 disability should be allowed a 35-hour week at full pay."))
