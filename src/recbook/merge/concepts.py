"""The kk/ru/en concept lexicon of civil society and public policy, as data (read by glossary.py).

Kept as a module, not a file beside it: the merge stage does no I/O (tests/test_architecture.py).
The sector vocabulary (water, health, transport, …) is in concepts_sectors.py, and the general civic
vocabulary (equip, deliver, a schedule, a fence, the seasons, parents, owners) in concepts_civic.py,
and the abbreviations and official names of public life (ҰБТ / ЕНТ / UNT, ЦОН, МРП) in
concepts_public.py, and the fields those cover thinly (money and consumers, travel, animals, digital
life and telecom, sport, family, media, faith, migration) in concepts_fields.py, all appended here.
"""

from .concepts_civic import TEXT as _CIVIC
from .concepts_fields import TEXT as _FIELDS
from .concepts_public import TEXT as _PUBLIC
from .concepts_sectors import TEXT as _SECTORS

TEXT = """\
# kk/ru/en concept lexicon of civil society and public policy (read by glossary.py).
# One concept a line: name | ru | kk | en. Each field lists single word beginnings in ordinary
# spelling (Kazakh letters are folded when loaded): four letters or more match as prefixes,
# shorter ones, and any ending in "=", only as whole words. A name already in glossary.GLOSSARY
# adds words to that concept; the GLOSSARY's own entries win. Written from general knowledge of
# the domain, not from any test set. Deliberately absent: words nearly every proposal uses
# (state, people, work, money, create), which would make every pair look alike.
# -- bounds on a number: lexicon.PHRASES writes every "at least" / "no more than" as one token
at_least | atleast= | atleast= | atleast=
at_most | atmost= | atmost= | atmost=
# -- first parts of compounds (lexicon.COMPOUND_HEADS splits them off: "медиа" + "сауаттылық")
media | медиа= | медиа= | media=
environment | эко= | эко= | eco=
digital | онлайн= кибер= | онлайн= кибер= | cyber=
farmer | агро= | агро= | agro= agri=
energy | электро= энерго= | электро= энерго= | electro=
bicycle | вело= | вело= |
# -- environment
air | воздух воздуш | ауа ауаны ауаның ауада ауасы ауасын | air
pollution | загрязн | ластан ластау | pollut contaminat
emission | выброс эмисси | шығарынды | emission
climate | климат | климат | climat
water | вода воды воде водой водн водоснаб водопровод питьев | су суы суын суға суды сумен ауызсу | water drinking
waste | отход мусор | қалдық қоқыс | waste garbage rubbish litter trash
recycling | переработ вторсырь рециклинг сортиров раздельн | сұрыпта | recycl sorting separate
forest | лес леса лесн лесов озелен | орман көгалдандыр | forest trees greening
park | парк парки сквер | саябақ парк | park parks
animal | животн | жануар | animal
energy | энерг электроэнерг | энерги | energy
renewable | возобновля солнечн ветров | жаңартылатын | renewab solar
heating | отоплен теплоснаб | жылу жылыт | heating
nature | природ заповед | табиғат қорық | nature
flood | паводк наводн | тасқын | flood
emergency | чрезвычайн | төтенше | emergenc disaster
# -- health, food
health | здоров здравоохран | денсаулық | health
hospital | больниц поликлин клиник | аурухана емхана | hospital clinic
medical | медицин медик | медицина медициналық | medical medicine
doctor | врач | дәрігер | doctor physician
nurse | медсестр | мейірбике | nurse
medicine_drug | лекарств препарат | дәрі дәрілер | drug medicat pharmac
mental | психолог психическ психиатр | психолог психикалық | mental psycholog
disease | болезн заболеван | ауру ауруы аурулар | disease illness
vaccination | вакцин прививк | вакцина екпе | vaccin
insurance | страхов | сақтандыру | insuranc
pregnancy | беремен материнств роддом | жүкті | pregnan matern mother
food | питани продовольств еда еды | тамақ азық | food meal meals nutrition
# -- education, science
teacher | учител педагог преподав | мұғалім педагог оқытушы | teacher
pupil | школьник ученик учащ | оқушы | pupil
student | студент | студент | student
kindergarten | детсад дошкол | балабақша | kindergarten preschool nurser
lesson | урок учебн | сабақ пән оқулық | lesson textbook curriculum
class | класс | сынып | class classroom
literacy | грамотн | сауат | literac
library | библиотек | кітапхана | librar
book | книг | кітап | book
scholarship | стипенд | стипенди шәкіртақы | scholarship stipend
exam | экзамен тестир | емтихан тест | exam= exams= examination test
science | наук научн | ғылым | scien
research | исследов | зерттеу | research survey
# -- culture, sport, media
culture | культур | мәдени мәдениет | cultur
museum | музе | мұражай музей | museum
theatre | театр | театр | theatr theater
sport | спорт | спорт | sport
tourism | туризм турист | туризм турист | touris
playground | площадк | алаң алаңы алаңдар | playground
language | язык | тіл тілі тілін тілде тілдер | language
journalist | журналист | журналист тілші | journalist reporter
news | новост | жаңалық | news
internet | интернет | интернет | internet broadband
social_media | соцсет | желі желіде | facebook instagram telegram tiktok
disinformation | фейк дезинформ | жалған фейк | fake disinform misinform
censorship | цензур | цензура | censor
freedom | свобод | бостандық еркіндік | freedom liberty
religion | религ конфесс | дін діни | religi
# -- rights, justice, courts
court | суд= суда суде судом суды судов судебн | сот соты сотқа сотта соттар соттың | court= courts judicial
judge | судья судей | судья | judge
lawyer | юрист адвокат | заңгер адвокат | lawyer attorney
prosecutor | прокурор | прокурор | prosecut
police | полиц | полиция | police
prison | тюрьм колони | түрме | prison detention
rights | право права правам правах | | right rights
discrimination | дискримин | кемсіт | discrimin
equality | равенств равноправ | теңдік тең | equalit equal
corruption | коррупц взятк | сыбайлас пара= | corrupt brib
complaint | жалоб | шағым | complain grievanc
appeal | обжалов апелляц | шағымдан | appeal
ombudsman | омбудсмен уполномоч | омбудсмен уәкіл | ombudsman
torture | пытк | азаптау | tortur
property | имуществ собственност | мүлік меншік | property
# -- government, elections, participation
ministry | министерств министр | министрлік министр | ministr
akimat | аким акима | әкім әкімі әкімге әкімдері | akim mayor
maslikhat | маслихат | мәслихат | maslikhat
deputy | депутат | депутат | deputy deputies mp mps
election | выбор избират голосов | сайлау дауыс | election elections electoral vote voting
referendum | референдум | референдум | referendum
petition | петиц | петиция | petition
signature | подпис | қол қолтаңба | signature
hearing | слушан | тыңдау тыңдаулар | hearing
consultation | консульт | консультац | consult
participation | участи участв вовлеч | қатысу | particip involv engag
initiative | инициатив | бастама | initiativ
budget | бюджет | бюджет | budget
accountability | подотчет отчитыва | есептілік | accountab
inspection | провер инспекц | тексер | inspect audit check
fine_penalty | штраф | айыппұл | fine= fines penalt
permit | разрешен лиценз | рұқсат лицензия | permit= permits= licen
registry | регистрац | тіркеу тіркел |
bureaucracy | справк бумаг бюрократ | анықтама бюрократ | paperwork bureaucra
deadline | срок сроки сроков | мерзім | deadline period
request | запрос обращен | сұрау сұрату өтініш | request enquir inquir
official | чиновник госслуж | шенеунік қызметші | official servant
cooperation | сотруднич партнер | ынтымақ әріптес | cooperat partner
association | ассоциац союз | қауымдастық одақ | associat union
community | сообществ | қоғамдастық | communit
# -- NGOs, funding, taxes, economy
foundation | фонд | қор қоры= қорын= қорға= | foundation
donation | донор спонсор | донор | sponsor
funding | финансир | қаржыландыр | fund funding financ
subsidy | субсид дотац | субсидия | subsid
loan | кредит займ микрокредит | кредит несие | loan credit microcredit
tax_break | льгот | жеңілдік | break= breaks= relief exemption exempt
salary | зарплат заработ | жалақы еңбекақы | salary salaries wage
pension | пенси | зейнетақы | pension
benefit | пособ выплат | жәрдемақы төлем | benefit allowanc payment
poverty | бедн малоимущ нищет | кедей | povert poor
job | занятост трудоустр вакан безработ работодат | жұмыссыз жұмыспен | employ unemploy job jobs
farmer | фермер сельхоз аграр | фермер шаруа | farmer agricultur farm
land | земл | жер жері жерді жерлер | land
price | цен цены тариф стоимост | баға= бағасы тариф | price tariff cost costs
# -- local life, housing, transport, digital
city | город городск | қала= қаласы қалада қалалар қалалық | city cities urban town
district | район районн | аудан аудандық | district
housing | жиль жилищ квартир | тұрғын үй баспана пәтер | housing home homes apartment flat
rent | аренд | жалға жалдамалы | rent rental lease
family | семь семей семья | отбасы | famil
queue | очеред | кезек | queue
road | дорог | жол жолдар жолын | road
transport | транспорт автобус проезд | көлік автобус | transport bus buses transit
bicycle | велосипед велодорож | велосипед | bicycl bike cyclist cycling cycle=
safety | безопасн | қауіпсіз | safety safe secur
street | улиц освещен | көше | street lighting
yard | двор | аула | yard courtyard
construction | строител постро застрой | құрылыс | construct build
repair | ремонт | жөндеу | repair renovat
utilities | коммунальн жкх | коммуналдық | utilit
digital | егов госуслуг портал | egov портал | egov portal app
one_stop_shop | onestopshop= | onestopshop= | onestopshop=
personal_data | персональн | жеке | personal privacy
website | сайт | сайт | website site
publish | размест | жарияла | post=
# -- people and groups
family_violence | бытов | тұрмыстық | domestic
orphan | сирот | жетім | orphan
migrant | мигрант оралман кандас | көші мигрант қандас | migrant migration repatriat
refugee | беженц | босқын | refugee
homeless | бездомн | үйсіз баспанасыз | homeless stray
elderly | пенсионер пожил | | pensioner retiree senior
disability | инклюз пандус | инклюзия инклюзивті пандус | disab inclus ramp wheelchair
young | молодеж молодых подрост | жасөспірім | teen adolescen
""" + _SECTORS + _CIVIC + _PUBLIC + _FIELDS
