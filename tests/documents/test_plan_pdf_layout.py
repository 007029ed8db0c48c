"""The plan PDF checked from the PDF itself against DOCUMENT-FORMAT.md (Decree 30)."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pdfplumber
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

MM = 72 / 25.4
TOL = 0.6  # points


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
    return pdfplumber.open(io.BytesIO(data["pdf"])).pages


def _line_words(page, text: str, top_limit: float = 400, *, whole_row: bool = False):
    """The words of the first line on the page that reads ``text``."""
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    rows: dict[float, list] = {}
    for word in words:
        if word["top"] < top_limit:
            rows.setdefault(round(word["top"], 0), []).append(word)
    for row in sorted(rows.values(), key=lambda r: r[0]["top"]):
        row.sort(key=lambda w: w["x0"])
        # A header row holds both columns: find the run of words that reads ``text``.
        n = len(text.split())
        for i in range(len(row) - n + 1 if not whole_row else int(len(row) == n)):
            if " ".join(w["text"] for w in row[i:i + n]) == text:
                return row[i:i + n]
    raise AssertionError(f"{text!r} not found")


def _style(words):
    fonts = {w["fontname"].split("+")[-1] for w in words}
    sizes = {round(w["size"], 1) for w in words}
    assert len(fonts) == 1 and len(sizes) == 1, (fonts, sizes)
    return fonts.pop(), sizes.pop()


def _span(words):
    return min(w["x0"] for w in words), max(w["x1"] for w in words)


def _portrait_count(pages):
    return sum(1 for p in pages if p.width < p.height)


def test_pages_are_a4_and_annex_is_landscape(issued):
    pages = _pages(issued)
    body = _portrait_count(pages)
    assert body >= 3 and len(pages) > body
    for index, page in enumerate(pages):
        size = (round(page.width), round(page.height))
        assert size == ((595, 842) if index < body else (842, 595))
        assert (index < body) == (page.width < page.height)  # annex pages come last


def test_text_stays_inside_margins(issued):
    for page in _pages(issued):
        top_margin = 20 * MM
        for char in page.chars:
            if char["bottom"] <= top_margin:  # the page number lives in the top margin
                assert char["text"].isdigit()
                continue
            assert char["x0"] >= 30 * MM - TOL, char
            assert char["x1"] <= page.width - 15 * MM + TOL, char
            assert char["bottom"] <= page.height - 20 * MM + TOL, char
        for line in page.lines + page.rects:
            assert 30 * MM - TOL <= line["x0"] and line["x1"] <= page.width - 15 * MM + TOL
            assert 20 * MM - TOL <= line["top"] and line["bottom"] <= page.height - 20 * MM + TOL


def test_every_font_is_embedded_and_no_helvetica(issued):
    reader = pypdf.PdfReader(io.BytesIO(issued["pdf"]))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            seen.add(name.split("+")[-1])
            assert "Helvetica" not in name
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, name
    assert seen == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                    "LiberationSerif-BoldItalic"}


def test_header_elements_size_and_weight(issued):
    page = _pages(issued)[0]
    expect = {
        "ỦY BAN NHÂN DÂN": ("LiberationSerif-Bold", 13),
        "HUYỆN KIM SƠN": ("LiberationSerif-Bold", 13),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": ("LiberationSerif-Bold", 13),
        "Độc lập - Tự do - Hạnh phúc": ("LiberationSerif-Bold", 14),
        "Số: 15/KH-UBND": ("LiberationSerif", 13),
        "Kim Sơn, ngày 05 tháng 01 năm 2023": ("LiberationSerif-Italic", 14),
        "KẾ HOẠCH": ("LiberationSerif-Bold", 14),
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;":
            ("LiberationSerif-Italic", 14),
    }
    for text, style in expect.items():
        assert _style(_line_words(page, text)) == style, text
    # The issuer sits in the left ~40 % column, the national name in the right ~60 %.
    text_left, text_width = 30 * MM, page.width - 45 * MM
    issuer = _span(_line_words(page, "ỦY BAN NHÂN DÂN"))
    assert abs((issuer[0] + issuer[1]) / 2 - (text_left + 0.2 * text_width)) < 2
    national = _span(_line_words(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    assert abs((national[0] + national[1]) / 2 - (text_left + 0.7 * text_width)) < 2
    number, date = _line_words(page, "Số: 15/KH-UBND"), _line_words(page, "Kim Sơn, ngày 05 "
                                                                          "tháng 01 năm 2023")
    assert abs(number[0]["bottom"] - date[0]["bottom"]) < 2  # on the same line


def _rule_under(page, words):
    x0, x1 = _span(words)
    bottom = max(w["bottom"] for w in words)
    centre = (x0 + x1) / 2
    candidates = [ln for ln in page.lines if 0 < ln["top"] - bottom < 8
                  and abs((ln["x0"] + ln["x1"]) / 2 - centre) < 1.5]
    assert len(candidates) == 1, candidates
    return candidates[0]["x1"] - candidates[0]["x0"]


def test_rules_under_motto_issuer_and_subject(issued):
    page = _pages(issued)[0]
    motto = _line_words(page, "Độc lập - Tự do - Hạnh phúc")
    assert abs(_rule_under(page, motto) - (_span(motto)[1] - _span(motto)[0])) < 1.5
    issuer_top, issuer_bottom = (_line_words(page, "ỦY BAN NHÂN DÂN"),
                                 _line_words(page, "HUYỆN KIM SƠN"))
    widest = max(_span(w)[1] - _span(w)[0] for w in (issuer_top, issuer_bottom))
    assert 1 / 3 <= _rule_under(page, issuer_bottom) / widest <= 1 / 2
    subject_end = _line_words(page, "năm 2023", top_limit=300, whole_row=True)
    assert _style(subject_end) == ("LiberationSerif-Bold", 14)
    ratio = _rule_under(page, subject_end) / (page.width - 45 * MM)
    assert 1 / 3 * 0.85 <= ratio <= 1 / 2


def _top_numbers(page) -> list[str]:
    return [w["text"] for w in page.extract_words(extra_attrs=["size"])
            if w["bottom"] <= 20 * MM]


def test_page_numbers_from_page_two_and_annex_counts_on_its_own(issued):
    pages = _pages(issued)
    body = _portrait_count(pages)
    assert len(pages) - body >= 2  # the annex runs over several pages
    for index, page in enumerate(pages):
        own = index + 1 if index < body else index - body + 1
        numbers = _top_numbers(page)
        assert numbers == ([] if own == 1 else [str(own)]), (index, numbers)
        for char in page.chars:
            if char["bottom"] <= 20 * MM:
                assert round(char["size"]) == 13 and "Bold" not in char["fontname"]
                assert abs((char["x0"] + char["x1"]) / 2 - (30 * MM + (page.width - 45 * MM)
                                                             / 2)) < 8


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
    last = pages[_portrait_count(pages) - 1]
    top = _line_words(last, "Nơi nhận:", 800)[0]["top"] - 1
    split = 30 * MM + 0.4 * (last.width - 45 * MM)
    left = _normal(last.crop((0, top, split, last.height)).extract_text())
    right = _normal(last.crop((split, top, last.width, last.height)).extract_text())
    assert left == _normal(" ".join(["Nơi nhận:", *("- " + r for r in issued["recipients"])]))
    assert right == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An"
    # The annex's "Nội dung nhiệm vụ" column (12 to 74 mm of the table) holds the tasks.
    column = _normal(" ".join(
        p.crop((30 * MM + 12 * MM, 20 * MM, 30 * MM + 74 * MM, p.height - 20 * MM)).extract_text()
        for p in pages[_portrait_count(pages):]))
    position = 0
    for title in issued["tasks"]:
        found = column.find(_normal(title), position)
        assert found >= 0, title
        position = found + len(_normal(title))


def test_body_paragraph_style(issued):
    page = _pages(issued)[0]
    words = _line_words(page, "Thực hiện Công văn số", top_limit=800)
    assert _style(words) == ("LiberationSerif", 14)
    assert abs(words[0]["x0"] - (30 * MM + 1.27 * 72 / 2.54)) < 1  # first-line indent
    heading = _line_words(page, "I. MỤC ĐÍCH, YÊU CẦU", top_limit=800)
    assert _style(heading) == ("LiberationSerif-Bold", 14)


def test_closing_block_styles(issued):
    pages = _pages(issued)
    last_body = pages[_portrait_count(pages) - 1]
    assert _style(_line_words(last_body, "Nơi nhận:", 800)) == ("LiberationSerif-BoldItalic", 12)
    assert _style(_line_words(last_body, "- Lưu: VT, VHTT.", 800)) == ("LiberationSerif", 11)
    assert _style(_line_words(last_body, "KT. CHỦ TỊCH", 800)) == ("LiberationSerif-Bold", 14)
    assert _style(_line_words(last_body, "Nguyễn Văn An", 800)) == ("LiberationSerif-Bold", 14)
    # Never alone: body text stands above the closing block on the same page.
    above = [w for w in last_body.extract_words()
             if w["bottom"] < _line_words(last_body, "Nơi nhận:", 800)[0]["top"]
             and w["bottom"] > 20 * MM]
    assert above


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
        p.extract_text() for p in _pages(draft)[_portrait_count(_pages(draft)):]))
    assert re.search(r"\(Kèm theo Kế hoạch số\s+/KH-UBND ngày\s+/\s+/2023 của UBND huyện Kim Sơn\)",
                     annex_text)
    assert draft["file_name"] == "KH-QCN-2023-KimSon-DuThao.pdf"
    assert service  # the service module is importable alongside the PDF (no Qt)
