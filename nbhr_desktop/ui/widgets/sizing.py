"""Sizes that respect the screen: office PCs and projectors run 1024×768."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room the window frame, the title bar and a taskbar take around a window.
FRAME_ROOM = QSize(40, 60)


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to ``wanted``, but never past the available screen."""
    # QWidget.screen itself: the main window has a screen(key) of its own.
    screen = QWidget.screen(widget.parentWidget() or widget) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - FRAME_ROOM
    widget.resize(wanted.boundedTo(room).expandedTo(widget.minimumSizeHint()))
