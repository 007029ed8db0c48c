"""The main window: navigation, lazily built screens, status bar. Behaviour lives in screens.

Layout comes from ``forms/main_window.ui`` (the window body and its actions). A screen is
built on its first visit; after an operation reports a change the visible screen refreshes
at once and the others when they are next shown, so hidden screens cost nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QMessageBox, QWidget

from nbhr_desktop import APP_NAME, __version__
from nbhr_desktop.core.changes import Change
from nbhr_desktop.resources import resource
from nbhr_desktop.ui.context import UiContext
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.screens import ScreenSpec, screen_by_key, screens_for
from nbhr_desktop.ui.shortcut_list import ShortcutListDialog
from nbhr_desktop.ui.shortcuts import NAME_PROPERTY, assign, bind
from nbhr_desktop.ui.widgets.elided_label import ElidedLabel
from nbhr_desktop.ui.widgets.sizing import fit_to_screen

KEY_ROLE = Qt.UserRole + 1


class MainWindow(QMainWindow):
    screenShown = Signal(str)

    def __init__(self, context: UiContext, *, remember_state: bool = True, parent=None):
        super().__init__(parent)
        self.context = context
        self._remember = remember_state
        self._screens: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        # The navigation of this installation's role (the province has "Nộp báo cáo").
        self.specs = screens_for(context.workspace.installation_info().role)
        body = QWidget(self)
        self.ui = load_form("main_window.ui", body)
        self.setCentralWidget(body)
        self.setWindowIcon(QIcon(str(resource("icons", "app.svg"))))
        self._build_navigation()
        self._build_menus()
        self._build_status_bar()
        context.operations.changed.connect(self._on_changed)
        # A cancelled import or export is no error: one quiet line in the status bar.
        context.operations.cancelled.connect(
            lambda text: self.statusBar().showMessage(text, 10_000))
        fit_to_screen(self, QSize(1200, 760))  # a 1024×768 projector included
        if remember_state:
            self._restore_state()

    # -- building -----------------------------------------------------------------------
    def _build_navigation(self) -> None:
        nav = self.ui.navigationList
        for number, spec in enumerate(self.specs, start=1):
            icon = resource("icons", f"{spec.icon or spec.key}.svg")
            item = QListWidgetItem(QIcon(str(icon)), spec.title)
            item.setData(KEY_ROLE, spec.key)
            item.setSizeHint(QSize(0, 40))
            item.setToolTip(f"{spec.title} (Ctrl+{number})")
            nav.addItem(item)
            if number > 9:
                continue
            # Listed in Help from self.specs (ui/shortcut_list.py), not from the table.
            go = QAction(spec.title, self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.setShortcutContext(Qt.WindowShortcut)
            go.setProperty(NAME_PROPERTY, "navigation")
            go.triggered.connect(lambda _=False, key=spec.key: self._go_to(key))
            self.addAction(go)
        nav.currentRowChanged.connect(lambda row: self.show_screen(self.specs[row].key))

    def _go_to(self, key: str) -> None:
        """Ctrl+number: show the screen and put the focus in it, so its keys work at once."""
        screen = self.show_screen(key)
        if not screen.isAncestorOf(self.focusWidget()):
            screen.setFocus(Qt.ShortcutFocusReason)
            screen.focusNextChild()

    def _build_menus(self) -> None:
        quit_action = self.ui.findChild(QAction, "actionQuit")
        about_action = self.ui.findChild(QAction, "actionAbout")
        quit_action.triggered.connect(self.close)
        about_action.triggered.connect(self._about)
        assign(quit_action, "window.quit")
        self.menuBar().addMenu(self.tr("&Tệp")).addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        keys = bind(self, "window.shortcuts", self.show_shortcuts, context=Qt.WindowShortcut)
        keys.setText(self.tr("&Phím tắt"))
        help_menu.addAction(keys)
        help_menu.addAction(about_action)
        # Ctrl+F belongs to the window, so it finds the search box of the screen shown
        # wherever the focus is (the navigation list included), and never switches screens.
        bind(self, "window.find", self.focus_search, context=Qt.WindowShortcut)

    def show_shortcuts(self) -> None:
        ShortcutListDialog([spec.title for spec in self.specs], self).exec()

    def focus_search(self) -> None:
        focus = getattr(self.ui.stack.currentWidget(), "focus_search", None)
        if callable(focus):
            focus()

    def _build_status_bar(self) -> None:
        # Elided: a long data path or a long message never widens the window.
        self._unit_label = ElidedLabel("", self)
        self._location_label = ElidedLabel("", self)
        self._location_label.setProperty("elideMiddle", True)  # keep the file name
        self._location_label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.statusBar().addWidget(self._unit_label, 3)
        self.statusBar().addPermanentWidget(self._location_label, 2)
        self.update_identity()

    def update_identity(self) -> None:
        """Title and status bar from the installation (after first run, settings, restore)."""
        info = self.context.workspace.installation_info()  # cached by the worker thread
        officer = info.officer_name or self.tr("chưa ghi tên")
        role = {"province": self.tr("cấp tỉnh"), "commune": self.tr("cấp xã")}.get(
            info.unit_level, self.tr("cấp huyện"))
        if info.unit_valid_to is not None and info.unit_valid_to < dt.date.today():
            role += self.tr(", hoạt động đến {0}").format(info.unit_valid_to.strftime("%d/%m/%Y"))
        self._unit_label.setText(self.tr("{0} ({1}) · Cán bộ: {2}").format(info.unit_name, role,
                                                                           officer))
        location = self.context.workspace.location.describe()
        self._location_label.setText(self.tr("Dữ liệu: {0}").format(location))
        self.setWindowTitle(f"{APP_NAME} – {info.unit_name}")

    # -- screens --------------------------------------------------------------------------
    def show_screen(self, key: str) -> QWidget:
        """Show the screen with this key (building it on first visit) and return it."""
        spec = screen_by_key(key)
        if spec is None or spec not in self.specs:
            raise KeyError(key)
        screen = self._screens.get(key) or self._create(spec)
        stack = self.ui.stack
        if stack.currentWidget() is not screen:
            stack.setCurrentWidget(screen)
        row = self.specs.index(spec)
        if self.ui.navigationList.currentRow() != row:
            self.ui.navigationList.blockSignals(True)
            self.ui.navigationList.setCurrentRow(row)
            self.ui.navigationList.blockSignals(False)
        if key in self._stale:
            self._stale.discard(key)
            self._refresh(screen)
        self.screenShown.emit(key)
        return screen

    def has_screen(self, key: str) -> bool:
        """Whether this installation's navigation has the screen (by its role)."""
        return any(spec.key == key for spec in self.specs)

    def screen(self, key: str) -> QWidget | None:
        return self._screens.get(key)

    def current_key(self) -> str:
        return self.specs[max(self.ui.navigationList.currentRow(), 0)].key

    def _create(self, spec: ScreenSpec) -> QWidget:
        screen = spec.load()(self.context, self)
        self._screens[spec.key] = screen
        self.ui.stack.addWidget(screen)
        return screen

    def _on_changed(self, what: Change) -> None:
        """Refresh the screen shown if it watches what changed; mark others to refresh when
        next shown. A screen says what it shows in ``watches`` (default: everything)."""
        current = self.ui.stack.currentWidget()
        for key, screen in self._screens.items():
            if not getattr(screen, "watches", Change.EVERYTHING) & what:
                continue
            if screen is current:
                self._refresh(screen)
            else:
                self._stale.add(key)

    @staticmethod
    def _refresh(screen: QWidget) -> None:
        refresh = getattr(screen, "refresh", None)
        if callable(refresh):
            refresh()

    # -- state and menus ------------------------------------------------------------------
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("mainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def last_screen_key(self) -> str:
        key = QSettings().value("mainWindow/lastScreen", "dashboard") if self._remember else ""
        spec = screen_by_key(str(key))
        return key if spec is not None and spec in self.specs else "dashboard"

    def closeEvent(self, event) -> None:
        if self._remember:
            settings = QSettings()
            settings.setValue("mainWindow/geometry", self.saveGeometry())
            settings.setValue("mainWindow/state", self.saveState())
            settings.setValue("mainWindow/lastScreen", self.current_key())
        self.context.operations.wait(30_000)  # let a running write finish before closing
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("Giới thiệu {0}").format(APP_NAME), self.tr(
            "<b>{0}</b> {1}<br><br>Lập kế hoạch, ghi nhận hoạt động và báo cáo kết quả "
            "truyền thông về quyền con người (Quyết định 1079/QĐ-TTg, Công văn "
            "524/UBND-VP9) cho UBND cấp huyện và tỉnh Ninh Bình. Hoạt động không cần "
            "mạng; trao đổi dữ liệu bằng tệp.").format(APP_NAME, __version__))

