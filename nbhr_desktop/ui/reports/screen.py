"""Báo cáo: the results report of a period.

Choose the period (quarter, half-year, nine months, year or custom dates) and its basis
(calendar, or the data cut-off of Decree 09/2019: a separate report), see its figures
(totals against the same period a year earlier; by task, form, theme, audience, commune,
funding, month), edit the pre-filled narrative and the document details (saved as you go),
submit (which locks the period), preview and print it, and export the PDF and the workbook
(``output.py``).

Every database call runs on the worker thread through ``OperationRunner`` via
``core.reports.workflow``; this class only shows plain data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox, QMessageBox, QPlainTextEdit, QWidget

from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.reports import workflow
from nbhr_desktop.core.reports.narrative import SECTION_KEYS
from nbhr_desktop.core.reports.periods import (
    Basis,
    current_quarter,
    custom_period,
    half,
    nine_months,
    quarter,
    whole_year,
)
from nbhr_desktop.core.reports.service import ReportEdit
from nbhr_desktop.core.vnformat import roman, short_date
from nbhr_desktop.storage.models import SignerAuthority
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import show_error
from nbhr_desktop.ui.reports import output
from nbhr_desktop.ui.reports.figures_view import fill_group, fill_totals, group_choices
from nbhr_desktop.ui.shortcuts import bind

AUTOSAVE_MS = 1200
FIGURES_SIDE_BY_SIDE = 1000  # the figures tab's width from which the tables sit side by side
BANNER_STALE = ("QLabel { background: #fdecea; border: 1px solid #e0a39d; border-radius: 4px;"
                " padding: 6px; }")
BANNER_LOCKED = ("QLabel { background: #eef5ec; border: 1px solid #a9c9a0; border-radius: 4px;"
                 " padding: 6px; }")


def open_folder(path: Path) -> None:
    """Show the folder in the system's file manager (replaced in tests)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportsScreen(QWidget):
    # Figures from the log and plans, the report itself, and the signer (settings).
    watches = (Change.ACTIVITIES | Change.PLANS | Change.CATALOGUES | Change.REPORTS
               | Change.SETTINGS | Change.UNITS)
    ready = Signal()
    exported = Signal(str)  # the path of a file just exported

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.view: workflow.PeriodView | None = None
        self._filling = False
        self._dirty = False
        self._ready_sent = False
        self._request = 0  # the latest load asked for; older answers are dropped
        self._loading = False
        self.open_folder = open_folder
        self._exported_path: Path | None = None
        self.ui = ui = load_form("report_screen.ui", self)
        self.edits: dict[str, QPlainTextEdit] = {key: getattr(ui, f"{key}Edit")
                                                 for key in SECTION_KEYS}
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        ui.figuresSplitter.setStretchFactor(1, 1)
        ui.figuresSplitter.installEventFilter(self)
        self._setup_period()
        self._setup_editing()
        ui.flaggedList.hide()
        ui.bannerLabel.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.figuresSplitter and event.type() == QEvent.Resize:
            self._arrange_figures(event.size().width())
        return super().eventFilter(watched, event)

    def _arrange_figures(self, width: int) -> None:
        """The two tables side by side when there is room (1366 px), else one above the
        other, so that neither is squeezed into a column of "…" on a 1024-pixel screen."""
        splitter = self.ui.figuresSplitter
        wanted = Qt.Horizontal if width >= FIGURES_SIDE_BY_SIDE else Qt.Vertical
        if splitter.orientation() != wanted:
            splitter.setOrientation(wanted)
            total = width if wanted == Qt.Horizontal else splitter.height()
            first = min(460, total * 2 // 5) if wanted == Qt.Horizontal else min(
                self.ui.totalsTable.verticalHeader().length() + 60, total // 2)
            splitter.setSizes([first, max(total - first, 100)])

    # -- the period ------------------------------------------------------------------------
    def _setup_period(self) -> None:
        ui = self.ui
        # Today, or for a unit that has ended (a district) its last day: it reports no later.
        today = self.context.workspace.installation_info().acting_day()
        for key, text in (("quarter", self.tr("Quý")), ("half", self.tr("6 tháng")),
                          ("nine", self.tr("9 tháng đầu năm")), ("year", self.tr("Cả năm")),
                          ("custom", self.tr("Tùy chọn ngày"))):
            ui.kindCombo.addItem(text, key)
        for key, text in group_choices():
            ui.groupCombo.addItem(text, key)
        # The basis picker is made here rather than in the form: one small widget next to
        # the year, so layout changes to the form stay independent of it.
        self.basisCombo = QComboBox(self)
        self.basisCombo.setObjectName("basisCombo")
        self.basisCombo.addItem(self.tr("Dương lịch"), Basis.CALENDAR)
        self.basisCombo.addItem(self.tr("Chốt số liệu (NĐ 09)"), Basis.CUTOFF)
        self.basisCombo.setToolTip(self.tr(
            "Dương lịch: trọn quý, 6 tháng, năm. Chốt số liệu theo Nghị định 09/2019/NĐ-CP: "
            "quý từ ngày 15 tháng trước quý đến ngày 14 tháng cuối quý; 6 tháng từ 15/12 năm "
            "trước đến 14/6; năm từ 15/12 năm trước đến 14/12. Mỗi cách là một báo cáo riêng."))
        ui.periodLayout.insertWidget(ui.periodLayout.indexOf(ui.yearSpin) + 1, self.basisCombo)
        self.basisCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.yearSpin.setValue(today.year)
        ui.fromDate.setDate(QDate(today.year, 1, 1))
        ui.toDate.setDate(QDate(today.year, today.month, today.day))
        self._fill_parts("quarter")
        ui.partCombo.setCurrentIndex(current_quarter(today).part - 1)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.yearSpin.valueChanged.connect(self._year_chosen)
        ui.partCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.showButton.clicked.connect(self.refresh)
        ui.groupCombo.currentIndexChanged.connect(lambda _i: self._show_group())
        self._kind_changed(load=False)

    def _fill_parts(self, kind: str) -> None:
        if getattr(self, "_parts_kind", None) == kind:
            return  # keep the chosen quarter or half
        self._parts_kind = kind
        combo = self.ui.partCombo
        combo.blockSignals(True)
        combo.clear()
        if kind == "quarter":
            for q in range(1, 5):
                combo.addItem(self.tr("Quý {0}").format(roman(q)), q)
        elif kind == "half":
            combo.addItem(self.tr("6 tháng đầu năm"), 1)
            combo.addItem(self.tr("6 tháng cuối năm"), 2)
        combo.blockSignals(False)

    def _kind_changed(self, *_args, load: bool = True) -> None:
        kind = self.ui.kindCombo.currentData()
        if kind in ("quarter", "half"):
            self._fill_parts(kind)
        self.ui.partCombo.setVisible(kind in ("quarter", "half"))
        self.ui.yearSpin.setVisible(kind != "custom")
        self.basisCombo.setVisible(kind != "custom")
        for widget in (self.ui.fromDate, self.ui.toCaption, self.ui.toDate, self.ui.showButton):
            widget.setVisible(kind == "custom")
        if load:
            self.refresh()

    def period(self):
        ui = self.ui
        kind, year = ui.kindCombo.currentData(), ui.yearSpin.value()
        basis = self.basisCombo.currentData()
        if kind == "quarter":
            return quarter(year, ui.partCombo.currentData() or 1, basis)
        if kind == "half":
            return half(year, ui.partCombo.currentData() or 1, basis)
        if kind == "nine":
            return nine_months(year, basis)
        if kind == "custom":
            start, end = ui.fromDate.date().toPython(), ui.toDate.date().toPython()
            return custom_period(min(start, end), max(start, end))
        return whole_year(year, basis)

    def set_period(self, kind: str, year: int, part: int = 1,
                   basis: str = Basis.CALENDAR) -> None:
        """Select a period programmatically (tests, and links from other screens)."""
        ui = self.ui
        widgets = (ui.kindCombo, ui.yearSpin, ui.partCombo, self.basisCombo)
        for widget in widgets:
            widget.blockSignals(True)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
        self._kind_changed(load=False)
        ui.yearSpin.setValue(year)
        self.basisCombo.setCurrentIndex(self.basisCombo.findData(basis))
        if kind in ("quarter", "half"):
            ui.partCombo.setCurrentIndex(ui.partCombo.findData(part))
        for widget in widgets:
            widget.blockSignals(False)
        self.refresh()

    def _year_chosen(self, year: int) -> None:
        self.context.work_year.choose(year)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.view is None and not self._loading:
            self._loading = True
            work_year = self.context.work_year
            self.context.operations.run(lambda _progress: work_year.resolve(),
                                        on_success=self._open_on, show_progress=False)

    def _open_on(self, year: int) -> None:
        """First load: the year with data (or chosen last); its last quarter if it is over."""
        if self._request:  # a period was chosen meanwhile (set_period): that one stands
            return
        today = dt.date.today()
        kind = self.ui.kindCombo.currentData()
        last = 4 if kind == "quarter" else 2
        part = current_quarter(today).part if year == today.year and kind == "quarter" else (
            self.ui.partCombo.currentData() if year == today.year else last)
        if year != today.year:
            self.ui.fromDate.setDate(QDate(year, 1, 1))
            self.ui.toDate.setDate(QDate(year, 12, 31))
        self.set_period(kind, year, part or 1)

    def refresh(self) -> None:
        if self._dirty:
            self.save()  # keep what was typed for the period being left
        period = self.period()
        workspace = self.context.workspace
        self._run_load(lambda _progress: workflow.load_period(workspace, period),
                       self.tr("Đang tính số liệu…"), show_progress=False)

    def _run_load(self, work, label: str, *, show_progress: bool = True,
                  changes: Change | None = None) -> None:
        """Run work that ends in a ``PeriodView``; only the latest request is shown."""
        self._request += 1
        request = self._request
        self._loading = True

        def shown(view: workflow.PeriodView) -> None:
            if request == self._request:  # else the user has moved on; newer data is coming
                self._loading = False
                self._show(view)

        def failed(error: Exception) -> None:
            if request == self._request:
                self._loading = False
            show_error(self, error)

        self.context.operations.run(work, on_success=shown, on_failure=failed, parent=self,
                                    label=label, show_progress=show_progress, changes=changes)

    @property
    def loading(self) -> bool:
        return self._loading

    def _show(self, view: workflow.PeriodView) -> None:
        self.view = view
        figures, period = view.figures, view.period
        ui = self.ui
        text = self.tr("<b>{0}</b> (từ {1} đến {2}) — {3} hoạt động").format(
            period.title_label, short_date(period.start), short_date(figures.end),
            f"{figures.totals.activities:,}".replace(",", "."))
        if view.excluded_notice:  # activities dated after the report's date
            text += " — <span style='color:#a33'>" + view.excluded_notice + "</span>"
        ui.periodLabel.setText(text)
        ui.periodLabel.setToolTip(figures.scope.coverage_text() if figures.scope else "")
        if figures.has_comparison:
            ui.totalsCaption.setText(self.tr("<b>Tổng hợp</b>, so với cùng kỳ năm trước ({0})")
                                     .format(period.year_earlier().label))
        else:
            ui.totalsCaption.setText(self.tr("<b>Tổng hợp</b> (chưa có số liệu cùng kỳ năm "
                                             "trước để so sánh)"))
        fill_totals(ui.totalsTable, figures)
        totals = ui.totalsTable  # every line of the totals in view, never scrolled away
        totals.setMinimumHeight(totals.horizontalHeader().height() + totals.frameWidth() * 2
                                + totals.verticalHeader().length() + 2)
        self._show_group()
        self._show_report(view.report)
        self._show_lock(view)
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _show_group(self) -> None:
        if self.view is not None:
            fill_group(self.ui.groupTable, self.view.figures, self.ui.groupCombo.currentData())

    def _show_report(self, report: workflow.ReportSnapshot) -> None:
        ui = self.ui
        self._filling = True
        for key, edit in self.edits.items():
            edit.setPlainText(report.narrative.get(key, ""))
        ui.subjectEdit.setText(report.subject)
        ui.addresseesEdit.setPlainText("\n".join(report.addressees))
        ui.recipientsEdit.setPlainText("\n".join(f"- {line}" for line in report.recipients))
        ui.signerNameEdit.setText(report.signer_name)
        ui.signerTitleEdit.setText(report.signer_title)
        ui.authorityCombo.setCurrentIndex(max(0, ui.authorityCombo.findData(
            report.signer_authority)))
        ui.numberSpin.setValue(report.number or 0)
        ui.issuedCheck.setChecked(report.issued_date is not None)
        day = report.issued_date or dt.date.today()
        ui.issuedDate.setDate(QDate(day.year, day.month, day.day))
        ui.issuedDate.setEnabled(report.issued_date is not None)
        self._filling = False
        self._dirty = False
        self._set_editable(not report.submitted)
        ui.savedLabel.setText("")

    def _show_lock(self, view: workflow.PeriodView) -> None:
        ui, report = self.ui, view.report
        if not report.submitted:
            ui.statusLabel.setText(self.tr("Trạng thái: <b>dự thảo</b>"))
            ui.bannerLabel.hide()
            ui.flaggedList.hide()
            return
        when = report.submitted_at.strftime("%d/%m/%Y %H:%M") if report.submitted_at else ""
        ui.statusLabel.setText(self.tr("Trạng thái: <b>đã nộp</b> lúc {0} (UTC)").format(when))
        if view.out_of_date or view.flagged:
            ui.bannerLabel.setStyleSheet(BANNER_STALE)
            ui.bannerLabel.setText(self.tr(
                "<b>Báo cáo đã cũ:</b> số liệu của kỳ đã thay đổi sau khi nộp ({0} hoạt động "
                "được sửa hoặc xóa). Hãy kiểm tra; nếu cần, bấm \"Mở lại để sửa\" rồi nộp "
                "lại.").format(len(view.flagged)))
            ui.flaggedList.clear()
            for item in view.flagged:
                state = self.tr("đã xóa") if item.deleted else self.tr("đã sửa")
                ui.flaggedList.addItem(self.tr("{0} — {1} ({2} lúc {3})").format(
                    short_date(item.start_date), item.title, state,
                    item.changed_at.strftime("%d/%m/%Y %H:%M")))
            ui.flaggedList.setVisible(bool(view.flagged))
        else:
            ui.bannerLabel.setStyleSheet(BANNER_LOCKED)
            ui.bannerLabel.setText(self.tr("Kỳ báo cáo đã khóa: hoạt động trong kỳ vẫn sửa "
                                           "được nhưng sẽ được đánh dấu ở đây."))
            ui.flaggedList.hide()
        ui.bannerLabel.show()

    # -- editing ---------------------------------------------------------------------------
    def _setup_editing(self) -> None:
        ui = self.ui
        for authority in SignerAuthority:
            ui.authorityCombo.addItem(authority.value, authority.value)
        for edit in self.edits.values():
            edit.textChanged.connect(self._changed)
        for edit in (ui.addresseesEdit, ui.recipientsEdit):
            edit.textChanged.connect(self._changed)
        for line in (ui.subjectEdit, ui.signerNameEdit, ui.signerTitleEdit):
            line.textEdited.connect(self._changed)
        ui.authorityCombo.currentIndexChanged.connect(self._changed)
        ui.numberSpin.valueChanged.connect(self._changed)
        ui.issuedCheck.toggled.connect(ui.issuedDate.setEnabled)
        ui.issuedCheck.toggled.connect(self._changed)
        ui.issuedDate.dateChanged.connect(self._changed)
        ui.saveButton.clicked.connect(self.save)
        ui.submitButton.clicked.connect(self.submit)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.redraftButton.clicked.connect(self.redraft_current)
        ui.previewButton.clicked.connect(self.preview)
        ui.printButton.clicked.connect(self.print_report)
        ui.openFolderButton.clicked.connect(self.open_export_folder)
        ui.openFolderButton.hide()
        ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        ui.workbookButton.clicked.connect(lambda: self.export("xlsx"))
        for name, button in (("reports.refresh", ui.showButton), ("reports.save", ui.saveButton),
                             ("reports.print", ui.printButton), ("reports.pdf", ui.pdfButton),
                             ("reports.workbook", ui.workbookButton)):
            bind(self, name, button)

    def _set_editable(self, editable: bool) -> None:
        ui = self.ui
        for edit in (*self.edits.values(), ui.addresseesEdit, ui.recipientsEdit):
            edit.setReadOnly(not editable)
        for widget in (ui.subjectEdit, ui.signerNameEdit, ui.signerTitleEdit):
            widget.setReadOnly(not editable)
        for widget in (ui.authorityCombo, ui.numberSpin, ui.issuedCheck, ui.redraftButton,
                       ui.saveButton, ui.submitButton):
            widget.setEnabled(editable)
        ui.issuedDate.setEnabled(editable and ui.issuedCheck.isChecked())
        ui.reopenButton.setEnabled(not editable)

    def _changed(self, *_args) -> None:
        if self._filling or self.view is None or self.view.report.submitted:
            return
        self._dirty = True
        self.ui.savedLabel.setText(self.tr("Có thay đổi chưa lưu…"))
        self._autosave.start()

    def current_edit(self) -> ReportEdit:
        ui = self.ui
        def lines(edit) -> list[str]:
            return edit.toPlainText().splitlines()

        number = ui.numberSpin.value()
        return ReportEdit(
            subject=ui.subjectEdit.text(), addressees=lines(ui.addresseesEdit),
            recipients=lines(ui.recipientsEdit),
            narrative={key: edit.toPlainText() for key, edit in self.edits.items()},
            signer_name=ui.signerNameEdit.text(), signer_title=ui.signerTitleEdit.text(),
            signer_authority=ui.authorityCombo.currentData(),
            number=number or None, clear_number=not number,
            clear_issued_date=not ui.issuedCheck.isChecked(),
            issued_date=ui.issuedDate.date().toPython() if ui.issuedCheck.isChecked() else None)

    def save(self) -> None:
        self._autosave.stop()
        if self.view is None or self.view.report.submitted or not self._dirty:
            return
        self._dirty = False
        report_id, edit = self.view.report.id, self.current_edit()
        workspace = self.context.workspace

        def work(_progress):
            return workflow.save(workspace, report_id, edit)

        def saved(snapshot: workflow.ReportSnapshot) -> None:
            if self.view is not None and self.view.report.id == snapshot.id:
                self.view = workflow.PeriodView(self.view.period, snapshot, self.view.figures,
                                                self.view.out_of_date, self.view.flagged)
            if not self._dirty:
                self.ui.savedLabel.setText(self.tr("Đã lưu lúc {0}").format(
                    dt.datetime.now().strftime("%H:%M:%S")))

        # No "changes" tag: the window would refresh this very screen and reset the cursor
        # of the officer who is typing; nothing else shows a draft's text.
        self.context.operations.run(work, on_success=saved, parent=self, show_progress=False,
                                    label=self.tr("Đang lưu báo cáo…"))

    def redraft_current(self) -> None:
        if self.view is None:
            return
        key = SECTION_KEYS[self.ui.sectionTabs.currentIndex()]
        answer = QMessageBox.question(self, self.tr("Soạn lại từ số liệu"), self.tr(
            "Thay nội dung mục này bằng bản soạn sẵn từ số liệu hiện tại? Nội dung đã sửa "
            "của mục sẽ mất."))
        if answer != QMessageBox.Yes:
            return
        self.save()
        report_id, workspace = self.view.report.id, self.context.workspace
        self.context.operations.run(
            lambda _p: workflow.redraft(workspace, report_id, (key,)),
            on_success=self._redrafted, parent=self, label=self.tr("Đang soạn lại…"))

    def _redrafted(self, snapshot: workflow.ReportSnapshot) -> None:
        if self.view is not None:
            self.view = workflow.PeriodView(self.view.period, snapshot, self.view.figures,
                                            self.view.out_of_date, self.view.flagged)
            self._show_report(snapshot)

    # -- submission ------------------------------------------------------------------------
    def submit(self, *, confirm: bool = True) -> None:
        if self.view is None:
            return
        if confirm and QMessageBox.question(self, self.tr("Nộp báo cáo"), self.tr(
                "Nộp báo cáo {0}? Kỳ báo cáo sẽ bị khóa: hoạt động trong kỳ sửa sau khi nộp sẽ "
                "được đánh dấu.").format(self.view.period.label)) != QMessageBox.Yes:
            return
        self._autosave.stop()
        edit = self.current_edit() if self._dirty else None
        self._dirty = False
        report_id, period, workspace = self.view.report.id, self.view.period, self.context.workspace
        self._run_load(lambda _p: workflow.submit(workspace, report_id, edit, period),
                       self.tr("Đang nộp báo cáo…"), changes=Change.REPORTS)

    def reopen(self) -> None:
        if self.view is None:
            return
        report_id, period, workspace = self.view.report.id, self.view.period, self.context.workspace
        self._run_load(lambda _p: workflow.reopen(workspace, report_id, period),
                       self.tr("Đang mở lại báo cáo…"), changes=Change.REPORTS)

    # -- paper and files --------------------------------------------------------------------
    def preview(self) -> None:
        output.preview(self)

    def print_report(self) -> None:
        output.print_report(self)

    def export(self, kind: str, target: Path | None = None) -> None:
        """Export the PDF (``"pdf"``) or workbook (``"xlsx"``) to ``target`` (asked if None)."""
        output.export(self, kind, target)

    def show_exported(self, path: Path) -> None:
        QGuiApplication.clipboard().setText(str(path))
        self._exported_path = path
        self.ui.savedLabel.setText(self.tr("Đã xuất {0} vào thư mục {1} — đường dẫn đã chép vào "
                                           "bộ nhớ tạm, sẵn sàng đính kèm thư điện tử.")
                                   .format(path.name, path.parent))
        self.ui.openFolderButton.show()
        self.exported.emit(str(path))

    def open_export_folder(self) -> None:
        if self._exported_path is not None:
            self.open_folder(self._exported_path.parent)
