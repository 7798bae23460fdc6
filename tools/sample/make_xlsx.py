"""Write inputs/proposals/groups-4-5.xlsx, the sample's spreadsheet of proposals.

The sample keeps one proposal table as XLSX so the XLSX reader is exercised by the
sample itself. The workbook is generated from the rows below so it is reproducible:
fixed document dates and fixed zip entry times give byte-identical output on every run.

Usage: python tools/sample/make_xlsx.py [OUTPUT]
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "inputs" / "proposals" / "groups-4-5.xlsx"
SHEET = "Предложения"
FIXED = dt.datetime(2025, 9, 26, 18, 0, 0)  # the conference day

HEADER = [
    "id", "group", "direction", "language", "title", "text",
    "addressees", "timeframe", "votes", "sdgs",
    "title:ru", "text:ru", "title:en", "text:en",
]

# Illustrative sample: the proposals are invented. A single SDG goal is stored as a number
# (as Excel would keep it when typed), several goals as text "16;17".
ROWS: list[list[object]] = [
    ["G4-01", "G4", "D4", "ru",
     "Включить НПО в подготовку Добровольного национального обзора по ЦУР",
     "Включить представителей НПО в рабочую группу по подготовке Добровольного национального "
     "обзора Казахстана по ЦУР, учитывать в нем данные независимого мониторинга НПО и "
     "публиковать проект обзора для общественного обсуждения.",
     "stat;mci", "medium", 17, "16;17", None, None, None, None],
    ["G4-02", "G4", "D4", "kk",
     "Тұрақты даму мақсаттары бойынша балама баяндамалар дайындау",
     "ҮЕҰ коалициясының Тұрақты даму мақсаттарының орындалуы туралы екі жылда бір рет балама "
     "баяндама дайындауын қолдау және оның нәтижелерін мемлекеттік органдармен бірлесіп талқылау.",
     "ngos;donors;stat", "medium", 13, 17, None, None, None, None],
    ["G4-03", "G4", "D4", "ru",
     "Открыть данные мониторинга ЦУР в разрезе регионов",
     "Публиковать показатели ЦУР в разрезе областей и городов в машиночитаемом формате, чтобы "
     "НПО и исследователи могли сравнивать регионы и отслеживать прогресс.",
     "stat;akimats", "short", 14, "16;17", None, None,
     "Open regional SDG monitoring data",
     "Publish SDG indicators broken down by region and city in a machine-readable format, so "
     "that NGOs and researchers can compare regions and track progress."],
    ["G4-04", "G4", "D6", "ru",
     "Увеличить объем публичной отчетности НПО о результатах проектов",
     "Увеличить объем публичной отчетности НПО о результатах проектов, финансируемых из "
     "государственного бюджета, и публиковать показатели их вклада в достижение ЦУР на "
     "открытом портале.",
     "ngos;committee-cs", "medium", 7, 16, None, None, None, None],
    ["G4-05", "G4", "D4", "kk",
     "Азаматтық мониторинг бойынша оқыту бағдарламасын іске қосу",
     "Өңірлік ҮЕҰ мен белсенді азаматтарды Тұрақты даму мақсаттарының жергілікті деңгейде "
     "орындалуына азаматтық мониторинг жүргізу әдістеріне оқыту және мониторинг нәтижелерін "
     "әкімдіктердің есептерінде ескеру.",
     "akimats;ngos;donors", "medium", 12, "4;16;17",
     "Запустить программу обучения гражданскому мониторингу",
     "Обучить региональные НПО и активных граждан методам гражданского мониторинга выполнения "
     "Целей устойчивого развития на местном уровне и учитывать результаты мониторинга в "
     "отчетах акиматов.",
     None, None],
    ["G4-06", "G4", "D4", "en",
     "Disaggregated data for SDG monitoring",
     "Publish SDG indicators disaggregated by sex, age, disability and place of residence, so "
     "that NGOs can monitor which groups are being left behind.",
     "stat", "medium", 10, "5;10", None, None, None, None],
    ["G4-07", "G4", "D6", "kk",
     "ҮЕҰ туралы заң жобасының салдарын алдын ала талдау",
     "ҮЕҰ қызметі туралы жаңа заң жобасын Парламентке енгізгенге дейін сектордың нақты "
     "қажеттіліктері мен ықтимал салдарына тәуелсіз талдау жүргізу және оның нәтижелерін "
     "жариялау.",
     "mci;parliament", "short", 15, 16, None, None, None, None],
    ["G5-01", "G5", "D5", "ru",
     "Создать школу молодых лидеров гражданского общества",
     "Создать ежегодную школу молодых лидеров гражданского общества: обучение управлению "
     "проектами и диалогу с государственными органами, наставничество опытных руководителей "
     "НПО. Это поможет восполнить нехватку молодых лидеров в секторе.",
     "youth-policy;ngos;mci", "medium", 22, "4;16", None, None, None, None],
    ["G5-02", "G5", "D5", "kk",
     "Волонтерлік қызметті мансаптық артықшылық ретінде тану",
     "Волонтерлік қызметтің расталған сағаттарын жоғары оқу орындарына қабылдау және "
     "мемлекеттік қызметке орналасу кезінде қосымша артықшылық ретінде ескеру.",
     "youth-policy;parliament", "medium", 15, "4;8", None, None, None, None],
    # The same proposal as G2-04, typed again by another secretary: lower-case first
    # letters, a doubled space and a trailing space (an exact duplicate for the merge).
    ["G5-03", "G5", "D2", "ru",
     "создать единую  цифровую платформу для НПО",
     "создать единую цифровую платформу, на которой НПО могут подавать заявки на гранты и "
     "государственный социальный заказ,  публиковать отчеты и находить партнеров и волонтеров. ",
     "mci", "medium", 6, "16;17", None, None, None, None],
    ["G5-04", "G5", "D5", "kk",
     "Мектептер мен колледждерде азаматтық белсенділік клубтарын құру",
     "Жалпы білім беретін мектептер мен колледждерде жастар жергілікті мәселелерді шешуге "
     "арналған жобаларды іске асыратын азаматтық белсенділік клубтарын құру және олардың "
     "жұмысына ҮЕҰ-ларды тарту.",
     "youth-policy;ngos;akimats", "medium", 13, "4;16",
     "Создать клубы гражданской активности в школах и колледжах",
     "Создать в общеобразовательных школах и колледжах клубы гражданской активности, в "
     "которых молодежь реализует проекты по решению местных проблем, и привлекать к их "
     "работе НПО.",
     None, None],
    ["G5-05", "G5", "D5", "ru",
     "Ввести квоту для молодежи в общественных советах",
     "Предусмотреть, чтобы не менее 20\u00a0% членов общественных советов составляли молодые "
     "люди в возрасте до 35 лет, представляющие молодежные организации и инициативы.",
     "public-councils;youth-policy;mci", "short", 18, "10;16", None, None, None, None],
    ["G5-06", "G5", "D3", "en",
     "Micro-grants for youth initiatives",
     "Set up a small-grants window for informal youth groups without legal registration, with "
     "a one-page application form and mentoring from a partner NGO.",
     "youth-policy;donors;akimats", "short", 12, 10,
     "Микрогранты для молодежных инициатив",
     "Создать окно малых грантов для неформальных молодежных групп без регистрации "
     "юридического лица, с заявкой на одной странице и наставничеством партнерской НПО.",
     None, None],
    ["G5-07", "G5", "D5", "kk",
     "Ауыл жастарын азаматтық бастамаларға тарту",
     "Ауылдық елді мекендерде жастар орталықтарының жанынан волонтерлік топтар құру және "
     "оларды онлайн-оқыту мен шағын гранттар арқылы қолдау.",
     "youth-policy;akimats", "medium", 10, "10;11", None, None, None, None],
    ["G5-08", "G5", "D5", "kk",
     "Блогерлер мен жас медиа авторларын азаматтық жобаларға тарту",
     "Блогерлер мен жас медиа авторларын қоғамдық маңызы бар жобаларға тарту және ҮЕҰ "
     "қызметкерлеріне цифрлық құралдар мен медиа сауаттылық бойынша тегін курстар өткізу.",
     "youth-policy;ngos;mci", "short", 9, "4;16", None, None, None, None],
]

WIDTHS = {"A": 8, "B": 7, "C": 9, "D": 9, "E": 45, "F": 80, "G": 28, "H": 10, "I": 7,
          "J": 9, "K": 40, "L": 60, "M": 40, "N": 60}


def build() -> Workbook:
    """Return the workbook: one sheet, a bold frozen header, wrapped text cells."""
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in WIDTHS.items():
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    wb.properties.creator = "recbook sample"
    wb.properties.title = "Working groups 4 and 5: proposals (illustrative sample)"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.lastModifiedBy = "recbook sample"
    return wb


def reproducible_bytes(wb: Workbook) -> bytes:
    """Save `wb` and rewrite the zip with fixed entry times and a stable order."""
    raw = io.BytesIO()
    wb.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" on save
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>",
                    data,
                )
            dst.writestr(fixed, data)
    return out.getvalue()


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else OUTPUT
    target.write_bytes(reproducible_bytes(build()))
    print(f"wrote {target} ({len(ROWS)} proposals)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
