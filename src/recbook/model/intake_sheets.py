"""The intake workbook's sheet names: one per working group (scaffold.intake writes them), and the lists'.

`recbook intake` names each group's sheet after the group, as Excel allows (`sheet_title`), and
the check reads a row's sheet back to the group it was made for (`sheet_groups`): a row on G2's
sheet whose `group` cell says G1, the drop-down's first value, is a slip the check names. Here, in
the model, because both the scaffold and the check (which may not import openpyxl) use it.
"""

from __future__ import annotations

import re

LISTS_SHEET = "recbook-lists"  # the intake workbook's drop-down values, not proposals
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
# Excel refuses "History" (it names its change-tracking sheet), in any case; the lists sheet's name is
# the workbook names' target, so a group called "recbook-lists" must not take it
_RESERVED_TITLES = ("history", LISTS_SHEET.lower())


def sheet_title(group_id: str, taken: list[str]) -> str:
    """Return a valid, unused sheet title for a group (Excel: ≤31 characters, no []:*?/\\, no ' at
    either end, not "History"); a taken or refused name gets a suffix: "History~2".

    The group id itself stays in the sheet's cells (the group column's list and note).
    """
    base = _BAD_TITLE.sub("_", group_id)[:31].strip("'") or "group"
    title, n = base, 2
    while title.lower() in {t.lower() for t in taken} | set(_RESERVED_TITLES):
        suffix = f"~{n}"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    return title


def sheet_groups(group_ids: tuple[str, ...]) -> dict[str, str]:
    """Return {sheet title: group id} of the intake workbook made for these groups, in their order."""
    titles: list[str] = []
    for group in group_ids:
        titles.append(sheet_title(group, titles))
    return dict(zip(titles, group_ids))


def sheet_of(cell: str) -> str:
    """Return the sheet of a located cell, "G2!B5" or "'Group 2'!B5" (load.xlsx_reader.cell_ref's form)."""
    sheet = cell.rsplit("!", 1)[0]
    if sheet.startswith("'") and sheet.endswith("'") and len(sheet) > 1:
        sheet = sheet[1:-1].replace("''", "'")
    return sheet
