"""Qt's own strings that the app shows, and our Vietnamese catalogue of them (qt_vi).

Qt ships no Vietnamese catalogue (no qtbase_vi.qm), so standard buttons, file and print
dialogs and context menus would stay English. lupdate cannot read Qt's C++ sources here,
so this tool asks Qt itself: it installs a QTranslator that records every translate() call
and opens, offscreen, each piece of Qt the app uses (button boxes, message boxes, Qt's file
dialog, print and preview dialogs with their property pages, the context menus of line,
text, spin and date fields and scroll bars, the calendar popup). Qt's German catalogue
(``qtbase_de.qm``, shipped with PySide6) adds the rest of those contexts' strings, e.g.
"already exists" questions that no probe reaches without a real file system race.

    python tools/qt_strings.py list                   # what Qt asks for, context by context
    python tools/qt_strings.py update                 # merge into resources/translations/qt_vi.ts
                                                      # (translations kept) and compile qt_vi.qm
    python tools/qt_strings.py check                  # exit 1 if something shown is untranslated

Translators edit ``qt_vi.ts`` (Qt Linguist, or by hand); ``update`` compiles it with the
lrelease of the PySide6 package. ``tests/ui/test_qt_vietnamese.py`` runs ``check``.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
TS_PATH = ROOT / "resources" / "translations" / "qt_vi.ts"
# Contexts whose every string we carry (the probe shows which of them appear on screen).
CONTEXTS = (
    "QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QMessageBox", "QInputDialog",
    "QProgressDialog", "QDialog",
    "QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider", "QFileIconProvider",
    "QPrintDialog", "QPrintPreviewDialog", "QPrintPropertiesDialog", "QPrintPropertiesWidget",
    "QPrintSettingsOutput", "QPrintWidget", "QPageSetupWidget", "QPageSetupDialog",
    "QCupsJobWidget", "QCupsPrinterSupport", "QUnixPrintWidget",
    "Print Device Input Slot", "Print Device Output Bin",
    "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox",
    "QScrollBar", "QTabBar", "CloseButton", "QComboBox", "QCalendarWidget",
    "QWhatsThisAction", "QPageSize",
)
# Asked for, but not words a user reads (command line help, key names shown as typed).
SKIP_CONTEXTS = ("QShortcut", "QCommandLineParser")
# Qt's licence text in "About Qt", which the app never opens.
SKIP_SOURCES = ("<p>Qt is a C++ toolkit",)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""


# -- Qt's compiled catalogues (.qm) --------------------------------------------------------

def read_qm(path: Path) -> dict[Key, list[str]]:
    """Every message of a .qm file (lrelease keeps context and source text in it)."""
    data = path.read_bytes()
    if data[:16] != QM_MAGIC:
        raise ValueError(f"{path} is not a Qt .qm file")
    found: dict[Key, list[str]] = {}
    position = 16
    while position < len(data):
        tag, length = data[position], struct.unpack(">I", data[position + 1:position + 5])[0]
        block = data[position + 5:position + 5 + length]
        position += 5 + length
        if tag != 0x69:  # the messages block
            continue
        fields: dict[str, str] = {}
        translations: list[str] = []
        i = 0
        while i < len(block):
            kind = block[i]
            i += 1
            if kind == 1:  # end of a message
                found[Key(fields.get("ctx", ""), fields.get("src", ""),
                          fields.get("cmt", ""))] = translations
                fields, translations = {}, []
                continue
            if kind == 5:  # obsolete marker without a body
                continue
            size = struct.unpack(">I", block[i:i + 4])[0]
            i += 4
            if kind == 3:
                if size != 0xFFFFFFFF:
                    translations.append(block[i:i + size].decode("utf-16-be"))
                    i += size
            else:
                if kind in (6, 7, 8):
                    fields[{6: "src", 7: "ctx", 8: "cmt"}[kind]] = block[i:i + size].decode(
                        "utf-8", "replace")
                i += size
    return found


def reference_catalogue() -> dict[Key, list[str]]:
    from PySide6.QtCore import QLibraryInfo
    folder = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    return read_qm(folder / "qtbase_de.qm")


# -- asking Qt -------------------------------------------------------------------------------

def probe() -> set[Key]:
    """Open what the app shows of Qt, offscreen, and record every string Qt translates."""
    from PySide6.QtCore import QDate, QPoint, QTimer, QTranslator
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtPrintSupport import (
        QPrintDialog,
        QPrinter,
        QPrintPreviewDialog,
        QPrintPreviewWidget,
    )
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QDateEdit,
        QDialogButtonBox,
        QFileDialog,
        QInputDialog,
        QLineEdit,
        QMessageBox,
        QPlainTextEdit,
        QProgressDialog,
        QPushButton,
        QScrollBar,
        QSpinBox,
        QTabBar,
        QTextBrowser,
        QToolButton,
    )

    app = QApplication.instance() or QApplication([])
    seen: set[Key] = set()

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            if context and source and context not in SKIP_CONTEXTS:
                seen.add(Key(context, source, disambiguation or ""))
            return None

        def isEmpty(self):
            return False

    recorder = Recorder(app)
    app.installTranslator(recorder)

    def close_popups_soon():
        def close():
            for widget in (app.activePopupWidget(), app.activeModalWidget()):
                if widget is not None:
                    widget.close()
        QTimer.singleShot(150, close)

    def context_menu(widget):
        widget.show()
        target = widget.viewport() if hasattr(widget, "viewport") else widget
        close_popups_soon()
        event = QContextMenuEvent(QContextMenuEvent.Mouse, QPoint(5, 5),
                                  target.mapToGlobal(QPoint(5, 5)))
        app.sendEvent(target, event)

    everything = QDialogButtonBox.StandardButton(0)
    for button in QDialogButtonBox.StandardButton:
        if button.value:
            everything |= button
    QDialogButtonBox(everything).show()
    box = QMessageBox(QMessageBox.Question, "t", "text")
    box.setStandardButtons(QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel
                           | QMessageBox.YesToAll | QMessageBox.NoToAll)
    box.setDetailedText("details")
    box.show()
    box.close()
    dialog = QInputDialog()
    dialog.show()
    dialog.close()
    progress = QProgressDialog()
    progress.show()
    progress.close()

    for mode, files in ((QFileDialog.AcceptOpen, QFileDialog.ExistingFile),
                        (QFileDialog.AcceptOpen, QFileDialog.ExistingFiles),
                        (QFileDialog.AcceptSave, QFileDialog.AnyFile),
                        (QFileDialog.AcceptOpen, QFileDialog.Directory)):
        files_dialog = QFileDialog(None, "t", str(Path.home()), "PDF (*.pdf);;All (*)")
        files_dialog.setOption(QFileDialog.DontUseNativeDialog)
        files_dialog.setAcceptMode(mode)
        files_dialog.setFileMode(files)
        files_dialog.show()
        files_dialog.setViewMode(QFileDialog.Detail)
        app.processEvents()
        for name in ("listView", "treeView"):
            view = files_dialog.findChild(QAbstractItemView, name)
            if view is not None:
                close_popups_soon()
                view.customContextMenuRequested.emit(QPoint(2, 2))
        files_dialog.close()

    printer = QPrinter(QPrinter.HighResolution)
    preview = QPrintPreviewDialog(printer)
    preview.show()
    preview.findChild(QPrintPreviewWidget).updatePreview()
    app.processEvents()
    preview.close()
    print_dialog = QPrintDialog(printer)
    print_dialog.show()
    app.processEvents()
    for button in print_dialog.findChildren(QPushButton) + print_dialog.findChildren(
            QToolButton):
        if button.objectName() in ("properties", "options"):
            close_popups_soon()
            button.click()
            app.processEvents()
    print_dialog.close()

    for widget in (QLineEdit(), QPlainTextEdit(), QTextBrowser(), QSpinBox(), QDateEdit(),
                   QScrollBar()):
        context_menu(widget)
    date = QDateEdit(QDate(2024, 5, 1))
    date.setCalendarPopup(True)
    date.show()
    date.calendarWidget().show()
    tabs = QTabBar()
    for text in ("một", "hai", "ba", "bốn", "năm", "sáu"):
        tabs.addTab(text)
    tabs.resize(60, 30)
    tabs.show()
    app.processEvents()
    app.removeTranslator(recorder)
    return seen


# -- the .ts file ---------------------------------------------------------------------------

def read_ts(path: Path) -> dict[Key, str | None]:
    """Finished translations, and None for unfinished ones."""
    if not path.exists():
        return {}
    messages: dict[Key, str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in ("unfinished",
                                                                            "obsolete")
            messages[key] = None if unfinished else (translation.text or "")
    return messages


def write_ts(path: Path, messages: dict[Key, str | None]) -> None:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    by_context: dict[str, list[Key]] = {}
    for key in sorted(messages):
        by_context.setdefault(key.context, []).append(key)
    for name, keys in by_context.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for key in keys:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = key.source
            if key.comment:
                ET.SubElement(message, "comment").text = key.comment
            translation = ET.SubElement(message, "translation")
            if messages[key] is None:
                translation.set("type", "unfinished")
            else:
                translation.text = messages[key]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def lrelease() -> Path:
    import PySide6
    return Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")


def compile_ts(path: Path) -> Path:
    target = path.with_suffix(".qm")
    subprocess.run([str(lrelease()), "-silent", "-nounfinished", str(path), "-qm", str(target)],
                   check=True)
    return target


def compiled_differs(translations: dict[Key, str | None]) -> int:
    """How many finished translations of the .ts the shipped .qm does not give back."""
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    if not translator.load(str(TS_PATH.with_suffix(".qm"))):
        return len(translations)
    return sum(1 for key, text in translations.items() if text is not None and
               translator.translate(key.context, key.source, key.comment or None) != text)


# -- commands -------------------------------------------------------------------------------

def wanted() -> tuple[set[Key], set[Key]]:
    """(what Qt shows, the same plus the rest of those contexts in Qt's own catalogue)."""
    shown = probe()
    reference = {k for k in reference_catalogue() if k.context in CONTEXTS
                 and not k.source.startswith(SKIP_SOURCES)}
    return shown, shown | reference


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "list"
    if command == "list":
        for key in sorted(probe()):
            comment = f"  [{key.comment}]" if key.comment else ""
            print(f"{key.context}\t{key.source!r}{comment}")
        return 0
    if command == "update":
        shown, carried = wanted()
        old = read_ts(TS_PATH)
        messages = {key: old.get(key) for key in carried}
        write_ts(TS_PATH, messages)
        compile_ts(TS_PATH)
        missing = sorted(k for k in shown if messages.get(k) is None)
        print(f"{TS_PATH.name}: {len(messages)} chuỗi, {len(missing)} chuỗi hiện trên màn hình "
              "chưa dịch")
        for key in missing:
            print(f"  {key.context}: {key.source!r}")
        return 0
    if command == "check":
        shown = probe()
        translations = read_ts(TS_PATH)
        missing = sorted(k for k in shown if translations.get(k) is None)
        for key in missing:
            print(f"chưa dịch: {key.context}: {key.source!r}")
        stale = compiled_differs(translations)
        if stale:
            print(f"qt_vi.qm khác qt_vi.ts ({stale} chuỗi): chạy 'python tools/qt_strings.py "
                  "update'")
        return 1 if missing or stale else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
