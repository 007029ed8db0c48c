"""A combo box for choosing a catalogue entry by typing, accents optional.

Officers type "tap huan" (no diacritics, on a keyboard without a Vietnamese input method)
and expect "Tập huấn, bồi dưỡng"; they type "huan" and expect the same. A plain
``QComboBox`` + ``QCompleter`` only matches prefixes of the exact text, so this widget
filters its own list with ``base.text.fold`` on every keystroke.

API (for the plans, activities and other screens)::

    from nbhr_desktop.ui.widgets import CatalogueCombo

    combo = CatalogueCombo(parent, placeholder=self.tr("Chọn hình thức…"), allow_empty=True)
    combo.set_items([(item.id, item.name), ...])   # any hashable key, shown text
    combo.set_current_key(activity.form_id)        # None (or an unknown key) -> empty
    key = combo.current_key()                      # the chosen key, or None
    combo.keyChanged.connect(self._on_form_changed)  # emits the key (or None)

- ``set_items`` keeps the current choice when its key is still in the list.
- Typing filters the popup: every word typed must occur in the folded text of an entry
  ("kim son" finds "Huyện Kim Sơn"; "son kim" does too).
- Leaving the field (or Enter) settles the text: an exact or single match is chosen, an
  empty field clears the choice when ``allow_empty`` (at once, for the × button); anything
  else falls back to the previous choice, so ``current_key()`` is always a real entry or
  ``None``.
- ``set_items`` also takes a third element per row, a tooltip (e.g. the full official name).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from nbhr_desktop.base.text import fold

KEY_ROLE = Qt.UserRole + 1
FOLDED_ROLE = Qt.UserRole + 2


class _FoldedFilter(QSortFilterProxyModel):
    """Accepts rows whose folded text contains every folded word of the query."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        # endFilterChange() only arrives in Qt 6.10; the pinned 6.9 line re-filters this way.
        self._words = words
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(row, 0, parent)
        haystack = index.data(FOLDED_ROLE) or ""
        return all(word in haystack for word in self._words)


class CatalogueCombo(QComboBox):
    """Editable combo with accent-insensitive type-ahead over (key, text) entries."""

    keyChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "",
                 allow_empty: bool = True):
        super().__init__(parent)
        self._allow_empty = allow_empty
        self._key: Hashable | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        self.setMaxVisibleItems(15)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().setClearButtonEnabled(allow_empty)

        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self._filter = _FoldedFilter(self)
        self._filter.setSourceModel(self._model)
        completer = QCompleter(self._filter, self)
        # The proxy already filtered; the completer must show all it is given.
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.setCompleter(completer)
        completer.activated[str].connect(self._on_completer_text)

        self.lineEdit().textEdited.connect(self._on_text_edited)
        self.lineEdit().editingFinished.connect(self._settle)
        self.activated.connect(self._on_activated)
        self.setCurrentIndex(-1)

    # -- public API -----------------------------------------------------------------
    def set_items(self, items: Iterable[Sequence]) -> None:
        keep = self._key
        self.blockSignals(True)
        self._model.clear()
        for row in items:
            key, text = row[0], str(row[1])
            item = QStandardItem(text)
            item.setData(key, KEY_ROLE)
            item.setData(fold(text), FOLDED_ROLE)
            if len(row) > 2 and row[2]:
                item.setToolTip(str(row[2]))
            self._model.appendRow(item)
        self.blockSignals(False)
        self._key = None
        self._show_key(keep if self._row_of(keep) >= 0 else None, emit=keep is not None
                       and self._row_of(keep) < 0)

    def current_key(self) -> Hashable | None:
        return self._key

    def set_current_key(self, key: Hashable | None) -> None:
        self._show_key(key if self._row_of(key) >= 0 else None, emit=False)

    def keys(self) -> list:
        return [self._model.item(r).data(KEY_ROLE) for r in range(self._model.rowCount())]

    def text_of(self, key: Hashable | None) -> str:
        row = self._row_of(key)
        return self._model.item(row).text() if row >= 0 else ""

    # -- behaviour ------------------------------------------------------------------
    def _row_of(self, key) -> int:
        if key is None:
            return -1
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(KEY_ROLE) == key:
                return row
        return -1

    def _show_key(self, key, *, emit: bool) -> None:
        changed = key != self._key
        self._key = key
        row = self._row_of(key)
        self.blockSignals(True)
        self.setCurrentIndex(row)
        self.setEditText(self._model.item(row).text() if row >= 0 else "")
        self.blockSignals(False)
        if changed and emit:
            self.keyChanged.emit(key)

    def _on_text_edited(self, text: str) -> None:
        self._filter.set_query(text)
        if text.strip():
            self.completer().complete()
        elif not text and self._allow_empty and self._key is not None:
            # The × (or deleting every letter) empties the choice at once: a filter showing
            # "Mọi xã" must not keep filtering by the commune it showed before.
            self._show_key(None, emit=True)

    def _on_completer_text(self, text: str) -> None:
        self._choose_text(text)

    def _on_activated(self, row: int) -> None:
        if 0 <= row < self._model.rowCount():
            self._show_key(self._model.item(row).data(KEY_ROLE), emit=True)

    def _choose_text(self, text: str) -> bool:
        wanted = fold(text)
        rows = range(self._model.rowCount())
        exact = [r for r in rows if self._model.item(r).data(FOLDED_ROLE) == wanted]
        if len(exact) == 1:
            self._show_key(self._model.item(exact[0]).data(KEY_ROLE), emit=True)
            return True
        return False

    def _settle(self) -> None:
        text = self.currentText()
        if not text.strip():
            self._show_key(None if self._allow_empty else self._key, emit=True)
            return
        if self._choose_text(text):
            return
        self._filter.set_query(text)
        if self._filter.rowCount() == 1:
            source = self._filter.mapToSource(self._filter.index(0, 0))
            self._show_key(self._model.item(source.row()).data(KEY_ROLE), emit=True)
            return
        self._show_key(self._key, emit=False)  # not a real entry: back to the last choice

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._settle()
        self._filter.set_query("")
