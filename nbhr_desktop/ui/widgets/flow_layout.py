"""A layout that places its items in rows and wraps to the next row when the width runs out.

For bars of filters and buttons that must fit a 1024-pixel screen and still use one row
on a wide one: ``FlowLayout(parent_widget)``, then ``addWidget`` as usual. Items keep their
size hints; a row's items share nothing (they are not stretched), the height follows the
width (``heightForWidth``). ``replace_layout(widget)`` moves the widgets of a layout made
in a form into a flow layout, in the same order.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6,
                 row_spacing: int = 4):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._row_spacing = row_spacing

    # -- QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing ----------------------------------------------------------------------------
    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint().expandedTo(item.minimumSize())
            if row and x + hint.width() > area.right() + 1:
                if move:
                    self._place_row(row, area.x(), y, row_height)
                x, y, row_height, row = area.x(), y + row_height + self._row_spacing, 0, []
            row.append((item, QSize(min(hint.width(), area.width()), hint.height())))
            x += row[-1][1].width() + self._spacing
            row_height = max(row_height, hint.height())
        if move and row:
            self._place_row(row, area.x(), y, row_height)
        return y + row_height - rect.y() + margins.bottom()

    def _place_row(self, row, x: int, y: int, height: int) -> None:
        for item, size in row:
            # Vertically centred in the row, as labels beside fields expect.
            top = y + (height - size.height()) // 2
            item.setGeometry(QRect(QPoint(x, top), size))
            x += size.width() + self._spacing


def replace_layout(widget: QWidget, *, spacing: int = 6) -> FlowLayout:
    """Move the widgets of ``widget``'s layout (made in a form) into a flow layout."""
    old = widget.layout()
    margins = old.contentsMargins() if old is not None else None
    widgets: list[QWidget] = []
    if old is not None:
        while old.count():
            item = old.takeAt(0)
            if item.widget() is not None:
                widgets.append(item.widget())
        QWidget().setLayout(old)  # the old layout goes with a throw-away widget
    flow = FlowLayout(widget, spacing=spacing)
    if margins is not None:
        flow.setContentsMargins(margins)
    for child in widgets:
        flow.addWidget(child)
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)
    return flow

