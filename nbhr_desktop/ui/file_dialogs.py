"""Choosing files and folders in Vietnamese, whatever the language of the system.

A native file dialog speaks the operating system's language, which Qt's catalogue cannot
change. So the app uses Qt's own dialog (translated by ``resources/translations/qt_vi``)
except on a Windows whose display language is Vietnamese, where the native dialog already
speaks Vietnamese and brings the Explorer's places (Quick access, OneDrive, network).

Saving never overwrites silently: when the chosen file exists, one question names the file
and its folder, and "Không" goes back to the dialog to choose another name.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

CTX = "FileDialogs"
# Literal strings call translate() with the context written out: lupdate cannot see
# through _tr(), which is left for strings marked with QT_TRANSLATE_NOOP.
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def native_dialogs_speak_vietnamese() -> bool:
    if sys.platform != "win32":
        return False
    languages = QLocale.system().uiLanguages()
    return bool(languages) and languages[0].lower().startswith("vi")


def _places() -> list[QUrl]:
    """The sidebar of Qt's dialog: the computer (drives, USB sticks) and the usual folders."""
    urls = [QUrl("file:")]
    for kind in (QStandardPaths.HomeLocation, QStandardPaths.DesktopLocation,
                 QStandardPaths.DocumentsLocation, QStandardPaths.DownloadLocation):
        folder = QStandardPaths.writableLocation(kind)
        if folder and Path(folder).is_dir():
            url = QUrl.fromLocalFile(folder)
            if url not in urls:
                urls.append(url)
    return urls


def make_dialog(parent: QWidget | None, title: str, start: str | Path = "",
                name_filter: str = "") -> QFileDialog:
    """A configured ``QFileDialog`` (also what the tests look at)."""
    dialog = QFileDialog(parent, title, str(start), name_filter)
    options = QFileDialog.DontConfirmOverwrite  # ``save_file`` asks, naming the folder
    if not native_dialogs_speak_vietnamese():
        options |= QFileDialog.DontUseNativeDialog
        dialog.setOptions(options)
        dialog.setSidebarUrls(_places())
    else:
        dialog.setOptions(options)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    return dialog.selectedFiles() if dialog.exec() == QFileDialog.Accepted else []


def open_file(parent, title: str, start: str | Path = "", name_filter: str = "") -> Path | None:
    dialog = make_dialog(parent, title, start, name_filter)
    dialog.setFileMode(QFileDialog.ExistingFile)
    files = _run(dialog)
    return Path(files[0]) if files else None


def open_files(parent, title: str, start: str | Path = "", name_filter: str = "") -> list[Path]:
    dialog = make_dialog(parent, title, start, name_filter)
    dialog.setFileMode(QFileDialog.ExistingFiles)
    return [Path(f) for f in _run(dialog)]


def confirm_overwrite(parent, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, translate("FileDialogs", "Tệp đã có"),
        translate("FileDialogs", "Thư mục {0} đã có tệp {1}.\n\nThay tệp cũ bằng tệp mới?").format(
            path.parent, path.name),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def save_file(parent, title: str, suggested: Path, name_filter: str,
              suffix: str) -> Path | None:
    """Ask where to save (``suggested`` is the folder and name offered); None if cancelled."""
    start = suggested
    while True:
        dialog = make_dialog(parent, title, start, name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        files = _run(dialog)
        if not files:
            return None
        chosen = Path(files[0])
        if chosen.suffix.lower() != suffix.lower():
            chosen = chosen.with_name(chosen.name + suffix)
        if not chosen.exists() or confirm_overwrite(parent, chosen):
            return chosen
        start = chosen  # back to the dialog, in the same folder


def existing_folder(parent, title: str, start: str | Path = "") -> Path | None:
    dialog = make_dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.Directory)
    dialog.setOption(QFileDialog.ShowDirsOnly, True)
    files = _run(dialog)
    return Path(files[0]) if files else None
