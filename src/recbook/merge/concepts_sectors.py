"""Sector vocabulary of the kk/ru/en concept lexicon, as data (appended to concepts.TEXT).

Water, land, nature, industry, health, education, social care, housing, transport, justice,
governance, labour, culture and emergencies: the things working groups write about. Same format
and rules as concepts.py; a line whose name concepts.py (or glossary.GLOSSARY) already has adds
words to that concept, and the earlier entry wins where both give the same word.
"""

TEXT = """\
# Sector concepts, one a line: name | ru | kk | en (rules in concepts.py). Written from general
# knowledge of the three languages, not from any test set. Each prefix was checked against the
# commonest words beginning with it (wordfreq's ru/en lists, the kk hunspell stems): where an
# unrelated common word shares a short beginning ("поездка" / "поезд", "coalition" / "coal",
# "карьера" / "карьер", "қоймайды" / "қойма"), only whole words ("=") or longer beginnings are
# given, or the word is left out. Kazakh "көл" (lake) folds to "кол" as "қол" (hand) does: only
# its inflected forms are listed. Prefixes are at most 12 letters (glossary.concept reads no more).
# -- water and rivers
river | рек= река= реки= реке= реку= рекой= реках= рекам= речн | өзен | river
lake | озер | көлі= көлдер көлге= көлде= көлдің= көлін= | lake
reservoir | водохранилищ водоем | қоймасы қоймалар | reservoir pond= ponds=
dam | плотин дамб | бөгет | dam= dams= dike= dikes= levee embankment
shore | берег побереж прибреж | жағалау жағас | shore coast riverbank
irrigation | орошен полив ирригац арык арыч | суару суармал арық ирригац | irrigat canal ditch
sewage | канализ сточн очистн | кәріз канализац | sewage sewer wastewater
well_water | скважин колодц колодез колодец= | ұңғыма құдық | wells= borehole
sea | море= моря= морем= морск | теңіз | sea= seas= marine
glacier | ледник | мұздық | glacier
water | водоотвед водообеспеч | | waterway
pipe | труба= трубы= труб= трубопровод | құбыр | pipe= pipes= piping
pump | насос | сорғы | pump
beach | пляж | жағажай | beach
# -- land and agriculture
livestock | скот= скота= скоту= скотом= скотовод скотин животновод поголов | мал= малы= малын= малды= малға= малдың= малдар малшы | livestock cattle herd
livestock | овца= овец= овцы= овцевод лошад коневод | жылқы | sheep horse
pasture | пастбищ выпас= выпаса= выпасе= выпасу= | жайылым | pasture grazing graze rangeland
crop | урожа посев зерн пшениц | егін астық | harvest crop wheat grain
veterinary | ветеринар | ветеринар малдәрігер | veterinar
fertilizer | удобрен пестицид ядохимикат гербицид | тыңайтқыш пестицид гербицид | fertiliz fertilis pesticid herbicid
soil | почв | топырақ | soil
seed | семена= семян= семенн | тұқым | seeds=
beekeeping | пчел пасек | омарта | beekeep honey
dairy_meat | мясо= мяса= мясн молок молоч | сүт= сүті= сүттің= | meat milk dairy
# -- nature
fishing | рыба рыбы рыбн рыбал рыболов рыбох аквакульт | балық | fish aquacultur
hunting | охота охоты охоте охоту охотой охотник охотнич браконьер | аңшы браконьер | hunt poach
wildlife | дикой= диких= фауна биоразнообр краснокниж | жабайы фауна биоәртүрлі | wildlife fauna biodivers endangered
fire | пожар возгоран | өрт= өрті= өрттер өртке= өрттен= өртті= өрттің= өртін= сөндір | fire= fires= wildfire firefight
nature | заказник нацпарк | | sanctuary wilderness
drought | засух опустынив | құрғақшыл шөлейттен | drought desertif
forest | деревья= деревьев= деревьями= вырубк | ағаш көшет | tree= seedling logging deforest
dog | собак | ит= иттер | dog= dogs=
noise | шум= шума= шумом= шумов | шуыл | noise
bird | птиц | құс= құстар | bird
saiga | сайгак | киік | saiga
# -- industry and mining
mine | шахт рудник горняк горнодоб горноруд | кеніш кенші шахта | mine= mines= mining miner= miners= quarry
mine | недропольз недра= недр= недрах= | | subsoil
factory | завод фабрик комбинат | зауыт фабрика комбинат | factory factories smelter
industry | промышлен индустриал | өнеркәсіп индустриал | industr
dust | пыль пыли= пылью= пылев запылен | шаң= шаңы= шаңның= шаңнан= | dust
waste | хвостохран отвалы= отвалов= отвалах= шлак свалк | | tailing slag landfill dump= dumps= dumping
metallurgy | металлург сталелит | металлург | metallurg steel smelt
oil | нефт | мұнай көмірсутек | oil= oilfield petroleum hydrocarbon
gas | газ= газа= газу= газом= газе= газов газифик газоснаб газопровод | газ= газы= газын= газбен= газға= газдандыр | gas= gases= gasific
coal | уголь= угля= углем= угольн | көмір | coal= coalfield coalmin
nuclear | ядерн атомн аэс= радиац радиоактив | ядролық атом аэс= радиация | nuclear atomic radiation radioactiv
plastic | пластик полиэтилен | пластик полиэтилен | plastic
pollution | | смог= | smog
# carbon is the climate's, not coal's: «көміртегі» begins with «көмір»
climate | парников углерод | парниктік көміртек көміртег | greenhouse carbon decarbon
uranium | уран= урана= уранов | | uranium
chemical | химическ химикат | химиялық | chemical
impact_assessment | овос= | | eia=
# -- health
screening | скрининг диспансериз профосмотр медосмотр | скрининг | screening checkup
laboratory | лаборатор | зертхана | laborator lab= labs=
blood | кровь= крови= кровью= кровоперелив | қан= қаны= қанын= қанның= | blood transfus
tuberculosis | туберкул | туберкулез | tubercul tb=
cancer | онколог рак= рака= раком= | онколог обыр ісік | cancer oncolog tumour tumor
ambulance | скорой= скорая= скорую= неотложн фельдшер | жәрдем= жәрдемі= фельдшер | ambulance paramedic
hospital | стационар амбулатор медпункт | стационар медпункт | inpatient outpatient
rehabilitation | реабилит | оңалту реабилит | rehabilit
infection | инфекц эпидеми пандеми коронавирус ковид | инфекция індет эпидемия пандемия коронавирус | infect epidem pandem covid
hiv | вич= спид= | аитв= | hiv=
addiction | наркоман наркотик алкогол лудоман | нашақор есірткі алкоголь ішімдік лудоман | narcot addict alcohol gambling
suicide | суицид самоубийств | суицид | suicid
medicine_drug | аптек | | pharmacy
dentist | стоматолог | стоматолог | dental dentist
diabetes | диабет | диабет | diabet
heart | кардио сердеч | жүрек | cardio
patient | пациент больной= больные= больных= | науқас пациент | patient
mortality | смертност | өлім= өлімі= жітім | mortality death= deaths=
pediatric | педиатр | педиатр | pediatr paediatr
hygiene | гигиен | гигиена | hygien
transplant | трансплант | трансплант | transplant
# -- education
dormitory | общежит | жатақхана | dormitor dorm= dorms= hostel
canteen | столов буфет | асхана | canteen cafeteria
college | колледж техникум | колледж | college vocational
graduate | выпускник | түлек | graduat alumni
camp | лагер | лагер | camp= camps=
after_school | кружк кружок= внешкольн | үйірме | extracurric
per_capita | подушев | | capita=
bullying | буллинг травл | буллинг қорлау | bully
olympiad | олимпиад | олимпиада | olympiad
internship | стажиров | тағылымдама | internship interns=
distance_learning | дистанцион | қашықтықтан | distance
kindergarten | ясли= яслей= | бөбекжай | daycare creche
robotics | робот | робот | robot
programming | программиров | | programming coding
# -- social
compensation | компенсац возмещ | өтемақы өтеу | compensat reimburs
care_home | престарел интернат | интернат | nursing
shelter | приют убежищ | паналау | shelter refuge=
crisis | кризис | дағдарыс | crisis
large_family | многодетн | көпбалалы |
alimony | алимент | алимент | alimony
guardianship | опек усыновл патронат | қорғаншы асырап патронат | guardian
targeted | адресн | атаулы | targeted
prosthesis | протез | протез | prosthe
caregiver | сиделк | күтуші | caregiv carer= carers=
hunger | голод | аштық | hunger hungry
# -- housing and utilities
energy | электричеств электроснаб | электр= электрмен= | electricit
outage | отключен перебои= перебоев= перебоями= перебоях= | | outage blackout
dilapidated | ветх | тозған тозығы= | dilapidat derelict
resettlement | переселен отселен снос= сноса= сносе= сносу= | көшіру қоныс | resettl relocat demolit
lift | лифт | лифт | elevator
condominium | кондоминиум | кондоминиум | condominium homeowner
roof | кровл крыш | шатыр | roof
mortgage | ипотек | ипотека | mortgag
meter | счетчик | есептегіш | meter= meters= metering
heating | тэц= котельн | жэо= қазандық | boiler
housing | многокварт | көппәтерлі |
# -- transport
bridge | мост | көпір | bridge
ferry | паром переправ | паром өткел | ferry
railway | железнодорож жд= поезд= поезда= поездов= поездом= вокзал электричк | теміржол пойыз вокзал | railway rail= rails= railroad
bus_stop | остановк | аялдама |
street | фонар | жарықтандыр | streetlight lamp
speed | скорост | жылдамдық | speeding
camera | камер видеонаблюд видеофиксац | камера бейнебақыл | camera cctv=
traffic | пробк светофор | кептеліс бағдаршам | traffic congestion jam= jams=
human_trafficking | трафикинг | | trafficking
parking | парковк парковоч стоянк | автотұрақ тұрақ= тұрағы= | parking
pedestrian | пешеход тротуар | жаяу жүргінші тротуар | pedestrian sidewalk pavement
airport | аэропорт авиа | әуежай авиа | airport flight= flights aviation airline
accident | авари дтп= несчастн | апат авария жко= | accident crash= crashes= collision
taxi | такси | такси | taxi= taxis= taxicab
pothole | ямы= ямочн | шұңқыр | pothole
route | маршрут | маршрут | route= routes=
driver | водител | жүргізуші | motorist
scooter | самокат | самокат | scooter
# -- justice and rights
interpreter | переводчик сурдоперевод | аудармашы сурдоаударма | interpreter interpreting translator
lawsuit | исков иск= иска= иском= иски= | | lawsuit litigation
complaint | | арыз |
prison | арест осужден | қамау | arrest convict inmate
probation | пробац | пробация | probation
investigation | расслед следствен следователь= следователя= следователи= следователей= следователем= | тергеу | investigat
victim | потерпевш пострадавш | жәбірлен құрбан | victim
notary | нотариус | нотариус | notar
border | границ погранич | шекара | border
citizenship | паспорт виза= визы= | төлқұжат паспорт виза | passport visa=
juvenile | несовершенно ювенальн | кәмелетке | juvenile minors=
mediation | медиаци | медиация | mediat
witness | свидетеля= свидетелей= свидетель= | куә= куәгер | witness
fraud | мошенн | алаяқ | fraud scam
# -- governance
survey | опрос анкет | сауалнама | poll= polls= polling questionnair
statistics | статистик | статистика | statist
indicator | индикатор показател kpi= | индикатор көрсеткіш kpi= | indicator kpi= benchmark
broadcast | трансляц эфир | трансляция эфир | broadcast livestream
agenda | повестк | | agenda
map | картограф геоинформац геопортал | картограф геоақпарат геопортал | maps= mapping gis= cartograph
rating | рейтинг | рейтинг | rating ranking
cadastre | кадастр | кадастр | cadastr
signature | эцп= | эцқ= |
census | перепись= переписи= переписью= | санақ | census
# «депутаттық сауал» is a deputy's request («депутатский запрос»), a «сауалнама» a survey
request | | сауал |
# -- labour
association | профсоюз | кәсіподақ |
injury | травм профзаболев | жарақат | injur occupational
strike | забастов стачк | ереуіл | strike
informal | неформальн самозанят | бейресми | informal
layoff | увольнен | | layoff dismissal
arrears | задолженн | берешек қарыз | arrears debt
shift_work | вахта= вахты= вахту= вахте= вахтов | вахта | rotational
overtime | сверхурочн | үстемеақы | overtime
retraining | переподготов переквалифик | | retrain reskill upskill
career | профориентац | | career= careers=
courier | курьер | курьер | courier
# -- culture
archive | архив | архив мұрағат | archiv
memorial | мемориал памятник увековеч | ескерткіш мемориал | memorial monument
heritage | наследи | мұра= мұрасы= мұрасын= мұраны= | heritage
cinema | кино фильм | кино фильм | film cinema movie
craft | ремесл | қолөнер | crafts= craftsm handicraft artisan
music | музык | музыка | music
tradition | традиц обычай обычаев | салт= дәстүр | tradition
history | истори | тарих | histor
concert | концерт | концерт | concert= concerts=
exhibition | выставк | көрме= көрмесі= көрмелер | exhibition
course | курсы= курсов= курсах= | курстар | courses=
festival | фестивал | фестиваль | festival
art | искусство= искусства= искусству= искусством= искусстве= художеств | өнер | arts= artist
sacred | сакральн | киелі | sacred
ethnic | этническ этнокульт межэтн | этнос этникалық | ethnic ethno interethnic
# -- emergencies
flood | подтоплен затоплен | | inundat
alert | оповещен сирен | сирена құлақтандыр | siren alert warning
evacuation | эвакуац | эвакуац | evacuat
rescue | спасат спасен | құтқар | rescue
earthquake | землетрясен сейсм | сілкініс сейсм | earthquake seismic
natural_hazard | сель= селев лавин оползн | сел= селдер көшкін | mudflow landslide avalanche
emergency | чс= | тж= |
storm | ураган шторм буран | дауыл боран | storm hurricane blizzard
heatwave | жара= | аптап | heatwave
snow | снег | қар= қарды= қардан= | snow
ice | гололед наледь | көктайғақ | icy= ice=
"""
