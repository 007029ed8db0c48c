"""A date field made for typing: "05/03/2024", "5/3/2024", "05032024" or "5/3", or a calendar.

``QDateEdit`` edits a date section by section: an empty optional date needs a sentinel
(01/01/2000 with a "—" special text) that typing writes into ("—0052024"), Tab puts a
cleared date back, a click places the cursor where digits are then ignored, and the
calendar opens on January 2000. This field is a line edit: the officer types a date
anywhere, clears it with × or by deleting the text, or picks it from a calendar that opens
on the date shown, else on ``reference`` (the plan's year, the activity's start…).

API (a drop-in for the ``QDateEdit`` calls the screens make)::

    field = DateField(parent, optional=True)    # in forms: <widget class="DateField" …>
    field.setDate(QDate(2024, 3, 5))            # or NO_DATE / QDate() for "no date"
    field.date()                                # QDate, or NO_DATE when empty
    field.value()                               # datetime.date or None
    field.dateChanged.connect(…)                # when the officer settles a new date
    field.error()                               # "" or why the typed text is not a date

The date settles once typed in full ("05032024", "5/3/2024"), when the field is left, on
Enter, on a calendar click and on ×; until
then ``commit()`` settles it (editors call it before saving). Text that is not a date
stays as typed, framed in red with the reason, and ``date()`` keeps the last good date:
the caller asks ``error()`` before saving, so nothing typed is dropped without a word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from nbhr_desktop.resources import resource

NO_DATE = QDate(2000, 1, 1)  # what QDateEdit-era code passes for "no date"
FORMAT = "dd/MM/yyyy"
ERROR_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"
# A date typed in full (four-digit year) settles at once, without waiting for Enter or Tab.
_COMPLETE = re.compile(r"^(\d{8}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})$")
_SEPARATED = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$")


def parse_date(text: str, default_year: int) -> dt.date:
    """The date an officer typed; ``ValueError`` with a Vietnamese reason otherwise."""
    text = text.strip()
    digits = text.isdigit()
    if digits and len(text) in (6, 8):  # 050324, 05032024
        day, month, year = int(text[:2]), int(text[2:4]), int(text[4:])
    elif digits and len(text) == 4:  # 0503: this year
        day, month, year = int(text[:2]), int(text[2:]), default_year
    else:
        match = _SEPARATED.match(text)
        if not match:
            raise ValueError(QCoreApplication.translate(
                "DateField", "\"{0}\" không phải ngày: hãy gõ ngày/tháng/năm, ví dụ 05/03/2024 "
                "hoặc 05032024.").format(text))
        day, month = int(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else default_year
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(QCoreApplication.translate(
            "DateField", "Ngày {0} không có trong lịch.").format(text)) from None


def to_qdate(value: dt.date | None) -> QDate:
    return QDate() if value is None else QDate(value.year, value.month, value.day)


class _CalendarPopup(QFrame):
    def __init__(self, field: DateField):
        super().__init__(field, Qt.Popup)
        self.setFrameShape(QFrame.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.Monday)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._chosen)
        self.calendar.activated.connect(self._chosen)
        self._field = field

    def _chosen(self, day: QDate) -> None:
        self.close()
        self._field.pick(day)


class DateField(QLineEdit):
    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True):
        super().__init__(parent)
        self._value: dt.date | None = None
        self._error = ""
        self._optional = True
        self.reference: Callable[[], dt.date | None] | None = None
        self._popup: _CalendarPopup | None = None
        action = QAction(QIcon(str(resource("icons", "calendar.svg"))),
                         self.tr("Chọn ngày trên lịch"), self)
        action.triggered.connect(self.show_calendar)
        self.addAction(action, QLineEdit.TrailingPosition)
        self.calendar_action = action
        self.setToolTip(self._hint())
        self.set_optional(optional)
        # As wide as a date and its buttons, also in form layouts that stretch their fields.
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.editingFinished.connect(self.commit)
        self.textEdited.connect(self._typing)

    def sizeHint(self) -> QSize:
        # Wide enough for a date and the two buttons, not for a sentence.
        return QSize(self.minimumWidth(), super().sizeHint().height())

    # -- QDateEdit-compatible -------------------------------------------------------------
    def date(self) -> QDate:
        return NO_DATE if self._value is None else to_qdate(self._value)

    def setDate(self, value: QDate) -> None:
        day = None if (value is None or not value.isValid() or value == NO_DATE) else \
            dt.date(value.year(), value.month(), value.day())
        self.set_value(day)

    # -- dates ------------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, day: dt.date | None) -> None:
        """Show ``day`` (None: empty); emits ``dateChanged`` when the date changes."""
        self._show(day)
        self._settle(day)

    def set_optional(self, optional: bool) -> None:
        self._optional = optional
        self.setClearButtonEnabled(optional)
        buttons = 2 if optional else 1  # × and the calendar, or the calendar alone
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 16
                             + 24 * buttons)
        self.setPlaceholderText("—" if optional else self.tr("ngày/tháng/năm"))

    def error(self) -> str:
        return self._error

    def pending(self) -> bool:
        """Whether the text shown differs from the settled date (typed, not yet left)."""
        return self.text().strip() != self._format(self._value)

    def commit(self) -> None:
        """Settle what was typed: a date, no date (empty, when optional) or an error."""
        text = self.text().strip()
        if not text:
            self._set_error("" if self._optional else self.tr(
                "Chưa có ngày: hãy gõ ngày/tháng/năm."))
            self._settle(None)
            return
        try:
            day = parse_date(text, self._reference().year)
        except ValueError as problem:
            self._set_error(str(problem))
            return
        self._show(day)
        self._settle(day)

    def pick(self, day: QDate) -> None:
        self.set_value(dt.date(day.year(), day.month(), day.day()))
        self.setFocus()

    def show_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
        shown = self._value or self._reference()
        self._popup.calendar.setSelectedDate(to_qdate(shown))
        self._popup.calendar.setCurrentPage(shown.year, shown.month)
        self._popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = min(below.x(), screen.right() - self._popup.width())
        y = below.y() if below.y() + self._popup.height() <= screen.bottom() else \
            self.mapToGlobal(QPoint(0, 0)).y() - self._popup.height()
        self._popup.move(max(x, screen.left()), max(y, screen.top()))
        self._popup.show()
        self._popup.calendar.setFocus()

    # -- behaviour --------------------------------------------------------------------------
    def _reference(self) -> dt.date:
        day = self.reference() if self.reference else None
        return day or dt.date.today()

    @staticmethod
    def _format(day: dt.date | None) -> str:
        return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"

    def _show(self, day: dt.date | None) -> None:
        self._set_error("")
        text = self._format(day)
        if self.text() != text:
            self.setText(text)

    def _settle(self, day: dt.date | None) -> None:
        if day != self._value:
            self._value = day
            self.dateChanged.emit(self.date())

    def _typing(self, text: str) -> None:
        if not text and self._optional:  # × or everything deleted: no date, at once
            self.commit()
            return
        if self._error:
            self._set_error("")  # being corrected: the red frame goes at once
        if _COMPLETE.match(text.strip()):
            try:
                parse_date(text, self._reference().year)
            except ValueError:
                return  # said when the field is left
            self.commit()

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        self.setStyleSheet(ERROR_STYLE if message else "")
        self.setToolTip(message or self._hint())

    def _hint(self) -> str:
        return self.tr("Gõ ngày/tháng/năm, ví dụ 05/03/2024 hoặc 05032024, hoặc chọn trên lịch "
                       "(Alt+↓).")

    def keyPressEvent(self, event) -> None:
        if (event.key() == Qt.Key_Down and event.modifiers() & Qt.AltModifier) or \
                event.key() == Qt.Key_F4:
            self.show_calendar()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.commit()  # before the dialog's default button reads the value
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        # A shortcut such as Ctrl+S must see the date the officer just typed.
        if event.type() == QEvent.ShortcutOverride and event.matches(QKeySequence.Save):
            self.commit()
        return super().event(event)
