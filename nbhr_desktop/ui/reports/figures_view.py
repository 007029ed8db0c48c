"""Filling the reports screen's two figure tables from ``PeriodFigures`` (GUI thread only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports.figures import Group, PeriodFigures, Totals, overall_rows, signed
from nbhr_desktop.core.reports.judging import verdict_label
from nbhr_desktop.core.vnformat import number, percent
from nbhr_desktop.storage.activity_fields import FIGURES

CTX = "ReportsScreen"
translate = QCoreApplication.translate  # literal strings: lupdate files them under CTX


# The tables' strings, marked for lupdate (by QT_TRANSLATE_NOOP's own name: lupdate does not
# follow an alias) and translated by tr().
GROUPS = [  # key, choice title, first column title
    ("tasks",
     QT_TRANSLATE_NOOP("ReportsScreen", "Theo nhiệm vụ kế hoạch (chỉ tiêu, kết quả)"),
     QT_TRANSLATE_NOOP("ReportsScreen", "Nhiệm vụ / chỉ tiêu")),
    ("form", QT_TRANSLATE_NOOP("ReportsScreen", "Theo hình thức truyền thông"),
     QT_TRANSLATE_NOOP("ReportsScreen", "Hình thức truyền thông")),
    ("theme", QT_TRANSLATE_NOOP("ReportsScreen", "Theo chủ đề"),
     QT_TRANSLATE_NOOP("ReportsScreen", "Chủ đề")),
    ("audience", QT_TRANSLATE_NOOP("ReportsScreen", "Theo đối tượng"),
     QT_TRANSLATE_NOOP("ReportsScreen", "Đối tượng")),
    ("commune", QT_TRANSLATE_NOOP("ReportsScreen", "Theo xã, thị trấn"),
     QT_TRANSLATE_NOOP("ReportsScreen", "Xã, thị trấn")),
    ("funding", QT_TRANSLATE_NOOP("ReportsScreen", "Theo nguồn kinh phí"),
     QT_TRANSLATE_NOOP("ReportsScreen", "Nguồn kinh phí")),
    ("month", QT_TRANSLATE_NOOP("ReportsScreen", "Theo tháng"),
     QT_TRANSLATE_NOOP("ReportsScreen", "Tháng")),
]
COUNT_TITLE = QT_TRANSLATE_NOOP("ReportsScreen", "Số hoạt động")
# The grouped tables' columns: the count, then each figure (``storage.activity_fields``,
# titled with its short label from the core's catalogue, as the activities table is).
MEASURES = ["activities", *(f.total for f in FIGURES)]


def measure_titles() -> list[str]:
    return [tr(COUNT_TITLE), *(_(f.short) for f in FIGURES)]
def tr(text: str) -> str:
    """Translates a string marked with _T (literal strings call translate() directly, so
    that lupdate files them under the same context)."""
    return QCoreApplication.translate(CTX, text)


def _item(text: str, *, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if len(text) > 40:
        item.setToolTip(text)  # one line per row: the whole name on hover
    if right:
        item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    return item


def _fill(table: QTableWidget, headers: list[str], rows: list[list[QTableWidgetItem]],
          stretch: int = 0) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    table.resizeRowsToContents()


def quantity_text(quantity: int, unit: str) -> str:
    """"150 lượt người"; a share is written as one: "100%" (``vnformat.percent``'s style)."""
    unit = unit.strip()
    return f"{number(quantity)}%" if unit == "%" else f"{number(quantity)} {unit}".strip()


def fill_totals(table: QTableWidget, figures: PeriodFigures) -> None:
    """This period, the total from the year's start (when it starts later), and the same
    period a year earlier with the signed change (when anything was recorded then)."""
    headers = [translate("ReportsScreen", "Chỉ tiêu"), translate("ReportsScreen", "Kỳ này")]
    ytd = figures.year_to_date
    if ytd is not None:
        headers.append(translate("ReportsScreen", "Lũy kế"))
    compare = figures.has_comparison
    if compare:
        headers += [translate("ReportsScreen", "Cùng kỳ"), translate("ReportsScreen", "Tăng, giảm")]
    rows = []
    for row in overall_rows():  # the labels come translated from the core
        now = getattr(figures.totals, row.measure)
        label = f"{row.number}. {row.label}" if row.number else f"    {row.label}"
        cells = [_item(label), _item(number(now), right=True, bold=True)]
        if ytd is not None:
            cells.append(_item(number(getattr(ytd, row.measure)), right=True))
        if compare:
            then = getattr(figures.year_earlier.totals, row.measure)
            cells += [_item(number(then), right=True), _item(signed(now - then), right=True)]
        rows.append(cells)
    _fill(table, headers, rows)


def _group_rows(groups: list[Group], totals: Totals, total_label: str):
    rows = []
    for group in groups:
        rows.append([_item(group.name)] + [_item(number(getattr(group.totals, m)), right=True)
                                           for m in MEASURES])
    rows.append([_item(total_label, bold=True)]
                + [_item(number(getattr(totals, m)), right=True, bold=True) for m in MEASURES])
    return rows


def fill_group(table: QTableWidget, figures: PeriodFigures, key: str) -> None:
    if key == "tasks":
        # Compact for a narrow window: the unit goes with the target ("150 lượt người").
        rows = []
        for task in figures.tasks:
            rows.append([_item(f"{task.title} ({task.timing})", bold=True), _item(""),
                         _item(""), _item(""), _item(""),
                         _item(verdict_label(task.verdict), bold=True)])
            for target in task.targets:
                share = "" if target.percent is None else percent(target.percent)
                entered = target.result is not None
                rows.append([_item(f"   – {target.indicator}"),
                             _item(quantity_text(target.quantity, target.unit), right=True),
                             _item(number(target.in_period) if target.in_period is not None
                                   else "", right=True),
                             _item(number(target.result) if entered else "", right=True),
                             _item(share, right=True), _item(verdict_label(target.verdict))])
        if not rows:
            rows = [[_item(translate("ReportsScreen",
                                     "Không có kế hoạch nào áp dụng cho kỳ này."))]
                    + [_item("") for _column in range(5)]]
        _fill(table, [translate("ReportsScreen", "Nhiệm vụ / chỉ tiêu"),
                      translate("ReportsScreen", "Chỉ tiêu năm"),
                      translate("ReportsScreen", "Trong kỳ"), translate("ReportsScreen", "Lũy kế"),
                      translate("ReportsScreen", "Tỷ lệ đạt"),
                      translate("ReportsScreen", "Đánh giá")], rows)
        return
    groups = {"form": figures.by_form, "theme": figures.by_theme,
              "audience": figures.by_audience, "commune": figures.by_commune,
              "funding": figures.by_funding, "month": figures.by_month}[key]
    exclusive = key in ("form", "commune", "funding", "month")
    label = (translate("ReportsScreen", "Tổng cộng") if exclusive
             else translate("ReportsScreen", "Tổng số (mỗi hoạt động tính một lần)"))
    first = next(column for k, _choice, column in GROUPS if k == key)
    _fill(table, [tr(first), *measure_titles()],
          _group_rows(groups, figures.totals, label))


def group_choices() -> list[tuple[str, str]]:
    """The tables the screen offers, as (key, translated title)."""
    return [(key, tr(choice)) for key, choice, _column in GROUPS]
