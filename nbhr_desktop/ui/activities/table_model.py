"""The activity table: a lazy model over the filtered, sorted activity log.

Never all rows in memory and never one widget per row: the model knows the number of
filtered rows (a COUNT query) and keeps a small cache of pages of ``PAGE_SIZE`` rows. A row
that is not cached shows "…" and asks for its page; pages arrive from the worker thread
and replace the placeholders. Sorting asks the database for a new order (any column).

Queries run through a ``submit(work, on_done)`` function: in the application it hands the
work to the ``OperationRunner`` (the one background thread), in tests it may run at once.
Only one query is in flight; while it runs, newer requests replace older ones, so typing a
search never queues a query per keystroke. Results of an outdated query are dropped.

A new filter or order is answered in two steps: the first page (shown at once, ``loaded``),
then the count and totals of all filtered rows (``totalsChanged``), which extend the table
to its full length. With a free-text search each step reads the whole table, so showing
the first page after one read instead of two halves the wait after a keystroke.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.lookups import Lookups
from nbhr_desktop.core.activities.reading import ActivityReader
from nbhr_desktop.core.vnformat import number, short_date

PAGE_SIZE = 200
MAX_PAGES = 25  # 5,000 rows at most in memory, whatever the size of the log
ID_ROLE = Qt.UserRole + 1
PLACEHOLDER = "…"
_ROOT = QModelIndex()  # the invisible root: a flat table has no other parent

Submit = Callable[[Callable[[], object], Callable[[object], None]], None]


def run_now(work, on_done) -> None:
    """A ``submit`` that runs the work at once (tests, scripts)."""
    on_done(work())


class ActivityTableModel(QAbstractTableModel):
    # Emitted with the Totals of the filtered rows after each new query.
    totalsChanged = Signal(object)
    # Emitted when the first page of a new query is in (the screen's ``ready``).
    loaded = Signal()
    # Emitted when a query fails, with the error (the screen shows it).
    failed = Signal(object)

    def __init__(self, workspace, submit: Submit = run_now, parent=None):
        super().__init__(parent)
        self.reader = ActivityReader(workspace)
        self._submit = submit
        self.lookups = Lookups()
        self.spec = q.ActivityFilter()
        self.sort_spec = q.Sort()
        self.totals = q.Totals()
        self._count = 0
        self._pages: OrderedDict[int, list[q.ActivityRow]] = OrderedDict()
        self._generation = 0
        self._busy = False
        self._need_lookups = True
        self._pending_reset = False
        self._pending_totals = False
        self._pending_pages: list[int] = []
        self._columns = q.COLUMNS
        self._by_key = {c.key: c for c in self._columns}
        right = int(Qt.AlignRight | Qt.AlignVCenter)
        left = int(Qt.AlignLeft | Qt.AlignVCenter)
        self._alignments = [right if c.numeric else left for c in self._columns]
        self._placeholder_brush = QBrush(QColor("#888888"))
        self._role_handlers = {
            Qt.DisplayRole: self._display, Qt.ToolTipRole: self._tooltip,
            Qt.TextAlignmentRole: self._alignment, Qt.ForegroundRole: self._foreground,
            ID_ROLE: self._id,
        }

    # -- asking for data ------------------------------------------------------------------
    def set_query(self, spec: q.ActivityFilter | None = None, sort: q.Sort | None = None,
                  *, reload_lookups: bool = False) -> None:
        """A new filter or order: count, totals and the first page, then pages on demand."""
        if spec is not None:
            self.spec = spec
        if sort is not None:
            self.sort_spec = sort
        self._need_lookups = self._need_lookups or reload_lookups
        self._generation += 1
        self._pending_reset = True
        self._pending_totals = False
        self._pending_pages.clear()
        self._pump()

    def refresh(self) -> None:
        """The data changed (a save, an import): query again with the same filter."""
        self.set_query(reload_lookups=True)

    def _pump(self) -> None:
        if self._busy:
            return
        if self._pending_reset:
            self._pending_reset = False
            self._start(self._reset_work(), self._reset_done)
        elif self._pending_totals:
            self._pending_totals = False
            self._start(self._totals_work(), self._totals_done)
        elif self._pending_pages:
            page_index = self._pending_pages.pop()  # the latest asked is the one on screen
            self._start(self._page_work(page_index), self._page_done)

    def _start(self, work, done) -> None:
        self._busy = True
        generation = self._generation

        def finished(result):
            self._busy = False
            if isinstance(result, Exception):
                self.failed.emit(result)
            elif generation == self._generation:
                done(result)
            self._pump()

        def guarded():
            try:
                return work()
            except Exception as error:  # noqa: BLE001 – reported on the GUI thread (``failed``)
                return error

        self._submit(guarded, finished)

    def _reset_work(self):
        spec, sort, reader = self.spec, self.sort_spec, self.reader
        lookups = None if self._need_lookups else self.lookups
        # One row more than a page tells whether the count query can extend it.
        return lambda: reader.first_page(spec, sort, lookups, PAGE_SIZE + 1)

    def _reset_done(self, result) -> None:
        lookups, rows = result
        self.beginResetModel()
        self.lookups = lookups
        self._need_lookups = False
        self._count = min(len(rows), PAGE_SIZE)
        self._pages.clear()
        self._pages[0] = rows[:PAGE_SIZE]
        self.endResetModel()
        self._pending_totals = True
        self.loaded.emit()

    def _totals_work(self):
        spec, reader = self.spec, self.reader
        return lambda: reader.totals(spec)

    def _totals_done(self, totals: q.Totals) -> None:
        self.totals = totals
        if totals.count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, totals.count - 1)
            self._count = totals.count
            self.endInsertRows()
        elif totals.count < self._count:  # rows deleted between the two reads
            self.beginRemoveRows(QModelIndex(), totals.count, self._count - 1)
            self._count = totals.count
            self.endRemoveRows()
        self.totalsChanged.emit(totals)

    def _page_work(self, page_index: int):
        spec, sort, lookups, reader = self.spec, self.sort_spec, self.lookups, self.reader
        return lambda: (page_index, reader.page(spec, sort, lookups, page_index * PAGE_SIZE,
                                                PAGE_SIZE))

    def _page_done(self, result) -> None:
        page_index, rows = result
        self._pages[page_index] = rows
        self._pages.move_to_end(page_index)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page_index * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, self.columnCount() - 1))

    def _request_page(self, page_index: int) -> None:
        if page_index in self._pending_pages:
            self._pending_pages.remove(page_index)
        self._pending_pages.append(page_index)
        del self._pending_pages[:-8]  # a fast scroll only needs the pages it stopped on
        self._pump()

    # -- rows -------------------------------------------------------------------------------
    def row_at(self, row: int) -> q.ActivityRow | None:
        """The cached row, or ``None`` (and its page is requested)."""
        if not 0 <= row < self._count:
            return None
        page_index = row // PAGE_SIZE
        rows = self._pages.get(page_index)
        if rows is None:
            self._request_page(page_index)
            return None
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def row_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of_id(self, activity_id: int) -> int | None:
        """The row of a cached activity (to select it again after a save)."""
        for page_index, rows in self._pages.items():
            for offset, found in enumerate(rows):
                if found.id == activity_id:
                    return page_index * PAGE_SIZE + offset
        return None

    def cached_pages(self) -> int:
        return len(self._pages)

    def is_busy(self) -> bool:
        return (self._busy or self._pending_reset or self._pending_totals
                or bool(self._pending_pages))

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def column_key(self, column: int) -> str:
        return self._columns[column].key

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.DisplayRole:
                return _(column.title_source)  # core catalogue: query.py marks them
            if role == Qt.TextAlignmentRole and column.numeric:
                return int(Qt.AlignRight | Qt.AlignVCenter)
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return section + 1
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        # Called for every visible cell and role on each paint: keep it to dict lookups
        # (Qt's enums are slow to combine and compare in Python).
        handler = self._role_handlers.get(role)
        return handler(index) if handler is not None else None

    def _display(self, index: QModelIndex):
        found = self.row_at(index.row())
        if found is None:
            return PLACEHOLDER if index.column() == 0 else None
        return self.display(found, self._columns[index.column()].key)

    def _tooltip(self, index: QModelIndex):
        column = self._columns[index.column()]
        if column.key not in ("title", "themes", "audiences", "task_id", "lead_agency_id"):
            return None
        found = self.row_at(index.row())
        return self.display(found, column.key) if found is not None else None

    def _alignment(self, index: QModelIndex):
        return self._alignments[index.column()]

    def _foreground(self, index: QModelIndex):
        return None if self.row_at(index.row()) is not None else self._placeholder_brush

    def _id(self, index: QModelIndex):
        found = self.row_at(index.row())
        return found.id if found is not None else None

    def display(self, found: q.ActivityRow, key: str) -> str:
        column = self._by_key[key]
        value = getattr(found, key)
        if key in ("start_date", "end_date"):
            return short_date(value)
        if key in ("themes", "audiences"):
            return self.lookups.joined(column.lookup, value)
        if column.lookup:
            return self.lookups.name(column.lookup, value)
        if column.numeric:
            return number(value)
        return value or ""

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        wanted = q.Sort(self._columns[column].key, order == Qt.DescendingOrder)
        if wanted != self.sort_spec:
            self.set_query(sort=wanted)
