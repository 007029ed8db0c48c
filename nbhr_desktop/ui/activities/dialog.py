"""The entry and edit dialog for one activity (``forms/activity_dialog.ui``).

Made for typing: the first field has the focus, Tab walks the fields in reading order,
Enter (or Ctrl+Enter from the description) saves, Esc cancels. Pickers accept typing
without accents. Saving first checks the input: errors stay in the dialog beside their
fields; warnings (the date lies outside the plan's period or in a submitted report's
period) and likely duplicates are shown once, and pressing Save again ("Vẫn lưu") confirms.
"""

from __future__ import annotations

import datetime as dt
import html
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold
from nbhr_desktop.core.activities import evidence
from nbhr_desktop.core.activities.lookups import Lookups
from nbhr_desktop.core.activities.service import ActivityInput, ActivityService, EvidenceInfo
from nbhr_desktop.core.activities.validation import CheckResult, Problem
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.storage.activity_fields import FIGURES, MONEY
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.forms import apply_tab_order, load_form
from nbhr_desktop.ui.operations import show_error
from nbhr_desktop.ui.shortcuts import bind
from nbhr_desktop.ui.widgets import CatalogueCombo
from nbhr_desktop.ui.widgets.date_field import NO_DATE, DateField
from nbhr_desktop.ui.widgets.sizing import fit_to_screen

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"
KEY_ROLE = Qt.UserRole + 1
# Where the form places each figure (``storage.activity_fields``). A figure described
# later and not placed here gets a row of its own above "Ghi chú" (``_figure_spins``).
FORM_SPINS = {"participants_total": "totalSpin", "participants_women": "womenSpin",
              "participants_ethnic": "ethnicSpin", "products": "productsSpin",
              "broadcast_minutes": "minutesSpin", "cost": "costSpin"}


def host_combo(host: QWidget, placeholder: str, choices, *, with_detail=False) -> CatalogueCombo:
    combo = CatalogueCombo(host, placeholder=placeholder, allow_empty=True)
    # Long entries (plan tasks run to 150 characters) must not set the dialog's width.
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    layout = QHBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(combo)
    host.setFocusProxy(combo)
    combo.set_items([(c.id, f"{c.name} ({c.detail})" if with_detail and c.detail else c.name,
                      c.detail) for c in choices])
    return combo


def to_qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NO_DATE


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())


class CheckList:
    """A QListWidget of checkable catalogue entries with an accent-free filter box."""

    def __init__(self, filter_edit, widget: QListWidget, choices, names: dict[int, str]):
        self.widget = widget
        for choice in choices:
            self._add(choice.id, choice.name)
        self._names = names
        filter_edit.textChanged.connect(self._filter)

    def _add(self, key: int, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self.widget)
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
        item.setCheckState(Qt.Unchecked)
        item.setData(KEY_ROLE, key)
        return item

    def set_checked(self, keys: list[int]) -> None:
        wanted = set(keys)
        present = set()
        for row in range(self.widget.count()):
            item = self.widget.item(row)
            key = item.data(KEY_ROLE)
            present.add(key)
            item.setCheckState(Qt.Checked if key in wanted else Qt.Unchecked)
        for key in wanted - present:  # an entry no longer offered, kept on an old activity
            self._add(key, self._names.get(key, str(key))).setCheckState(Qt.Checked)

    def checked(self) -> list[int]:
        return [self.widget.item(r).data(KEY_ROLE) for r in range(self.widget.count())
                if self.widget.item(r).checkState() == Qt.Checked]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for row in range(self.widget.count()):
            item = self.widget.item(row)
            haystack = fold(item.text())
            item.setHidden(not all(w in haystack for w in words))


