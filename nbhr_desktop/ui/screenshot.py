"""Screenshot mode: ``--screen NAME --screenshot FILE [--size WxH]``.

Opens the window at the size asked (default 1280×800), shows one screen, waits until it
shows its data (its ``ready`` signal), saves a PNG and exits: for documentation, visual
checks at 1024×768 and 1366×768, and start-up timing. Besides the screens of the
navigation, a few views that open from them can be shot:

- ``plan-editor``: the newest plan in the editor; ``plan-tasks``: its task table;
- ``plan-preview``: the print preview of that plan, once its pages are drawn;
- ``report-preview``: the print preview of the report of the period the screen opens on;
- ``activity-dialog``: the entry dialog for a new activity.

With a package (``nbhr-desktop --screenshot FILE PACKAGE.nbhr``, as Windows opens a
double-clicked package) the picture is the exchange screen's preview of that file.

It never shows a modal box (it may run unattended): errors go to stderr.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from nbhr_desktop.ui.screens import SCREENS

translate = QCoreApplication.translate
READY_TIMEOUT_MS = 30_000
DEFAULT_SIZE = QSize(1280, 800)
EXIT_USAGE = 2
EXIT_FAILED = 1
# Prepares the view on a ready screen: ``prepare(window, screen)`` returns a function that
# gives the widget to save once it is fully drawn, or None while it is not yet.
Prepare = Callable[[QWidget, QWidget], Callable[[], QWidget | None]]


def parse_size(text: str | None) -> QSize | None:
    """"1024x768" (or 1024×768) -> QSize; None when the text is not a size."""
    match = re.fullmatch(r"\s*(\d{3,5})\s*[x×X*]\s*(\d{3,5})\s*", text or "")
    return QSize(int(match.group(1)), int(match.group(2))) if match else None


def _plan_editor(window, screen):
    screen.open_selected()
    editor = screen.editor
    return lambda: editor if editor.view is not None and editor.tasks.model.rowCount() \
        else None


def _plan_tasks(window, screen):
    shown = _plan_editor(window, screen)

    def tasks_tab():
        editor = shown()
        if editor is not None and editor.tasks._choices_loaded:
            editor.ui.tabs.setCurrentWidget(editor.ui.tasksTab)
            return editor
        return None
    return tasks_tab


def _plan_preview(window, screen):
    from nbhr_desktop.ui.plans import printing

    screen.open_selected()
    editor, asked = screen.editor, []

    def rendered():
        if editor.view is None:
            return None
        if not asked:
            asked.append(True)
            printing.preview(editor)
        return _drawn_preview(window, getattr(editor, "preview_dialog", None))
    return rendered


def _report_preview(window, screen):
    from nbhr_desktop.ui.reports import output

    output.preview(screen)
    return lambda: _drawn_preview(window, getattr(screen, "preview_dialog", None))


def _drawn_preview(window, dialog):
    if dialog is None or not dialog.isVisible() or not dialog.pages_painted:
        return None
    # As on a screen of the window's size: the dialog never grows past it.
    room = window.size() - QSize(40, 60)
    if dialog.width() > room.width() or dialog.height() > room.height():
        dialog.resize(dialog.size().boundedTo(room))
        return None  # drawn again at that size first
    return dialog


def _activity_dialog(window, screen):
    dialog = screen.new_activity()
    return lambda: dialog if dialog.isVisible() else None


@dataclass(frozen=True)
class Shot:
    key: str
    base: str  # the screen of the navigation it opens from
    prepare: Prepare | None = None


SHOTS = [Shot(spec.key, spec.key) for spec in SCREENS] + [
    Shot("plan-editor", "plans", _plan_editor),
    Shot("plan-tasks", "plans", _plan_tasks),
    Shot("plan-preview", "plans", _plan_preview),
    Shot("report-preview", "reports", _report_preview),
    Shot("activity-dialog", "activities", _activity_dialog),
]


def _package_preview(path: Path) -> Prepare:
    def prepare(window, screen):
        shown = []
        screen.previewed.connect(lambda: shown.append(True))
        screen.preview_file(path)
        return lambda: window if shown else None
    return prepare


def shot_base(key: str) -> str:
    """The navigation screen a shot opens from ("plan-editor" → "plans")."""
    shot = shot_by_key(key)
    return shot.base if shot is not None else key


def shot_by_key(key: str) -> Shot | None:
    return next((shot for shot in SHOTS if shot.key == key), None)


def _wait(condition: Callable[[], object], timeout_ms: int = READY_TIMEOUT_MS, *,
          signal=None) -> object:
    """Turn the event loop until ``condition()`` gives something (or the time is up); it is
    asked again on ``signal`` (at once: start-up timing uses this) and every 50 ms."""
    loop, found = QEventLoop(), []

    def check(*_args):
        value = condition()
        if value and not found:
            found.append(value)
            loop.quit()
    poll = QTimer(interval=50)
    poll.timeout.connect(check)
    poll.start()
    if signal is not None:
        signal.connect(check)

    def give_up():
        # A refused file opens a message box, whose own loop would hold this one forever.
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()
        loop.quit()
    QTimer.singleShot(timeout_ms, give_up)
    check()
    if not found:
        loop.exec()
    poll.stop()
    return found[0] if found else None


def take(app: QApplication, window, key: str, target: Path, size: QSize | None, *,
         package: str | None = None) -> int:
    shot = shot_by_key(key)
    prepare = _package_preview(Path(package)) if package else shot.prepare
    window.resize(size or DEFAULT_SIZE)
    window.show()
    screen = window.show_screen(shot.base)
    state = {"ready": bool(getattr(screen, "is_ready", False))}
    screen.ready.connect(lambda: state.__setitem__("ready", True))
    widget = None
    if _wait(lambda: state["ready"], signal=screen.ready):
        widget = _wait(prepare(window, screen)) if prepare else window
    if widget is None:
        print(translate("App", "Lỗi: màn hình \"{0}\" chưa sẵn sàng sau {1} giây.").format(
            key, READY_TIMEOUT_MS // 1000), file=sys.stderr)
        return EXIT_FAILED
    # Queued layout and paint events run first; grab() then renders synchronously.
    for _turn in range(3):
        app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(target), "PNG"):
        print(translate("App", "Lỗi: không ghi được ảnh {0}.").format(target), file=sys.stderr)
        return EXIT_FAILED
    if widget is not window:
        widget.close()
    window.close()
    return 0
