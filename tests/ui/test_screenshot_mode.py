"""``--screen NAME --screenshot FILE`` in a real process: a PNG of the painted window."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def _run(*args, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NBHR_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "nbhr_desktop", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_screenshot_of_catalogues(tmp_path):
    data = tmp_path / "data"
    init = _run("--data-dir", str(data), "init", "--unit", "Kim Sơn", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    out = tmp_path / "shots" / "catalogues.png"
    shot = _run("--data-dir", str(data), "--screen", "catalogues", "--screenshot", str(out),
                cwd=tmp_path)
    assert shot.returncode == 0, shot.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank window: the painted table and text give many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20


def test_unknown_screen_lists_valid_names(tmp_path, capsys):
    # Checked before Qt or the database is touched, so it runs in-process.
    from nbhr_desktop.app import run_gui
    from nbhr_desktop.cli import build_parser

    args = build_parser().parse_args(["--data-dir", str(tmp_path / "data"), "--screen", "bogus",
                                      "--screenshot", str(tmp_path / "x.png")])
    assert run_gui(args) == 2
    stderr = capsys.readouterr().err
    assert "bogus" in stderr and "catalogues" in stderr
    assert not (tmp_path / "x.png").exists() and not (tmp_path / "data").exists()


def test_uninitialised_folder_fails_clearly(tmp_path):
    result = _run("--data-dir", str(tmp_path / "data"), "--screen", "settings", "--screenshot",
                  str(tmp_path / "x.png"), cwd=tmp_path)
    assert result.returncode == 2
    assert "init --unit" in result.stderr and "Traceback" not in result.stderr


def test_broken_database_fails_with_advice(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "nbhr.sqlite3").write_bytes(b"not a database" * 400)
    result = _run("--data-dir", str(data), "--screen", "settings", "--screenshot",
                  str(tmp_path / "x.png"), cwd=tmp_path)
    assert result.returncode == 1
    assert "Không mở được dữ liệu" in result.stderr and "sao lưu" in result.stderr
    assert "Traceback" not in result.stderr
