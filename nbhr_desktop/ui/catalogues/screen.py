"""Danh mục: administrative units, agencies, forms, themes, audiences and funding sources.

Each tab is the same small form (``forms/catalogue_tab.ui``): add / edit / deactivate,
a "show inactive" switch and an accent-insensitive search over a ``RowTableModel``. All
reads and writes go through ``core.catalogues.CatalogueService`` on the worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QWidget

from nbhr_desktop.base.text import fold
from nbhr_desktop.core.catalogues import CatalogueService
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.storage.models import UnitLevel
from nbhr_desktop.ui.catalogues.dialogs import (
    AgencyDialog,
    ItemDialog,
    UnitDialog,
    agency_kind_title,
    level_title,
)
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import show_error
from nbhr_desktop.ui.shortcuts import bind
from nbhr_desktop.ui.widgets.row_table import ROW_ROLE, SORT_ROLE, Column, RowTableModel

CTX = "Catalogues"


def _status(active: bool) -> str:
    if active:
        return QT_TRANSLATE_NOOP("Catalogues", "Đang dùng")
    return QT_TRANSLATE_NOOP("Catalogues", "Ngừng dùng")


def _unit_active(row) -> bool:
    return row.valid_to is None or row.valid_to >= dt.date.today()


UNIT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Catalogues", "Mã"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Tên"), lambda r: r.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Cấp"), lambda r: level_title(r.level),
           sort_key=lambda r: {UnitLevel.PROVINCE: 0, UnitLevel.DISTRICT: 1}.get(r.level, 2)),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Thuộc"), lambda r: r.parent_name),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Hiệu lực từ"), lambda r: short_date(r.valid_from),
           sort_key=lambda r: r.valid_from.isoformat() if r.valid_from else ""),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Hiệu lực đến"), lambda r: short_date(r.valid_to),
           sort_key=lambda r: r.valid_to.isoformat() if r.valid_to else "9999"),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Đơn vị kế thừa"), lambda r: r.successor_name),
]
def _validity_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Catalogues", "Hiệu lực từ"), lambda r: short_date(r.valid_from),
               sort_key=lambda r: r.valid_from.isoformat() if r.valid_from else ""),
        Column(QT_TRANSLATE_NOOP("Catalogues", "Hiệu lực đến"), lambda r: short_date(r.valid_to),
               sort_key=lambda r: r.valid_to.isoformat() if r.valid_to else "9999"),
    ]


AGENCY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Catalogues", "STT"), lambda r: r.sort_order, align_right=True),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Tên cơ quan"), lambda r: r.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Ký hiệu"), lambda r: r.short_code),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Loại"), lambda r: agency_kind_title(r.kind)),
    *_validity_columns(),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Trạng thái"), lambda r: _tr(_status(r.active))),
]
# Texts printed on documents: what each kind is, and which levels use an entry.
TEXT_KINDS = {
    "legal_basis": QT_TRANSLATE_NOOP("Catalogues", "Căn cứ"),
    "implements": QT_TRANSLATE_NOOP("Catalogues", "Thực hiện"),
    "plan_recipient": QT_TRANSLATE_NOOP("Catalogues", "Nơi nhận kế hoạch"),
    "report_recipient": QT_TRANSLATE_NOOP("Catalogues", "Nơi nhận báo cáo"),
    "addressee": QT_TRANSLATE_NOOP("Catalogues", "Kính gửi (báo cáo)"),
}
SCOPES = {"district": QT_TRANSLATE_NOOP("Catalogues", "huyện"),
          "commune": QT_TRANSLATE_NOOP("Catalogues", "xã"),
          "province": QT_TRANSLATE_NOOP("Catalogues", "tỉnh")}


def _scope(row) -> str:
    if not row.scope:
        return _tr(QT_TRANSLATE_NOOP("Catalogues", "mọi cấp"))
    return ", ".join(_tr(SCOPES.get(s, s)) for s in row.scope.split(","))


TEXT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Catalogues", "Loại"), lambda r: _tr(TEXT_KINDS[r.catalogue])),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Nội dung"), lambda r: r.name, stretch=True),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Cấp"), _scope),
    *_validity_columns(),
    Column(QT_TRANSLATE_NOOP("Catalogues", "Trạng thái"), lambda r: _tr(_status(r.active))),
]


def _item_columns(with_unit: bool) -> list[Column]:
    columns = [Column(QT_TRANSLATE_NOOP("Catalogues", "STT"), lambda r: r.sort_order,
                      align_right=True),
               Column(QT_TRANSLATE_NOOP("Catalogues", "Tên"), lambda r: r.name, stretch=True)]
    if with_unit:
        columns.append(Column(QT_TRANSLATE_NOOP("Catalogues", "Đơn vị tính"),
                              lambda r: r.product_unit))
    columns.append(Column(QT_TRANSLATE_NOOP("Catalogues", "Trạng thái"),
                          lambda r: _tr(_status(r.active))))
    return columns


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


@dataclass(frozen=True)
class TabSpec:
    key: str  # "units", "agencies" or a catalogue name
    title: str
    columns: list[Column]
    active: Callable[[object], bool]


ITEM_TABS = [("form", QT_TRANSLATE_NOOP("Catalogues", "Hình thức")),
             ("theme", QT_TRANSLATE_NOOP("Catalogues", "Chủ đề")),
             ("audience", QT_TRANSLATE_NOOP("Catalogues", "Đối tượng")),
             ("funding", QT_TRANSLATE_NOOP("Catalogues", "Nguồn kinh phí"))]
TABS = [TabSpec("units", QT_TRANSLATE_NOOP("Catalogues", "Đơn vị hành chính"), UNIT_COLUMNS,
                _unit_active),
        TabSpec("agencies", QT_TRANSLATE_NOOP("Catalogues", "Cơ quan"), AGENCY_COLUMNS,
                lambda r: r.active)] + [
        TabSpec(key, title, _item_columns(key == "form"), lambda r: r.active)
        for key, title in ITEM_TABS] + [
        TabSpec("texts", QT_TRANSLATE_NOOP("Catalogues", "Căn cứ, nơi nhận"), TEXT_COLUMNS,
                lambda r: r.active)]


SEARCHED = ("code", "name", "short_code", "product_unit")


class _SearchFilter(QSortFilterProxyModel):
    """Every typed word (accents optional) must occur in the row; inactive rows optional."""

    def __init__(self, active: Callable[[object], bool], parent=None):
        super().__init__(parent)
        self._active = active
        self._words: list[str] = []
        self._level: str | None = None
        self.show_inactive = True
        self.setSortRole(SORT_ROLE)

    def set_filter(self, text: str, show_inactive: bool, level: str | None = None) -> None:
        self._words, self.show_inactive = fold(text).split(), show_inactive
        self._level = level
        self.invalidateFilter()  # Qt 6.9 (the pinned line) has no endFilterChange()

    def filterAcceptsRow(self, source_row: int, parent) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, parent).data(ROW_ROLE)
        if not self.show_inactive and not self._active(row):
            return False
        if self._level and getattr(row, "level", None) != self._level:
            return False
        if not self._words:
            return True
        # Names and codes only: "kim" should find Xã Kim Chính, not every commune whose
        # parent is Huyện Kim Sơn.
        text = fold(" ".join(str(getattr(row, field, "") or "") for field in SEARCHED))
        return all(word in text for word in self._words)


class CatalogueTab(QWidget):
    def __init__(self, spec: TabSpec, parent=None):
        super().__init__(parent)
        self.spec = spec
        self.ui = load_form("catalogue_tab.ui", self)
        self.model = RowTableModel(spec.columns, context=CTX,
                                   dimmed=lambda r: not spec.active(r), parent=self)
        self.proxy = _SearchFilter(spec.active, self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.tableView
        view.setModel(self.proxy)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        for column, definition in enumerate(spec.columns):
            mode = QHeaderView.Stretch if definition.stretch else QHeaderView.ResizeToContents
            header.setSectionResizeMode(column, mode)
        view.sortByColumn(-1, Qt.AscendingOrder)
        if spec.key == "units":
            self.ui.addButton.setText(self.tr("Thêm đơn vị…"))
            self.ui.toggleButton.hide()  # a unit ends by its "valid to" date, in the dialog
            self.ui.inactiveCheck.setText(self.tr("Hiện cả đơn vị đã hết hiệu lực"))
            self.ui.levelCombo.addItem(self.tr("Mọi cấp"), None)
            for level in (UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE):
                self.ui.levelCombo.addItem(level_title(level), str(level))
            self.ui.levelCombo.setVisible(True)
            self.ui.levelCombo.currentIndexChanged.connect(self._filter)
        if spec.key == "texts":
            # The texts come with the release or from the province; here they are
            # corrected or switched off (a name reworded, an entry no longer used).
            self.ui.addButton.hide()
        self.ui.searchEdit.textChanged.connect(self._filter)
        self.ui.inactiveCheck.toggled.connect(self._filter)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_rows(self, rows: list, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else getattr(self.selected_row(), "id", None)
        self.model.set_rows(rows)
        self._filter()
        if keep is not None:
            self.select_id(keep)
        self._update_buttons()

    def select_id(self, record_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if getattr(self.proxy.index(row, 0).data(ROW_ROLE), "id", None) == record_id:
                self.ui.tableView.selectRow(row)
                return True
        return False

    def selected_row(self):
        index = self.ui.tableView.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _filter(self, *_args) -> None:
        self.proxy.set_filter(self.ui.searchEdit.text(), self.ui.inactiveCheck.isChecked(),
                              self.ui.levelCombo.currentData())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.ui.countLabel.setText(self.tr("{0} / {1} mục").format(shown, total)
                                   if shown != total else self.tr("{0} mục").format(total))

    def _update_buttons(self, *_args) -> None:
        row = self.selected_row()
        self.ui.editButton.setEnabled(row is not None)
        self.ui.toggleButton.setEnabled(row is not None)
        active = row is None or self.spec.active(row)
        self.ui.toggleButton.setText(self.tr("Ngừng dùng") if active else self.tr("Dùng lại"))


class CataloguesScreen(QWidget):
    watches = (Change.CATALOGUES | Change.UNITS)
    ready = Signal()

    def __init__(self, context: UiContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.service = CatalogueService(context.workspace)
        self.is_ready = False
        self._reload_pending = False
        self._select_after: tuple[str, int] | None = None
        self.ui = load_form("catalogue_screen.ui", self)
        self.tabs: dict[str, CatalogueTab] = {}
        for spec in TABS:
            tab = CatalogueTab(spec, self)
            self.tabs[spec.key] = tab
            self.ui.tabs.addTab(tab, _tr(spec.title))
            tab.ui.addButton.clicked.connect(lambda _=False, k=spec.key: self.add(k))
            tab.ui.editButton.clicked.connect(lambda _=False, k=spec.key: self.edit(k))
            tab.ui.tableView.doubleClicked.connect(lambda _i, k=spec.key: self.edit(k))
            tab.ui.toggleButton.clicked.connect(lambda _=False, k=spec.key: self.toggle(k))
            bind(tab, "catalogues.add", tab.ui.addButton)
            bind(tab, "catalogues.edit", tab.ui.editButton)
        self._load()

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload soon; several change reports in a row cost one reload."""
        if not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self._load)

    def _load(self) -> None:
        self._reload_pending = False
        service = self.service

        def work(progress):
            data = {"units": service.list_units(), "agencies": service.list_agencies()}
            for key, _title in ITEM_TABS:
                data[key] = service.list_items(key)
            data["texts"] = service.list_items(tuple(TEXT_KINDS))
            return data

        self.context.operations.run(work, on_success=self._loaded, parent=self,
                                    show_progress=False)

    def _loaded(self, data: dict) -> None:
        select = self._select_after
        self._select_after = None
        for key, rows in data.items():
            tab = self.tabs[key]
            tab.set_rows(rows, select[1] if select and select[0] == key else None)
        if not self.is_ready:
            self.is_ready = True
            self.ready.emit()

    # -- writes ---------------------------------------------------------------------------
    def _submit(self, key: str, save: Callable[[], object]):
        """The dialogs' submit: save on the worker, then close the dialog and reload."""
        what = Change.UNITS if key == "units" else Change.CATALOGUES
        def submit(values, close, reopen):
            def done(row):
                self._select_after = (key, row.id) if hasattr(row, "id") else None
                close()
                self.refresh()

            def failed(error):
                reopen()
                show_error(self, error)

            self.context.operations.run(lambda progress: save(values), on_success=done,
                                        on_failure=failed, changes=what, parent=self)
        return submit

    def _own_code(self) -> str:
        return self.context.workspace.installation_info().unit_code

    def add(self, key: str) -> QWidget:
        return self._open(key, None)

    def edit(self, key: str) -> QWidget | None:
        row = self.tabs[key].selected_row()
        return self._open(key, row) if row is not None else None

    def _open(self, key: str, row) -> QWidget:
        own = self._own_code()
        record_id = getattr(row, "id", None)
        if key == "units":
            info = self.context.workspace.installation_info()
            submit = self._submit(key, lambda v: self.service.save_unit(v, record_id))
            dialog = UnitDialog(self.tabs["units"].model.rows(), submit, row=row,
                                default_parent_id=info.unit_id, own_code=own, parent=self)
        elif key == "agencies":
            submit = self._submit(key, lambda v: self.service.save_agency(v, record_id))
            dialog = AgencyDialog(submit, row=row, own_code=own, parent=self)
        else:
            catalogue = row.catalogue if key == "texts" else key
            title = _tr(TEXT_KINDS[catalogue] if key == "texts" else dict(ITEM_TABS)[key])
            heading = (self.tr("Sửa mục – {0}") if row else self.tr("Thêm mục – {0}")).format(title)
            submit = self._submit(key, lambda v: self.service.save_item(catalogue, v, record_id))
            dialog = ItemDialog(heading, submit, row=row, with_product_unit=key == "form",
                                own_code=own, parent=self)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def toggle(self, key: str) -> None:
        tab = self.tabs[key]
        row = tab.selected_row()
        if row is None or key == "units":
            return
        active = not row.active
        if key == "agencies":
            work = lambda progress: self.service.set_agency_active(row.id, active)  # noqa: E731
        else:
            work = lambda progress: self.service.set_item_active(row.id, active)  # noqa: E731
        self._select_after = (key, row.id)
        self.context.operations.run(work, on_success=lambda _r: self.refresh(),
                                    changes=Change.CATALOGUES, parent=self)

    def focus_search(self) -> None:
        """Ctrl+F, from anywhere in the window: the search box of the tab shown."""
        tab = self.ui.tabs.currentWidget()
        if tab is not None:
            tab.ui.searchEdit.setFocus()
            tab.ui.searchEdit.selectAll()
