# A forum "Kaskelen" (held out entirely): written BLIND as an outside measure of the merge step,
# without seeing the merge rules (src/), docs/, README.md, the tests (tests/), any other bench/*.py
# script or any dedupe output or score, and to be run ONCE. Nothing here was tuned on a run; recbook
# and dedupe were not run (only make_eval.py, to generate the YAML). Only bench/data/make_eval.py
# (generator and format), the first 100 lines of forum_torgai_cases.py (format example), the header
# comments (first 45 lines) of the other bench/data/forum_*_cases.py files (to avoid their topics,
# asks and voices) and /work/shared/design/KAZAKH.md (Kazakh spelling, official names) were read.
# Voice: CONSUMER-PROTECTION NGOs, FINANCIAL-LITERACY TRAINERS, DEBT COUNSELLORS AND LAWYERS at a
# consumer-finance forum in Almaty and Shymkent: medium texts (2-4 sentences), concrete, with a
# case from their hotline or office; figures (tenge, per cent, days, months, hours) some in digits,
# some in words. A field new to the tool: consumer finance and consumer protection.
# kk 40, ru 34, en 23 of 97 proposals.
# Emphasis: CROSS-LANGUAGE duplicates written independently (other order, other details and
# figures, ask first or last), never translated word by word, and with NO translation supplied;
# native words where natural (несие, қарыз, өсімпұл, алаяқтар; пеня, просрочка, рассрочка).
# Topics (chosen so the other forums' headers do not list them; betting adverts, microloans for
# rural women, Arkalyk microcredits, QR payment fees, bailiffs and benefits, crop/earthquake and
# doctors' insurance, mortgages were left out): notice when a debt is sold to a collector, an SMS
# when a loan is requested in one's name, 14-day returns on marketplaces, gift-card validity, free
# pension cards; collectors calling relatives, life insurance bundled with loans, free debt
# counsellors at PSCs, free treatment of gambling addiction, SIM-swap checks, the effective rate
# shown first, removal of pyramid ads, refinancing several microloans into one, one-click
# cancellation of subscriptions, deadlines for card-payment disputes; collectors' calling hours, no
# online microloans at night, a 14-day cooling-off for remote loans, the loan self-ban extended to
# pawnshops, freezing loans taken by fraudsters, a 24-hour hold on large transfers to new
# recipients, the motor-insurance payout deadline, the real price of hire purchase, blocking
# betting payments of self-excluded people, a cap on microloan overpayment, loan contracts in
# Kazakh, refund when a warranty repair drags on, a Financial Ombudsman office in Shymkent, bank
# liability for missed fraud, plain deposit-insurance notices, a trusted person for older
# customers, a free check of car pledges, number spoofing (kk/ru/en); traps on online pawnshop
# loans, deleting old overdue records, the motor-insurance tariff, collectors' home visits, the
# online microloan limit, marketplace liability; number traps on the deposit guarantee (million
# tenge), the betting age (years), penalty accrual (days of arrears), other banks' ATM fees
# (tenge); look-alikes on microfinance organisations, pawnshops, betting, pensioners, credit
# histories.
# Kinds and counts (48 cases, 97 proposals): exact 1 (kk); spelling 3 (typos in key words, one
# each in kk, ru, en); homoglyph 1 (kk, via homo()); paraphrase 10 same-language pairs written as
# by two different people (kk 4, ru 4, en 2: other context, reordering, other verbs and nouns, a
# terse text vs a full one, "Ұсынысымыз:" vs the ask last); cross 18 cases = 20 cross-language
# pairs with NO translation supplied (kk/ru 9, kk/en 4, ru/en 4, and one kk/ru/en triple = 3
# pairs); trap-polarity 6 with shared wording (kk: allow vs ban, -уы керек vs -мауы керек, increase
# vs reduce; ru: allow vs ban, increase vs reduce; en: should vs should not); trap-number 4
# (million tenge, years, days, tenge); distinct 5 (same topic, different asks: ru/ru, en/en,
# kk/en, ru/en, kk/ru). No singletons.
# Run once on main 89033ca (docs/merge-quality.md: issue 9, thirteenth pass), then looked at.
# Generate: cd /work/main && .venv/bin/python bench/data/make_eval.py /work/wt/blind/forum_kaskelen_cases.py /work/wt/blind/forum_kaskelen.yaml

# ---------------- exact, spelling and homoglyph variants
_K01 = ("Банк не микроқаржы ұйымы қарызды коллекторлық агенттікке бергенде, қарыз алушы бұл туралы көбіне "
        "бөтен нөмірден келген қоқан-лоққы қоңыраудан біледі. Шымкенттегі кеңес беру орталығымызға былтыр "
        "осындай 300-ден астам адам жүгінді. Қарыз сатылған күннен бастап үш жұмыс күні ішінде қарыз алушыға "
        "SMS пен eGov арқылы жаңа кредитордың атауы, байланыс деректері және қарыздың нақты сомасы жіберілуі керек.")
case("exact",
  P("KS01a","kk","Қарыз коллекторға берілгенде хабарлама", _K01),
  P("KS01b","kk","Қарыз сатылса, қарыз алушы бірден білсін", _K01))
