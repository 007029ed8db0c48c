"""Every screen fits and works at 1024×768 (projectors, old monitors) and 1366×768, with
nothing overlapping, and no status text ever widens the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QSplitter, QWidget

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.main_window import MainWindow
from nbhr_desktop.ui.operations import OperationRunner

# A 768-pixel screen less a title bar and a taskbar.
ROOM = {"1024x768": QSize(1024, 698), "1366x768": QSize(1366, 698)}


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    from nbhr_desktop.core.setup import initialise
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.storage.db import Location
    location = Location.resolve(data_dir=tmp_path_factory.mktemp("demo") / "data")
    with Workspace.open(location) as workspace:
        initialise(workspace, "Kim Sơn", officer_name="Nguyễn Thị Hoa")
        generate_demo_data(workspace, activities=60, seed=5, year=2024)
    return location


@pytest.fixture
def window(qtbot, demo_folder):
    from nbhr_desktop.core.workspace import Workspace
    workspace = Workspace.open(demo_folder)
    context = UiContext(workspace, OperationRunner())
    window = MainWindow(context, remember_state=False)
    qtbot.addWidget(window)
    window.show()
    yield window
    context.operations.wait(10_000)
    window.close()
    workspace.close()


def _show(qtbot, window, key):
    screen = window.show_screen(key)
    ready = {"done": bool(getattr(screen, "is_ready", False)
                          or getattr(screen, "_ready_sent", False))}
    screen.ready.connect(lambda: ready.__setitem__("done", True))
    qtbot.waitUntil(lambda: ready["done"], timeout=20_000)
    window.context.operations.wait(10_000)
    qtbot.wait(50)
    return screen


def _overlaps(root: QWidget) -> list[str]:
    """Pairs of visible sibling widgets laid out over each other (what a too small window
    does to a layout)."""
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible() or isinstance(parent, QAbstractScrollArea | QSplitter) \
                or parent.isWindow() and parent is not root:
            continue
        children = [c for c in parent.findChildren(QWidget, options=Qt.FindDirectChildrenOnly)
                    if c.isVisible() and not c.isWindow() and c.width() > 1 and c.height() > 1]
        for i, first in enumerate(children):
            for second in children[i + 1:]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 2 and shared.height() > 2:
                    found.append(f"{parent.objectName() or type(parent).__name__}: "
                                 f"{first.objectName() or type(first).__name__} × "
                                 f"{second.objectName() or type(second).__name__}")
    return found


def test_the_overlap_check_sees_overlaps(qtbot):
    from PySide6.QtWidgets import QLabel
    host = QWidget()
    qtbot.addWidget(host)
    first, second = QLabel("Hình thức:", host), QLabel("Xã, thị trấn:", host)
    first.setObjectName("formCaption")
    second.setObjectName("communeCaption")
    first.setGeometry(0, 0, 100, 20)
    second.setGeometry(60, 5, 100, 20)  # what a squeezed filter bar looked like
    host.show()
    assert _overlaps(host) == ["QWidget: formCaption × communeCaption"]


@pytest.mark.parametrize("size", ["1024x768", "1366x768"])
def test_every_screen_fits_without_overlap(qtbot, window, size):
    room = ROOM[size]
    window.resize(room)
    for spec in window.specs:  # the navigation of the installation's role
        screen = _show(qtbot, window, spec.key)
        needed = window.minimumSizeHint()
        assert needed.width() <= room.width() and needed.height() <= room.height(), (
            spec.key, needed)
        window.resize(room)
        qtbot.wait(20)
        assert (window.width(), window.height()) == (room.width(), room.height()), spec.key
        assert _overlaps(screen) == [], spec.key
    plans = window.screen("plans")  # the plan editor and its tabs too
    plans.open_selected()
    qtbot.waitUntil(lambda: plans.editor.view is not None, timeout=10_000)
    for tab in range(plans.editor.ui.tabs.count()):
        plans.editor.ui.tabs.setCurrentIndex(tab)
        qtbot.wait(20)
        assert window.minimumSizeHint().height() <= room.height(), tab
        assert _overlaps(plans.editor) == [], tab


def test_status_text_never_widens_the_window(qtbot, window):
    window.resize(ROOM["1024x768"])
    for key in ("reports", "activities", "exchange", "settings"):
        _show(qtbot, window, key)
    before = window.minimumSizeHint().width()
    folder = "D:/" + "/".join(f"Thư_mục_con_số_{n}" for n in range(40))
    long_text = f"Đã xuất BC-QCN-KimSon-2024-Q4.pdf vào thư mục {folder}"
    window.screen("reports").show_exported(Path(folder) / "BC.pdf")
    window.screen("activities").ui.statusLabel.setText(long_text)
    window._location_label.setText(long_text)
    exchange = window.screen("exchange")
    exchange.ui.fileLabel.setText(folder)
    from nbhr_desktop.ui.widgets.elided_label import breakable
    exchange.ui.exportResultLabel.setText(f"Đã xuất 120 bản ghi vào {breakable(folder)}.")
    qtbot.wait(20)
    assert window.minimumSizeHint().width() == before <= 1024
    assert window.screen("reports").ui.savedLabel.toolTip().startswith("Đã xuất")


def test_activity_dialog_fits(qtbot, window):
    screen = _show(qtbot, window, "activities")
    dialog = screen.new_activity()
    room = ROOM["1024x768"] - QSize(0, 30)  # its own title bar
    needed = dialog.minimumSizeHint()
    assert needed.width() <= room.width() and needed.height() <= room.height()
    available = QApplication.primaryScreen().availableGeometry().size()
    assert dialog.width() <= max(available.width(), needed.width())
    dialog.reject()


def _shot(tmp_path, folder, key, size):
    out = tmp_path / f"{key}-{size}.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NBHR_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder), "--screen", key,
         "--screenshot", str(out), "--size", size],
        env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return QImage(str(out))


def test_screenshot_mode_takes_a_size(tmp_path, demo_folder):
    image = _shot(tmp_path, demo_folder.data_dir, "activities", "1024x768")
    assert (image.width(), image.height()) == (1024, 768)  # the window did not grow


def test_screenshot_of_the_plan_print_preview(tmp_path, demo_folder):
    image = _shot(tmp_path, demo_folder.data_dir, "plan-preview", "1024x768")
    assert image.width() <= 1024 - 40 and image.height() <= 768 - 60
    # The page is drawn: a white sheet with dark text on the grey background.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 5)}
    assert len(colours) > 20


def test_screenshot_size_is_checked(tmp_path):
    from nbhr_desktop.app import run_gui
    from nbhr_desktop.cli import build_parser
    args = build_parser().parse_args(["--data-dir", str(tmp_path / "d"), "--screen",
                                      "dashboard", "--screenshot", str(tmp_path / "x.png"),
                                      "--size", "lớn"])
    assert run_gui(args) == 2
    assert not (tmp_path / "d").exists()
