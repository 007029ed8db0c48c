"""A .nbhr path given alone opens the window on that file's import preview.

Windows starts the app this way when a package is double-clicked (the installer registers
``NBHRDesktop.exe "%1"`` for .nbhr). The preview writes nothing until the officer applies it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from nbhr_desktop.cli import _gui_request


def _run(*args, cwd):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NBHR_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "nbhr_desktop", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_lone_package_path_starts_the_gui_with_that_file():
    assert _gui_request([]) == (True, None)
    assert _gui_request([r"C:\Users\Nguyễn Văn A\Tải về\Kim Sơn 2024.NBHR"]) == (
        True, r"C:\Users\Nguyễn Văn A\Tải về\Kim Sơn 2024.NBHR")
    assert _gui_request(["--data-dir", "D", "goi.nbhr"]) == (True, "goi.nbhr")
    # A command keeps its meaning, and other files are not opened by the window.
    assert _gui_request(["import", "goi.nbhr"]) == (False, None)
    assert _gui_request(["so-lieu.xlsx"]) == (False, None)
    assert _gui_request(["a.nbhr", "b.nbhr"]) == (False, None)


def test_double_clicked_package_shows_its_preview_and_imports_nothing(tmp_path):
    district, province = tmp_path / "district", tmp_path / "province"
    for folder, unit, role in ((district, "Kim Sơn", "district"),
                               (province, "Ninh Bình", "province")):
        done = _run("--data-dir", str(folder), "init", "--unit", unit, "--role", role,
                    cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    assert _run("--data-dir", str(district), "demo-data", "--activities", "30", "--year", "2024",
                cwd=tmp_path).returncode == 0
    package = tmp_path / "Gói Kim Sơn.nbhr"
    assert _run("--data-dir", str(district), "export-package", "--out", str(package),
                cwd=tmp_path).returncode == 0

    shot = tmp_path / "preview.png"
    # The picture is taken only once the preview is on screen (else: exit 1 after a timeout).
    result = _run("--data-dir", str(province), "--screenshot", str(shot), str(package),
                  cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    info = json.loads(_run("--data-dir", str(province), "info", "--json", cwd=tmp_path).stdout)
    assert info["counts"]["activities"] == 0  # previewed, not imported


def test_a_package_double_clicked_while_the_window_is_open_goes_to_that_window(qtbot, tmp_path):
    # Windows starts a second copy for the file; it hands the path to the running one.
    import uuid

    from nbhr_desktop.storage.db import Location
    from nbhr_desktop.ui.single_instance import InstanceGuard

    location = Location.resolve(data_dir=tmp_path / f"d{uuid.uuid4().hex}")
    running = InstanceGuard(location, QApplication.instance())  # as run_gui makes it
    assert running.acquire()
    package = tmp_path / "Tải về" / "Gói Kim Sơn 2024.nbhr"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen([sys.executable, "-c", (
        "from PySide6.QtCore import QCoreApplication\n"
        "from nbhr_desktop.storage.db import Location\n"
        "from nbhr_desktop.ui.single_instance import InstanceGuard\n"
        "app = QCoreApplication([])\n"
        f"guard = InstanceGuard(Location.resolve(data_dir={str(location.data_dir)!r}))\n"
        f"print(guard.acquire(), guard.show_running(5000, package={str(package)!r}))\n")],
        env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with qtbot.waitSignal(running.openRequested, timeout=30_000) as opened:
            pass
        assert opened.args == [str(package)]
        out, err = second.communicate(timeout=30)
        assert out.split() == ["False", "True"], err
    finally:
        running.release()
