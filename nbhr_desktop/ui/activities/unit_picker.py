"""The province's unit filter on the activities screen: several units at once.

A button ("Đơn vị: tất cả", "Đơn vị: Huyện Kim Sơn", "Đơn vị: 3 đơn vị") opening a panel
with a search box (accents optional), the units with a tick each, and two shortcuts:
"Các đơn vị của kỳ" ticks the reporting units that existed in the dates of the filter (8
districts in 2024, the 129 communes from 01/07/2025), "Tất cả" clears the filter. Changes
apply as the ticks change (``changed``); the screen debounces nothing, the query is cheap.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from nbhr_desktop.base.text import fold

ID_ROLE = Qt.UserRole + 1


# Fusion draws a menu button's arrow in its bottom-right corner, over the end of the text
# ("Mọi đơn vị⌄"); room on the right keeps the two apart.
MENU_BUTTON_STYLE = "QToolButton { padding: 2px 13px 2px 4px; }"


class UnitPicker(QToolButton):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.InstantPopup)
        self.setObjectName("unitPicker")
        self.setStyleSheet(MENU_BUTTON_STYLE)
        self._period_units = lambda: ()  # the screen tells which units the dates cover
        self._quiet = False
        menu = QMenu(self)
        panel = QWidget(menu)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit(panel)
        self.search.setPlaceholderText(self.tr("Tìm đơn vị (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(panel)
        self.list.setMinimumSize(300, 320)
        self.list.itemChanged.connect(self._ticked)
        buttons = QHBoxLayout()
        self.period_button = QPushButton(self.tr("Các đơn vị của kỳ"), panel)
        self.period_button.setToolTip(self.tr(
            "Chọn các đơn vị có trong khoảng thời gian đang lọc (huyện đến 30/06/2025, xã, "
            "phường từ 01/07/2025)"))
        self.all_button = QPushButton(self.tr("Tất cả"), panel)
        self.all_button.setToolTip(self.tr("Bỏ lọc theo đơn vị"))
        self.period_button.clicked.connect(self.pick_period_units)
        self.all_button.clicked.connect(self.clear)
        buttons.addWidget(self.period_button)
        buttons.addWidget(self.all_button)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        menu.aboutToShow.connect(self.search.setFocus)
        self.setMenu(menu)
        self._caption()

    def set_units(self, choices, period_units) -> None:
        """(id, name, code) choices; ``period_units()`` gives the ids of the current dates."""
        chosen = set(self.unit_ids())
        self._period_units = period_units
        self._quiet = True
        self.list.clear()
        for unit_id, name, code in choices:
            item = QListWidgetItem(f"{name} ({code})", self.list)
            item.setData(ID_ROLE, unit_id)
            item.setData(Qt.UserRole + 2, fold(f"{name} {code}"))
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if unit_id in chosen else Qt.Unchecked)
        self._quiet = False
        self._caption()

    def unit_ids(self) -> tuple[int, ...]:
        return tuple(self.list.item(row).data(ID_ROLE) for row in range(self.list.count())
                     if self.list.item(row).checkState() == Qt.Checked)

    def set_unit_ids(self, ids, *, quiet: bool = True) -> None:
        wanted = set(ids)
        self._quiet = True
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(Qt.Checked if item.data(ID_ROLE) in wanted else Qt.Unchecked)
        self._quiet = False
        self._caption()
        if not quiet:
            self.changed.emit()

    def pick_period_units(self) -> None:
        self.set_unit_ids(self._period_units(), quiet=False)

    def clear(self) -> None:
        self.set_unit_ids((), quiet=False)

    def _ticked(self, _item) -> None:
        if self._quiet:
            return
        self._caption()
        self.changed.emit()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = item.data(Qt.UserRole + 2) or ""
            item.setHidden(not all(word in haystack for word in words))

    def _caption(self) -> None:
        ids = self.unit_ids()
        if not ids:
            text = self.tr("Mọi đơn vị")
        elif len(ids) == 1:
            item = next(self.list.item(r) for r in range(self.list.count())
                        if self.list.item(r).data(ID_ROLE) == ids[0])
            text = item.text()
        else:
            text = self.tr("{0} đơn vị").format(len(ids))
        self.setText(text)
        self.setToolTip(self.tr("Lọc theo đơn vị; đang chọn: {0}").format(text))
