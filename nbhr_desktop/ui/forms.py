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

Each form's ``<tabstops>`` give its tab order (written by ``tools/form_tab_order.py``). A
``…Host`` placeholder that the window fills with a picker keeps its place once the picker is
its focus proxy and ``apply_tab_order(form)`` is called again.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QFile, QIODevice, Qt
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
        raise FileNotFoundError(QCoreApplication.translate(
            "Forms", "Không mở được biểu mẫu giao diện {0}").format(path))
    try:
        widget = _ui_loader().load(handle, host)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(QCoreApplication.translate(
            "Forms", "Biểu mẫu giao diện hỏng: {0}: {1}").format(path, _ui_loader().errorString()))
    stops = re.findall(r"<tabstop>([^<]+)</tabstop>", path.read_text(encoding="utf-8"))
    widget.setProperty("tabStops", stops)
    if host is not None:
        layout = host.layout()
        if layout is None:
            layout = QVBoxLayout(host)
            layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
    return widget


def apply_tab_order(form: QWidget) -> None:
    """Set the form's tab order again, after pickers became the focus proxies of their
    placeholders (Qt puts a widget made later at the end of the chain)."""
    widgets = []
    for name in form.property("tabStops") or []:
        widget = form.findChild(QWidget, name)
        # A placeholder takes no focus itself: order the picker it forwards focus to.
        while widget is not None and widget.focusPolicy() == Qt.NoFocus and widget.focusProxy():
            widget = widget.focusProxy()
        if widget is not None:
            widgets.append(widget)
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