case("spelling",
  P("KS02a","kk","Атыма несие сұралса, SMS келсін",
    "Алаяқтар ұрланған ЖСН мен жеке куәліктің суреті арқылы онлайн микрокредит рәсімдейді, ал адам бұл туралы "
    "коллектор хабарласқанда ғана біледі. Кредиттік бюро кез келген банктен не микроқаржы ұйымынан адамның "
    "атына несие өтінімі түскен сәтте оған тегін SMS-хабарлама жіберуі керек. Сонда азамат өтінім өзінікі "
    "емес екенін бірден хабарлап, несиені тоқтата алады."),
  P("KS02b","kk","Атыма нисие сұралса, SMS келсін",
    "Алайқтар ұрланған ЖСН мен жеке куәліктің суреті арқылы онлайн микрокредит рәсімдейді, ал адам бұл туралы "
    "коллектор хабарласқанда ғана біледі. Кредиттік бюро кез келген банктен не микроқаржы ұйымынан адамның "
    "атына несе өтнімі түскен сәтте оған тегін SMS-хабралама жіберуі керек. Сонда азамат өтінім өзінікі "
    "емес екенін бірден хабарлап, несиені тоқтата алады."))
case("spelling",
  P("KS03a","ru","Возврат товара на маркетплейсах — 14 дней",
    "Покупатели жалуются, что на маркетплейсах продавцы отказываются принимать обратно одежду и технику, "
    "ссылаясь на «свои правила», а поддержка площадки лишь пересылает жалобу продавцу. Предлагаем закрепить в "
    "законе, что любой товар надлежащего качества, купленный онлайн, можно вернуть в течение 14 дней без "
    "объяснения причин."),
  P("KS03b","ru","Возрат товара на маркетплесах — 14 дней",
    "Покупаетли жалуются, что на маркетплейсах продавцы отказываются принимать обратно одежду и технику, "
    "ссылаясь на «свои правила», а поддержка площадки лишь пересылает жалобу продавцу. Предлагаем закрепить в "
    "законе, что любой товар надлежашего качества, купленный онлайн, можно вернуть в течение 14 дней без "
    "обьяснения причин."))
case("spelling",
  P("KS04a","en","Longer validity for gift cards",
    "Shopping centres in Almaty sell gift cards that expire after three or six months, and the unused balance "
    "simply stays with the shop. We ask that gift certificates be valid for at least three years and that any "
    "unused balance can be refunded in cash or to a bank card."),
  P("KS04b","en","Longer validity for gift crads",
    "Shopping centres in Almaty sell gift cards that expirre after three or six months, and the unused balanse "
    "simply stays with the shop. We ask that gift certficates be valid for at least three years and that any "
    "unused balance can be refunded in cash or to a bank card."))
_K05t = "Зейнетақы картасы үшін ақы алынбасын"
_K05 = ("Зейнеткерлер зейнетақысын алу үшін ашқан карталардан кейбір банктер жылына 2 000–3 000 теңге қызмет "
        "ақысын және SMS-хабарлама үшін ай сайын 300 теңге ұстайды, ал қарт адамдар оны байқамай да қалады. "
        "Зейнетақы мен жәрдемақы түсетін карталар мен шоттарды жүргізу, оларға SMS жіберу толығымен тегін "
        "болуы керек.")
case("homoglyph",
  P("KS05a","kk",_K05t,_K05),
  P("KS05b","kk",homo(_K05t, 3),homo(_K05, 2)))

# ---------------- paraphrases, one language each (written as by two different people)
case("paraphrase",
  P("KS06a","kk","Коллекторлар туыстарға қоңырау шалмасын",
    "Қарыз алушының ата-анасына, әріптестеріне, тіпті бастығына күніне бірнеше рет қоңырау шалып, қарызын "
    "жария ету – коллекторлардың кең тараған әдісі. Бұл адамның абыройына нұқсан келтіріп, кейде жұмыстан "
    "шығуына әкеледі. Коллекторлық агенттіктерге қарыз алушының өзінен басқа ешкімге хабарласуға заңмен "
    "тыйым салу керек."),
  P("KS06b","kk","Қарыз – тек қарыз алушының өз ісі",
    "Ұсынысымыз: коллектор тек борышкердің өзімен сөйлессін, оның туыстарына, көршілеріне және жұмыс орнына "
    "хабарласуға толық тыйым салынсын. Біздің заң кеңесшілерімізге келетін әйелдердің жартысына жуығы күйеуінің "
    "қарызы үшін өзіне және енесіне тоқтаусыз қоңырау түсетінін айтады."),
  note="ask last vs 'Ұсынысымыз:'; relatives, colleagues, boss = relatives, neighbours, workplace")
case("paraphrase",
  P("KS07a","kk","Несиемен бірге таңылған сақтандыру",
    "Тұтынушылық несие алғанда банк қызметкерлері өмірді сақтандыру полисін «міндетті» деп көрсетіп, оның "
    "бағасын несие сомасына қосып жібереді: 1 миллион теңге несиеге 80–120 мың теңге сақтандыру жазылады. "
    "Қарыз алушы мұндай полистен 30 күн ішінде бас тартып, төлеген ақшасын толық қайтарып алуға құқылы "
    "болуы керек."),
  P("KS07b","kk","Сақтандырудан бас тартып, ақшаны қайтару",
    "Банктер «несиені сақтандырусыз бермейміз» деп, клиентке қажеті жоқ полис сатады. Полистің ақшасы несиеге "
    "қосылып, оған да сыйақы есептеледі. Бір ай ішінде сақтандыру шартын бұзған адамға полистің бүкіл құны "
    "қайтарылатын тәртіп енгізуді сұраймыз."),
  note="30 days = one month; refuse the policy = break the insurance contract")
