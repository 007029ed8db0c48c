"""Trợ giúp → Phím tắt: every shortcut, read from the table the screens bind them from.

Rows come from ``ui.shortcuts.SHORTCUTS`` (what ``bind`` uses) and from the window's own
navigation (Ctrl+1…9, one per screen of this installation's role), so the list cannot
differ from the keys that work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from nbhr_desktop.ui.shortcuts import SHORTCUTS


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


# Keys that Qt gives every window, listed with those of the table.
_GENERAL = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab"),
     QT_TRANSLATE_NOOP("Shortcuts", "Ô hoặc nút tiếp theo, trước đó")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Alt + chữ gạch chân"),
     QT_TRANSLATE_NOOP("Shortcuts", "Đến ô hoặc bấm nút có chữ đó (giữ Alt để thấy chữ "
                                    "gạch chân)")),
    (QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
     QT_TRANSLATE_NOOP("Shortcuts", "Đóng hộp thoại, không lưu")),
)


def shortcut_rows(screen_titles: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group heading, [(keys, what they do)]) in the order the list shows them."""
    moving = [(QKeySequence(f"Ctrl+{n}").toString(QKeySequence.NativeText),
               _t(QT_TRANSLATE_NOOP("Shortcuts", "Màn hình “{0}”")).format(title))
              for n, title in enumerate(screen_titles[:9], start=1)]
    moving += [(_t(keys), _t(what)) for keys, what in _GENERAL]
    groups: dict[str, list[tuple[str, str]]] = {_t(QT_TRANSLATE_NOOP("Shortcuts", "Di chuyển")):
                                                moving}
    for spec in SHORTCUTS:
        groups.setdefault(spec.translated_group(), []).append(
            (spec.text(), spec.translated_description()))
    return list(groups.items())


class ShortcutListDialog(QDialog):
    def __init__(self, screen_titles: Sequence[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phím tắt"))
        self.resize(640, 560)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Phím"), self.tr("Việc")])
        self.tree.setRootIsDecorated(False)
        for heading, rows in shortcut_rows(screen_titles):
            group = QTreeWidgetItem(self.tree, [heading])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemIsEnabled)
            for keys, what in rows:
                QTreeWidgetItem(group, [keys, what])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.tree.setFocus()
