#!/usr/bin/env python3
"""Write (or check) the tab order of every ``forms/*.ui`` from its layout: the reading order.

    python3 tools/form_tab_order.py          # rewrite <tabstops> in every form
    python3 tools/form_tab_order.py --check  # list the forms whose <tabstops> differ

The order walks the layout tree as it is drawn: a box layout item by item, a grid or form
layout row by row (label column first), a tab widget page by page; so two side-by-side
columns are read one after the other, top to bottom. A widget is a tab stop when Qt lets it
take focus by Tab once the form is loaded, or when it is a ``…Host`` placeholder that the
window fills with a picker (``host.setFocusProxy(picker)``; ``forms.apply_tab_order`` then
gives the picker the host's place). Run after adding a widget to a form; the tests in
``tests/ui/test_keyboard_forms.py`` fail when a form's tab order misses a focusable widget.
"""

from __future__ import annotations

import os
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # a tool run from a checkout, not the installed package
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _item_key(item: ET.Element) -> tuple[int, int]:
    return int(item.get("row", 0)), int(item.get("column", 0))


def layout_order(element: ET.Element) -> list[str]:
    """Widget names under ``element`` in the order the layout draws them."""
    names: list[str] = []
    if element.tag == "widget":
        names.append(element.get("name", ""))
        children = [c for c in element if c.tag in ("layout", "widget")]
        for child in children:
            names += layout_order(child)
    elif element.tag == "layout":
        items = [c for c in element if c.tag == "item"]
        if element.get("class") in ("QGridLayout", "QFormLayout"):
            items.sort(key=_item_key)
        for item in items:
            for child in item:
                if child.tag in ("layout", "widget"):
                    names += layout_order(child)
    return names


def tab_stops(path: Path) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from nbhr_desktop.ui.forms import load_form

    QApplication.instance() or QApplication([])
    form = load_form(path.name)
    root = ET.parse(path).getroot().find("widget")
    stops = []
    for name in layout_order(root)[1:]:
        widget = form.findChild(QWidget, name)
        if widget is None or not name:
            continue
        placeholder = name.endswith("Host") and not widget.children()
        if placeholder or widget.focusPolicy() & Qt.TabFocus:
            stops.append(name)
    form.deleteLater()
    return stops


def current_stops(text: str) -> list[str]:
    return re.findall(r"<tabstop>([^<]+)</tabstop>", text)


def write(path: Path, stops: list[str]) -> None:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\s*<tabstops>.*?</tabstops>", "", text, flags=re.S)
    block = " <tabstops>\n" + "".join(f"  <tabstop>{s}</tabstop>\n" for s in stops) \
        + " </tabstops>\n"
    anchor = text.rfind("</ui>")
    for tag in ("<resources", "<connections", "<customwidgets"):
        position = text.find(tag)
        if position != -1:
            anchor = min(anchor, text.rfind("\n", 0, position) + 1)
    path.write_text(text[:anchor].rstrip("\n ") + "\n" + block + text[anchor:], encoding="utf-8")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    differ = []
    for path in sorted((ROOT / "forms").glob("*.ui")):
        stops = tab_stops(path)
        if current_stops(path.read_text(encoding="utf-8")) != stops:
            differ.append(path.name)
            if not check:
                write(path, stops)
    for name in differ:
        print(("differs: " if check else "written: ") + name)
    return 1 if check and differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
