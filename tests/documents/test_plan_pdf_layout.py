"""The plan PDF checked from the PDF itself against DOCUMENT-FORMAT.md (Decree 30).

The layout rules live in tests/helpers/plan_pdf_checks.py, which CI also runs on the PDF the
Windows build exports under Wine; this module adds what needs the plan's own data.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pypdf
import pytest

from nbhr_desktop.core.plans import service
from nbhr_desktop.core.plans.template import create_plan_from_template
from nbhr_desktop.core.plans.views import live_sections, live_tasks
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.documents.plan_pdf import default_file_name, write_plan_pdf
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import AdminUnit

import plan_pdf_checks as checks
from plan_pdf_checks import MM, line_words, portrait_count


def _build(tmp_path_factory, *, issued: bool) -> dict:
    ws = Workspace.open(Location.resolve(tmp_path_factory.mktemp("pdf")))
    info = initialise(ws, "Kim Sơn")
    with ws.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        plan = create_plan_from_template(session, unit, 2023, info.installation_uuid)
        plan.signer_name = "Nguyễn Văn An"
        if issued:
            plan.number, plan.issued_date, plan.status = 15, dt.date(2023, 1, 5), "issued"
        buffer = io.BytesIO()
        write_plan_pdf(session, plan, buffer)
        data = {
            "pdf": buffer.getvalue(), "subject": plan.subject, "bases": list(plan.legal_bases),
            "sections": [(s.level, s.title, s.body) for s in live_sections(plan)],
            "tasks": [t.title for t in live_tasks(plan)], "recipients": list(plan.recipients),
            "file_name": default_file_name(session, plan),
        }
    ws.close()
    return data


@pytest.fixture(scope="module")
def issued(tmp_path_factory):
    return _build(tmp_path_factory, issued=True)


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    return _build(tmp_path_factory, issued=False)


def _pages(data):
    return checks.pages(data["pdf"])


def test_pages_are_a4_and_annex_is_landscape(issued):
    checks.check_pages(issued["pdf"])


def test_text_stays_inside_margins(issued):
    checks.check_margins(issued["pdf"])


def test_every_font_is_embedded_and_no_helvetica(issued):
    checks.check_fonts(issued["pdf"])


def test_header_elements_size_and_weight(issued):
    checks.check_header(issued["pdf"], "HUYỆN KIM SƠN", number="Số: 15/KH-UBND",
                        place_date="Kim Sơn, ngày 05 tháng 01 năm 2023")


def test_rules_under_motto_issuer_and_subject(issued):
    checks.check_rules(issued["pdf"], "HUYỆN KIM SƠN", 2023)


def test_page_numbers_from_page_two_and_annex_counts_on_its_own(issued):
    checks.check_page_numbers(issued["pdf"])


def test_shared_checks_catch_a_wrong_layout(issued, draft):
    # The same checks CI runs on the Windows build's PDF must fail on a PDF that breaks them.
    with pytest.raises(AssertionError):
        checks.check_header(issued["pdf"], "HUYỆN YÊN MÔ")
    with pytest.raises(AssertionError):
        checks.check_rules(issued["pdf"], "HUYỆN KIM SƠN", 2024)
    failures = [name for name, failure in checks.run_all(draft["pdf"], "HUYỆN KIM SƠN", 2023,
                                                         "Nguyễn Văn Bình") if failure]
    assert failures == ["closing block"]  # the signer is Nguyễn Văn An


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _body_text(page) -> str:
    """The page's text without the page number in the top margin."""
    return page.crop((0, 20 * MM, page.width, page.height)).extract_text()


def test_extracted_text_equals_plan(issued):
    pages = _pages(issued)
    text = _normal(" ".join(_body_text(page) for page in pages))
    assert unicodedata.is_normalized("NFC", text)
    expected = [issued["subject"]]
    expected += [b + (";" if i < len(issued["bases"]) - 1 else ".")
                 for i, b in enumerate(issued["bases"])]
    for level, title, body in issued["sections"]:
        if title:
            expected.append(title.upper() if level == "section" else title)
        expected += [line for line in body.splitlines() if line.strip()]
    expected += ["Phụ lục", "(Kèm theo Kế hoạch số 15/KH-UBND ngày 05/01/2023 của UBND "
                 "huyện Kim Sơn)"]
    position = 0
    for piece in expected:
        found = text.find(_normal(piece), position)
        assert found >= 0, piece
        position = found + len(_normal(piece))
    # The closing block's two columns, read each on its own.
    last = pages[portrait_count(pages) - 1]
    top = line_words(last, "Nơi nhận:", 800)[0]["top"] - 1
    split = 30 * MM + 0.4 * (last.width - 45 * MM)
    left = _normal(last.crop((0, top, split, last.height)).extract_text())
    right = _normal(last.crop((split, top, last.width, last.height)).extract_text())
    assert left == _normal(" ".join(["Nơi nhận:", *("- " + r for r in issued["recipients"])]))
    assert right == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An"
    # The annex's "Nội dung nhiệm vụ" column (12 to 74 mm of the table) holds the tasks.
    column = _normal(" ".join(
        p.crop((30 * MM + 12 * MM, 20 * MM, 30 * MM + 74 * MM, p.height - 20 * MM)).extract_text()
        for p in pages[portrait_count(pages):]))
    position = 0
    for title in issued["tasks"]:
        found = column.find(_normal(title), position)
        assert found >= 0, title
        position = found + len(_normal(title))


def test_body_paragraph_style(issued):
    checks.check_body_style(issued["pdf"])


def test_closing_block_styles(issued):
    checks.check_closing(issued["pdf"], "Nguyễn Văn An", authority="KT. CHỦ TỊCH")


def test_metadata_and_file_name(issued):
    meta = pypdf.PdfReader(io.BytesIO(issued["pdf"])).metadata
    assert meta.title.startswith("Kế hoạch truyền thông về quyền con người")
    assert meta.author == "UBND huyện Kim Sơn"
    assert issued["file_name"] == "KH-QCN-2023-KimSon.pdf"


def test_draft_has_blank_number_and_date(draft):
    page = _pages(draft)[0]
    text = page.extract_text()
    assert "DỰ THẢO" in text
    assert re.search(r"Số:\s+/KH-UBND", text)
    assert re.search(r"Kim Sơn, ngày\s+tháng\s+năm 2023", text)
    assert not re.search(r"Số: \d", text)
    annex_text = _normal(_pages(draft)[-1].extract_text() + " " + " ".join(
        p.extract_text() for p in _pages(draft)[portrait_count(_pages(draft)):]))
    assert re.search(r"\(Kèm theo Kế hoạch số\s+/KH-UBND ngày\s+/\s+/2023 của UBND huyện Kim Sơn\)",
                     annex_text)
    assert draft["file_name"] == "KH-QCN-2023-KimSon-DuThao.pdf"
    assert service  # the service module is importable alongside the PDF (no Qt)
