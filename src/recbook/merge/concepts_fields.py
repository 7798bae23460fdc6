"""Field vocabulary of the kk/ru/en concept lexicon, as data (appended to concepts.TEXT).

Fields the sector and civic blocks covered thinly: money and consumers (loans, debt collectors,
fraud, pawnshops, gambling, refunds), travel (flights, mountains, ski slopes, campsites, souvenirs),
animals (pets, cats, strays, chipping, muzzles and leashes, zoos), digital life and telecom (mobile
towers, passwords, hacking, smartphones), and sport, family, media, faith and migration. Same format
and rules as concepts.py; a line whose name concepts.py, concepts_sectors.py, concepts_civic.py,
concepts_public.py or glossary.GLOSSARY already has adds words to that concept.
"""

TEXT = """\
# Field concepts, one a line: name | ru | kk | en (rules in concepts.py). Written from general
# knowledge of the three languages, not from any test set. Each prefix was checked against the
# commonest words beginning with it (wordfreq's ru/en lists, the kk hunspell stems). Left out on
# purpose: «комиссия» (a committee as often as a fee), «приложение» (an annex as often as an app),
# «связь» («в связи с», "in connection with"), «пилотный» (a pilot project), «повод» (a reason, so
# a leash only in its own forms), «борьба» and «күрес» (a fight against anything), «қосымша»
# ("additional"), «ат» (a name as often as a horse), «бәйге» (any contest), «процент» and «пайыз»
# (any percentage), «карта» (a road map), «терминал» (an airport's too), «вклад» («вклад в
# развитие», a contribution), «подъемник» (a wheelchair lift), «питомник» (a tree nursery),
# «шебер» ("skilful"), «ана» («ана тілі», the mother tongue), «туған» (a relative), «әкелер» ("will
# bring"), «күтуші» (the caregiver's), "feed" (feedback), "bet", "tablet", "bears", "pilot",
# "martial" (martial law), "acquiring" (skills), "adopt" (a law), "vets" (veterans), "residency" (a
# doctor's). Where a common word shares a beginning, only whole words or a longer beginning are
# given: "invest" / "investigation", "photo" / "photovoltaic", "crypto" / "cryptography", "gorge" /
# "gorgeous", «телеком» / «телекомпания», «карате» / «карательный», «забег» / «забегая», «перевал» /
# «перевалочный», «намаз» / «намазать», «матер» / «материал», «шатқал» / «шатқалаң» (chaos),
# «құмар» / «құмарлық» (a passion); «скачки» (price jumps), «кустарный» («кустарник», a shrub) and
# «пирамида» (the age pyramid) are left out.
# -- money and consumers
loan | микрозайм микрофинанс мфо= заемщик | микроқаржы мқұ= | microloan microfinanc lender lending borrower payday
arrears | должник коллекторск просрочк | коллекторлық | overdue
bankruptcy | банкрот несостоятел | банкрот | bankrupt insolven
usury | ростовщ переплат | өсімқор | usury= usurious overpay
savings | вкладчик | депозит салым | depositor
atm | банкомат | банкомат | atm= atms= cashpoint
cashless | безналичн бесконтакт эквайринг кешбэк кэшбэк | эквайринг кешбэк | cashless contactless cashback
price | пошлин подорожан удорожан | баж= бажы= алым= алымы= алымдар қымбаттау қымбаттады қымбатшылық | levy= levies= surcharge overpric
inflation | инфляц | инфляция | inflation
fraud | афер обманут лохотрон фишинг | алдау алданған | swindl phishing deceiv
insurance | полис= полиса= полисы= осаго= каско= страховщик | сақтандыр полис= полисі= | policyholder insured= insurer
pawnshop | ломбард | ломбард | pawn
addiction | азартн букмекер казино лотере тотализат | құмар= букмекер казино лотерея | gambler betting bookmaker casino lotter
return | | қайтарым |
guarantee | | | warranty warranties
shop | супермаркет гипермаркет | супермаркет | supermarket
market | маркетплейс | маркетплейс | ecommerce
consumer | покупател | | customer buyer
cash | наличн налички= | қолма= | cash=
card | кредитк дебетов | | debit=
currency | валют обменник | валюта | currency currencies forex
investment | инвест | инвестиц инвестор | investment investor investing invest= invests= invested=
counterfeit | контрафакт подделк фальсификат | контрафакт | counterfeit knockoff
fraud | финпирамид | | ponzi
cashier | кассир кассов | кассир | cashier
remittance | | аударым | remittance
cashless | кошел | әмиян | wallet
arrears | закредитован | | overindebted
defective | бракован некачествен | сапасыз ақаулы | defective faulty substandard
installment | рассрочк | | installment instalment
accounting | бухгалт | бухгалтер есепші | accountant bookkeep
crypto | крипто= криптовалют биткоин блокчейн майнинг | криптовалют биткоин блокчейн майнинг | crypto= cryptos= cryptocurr bitcoin blockchain
# -- travel and tourism
tourism | туроператор турагент турфирм турпакет | саяхатшы туроператор | tour= tours= traveller traveler
excursion | экскурси | экскурсия | excursion sightseeing
hotel | хостел гостев мотел | мейманхана хостел | guesthouse motel
camping | кемпинг палатк глэмпинг | кемпинг палатка | camping campsite campground tent= tents=
mountain | гора= горы= горах= горам= горами= гору= горой= предгор перевал= перевала= перевале= перевалы= перевалов= ущель альпинист | тау= таулар таулы тауда= тауға= тауы= тауын= шатқал= шатқалы= шатқалда= шатқалдар альпинист | mountain alpinist alpine foothill gorge= gorges= canyon
ski | горнолыжн лыжи= лыж= лыжн сноуборд канатн | шаңғы сноуборд | ski= skis= skiing skier snowboard chairlift gondola
airport | перелет рейс= рейсы= рейсов= рейса= | әуекомпан рейс= рейстер ұшу= ұшулар | airfare
aircraft | самолет | ұшақ | aircraft airplane aeroplane plane= planes=
booking | бронир | брондау брондал | booking reservation
souvenir | сувенир | кәдесый | souvenir
craft | рукодел ювелир | шеберлер зергер | handmade jewel
rescue | | | lifeguard
tourism | этноаул этнодеревн | этноауыл |
transport | автовокзал автостанц | автовокзал автобекет |
roadside | придорожн | | roadside
skating | каток= катка= катке= катков= коньк | коньки сырғанақ | skating skate= skates= rink= rinks=
swimming_pool | аквапарк | аквапарк | waterpark aquapark
ski | | | cableway
nomad | кочевн | көшпелі көшпенді | nomad
trail | треккинг | треккинг | trekking trek= treks=
mountain | альпинизм скалолаз | жартас | climber= climbers=
baggage | багаж | багаж | baggage luggage
hospitality | гостеприим | қонақжай | hospitality
landmark | достопримеча | көрікті | landmark sights=
waterfall | водопад | сарқырама | waterfall
cave | пещер | үңгір | cave= caves= cavern
cuisine | кухн кулинар | аспаздық аспаз= | cuisine culinar
picnic | пикник | пикник | picnic
yurt | юрта= юрты= юрт= юрте= юртах= юрту= | киіз | yurt
# -- animals
pet | питомц питомец | | pet= pets=
dog | пес= псов= псы= щенок щенк щенят | күшік итті= иттің= итке= итін= иті= | puppy puppies canine
cat | кошк кошек= кот= коты= котов= котят котенок | мысық | cat= cats= kitten feline
equestrian | ипподром конноспорт кокпар | ипподром көкпар | equestrian hippodrome racecourse kokpar
homeless | бродяч безнадзорн отлов | қаңғыбас панасыз | strays=
shelter | передержк | |
chipping | чипир чип= чипы= чипов= микрочип | чипте чип= микрочип | microchip chipping
sterilization | стерилиз кастрац | стерилизация піштіру | steriliz sterilis neuter= neutering spay= spaying castrat
fodder | кормлен кормушк подкорм | жем= жемі= жемін= |
muzzle_leash | выгул намордник поводок= поводке= поводка= поводком= поводки= | тұмылдырық қарғыбау серуендет | muzzle leash= leashes leashed
veterinary | ветклиник ветврач | ветдәрігер ветклиник |
zoo | зоопарк зоосад | хайуанат зоопарк | zoo= zoos= zoological
animal | зоозащит | |
bite | укус | тістеу тістеп тістеді | bite= bites= bitten
rabies | бешенств | құтыру құтырған | rabies rabid
euthanasia | эвтаназ усыплен | эвтаназия | euthanas euthaniz
cruelty | жестокост жестоко= жестокое жестокого жестоком | қатыгез | cruelty cruel=
dog | кинолог | кинолог | handlers=
tick | клещ | кене= кенелер кенеден кенеге= | ticks= encephalitis
mosquito | комар | маса= масалар | mosquito
chipping | ветпаспорт | ветпаспорт |
theft | скотокрад | |
breeding | заводчик племенн | | breeder pedigree
zoonosis | зооноз ящур бруцелл сибиреязв | зооноз ящур бруцелл топалаң | zoonos brucellos anthrax
pet | зоомагазин зоотовар | зоодүкен | petshop
excrement | экскремент фекал | нәжіс | faeces feces poop=
bird | голуби= голубей= | кептер | pigeon
wildlife | лиса= лисы= лис= заяц= зайцы= зайцев= | түлкі қоян | fox= foxes= hare= hares= rabbit
pest_control | таракан | тарақан | cockroach
pest_control | дератизац дезинсекц грызун | дератизац дезинсекц кеміргіш | pest= pests= rodent rat= rats=
wildlife | звери= зверей= зверь= волки= волков= волка= ирбис | қасқыр аю= аюлар ілбіс | wolf= wolves= leopard deer=
# -- digital and telecom
server | сервер цод= датацентр | сервер | server= servers= datacenter datacentre
cloud | облачн | бұлттық | cloud=
videocall | видеосвяз видеозвон видеоконфер | бейнебайлан бейнеконфер | videocall videoconfer
chatbot | чатбот бот= боты= ботов= | чатбот бот= боттар | chatbot bot= bots=
qr_code | qr= | qr= | qr=
blocking | блокиров заблокир впн= vpn= | бұғатта vpn= | blocking blocked= unblock vpn=
email | имейл емейл email= | email= | email emails=
programming | айтишник программист | бағдарламашы | programmer
satellite | спутников | жерсерік | satellite
digital | | | apps=
internet | вайфай wifi= оптоволок широкополос | ғаламтор вайфай wifi= | wifi= fibre fiber= connectivity
telecom | телекоммуник телеком= абонент роуминг провайдер | телекоммуник телеком= абонент роуминг провайдер | telecommuni telecom= telecoms= subscriber roaming
cell_tower | вышк ретрансл | мұнара | mast= masts= tower= towers=
website | веб= вебсайт | вебсайт | webpage web=
webinar | вебинар | вебинар | webinar
password | парол логин= логина= логины= логином= авторизац аутентифик | құпиясөз пароль логин | password passcode login authenticat
hacking | хакер взлом взлам вредонос | хакер | hacker hacking malware ransomware
spam | спам | спам | spam=
device | смартфон гаджет планшет ноутбук компьютер | смартфон гаджет планшет ноутбук компьютер | smartphone gadget laptop computer
# -- sport and leisure
tennis | теннис | теннис | tennis
martial_arts | | | wrestl
chess | шахмат | шахмат тоғызқұмалақ | chess
martial_arts | бокс= боксер единоборств дзюдо карате= | бокс= боксшы дзюдо карате= | boxing boxer judo= karate
running | марафон забег= забега= забеге= забеги= забегов= | марафон жүгіру | marathon jogging runners=
olympic | олимпийск паралимп | олимпиялық паралимп | olympic paralymp
dance | танцы= танцев танцор хореограф | биші хореограф | danc choreograph
rest | досуг хобби | хобби | hobby hobbies
team_sport | баскетбол волейбол хоккей гандбол | баскетбол волейбол хоккей гандбол | basketball volleyball hockey handball
swimming_pool | плаван | жүзу | swimmer
sport | воркаут йога= йоги= йогой= | воркаут йога | workout yoga
doping | допинг | допинг | doping
sport | физкульт фитнес футбол тренажер | шынықтыр футбол фитнес | football fitness
# -- family and demography
birth | рожден родильн рожениц | босану босанған | birth= births= childbirth
adoption | удочер | | adoptive adoptee
grandparents | бабушк дедушк | әже= әжелер немере | grandparent grandmother grandfather grandchild
marriage | брачн свадьб невест | үйлен қалыңдық | wedding bride= brides=
reproductive | репродукт | репродукт | reproductiv
contraception | контрацеп | контрацеп | contracep
abortion | аборт | түсік | abortion
pregnancy | декрет мать= матери= матерей= мама= мамы= мам= матерям= | декрет | maternity
father | отцов отец= отца= отцу= отцы= | әке= әкесі= әкелердің= | father= fathers= paternity fatherhood
demography | старени | қартаю | ageing aging=
census | | санағы= |
polygamy | многожен | көпәйел | polygam
kidnapping | похищен | | kidnap abduct
marriage | молодожен | | newlywed
infertility | бесплоди | бедеулік | infertil ivf=
childcare | няня= няни= нянь | | nanny nannies babysit childcare
demography | демограф рождаемост | демограф туу= туылу | demograph birthrate
# -- media
radio | радио= радиостанц радиоэфир | радио= радиосы= | radio=
blogger | блогер блоггер инфлюенсер | блогер | blogger influencer
podcast | подкаст | подкаст | podcast
disinformation | фактчек | фактчек | factcheck
press | пресс= брифинг | баспасөз брифинг | briefing
photo | фото= фотограф фотоотчет фотовыстав | фото= фотосурет фотограф фотоальбом | photo= photos= photograph
video | видео= видеоролик | видео бейнеролик бейнежазба | video= videos=
printing | типограф полиграф | баспахана | printing
publish | издательств | баспа= баспасы= |
cartoon | мультфильм мультик= мультики= мультиков= анимац | мультфильм анимация | cartoon animation
copyright | авторск | авторлық | copyright
hate_speech | разжиган | араздық | hatred hate=
social_media | мессенджер ватсап | мессенджер ватсап | messenger whatsapp=
telecom | сим= симкарт | симкарта | sim=
# -- faith, extremism, migration
religion | имам священник паломн хадж намаз= намаза= намазы= намазу= хиджаб | имам қажылық намаз хиджаб | imam priest hajj= pilgrim hijab clergy
extremism | экстремиз террор радикализ | экстремиз террор радикалдан | extremis terroris radicaliz
migrant | эмигр иммигр гастарбайт | эмигр иммигр | emigra immigra
citizenship | визу= визой= виз= визов визам= безвиз | | visas= visafree
residence_permit | внж= рвп= | ықтиярхат |
deportation | депорт выдвор | депорт | deport
stateless | апатрид | апатрид | stateless
diaspora | диаспор | диаспор | diaspor
refugee | | | asylum
religion | медресе коран= корана= | медресе құран= | madrasa madrassa quran koran
religion | ислам мусульман православн христиан | ислам мұсылман православ христиан | islam muslim moslem orthodox christian
religion | миссионер секта= секты= сектант | миссионер секта= секталар | missionar sects=
extremism | деструктивн | деструктивті | 
"""
