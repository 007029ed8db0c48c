"""Hoạt động: the activity log — find, enter, edit, delete with undo, edit several at once.

The table is a lazy model (``table_model``) fed from the worker thread, so the window stays
responsive on 100,000 activities: the first page appears as soon as the COUNT and one page
are read, and scrolling fetches pages of 200 rows. Every write goes through the
``OperationRunner`` and reports "activities", which makes the window call ``refresh``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.activities import query as q
from nbhr_desktop.core.activities.presets import PresetStore
from nbhr_desktop.core.activities.service import ActivityInput, ActivityService
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.vnformat import money, number, percent
from nbhr_desktop.storage.activity_fields import BY_NAME, FIGURES, MONEY
from nbhr_desktop.ui.activities.bulk_dialog import BulkEditDialog
from nbhr_desktop.ui.activities.dialog import ActivityDialog
from nbhr_desktop.ui.activities.filters import FilterBar
from nbhr_desktop.ui.activities.progress_panel import ProgressPanel
from nbhr_desktop.ui.activities.table_model import ActivityTableModel
from nbhr_desktop.ui.activities.unit_picker import MENU_BUTTON_STYLE
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import show_error
from nbhr_desktop.ui.shortcuts import bind

# Sized so that the default columns fit a 1280-pixel window without scrolling sideways.
COLUMN_WIDTHS = {"start_date": 85, "end_date": 85, "title": 250, "form_id": 160,
                 "unit_id": 150,
                 "commune_id": 105, "task_id": 150, "themes": 220, "audiences": 200,
                 "lead_agency_id": 200, "location": 160, "funding_id": 150, "cost": 110}


class DeleteCommand(QUndoCommand):
    """Deleting activities (as tombstones); undo restores them. Runs on the worker thread."""

    def __init__(self, screen: ActivitiesScreen, activity_ids: list[int]):
        super().__init__(QCoreApplication.translate("ActivitiesScreen", "Xóa {0} hoạt động")
                         .format(len(activity_ids)))
        self.screen = screen
        self.ids = activity_ids

    def redo(self) -> None:
        service = self.screen.service
        self.screen.run_change(lambda: service.delete(self.ids), self.screen.deleted_done)

    def undo(self) -> None:
        service = self.screen.service
        self.screen.run_change(lambda: service.restore(self.ids), self.screen.restored_done)


class ActivitiesScreen(QWidget):
    dialogOpened = Signal(object)  # the entry form, once its data is read
    # The log, its filters' choices (catalogues, plan tasks, units) and report locks.
    watches = (Change.ACTIVITIES | Change.CATALOGUES | Change.PLANS | Change.UNITS
               | Change.REPORTS)
    ready = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.service = ActivityService(context.workspace)
        self.presets = PresetStore(context.workspace.location.data_dir)
        self._ready_sent = False
        # The province holds every unit's activities: a "Đơn vị" column and a unit filter.
        self.province = context.workspace.installation_info().role == "province"
        self._select_after_load: int | None = None
        self._restore_row: int | None = None
        self.ui = ui = load_form("activities_screen.ui", self)
        self.model = ActivityTableModel(context.workspace, self._submit, self)
        ui.tableView.setModel(self.model)
        self._setup_table()
        self.filters = FilterBar(ui, self, province=self.province)
        self.filters.changed.connect(self._filters_changed)
        self.progress = ProgressPanel(ui, context, self)
        self.undo_stack = QUndoStack(self)
        ui.undoFrame.hide()
        ui.progressPanel.setVisible(False)
        # The form loader ignores layout stretch factors: the table takes the spare height.
        ui.layout().setStretchFactor(ui.splitter, 1)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        self._connect()
        self._fill_presets()
        self.model.totalsChanged.connect(self._show_totals)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda error: show_error(self, error))
        self.model.set_query(q.ActivityFilter(), q.Sort("start_date", True))
        self._last_used: tuple[int | None, int | None] = (None, None)
        self._read_last_used()

    def _read_last_used(self) -> None:
        """The form and commune a new entry starts with (the last entered here)."""
        service = self.service
        self.context.operations.run(lambda _progress: service.last_used(),
                                    on_success=lambda found: setattr(self, "_last_used", found),
                                    show_progress=False)

    # -- set-up ----------------------------------------------------------------------------
    def _submit(self, work, done) -> None:
        self.context.operations.run(lambda _progress: work(), on_success=done,
                                    show_progress=False)

    def _setup_table(self) -> None:
        view = self.ui.tableView
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSortIndicator(q.COLUMN_KEYS.index("start_date"), Qt.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setStretchLastSection(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)  # no per-row measuring
        view.verticalHeader().hide()
        for column, spec in enumerate(q.COLUMNS):
            view.setColumnWidth(column, COLUMN_WIDTHS.get(spec.key, 78))
        visible = self.presets.columns() or [
            c.key for c in q.COLUMNS
            if c.visible or (self.province and c.key in q.PROVINCE_COLUMNS)]
        self._apply_columns(visible)
        if self.province:  # whose activity it is, next to its date
            header.moveSection(header.visualIndex(q.COLUMN_KEYS.index("unit_id")), 1)
        menu = QMenu(self)
        for column, spec in enumerate(q.COLUMNS):
            action = QAction(self.model.headerData(column, Qt.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(spec.key in visible)
            action.toggled.connect(lambda on, key=spec.key: self._toggle_column(key, on))
            menu.addAction(action)
        self.ui.columnsButton.setMenu(menu)
        self.ui.columnsButton.setStyleSheet(MENU_BUTTON_STYLE)
        view.doubleClicked.connect(lambda _index: self.edit_selected())

    def _apply_columns(self, keys: list[str]) -> None:
        for column, spec in enumerate(q.COLUMNS):
            self.ui.tableView.setColumnHidden(column, spec.key not in keys)

    def _toggle_column(self, key: str, on: bool) -> None:
        visible = [c.key for i, c in enumerate(q.COLUMNS)
                   if not self.ui.tableView.isColumnHidden(i)]
        visible = [k for k in visible if k != key] + ([key] if on else [])
        if not visible:
            return
        self._apply_columns(visible)
        self.presets.set_columns([c.key for c in q.COLUMNS if c.key in visible])

    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_activity())  # not clicked(checked)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.duplicateButton.clicked.connect(self.duplicate_selected)
        ui.bulkButton.clicked.connect(self.bulk_edit)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.undoButton.clicked.connect(self.undo_stack.undo)
        ui.closeUndoButton.clicked.connect(ui.undoFrame.hide)
        ui.filterToggle.toggled.connect(ui.filterFrame.setVisible)
        ui.progressToggle.toggled.connect(self._toggle_progress)
        ui.presetCombo.activated.connect(self._preset_chosen)
        ui.savePresetButton.clicked.connect(self.save_preset)
        ui.deletePresetButton.clicked.connect(self.delete_preset)
        bind(self, "activities.new", ui.newButton)
        bind(self, "activities.duplicate", ui.duplicateButton)
        bind(self, "activities.undo", self.undo_stack.undo)
        bind(self, "activities.redo", self.undo_stack.redo)
        # Delete and Enter act on the table's selection: keys of the table only, so that
        # they never fire while typing in the search box.
        bind(ui.tableView, "activities.delete", self.delete_selected, context=Qt.WidgetShortcut)
        bind(ui.tableView, "activities.edit", self.edit_selected, context=Qt.WidgetShortcut)

    def focus_search(self) -> None:
        """Ctrl+F, from anywhere in the window (``MainWindow`` owns the shortcut)."""
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Called by the window after an operation changed data: same filter, same place."""
        top = self.ui.tableView.rowAt(0)
        self._restore_row = top if top > 0 else None
        self.model.refresh()
        if self.ui.progressPanel.isVisible():
            self.progress.reload()

    def _filters_changed(self) -> None:
        self.model.set_query(self.filters.spec())

    def _loaded(self) -> None:
        if not self.filters.combos or self.model.lookups is not self._lookups_shown:
            self._lookups_shown = self.model.lookups
            self.filters.set_lookups(self.model.lookups)
        if self._select_after_load is not None:
            row = self.model.row_of_id(self._select_after_load)
            self._select_after_load = None
            if row is not None:
                self.ui.tableView.selectRow(row)
                self.ui.tableView.scrollTo(self.model.index(row, 0))

    _lookups_shown = None

    def _show_totals(self, totals: q.Totals) -> None:
        parts = [self.tr("{0} hoạt động").format(number(totals.count))]
        for figure in FIGURES:  # storage.activity_fields: each figure's totals text
            value = getattr(totals, figure.total)
            if figure.as_share:  # "nữ 48,5%": a share of the figure it is part of
                whole = getattr(totals, BY_NAME[figure.part_of].total)
                if whole:
                    parts.append(_(figure.totals_text).format(percent(100.0 * value / whole)))
            else:
                parts.append(_(figure.totals_text).format(
                    money(value) if figure.kind == MONEY else number(value)))
        self.ui.footerLabel.setText("<b>" + self.tr("Đang lọc:") + "</b> " + " · ".join(parts))
        if self._restore_row is not None:
            row, self._restore_row = self._restore_row, None
            if 0 <= row < self.model.rowCount():
                self.ui.tableView.scrollTo(self.model.index(row, 0),
                                           QAbstractItemView.PositionAtTop)
        if not self._ready_sent:  # the first page and its totals are on screen
            self._ready_sent = True
            self.ready.emit()

    # -- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.tableView.selectionModel().selectedRows()})
        ids = [self.model.row_id(r) for r in rows]
        return [i for i in ids if i is not None]

    def current_id(self) -> int | None:
        index = self.ui.tableView.currentIndex()
        selected = self.selected_ids()
        if index.isValid() and self.model.row_id(index.row()) in selected:
            return self.model.row_id(index.row())
        return selected[0] if selected else None

    # -- actions ---------------------------------------------------------------------------
    def new_activity(self, data: ActivityInput | None = None) -> ActivityDialog:
        if data is None:
            form_id, commune_id = self._last_used  # read with the table, on the worker
            data = ActivityInput(form_id=form_id, commune_id=commune_id)
            # Today, or for a unit that has ended (a district) its last day.
            data.start_date = self.context.workspace.installation_info().acting_day()
        return self._open_dialog(None, data, [])

    def edit_selected(self) -> None:
        """Opens the entry form on the selected activity, once read (``dialogOpened``)."""
        activity_id = self.current_id()
        if activity_id is not None:
            self._load_then(activity_id, lambda data, files: self._open_dialog(
                activity_id, data, files))

    def duplicate_selected(self) -> None:
        """Opens the entry form filled from the selected activity (saved only on Save)."""
        activity_id = self.current_id()
        if activity_id is not None:
            self._load_then(activity_id, lambda data, _files: self._open_dialog(None, data, []))

    def _load_then(self, activity_id: int, open_dialog) -> None:
        service = self.service
        self.context.operations.run(lambda _progress: service.load(activity_id),
                                    on_success=lambda loaded: open_dialog(*loaded),
                                    parent=self, show_progress=False)

    def _open_dialog(self, activity_id, data, files) -> ActivityDialog:
        dialog = ActivityDialog(self.context, self.model.lookups, activity_id=activity_id,
                                data=data, files=files, parent=self)
        if activity_id is None:
            dialog.setWindowTitle(self.tr("Thêm hoạt động"))
        dialog.saved.connect(self._after_save)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        self.dialogOpened.emit(dialog)
        return dialog

    def _after_save(self, activity_id: int) -> None:
        self._select_after_load = activity_id
        self._read_last_used()
        self.ui.statusLabel.setText(self.tr("Đã lưu."))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(DeleteCommand(self, ids))

    def run_change(self, work, done) -> None:
        self.context.operations.run(lambda _progress: work(), on_success=done,
                                    label=self.tr("Đang lưu thay đổi"), parent=self,
                                    changes=Change.ACTIVITIES)

    def deleted_done(self, ids: list[int]) -> None:
        self.ui.undoLabel.setText(self.tr("Đã xóa {0} hoạt động.").format(len(ids)))
        self.ui.undoButton.setEnabled(True)
        self.ui.undoFrame.show()

    def restored_done(self, ids: list[int]) -> None:
        self.ui.undoLabel.setText(self.tr("Đã khôi phục {0} hoạt động.").format(len(ids)))
        self.ui.undoButton.setEnabled(False)
        self.ui.undoFrame.show()

    def bulk_edit(self) -> BulkEditDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        dialog = BulkEditDialog(self.model.lookups, len(ids), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)

        def apply():
            if dialog.is_empty():
                return
            change, service = dialog.change(), self.service
            self.run_change(lambda: service.bulk_edit(ids, change), self._bulk_done)

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def _bulk_done(self, changed: int) -> None:
        self.ui.statusLabel.setText(self.tr("Đã sửa {0} hoạt động.").format(changed))

    def select_rows(self, rows: list[int]) -> None:
        selection = self.ui.tableView.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.Select | QItemSelectionModel.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(self.model.index(rows[0], 0), QItemSelectionModel.NoUpdate)

    # -- presets and progress ----------------------------------------------------------------
    def _fill_presets(self) -> None:
        combo = self.ui.presetCombo
        combo.clear()
        combo.addItem(self.tr("(chọn bộ lọc)"), None)
        for name in self.presets.names():
            combo.addItem(name, name)

    def _preset_chosen(self, index: int) -> None:
        name = self.ui.presetCombo.itemData(index)
        spec = self.presets.get(name) if name else None
        if spec is not None:
            self.filters.set_spec(spec)

    def save_preset(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Lưu bộ lọc"),
                                            self.tr("Tên bộ lọc:"))
            if not ok:
                return
        try:
            saved = self.presets.save(name, self.filters.spec())
        except UserError as error:
            show_error(self, error)
            return
        self._fill_presets()
        self.ui.presetCombo.setCurrentIndex(self.ui.presetCombo.findData(saved))

    def delete_preset(self) -> None:
        name = self.ui.presetCombo.currentData()
        if not name:
            return
        answer = QMessageBox.question(self, self.tr("Xóa bộ lọc"),
                                      self.tr("Xóa bộ lọc đã lưu “{0}”?").format(name))
        if answer == QMessageBox.Yes:
            self.presets.delete(name)
            self._fill_presets()

    def _toggle_progress(self, on: bool) -> None:
        self.ui.progressPanel.setVisible(on)
        if on:
            width = max(self.ui.splitter.width(), 900)
            self.ui.splitter.setSizes([width - 480, 480])
            self.progress.show()
