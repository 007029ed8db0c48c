"""The report PDF prints the unit's exchange key code, for the province to register
before the unit's first package arrives (issue 12, item 5)."""

from __future__ import annotations

import pdfplumber

from nbhr_desktop.core.reports import service
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.documents.report_pdf import write_report_pdf
from nbhr_desktop.sync.trust import show_mine


def test_the_key_code_is_under_the_last_annex(report_data, tmp_path):
    workspace, info, _ids = report_data
    path = tmp_path / "r.pdf"
    with workspace.db.session() as s:
        report = service.open_report(s, info, parse_period("2025-Q4"))
        write_report_pdf(s, report, str(path))
    with pdfplumber.open(path) as pdf:
        last = " ".join((pdf.pages[-1].extract_text() or "").split())
    code = show_mine(workspace).fingerprint
    assert f"mã khóa của máy lập báo cáo này là {code}" in last
    assert "Thông tin trao đổi dữ liệu" in last
