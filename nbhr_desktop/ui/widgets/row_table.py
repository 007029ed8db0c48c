"""A read-only table model over plain rows (dataclasses or any objects).

Screens load rows through a service on the worker thread and hand them to the model on
the GUI thread; the model never touches the database. Columns are declared once::

    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("Units", "Mã"), lambda r: r.code),
        Column(QT_TRANSLATE_NOOP("Units", "Tên"), lambda r: r.name, stretch=True),
        Column(QT_TRANSLATE_NOOP("Units", "Hiệu lực đến"), lambda r: fmt(r.valid_to)),
    ]
    model = RowTableModel(COLUMNS, context="Units")
    model.set_rows(rows)
    row = model.row_at(view.currentIndex())

Rows a column marks as ``dimmed`` (e.g. inactive catalogue entries) show in grey and
italic. Sorting goes through a ``QSortFilterProxyModel`` using ``SORT_ROLE``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

SORT_ROLE = Qt.UserRole + 10
ROW_ROLE = Qt.UserRole + 11
# The invalid index: "no parent", the default Qt passes to a flat model's rowCount/columnCount.
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    title_source: str  # source text, translated with the model's context
    value: Callable[[Any], Any]
    align_right: bool = False
    stretch: bool = False
    sort_key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    color: Callable[[Any], str | None] | None = None  # a cell's text colour ("#b3261e")


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], *, context: str = "Table",
                 dimmed: Callable[[Any], bool] | None = None, parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._dimmed = dimmed
        self._rows: list[Any] = []

    # -- rows -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: QModelIndex) -> Any | None:
        if not index.isValid():
            return None
        row = index.data(ROW_ROLE)  # works through proxy models too
        return row

    def columns(self) -> list[Column]:
        return list(self._columns)

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return QCoreApplication.translate(self._context, self._columns[section].title_source)
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            key = column.sort_key(row) if column.sort_key else column.value(row)
            return "" if key is None else key
        if role == ROW_ROLE:
            return row
        if role == Qt.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignRight | Qt.AlignVCenter)
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ForegroundRole and column.color:
            color = column.color(row)
            if color:
                return QBrush(QColor(color))
        if self._dimmed and self._dimmed(row):
            if role == Qt.ForegroundRole:
                return QBrush(QColor("#7a7a7a"))
            if role == Qt.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None
