"""Qt's own buttons, file and print dialogs and context menus speak Vietnamese.

Qt ships no Vietnamese catalogue; ``resources/translations/qt_vi`` is ours, made by
``tools/qt_strings.py`` from what Qt itself asks to translate.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from nbhr_desktop.app import install_translators
from nbhr_desktop.base.i18n import install_language
from nbhr_desktop.ui import file_dialogs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def vietnamese(qapp):
    before = QLocale()
    translators = install_translators(qapp, "vi")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    install_language("vi")


def test_catalogue_is_loaded_at_start(vietnamese):
    assert any(t.filePath().endswith("qt_vi.qm") for t in vietnamese)


def test_standard_buttons(vietnamese):
    box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Save
                           | QDialogButtonBox.Close)
    texts = {box.button(b).text() for b in (QDialogButtonBox.Ok, QDialogButtonBox.Cancel,
                                             QDialogButtonBox.Save, QDialogButtonBox.Close)}
    assert texts == {"OK", "Hủy", "Lưu", "Đóng"}
    question = QMessageBox(QMessageBox.Question, "t", "x", QMessageBox.Yes | QMessageBox.No)
    question.setDetailedText("chi tiết")
    assert question.button(QMessageBox.Yes).text().replace("&", "") == "Có"
    assert question.button(QMessageBox.No).text().replace("&", "") == "Không"
    assert any(b.text() == "Xem chi tiết…" for b in question.findChildren(QPushButton))


def test_file_dialog_labels_buttons_and_menu(vietnamese, qtbot, tmp_path):
    dialog = file_dialogs.make_dialog(None, "Lưu báo cáo", tmp_path / "bc.pdf",
                                      "Tệp PDF (*.pdf)")
    dialog.setAcceptMode(QFileDialog.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    # Qt's own dialog where the native one would speak the system's language.
    assert dialog.testOption(QFileDialog.DontUseNativeDialog) == (
        not file_dialogs.native_dialogs_speak_vietnamese())
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Tìm trong:", "&Tên tệp:", "Loại tệp:"} <= labels
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"&Lưu", "Hủy"} <= buttons
    menu_words = {action.text() for action in dialog.findChildren(QAction)}
    assert {"Đổi &tên", "&Xóa", "Hiện tệp &ẩn", "Thư mục &mới"} <= menu_words
    dialog.close()


def test_print_preview_and_print_dialog(vietnamese, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
    printer = QPrinter()
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    actions = {action.text() for action in preview.findChildren(QAction)}
    assert {"Trang sau", "Phóng to", "Vừa chiều rộng", "Khổ ngang", "In",
            "Thiết lập trang"} <= actions
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"&In", "Hủy", "Thuộc tín&h"} <= buttons
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert "Số bản:" in labels
    dialog.close()


def test_line_edit_context_menu(vietnamese, qtbot):
    edit = QLineEdit("Kim Sơn")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    words = {action.text().split("\t")[0] for action in menu.actions() if action.text()}
    assert {"&Hoàn tác", "&Sao chép", "&Dán", "Chọn tất cả", "Xóa"} <= words


def test_input_dialog_buttons(vietnamese, qtbot):
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        seen["buttons"] = {b.text() for b in dialog.findChildren(QPushButton)}
        dialog.reject()
    QTimer.singleShot(100, answer)
    from PySide6.QtWidgets import QInputDialog
    QInputDialog.getText(None, "Lưu bộ lọc", "Tên bộ lọc:")
    assert seen["buttons"] == {"OK", "Hủy"}


def test_every_qt_string_the_app_shows_is_translated():
    """The tool opens each Qt dialog and menu the app uses and lists what stays English."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "qt_strings.py"), "check"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
