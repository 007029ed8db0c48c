"""The settings screen's hand-over group: a district that has ended writes its final
package for the province and continues as a successor commune (``sync.handover``).

Shown only when there is something to hand over: the unit has ended and has successors in
force today. The group drives widgets of ``forms/settings_screen.ui``; all work runs on
the worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from nbhr_desktop.core import handover as rules
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.vnformat import number


class HandoverPanel(QObject):
    """Fills and runs the hand-over group. ``done`` carries the result."""

    done = Signal(object)

    def __init__(self, screen, parent=None):
        super().__init__(parent or screen)
        self.screen = screen
        self.ui = screen.ui
        self.context = screen.context
        self.ui.handoverButton.clicked.connect(lambda: self.hand_over())
        self.ui.handoverGroup.hide()

    def show_options(self, unit_name: str, valid_to, options: list[rules.Successor]) -> None:
        ui = self.ui
        ui.handoverGroup.setVisible(bool(options))
        ui.handoverCombo.clear()
        for option in options:
            ui.handoverCombo.addItem(option.label, option.code)
        if options:
            ui.handoverHint.setText(self.tr(
                "{0} chỉ hoạt động đến ngày {1}. Khi đã xong hồ sơ của đơn vị, hãy bàn giao: "
                "phần mềm ghi một gói dữ liệu cuối cùng (mọi kế hoạch, hoạt động, báo cáo, kèm "
                "tệp minh chứng) để gửi tỉnh, rồi từ đó phục vụ xã, phường được chọn. Hồ sơ cũ "
                "vẫn xem và in được như đã ban hành.").format(
                    unit_name, valid_to.strftime("%d/%m/%Y") if valid_to else ""))

    def confirm(self, target: str, out: Path) -> bool:
        answer = QMessageBox.question(
            self.screen, self.tr("Bàn giao"),
            self.tr("Ghi gói dữ liệu cuối cùng vào\n{0}\nrồi chuyển máy này sang phục vụ {1}?\n\n"
                    "Sau khi bàn giao, kế hoạch, hoạt động, báo cáo mới là của {1}.").format(
                out, target), QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def choose_file(self, default: Path) -> Path | None:
        file, _filter = QFileDialog.getSaveFileName(
            self.screen, self.tr("Lưu gói bàn giao"), str(default),
            self.tr("Gói trao đổi NBHR (*.nbhr)"))
        return Path(file) if file else None

    def hand_over(self, out: Path | None = None, *, confirmed: bool = False) -> None:
        code = self.ui.handoverCombo.currentData()
        if not code:
            return
        workspace = self.context.workspace
        if out is None:
            out = self.choose_file(rules.default_package_path(workspace))
            if out is None:
                return
        if not confirmed and not self.confirm(self.ui.handoverCombo.currentText(), out):
            return

        def work(progress):
            from nbhr_desktop.sync.handover import hand_over

            return hand_over(workspace, code, out, progress=progress)

        def finished(result) -> None:
            self.ui.savedLabel.setText(self.tr(
                "Đã bàn giao: gói {0} ({1} bản ghi) đã ghi để gửi tỉnh; máy này nay phục vụ "
                "{2}.").format(result.package.name, number(result.total), result.new_unit_name))
            self.done.emit(result)

        self.context.operations.run(work, on_success=finished, changes=Change.EVERYTHING,
                                    label=self.tr("Đang bàn giao…"), parent=self.screen)
