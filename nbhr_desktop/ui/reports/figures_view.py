"""Filling the reports screen's two figure tables from ``PeriodFigures`` (GUI thread only)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from nbhr_desktop.core.reports.figures import Group, PeriodFigures, Totals, change_percent
from nbhr_desktop.core.vnformat import number, percent

CTX = "ReportsScreen"


_T = QT_TRANSLATE_NOOP  # marks the tables' strings for lupdate; translated by tr()

GROUPS = [  # key, choice title, first column title
    ("tasks", _T("ReportsScreen", "Theo nhiệm vụ kế hoạch (chỉ tiêu, kết quả)"),
     _T("ReportsScreen", "Nhiệm vụ / chỉ tiêu")),
    ("form", _T("ReportsScreen", "Theo hình thức truyền thông"),
     _T("ReportsScreen", "Hình thức truyền thông")),
    ("theme", _T("ReportsScreen", "Theo chủ đề"), _T("ReportsScreen", "Chủ đề")),
    ("audience", _T("ReportsScreen", "Theo đối tượng"), _T("ReportsScreen", "Đối tượng")),
    ("commune", _T("ReportsScreen", "Theo xã, thị trấn"), _T("ReportsScreen", "Xã, thị trấn")),
    ("funding", _T("ReportsScreen", "Theo nguồn kinh phí"),
     _T("ReportsScreen", "Nguồn kinh phí")),
    ("month", _T("ReportsScreen", "Theo tháng"), _T("ReportsScreen", "Tháng")),
]
MEASURES = [
    ("activities", _T("ReportsScreen", "Số hoạt động")),
    ("attendances", _T("ReportsScreen", "Lượt người")),
    ("women", _T("ReportsScreen", "Nữ")),
    ("ethnic", _T("ReportsScreen", "DTTS")),
    ("products", _T("ReportsScreen", "Sản phẩm")),
    ("minutes", _T("ReportsScreen", "Phút phát sóng")),
    ("cost", _T("ReportsScreen", "Kinh phí (đồng)")),
]
OVERALL = [
    ("activities", _T("ReportsScreen", "Số hoạt động")),
    ("attendances", _T("ReportsScreen", "Lượt người tham dự")),
    ("women", _T("ReportsScreen", "Trong đó: lượt nữ")),
    ("ethnic", _T("ReportsScreen", "Trong đó: người dân tộc thiểu số")),
    ("products", _T("ReportsScreen", "Sản phẩm truyền thông")),
    ("minutes", _T("ReportsScreen", "Phút phát sóng")),
    ("cost", _T("ReportsScreen", "Kinh phí (đồng)")),
]


def tr(text: str) -> str:
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


def fill_totals(table: QTableWidget, figures: PeriodFigures, previous_label: str) -> None:
    before = figures.year_earlier
    rows = []
    for name, label in OVERALL:
        now = getattr(figures.totals, name)
        then = getattr(before.totals, name) if before else None
        change = change_percent(now, then) if then is not None else None
        rows.append([_item(tr(label)), _item(number(now), right=True, bold=True),
                     _item(number(then), right=True),
                     _item("" if change is None else f"{'+' if change > 0 else ''}"
                           f"{percent(change)}", right=True)])
    _fill(table, [tr("Chỉ tiêu"), tr("Kỳ này"), previous_label, tr("Tăng, giảm")], rows)


def _group_rows(groups: list[Group], totals: Totals, total_label: str):
    rows = []
    for group in groups:
        rows.append([_item(group.name)] + [_item(number(getattr(group.totals, m)), right=True)
                                           for m, _t in MEASURES])
    rows.append([_item(total_label, bold=True)]
                + [_item(number(getattr(totals, m)), right=True, bold=True) for m, _t in MEASURES])
    return rows


def fill_group(table: QTableWidget, figures: PeriodFigures, key: str) -> None:
    if key == "tasks":
        rows = []
        for task in figures.tasks:
            rows.append([_item(task.title, bold=True), _item(""), _item(""), _item(""),
                         _item(""), _item(number(task.figures.activities), right=True)])
            for target in task.targets:
                share = "" if target.percent is None else percent(target.percent)
                rows.append([_item(f"   – {target.indicator}"), _item(target.unit),
                             _item(number(target.quantity), right=True),
                             _item(number(target.result), right=True),
                             _item(share, right=True), _item("")])
        if not rows:
            rows = [[_item(tr("Không có kế hoạch nào áp dụng cho kỳ này."))]
                    + [_item("") for _column in range(5)]]
        _fill(table, [tr("Nhiệm vụ / chỉ tiêu"), tr("Đơn vị tính"), tr("Chỉ tiêu"),
                      tr("Kết quả"), tr("Tỷ lệ đạt"), tr("Số hoạt động")], rows)
        return
    groups = {"form": figures.by_form, "theme": figures.by_theme,
              "audience": figures.by_audience, "commune": figures.by_commune,
              "funding": figures.by_funding, "month": figures.by_month}[key]
    exclusive = key in ("form", "commune", "funding", "month")
    label = tr("Tổng cộng") if exclusive else tr("Tổng số (mỗi hoạt động tính một lần)")
    first = next(column for k, _choice, column in GROUPS if k == key)
    _fill(table, [tr(first)] + [tr(t) for _m, t in MEASURES],
          _group_rows(groups, figures.totals, label))


def group_choices() -> list[tuple[str, str]]:
    """The tables the screen offers, as (key, translated title)."""
    return [(key, tr(choice)) for key, choice, _column in GROUPS]