case("paraphrase",
  P("KS08a","kk","Әр ауданда тегін қарыз кеңесшісі",
    "Бірнеше несиесі бар отбасылар көбіне кімге жүгінерін білмей, бір несиені жабу үшін екіншісін алады. Әр "
    "аудан орталығындағы халыққа қызмет көрсету орталығында аптасына кемінде екі күн тегін қарыз кеңесшісі "
    "отыруы керек: ол төлем кестесін құруға, банкпен келіссөз жүргізуге және банкроттық рәсіміне көмектеседі."),
  P("KS08b","kk","Қарызға батқандарға тегін кеңес",
    "Шымкентте біздің ҮЕҰ-ға айына 200-ге жуық борышкер келеді, ал аудандағы адамдарға заңгердің ақылы көмегі "
    "қолжетімсіз. Мемлекеттік әлеуметтік тапсырыс арқылы әр ауданда тегін қаржылық кеңесші ұстап, оны ХҚКО-ға "
    "орналастыруды ұсынамыз."),
  note="terse vs full; ХҚКО = халыққа қызмет көрсету орталығы")
case("paraphrase",
  P("KS09a","kk","Лудоманияны тегін емдеу",
    "Құмар ойынға тәуелділікті емдеу қазір тек ақылы жеке клиникаларда бар, бір курс 300 мың теңгеден "
    "басталады. Психикалық денсаулық орталықтарында лудоманияға шалдыққандарға және олардың отбасыларына "
    "тегін ем мен психологиялық көмек көрсетілуі керек."),
  P("KS09b","kk","Бәс тігуге тәуелді жастарға мемлекеттік көмек",
    "Букмекерлік қосымшаларда бар жинағын жоғалтып, несиеге батқан жастар көбейді, ал олардың ата-анасы баласын "
    "қайда апарарын білмейді. Облыстық психикалық денсаулық орталықтарында құмар ойынға тәуелділікті тегін "
    "емдейтін бөлім ашылып, отбасы мүшелеріне де кеңес берілсін."))
case("paraphrase",
  P("KS10a","ru","Дубликат SIM-карты — только по биометрии",
    "Мошенники приходят в салон оператора с поддельной доверенностью или подкупают продавца, получают "
    "дубликат SIM-карты и за час выводят деньги через мобильный банкинг. Предлагаем выдавать дубликат "
    "SIM-карты только лично владельцу номера после проверки по биометрии, а о каждой замене SIM-карты "
    "оператор должен сразу сообщать в банки клиента."),
  P("KS10b","ru","Защитить номер телефона от перевыпуска",
    "Номер телефона сегодня — ключ ко всем счетам. Операторы связи должны перевыпускать симку только при личном "
    "визите абонента с проверкой лица, без всяких доверенностей, и в ту же минуту передавать банкам сигнал о "
    "смене SIM, чтобы те на сутки приостановили переводы."))
case("paraphrase",
  P("KS11a","ru","Реальная ставка — крупным шрифтом",
    "В рекламе и в приложениях банков крупно пишут «0,1 % в день» или «ежемесячный платёж от 9 990 тенге», а "
    "годовую эффективную ставку (ГЭСВ) прячут мелким шрифтом внизу. Требуем, чтобы ГЭСВ и полная переплата в "
    "тенге показывались первыми и тем же размером шрифта, что и сумма займа."),
  P("KS11b","ru","Переплата по кредиту должна быть видна сразу",
    "Клиент, который берёт заём в приложении, должен ещё до кнопки «Получить» видеть на первом экране, сколько "
    "он переплатит в тенге и какова годовая эффективная ставка. Сейчас эти данные спрятаны в договоре на двадцати "
    "страницах, и на наших тренингах по финансовой грамотности почти никто не может их найти."))
case("paraphrase",
  P("KS12a","ru","Финансовые пирамиды в соцсетях",
    "В Instagram и Telegram каждый день появляется реклама «инвестиций» с доходом 30 % в месяц, часто с "
    "поддельными видео известных людей. АРРФР и Министерство культуры и информации должны добиться, чтобы "
    "соцсети удаляли такие объявления в течение суток после жалобы."),
  P("KS12b","ru","Быстрое удаление рекламы пирамид",
    "Предлагаем обязать социальные сети и мессенджеры снимать рекламу финансовых пирамид и фейковых "
    "инвестплатформ не позже 24 часов после обращения регулятора. Сегодня такие объявления висят неделями, и за "
    "это время в них успевают вложиться сотни людей, в основном пенсионеры и студенты."))
case("paraphrase",
  P("KS13a","ru","Рефинансирование микрокредитов в один заём",
    "У многих наших клиентов по пять-семь микрокредитов под 40–50 % годовых, и вся зарплата уходит на проценты. "
    "Нужна программа, по которой банки второго уровня рефинансируют такие долги в один заём со ставкой не выше "
    "20 % годовых и сроком до пяти лет."),
  P("KS13b","ru","Объединить долги перед МФО",
    "Предлагаем дать заёмщикам, которые платят сразу в несколько микрофинансовых организаций, возможность собрать "
    "всё в один банковский кредит по сниженной ставке — до двадцати процентов, на срок до 5 лет. Это дешевле для "
    "семьи, чем бесконечно перекредитовываться в новых МФО."))
