"""The foundation commands, run in-process through ``main``."""

from __future__ import annotations

import json

import pytest

from nbhr_desktop import resources
from nbhr_desktop.cli import main


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_info_backup_restore(capsys, data_dir, tmp_path):
    code, out, err = run(capsys, "--data-dir", data_dir, "init", "--unit", "kim son",
                         "--officer", "Nguyễn Thị Hoa")
    assert code == 0 and "Huyện Kim Sơn" in out and err == ""

    code, out, _ = run(capsys, "--data-dir", data_dir, "demo-data", "--activities", "120",
                       "--seed", "5", "--year", "2025")
    assert code == 0 and "120 hoạt động" in out

    code, out, _ = run(capsys, "--data-dir", data_dir, "info", "--json")
    info = json.loads(out)
    assert code == 0
    assert (info["unit_code"], info["unit_name"], info["role"]) == (
        "376", "Huyện Kim Sơn", "district")
    assert info["schema_revision"] == info["head_revision"]
    assert info["database_size"] > 0 and info["database"].endswith("nbhr.sqlite3")
    counts = info["counts"]
    assert counts["activities"] == 120 and counts["plans"] == 1 and counts["tasks"] > 0
    for key in ("targets", "reports", "units", "agencies", "catalogue_items", "evidence_files"):
        assert key in counts

    code, out, _ = run(capsys, "--data-dir", data_dir, "info")
    assert code == 0 and "Hoạt động" in out and "120" in out

    copy = tmp_path / "sao-luu.sqlite3"
    code, out, _ = run(capsys, "--data-dir", data_dir, "backup", "--out", str(copy))
    assert code == 0 and copy.exists()

    code, out, err = run(capsys, "--data-dir", str(tmp_path / "other"), "init", "--unit", "376")
    assert code == 0
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "other"), "restore", str(copy))
    assert code == 0 and "Đã khôi phục" in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "other"), "info", "--json")
    assert json.loads(out)["counts"]["activities"] == 120


@pytest.mark.parametrize("args, words", [
    (["init", "--unit", "Kim Sen"], "Không tìm thấy đơn vị"),
    (["info2"], "Lỗi:"),
    (["demo-data"], "Chưa khởi tạo"),
    (["restore", "/nonexistent/backup.sqlite3"], "Không tìm thấy tệp sao lưu"),
    (["init"], "Lỗi:"),
])
def test_user_mistakes_give_one_vietnamese_line_and_exit_2(capsys, data_dir, args, words):
    try:
        code = main(["--data-dir", data_dir, *args])
    except SystemExit as exit_:  # argparse's own errors exit through the parser
        code = exit_.code
    out, err = capsys.readouterr()
    assert code == 2
    assert words in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_restore_refuses_a_file_that_is_not_a_backup(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", data_dir, "init", "--unit", "Kim Sơn")
    fake = tmp_path / "bao-cao.xlsx"
    fake.write_bytes(b"PK\x03\x04 not a database")
    code, out, err = run(capsys, "--data-dir", data_dir, "restore", str(fake))
    assert code == 2 and "không phải là bản sao lưu của NBHR Desktop" in err


def test_self_test_passes_on_a_good_install(capsys, data_dir):
    code, out, err = run(capsys, "--data-dir", data_dir, "self-test")
    assert code == 0, out
    assert "Phông chữ" in out and "LỖI" not in out


def test_self_test_names_a_missing_font(capsys, data_dir, tmp_path, monkeypatch):
    broken = tmp_path / "resources"
    (broken / "fonts").mkdir(parents=True)
    real = resources.resources_dir()
    (broken / "catalogues").symlink_to(real / "catalogues")
    for font in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"):
        (broken / "fonts" / font).write_bytes((real / "fonts" / font).read_bytes())
    monkeypatch.setattr(resources, "resources_dir", lambda: broken)
    code, out, err = run(capsys, "--data-dir", data_dir, "self-test")
    assert code == 1
    assert "LiberationSerif-Italic.ttf" in out and "[LỖI] Phông chữ" in out


def test_self_test_names_a_broken_form(capsys, data_dir, tmp_path, monkeypatch):
    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "main_window.ui").write_text("<ui version='4.0'><widget></ui>", encoding="utf-8")
    monkeypatch.setattr("nbhr_desktop.core.selftest.forms_dir", lambda: forms)
    code, out, _ = run(capsys, "--data-dir", data_dir, "self-test")
    assert code == 1 and "main_window.ui" in out


def test_backup_to_a_place_that_cannot_be_written(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", data_dir, "init", "--unit", "Kim Sơn")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data_dir, "backup", "--out",
                         str(blocked / "sub" / "copy.sqlite3"))
    assert code == 2 and "Không có thư mục" in err and "Traceback" not in err
