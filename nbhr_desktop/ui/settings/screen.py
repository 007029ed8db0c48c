"""Cài đặt: officer and signer, language, where the data lives, backups and restore.

Work settings are saved to ``settings.json`` (``core.settings``); the officer's name lives
in the database. Backups use ``storage.backup``; everything touching files or the database
runs on the worker thread, with a progress dialog for backup and restore.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.settings import Settings
from nbhr_desktop.core.settings_service import SettingsService, SettingsSnapshot
from nbhr_desktop.core.vnformat import number
from nbhr_desktop.storage import backup
from nbhr_desktop.ui import file_dialogs
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.operations import show_error
from nbhr_desktop.ui.settings.handover import HandoverPanel
from nbhr_desktop.ui.shortcuts import bind
from nbhr_desktop.ui.widgets.row_table import Column, RowTableModel

CTX = "Settings"
LANGUAGE_NAMES = [("vi", "Tiếng Việt"), ("en", "English")]
REASONS = {
    "manual": QT_TRANSLATE_NOOP("Settings", "Sao lưu thủ công"),
    "daily": QT_TRANSLATE_NOOP("Settings", "Tự động hằng ngày"),
    "before-migration": QT_TRANSLATE_NOOP("Settings", "Trước khi nâng cấp"),
    "before-import": QT_TRANSLATE_NOOP("Settings", "Trước khi nhập dữ liệu"),
    "before-restore": QT_TRANSLATE_NOOP("Settings", "Trước khi khôi phục"),
}


def human_size(size: int | None) -> str:
    if size is None:
        return QCoreApplication.translate("Settings", "không xác định")
    if size < 1024 * 1024:
        return f"{number(max(size // 1024, 1))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def _reason(code: str) -> str:
    return QCoreApplication.translate(CTX, REASONS[code]) if code in REASONS else code


BACKUP_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Settings", "Thời điểm"),
           lambda b: b.created_at.strftime("%d/%m/%Y %H:%M:%S"),
           sort_key=lambda b: b.created_at.isoformat()),
    Column(QT_TRANSLATE_NOOP("Settings", "Loại"), lambda b: _reason(b.reason)),
    Column(QT_TRANSLATE_NOOP("Settings", "Dung lượng"), lambda b: human_size(b.size),
           align_right=True),
    Column(QT_TRANSLATE_NOOP("Settings", "Tệp"), lambda b: b.path.name, stretch=True,
           tooltip=lambda b: str(b.path)),
]


class SettingsScreen(QWidget):
    # The officer, the signer and the backups (a restore changes everything).
    watches = (Change.SETTINGS)
    ready = Signal()

    def __init__(self, context: UiContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.workspace = context.workspace
        self.service = SettingsService(context.workspace)
        self.is_ready = False
        self._settings = Settings()
        self.ui = load_form("settings_screen.ui", self)
        for code, name in LANGUAGE_NAMES:
            self.ui.languageCombo.addItem(name, code)
        self.backups = RowTableModel(BACKUP_COLUMNS, context=CTX, parent=self)
        view = self.ui.backupView
        view.setModel(self.backups)
        view.verticalHeader().hide()
        for column, definition in enumerate(BACKUP_COLUMNS):
            view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.Stretch if definition.stretch else QHeaderView.ResizeToContents)
        location = self.workspace.location
        self.ui.databaseValue.setText(location.describe())
        self.ui.folderValue.setText(str(location.data_dir))
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.openFolderButton.clicked.connect(self._open_folder)
        self.ui.backupButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self._restore_selected)
        self.ui.restoreFileButton.clicked.connect(self._restore_from_file)
        bind(self, "settings.save", self.ui.saveButton)
        bind(self, "settings.backup", self.ui.backupButton)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.handover = HandoverPanel(self)
        self.handover.done.connect(lambda _result: (self._update_window_identity(),
                                                    self.refresh()))
        self._update_buttons()
        self.refresh()

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        service = self.service
        self.context.operations.run(lambda progress: service.snapshot(),
                                    on_success=self._show, parent=self, show_progress=False)

    def _show(self, snapshot: SettingsSnapshot) -> None:
        self._settings = snapshot.settings
        ui = self.ui
        ui.unitValue.setText(snapshot.unit_name)
        ui.officerEdit.setText(snapshot.officer_name)
        ui.signerNameEdit.setText(snapshot.settings.signer_name)
        ui.signerTitleEdit.setText(snapshot.settings.signer_title)
        language = ui.languageCombo.findData(snapshot.settings.language)
        ui.languageCombo.setCurrentIndex(max(language, 0))
        ui.dailyBackupCheck.setChecked(snapshot.settings.daily_backup)
        ui.sizeValue.setText(human_size(snapshot.database_size))
        if snapshot.warning:  # otherwise keep the last "saved / restored" message visible
            ui.savedLabel.setText(snapshot.warning)
        self.backups.set_rows(snapshot.backups)
        self.handover.show_options(snapshot.unit_name, snapshot.unit_valid_to,
                                   snapshot.successors)
        self._update_buttons()
        if not self.is_ready:
            self.is_ready = True
            self.ready.emit()

    def _update_buttons(self, *_args) -> None:
        self.ui.restoreButton.setEnabled(self.ui.backupView.currentIndex().isValid())

    # -- settings -------------------------------------------------------------------------
    def save(self) -> None:
        ui = self.ui
        settings = self._settings
        old_language = settings.language
        settings.signer_name = " ".join(ui.signerNameEdit.text().split())
        settings.signer_title = " ".join(ui.signerTitleEdit.text().split())
        settings.language = ui.languageCombo.currentData()
        settings.daily_backup = ui.dailyBackupCheck.isChecked()
        officer, service = ui.officerEdit.text(), self.service

        def work(progress):
            return service.save(settings, officer)

        def done(_name):
            message = self.tr("Đã lưu.")
            if settings.language != old_language:
                message += " " + self.tr("Ngôn ngữ mới có hiệu lực khi mở lại phần mềm.")
            ui.savedLabel.setText(message)
            self._update_window_identity()

        self.context.operations.run(work, on_success=done, changes=Change.SETTINGS, parent=self)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workspace.location.data_dir)))

    def _update_window_identity(self) -> None:
        window = self.window()
        if hasattr(window, "update_identity"):
            window.update_identity()

    # -- backups --------------------------------------------------------------------------
    def backup_now(self) -> None:
        workspace = self.workspace

        def work(progress):
            progress(0, 0, self.tr("Đang sao lưu dữ liệu…"))
            return backup.make_backup(workspace)

        self.context.operations.run(
            work, on_success=lambda path: (self.ui.savedLabel.setText(
                self.tr("Đã sao lưu vào {0}").format(Path(path).name)), self.refresh()),
            label=self.tr("Đang sao lưu dữ liệu…"), parent=self)

    def _restore_selected(self) -> None:
        index = self.ui.backupView.currentIndex()
        row = self.backups.row_at(index)
        if row is not None:
            self.restore(row.path)

    def _restore_from_file(self) -> None:
        start = str(self.workspace.location.backups_dir)
        file = file_dialogs.open_file(self, self.tr("Chọn tệp sao lưu"), start,
                                      self.tr("Tệp sao lưu NBHR (*.sqlite3);;Mọi tệp (*)"))
        if file is not None:
            self.restore(file)

    def confirm_restore(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Khôi phục dữ liệu"),
            self.tr("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu\n{0}?\n\nDữ liệu hiện tại "
                    "sẽ được sao lưu trước khi thay, nên vẫn lấy lại được.").format(path),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def confirm_other_unit(self, error) -> bool:
        """Another unit's backup: say whose it is and ask (issue 12)."""
        answer = QMessageBox.warning(
            self, self.tr("Bản sao lưu của đơn vị khác"), error.message,
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Yes

    def restore(self, path: Path, *, confirmed: bool = False, other_unit: bool = False) -> None:
        if not confirmed and not self.confirm_restore(path):
            return
        workspace = self.workspace

        def work(progress):
            progress(0, 0, self.tr("Đang khôi phục dữ liệu…"))
            return backup.restore_backup(workspace, path, allow_other_unit=other_unit)

        def failed(error):
            if isinstance(error, backup.OtherUnitBackup) and self.confirm_other_unit(error):
                self.restore(path, confirmed=True, other_unit=True)
            elif not isinstance(error, backup.OtherUnitBackup):
                show_error(self, error)

        def done(_safety):
            self.ui.savedLabel.setText(self.tr("Đã khôi phục dữ liệu từ {0}.").format(path.name))
            self._update_window_identity()
            self.refresh()

        self.context.operations.run(work, on_success=done, on_failure=failed,
                                    changes=Change.EVERYTHING, parent=self,
                                    label=self.tr("Đang khôi phục dữ liệu…"))