case("paraphrase",
  P("KS14a","en","Easy cancellation of paid subscriptions",
    "Many apps offer a free trial and then quietly start charging the card every month; cancelling takes ten "
    "screens or is impossible inside the app. Subscriptions should be cancellable in one click, in the same "
    "place they were bought, and the user should get a reminder three days before each paid renewal."),
  P("KS14b","en","Subscription traps",
    "Our hotline hears every week from people who found 2,990 tenge a month taken for a streaming or fitness app "
    "they never meant to keep. We propose a simple rule: a notice before every charge, and a cancel button as "
    "easy to find as the subscribe button."))
case("paraphrase",
  P("KS15a","en","Deadlines for card payment disputes",
    "When a customer disputes a card payment, for example for an online order that never arrived, banks take two "
    "or three months to answer and often reply with a template. Banks should be required to decide on a card "
    "dispute within 15 days and give a written, reasoned answer."),
  P("KS15b","en","Faster answers on contested card charges",
    "We ask the regulator to give banks fifteen days to resolve a client's complaint about a contested card "
    "charge and to explain any refusal in writing. Today people wait for months and most simply give up."))

# ---------------- cross-language, written independently, no translations
case("cross",
  P("KS16a","kk","Коллекторлар түнде және демалыста мазаламасын",
    "Борышкерге таңғы сағат 6-да не түн ортасында хабарласу – ашық психологиялық қысым. Коллекторлар тек жұмыс "
    "күндері сағат 9:00-ден 20:00-ге дейін хабарласуы керек, ал демалыс пен мереке күндері мүлдем қоңырау "
    "шалмауы және хат жазбауы тиіс."),
  P("KS16b","ru","Часы для звонков коллекторов",
    "На нашу горячую линию в Шымкенте обращаются люди, которым коллекторы пишут в WhatsApp в два часа ночи и "
    "звонят в воскресенье утром. Предлагаем разрешить коллекторам связываться с должником только по будням с "
    "девяти утра до восьми вечера, а в выходные и праздники — никаких звонков и сообщений."),
  note="kk/ru; 20:00 = восемь вечера; WhatsApp at night = хат жазбауы")
case("cross",
  P("KS17a","kk","Түнде онлайн микрокредит берілмесін",
    "Түнгі сағаттарда, әсіресе бәс тігуден ұтылғаннан кейін, адамдар ойланбастан бірнеше онлайн қарыз алады. "
    "Микроқаржы ұйымдарына сағат 23:00-ден таңғы 7:00-ге дейін қосымша арқылы несие беруге тыйым салу керек."),
  P("KS17b","ru","Ночной мораторий на онлайн-займы",
    "Больше половины онлайн-микрокредитов, с которыми к нам приходят за помощью, оформлены ночью — в стрессе или "
    "сразу после проигрыша в ставках. МФО не должны выдавать займы через приложения с 23 часов до 7 утра."),
  note="kk/ru")
case("cross",
  P("KS18a","kk","Онлайн несиеден 14 күн ішінде бас тарту",
    "Онлайн қарызды бірнеше минутта алуға болады, бірақ одан кейін бас тарту мүмкін емес. Қашықтан рәсімделген "
    "несиеден қарыз алушы 14 күнтізбелік күн ішінде сыйақысыз және айыппұлсыз бас тартып, тек алған негізгі "
    "сомасын қайтаруына мүмкіндік беру керек."),
  P("KS18b","ru","Право передумать после займа",
    "Сейчас, даже если вернуть дистанционный заём на следующий день, начисляют проценты и комиссию за выдачу. "
    "Человек, оформивший кредит в банке или МФО через приложение, должен иметь две недели, чтобы вернуть "
    "полученную сумму без процентов и штрафов."),
  note="kk/ru; 14 days = две недели")
case("cross",
  P("KS19a","kk","Несиеден ерікті бас тарту ломбардтарға да қолданылсын",
    "eGov арқылы қарыз алудан ерікті түрде бас тартқан адамдар ломбардтан еш кедергісіз ақша алып жүр, өйткені "
    "ломбардтар бұл мәліметті тексермейді. Ломбардтарды да әр қарыз бермес бұрын ерікті бас тарту туралы "
    "деректерді тексеруге міндеттеу керек."),
  P("KS19b","ru","Самозапрет на кредиты — и для ломбардов",
    "Самозапрет на займы, который ставят через eGov, не действует в ломбардах, и игроманы закладывают там "
    "телефоны и золото родственников. Просим обязать ломбарды проверять базу самозапрета перед каждой выдачей "
    "денег."),
  note="kk/ru; ерікті бас тарту = самозапрет")
case("cross",
  P("KS20a","kk","Алаяқтар алған несие бойынша өндіріп алуды тоқтату",
    "Телефон арқылы алданған адамның атына рәсімделген несиелерді банк бірден коллекторға береді, ал полиция "
    "тергеуі айлап созылады. Адам полицияға арыз берген сәттен бастап тергеу аяқталғанша мұндай несие бойынша "
    "сыйақы мен өсімпұл есептеуді және өндіріп алуды тоқтату керек."),
  P("KS20b","ru","Заморозка долга по кредиту, оформленному мошенниками",
    "Если человек заявил в полицию, что заём на его имя взяли мошенники, банк или МФО должны заморозить долг: не "
    "начислять пеню, не звонить и не передавать его коллекторам, пока идёт следствие. Сейчас жертвы годами "
    "выплачивают чужие кредиты."),
  note="kk/ru")
