"""Check the system libraries WeasyPrint needs, and say what to install when they are missing."""

from __future__ import annotations

import sys

from ..diagnostics import RecbookError

MIN_PANGO = (1, 44)
INSTALL_HINT = (
    "install them with: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 "
    "(Debian/Ubuntu), or see https://doc.courtbouillon.org/weasyprint/stable/first_steps.html"
)


def require_pdf_libraries() -> None:
    """Raise a RecbookError (never a traceback) when Pango ≥ 1.44 cannot be loaded."""
    try:
        from weasyprint.text.ffi import pango
    except (ImportError, OSError) as exc:
        raise RecbookError(f"the PDF renderer cannot load Pango/HarfBuzz ({exc}); {INSTALL_HINT}") from None
    number = pango.pango_version()
    found = (number // 10000, number // 100 % 100)
    if found < MIN_PANGO:
        raise RecbookError(
            f"Pango {found[0]}.{found[1]} is too old: WeasyPrint needs ≥ {MIN_PANGO[0]}.{MIN_PANGO[1]}; {INSTALL_HINT}"
        )


def main() -> int:
    """Print one line about the PDF libraries; exit 1 when they are missing."""
    try:
        require_pdf_libraries()
    except RecbookError as exc:
        print(f"recbook: error: {exc.format_message()}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
