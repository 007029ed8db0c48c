"""The plan editor: metadata, numbered sections, the task table, status and printing.

Every edit becomes an undoable command (``commands.py``) that writes through the plan
services on the worker thread and brings back a fresh ``PlanView``; the widgets only ever
show such views. Typing is saved 500 ms after the last keystroke, when leaving a field,
when switching records and when the editor closes (``flush_pending``), so closing the
window or a crash loses nothing typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QListWidgetItem, QWidget

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.plans import service
from nbhr_desktop.core.plans.numbering import heading_text
from nbhr_desktop.core.plans.plan_service import PlanService
from nbhr_desktop.core.plans.views import PlanView
from nbhr_desktop.core.vnformat import document_number, short_date
from nbhr_desktop.storage.models import SectionLevel, SignerAuthority
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import show_error
from nbhr_desktop.ui.plans import printing
from nbhr_desktop.ui.plans.bindings import (
    Binding,
    FocusOutFlusher,
    change_signal,
    combo_binding,
    date_binding,
    number_binding,
    text_binding,
)
from nbhr_desktop.ui.plans.commands import AddCommand, DeleteCommand, EditCommand, MoveCommand
from nbhr_desktop.ui.plans.issue_dialog import IssueDialog
from nbhr_desktop.ui.plans.task_panel import TaskPanel
from nbhr_desktop.ui.shortcuts import bind
from nbhr_desktop.ui.widgets.date_field import DateField


class PlanEditor(QWidget):
    backRequested = Signal()
    loaded = Signal()  # a fresh view of the plan is on screen

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.plans = PlanService(context.workspace)
        self.ui = load_form("plan_editor.ui", self)
        self.undo_stack = QUndoStack(self)
        self.view: PlanView | None = None
        self.plan_uuid: str | None = None
        self.section_uuid: str | None = None
        self._known: dict[tuple[str, str, str], Any] = {}
        self._bindings: list[tuple[Binding, Callable[[], str | None]]] = []
        self._loading = False
        self._select_after: tuple[str, Callable[[], str | None]] | None = None
        self._timer = QTimer(self, singleShot=True, interval=500)
        self._timer.timeout.connect(self.flush_pending)
        self._flusher = FocusOutFlusher(self.flush_pending, self)
        self._fill_combos()
        self._bind_metadata()
        self._bind_sections()
        self.tasks = TaskPanel(self)
        self._connect_actions()

    # -- identity ---------------------------------------------------------------------
    @property
    def installation_uuid(self) -> str:
        return self.context.workspace.installation_info().installation_uuid

    def known(self, kind: str, uuid: str | None, name: str) -> Any:
        return self._known.get((kind, uuid or "", name))

    # -- loading and writing ---------------------------------------------------------
    def open_plan(self, plan_uuid: str) -> None:
        self.flush_pending()
        self.plan_uuid = plan_uuid
        self.section_uuid = None
        self.undo_stack.clear()
        self.tasks.load_choices()
        self.reload()

    def reload(self) -> None:
        plan_uuid, plans = self.plan_uuid, self.plans
        self.context.operations.run(lambda _progress: plans.view(plan_uuid),
                                    on_success=self._show, parent=self,
                                    show_progress=False)

    def write(self, work: Callable[[Any, str], Any], *, values=None, select=None) -> None:
        """Queue a write on the worker thread; the fresh view comes back to the screen."""
        if values is not None:
            kind, uuid, fields = values
            for name, value in fields.items():
                self._known[(kind, uuid, name)] = value
        plan_uuid, plans = self.plan_uuid, self.plans

        def job(_progress):
            return plans.edit(plan_uuid, work)

        def done(view):
            if select is not None:
                self._select_after = select
            self._show(view)

        def failed(error):
            show_error(self, error)
            self.reload()
        self.context.operations.run(job, on_success=done, on_failure=failed, parent=self,
                                    changes=Change.PLANS, show_progress=False)

    # -- bindings ---------------------------------------------------------------------
    def bind(self, binding: Binding, key: Callable[[], str | None], signal=None) -> Binding:
        self._bindings.append((binding, key))
        (signal or change_signal(binding.widget)).connect(lambda *_: self._changed(binding))
        binding.widget.installEventFilter(self._flusher)
        return binding

    def _changed(self, binding: Binding) -> None:
        if self._loading or self.view is None or self.view.read_only:
            return
        binding.pending = True
        if binding.immediate:
            self.flush_pending()
        else:
            self._timer.start()

    def plan_year_start(self) -> dt.date | None:
        return dt.date(self.view.summary.year, 1, 1) if self.view else None

    def flush_pending(self) -> None:
        """Save every pending edit now (timer, focus out, record switch, close)."""
        self._timer.stop()
        for field in self.findChildren(DateField):
            if field.isEnabled() and field.pending():
                field.commit()  # a typed date the officer has not left yet counts too
                if field.error():
                    self.ui.readOnlyLabel.setText(field.error())
        for binding, key in self._bindings:
            if not binding.pending:
                continue
            binding.pending = False
            uuid = key()
            if uuid is None:
                continue
            try:
                new = binding.read()
            except UserError as error:
                self.ui.readOnlyLabel.setText(error.message)
                continue
            old = {name: self.known(binding.kind, uuid, name) for name in new}
            if new == old:
                continue
            self.undo_stack.push(EditCommand(
                self, binding.kind, uuid, new, old, self.tr("Sửa {0}").format(binding.label),
                mergeable=not binding.immediate))

    def _show_bindings(self, kind: str) -> None:
        for binding, key in self._bindings:
            if binding.kind != kind or binding.pending:
                continue
            uuid = key()
            binding.widget.setEnabled(uuid is not None and not self.view.read_only)
            if uuid is not None:
                binding.write({name: self.known(kind, uuid, name) for name in binding.fields})

    # -- the view ---------------------------------------------------------------------
    def _remember(self, view: PlanView) -> None:
        summary = view.summary
        values = {
            "parent_body": view.parent_body, "issuing_body": view.issuing_body,
            "code": view.code, "number": view.number, "issued_date": summary.issued_date,
            "place": view.place, "period_start": summary.period_start,
            "period_end": summary.period_end, "subject": summary.subject,
            "legal_bases": list(view.legal_bases), "recipients": list(view.recipients),
            "signer_authority": view.signer_authority, "signer_title": view.signer_title,
            "signer_name": view.signer_name,
        }
        self._known = {("plan", summary.uuid, k): v for k, v in values.items()}
        for s in view.sections:
            self._known.update({("section", s.uuid, "level"): s.level,
                                ("section", s.uuid, "title"): s.title,
                                ("section", s.uuid, "body"): s.body})
        self.tasks.remember(view, self._known)

    def _show(self, view: PlanView) -> None:
        if view.summary.uuid != self.plan_uuid:
            return
        self._loading = True
        try:
            self.view = view
            self._remember(view)
            self._show_header(view)
            self._show_bindings("plan")
            self._show_sections(view)
            self.tasks.show(view)
            self._select_after = None
        finally:
            self._loading = False
        self.loaded.emit()

    def _show_header(self, view: PlanView) -> None:
        summary = view.summary
        self.ui.titleLabel.setText(self.tr("<b>Kế hoạch năm {0}</b> – lần {1}").format(
            summary.year, summary.revision))
        if summary.status == "draft":
            status = self.tr("Dự thảo")
        elif summary.status == "issued":
            status = self.tr("Đã ban hành: {0} ngày {1}").format(
                document_number(view.number, view.code), short_date(summary.issued_date))
        else:
            status = self.tr("Đã được thay thế (lưu để tra cứu)")
        self.ui.statusLabel.setText(status)
        self.ui.readOnlyLabel.setText(self.tr(
            "Kế hoạch đã ban hành chỉ để đọc. Muốn thay đổi, bấm \"Tạo bản sửa đổi\": bản đã "
            "ban hành được giữ nguyên.") if view.read_only else "")
        self.ui.issueButton.setEnabled(summary.status == "draft")
        self.ui.revisionButton.setEnabled(summary.status == "issued")
        self.ui.draftCheck.setChecked(summary.status == "draft")
        for button in (self.ui.addSectionButton, self.ui.removeSectionButton,
                       self.ui.upSectionButton, self.ui.downSectionButton):
            button.setEnabled(not view.read_only)

    # -- metadata ---------------------------------------------------------------------
    def _fill_combos(self) -> None:
        names = {SignerAuthority.TM: self.tr("TM. (thay mặt tập thể)"),
                 SignerAuthority.KT: self.tr("KT. (ký thay người đứng đầu)"),
                 SignerAuthority.Q: self.tr("Q. (quyền)"),
                 SignerAuthority.TL: self.tr("TL. (thừa lệnh)"),
                 SignerAuthority.TUQ: self.tr("TUQ. (thừa ủy quyền)")}
        for value, name in names.items():
            self.ui.authorityCombo.addItem(name, str(value))
        levels = {SectionLevel.SECTION: self.tr("Mục lớn (I., II.)"),
                  SectionLevel.ITEM: self.tr("Mục (1., 2.)"),
                  SectionLevel.POINT: self.tr("Điểm (a), b))"),
                  SectionLevel.PARAGRAPH: self.tr("Đoạn văn (không đánh số)")}
        for value, name in levels.items():
            self.ui.levelCombo.addItem(name, str(value))
        for edit in (self.ui.issuedDateEdit, self.ui.periodStartEdit, self.ui.periodEndEdit):
            edit.reference = self.plan_year_start  # an empty date's calendar opens there

    def _bind_metadata(self) -> None:
        ui, plan = self.ui, (lambda: self.plan_uuid)
        texts = [(ui.parentBodyEdit, "parent_body", self.tr("cơ quan chủ quản")),
                 (ui.issuingBodyEdit, "issuing_body", self.tr("cơ quan ban hành")),
                 (ui.codeEdit, "code", self.tr("ký hiệu")),
                 (ui.placeEdit, "place", self.tr("địa danh")),
                 (ui.subjectEdit, "subject", self.tr("trích yếu")),
                 (ui.signerTitleEdit, "signer_title", self.tr("chức vụ người ký")),
                 (ui.signerNameEdit, "signer_name", self.tr("người ký"))]
        for widget, name, label in texts:
            self.bind(text_binding(widget, "plan", name, label), plan)
        self.bind(text_binding(ui.legalBasesEdit, "plan", "legal_bases", self.tr("căn cứ"),
                               as_lines=True), plan)
        self.bind(text_binding(ui.recipientsEdit, "plan", "recipients", self.tr("nơi nhận"),
                               as_lines=True), plan)
        self.bind(number_binding(ui.numberSpin, "plan", "number", self.tr("số văn bản"),
                                 zero_is_none=True), plan)
        for widget, name, label in [(ui.issuedDateEdit, "issued_date", self.tr("ngày ban hành")),
                                    (ui.periodStartEdit, "period_start", self.tr("kỳ kế hoạch")),
                                    (ui.periodEndEdit, "period_end", self.tr("kỳ kế hoạch"))]:
            self.bind(date_binding(widget, "plan", name, label), plan)
        self.bind(combo_binding(ui.authorityCombo, "plan", "signer_authority",
                                self.tr("thẩm quyền ký")), plan)

    # -- sections ---------------------------------------------------------------------
    def _bind_sections(self) -> None:
        ui, section = self.ui, (lambda: self.section_uuid)
        self.bind(combo_binding(ui.levelCombo, "section", "level", self.tr("cấp đoạn")), section)
        self.bind(text_binding(ui.sectionTitleEdit, "section", "title", self.tr("tiêu đề")),
                  section)
        self.bind(text_binding(ui.sectionBodyEdit, "section", "body", self.tr("nội dung")),
                  section)
        ui.sectionsList.currentItemChanged.connect(self._section_selected)
        ui.addSectionButton.clicked.connect(self.add_section)
        ui.removeSectionButton.clicked.connect(self.remove_section)
        ui.upSectionButton.clicked.connect(lambda: self.move_section(-1))
        ui.downSectionButton.clicked.connect(lambda: self.move_section(1))

    def _show_sections(self, view: PlanView) -> None:
        wanted = self.section_uuid
        if self._select_after and self._select_after[0] == "section":
            wanted = self._select_after[1]()
        listing = self.ui.sectionsList
        listing.blockSignals(True)
        listing.clear()
        for s in view.sections:
            text = heading_text(s.level, s.number, s.title) if s.title else (
                f"{s.number} {s.body}".strip())
            depth = {SectionLevel.SECTION: 0, SectionLevel.ITEM: 1}.get(s.level, 2)
            item = QListWidgetItem("    " * depth + (text if len(text) < 140
                                                    else text[:137] + "…"))
            item.setData(256, s.uuid)
            if s.title and s.level in (SectionLevel.SECTION, SectionLevel.ITEM):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            listing.addItem(item)
            if s.uuid == wanted:
                listing.setCurrentItem(item)
        listing.blockSignals(False)
        current = listing.currentItem()
        self.section_uuid = current.data(256) if current else None
        self._show_bindings("section")

    def _section_index(self) -> int:
        return self.ui.sectionsList.currentRow()

    def _section_selected(self, current, _previous) -> None:
        self.flush_pending()
        self.section_uuid = current.data(256) if current else None
        self._loading = True
        try:
            self._show_bindings("section")
        finally:
            self._loading = False

    def add_section(self) -> None:
        plan_uuid, index = self.plan_uuid, self._section_index() + 1
        level = self.ui.levelCombo.currentData() if self.section_uuid else SectionLevel.PARAGRAPH
        self.flush_pending()
        self.undo_stack.push(AddCommand(self, "section", lambda s, inst: service.add_section(
            s, plan_uuid, inst, index=index, level=level), self.tr("Thêm đoạn")))

    def remove_section(self) -> None:
        if self.section_uuid:
            self.flush_pending()
            self.undo_stack.push(DeleteCommand(self, "section", self.section_uuid,
                                               self.tr("Xóa đoạn")))

    def move_section(self, step: int) -> None:
        index = self._section_index()
        target = index + step
        if self.section_uuid and 0 <= target < self.ui.sectionsList.count():
            self.flush_pending()
            self.undo_stack.push(MoveCommand(self, "section", self.section_uuid, index, target,
                                             self.tr("Chuyển đoạn")))

    # -- actions ----------------------------------------------------------------------
    def _add_task_by_key(self) -> None:
        """Ctrl+T: to the tasks page, add a task after the current one, cursor in its title
        (the panel fills it when the new task is loaded)."""
        ui = self.ui
        ui.tabs.setCurrentWidget(ui.tasksTab)
        if ui.addTaskButton.isEnabled():
            ui.addTaskButton.click()
            ui.taskTitleEdit.setFocus(Qt.ShortcutFocusReason)

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.backButton.clicked.connect(self._back)
        ui.undoButton.clicked.connect(self.undo)
        ui.redoButton.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(ui.undoButton.setEnabled)
        self.undo_stack.canRedoChanged.connect(ui.redoButton.setEnabled)
        ui.undoButton.setEnabled(False)
        ui.redoButton.setEnabled(False)
        bind(self, "plans.undo", self.undo)
        bind(self, "plans.redo", self.redo)
        bind(self, "plans.back", ui.backButton)
        bind(self, "plans.add_task", self._add_task_by_key)
        bind(self, "plans.print", ui.printButton)
        bind(self, "plans.pdf", ui.exportButton)
        ui.issueButton.clicked.connect(self.open_issue_dialog)
        ui.revisionButton.clicked.connect(self.new_revision)
        ui.previewButton.clicked.connect(lambda: printing.preview(self))
        ui.printButton.clicked.connect(lambda: printing.print_plan(self))
        ui.exportButton.clicked.connect(lambda: printing.export_pdf(self))
        ui.openPdfButton.clicked.connect(lambda: printing.open_pdf(self))

    def undo(self) -> None:
        self.flush_pending()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush_pending()
        self.undo_stack.redo()

    def as_draft(self) -> bool:
        return self.ui.draftCheck.isChecked()

    def _back(self) -> None:
        self.flush_pending()
        self.backRequested.emit()

    def open_issue_dialog(self) -> IssueDialog | None:
        if self.view is None:
            return None
        self.flush_pending()
        dialog = IssueDialog(self, self.view)
        dialog.open()
        return dialog

    def issue(self, number: int, day, on_done=None, on_problems=None) -> None:
        """Issue with the clerical office's number and date; problems go to ``on_problems``."""
        plan_uuid, plans = self.plan_uuid, self.plans

        def work(_progress):
            return plans.issue(plan_uuid, number, day)

        def done(view):
            self.undo_stack.clear()  # an issued plan is a record: its edits are final
            self._show(view)
            if on_done:
                on_done()

        def failed(error):
            if on_problems and isinstance(error, UserError):
                on_problems(error.details or [error.message])
            else:
                show_error(self, error)
        self.context.operations.run(work, on_success=done, on_failure=failed, parent=self,
                                    changes=Change.PLANS, label=self.tr("Đang ban hành kế hoạch"))

    def new_revision(self) -> None:
        plan_uuid, plans = self.plan_uuid, self.plans
        # The editor opens the new revision itself (the list refreshes when shown again).
        self.context.operations.run(lambda _progress: plans.new_revision(plan_uuid),
                                    on_success=self.open_plan, parent=self,
                                    changes=Change.PLANS, label=self.tr("Đang tạo bản sửa đổi"))

    def closeEvent(self, event) -> None:
        self.flush_pending()
        self.context.operations.wait(10000)
        super().closeEvent(event)

    def showEvent(self, event) -> None:
        # The main window waits for queued writes when it closes; flush before that, on
        # its Close event, so the last keystrokes are among them.
        window = self.window()
        if window is not self and getattr(self, "_watched_window", None) is not window:
            watcher = FocusOutFlusher(self.flush_pending, window)  # lives as long as the window
            window.installEventFilter(watcher)
            self._watched_window = window
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.flush_pending()
        super().hideEvent(event)