case("cross",
  P("KS21a","kk","Жаңа алушыға ірі аударымды кешіктіру",
    "Алаяқтар адамды телефонмен сендіріп, бүкіл жинағын «қауіпсіз шотқа» бірден аударғызады. Мобильді банкингте "
    "бұрын ақша жіберілмеген адамға 500 мың теңгеден асатын аударым 24 сағаттан кейін ғана өтуі керек, осы "
    "уақытта клиент аударымды тоқтата алады."),
  P("KS21b","ru","Суточная задержка крупных переводов незнакомым",
    "По нашим данным, большинство жертв «звонков из банка» понимают, что их обманули, уже через несколько часов. "
    "Поэтому банки должны по умолчанию придерживать на сутки перевод свыше полумиллиона тенге, если деньги уходят "
    "на счёт, которому клиент раньше не платил."),
  note="kk/ru; 500 мың = полмиллиона; 24 сағат = сутки")
case("cross",
  P("KS22a","kk","Автосақтандыру өтемақысы 5 жұмыс күнінде",
    "Жол-көлік оқиғасынан кейін сақтандыру компаниялары өтемақыны айлап созып, бағалауды қайта-қайта жасатады. "
    "Барлық құжат тапсырылғаннан кейін міндетті көлік сақтандыруы бойынша төлем 5 жұмыс күнінен кешіктірілмей "
    "жасалуы керек, ал кешіктірген әр күн үшін сақтандырушы өсімпұл төлесін."),
  P("KS22b","ru","Сроки выплат по ОСАГО",
    "Водители, пострадавшие в ДТП, ждут выплату по обязательной автостраховке по полтора-два месяца, страховщики "
    "теряют документы и требуют новые справки. Предлагаем жёсткий срок — пять рабочих дней с момента подачи "
    "полного пакета документов — и неустойку за каждый день задержки."),
  note="kk/ru; міндетті көлік сақтандыруы = ОСАГО")
case("cross",
  P("KS23a","kk","Бөліп төлеудің шын бағасы көрсетілсін",
    "Дүкендер «0-0-12» деп жарнамалайды, бірақ бөліп төлеп алсаң, тауар қолма-қол бағасынан 10–15 пайызға "
    "қымбат болып шығады, өйткені жеңілдік жойылады. Бағалықта қолма-қол баға мен бөліп төлеудің толық сомасы "
    "қатар жазылуы керек."),
  P("KS23b","ru","Рассрочка без скрытой наценки",
    "Продавец обязан на ценнике и в договоре указывать обе суммы: цену при полной оплате сразу и итог по "
    "рассрочке. В магазинах техники рассрочку «без переплаты» продают по цене выше той, что платит покупатель "
    "наличными или картой."),
  note="kk/ru; ask last vs first")
case("cross",
  P("KS24a","kk","Тізілімдегі адамдардың букмекерге төлемін бұғаттау",
    "Құмар ойындарға қатысуы шектелген адамдар тізіліміне енгізілген адам бәрібір басқа біреудің картасы немесе "
    "шетелдік сайттар арқылы бәс тігеді. Банктер мұндай адамның картасынан букмекерлік кеңселер мен "
    "онлайн-казиноларға кез келген төлемді автоматты түрде бұғаттауы керек."),
  P("KS24b","ru","Банковский барьер для игроманов",
    "Тот, кто сам или по заявлению семьи внесён в реестр лиц, ограниченных в участии в азартных играх, не должен "
    "иметь возможности пополнить счёт у букмекера. Просим обязать банки и платёжные сервисы отклонять такие "
    "платежи по ИИН, в том числе переводы через электронные кошельки."),
  note="kk/ru")
case("cross",
  P("KS25a","kk","Артық төлем негізгі қарыздан аспасын",
    "Микроқаржы ұйымынан 100 мың теңге алған адам сыйақы, айыппұл және комиссиялармен бірге кейде 300 мың "
    "теңгеге дейін төлейді. Сыйақы, өсімпұл және басқа төлемдердің жалпы сомасы ешқашан берілген қарыздың "
    "сомасынан аспауы керек."),
  P("KS25b","en","Total cost of a microloan capped at the amount borrowed",
    "Debt counsellors in Almaty see clients who took 50,000 tenge online and now owe five times that. We propose "
    "a hard ceiling: whatever the interest, penalties and fees, the overpayment on a microloan must never exceed "
    "the sum originally lent."),
  note="kk/en")
case("cross",
  P("KS26a","kk","Несие шарты мемлекеттік тілде",
    "Көптеген банктер мен микроқаржы ұйымдарының қосымшалары мен шарттары тек орыс тілінде, ал ауылдағы қарыз "
    "алушылар не жазылғанын түсінбей қол қояды. Несие шарты, төлем кестесі және банктің барлық хабарламалары "
    "клиенттің таңдауы бойынша қазақ тілінде берілуге тиіс."),
  P("KS26b","en","Loan papers in Kazakh on request",
    "Lenders should be obliged to provide every loan contract, repayment schedule and SMS notice in Kazakh "
    "whenever the customer asks for it. Borrowers in Turkistan region villages often sign agreements they cannot "
    "fully read because they exist only in Russian."),
  note="kk/en")
case("cross",
  P("KS27a","kk","Кепілдік бойынша жөндеу мерзімі",
    "Тоңазытқыш пен телефонды кепілдік бойынша жөндеуге тапсырған адамдар оны 2–3 ай күтеді, өйткені сервис "
    "орталығы бөлшекті Алматыдан немесе шетелден тапсырыс береді. Жөндеу 20 күннен асса, сатушы тауарды жаңасына "
    "ауыстыруы немесе ақшасын толық қайтаруы керек."),
  P("KS27b","en","Refund if a warranty repair drags on",
    "Shops should give the buyer a new item or the full price back whenever a repair under warranty takes longer "
    "than twenty days. In Shymkent people wait months for a washing machine to come back from the service "
    "centre, and meanwhile they are still paying the instalments on it."),
  note="kk/en")
