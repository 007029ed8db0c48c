"""A one-line label that never widens its window: long text ends in "…", whole in the tooltip.

Status lines ("Đã xuất … vào thư mục …", the data folder in the status bar) can be longer
than a 1024-pixel screen; a ``QLabel`` would make that its window's minimum width, and
every screen would be clipped until restart. In forms: ``<widget class="ElidedLabel">``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MINIMUM_WIDTH = 60
ZERO_WIDTH_SPACE = "\u200b"


def breakable(path) -> str:
    """A path a word-wrapping label may break after each folder, instead of widening the
    window to the path's length (for messages; not for text meant to be copied)."""
    text = str(path)
    return text.replace("\\", "\\" + ZERO_WIDTH_SPACE).replace("/", "/" + ZERO_WIDTH_SPACE)


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        if isinstance(text, QWidget) and parent is None:  # as a form loader makes it
            text, parent = "", text
        super().__init__(text, parent)
        self.setTextFormat(Qt.PlainText)
        # It takes the room its row leaves, and asks for none.
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._sync_tooltip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._sync_tooltip()

    def _sync_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        return QSize(MINIMUM_WIDTH, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.ElideMiddle if self.property(
            "elideMiddle") else Qt.ElideRight, self.contentsRect().width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sync_tooltip()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = self.alignment().value | Qt.TextSingleLine.value
        painter.drawText(self.contentsRect(), flags, self.shown_text())
