"""Loading our Qt translations: English from resources/translations, Vietnamese as source."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from nbhr_desktop.app import install_translators
from nbhr_desktop.base.i18n import install_language
from nbhr_desktop.resources import resource


def test_english_catalogue_is_loaded_and_used(qapp):
    assert resource("translations", "nbhr_en.qm").is_file()
    before = QLocale()
    translators = install_translators(qapp, "en")
    try:
        assert any(t.language() == "en" for t in translators)
        assert QCoreApplication.translate("Screens", "Danh mục") == "Catalogues"
        assert QCoreApplication.translate("MainWindow", "&Tệp") == "&File"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)  # other tests must not inherit our locale
        install_language("vi")
    assert QCoreApplication.translate("Screens", "Danh mục") == "Danh mục"


def test_vietnamese_needs_no_catalogue_of_ours(qapp):
    before = QLocale()
    translators = install_translators(qapp, "vi")
    try:
        assert all(not t.filePath().endswith("nbhr_vi.qm") for t in translators)
        assert QCoreApplication.translate("Screens", "Danh mục") == "Danh mục"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)  # other tests must not inherit our locale
