"""Abbreviations and official names of Kazakhstan's public life, as data (appended to concepts.TEXT).

Proposals name institutions, programmes, taxes and documents by their initials, and each language
has its own: ҰБТ / ЕНТ / UNT, ЖСН / ИИН / IIN, ХҚКО / ЦОН / PSC, АЕК / МРП / MCI, МИБ / ОСИ. Same
format and rules as concepts.py; a line whose name concepts.py, concepts_sectors.py,
concepts_civic.py or glossary.GLOSSARY already has adds words to that concept.
"""

TEXT = """\
# Public-life concepts, one a line: name | ru | kk | en (rules in concepts.py). Written from general
# knowledge of the three languages, not from any test set. Abbreviations are whole words ("="):
# normalize splits a Kazakh suffix off at its hyphen («ҰБТ-ға» is "убт" "га"), and Russian ones are
# declined by letters added without one («ЦОНа», «вузов»), listed as whole words too. Each prefix
# was checked against the commonest words beginning with it (wordfreq's ru/en lists, the kk
# hunspell stems). Left out on purpose: names that are common words in one language («Болашақ»
# is "the future", «Серпін» "momentum", «Атамекен» "homeland", «Даму» "development" and «ақ»
# "white" in Kazakh; "bin" is a dustbin and "pit" a hole in English; «вс» is Sunday in Russian);
# КТА, the entrance test of college graduates, another exam than the ЕНТ / ҰБТ;
# "master" (a master plan), "applications" (apps) and "GPS" in English; «долг» (a duty) in Russian;
# «иін» (a shoulder), «жап» (close!) and «ҚМ» (km, once folded) in Kazakh; the groups lexicon.py
# reads (disability, young, …); the country (ҚР / РК) and its President, which nearly every
# proposal names.
# -- testing, schools and universities
state_standard | госо= | мжмбс= |
ict | икт= | | ict=
pisa | pisa= пиза= | pisa= | pisa=
e_diary | кунделик | күнделік= күнделікке= күнделіктің= күнделікте= | kundelik
science | мнво= | ғжбм= |
education | мон= минпросвещ | оам= |
pmpk | пмпк= | пмпк= | pmpc= pmpk=
unt | ент= | ұбт= ент= | unt=
university | вуза= вузу= вузом= вузе= вузов= вузам= вузами= вузах= | жоолар= | hei= heis=
school | лицей= лицея= лицее= лицеи= лицеев= лицеям= гимназ | лицей= лицейі= лицейлер гимназия | lyceum lyceums= gymnasium= gymnasiums=
nis | ниш= | нзм= ниш= | nis=
certificate | аттестат | аттестат |
diploma | диплом= диплома= дипломом= дипломе= дипломы= дипломов= дипломам= | диплом= дипломы= дипломын= дипломмен= дипломға= дипломды= дипломдар | diploma= diplomas=
master_degree | магистратур магистрант | магистратура магистрант | masters= magistracy postgraduate
doctoral | докторантур докторант | докторантура докторант | doctoral doctorate phd= phds=
college | типо= типпо= | тжкб= | tvet=
research | нии= | ғзи= |
# -- identity, documents and e-government
iin | иин= | жсн= | iin=
bin_number | бин= | бсн= бин= |
signature | | | eds=
psc | цон= цона= цоны= цоне= цону= цоном= цонов= цонах= госкорпорац | хқко= цон= мемкорпорац | psc= pscs= cson=
digital | | егов= |
civil_registry | загс= загса= загсе= загсы= загсов= | ахат= | registrar
bailiff | чси= судоисполн | жсо= | bailiff
prosecutor | прокуратур | прокуратура | prosecutors=
# -- money: indicators, taxes, pensions, benefits
sme | мсб= | шоб= | sme= smes= msme= msmes=
gdp | ввп= | іжө= | gdp=
fdi | пии= | тши= | fdi=
national_bank | нацбанк нбрк= | | nbk=
financial_regulator | аррфр= | қнрда= | ardfm=
damu | даму= | | damu=
insurance | фсмс= | әмсқ= фсмс= | shif= fshi=
ssif | гфсс= | мәсқ= гфсс= | ssif= sfss=
guaranteed_care | гобмп= | тмккк= гобмп= | gbmp= gvfmc=
single_payment | есп= | бжт= есп= |
salary | мзп= мрот= | етж= |
poverty | прожиточн | күнкөріс | subsistence
fine_penalty | пеня= пени= пеню= пеней= | өсімпұл |
declaration | декларац | декларация | declaration
code_of_law | кодекс | кодекс | codex
kaspi | каспи= kaspi= | каспи= kaspi= | kaspi=
mci | мрп= | аек= мрп= | mci=
vat | ндс= | ққс= | vat=
income_tax | ипн= | жтс= |
corporate_tax | кпн= | ктс= | cit=
pension | енпф= опв= оппв= | бжзқ= мзж= мкзж= | uapf= enpf=
insurance | осмс= | мәмс= осмс= | mshi= cshi= osms=
targeted | асп= | аәк= | tsa=
mortgage | ипотеч | |
otbasy_bank | отбасы= жилстройсбер жссб= | жилстройсбер | otbasy= hcsbk=
samruk | самрук | самұрық | samruk
baiterek | байтерек= | | baiterek
bolashak | болашак= | | bolashak
serpin | серпин= | | serpin
# -- housing, utilities, construction, transport
sewage | кос= | |
transport | брт= | брт= | brt=
traffic_rules | пдд= | жқе= |
vehicle_inspection | техосмотр | техбайқау | roadworth
utilities | ерц= | |
water | водоканал | | vodokanal
construction | смр= | қмж= смр= |
utilities | | түкш= ткш= жкх= | hcs=
condominium | оси= кск= пкск= | миб= пиб= пик= оси= кск= | hoa= osi= ksk=
housing | ижс= | жтқ= ижс= |
feasibility | тэо= | тэн= тэо= | feasibility
design_docs | псд= | жсқ= псд= |
building_code | снип= | қнже= снип= |
power_line | лэп= | эбж= лэп= |
# a hydro power plant and a thermal one (coal or gas: ГРЭС, ТЭС) are two asks, not one power plant:
# «построить ГЭС» is no «построить ГРЭС». A ТЭЦ (ЖЭО, CHP) is heating: its Kazakh name, «жылу электр
# орталығы», meets it only by «жылу» (heat), and what a town asks of it is heat. Left out: ЖЭС, a wind
# plant as often as a thermal one (жел / жылу электр станциясы); the Russian СЭС, a solar plant or the
# sanitary service; «теплоэлектро…», a ТЭЦ or a ТЭС in its first twelve letters
power_plant | электростанц | | powerplant=
hydro_power | гэс= гидроэлектр гидроэнерг гидростанц | гэс= сэс= гидроэлектр гидроэнерг | hpp= hydropower hydroelectr hydro=
thermal_power | грэс= тэс= | маэс= грэс= тэс= | tpp= gres= sdpp=
heating | | тэц= | chp=
renewable | виэ= | жэк= виэ= |
# -- environment
weather_service | казгидромет | қазгидромет | kazhydromet
water_agency | казводхоз | қазсушар | kazvodkhoz
nature | оопт= | еқта= оопт= |
waste | тбо= | қтқ= тбо= | msw=
impact_assessment | | қоәб= овос= |
mpc | пдк= | шрк= пдк= | mpc=
green | зелен | жасыл | green= greener=
# -- government and security
foreign_ministry | мид= | сім= | mfa=
economy_ministry | мнэ= | ұэм= | mne=
agriculture_ministry | мсх= минсельхоз | ашм= | moa=
industry_ministry | миир= | иидм= | miid=
ecology_ministry | мэпр= | этрм= |
labour_ministry | мтсзн= минтруд | ехәқм= |
digital | мцриап= | цдиаөм= |
prosecutor | генпрокур | |
akorda | акорда | ақорда | akorda
request | otinish= | otinish= | otinish= eotinish=
digital | egov= | |
law | нпа= | нқа= нпа= | npa=
order | гсз= | мәт= гсз= |
procurement | госзакуп | мемсатып |
corruption | антикор= антикорруп | антикор= антикорруп | anticorrupt
financial_monitoring | афм= | қма= афм= | afm= fma=
prison | сизо= уис= | тқи= қаж= сизо= |
military | минобор | |
akimat | мио= | жао= |
mazhilis | мажилис | мәжіліс= мәжіліске= мәжілісте= мәжілістің= мәжілісі= мәжілісінің= мәжілісінде= | mazhilis majilis
senate | сенат= сената= сенате= сенатом= сенатор | сенат= сенатқа= сенатта= сенаттың= сенатор | senate senator
constitution | конституц | конституция | constitution
national_security | кнб= | ұқк= кнб= | nsc= knb=
interior_ministry | мвд= | іім= мвд= | mvd= interior=
emergency | мчс= | тжм= мчс= |
enlistment_office | военкомат комиссариат | комиссариат | enlistment commissariat
conscription | призывник | шақырылушы | conscript draftee
deferral | отсрочк | кейінге= | deferral deferment defer= postpon
election_commission | цик= | оск= цик= | cec=
# -- health
health | минздрав мз= | дсм= | moh=
doctor | воп= | жтд= воп= | gp=
primary_care | пмсп= | мсак= пмсп= | phc=
healthy_lifestyle | зож= | сөс= зож= | lifestyle
hospital | фап= | фап= |
ultrasound | узи= | удз= узи= | ultrasound
mri | мрт= | мрт= | mri=
cerebral_palsy | дцп= | бцс= дцп= | cerebral
autism | аутизм аутист | аутизм аутист | autism autistic
ai | ии= нейросет | жи= нейрожелі | ai=
# -- business and organisations
national_grid | кегок | кегок | kegoc
telecom | казахтелеком | қазақтелеком | kazakhtelec
post_office | казпочт | қазпошта | kazpost
association | оо= | қб= |
wto | вто= | дсұ= | wto=
spk | спк= | әкк= спк= | spk=
farmer | кх= кфх= апк= | шқ= аөк= апк= |
fuel | азс= | жқс= азс= |
shop | тц= трц= | тц= | mall= malls=
light_rail | лрт= | лрт= | lrt=
railway | ктж= | қтж= ктж= | ktz=
sport | дюсш= | бжсм= дюсш= |
hospital | црб= лпу= | оаа= |
# -- international organisations
unesco | юнеско | юнеско | unesco
unicef | юнисеф | юнисеф | unicef
undp | проон= | бұұдб= | undp=
who_org | воз= | ддсұ= |
ebrd | ебрр= | еқдб= | ebrd=
adb | абр= | адб= | adb=
cis | снг= | тмд= | cis=
llp | тоо= | жшс= тоо= | llp=
sole_trader | ип= | жк= | proprietor
jsc | ао= акционер | акционер | jsc= shareholder
state_institution | гу= кгу= ргу= гкп= кгп= гккп= ргп= | кмм= рмк= мкк= кмк= мкқк= | rse=
ppp | гчп= | мжә= гчп= | ppp=
sez | сэз= | аэа= сэз= | sez=
chamber | атамекен | ұкп= | atameken
job | цзн= | | jobcentre
international_org | оон= | бұұ= | un=
osce | обсе= | еқыұ= | osce=
eaeu | еаэс= | еаэо= | eaeu= eeu=
eu | ес= евросоюз | ео= еуроодақ | eu=
# -- everyday public-service nouns
request | заявлени | |
receipt | квитанц | түбіртек | receipt= receipts=
registry | прописк | |
voucher | путевк талон= талона= талоны= талонов= ваучер | жолдама талон= талондар ваучер | voucher coupon
arrears | долги= долгов= долгам= долгами= | | indebted
"""
