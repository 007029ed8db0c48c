"""Official documents stay Vietnamese when the interface speaks English."""

from __future__ import annotations

import threading

import pytest

from nbhr_desktop.base import i18n
from nbhr_desktop.base.i18n import _, official_vietnamese
from nbhr_desktop.core.reports.narrative import section_titles
from nbhr_desktop.core.reports.periods import parse_period


@pytest.fixture
def english():
    i18n.install_language("en")
    yield
    i18n.install_language("vi")


def test_screen_text_is_english_and_document_text_vietnamese(english):
    period = parse_period("2024-Q1")
    assert period.label == "quarter I 2024"
    with official_vietnamese():
        assert period.label == "quý I năm 2024"
        assert _("Chưa nhập ngày bắt đầu.") == "Chưa nhập ngày bắt đầu."
        assert i18n.ui_("Đang nén và lưu tệp…") == "Compressing and saving the file…"
    assert _("Chưa nhập ngày bắt đầu.") == "No start date entered."
    assert section_titles(period)["direction"].startswith("IV. PHƯƠNG HƯỚNG")


def test_a_document_built_on_a_worker_leaves_the_screen_english(english):
    inside, outside = threading.Event(), threading.Event()
    seen = []

    @official_vietnamese()
    def build():
        seen.append(_("Chưa nhập ngày bắt đầu."))
        inside.set()
        outside.wait(5)

    worker = threading.Thread(target=build)
    worker.start()
    inside.wait(5)
    seen.append(_("Chưa nhập ngày bắt đầu."))  # the GUI thread, meanwhile
    outside.set()
    worker.join()
    assert seen == ["Chưa nhập ngày bắt đầu.", "No start date entered."]