case("cross",
  P("KS28a","kk","Қаржы омбудсманының Шымкенттегі өкілдігі",
    "Банкпен дауды сотсыз шешетін қаржы омбудсманы тек Алматыда отырады, ал оңтүстік облыстардың тұрғындары "
    "онлайн өтінішті қалай толтыруды білмейді. Шымкентте омбудсманның өкілдігін ашып, Түркістан, Жамбыл және "
    "Қызылорда облыстарының тұрғындарын жеке қабылдау керек."),
  P("KS28b","en","A Financial Ombudsman office in the south",
    "We ask for a branch of the Financial Ombudsman in Shymkent with walk-in hours for the southern regions. "
    "Disputes with banks and insurers can be settled there free of charge, but today only people who can travel "
    "to Almaty or cope with the online form really use it."),
  note="kk/en")
case("cross",
  P("KS29a","ru","Ответственность банка за пропущенное мошенничество",
    "Если банк видел подозрительную операцию — вход с нового устройства, смену номера и сразу перевод всех денег — "
    "и не заблокировал её, ущерб клиенту должен возмещать банк. Сейчас это годами решают суды; просим закрепить "
    "такую обязанность в законе о банках."),
  P("KS29b","en","Banks pay when their anti-fraud checks fail",
    "Victims of phone scams are usually told the transfer was 'confirmed by the client', even when every warning "
    "sign was there: a new phone, a new login location, the whole balance sent out within minutes. When a bank "
    "ignores such signs and does not stop the payment, it should refund the customer in full within 30 days."),
  note="ru/en")
case("cross",
  P("KS30a","ru","Понятная информация о гарантировании вкладов",
    "Многие вкладчики не знают, что гарантия КФГД распространяется не на все продукты банка и имеет предел по "
    "сумме. Банк должен при открытии вклада выдавать простую памятку: застрахован ли этот вклад, на какую сумму "
    "и сколько дней занимает выплата."),
  P("KS30b","en","Tell depositors what is insured",
    "After every bank licence withdrawal our hotline is flooded with people asking whether they will get their "
    "savings back. Every bank should show, on the deposit page of its app and on a notice in each branch, whether "
    "a deposit is covered by the Kazakhstan Deposit Insurance Fund, up to what amount, and how to claim."),
  note="ru/en; КФГД = Kazakhstan Deposit Insurance Fund")
case("cross",
  P("KS31a","ru","Доверенное лицо для пожилых клиентов",
    "Предлагаем дать пожилым клиентам возможность назначить в мобильном банке доверенного родственника: при "
    "переводе крупной суммы или оформлении кредита ему приходит уведомление, и операция ждёт его подтверждения. "
    "Это резко снижает потери пенсионеров от телефонных мошенников."),
  P("KS31b","en","A second pair of eyes for older bank customers",
    "Many pensioners in our financial-literacy classes in Almaty had lost savings to callers posing as police or "
    "bank staff. An older customer should be able to name a trusted family member in the bank's app who is "
    "alerted about, and must approve, any loan application or any transfer above, say, 200,000 tenge."),
  note="ru/en")
case("cross",
  P("KS32a","ru","Проверка залога при покупке подержанного авто",
    "Люди покупают машину с рук, а через полгода выясняется, что она в залоге у банка, и её изымают. Нужен "
    "бесплатный онлайн-сервис на eGov, где по VIN или госномеру можно за минуту проверить, не заложен ли "
    "автомобиль."),
  P("KS32b","en","Free check of car loans before buying a used car",
    "We propose a free public lookup, by VIN number, showing whether a second-hand car is still pledged to a bank "
    "or a microfinance company. Today buyers have no simple way to find out, and some lose both the money and "
    "the car."),
  note="ru/en")
case("cross",
  P("KS33a","kk","Банк атынан келетін жалған қоңыраулар",
    "Алаяқтар шетелден қоңырау шалып, экранда банктің нөмірін немесе +7-ден басталатын нөмірді көрсетеді. Ұялы "
    "байланыс операторлары шетелден келген, бірақ қазақстандық нөмір болып көрінетін қоңырауларды бұғаттап, "
    "басқа шетелдік қоңырауларды «халықаралық қоңырау» деп белгілеуі керек."),
  P("KS33b","ru","Звонки «из службы безопасности банка»",
    "Почти все пострадавшие, к которым мы выезжали в Шымкенте, говорят одно: звонили с номера, похожего на номер "
    "банка. Такие вызовы идут через IP-телефонию из-за рубежа с подменой номера. Операторы связи должны "
    "отсекать входящие из-за границы звонки с казахстанским номером и помечать остальные международные вызовы "
    "на экране абонента."),
  P("KS33c","en","Stop number spoofing",
    "Fake 'bank security' calls are the most common fraud our volunteers deal with. Mobile operators must drop "
    "international calls that arrive showing a Kazakh +7 number or a bank's hotline number, and clearly label "
    "every other call coming from abroad."),
  note="kk/ru/en triple")

