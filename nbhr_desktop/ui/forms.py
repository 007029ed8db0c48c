"""Loading Qt Designer forms (``forms/*.ui``) at run time, attached by composition.

The form holds the layout, the class holds the behaviour::

    class ActivityDialog(QDialog):
        def __init__(self, parent=None):
            super().__init__(parent)
            self.ui = load_form("activity_dialog.ui", self)   # widgets: self.ui.titleEdit …

``load_form`` builds the form's top-level widget, puts it in a zero-margin layout on
``host`` and returns it; child widgets are attributes named by their objectName. Loading at
run time (rather than compiling with uic) means the source tree, an installed wheel and a
frozen bundle all work from the same ``forms/`` folder (see ``nbhr_desktop.resources``).
Strings in the forms are translated by the installed QTranslator like any ``tr()`` call.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from nbhr_desktop.resources import form

_loader: QUiLoader | None = None


def _ui_loader() -> QUiLoader:
    global _loader
    if _loader is None:
        from nbhr_desktop.ui.widgets.date_field import DateField
        from nbhr_desktop.ui.widgets.elided_label import ElidedLabel

        _loader = QUiLoader()
        # Forms name them as <widget class="DateField">, <widget class="ElidedLabel">.
        _loader.registerCustomWidget(DateField)
        _loader.registerCustomWidget(ElidedLabel)
    return _loader


def load_form(name: str, host: QWidget | None = None) -> QWidget:
    path = form(name)
    handle = QFile(str(path))
    if not handle.open(QIODevice.ReadOnly):
        raise FileNotFoundError(f"Không mở được biểu mẫu giao diện {path}")
    try:
        widget = _ui_loader().load(handle, host)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"Biểu mẫu giao diện hỏng: {path}: {_ui_loader().errorString()}")
    if host is not None:
        layout = host.layout()
        if layout is None:
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
    return widget
