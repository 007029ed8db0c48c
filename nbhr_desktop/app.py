"""Composition root of the GUI: settings -> application -> workspace -> first run -> window.

``run_gui(args)`` is called by the command line when no command is given. With
``--screen KEY --screenshot FILE [--size WxH]`` it saves a PNG of one screen once it shows
its data, and exits (``ui/screenshot.py``). That mode never shows a modal box (it may run
unattended): errors go to stderr. A second start on the same data shows the running
window instead (``ui/single_instance.py``).

``args.open_file`` (a ``.nbhr`` path given alone, as Windows does for a double-clicked
package) opens the exchange screen on that file's import preview; nothing is imported until
the officer applies it. When a window is already open on the same data, the file is handed
to it. With ``--screenshot`` the picture is taken once the preview is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen, QStyleFactory

from nbhr_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import install_language
from nbhr_desktop.core.first_start import FreshStart
from nbhr_desktop.core.settings import SettingsStore
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.resources import resource
from nbhr_desktop.storage.db import Location
from nbhr_desktop.ui import screenshot as screenshots
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.screens import SCREENS

# lupdate extracts ``translate("App", "…")`` calls; the short name keeps lines readable.
translate = QCoreApplication.translate
BACKUP_INTERVAL_MS = 3 * 60 * 60 * 1000  # the daily check again every few hours
EXIT_USAGE = 2
EXIT_FAILED = 1
EXCHANGE = "exchange"  # the screen a .nbhr file opens on


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
    # Native styles look right on Windows 10/11 and macOS; elsewhere (and on the ancient
    # "windows" style) Fusion is tidier. The UI keeps the system font: Liberation Serif is
    # for documents only.
    if app.style().name().lower() == "windows" or sys.platform.startswith("linux"):
        app.setStyle(QStyleFactory.create("Fusion"))
    return app


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Qt's own strings and ours, for the language chosen in Cài đặt.

    Our source strings are Vietnamese, so Vietnamese needs only a catalogue of Qt's own
    strings (buttons, file and print dialogs, context menus). Qt ships none, so ours is
    ``resources/translations/qt_vi`` (made with ``tools/qt_strings.py``); other languages
    take Qt's ``qtbase_<lang>`` and our ``nbhr_<lang>``.
    """
    install_language(language)
    QLocale.setDefault(QLocale(QLocale.Vietnamese if language == "vi" else QLocale.English))
    translators = []
    ours = str(resource("translations"))
    if language == "vi":
        candidates = [("qt_vi", ours)]
    else:
        candidates = [(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
                      (f"nbhr_{language}", ours)]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def _splash() -> QSplashScreen:
    pixmap = QPixmap(460, 180)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    QSvgRenderer(str(resource("icons", "app.svg"))).render(painter, QRectF(28, 50, 80, 80))
    font = QFont(QGuiApplication.font())
    font.setPointSize(18)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#2b5797"))
    painter.drawText(130, 88, APP_NAME)
    font.setPointSize(10)
    font.setBold(False)
    painter.setFont(font)
    painter.setPen(QColor("#444444"))
    painter.drawText(130, 114, translate("App", "Truyền thông về quyền con người – Ninh Bình"))
    painter.end()
    splash = QSplashScreen(pixmap)
    splash.showMessage(translate("App", "Đang mở dữ liệu…"), Qt.AlignBottom | Qt.AlignHCenter)
    return splash


def run_blocking(runner: OperationRunner, work: Callable[[], Any]) -> Any:
    """Run ``work`` on the worker thread while the GUI keeps painting; return or raise."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(key):
        return lambda value: (outcome.__setitem__(key, value), loop.quit())

    runner.run(lambda progress: work(), on_success=done("result"), on_failure=done("error"),
               show_progress=False)
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def _report(message: str, *, quiet: bool) -> None:
    print(translate("App", "Lỗi: {0}").format(message), file=sys.stderr)
    if not quiet:
        QMessageBox.critical(None, APP_NAME, message)


def _start_daily_backups(context: UiContext, window) -> None:
    try:
        from nbhr_desktop.storage.backup import daily_backup_if_due
    except ImportError:  # the backup module ships with the foundation; tolerate its absence
        return

    def check():
        context.operations.run(
            lambda progress: daily_backup_if_due(context.workspace), show_progress=False,
            on_failure=lambda error: window.statusBar().showMessage(
                translate("App", "Sao lưu tự động không thành công: {0}").format(error), 15_000))

    # After the first screen has its data: the single worker serves that query first.
    QTimer.singleShot(5_000, check)
    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(BACKUP_INTERVAL_MS)


def _show_running(guard, location: Location, package: str | None = None) -> int:
    """A second start on the same data: bring the running window forward (with the package
    to preview, when one was double-clicked) and quit."""
    if guard.show_running(package=package):
        print(translate("App", "NBHR Desktop đang mở dữ liệu này: đã chuyển sang cửa sổ đang "
                        "mở."), file=sys.stderr)
        return 0
    _report(translate("App", "NBHR Desktop đang mở dữ liệu {0} (tiến trình {1}) nhưng chưa "
                      "trả lời. Hãy dùng cửa sổ đang mở; nếu vừa đóng nó, hãy đợi một lát rồi "
                      "mở lại.").format(location.describe(), guard.holder()), quiet=False)
    return EXIT_FAILED


def _raise_windows() -> None:
    """Show the running copy's windows in front (the main window, or the first-run dialog)."""
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    modal = QApplication.activeModalWidget()
    for window in [w for w in windows if w is not modal] + ([modal] if modal else []):
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        QApplication.alert(window)  # where the system refuses to switch: the taskbar flashes


def run_gui(args) -> int:
    screen_key = getattr(args, "screen", None)
    screenshot = getattr(args, "screenshot", None)
    package = getattr(args, "open_file", None)
    if package:
        screen_key = EXCHANGE
    headless = bool(screenshot)
    if screen_key:
        known = [shot.key for shot in screenshots.SHOTS] if headless else [
            spec.key for spec in SCREENS]
        if screen_key not in known:
            message = translate("App", "Lỗi: không có màn hình \"{0}\". Các màn hình: {1}.")
            print(message.format(screen_key, ", ".join(known)), file=sys.stderr)
            return EXIT_USAGE
    size = screenshots.parse_size(getattr(args, "size", None))
    if getattr(args, "size", None) and size is None:
        print(translate("App", "Lỗi: kích thước \"{0}\" không hợp lệ; hãy ghi dạng 1024x768.")
              .format(args.size), file=sys.stderr)
        return EXIT_USAGE

    app = make_application()
    location = Location.resolve(getattr(args, "data_dir", None), getattr(args, "db_url", None))
    store = SettingsStore(location.data_dir)
    settings = store.load()
    install_translators(app, settings.language)
    guard = None
    if not headless:  # a screenshot only looks; the window is the one to keep single
        from nbhr_desktop.ui.single_instance import InstanceGuard  # QtNetwork: 13 ms

        guard = InstanceGuard(location, app)
        if not guard.acquire():
            return _show_running(guard, location, package)
        guard.activationRequested.connect(_raise_windows)
    try:
        return _start(app, location, store, settings, screen_key, screenshot, size, package,
                      guard)
    finally:
        if guard is not None:
            guard.release()


def _start(app: QApplication, location: Location, store: SettingsStore, settings,
           screen_key: str | None, screenshot: str | None, size: QSize | None,
           package: str | None = None, guard=None) -> int:
    """Open the data (first run if needed) and run the window, or take the screenshot."""
    headless = bool(screenshot)
    runner = OperationRunner(app)

    splash = None if headless else _splash()
    if splash:
        splash.show()
        app.processEvents()
    try:
        fresh = run_blocking(runner, lambda: FreshStart.before_open(location))
        workspace = run_blocking(runner, lambda: Workspace.open(location))
        initialised = run_blocking(runner, workspace.is_initialised)
    except UserError as error:
        _report(error.message, quiet=headless)
        return EXIT_FAILED
    except Exception as error:  # a broken or locked database: say it plainly, never hang
        message = translate("App", "Không mở được dữ liệu tại {0}: {1}. Nếu tệp dữ liệu bị "
                            "hỏng, hãy khôi phục bản sao lưu gần nhất trong thư mục {2}.")
        reason = getattr(error, "orig", None) or error  # the driver's words, not SQLAlchemy's
        _report(message.format(location.describe(), reason, location.backups_dir),
                quiet=headless)
        return EXIT_FAILED
    finally:
        if splash:
            splash.close()

    try:
        if not initialised:
            if headless:
                _report(translate("App", "Thư mục dữ liệu chưa được khởi tạo. Hãy chạy lệnh "
                                  "\"init --unit <tên đơn vị>\" trước."), quiet=True)
                return EXIT_USAGE
            from nbhr_desktop.ui.first_run import FirstRunDialog

            if FirstRunDialog(workspace, runner).exec() != FirstRunDialog.Accepted:
                # The officer chose to quit: what this start created goes away again.
                try:
                    run_blocking(runner, lambda: fresh.undo(workspace))
                except Exception as error:  # a file held open elsewhere: nothing is lost
                    print(translate("App", "Không xóa được dữ liệu trống tại {0}: {1}").format(
                        location.describe(), error), file=sys.stderr)
                return 0
        if store.warning and not headless:
            QMessageBox.warning(None, APP_NAME, store.warning)
        return _run_window(app, UiContext(workspace, runner), screen_key, screenshot,
                           daily_backup=settings.daily_backup, size=size, package=package,
                           guard=guard)
    finally:
        runner.wait(30_000)
        workspace.close()


def _run_window(app: QApplication, context: UiContext, screen_key: str | None,
                screenshot: str | None, *, daily_backup: bool = True,
                size: QSize | None = None, package: str | None = None, guard=None) -> int:
    from nbhr_desktop.ui.main_window import MainWindow

    window = MainWindow(context, remember_state=not screenshot)
    if screen_key and not window.has_screen(screenshots.shot_base(screen_key)):
        # "Nộp báo cáo" belongs to the province: another installation opens on its dashboard.
        print(translate("App", "Màn hình \"{0}\" chỉ có ở máy cấp tỉnh.").format(screen_key),
              file=sys.stderr)
        if screenshot:
            return EXIT_USAGE
        screen_key = None
    if not screenshot:
        window.show()
        window.show_screen(screen_key or window.last_screen_key())
        if package:
            window.show_screen(EXCHANGE).preview_file(Path(package))
        if guard is not None:  # a package double-clicked while this window is open
            guard.openRequested.connect(
                lambda path: window.show_screen(EXCHANGE).preview_file(Path(path)))
        if daily_backup:
            _start_daily_backups(context, window)
        return app.exec()
    return screenshots.take(app, window, screen_key or "dashboard", Path(screenshot), size,
                            package=package)