# ---------------- traps: same wording, opposite ask (must never merge)
case("trap-polarity",
  P("KS34a","kk","Ломбардтарға онлайн қарыз беруге рұқсат ету",
    "Қазір ломбардтар кепіл затын қабылдап, ақшаны тек кеңседе береді. Ломбардтарға кепілдегі алтын мен "
    "техниканы суреті бойынша бағалап, қарызды онлайн беруге рұқсат ету керек."),
  P("KS34b","kk","Ломбардтарға онлайн қарыз беруге тыйым салу",
    "Қазір ломбардтар кепіл затын қабылдап, ақшаны тек кеңседе береді. Ломбардтарға кепілдегі алтын мен "
    "техниканы суреті бойынша бағалап, қарызды онлайн беруге тыйым салу керек."),
  note="kk allow vs ban")
case("trap-polarity",
  P("KS35a","kk","Ескі кешіктірулер кредиттік тарихтан өшірілсін",
    "Кредиттік бюро қазір мерзімі өткен берешек туралы мәліметті ұзақ жылдар сақтайды. Кредиттік тарихтағы "
    "жабылған мерзімі өткен қарыздар туралы деректер бес жылдан кейін өшірілуі керек."),
  P("KS35b","kk","Ескі кешіктірулер кредиттік тарихтан өшірілмесін",
    "Кредиттік бюро қазір мерзімі өткен берешек туралы мәліметті ұзақ жылдар сақтайды. Кредиттік тарихтағы "
    "жабылған мерзімі өткен қарыздар туралы деректер бес жылдан кейін өшірілмеуі керек."),
  note="kk -уы керек vs -мауы керек")
case("trap-polarity",
  P("KS36a","kk","Міндетті автосақтандыру тарифін арттыру",
    "Міндетті автосақтандыру полисінің бағасы әр жүргізушінің отбасы бюджетіне, ал өтемақы мөлшері жол апатынан "
    "зардап шеккендердің жағдайына тікелей әсер етеді. Полистің базалық тарифін арттыру керек."),
  P("KS36b","kk","Міндетті автосақтандыру тарифін азайту",
    "Міндетті автосақтандыру полисінің бағасы әр жүргізушінің отбасы бюджетіне, ал өтемақы мөлшері жол апатынан "
    "зардап шеккендердің жағдайына тікелей әсер етеді. Полистің базалық тарифін азайту керек."),
  note="kk increase vs reduce")
case("trap-polarity",
  P("KS37a","ru","Разрешить коллекторам выезжать к должнику",
    "Сейчас коллекторские агентства работают с должниками в основном по телефону и через сообщения. Предлагаем "
    "разрешить коллекторам личные встречи с должником по месту жительства в дневное время."),
  P("KS37b","ru","Запретить коллекторам выезжать к должнику",
    "Сейчас коллекторские агентства работают с должниками в основном по телефону и через сообщения. Предлагаем "
    "запретить коллекторам личные встречи с должником по месту жительства в дневное время."),
  note="ru allow vs ban")
case("trap-polarity",
  P("KS38a","ru","Увеличить предельную сумму онлайн-микрокредита",
    "Сейчас через приложение МФО без визита в офис можно получить заём только до определённой суммы, подтвердив "
    "личность по биометрии. Предлагаем увеличить этот предел."),
  P("KS38b","ru","Снизить предельную сумму онлайн-микрокредита",
    "Сейчас через приложение МФО без визита в офис можно получить заём только до определённой суммы, подтвердив "
    "личность по биометрии. Предлагаем снизить этот предел."),
  note="ru increase vs reduce")
case("trap-polarity",
  P("KS39a","en","Marketplace liability for sellers' goods",
    "Buyers of broken or fake goods on marketplaces often cannot reach the seller, who may be registered abroad. "
    "Online marketplaces should be held jointly liable with third-party sellers for defective or counterfeit "
    "goods sold through their platforms."),
  P("KS39b","en","Marketplace liability for sellers' goods",
    "Buyers of broken or fake goods on marketplaces often cannot reach the seller, who may be registered abroad. "
    "Online marketplaces should not be held jointly liable with third-party sellers for defective or counterfeit "
    "goods sold through their platforms."),
  note="en should vs should not")

# ---------------- traps: same ask, different number (must never merge)
case("trap-number",
  P("KS40a","kk","Жинақ салымдарына кепілдікті 30 миллион теңгеге көтеру",
    "Қазақстанның депозиттерге кепілдік беру қоры жинақ салымдары бойынша қазір 20 миллион теңгеге дейін "
    "кепілдік береді, бұл пәтер алуға ақша жинап жүрген отбасыларға жетпейді. Кепілдік шегін 30 миллион "
    "теңгеге дейін көтеру керек."),
  P("KS40b","kk","Жинақ салымдарына кепілдікті 50 миллион теңгеге көтеру",
    "Қазақстанның депозиттерге кепілдік беру қоры жинақ салымдары бойынша қазір 20 миллион теңгеге дейін "
    "кепілдік береді, бұл пәтер алуға ақша жинап жүрген отбасыларға жетпейді. Кепілдік шегін 50 миллион "
    "теңгеге дейін көтеру керек."),
  note="30 vs 50 million tenge")
