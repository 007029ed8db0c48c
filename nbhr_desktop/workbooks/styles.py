"""Named cell styles shared by the workbooks the app writes.

Named styles are registered once per workbook and applied by name, which is what keeps a
streamed (write-only) sheet of 50,000 styled rows quick: each cell carries a reference to
a style, not its own font, border and number format objects.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

FONT_NAME = "Times New Roman"  # LibreOffice shows it as the metric-compatible Liberation Serif
FONT_SIZE = 11

DATE_FORMAT = "DD/MM/YYYY"
INT_FORMAT = "#,##0"
# Amounts sit in columns headed "(đồng)": the unit is in the header, not in every cell.
MONEY_FORMAT = "#,##0"
# One decimal, as ``vnformat.percent`` writes it; the cell holds the value rounded the same
# way, so the spreadsheet shows the same digits ("85,5%" in a Vietnamese locale).
PERCENT_FORMAT = "0.0%"
SIGNED_FORMAT = "+#,##0;-#,##0;0"  # a change against the year before: +12, -3, 0

TITLE = "nb_title"
SUBTITLE = "nb_subtitle"
SECTION = "nb_section"
HEADER = "nb_header"
TEXT = "nb_text"
CENTER = "nb_center"
DATE = "nb_date"
INT = "nb_int"
MONEY = "nb_money"
PERCENT = "nb_percent"
TOTAL_TEXT = "nb_total_text"
TOTAL_INT = "nb_total_int"
TOTAL_MONEY = "nb_total_money"
TOTAL_PERCENT = "nb_total_percent"
PLAIN = "nb_plain"
SIGNED = "nb_signed"
NOTE = "nb_note"

_thin = Side(style="thin", color="808080")
_box = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)


def _style(name: str, *, bold=False, italic=False, size=FONT_SIZE, fmt="General",
           horizontal="general", wrap=True, border=True, fill: str | None = None) -> NamedStyle:
    style = NamedStyle(name=name)
    style.font = Font(name=FONT_NAME, size=size, bold=bold, italic=italic)
    style.number_format = fmt
    style.alignment = Alignment(horizontal=horizontal, vertical="top" if not bold else "center",
                                wrap_text=wrap)
    if border:
        style.border = _box
    if fill:
        style.fill = PatternFill("solid", fgColor=fill)
    return style


def register_styles(workbook: Workbook) -> None:
    """Add the named styles to ``workbook`` (call once, before writing cells)."""
    for style in (
        _style(TITLE, bold=True, size=14, horizontal="center", border=False, wrap=False),
        _style(SUBTITLE, italic=True, horizontal="center", border=False, wrap=False),
        _style(SECTION, bold=True, border=False, wrap=False),
        _style(HEADER, bold=True, horizontal="center", fill="D9E2F3"),
        _style(TEXT),
        _style(CENTER, horizontal="center"),
        _style(DATE, fmt=DATE_FORMAT, horizontal="center"),
        _style(INT, fmt=INT_FORMAT),
        _style(MONEY, fmt=MONEY_FORMAT),
        _style(PERCENT, fmt=PERCENT_FORMAT),
        _style(TOTAL_TEXT, bold=True, fill="F2F2F2"),
        _style(TOTAL_INT, bold=True, fmt=INT_FORMAT, fill="F2F2F2"),
        _style(TOTAL_MONEY, bold=True, fmt=MONEY_FORMAT, fill="F2F2F2"),
        _style(TOTAL_PERCENT, bold=True, fmt=PERCENT_FORMAT, fill="F2F2F2"),
        _style(PLAIN, border=False),
        _style(SIGNED, fmt=SIGNED_FORMAT),
        _style(NOTE, italic=True, border=False),
    ):
        workbook.add_named_style(style)