class ActivityDialog(QDialog):
    saved = Signal(int)
    checked = Signal()  # the answer of a check (``try_save``) is on screen

    def __init__(self, context, lookups: Lookups, *, activity_id: int | None = None,
                 data: ActivityInput | None = None, files: list[EvidenceInfo] | None = None,
                 parent=None):
        super().__init__(parent)
        self.context = context
        self.service = ActivityService(context.workspace)
        self.lookups = lookups
        self.activity_id = activity_id
        self.saved_id: int | None = None
        self._confirmed: tuple | None = None
        self._checking = False
        self._pending: list[Path] = []
        self._removed: list[int] = []
        self.ui = load_form("activity_dialog.ui", self)
        self.setWindowTitle(self.tr("Sửa hoạt động") if activity_id else self.tr("Thêm hoạt động"))
        self.setAcceptDrops(True)
        fit_to_screen(self, QSize(1100, 720))
        ui = self.ui
        ch = lookups.choices
        self.form_combo = host_combo(ui.formHost, self.tr("Gõ để chọn hình thức…"), ch["forms"])
        self.commune_combo = host_combo(ui.communeHost, self.tr("Gõ tên xã, thị trấn…"),
                                        ch["communes"])
        self.task_combo = host_combo(ui.taskHost, self.tr("Không gắn nhiệm vụ"), ch["tasks"],
                                     with_detail=True)
        self.agency_combo = host_combo(ui.agencyHost, self.tr("Gõ tên cơ quan…"), ch["agencies"])
        self.funding_combo = host_combo(ui.fundingHost, self.tr("Chọn nguồn kinh phí…"),
                                        ch["funding"])
        apply_tab_order(ui)  # the pickers take their placeholders' places
        self.themes = CheckList(ui.themesFilter, ui.themesList, ch["themes"],
                                lookups.names["themes"])
        self.audiences = CheckList(ui.audiencesFilter, ui.audiencesList, ch["audiences"],
                                   lookups.names["audiences"])
        ui.startDateEdit.set_optional(False)
        ui.endDateEdit.reference = ui.startDateEdit.value  # its calendar opens there
        self.save_button = ui.buttonBox.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("&Lưu"))
        self.save_button.setDefault(True)
        ui.buttonBox.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        ui.buttonBox.accepted.connect(self.try_save)
        ui.buttonBox.rejected.connect(self.reject)
        bind(self, "activity.save", self.try_save)
        ui.attachButton.clicked.connect(self._choose_files)
        ui.openEvidenceButton.clicked.connect(self._open_selected)
        ui.removeEvidenceButton.clicked.connect(self._remove_selected)
        ui.evidenceList.itemDoubleClicked.connect(lambda _item: self._open_selected())
        ui.startDateEdit.dateChanged.connect(self._start_changed)
        self.figure_spins = self._figure_spins()
        self._fields = {
            "title": ui.titleEdit, "start_date": ui.startDateEdit, "end_date": ui.endDateEdit,
            "form_id": self.form_combo, "commune_id": self.commune_combo,
            "task_id": self.task_combo, **self.figure_spins,
        }
        self._shown = CheckResult()
        for name, widget in self._fields.items():
            for signal in self._edit_signals(widget):
                signal.connect(lambda *_args, name=name: self._field_edited(name))
        # The form loader drops layout stretch: the pickers' column gets more room.
        columns = ui.findChild(QHBoxLayout, "columnsLayout")
        if columns is not None:
            columns.setStretch(0, 3)
            columns.setStretch(1, 2)
        vietnamese = QLocale(QLocale.Vietnamese, QLocale.Vietnam)  # 12.500.000, not 12500000
        for spin in self.figure_spins.values():
            spin.setLocale(vietnamese)
            spin.setGroupSeparatorShown(True)  # the form loader does not apply it
            spin.setMinimumWidth(130)
        self._set_tab_order()
        self.set_data(data or ActivityInput(start_date=dt.date.today()), files or [])
        ui.titleEdit.setFocus()

    # -- data ---------------------------------------------------------------------------
    def set_data(self, data: ActivityInput, files: list[EvidenceInfo]) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        ui.startDateEdit.setDate(to_qdate(data.start_date or dt.date.today()))
        ui.endDateEdit.setDate(to_qdate(data.end_date))
        self.form_combo.set_current_key(data.form_id)
        self.commune_combo.set_current_key(data.commune_id)
        self.task_combo.set_current_key(data.task_id)
        self.agency_combo.set_current_key(data.lead_agency_id)
        self.funding_combo.set_current_key(data.funding_id)
        ui.locationEdit.setText(data.location)
        for name, spin in self.figure_spins.items():
            spin.setValue(getattr(data, name))
        ui.productNoteEdit.setText(data.product_note)
        ui.noteEdit.setText(data.note)
        ui.descriptionEdit.setPlainText(data.description)
        self.themes.set_checked(data.theme_ids)
        self.audiences.set_checked(data.audience_ids)
        for edit in (ui.titleEdit, ui.locationEdit, *(c.lineEdit() for c in (
                self.form_combo, self.commune_combo, self.task_combo, self.agency_combo,
                self.funding_combo))):
            edit.setCursorPosition(0)  # show the beginning of long names
        ui.evidenceList.clear()
        for info in files:
            self._add_evidence_item(info.file_name, ("saved", info))

    def collect(self) -> ActivityInput:
        ui = self.ui
        return ActivityInput(
            start_date=from_qdate(ui.startDateEdit.date()),
            end_date=from_qdate(ui.endDateEdit.date()),
            form_id=self.form_combo.current_key(),
            theme_ids=self.themes.checked(), audience_ids=self.audiences.checked(),
            commune_id=self.commune_combo.current_key(), task_id=self.task_combo.current_key(),
            lead_agency_id=self.agency_combo.current_key(),
            title=ui.titleEdit.text(), description=ui.descriptionEdit.toPlainText(),
            location=ui.locationEdit.text(), product_note=ui.productNoteEdit.text(),
            **{name: round(spin.value()) for name, spin in self.figure_spins.items()},
            funding_id=self.funding_combo.current_key(), note=ui.noteEdit.text(),
        )

    def _start_changed(self, _value: QDate) -> None:
        start, end = self.ui.startDateEdit.value(), self.ui.endDateEdit
        if start and end.value() and end.value() < start:
            end.set_value(None)  # a start moved past the end: the end no longer applies

    def _figure_spins(self) -> dict[str, QAbstractSpinBox]:
        """Figure → its spin box: the form's, or a new row for a figure it does not place.
        Bounds from the description: up to its maximum; below 0 is let through, so that
        the check says what is wrong instead of the box refusing silently."""
        form = self.ui.findChild(QFormLayout, "rightForm")
        spins: dict[str, QAbstractSpinBox] = {}
        for figure in FIGURES:
            spin = self.ui.findChild(QAbstractSpinBox, FORM_SPINS.get(figure.name, ""))
            if spin is None:
                spin = QDoubleSpinBox(self.ui) if figure.kind == MONEY else QSpinBox(self.ui)
                if figure.kind == MONEY:
                    spin.setDecimals(0)
                spin.setMinimum(-1_000_000)
                caption = QLabel(_(figure.label) + ":", self.ui)
                caption.setBuddy(spin)
                form.insertRow(max(form.rowCount() - 1, 0), caption, spin)
            spin.setMaximum(figure.maximum)
            spins[figure.name] = spin
        return spins

    def _set_tab_order(self) -> None:
        ui = self.ui
        added = [s for n, s in self.figure_spins.items() if n not in FORM_SPINS]
        chain = [ui.titleEdit, ui.startDateEdit, ui.endDateEdit, self.form_combo,
                 self.commune_combo, ui.locationEdit, self.task_combo, self.agency_combo,
                 self.funding_combo, ui.costSpin, ui.totalSpin, ui.womenSpin, ui.ethnicSpin,
                 ui.productsSpin, ui.productNoteEdit, ui.minutesSpin, *added, ui.noteEdit,
                 ui.themesFilter, ui.themesList, ui.audiencesFilter, ui.audiencesList,
                 ui.descriptionEdit, ui.evidenceList, ui.attachButton, ui.buttonBox]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- saving -------------------------------------------------------------------------
    def _signature(self, data: ActivityInput) -> tuple:
        return (data.start_date, data.end_date, data.form_id, data.commune_id, data.task_id,
                fold(data.title))

    def try_save(self) -> None:
        """Check, show what is wrong or doubtful, and save once it is fine or confirmed."""
        typed = self._typed_date_problems()
        if typed:  # a date that is not one: say so instead of saving without it
            self.show_check(CheckResult(problems=typed))
            self._fields[typed[0].field].setFocus()
            self.checked.emit()
            return
        if self._checking:
            return  # Enter pressed twice: the first check answers for both
        data, service, activity_id = self.collect(), self.service, self.activity_id
        # The check reads the database (plan period, submitted reports, a difflib scan of
        # the day's titles): on the worker thread, the dialog waits without freezing.
        self._checking = True
        self.save_button.setEnabled(False)

        def failed(error):
            self._checking = False
            self.save_button.setEnabled(True)
            show_error(self, error)

        self.context.operations.run(
            lambda _progress: service.check(data, exclude_id=activity_id),
            on_success=lambda result: self._checked(data, result), on_failure=failed,
            show_progress=False)

    def _checked(self, data: ActivityInput, result: CheckResult) -> None:
        self._checking = False
        self.save_button.setEnabled(True)
        self.show_check(result)
        self.checked.emit()
        if result.errors:
            widget = self._fields.get(result.errors[0].field)
            if widget is not None:
                widget.setFocus()
            return
        doubtful = bool(result.warnings or result.duplicates)
        if doubtful and self._confirmed != self._signature(data):
            self._confirmed = self._signature(data)
            self.save_button.setText(self.tr("Vẫn lưu"))
            return
        self._save(data)

    def _typed_date_problems(self) -> list[Problem]:
        problems = []
        for name, label in (("start_date", self.tr("Ngày bắt đầu")),
                            ("end_date", self.tr("Ngày kết thúc"))):
            field = self._fields[name]
            field.commit()
            if field.error() and (name == "end_date" or field.text().strip()):
                problems.append(Problem(name, f"{label}: {field.error()}"))
        return problems

    @staticmethod
    def _edit_signals(widget) -> list:
        if isinstance(widget, CatalogueCombo):
            return [widget.keyChanged, widget.lineEdit().textEdited]
        if isinstance(widget, DateField):
            return [widget.textEdited, widget.dateChanged]
        if isinstance(widget, QLineEdit):
            return [widget.textEdited]
        return [widget.valueChanged]

    def _field_edited(self, name: str) -> None:
        """A field being corrected loses its red frame and its message at once."""
        if any(p.field == name for p in self._shown.errors):
            self.show_check(CheckResult(
                problems=[p for p in self._shown.problems if p.field != name],
                duplicates=self._shown.duplicates))

    def show_check(self, result: CheckResult) -> None:
        self._shown = result
        for name, widget in self._fields.items():
            if any(p.field == name for p in result.errors) or widget.styleSheet() == \
                    ERROR_STYLE:
                widget.setStyleSheet("")
                widget.setToolTip("")
        lines = []
        for problem in result.errors:
            lines.append(f"<span style='color:#b03020'>✖ {html.escape(problem.message)}</span>")
            widget = self._fields.get(problem.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(problem.message)
        for problem in result.warnings:
            lines.append(f"<span style='color:#8a5a00'>⚠ {html.escape(problem.message)}</span>")
        if result.duplicates:
            names = "; ".join(f"“{html.escape(d.title)}” ({short_date(d.start_date)})"
                              for d in result.duplicates[:3])
            lines.append("<span style='color:#8a5a00'>⚠ " + html.escape(self.tr(
                "Có thể trùng với hoạt động đã nhập cùng ngày, cùng hình thức và cùng xã:"))
                + f" {names}. " + html.escape(self.tr(
                    "Nếu đúng là hoạt động khác, nhấn “Vẫn lưu”.")) + "</span>")
        self.ui.messagesLabel.setText("<br>".join(lines))
        if not (result.warnings or result.duplicates):
            self.save_button.setText(self.tr("Lưu"))
            self._confirmed = None

    def _save(self, data: ActivityInput) -> None:
        service, activity_id = self.service, self.activity_id
        pending, removed = list(self._pending), list(self._removed)
        workspace = self.context.workspace
        self.save_button.setEnabled(False)

        def work(_progress):
            saved = activity_id
            if saved is None:
                saved = service.create(data)
            else:
                service.update(saved, data)
            if pending:
                evidence.attach(workspace, saved, pending)
            for evidence_id in removed:
                service.remove_evidence(evidence_id)
            return saved

        def failed(error):
            self.save_button.setEnabled(True)
            show_error(self, error)

        self.context.operations.run(work, on_success=self._saved, on_failure=failed,
                                    label=self.tr("Đang lưu hoạt động"), parent=self,
                                    changes=Change.ACTIVITIES)

    def _saved(self, activity_id: int) -> None:
        self.saved_id = activity_id
        self.saved.emit(activity_id)
        self.accept()

    # -- evidence -----------------------------------------------------------------------
    def _add_evidence_item(self, name: str, payload) -> None:
        item = QListWidgetItem(name, self.ui.evidenceList)
        item.setData(KEY_ROLE, payload)
        if payload[0] == "pending":
            item.setToolTip(self.tr("Sẽ được chép vào thư mục dữ liệu khi lưu: {0}")
                            .format(payload[1]))

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            path = Path(path)
            if path.is_file() and path not in self._pending:
                self._pending.append(path)
                self._add_evidence_item(path.name, ("pending", path))

    def _choose_files(self) -> None:
        self.add_files(file_dialogs.open_files(
            self, self.tr("Chọn tệp minh chứng"), "",
            self.tr("Ảnh, tài liệu (*.jpg *.jpeg *.png *.pdf *.doc *.docx *.xls *.xlsx);;"
                    "Mọi tệp (*)")))

    def _selected_payload(self):
        item = self.ui.evidenceList.currentItem()
        return (item, item.data(KEY_ROLE)) if item else (None, None)

    def _open_selected(self) -> None:
        _item, payload = self._selected_payload()
        if payload is None:
            return
        if payload[0] == "pending":
            path = payload[1]
        else:
            info: EvidenceInfo = payload[1]
            try:
                path = evidence.open_path(self.context.workspace.location, info.sha256,
                                          info.file_name)
            except Exception as error:  # noqa: BLE001 – a missing file: say so, keep the dialog
                from nbhr_desktop.ui.operations import show_error
                show_error(self, error)
                return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _remove_selected(self) -> None:
        item, payload = self._selected_payload()
        if payload is None:
            return
        if payload[0] == "pending":
            self._pending.remove(payload[1])
        else:
            self._removed.append(payload[1].id)
        self.ui.evidenceList.takeItem(self.ui.evidenceList.row(item))

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()
