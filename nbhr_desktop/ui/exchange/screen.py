"""Trao đổi dữ liệu: send packages, receive files (preview → apply → conflicts), history.

Every step touching files or the database runs on the worker thread through
``OperationRunner``; this class only shows results and asks the user. A file is always
verified and previewed before anything is written, and applying it re-checks everything
inside one transaction after an automatic backup (``sync.apply``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from nbhr_desktop.base.errors import OperationCancelled
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.vnformat import number
from nbhr_desktop.exports import registry
from nbhr_desktop.sync import apply as applying
from nbhr_desktop.sync import conflicts as conflict_views
from nbhr_desktop.sync import trust
from nbhr_desktop.sync.imports import WORKBOOK_SUFFIXES, read_source, refuse
from nbhr_desktop.sync.keys import KeyMismatch
from nbhr_desktop.sync.log import overview
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.exchange import trust as questions
from nbhr_desktop.ui.exchange.conflict_dialog import ConflictDialog
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import show_error
from nbhr_desktop.ui.shortcuts import bind
from nbhr_desktop.ui.widgets.elided_label import breakable
from nbhr_desktop.ui.widgets.row_table import Column, RowTableModel

CTX = "Exchange"
ACCEPTED_SUFFIXES = (".nbhr", *WORKBOOK_SUFFIXES)
COUNT_FIELDS = ("new", "updated", "unchanged", "deleted", "conflicts", "rejected")


def _local(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%d/%m/%Y %H:%M")


PROBLEM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Exchange", "Bản ghi / dòng"),
           lambda p: p.row or f"{p.title} ({p.uuid[:8]})"),
    Column(QT_TRANSLATE_NOOP("Exchange", "Lý do"), lambda p: p.reason, stretch=True),
]
HISTORY_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Exchange", "Thời điểm"), lambda e: _local(e.imported_at),
           sort_key=lambda e: e.imported_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("Exchange", "Tệp"), lambda e: Path(e.file_name).name,
           tooltip=lambda e: f"{e.file_name}\nSHA-256: {e.file_sha256}"),
    Column(QT_TRANSLATE_NOOP("Exchange", "Đơn vị gửi"), lambda e: e.sender_unit_code),
    Column(QT_TRANSLATE_NOOP("Exchange", "Kết quả"), lambda e: e.outcome_label),
    Column(QT_TRANSLATE_NOOP("Exchange", "Số bản ghi / lý do"),
           lambda e: e.counts_text() or e.message, stretch=True, tooltip=lambda e: e.message),
]
PIN_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Exchange", "Đơn vị"), lambda p: p.unit_name),
    Column(QT_TRANSLATE_NOOP("Exchange", "Mã khóa"), lambda p: p.fingerprint),
    Column(QT_TRANSLATE_NOOP("Exchange", "Cách tin"), lambda p: p.how_label),
    Column(QT_TRANSLATE_NOOP("Exchange", "Máy"), lambda p: p.installation),
    Column(QT_TRANSLATE_NOOP("Exchange", "Từ lúc"), lambda p: _local(p.pinned_at),
           stretch=True),
]


def _setup_view(view, model, columns) -> None:
    view.setModel(model)
    view.verticalHeader().hide()
    for index, column in enumerate(columns):
        view.horizontalHeader().setSectionResizeMode(
            index, QHeaderView.Stretch if column.stretch else QHeaderView.ResizeToContents)


class ExchangeScreen(QWidget):
    # Recipients (units), trusted keys and the import history.
    watches = (Change.UNITS | Change.SUBMISSIONS)
    ready = Signal()
    previewed = Signal()  # a file's preview is on screen (tests, and the drop hint)
    applied = Signal()

    def __init__(self, context: UiContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace
        self.is_ready = False
        self.source = None
        self.result = None
        self.views: list = []
        self.ui = load_form("exchange_screen.ui", self)
        self.problems = RowTableModel(PROBLEM_COLUMNS, context=CTX, parent=self)
        self.history = RowTableModel(HISTORY_COLUMNS, context=CTX, parent=self)
        self.pins = RowTableModel(PIN_COLUMNS, context=CTX, parent=self)
        _setup_view(self.ui.problemsView, self.problems, PROBLEM_COLUMNS)
        _setup_view(self.ui.historyView, self.history, HISTORY_COLUMNS)
        _setup_view(self.ui.pinsView, self.pins, PIN_COLUMNS)
        self.setAcceptDrops(True)
        ui = self.ui
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.applyButton.clicked.connect(self.apply)
        ui.discardButton.clicked.connect(self.clear_preview)
        ui.refuseButton.clicked.connect(self.refuse)
        ui.registerKeyButton.clicked.connect(self.register_key)
        ui.removeKeyButton.clicked.connect(self.remove_key)
        ui.exportButton.clicked.connect(self.choose_export_file)
        ui.templateButton.clicked.connect(self.choose_template_file)
        for name, button, tab in (("exchange.open", ui.chooseButton, ui.importTab),
                                  ("exchange.apply", ui.applyButton, ui.importTab),
                                  ("exchange.export", ui.exportButton, ui.exportTab),
                                  ("exchange.template", ui.templateButton, ui.exportTab)):
            bind(self, name, lambda b=button, t=tab: self._press_on_tab(t, b))
        ui.recipientCombo.currentIndexChanged.connect(self._show_last_export)
        self._last_exports: dict = {}
        self._units: list[tuple[str, str]] = []
        self.clear_preview()
        self.refresh()

    # -- overview ----------------------------------------------------------------------------
    def refresh(self) -> None:
        workspace = self.workspace
        self.context.operations.run(lambda progress: overview(workspace),
                                    on_success=self._show_overview, parent=self,
                                    show_progress=False)

    def _show_overview(self, data) -> None:
        ui = self.ui
        current = ui.recipientCombo.currentData()
        ui.recipientCombo.blockSignals(True)
        ui.recipientCombo.clear()
        for code, name in data.recipients:
            ui.recipientCombo.addItem(name, code)
        index = ui.recipientCombo.findData(current)
        ui.recipientCombo.setCurrentIndex(max(index, 0))
        ui.recipientCombo.blockSignals(False)
        ui.keyLabel.setText(data.own_fingerprint)
        self._last_exports = data.last_exports
        self._show_last_export()
        self.history.set_rows(data.imports)
        self.pins.set_rows(data.pins)
        self._units = data.units
        if not self.is_ready:
            self.is_ready = True
            self.ready.emit()

    def _show_last_export(self, *_args) -> None:
        last = self._last_exports.get(self.ui.recipientCombo.currentData())
        self.ui.lastExportLabel.setText(
            self.tr("Lần gửi trước cho nơi này: {0}").format(_local(last)) if last
            else self.tr("Chưa gửi lần nào cho nơi này: gói sẽ chứa toàn bộ dữ liệu."))

    # -- import: choose, preview -------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(Path(u.toLocalFile()).suffix.lower() in ACCEPTED_SUFFIXES
               for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in ACCEPTED_SUFFIXES:
                self.preview_file(path)
                event.acceptProposedAction()
                return

    def preview_file(self, path: Path) -> None:
        """The import tab, previewing ``path`` (dropped, or a double-clicked .nbhr)."""
        self.ui.tabs.setCurrentWidget(self.ui.importTab)
        self.open_file(path)

    def _press_on_tab(self, tab, button) -> None:
        """A shortcut's button, from anywhere on the screen: its tab is shown first."""
        self.ui.tabs.setCurrentWidget(tab)
        if button.isEnabled():
            button.click()

    def choose_file(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Chọn tệp cần nhập"), "",
            self.tr("Tệp trao đổi (*.nbhr *.xlsx);;Gói trao đổi (*.nbhr);;Sổ Excel (*.xlsx)"))
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, trust: str | None = None) -> None:
        workspace = self.workspace
        self.clear_preview()
        self.ui.fileLabel.setText(str(path))

        def work(progress):
            progress(0, 0, self.tr("Đang kiểm tra tệp…"))
            source = read_source(workspace, path, trust=trust)
            result = applying.preview(workspace, source)
            views = conflict_views.describe(workspace, result.preview.conflicts,
                                            source.sender_name)
            return source, result, views

        self.context.operations.run(
            work, on_success=self._show_preview,
            on_failure=lambda error: self._preview_failed(path, error),
            label=self.tr("Đang kiểm tra tệp…"), parent=self)

    def _preview_failed(self, path: Path, error: Exception) -> None:
        self.refresh()  # the refusal is in the history now
        if isinstance(error, KeyMismatch):
            choice = self._ask_repin(error)
            if choice:
                self.open_file(path, trust=choice)
                return
        self.ui.resultLabel.setText(getattr(error, "message", str(error)))
        show_error(self, error)

    def _ask_repin(self, error: KeyMismatch) -> str | None:
        return questions.ask_untrusted_key(self, error)

    def _confirm_unusual(self, source) -> str:
        return questions.confirm_unusual(self, source)

    def _show_preview(self, data) -> None:
        self.source, self.result, self.views = data
        summary = self.result.summary()
        ui = self.ui
        for key in COUNT_FIELDS:
            getattr(ui, f"{key}Value").setText(number(summary[key]))
        sender = self.source.sender_name or self.source.sender_unit
        # Who signed it, and whether it needs the officer's yes, is in the trust line above.
        shown = {self.source.pin_message, *self.source.confirmations.values()}
        notes = [self.tr("Từ: {0}").format(sender)] + [
            note for note in summary["notes"] if note not in shown]
        if summary["conflicts"]:
            notes.append(self.tr("Có {0} xung đột: khi bấm “Nhập dữ liệu” bạn sẽ chọn giữ "
                                 "bản nào.").format(summary["conflicts"]))
        ui.notesLabel.setText("\n".join(notes))
        text, colour = questions.trust_text(self, self.source)
        ui.trustLabel.setText(text)
        ui.trustLabel.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        ui.trustLabel.setVisible(bool(text))
        self.problems.set_rows(self.result.preview.problems)
        writes = summary["new"] + summary["updated"] + summary["deleted"] + summary["conflicts"]
        ui.applyButton.setEnabled(writes > 0)
        ui.discardButton.setEnabled(True)
        ui.refuseButton.setEnabled(True)
        ui.resultLabel.setText("" if writes else self.tr("Không có gì mới để nhập."))
        self.previewed.emit()

    def clear_preview(self) -> None:
        self.source, self.result, self.views = None, None, []
        ui = self.ui
        for key in COUNT_FIELDS:
            getattr(ui, f"{key}Value").setText("–")
        ui.notesLabel.setText("")
        ui.trustLabel.setText("")
        ui.trustLabel.setVisible(False)
        ui.fileLabel.setText("")
        self.problems.set_rows([])
        ui.applyButton.setEnabled(False)
        ui.discardButton.setEnabled(False)
        ui.refuseButton.setEnabled(False)

    # -- import: apply -------------------------------------------------------------------------
    def ask_conflicts(self) -> dict | None:
        """The user's choices for the conflicts, or None when they cancel the import."""
        dialog = ConflictDialog(self.views, self)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.decisions()

    def apply(self) -> None:
        if self.source is None:
            return
        if self.source.confirmations:
            answer = self._confirm_unusual(self.source)
            if answer == "refuse":
                self.refuse()
            if answer != "accept":
                return
        decisions = {}
        if self.views:
            decisions = self.ask_conflicts()
            if decisions is None:
                return
        source, workspace = self.source, self.workspace

        def work(progress):
            return applying.apply(workspace, source, decisions=decisions, progress=progress)

        # What the file really wrote (plans, catalogues, reports…), not just "activities";
        # Cancel rolls the whole import back (sync.apply writes in one transaction).
        self.context.operations.run(work, on_success=self._applied, on_failure=self._not_applied,
                                    label=self.tr("Đang nhập dữ liệu…"), parent=self,
                                    changes=lambda result: result.changes, cancellable=True)

    def _not_applied(self, error: Exception) -> None:
        if isinstance(error, OperationCancelled):
            self.ui.resultLabel.setText(self.tr("Đã hủy nhập: dữ liệu không thay đổi."))
            return
        show_error(self, error)

    def _applied(self, result) -> None:
        s = result.summary()
        left = s["conflicts"] - s["resolved"]
        text = self.tr("Đã nhập: mới {0}, sửa {1}, xóa {2}, xung đột đã giải quyết {3}.").format(
            s["new"], s["updated"], s["deleted"], s["resolved"])
        if left:
            text += " " + self.tr("{0} xung đột để sau (chưa nhập).").format(left)
        if result.backup:
            text += " " + self.tr("Bản sao lưu trước khi nhập: {0}").format(result.backup.name)
        self.clear_preview()
        self.ui.resultLabel.setText(text)
        self.refresh()
        self.applied.emit()

    def refuse(self) -> None:
        """The officer refuses the previewed file: logged in the history, nothing written."""
        source, workspace = self.source, self.workspace
        if source is None:
            return

        def done(_result) -> None:
            self.clear_preview()
            self.ui.resultLabel.setText(self.tr("Đã từ chối tệp {0}; việc từ chối được ghi vào "
                                                "Lịch sử.").format(source.path.name))
            self.refresh()

        self.context.operations.run(lambda progress: refuse(workspace, source),
                                    on_success=done, parent=self, show_progress=False)

    # -- keys ----------------------------------------------------------------------------------
    def register_key(self) -> None:
        dialog = questions.KeyRegisterDialog(self._units, self)
        if dialog.exec() != QDialog.Accepted:
            return
        unit, code = dialog.choice()
        workspace = self.workspace

        def done(result) -> None:
            name, registration = result
            text = self.tr("Đã đăng ký khóa {0} cho {1}.").format(registration.fingerprint, name)
            if registration.already:
                text = self.tr("Khóa {0} đã được tin cho {1} từ trước.").format(
                    registration.fingerprint, name)
            for dropped in registration.dropped:
                text += " " + self.tr("Bỏ khóa {0} đã ghim khi nhận tệp đầu tiên: không khớp mã "
                                      "vừa đăng ký.").format(dropped)
            self.ui.resultLabel.setText(text)
            self.ui.pinsCaption.setToolTip(text)
            self.refresh()

        self.context.operations.run(lambda progress: trust.register(workspace, unit, code),
                                    on_success=done, parent=self, show_progress=False,
                                    changes=Change.UNITS)

    def remove_key(self) -> None:
        rows = self.ui.pinsView.selectionModel().selectedRows()
        if not rows:
            return
        pin = self.pins.rows()[rows[0].row()]
        answer = QMessageBox.question(
            self, self.tr("Thôi tin khóa"),
            self.tr("Thôi tin khóa {0} của {1}? Tệp ký bằng khóa này sẽ bị từ chối cho đến khi "
                    "khóa được tin lại.").format(pin.fingerprint, pin.unit_name),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return
        workspace = self.workspace
        self.context.operations.run(
            lambda progress: trust.remove(workspace, pin.unit_code, pin.fingerprint),
            on_success=lambda _result: self.refresh(), parent=self, show_progress=False,
            changes=Change.UNITS)

    # -- export --------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        default = registry.default_name("package", self.workspace)
        path = file_dialogs.save_file(self, self.tr("Lưu gói trao đổi"), Path.home() / default,
                                      self.tr("Gói trao đổi (*.nbhr)"), ".nbhr")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        ui, workspace = self.ui, self.workspace
        recipient = ui.recipientCombo.currentData() or ""
        province = workspace.installation_info().role == "province"
        since_last = ui.sinceLastRadio.isChecked()
        attachments = ui.attachmentsCheck.isChecked()

        def work(progress):  # to every unit (""), the province first stores what it carries
            return registry.export("package", workspace, path, progress=progress,
                                   recipient=recipient, since_last=since_last,
                                   with_attachments=attachments)

        def done(written):
            package = written.detail
            text = self.tr("Đã xuất {0} bản ghi vào {1}.").format(number(package.total),
                                                                 breakable(written.path))
            if package.attachments_skipped:
                text += " " + self.tr("Không kèm được {0} tệp minh chứng.").format(
                    len(package.attachments_skipped))
            ui.exportResultLabel.setText(text)
            self.refresh()

        def failed(error):
            if isinstance(error, OperationCancelled):  # the partial file is gone already
                ui.exportResultLabel.setText(self.tr("Đã hủy xuất gói: không có tệp nào được "
                                                     "ghi."))
            else:
                show_error(self, error)

        # The province's package to every unit first stores the due dates and next year's
        # plan template it carries.
        self.context.operations.run(work, on_success=done, on_failure=failed,
                                    label=self.tr("Đang xuất gói…"), parent=self,
                                    cancellable=True, changes=(
                                        Change.SUBMISSIONS | Change.PLANS
                                        if recipient == "" and province else None))

    def choose_template_file(self) -> None:
        path = file_dialogs.save_file(
            self, self.tr("Lưu sổ Excel nhập liệu"),
            Path.home() / registry.default_name("entry-template", self.workspace),
            self.tr("Sổ Excel (*.xlsx)"), ".xlsx")
        if path is not None:
            self.export_template_to(path)

    def export_template_to(self, path: Path) -> None:
        workspace = self.workspace
        self.context.operations.run(
            lambda progress: registry.export("entry-template", workspace, path,
                                             progress=progress).path,
            on_success=lambda out: self.ui.exportResultLabel.setText(
                self.tr("Đã xuất sổ nhập liệu {0}.").format(breakable(out))),
            label=self.tr("Đang xuất sổ Excel…"), parent=self)
