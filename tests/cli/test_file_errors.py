"""A file the OS will not let us write (open in Excel, read-only, a full disk) gives one
Vietnamese line and exit code 2, never a traceback."""

from __future__ import annotations

import errno

from nbhr_desktop.base.errors import os_reason
from nbhr_desktop.cli import foundation, main


def test_reasons_are_vietnamese():
    in_use = PermissionError(errno.EACCES, "The process cannot access the file")
    in_use.winerror = 32  # what Windows says for a workbook Excel holds open
    assert "chương trình khác mở" in os_reason(in_use)
    assert "chỉ cho đọc" in os_reason(PermissionError(errno.EACCES, "Permission denied"))
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "ổ đĩa đã đầy"


def test_export_over_something_unwritable_is_one_line(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "init", "--unit", "Kim Sơn"]) == 0
    blocked = tmp_path / "Gói.nbhr"
    blocked.mkdir()  # a folder where the package should go: the final rename must fail
    (blocked / "keep.txt").write_text("x")
    capsys.readouterr()
    assert main(["--data-dir", data, "export-package", "--out", str(blocked)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: ") and "Gói.nbhr" in err and "thư mục" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert (blocked / "keep.txt").exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]  # no half package


def test_any_command_refused_a_file_says_so_in_one_line(tmp_path, capsys, monkeypatch):
    # What Windows raises when a command writes over a workbook open in Excel.
    def held_open(args):
        raise PermissionError(errno.EACCES, "Access is denied", r"C:\Xuất ra\Số liệu.xlsx")

    monkeypatch.setattr(foundation, "cmd_info", held_open)
    assert main(["--data-dir", str(tmp_path / "d"), "info"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(r"Lỗi: Không đọc/ghi được tệp C:\Xuất ra\Số liệu.xlsx: không có quyền")
    assert len(err.strip().splitlines()) == 1 and "Access is denied" not in err
