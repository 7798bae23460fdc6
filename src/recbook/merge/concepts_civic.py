"""General civic vocabulary of the kk/ru/en concept lexicon, as data (appended to concepts.TEXT).

What working groups ask of authorities whatever the sector (equip, install, deliver, coordinate,
evaluate, protect, clean), the everyday things they name (a message, a schedule, a certificate, a
fence, a bench, a hall, the seasons and the times of day) and the people they name (parents,
owners, consumers, experts, passengers). Same format and rules as concepts.py; a line whose name
concepts.py, concepts_sectors.py or glossary.GLOSSARY already has adds words to that concept.
"""

TEXT = """\
# Civic concepts, one a line: name | ru | kk | en (rules in concepts.py). Written from general
# knowledge of the three languages, not from any test set. Each prefix was checked against the
# commonest words beginning with it (wordfreq's ru/en lists, the kk hunspell stems): where an
# unrelated common word shares a beginning ("плакать" / "плакат", "замерзнуть" / "замер",
# "дождаться" / "дождь", "погоди" / "погода", "parentheses" / "parent", "infantry" / "infant",
# "measures" / "measurement", "Protestant" / "protest", "подряд" in a row), only whole words ("=")
# or longer beginnings are given, or the word is left out («мобильный» phone is also «мобильность»
# mobility, «перевод» a translation also a transfer). Left out on purpose: adjectives that qualify
# what is asked for ("clean air", «ыстық тамақ» hot meals), words of direction, negation, modality
# and bounds, which lexicon.py reads ("simplify" is a DOWN word there), and "year" («жылы» is also
# "warm", and a year is named in nearly every proposal). Prefixes are at most 12 letters.
# -- asked of authorities: what to do
construction | строит стройк | тұрғыз |
repair | отремонт капремонт реконструк | жөндел | rebuild reconstruct refurbish
restore | восстанов | қалпына | restor
equipment | оснащ оснаст оборудов | жабдық жарақтандыр | equip
install | установк монтаж | орнату орнатыл | install= installs= installed installing installation
delivery | доставк поставк поставщик | жеткізу жеткізіл | deliver supply supplies= supplied= supplier
funding | ассигнов | | allocat
hiring | найм= найма= наймом= нанима наняты | | hire= hired= hiring recruit
alert | предупрежд оповест уведомл | ескерту ескертіл хабарлау | warn notif
prevention | профилакт предотвращ | профилактика | prevent
inform | информир осведомл разъясн | хабардар түсіндір | inform= informed= informing awareness
digital | оцифров | цифрланд | digiti
coordination | координ | үйлестір | coordinat
plan | план= плана= плане= планы= планов= планом= планир | жоспар | plan= plans= planned planning
schedule | расписан график | кесте | schedul timetabl
pay | оплат | төлеу | pay= pays= paid= paying
# «платежи» are payments, as concepts.py's benefit reads "payment" and «төлем»
benefit | платеж | |
price | плата= платы= плату= платой= | ақы= ақысы= ақылы | fee= fees=
evaluation | оцен | бағала | evaluat assess apprais
protection | защит охран | қорғау қорғалу қорғалат | protect
cleaning | чистот чистк очищ очистк уборк | тазала тазалық | cleaning cleanup cleaned= cleanliness
forest | посадк | отырғыз | planting
transport | перевоз автомоб | тасымал | vehicle car= cars=
storage | склад= склада= складе= склады= складов= складах= складск хранени | | storage warehouse
sale | продаж продав | сату | sale= sales= sell= sells= selling sold=
procurement | покупк | | purchas buy= buying
trade | торгов | сауда | trade= trading retail
market | рынок= рынка= рынке= рынки= рынков= рыноч базар | базар нарық | market= markets= marketplace bazaar
shop | магазин | дүкен | shop= shops= stores= grocer
return | возврат | қайтару қайтарыл | refund return= returns= returned=
replacement | замен | ауыстыр | replac
connection | подключ | | connect
measurement | измерен замеры= замера= замеров= | өлшеу | measurement measuring
collection | сбор= сбора= сборе= сбору= сбором= сборы= | жинау | collection collected collecting collect=
escort | сопровождени | сүйемелде | escort
visit | посещ визит | | visit
trip | поездк путешеств | сапар саяхат | trip= trips= travel journey
treatment | лечен лечебн лечит | емдеу емдел | treatment therap
burning | сжиган сжечь= сжигат | өртеу | burning= burn= incinerat
labelling | маркиров | таңбала | label
approval | утвержден утверд | бекіту бекітіл | approv
amendment | поправк | түзету | amend
hygiene | санитар дезинфек | санитар | sanitation sanitary sanitiz sanitis disinfect
monitoring | контрол | бақыла | control= controls= controlled controlling
inspection | инспектор | инспектор |
open | | ашу= ашуға= ашылу |
translation | | аударма= аудармасы= аудармалар | translation translate= translated translating
interview | интервью собеседован | сұхбат | interview
speech | выступлен | сөйлеу | speech= speeches=
# -- paperwork, money and media
phone | телефон сотов звонк звонок= | телефон ұялы қоңырау | phone telephone cellular hotline
message | сообщени смс= | хабарлама смс= | message sms=
request | заявк | өтінім |
certificate | свидетельство= свидетельства= свидетельств= сертификат удостоверен | куәлік сертификат | certificat
card | карточк | карточка | card= cards=
office | офис | кеңсе | office= offices=
premises | здани помещени | ғимарат | premises buildings=
room | комнат | бөлме= бөлмесі= бөлмелер бөлмеде= | room= rooms=
document | документ | құжат | document
list | список списк перечен | тізім | list= lists=
guidance | методическ методичк | әдістеме | guidance guideline
leaflet | брошюр буклет листовк памятк | буклет жадынама | brochure leaflet booklet flyer
poster | плакат= плаката= плакаты плакатов= баннер билборд | плакат баннер билборд | poster= posters= banner billboard
subtitles | субтитр | субтитр | subtitl caption
sign_language | жестов | ымдау ым= |
ticket | билет проездн | билет | ticket fare= fares=
tax_break | скидк | | discount concession
savings | сбереж депозит | жинақ | savings= deposit= deposits=
plot | участок= участка= участке= участки= участков= | учаске телім | plot= plots=
contractor | подрядчик | мердігер | contractor
guarantee | гаранти | кепіл | guarant
agreement | договор соглашен | келісім | contract= contracts= contractual agreement
rules | правила= правил= правилам= правилах= правилами= правило= регламент | ереже | rule= rules= regulation regulator
award | премия= премии= премию= наград | сыйлық марапат | award prize
goods | товар= товара= товаров= товары= товарам= товарн | тауар | goods= commodit
production | производств производител | өндіріс өндіру | production producer manufactur
news | газет | газет | newspaper
television | телевид телеканал | теледидар телеарна | television tv=
advertising | реклам | жарнама | advertis
programme | программ | бағдарлама | programme program= programs=
campaign | кампани | науқан | campaign
protest | митинг протест пикет | митинг наразылық пикет | protest= protests= protesters protesting protested protestors rally= rallies picket
meeting | встреча= встречи= встречу= встрече= встреч= встречами= собрани заседани | кездесу жиналыс отырыс | meeting= meetings= session
bank | банк= банка= банков банки= банке= банком= | банк= банкі= банктер банктің= банкке= | bank= banks= banking
business | | кәсіпорн |
danger | опасн угроз | қауіп | danger hazard threat
risk | риск | тәуекел | risk
damage | ущерб вред | зиян залал | damage harm= harms= harmed harmful
drone | дрон беспилот | дрон ұшқышсыз | drone= drones= uav=
sensor | датчик сенсор | датчик | sensor
filter | фильтр | сүзгі | filter
furniture | мебел | жиһаз | furniture
toy | игрушк игрушек= | ойыншық | toy= toys=
game | игра= игры= игр= игре= игру= игрой= игров | ойын= ойындар ойыны= | game= games=
# -- buildings, streets and places
fence | огражд забор= забора= заборы= заборов= | қоршау | fence fencing
signage | вывеск табличк указател | тақтайша | signage signpost
bench | скамей скамеек= лавочк | орындық | bench= benches
toilet | туалет уборн санузл | дәретхана әжетхана туалет | toilet restroom lavator
facade | фасад | қасбет | facade
stairs | лестниц | баспалдақ | stair
entrance | подъезд | кіреберіс | entrances= doorway
basement | подвал | жертөле | basement cellar
insulation | утепл | | insulat
stadium | стадион | стадион | stadium
swimming_pool | бассейн | бассейн | swimming
hall | зал= зала= зале= залы= залов= залах= | зал= залы= залда= залын= | hall= halls=
club | клуб= клуба= клубы= клубов= клубе= клубах= | клуб= клубы= клубтар клубтың= | club= clubs=
garden | садовод огород | бақша | garden
# «сад» stands in «детский сад» (a kindergarten) far more often than for a garden
kindergarten | сад= сада= саду= сады= садов= садах= садам= садами= саде= садик | |
cemetery | кладбищ | зират | cemeter graveyard burial
bathhouse | баня= бани= | монша= моншасы= моншалар | bathhouse
catering | кафе= ресторан общепит | кафе= мейрамхана | cafe= cafes= restaurant catering
hotel | гостиниц отел | қонақүй | hotel
post_office | почта= почты= почте= почту= почтой= почтов | пошта | postal
customs | таможн | кеден |
embassy | посольств консульств | елшілік | embass consulate
district | микрорайон | шағынаудан | neighbourho neighborho
rural | поселк поселок= населенн сельчан | | settlement
city | горожан | |
# not «адрес»: «в адрес акимата» is "to the akimat"
address | адреса= адресу= адресом= | мекенжай |
household | домохозяйств | | household
crop | | егістік |
trail | тропа= тропы= тропу= троп= тропинк | соқпақ | trail= trails= footpath hiking
drainage | дренаж ливневк | дренаж | drainage drain= drains=
substation | подстанц | | substation
resort | курорт санатор | курорт шипажай | resort= resorts= sanatori spa=
garden | | | orchard
cemetery | похорон ритуальн | жерлеу | funeral
religion | мечет церк храм | мешіт шіркеу | mosque church= churches=
sport | соревнован турнир чемпионат | жарыс турнир чемпионат | tournament championship
fodder | корма= кормов кормозагот сено= сена= сенокос | жемшөп шөп= шөбі= | fodder forage hay= haymaking
fruit_veg | овощ фрукт | көкөніс жеміс | vegetabl fruit= fruits=
livestock | верблюд коза= козы= коз= коров | түйе= түйелер ешкі= ешкілер сиыр | camel= camels= goat cow= cows=
# -- weather, seasons and time
salt | соль= соли= солью= засолен солончак | тұз= тұзы= сортаң | salt salin
smoke | дым= дыма= дымом= задымл | түтін | smoke= smoky
tobacco | курени табак никотин вейп | темекі шылым | tobacco smoking vape= vaping nicotin
wind | ветер= ветра= ветром= ветры= | жел= желдің= желден= | wind= winds= windy
rain | дождь= дождя= дожди= дождей= дождем= дождев ливн | жаңбыр нөсер | rain= rains= rainfall rainwater rainy=
weather | погода= погоды= погоду= погоде= погодой= погодн | райы= | weather
cold | мороз= мороза= морозы= морозн холод | аяз= аязды= суық | cold= frost
heatwave | зной | | heat=
sand | песок= песка= песчан | құм= құмды= құмдар құмның= | sand= sands= sandy= sandstorm dune
winter | зима= зимы= зиме= зиму= зимой= зимн зимов | қыс= қыста= қысқы= қыстың= | winter
summer | лето= летом= летн | жаз= жазда= жазғы= | summer
spring | весн весенн | көктем | spring
autumn | осен | күз= күзде= күзгі= | autumn
season | сезон | маусым | season
day | день= дня= дней= днем= дню= дни= днях= сутки= суток= круглосуточн | күн= күні= күннің= күндер күннен= күнге= тәулік | day= days= daily
week | недел | апта | week
month | месяц | ай= айына= айдан= айға= | month
night | ночь= ночи= ночью= ночн | түнде= түнгі= түні= | night= nights= nighttime overnight
morning | утро= утра= утром= утренн | таңертең таңғы= | morning
evening | вечер | кешкі= кешке= | evening
rest | выходн отпуск= отпуска= отпуске= отпусков= отпускн каникул отдых | демалыс | weekend vacation leisure recreation
holiday | праздник праздничн | мереке мейрам | holiday celebrat festive
# -- people
parents | родител | ата= | parent= parents= parental parenting
population | жител жильц жилец= | тұрғындар | inhabitant
rent | | | tenant
driver | | | driver= drivers=
expert | эксперт специалист | сарапшы маман= мамандар | expert specialist
guide | гид= гиды= гидов= гида= экскурсовод | гид= гидтер экскурсовод | guides=
owner | владел собственник | иесі= иелері= | owner
consumer | потребител | тұтынушы | consumer
worker | работник сотрудник персонал | жұмысшы қызметкер персонал | worker employee staff= staffing personnel
neighbour | сосед= соседи= соседей= соседям= соседями= соседа= | көрші | neighbour= neighbours= neighbor= neighbors=
passenger | пассажир | жолаушы | passenger
military | военн армия= армии= армию= солдат | әскер | military army= soldier
coach | тренер | жаттықтырушы бапкер | coach
adult | взросл | ересек | adult= adults= adulthood
writer | писател | жазушы | writer
applicant | абитуриент | талапкер | applicant
sport | | | athlet gym= gyms=
cooperation | кооператив | кооператив |
representative | представител | өкілдер өкілі= өкілдері= | representati
powers | полномоч | өкілеттік | competence= competences powers=
responsibility | ответственн | жауапкерш | responsib
punishment | наказан | жаза= жазаны= жазасы= жазала | punish
violation | нарушен | бұзушылық бұзу= | violat
crime | преступ криминал правонаруш | қылмыс | crime= crimes= criminal offence offense
theft | краж хищен | ұрлық | theft steal= stealing
ethics | этика= этики= этике= этическ | әдеп | ethic
humanitarian | гуманитарн | гуманитарлық | humanitarian
marriage | брака= браке= браком= бракосочет | неке= некеге= некені= | marriage married
divorce | развод | ажырас | divorc
infant | новорожд младен | нәресте | newborn infant= infants= baby= babies
qualification | квалификац | біліктілік | qualificat
skills | навык | дағды | skill
profession | професси | кәсіптік кәсіби | profession
lecture | лекци | дәріс | lecture
shift | смена= смены= смену= сменах= сменн | ауысым | shift= shifts=
hospital_bed | коек= койк | төсек | bed= beds=
fuel | топлив горюч бензин дизел заправк | отын= отынмен= отынды= отынның= отынға= жанармай | fuel petrol diesel gasoline
freight | груз= груза= грузов грузоперевоз | жүк= жүктер | cargo freight lorry lorries truck= trucks=
boat | лодк лодок= катер= катера= | қайық | boat
clothing | одежд | киім | clothes clothing
bread | хлеб= хлеба= хлебом= хлебн хлебозавод | нан= наны= нанның= | bread= breads= bakery bakeries
international | международн | халықаралық | internation
foreign | иностран зарубеж | шетел | foreign abroad
"""
