"""The shared type-ahead combo: accent-insensitive filtering and settling on a real entry."""

from __future__ import annotations

from PySide6.QtCore import Qt

from nbhr_desktop.ui.widgets import CatalogueCombo

ITEMS = [(1, "Tập huấn, bồi dưỡng"), (2, "Hội nghị, tọa đàm"), (3, "Tin, bài"),
         (4, "Huyện Kim Sơn")]


def _combo(qtbot, **kwargs) -> CatalogueCombo:
    combo = CatalogueCombo(**kwargs)
    qtbot.addWidget(combo)
    combo.set_items(ITEMS)
    return combo


def test_starts_empty_and_sets_key(qtbot):
    combo = _combo(qtbot)
    assert combo.current_key() is None
    assert combo.currentText() == ""
    combo.set_current_key(2)
    assert combo.current_key() == 2
    assert combo.currentText() == "Hội nghị, tọa đàm"
    combo.set_current_key(99)  # unknown key: no choice rather than a wrong one
    assert combo.current_key() is None


def test_typing_without_accents_filters_and_chooses(qtbot):
    combo = _combo(qtbot)
    combo.show()
    seen = []
    combo.keyChanged.connect(seen.append)
    qtbot.keyClicks(combo.lineEdit(), "huan")
    proxy = combo.completer().model()
    texts = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert texts == ["Tập huấn, bồi dưỡng"]
    qtbot.keyClick(combo.lineEdit(), Qt.Key_Return)
    combo.lineEdit().editingFinished.emit()
    assert combo.current_key() == 1
    assert seen and seen[-1] == 1


def test_words_in_any_order(qtbot):
    combo = _combo(qtbot)
    combo.lineEdit().setText("son kim")
    combo.lineEdit().editingFinished.emit()
    assert combo.current_key() == 4


def test_unknown_text_falls_back_to_previous_choice(qtbot):
    combo = _combo(qtbot)
    combo.set_current_key(3)
    combo.lineEdit().setText("không có mục này")
    combo.lineEdit().editingFinished.emit()
    assert combo.current_key() == 3
    assert combo.currentText() == "Tin, bài"


def test_empty_text_clears_only_when_allowed(qtbot):
    combo = _combo(qtbot)
    combo.set_current_key(3)
    combo.lineEdit().setText("")
    combo.lineEdit().editingFinished.emit()
    assert combo.current_key() is None
    strict = _combo(qtbot, allow_empty=False)
    strict.set_current_key(3)
    strict.lineEdit().setText("")
    strict.lineEdit().editingFinished.emit()
    assert strict.current_key() == 3


def test_set_items_keeps_choice_when_still_present(qtbot):
    combo = _combo(qtbot)
    combo.set_current_key(2)
    combo.set_items(ITEMS + [(5, "Pano, áp phích")])
    assert combo.current_key() == 2
    combo.set_items([(5, "Pano, áp phích")])
    assert combo.current_key() is None
