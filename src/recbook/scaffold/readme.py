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
   drop-down lists of `inputs/proposals/intake.xlsx`.
2. Hand out the intake workbook: it has one sheet per working group. Columns
   with a list (group, direction, language, addressees, timeframe) take their
   values from conference.yaml; a note on each header says what goes there.
3. Put the filled workbooks (or CSV UTF-8 / YAML files) into `inputs/proposals/`.
4. `recbook check`: every problem at once, each at its file and cell.
5. `recbook dedupe`: open `output/review.html`, paste the decisions you agree
   with into `inputs/decisions.yaml`.
6. `recbook i18n update`, send `locales/` to the translators, then
   `recbook i18n check` what comes back.
7. `recbook build` for a draft; `recbook build --strict` for the final edition.
   The books are in `output/`.

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
   он обновит выпадающие списки в `inputs/proposals/intake.xlsx`.
2. Раздайте бланк предложений: в нем по листу на каждую рабочую группу.
   Столбцы со списком (group, direction, language, addressees, timeframe)
   берут значения из conference.yaml; примечание в заголовке объясняет, что писать.
3. Положите заполненные бланки (или файлы CSV UTF-8 / YAML) в `inputs/proposals/`.
4. `recbook check` — все ошибки сразу, каждая с файлом и ячейкой.
5. `recbook dedupe` — откройте `output/review.html` и перенесите решения,
   с которыми согласны, в `inputs/decisions.yaml`.
6. `recbook i18n update`, отправьте `locales/` переводчикам, затем проверьте
   полученное: `recbook i18n check`.
7. `recbook build` — черновик; `recbook build --strict` — окончательное издание.
   Сборники — в папке `output/`.

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
   ашылмалы тізімдерді жаңартады.
2. Ұсыныстар бланкісін таратыңыз: онда әр жұмыс тобына бір парақ бар.
   Тізімі бар бағандар (group, direction, language, addressees, timeframe)
   мәндерін conference.yaml файлынан алады; тақырыптағы ескертпе не жазу керегін түсіндіреді.
3. Толтырылған бланкілерді (немесе CSV UTF-8 / YAML файлдарын) `inputs/proposals/` қалтасына салыңыз.
4. `recbook check` — барлық қате бірден, әрқайсысы файлы мен ұяшығымен.
5. `recbook dedupe` — `output/review.html` ашып, келіскен шешімдеріңізді
   `inputs/decisions.yaml` файлына көшіріңіз.
6. `recbook i18n update`, `locales/` қалтасын аудармашыларға жіберіңіз, қайтып
   келгенін `recbook i18n check` арқылы тексеріңіз.
7. `recbook build` — жоба нұсқасы; `recbook build --strict` — түпкілікті басылым.
   Жинақтар `output/` қалтасында.

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


def project_readme(conference_id: str, language: str) -> str:
    """Return the project's README.md in `language`."""
    return READMES[language].replace("{id}", conference_id)
