"""Binding editor widgets to plan fields: save as you type, without losing a keystroke.

A ``Binding`` links one widget to one field of the record the editor shows (the plan, the
selected section, the selected task). Typing marks it pending and restarts a shared 500 ms
timer; the timer, leaving the field, closing the editor or switching records flushes it
into an undoable ``EditCommand``. While a binding is pending, a refresh from the database
never overwrites what the officer is typing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.ui.widgets.date_field import NO_DATE, DateField


def to_date(value: QDate) -> dt.date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


def to_qdate(value: dt.date | None) -> QDate:
    return NO_DATE if value is None else QDate(value.year, value.month, value.day)


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@dataclass
class Binding:
    widget: QWidget
    kind: str  # "plan", "section", "task"
    fields: tuple[str, ...]
    read: Callable[[], dict[str, Any]]  # widget -> field values
    write: Callable[[dict[str, Any]], None]  # field values -> widget (signals blocked)
    label: str
    immediate: bool = False  # combos and check lists: no debounce
    pending: bool = field(default=False)


def text_binding(widget: QLineEdit | QPlainTextEdit, kind: str, name: str, label: str, *,
                 as_lines: bool = False) -> Binding:
    plain = isinstance(widget, QPlainTextEdit)

    def read() -> dict[str, Any]:
        text = widget.toPlainText() if plain else widget.text()
        return {name: lines_of(text) if as_lines else text}

    def write(values: dict[str, Any]) -> None:
        value = values.get(name)
        text = "\n".join(value or []) if as_lines else (value or "")
        current = widget.toPlainText() if plain else widget.text()
        if current != text:
            widget.setPlainText(text) if plain else widget.setText(text)

    return Binding(widget, kind, (name,), read, write, label)


def number_binding(widget: QSpinBox | QDoubleSpinBox, kind: str, name: str, label: str, *,
                   zero_is_none: bool = False) -> Binding:
    def read() -> dict[str, Any]:
        value = int(round(widget.value()))
        return {name: None if zero_is_none and value == 0 else value}

    def write(values: dict[str, Any]) -> None:
        widget.setValue(values.get(name) or 0)

    return Binding(widget, kind, (name,), read, write, label)


def checked_date(widget: DateField, label: str) -> dt.date | None:
    """The field's date; a ``UserError`` naming the field when its text is not a date."""
    widget.commit()
    if widget.error():
        raise UserError(f"{label[:1].upper()}{label[1:]}: {widget.error()}")
    return widget.value()


def date_binding(widget: DateField, kind: str, name: str, label: str) -> Binding:
    def read() -> dict[str, Any]:
        return {name: checked_date(widget, label)}

    def write(values: dict[str, Any]) -> None:
        widget.setDate(to_qdate(values.get(name)))

    return Binding(widget, kind, (name,), read, write, label)


def combo_binding(widget: QComboBox, kind: str, name: str, label: str) -> Binding:
    def read() -> dict[str, Any]:
        return {name: widget.currentData()}

    def write(values: dict[str, Any]) -> None:
        index = widget.findData(values.get(name))
        widget.setCurrentIndex(max(index, 0))

    return Binding(widget, kind, (name,), read, write, label, immediate=True)


def change_signal(widget: QWidget):
    """The signal that says the officer changed the widget."""
    if isinstance(widget, DateField):  # settled dates, not every keystroke
        return widget.dateChanged
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    raise TypeError(widget)


class FocusOutFlusher(QObject):
    """Flushes pending edits when a bound widget loses focus or the window is closing."""

    def __init__(self, flush: Callable[[], None], parent=None):
        super().__init__(parent)
        self._flush = flush

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (QEvent.FocusOut, QEvent.Close):
            self._flush()
        return False
