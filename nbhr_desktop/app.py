"""Composition root of the GUI: settings -> application -> workspace -> first run -> window.

``run_gui(args)`` is called by the command line when no command is given. With
``--screen KEY --screenshot FILE`` it opens on that screen, waits for the screen's ``ready``
signal, saves a PNG of the window and exits: for documentation, visual checks and start-up
timing. That mode never shows a modal box (it may run unattended): errors go to stderr.
``args.open_file`` (a ``.nbhr`` path given alone, as Windows does for a double-clicked
package) opens the exchange screen on that file's import preview; with ``--screenshot``
the picture is taken once the preview is shown.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QRectF, Qt, QTimer, QTranslator,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen, QStyleFactory

from nbhr_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from nbhr_desktop.core.errors import UserError
from nbhr_desktop.core.i18n import install_language
from nbhr_desktop.core.settings import SettingsStore
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.resources import resource
from nbhr_desktop.storage.db import Location
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.operations import OperationRunner
from nbhr_desktop.ui.screens import SCREENS, screen_by_key

# lupdate extracts ``translate("App", "…")`` calls; the short name keeps lines readable.
translate = QCoreApplication.translate
READY_TIMEOUT_MS = 30_000
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
    """Qt's own strings (qtbase_vi) and ours (resources/translations/nbhr_<lang>.qm).

    Our source strings are Vietnamese, so Vietnamese needs only Qt's catalogue.
    """
    install_language(language)
    QLocale.setDefault(QLocale(QLocale.Vietnamese if language == "vi" else QLocale.English))
    translators = []
    candidates = [(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))]
    if language != "vi":
        candidates.append((f"nbhr_{language}", str(resource("translations"))))
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


def run_gui(args) -> int:
    screen_key = getattr(args, "screen", None)
    screenshot = getattr(args, "screenshot", None)
    package = getattr(args, "open_file", None)
    if package:
        screen_key = EXCHANGE
    headless = bool(screenshot)
    if screen_key and screen_by_key(screen_key) is None:
        names = ", ".join(spec.key for spec in SCREENS)
        message = translate("App", "Lỗi: không có màn hình \"{0}\". Các màn hình: {1}.")
        print(message.format(screen_key, names), file=sys.stderr)
        return EXIT_USAGE

    app = make_application()
    location = Location.resolve(getattr(args, "data_dir", None), getattr(args, "db_url", None))
    store = SettingsStore(location.data_dir)
    settings = store.load()
    install_translators(app, settings.language)
    runner = OperationRunner(app)

    splash = None if headless else _splash()
    if splash:
        splash.show()
        app.processEvents()
    try:
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
                return 0  # the user chose to quit; nothing went wrong
        if store.warning and not headless:
            QMessageBox.warning(None, APP_NAME, store.warning)
        return _run_window(app, UiContext(workspace, runner), screen_key, screenshot,
                           daily_backup=settings.daily_backup, package=package)
    finally:
        runner.wait(30_000)
        workspace.close()


def _run_window(app: QApplication, context: UiContext, screen_key: str | None,
                screenshot: str | None, *, daily_backup: bool = True,
                package: str | None = None) -> int:
    from nbhr_desktop.ui.main_window import MainWindow

    window = MainWindow(context, remember_state=not screenshot)
    if not screenshot:
        window.show()
        window.show_screen(screen_key or window.last_screen_key())
        if package:
            _open_package(window, package)
        if daily_backup:
            _start_daily_backups(context, window)
        return app.exec()
    return _screenshot(app, window, screen_key or "dashboard", Path(screenshot), package)


def _open_package(window, package: str):
    """The exchange screen's import tab, previewing ``package`` (nothing is written yet)."""
    screen = window.show_screen(EXCHANGE)
    screen.ui.tabs.setCurrentWidget(screen.ui.importTab)
    screen.open_file(Path(package))
    return screen


def _screenshot(app: QApplication, window, key: str, target: Path,
                package: str | None = None) -> int:
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    state = {"ready": False}

    def on_ready():
        state["ready"] = True
        # Quit on the next turn of the loop: queued layout and paint events run first, and
        # grab() renders the window synchronously, so no fixed wait is needed.
        QTimer.singleShot(0, loop.quit)

    if package:  # the picture shows the file's preview
        _open_package(window, package).previewed.connect(on_ready)
    else:
        screen = window.show_screen(key)
        screen.ready.connect(on_ready)
        if getattr(screen, "is_ready", False):  # a screen that was ready before we listened
            on_ready()

    def give_up():
        # A refused file opens a message box, whose own loop would hold this one forever.
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.close()
        loop.quit()

    timer = QTimer(singleShot=True)
    timer.timeout.connect(give_up)
    timer.start(READY_TIMEOUT_MS)
    loop.exec()
    if not state["ready"]:
        print(translate("App", "Lỗi: màn hình \"{0}\" chưa sẵn sàng sau {1} giây.").format(
            key, READY_TIMEOUT_MS // 1000), file=sys.stderr)
        return EXIT_FAILED
    app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target), "PNG"):
        print(translate("App", "Lỗi: không ghi được ảnh {0}.").format(target), file=sys.stderr)
        return EXIT_FAILED
    window.close()
    return 0