case("trap-number",
  P("KS41a","kk","Бәс тігу жасын 25-ке көтеру",
    "Букмекерлік кеңселер мен онлайн бәс тігу сайттарына қазір 21 жастан бастап кіруге болады, ал студенттер "
    "шәкіртақысын сонда жұмсайды. Бәс тігуге рұқсат етілген ең төменгі жасты 25 жасқа көтеру керек."),
  P("KS41b","kk","Бәс тігу жасын 23-ке көтеру",
    "Букмекерлік кеңселер мен онлайн бәс тігу сайттарына қазір 21 жастан бастап кіруге болады, ал студенттер "
    "шәкіртақысын сонда жұмсайды. Бәс тігуге рұқсат етілген ең төменгі жасты 23 жасқа көтеру керек."),
  note="25 vs 23 years")
case("trap-number",
  P("KS42a","ru","Прекращать начисление пени через 60 дней",
    "Сейчас по потребительским займам пеня начисляется ещё долго после того, как человек перестал платить, и долг "
    "растёт, даже когда ясно, что сразу вернуть его он не сможет. Предлагаем прекращать начисление пени и штрафов "
    "через 60 дней просрочки."),
  P("KS42b","ru","Прекращать начисление пени через 30 дней",
    "Сейчас по потребительским займам пеня начисляется ещё долго после того, как человек перестал платить, и долг "
    "растёт, даже когда ясно, что сразу вернуть его он не сможет. Предлагаем прекращать начисление пени и штрафов "
    "через 30 дней просрочки."),
  note="60 vs 30 days of arrears")
case("trap-number",
  P("KS43a","en","Cap other banks' ATM fees at 200 tenge",
    "Withdrawing cash from another bank's ATM can cost 1 % of the amount or more, which hits pensioners and "
    "villagers whose own bank has no machine nearby. The fee for using another bank's ATM should be capped at "
    "200 tenge per withdrawal."),
  P("KS43b","en","Cap other banks' ATM fees at 500 tenge",
    "Withdrawing cash from another bank's ATM can cost 1 % of the amount or more, which hits pensioners and "
    "villagers whose own bank has no machine nearby. The fee for using another bank's ATM should be capped at "
    "500 tenge per withdrawal."),
  note="200 vs 500 tenge")

# ---------------- distinct: same topic, different asks
case("distinct",
  P("KS44a","ru","Публичный рейтинг жалоб на МФО",
    "АРРФР должно ежеквартально публиковать рейтинг микрофинансовых организаций по числу обоснованных жалоб "
    "клиентов. Сейчас заёмщик выбирает МФО по рекламе и не знает, с какими из них больше всего споров."),
  P("KS44b","ru","Номер лицензии в каждой рекламе займов",
    "Любая реклама займов, в том числе у блогеров, должна содержать полное название МФО и номер её лицензии. "
    "Так человек сможет за минуту проверить, не связался ли он с нелегальным кредитором."),
  note="microfinance organisations: complaint rating vs licence number in ads")
case("distinct",
  P("KS45a","en","Pawnshops must return the surplus from a sale",
    "When a pawnshop sells gold or a phone that the borrower failed to redeem, any money above the debt should go "
    "back to the borrower within ten days. Today the surplus usually stays with the pawnshop."),
  P("KS45b","en","Certified scales in pawnshops",
    "Pawnshops should have their scales and gold-testing equipment checked and sealed every year by the metrology "
    "service, with the certificate on the wall. Clients at Shymkent markets complain that the same ring weighs "
    "less at the pawnshop than at the jeweller's."),
  note="pawnshops: surplus vs scales")
case("distinct",
  P("KS46a","kk","Букмекерлік қосымшада айлық лимит",
    "Әр ойыншы букмекерлік қосымшаға тіркелгенде өзінің айлық депозит лимитін міндетті түрде белгілеуі керек, ал "
    "лимитті көтеру тек 7 күннен кейін күшіне енсін. Сонда адам бір түнде жалақысын түгел ұтқызып алмайды."),
  P("KS46b","en","No betting on youth and amateur matches",
    "Bookmakers should not be allowed to take bets on youth, school or amateur football and futsal games, where "
    "results are easy to fix and the players are often teenagers."),
  note="betting: deposit limit vs youth/amateur matches")
case("distinct",
  P("KS47a","ru","Занятия для пенсионеров о мошенниках",
    "В центрах активного долголетия и в ЦОНах нужно раз в месяц проводить бесплатные занятия для пенсионеров о "
    "том, как распознать звонок мошенника и что делать, если деньги уже переведены. Наши тренеры готовы вести их "
    "на казахском и русском."),
  P("KS47b","en","No credit deals at pensioners' doors",
    "Sellers of overpriced 'medical' mattresses and water filters visit pensioners at home and sign them up for a "
    "loan on the spot. Arranging loans or hire purchase at a customer's home should be banned: credit should only "
    "be signed at a bank or in a shop."),
  note="pensioners: anti-fraud classes vs door-to-door credit")
case("distinct",
  P("KS48a","kk","Кредиттік тарихтағы қатені 5 жұмыс күнінде түзету",
    "Кредиттік бюрода жабылған несие әлі «мерзімі өткен» болып тұрса, адам ипотека ала алмай қалады, ал банк пен "
    "бюро бірін-бірі кінәлайды. Қате туралы арыз түскен соң кредиттік бюро мен банк оны 5 жұмыс күні ішінде "
    "түзетуге міндетті болсын."),
  P("KS48b","ru","Работодатели не должны запрашивать кредитную историю",
    "Некоторые компании требуют у соискателей кредитный отчёт и отказывают тем, у кого есть просрочки. "
    "Предлагаем прямо запретить работодателям запрашивать кредитную историю кандидата, кроме вакансий в банках."),
  note="credit histories: fixing errors vs employers' requests")
