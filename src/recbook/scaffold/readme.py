"""The README a new project gets, in the secretariat's language (its source language)."""

from __future__ import annotations

READMES: dict[str, str] = {
    "en": """\
# {id}: the recommendations book

This folder is a recbook project. Commands are run in this folder
(on Windows `python -m recbook …` works wherever `recbook …` is written).

## Steps

1. Edit `inputs/conference.yaml`: title, date, city, organisers, directions,
   working groups, addressees. Then run `recbook intake`: it rewrites the
   drop-down lists of `inputs/proposals/intake.xlsx`; and `recbook i18n update`:
   it puts your texts into the catalogs in `locales/` in place of the translations
   of the placeholders `recbook init` wrote (until then `recbook check` warns about
   them). Run `recbook i18n update` again whenever conference.yaml, the proposals
   or the decisions change, before translating.
2. Hand out the intake workbook: it has one sheet per working group. Columns
   with a list (group, direction, language, addressees, timeframe) take their
   values from conference.yaml; a note on each header says what goes there.
3. Put the filled workbooks (or CSV UTF-8 / YAML files) into `inputs/proposals/`.
4. `recbook check`: every problem at once, each at its file and cell.
5. `recbook dedupe`: open `output/review.html`, paste the decisions you agree
   with at the end of `inputs/decisions.yaml` (below: «Decisions»).
6. `recbook i18n update`, send `locales/` to the translators, then
   `recbook i18n check` what comes back.
7. `recbook build` for a draft; `recbook build --strict` for the final edition.
   The books are in `output/`.

## {decisions}

`output/review.html` shows each pair of similar proposals with the lines that
decide it. Copy a line and paste it at the end of `inputs/decisions.yaml` as it
is: one decision per line, each starting with `- `. A file without such a line
holds no decision.

```yaml
- {merge: [G1-01, G2-03], text_hash: 3f9c2a41b7d0}   # one recommendation
- {apart: [G1-02, G3-04], text_hash: 5b0e9d21c4a7}   # never joined
- {canonical: G2-03}                                  # print this proposal's wording
- {reject: G1-05, reason: "outside the topic"}       # not printed; also withdraw, defer
- edit: G1-01                                         # the recommendation's own wording
  title: "New title"
  text: "New text of the recommendation."
```

`text_hash` ties a decision to the texts it was made on: `recbook check` says
when they have changed since. A line copied from `output/review.csv` in a
spreadsheet starts with `'` (so that it is not read as a formula): remove it.
Without YAML: `recbook review export review.xlsx`, fill in the Decision column,
then `recbook review import review.xlsx`.

## Folders

| folder | holds |
|---|---|
| `inputs/conference.yaml` | the conference |
| `inputs/proposals/` | the groups' proposals (`.xlsx`, `.csv`, `.yaml`) |
| `inputs/decisions.yaml` | the secretariat's merge decisions |
| `inputs/assets/` | logos |
| `locales/` | translations (PO files, for Poedit or a spreadsheet: `recbook i18n export --xlsx`) |
| `schemas/` | what each YAML file may contain (for editors) |
| `output/` | the books, made by `recbook build` |
""",
    "ru": """\
# {id}: сборник рекомендаций

Эта папка — проект recbook. Команды запускаются в этой папке
(в Windows везде, где написано `recbook …`, работает `python -m recbook …`).

## Порядок работы

1. Заполните `inputs/conference.yaml`: название, дату, город, организаторов,
   направления, рабочие группы, адресатов. Затем выполните `recbook intake`:
   он обновит выпадающие списки в `inputs/proposals/intake.xlsx`; и `recbook i18n update`:
   он запишет ваши тексты в каталоги `locales/` вместо переводов образцов, которые
   записал `recbook init` (до этого `recbook check` предупреждает о них). Выполняйте
   `recbook i18n update` снова после каждого изменения conference.yaml, предложений
   или решений, перед переводом.
2. Раздайте бланк предложений: в нем по листу на каждую рабочую группу.
   Столбцы со списком (group, direction, language, addressees, timeframe)
   берут значения из conference.yaml; примечание в заголовке объясняет, что писать.
3. Положите заполненные бланки (или файлы CSV UTF-8 / YAML) в `inputs/proposals/`.
4. `recbook check` — все ошибки сразу, каждая с файлом и ячейкой.
5. `recbook dedupe` — откройте `output/review.html` и вставьте решения,
   с которыми согласны, в конец `inputs/decisions.yaml` (ниже: «Решения»).
6. `recbook i18n update`, отправьте `locales/` переводчикам, затем проверьте
   полученное: `recbook i18n check`.
7. `recbook build` — черновик; `recbook build --strict` — окончательное издание.
   Сборники — в папке `output/`.

## {decisions}

`output/review.html` показывает каждую пару похожих предложений и строки, которыми
о ней решают. Скопируйте строку и вставьте ее в конец `inputs/decisions.yaml` как
есть: по строке на решение, каждая начинается с `- `. В файле без таких строк
решений нет.

```yaml
- {merge: [G1-01, G2-03], text_hash: 3f9c2a41b7d0}   # одна рекомендация
- {apart: [G1-02, G3-04], text_hash: 5b0e9d21c4a7}   # никогда не объединять
- {canonical: G2-03}                                  # печатать формулировку этого предложения
- {reject: G1-05, reason: "вне темы конференции"}    # не печатать; также withdraw, defer
- edit: G1-01                                         # своя формулировка рекомендации
  title: "Новый заголовок"
  text: "Новый текст рекомендации."
```

`text_hash` связывает решение с текстами, о которых оно принято: `recbook check`
скажет, если они с тех пор изменились. Строка, скопированная из `output/review.csv`
в Excel, начинается с `'` (чтобы ее не приняли за формулу): удалите этот знак.
Без YAML: `recbook review export review.xlsx`, заполните столбец «Решение», затем
`recbook review import review.xlsx`.

## Папки

| папка | что в ней |
|---|---|
| `inputs/conference.yaml` | конференция |
| `inputs/proposals/` | предложения групп (`.xlsx`, `.csv`, `.yaml`) |
| `inputs/decisions.yaml` | решения секретариата об объединении |
| `inputs/assets/` | логотипы |
| `locales/` | переводы (файлы PO для Poedit или таблица: `recbook i18n export --xlsx`) |
| `schemas/` | что может содержать каждый файл YAML (для редакторов) |
| `output/` | сборники, которые делает `recbook build` |
""",
    "kk": """\
# {id}: ұсынымдар жинағы

Бұл қалта — recbook жобасы. Командалар осы қалтада іске қосылады
(Windows жүйесінде `recbook …` жазылған жердің бәрінде `python -m recbook …` жұмыс істейді).

## Жұмыс реті

1. `inputs/conference.yaml` файлын толтырыңыз: атауы, күні, қаласы,
   ұйымдастырушылар, бағыттар, жұмыс топтары, адресаттар. Содан кейін
   `recbook intake` іске қосыңыз: ол `inputs/proposals/intake.xlsx` ішіндегі
   ашылмалы тізімдерді жаңартады; және `recbook i18n update` іске қосыңыз: ол
   мәтіндеріңізді `locales/` каталогтарына `recbook init` жазған үлгілердің
   аудармаларының орнына қояды (оған дейін `recbook check` бұл туралы ескертеді).
   conference.yaml, ұсыныстар немесе шешімдер өзгерген сайын, аудару алдында
   `recbook i18n update` қайта іске қосыңыз.
2. Ұсыныстар бланкісін таратыңыз: онда әр жұмыс тобына бір парақ бар.
   Тізімі бар бағандар (group, direction, language, addressees, timeframe)
   мәндерін conference.yaml файлынан алады; тақырыптағы ескертпе не жазу керегін түсіндіреді.
3. Толтырылған бланкілерді (немесе CSV UTF-8 / YAML файлдарын) `inputs/proposals/` қалтасына салыңыз.
4. `recbook check` — барлық қате бірден, әрқайсысы файлы мен ұяшығымен.
5. `recbook dedupe` — `output/review.html` ашып, келіскен шешімдеріңізді
   `inputs/decisions.yaml` файлының соңына қойыңыз (төменде: «Шешімдер»).
6. `recbook i18n update`, `locales/` қалтасын аудармашыларға жіберіңіз, қайтып
   келгенін `recbook i18n check` арқылы тексеріңіз.
7. `recbook build` — жоба нұсқасы; `recbook build --strict` — түпкілікті басылым.
   Жинақтар `output/` қалтасында.

## {decisions}

`output/review.html` әр ұқсас ұсыныстар жұбын және ол туралы шешім қабылдайтын
жолдарды көрсетеді. Жолды көшіріп, `inputs/decisions.yaml` файлының соңына сол
күйінде қойыңыз: әр шешімге бір жол, әрқайсысы `- ` белгісінен басталады. Мұндай
жолы жоқ файлда шешім жоқ.

```yaml
- {merge: [G1-01, G2-03], text_hash: 3f9c2a41b7d0}   # бір ұсыным
- {apart: [G1-02, G3-04], text_hash: 5b0e9d21c4a7}   # ешқашан біріктірмеу
- {canonical: G2-03}                                  # осы ұсыныстың тұжырымын басу
- {reject: G1-05, reason: "тақырыптан тыс"}          # баспау; сондай-ақ withdraw, defer
- edit: G1-01                                         # ұсынымның өз тұжырымы
  title: "Жаңа тақырып"
  text: "Ұсынымның жаңа мәтіні."
```

`text_hash` шешімді ол қабылданған мәтіндермен байланыстырады: мәтіндер кейін
өзгерсе, `recbook check` соны айтады. `output/review.csv` файлынан Excel-де
көшірілген жол `'` белгісінен басталады (формула деп оқылмас үшін): оны өшіріңіз.
YAML-сыз: `recbook review export review.xlsx`, «Шешім» бағанын толтырыңыз, содан
кейін `recbook review import review.xlsx`.

## Қалталар

| қалта | ішінде не бар |
|---|---|
| `inputs/conference.yaml` | конференция |
| `inputs/proposals/` | топтардың ұсыныстары (`.xlsx`, `.csv`, `.yaml`) |
| `inputs/decisions.yaml` | хатшылықтың біріктіру туралы шешімдері |
| `inputs/assets/` | логотиптер |
| `locales/` | аудармалар (Poedit үшін PO файлдары немесе кесте: `recbook i18n export --xlsx`) |
| `schemas/` | әр YAML файлында не болуы мүмкін (редакторлар үшін) |
| `output/` | `recbook build` жасайтын жинақтар |
""",
}


# the heading of each README's section on decisions.yaml, which the file's own comments name
DECISIONS_SECTION: dict[str, str] = {"en": "Decisions: inputs/decisions.yaml", "ru": "Решения: inputs/decisions.yaml",
                                     "kk": "Шешімдер: inputs/decisions.yaml"}


def project_readme(conference_id: str, language: str) -> str:
    """Return the project's README.md in `language`."""
    return READMES[language].replace("{id}", conference_id).replace("{decisions}", DECISIONS_SECTION[language])
