"""Exporting from the window over a file the OS will not let us write (a workbook still open
in Excel) shows one plain Vietnamese message, not an "unexpected error" with a traceback."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QMessageBox

from nbhr_desktop.ui.operations import show_error


def test_a_refused_file_gets_a_plain_warning(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    error = PermissionError(errno.EACCES, "Permission denied", r"C:\Báo cáo\Số liệu 2024.xlsx")
    show_error(None, error, "Traceback (most recent call last): …")
    assert len(shown) == 1
    assert shown[0].startswith(r"Không đọc/ghi được tệp C:\Báo cáo\Số liệu 2024.xlsx: ")
    assert "đang mở trong chương trình khác" in shown[0] and "Traceback" not in shown[0]


def test_other_os_errors_stay_unexpected(qtbot, monkeypatch):
    # A refused network connection names no file: it is not the user's open workbook.
    warned, boxes = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()))
    show_error(None, ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"))
    assert warned == [] and "lỗi không mong đợi" in boxes[0]
