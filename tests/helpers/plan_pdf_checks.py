"""Layout checks of a plan PDF against DOCUMENT-FORMAT.md (Decree 30), read from the PDF alone.

Shared by test_plan_pdf_layout.py (on a PDF made in-process) and CI's Windows stage (on the
PDF the installed Windows build exported under Wine), so both sides are held to the same
rules:

    python3 tests/helpers/plan_pdf_checks.py FILE.pdf --unit-line "HUYỆN KIM SƠN" --year 2024

Each ``check_*`` raises AssertionError saying what is wrong. The command prints one line per
check and exits 1 when any fails.
"""

from __future__ import annotations

import argparse
import io
import sys

import pdfplumber
import pypdf

MM = 72 / 25.4
TOL = 0.6  # points
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, 15 * MM, 20 * MM, 20 * MM  # Decree 30 margins
DRAFT_MARK = ("DỰ", "THẢO")  # a draft's stamp, top right in the top margin


def _frames_draft_mark(page, rect) -> bool:
    inside = [w["text"] for w in page.extract_words()
              if rect["x0"] <= w["x0"] and w["x1"] <= rect["x1"]
              and rect["top"] <= w["top"] and w["bottom"] <= rect["bottom"]]
    return tuple(inside) == DRAFT_MARK


def _in_draft_mark(page, char) -> bool:
    return any(w["x0"] - TOL <= char["x0"] and char["x1"] <= w["x1"] + TOL
               and abs(w["top"] - char["top"]) < 1
               for w in page.extract_words() if w["text"] in DRAFT_MARK)


def pages(pdf: bytes):
    return pdfplumber.open(io.BytesIO(pdf)).pages


def portrait_count(all_pages) -> int:
    return sum(1 for p in all_pages if p.width < p.height)


def line_words(page, text: str, top_limit: float = 400, *, whole_row: bool = False):
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


def style(words):
    fonts = {w["fontname"].split("+")[-1] for w in words}
    sizes = {round(w["size"], 1) for w in words}
    assert len(fonts) == 1 and len(sizes) == 1, (fonts, sizes)
    return fonts.pop(), sizes.pop()


def span(words):
    return min(w["x0"] for w in words), max(w["x1"] for w in words)


def check_pages(pdf: bytes) -> None:
    """A4 portrait body, then a landscape annex of several pages."""
    all_pages = pages(pdf)
    body = portrait_count(all_pages)
    assert body >= 3 and len(all_pages) - body >= 2, (body, len(all_pages))
    for index, page in enumerate(all_pages):
        size = (round(page.width), round(page.height))
        assert size == ((595, 842) if index < body else (842, 595)), (index, size)
        assert (index < body) == (page.width < page.height)  # annex pages come last


def check_margins(pdf: bytes) -> None:
    """Text and rules stay inside the margins; only the page number (and a draft's stamp)
    sits in the top one."""
    for page in pages(pdf):
        for char in page.chars:
            if char["bottom"] <= TOP:
                assert (char["text"].isdigit() or char["text"].isspace()
                        or _in_draft_mark(page, char)), char
                assert char["x0"] >= LEFT - TOL and char["x1"] <= page.width - RIGHT + TOL, char
                continue
            assert char["x0"] >= LEFT - TOL, char
            assert char["x1"] <= page.width - RIGHT + TOL, char
            assert char["bottom"] <= page.height - BOTTOM + TOL, char
        for line in page.lines + page.rects:
            assert line["x0"] >= LEFT - TOL and line["x1"] <= page.width - RIGHT + TOL, line
            if line["bottom"] < TOP - TOL:  # only the frame around a draft's stamp
                assert _frames_draft_mark(page, line), line
                continue
            assert line["top"] >= TOP - TOL and line["bottom"] <= page.height - BOTTOM + TOL, line


def check_fonts(pdf: bytes) -> None:
    """Only the embedded Liberation Serif family; never a base-14 Helvetica."""
    seen = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            name = str(font["/BaseFont"])
            seen.add(name.split("+")[-1])
            assert "Helvetica" not in name, name
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
    assert seen == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                    "LiberationSerif-BoldItalic"}, seen


def check_header(pdf: bytes, unit_line: str, *, number: str | None = None,
                 place_date: str | None = None) -> None:
    """Issuer and national name in their columns, in their sizes and weights."""
    page = pages(pdf)[0]
    expect = {
        "ỦY BAN NHÂN DÂN": ("LiberationSerif-Bold", 13),
        unit_line: ("LiberationSerif-Bold", 13),
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": ("LiberationSerif-Bold", 13),
        "Độc lập - Tự do - Hạnh phúc": ("LiberationSerif-Bold", 14),
        "KẾ HOẠCH": ("LiberationSerif-Bold", 14),
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;":
            ("LiberationSerif-Italic", 14),
    }
    if number:
        expect[number] = ("LiberationSerif", 13)
    if place_date:
        expect[place_date] = ("LiberationSerif-Italic", 14)
    for text, wanted in expect.items():
        assert style(line_words(page, text)) == wanted, text
    # The issuer sits in the left ~40 % column, the national name in the right ~60 %.
    text_width = page.width - LEFT - RIGHT
    issuer = span(line_words(page, "ỦY BAN NHÂN DÂN"))
    assert abs((issuer[0] + issuer[1]) / 2 - (LEFT + 0.2 * text_width)) < 2, issuer
    national = span(line_words(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    assert abs((national[0] + national[1]) / 2 - (LEFT + 0.7 * text_width)) < 2, national
    if number and place_date:
        number_words, date_words = line_words(page, number), line_words(page, place_date)
        assert abs(number_words[0]["bottom"] - date_words[0]["bottom"]) < 2  # same line


def _rule_under(page, words) -> float:
    x0, x1 = span(words)
    bottom = max(w["bottom"] for w in words)
    centre = (x0 + x1) / 2
    candidates = [ln for ln in page.lines if 0 < ln["top"] - bottom < 8
                  and abs((ln["x0"] + ln["x1"]) / 2 - centre) < 1.5]
    assert len(candidates) == 1, candidates
    return candidates[0]["x1"] - candidates[0]["x0"]


def check_rules(pdf: bytes, unit_line: str, year: int) -> None:
    """The rules under the motto (its width), the issuer (1/3-1/2) and the subject."""
    page = pages(pdf)[0]
    motto = line_words(page, "Độc lập - Tự do - Hạnh phúc")
    assert abs(_rule_under(page, motto) - (span(motto)[1] - span(motto)[0])) < 1.5
    issuer_top, issuer_bottom = line_words(page, "ỦY BAN NHÂN DÂN"), line_words(page, unit_line)
    widest = max(span(w)[1] - span(w)[0] for w in (issuer_top, issuer_bottom))
    assert 1 / 3 <= _rule_under(page, issuer_bottom) / widest <= 1 / 2
    subject_end = line_words(page, f"năm {year}", top_limit=300, whole_row=True)
    assert style(subject_end) == ("LiberationSerif-Bold", 14)
    ratio = _rule_under(page, subject_end) / (page.width - LEFT - RIGHT)
    assert 1 / 3 * 0.85 <= ratio <= 1 / 2, ratio


def check_page_numbers(pdf: bytes) -> None:
    """Numbers from page 2, centred in the top margin; the annex counts on its own."""
    all_pages = pages(pdf)
    body = portrait_count(all_pages)
    for index, page in enumerate(all_pages):
        own = index + 1 if index < body else index - body + 1
        numbers = [w["text"] for w in page.extract_words()
                   if w["bottom"] <= TOP and w["text"] not in DRAFT_MARK]
        assert numbers == ([] if own == 1 else [str(own)]), (index, numbers)
        for char in page.chars:
            if char["bottom"] <= TOP and char["text"].isdigit():
                assert round(char["size"]) == 13 and "Bold" not in char["fontname"]
                centre = LEFT + (page.width - LEFT - RIGHT) / 2
                assert abs((char["x0"] + char["x1"]) / 2 - centre) < 8, char


def check_body_style(pdf: bytes) -> None:
    """Body paragraphs 14 pt with a 1.27 cm first-line indent; bold section headings."""
    page = pages(pdf)[0]
    words = line_words(page, "Thực hiện Công văn số", top_limit=800)
    assert style(words) == ("LiberationSerif", 14)
    assert abs(words[0]["x0"] - (LEFT + 1.27 * 72 / 2.54)) < 1, words[0]  # first-line indent
    heading = line_words(page, "I. MỤC ĐÍCH, YÊU CẦU", top_limit=800)
    assert style(heading) == ("LiberationSerif-Bold", 14)


def check_closing(pdf: bytes, signer: str | None = None, *, authority: str | None = None,
                  filing: str = "- Lưu: VT, VHTT.") -> None:
    """Recipients and signature block in their styles, never alone on the last body page.
    ``filing``: the unit's last recipient line (a province's office files as "VP")."""
    all_pages = pages(pdf)
    last_body = all_pages[portrait_count(all_pages) - 1]
    recipients = line_words(last_body, "Nơi nhận:", 800)
    assert style(recipients) == ("LiberationSerif-BoldItalic", 12)
    assert style(line_words(last_body, filing, 800)) == ("LiberationSerif", 11)
    for line in (authority, signer):  # e.g. "KT. CHỦ TỊCH", then the signer's name
        if line:
            assert style(line_words(last_body, line, 800)) == ("LiberationSerif-Bold", 14), line
    above = [w for w in last_body.extract_words()
             if TOP < w["bottom"] < recipients[0]["top"]]
    assert above, "the closing block stands alone on its page"


def run_all(pdf: bytes, unit_line: str, year: int, signer: str | None = None):
    """(check name, None or the failure) for every layout check."""
    checks = [
        ("A4 pages, landscape annex", lambda: check_pages(pdf)),
        ("margins", lambda: check_margins(pdf)),
        ("embedded Liberation Serif only", lambda: check_fonts(pdf)),
        ("header columns, sizes, weights", lambda: check_header(pdf, unit_line)),
        ("rules under motto, issuer, subject", lambda: check_rules(pdf, unit_line, year)),
        ("page numbers", lambda: check_page_numbers(pdf)),
        ("body paragraphs and headings", lambda: check_body_style(pdf)),
        ("closing block", lambda: check_closing(pdf, signer)),
    ]
    results = []
    for name, check in checks:
        try:
            check()
            results.append((name, None))
        except AssertionError as error:
            results.append((name, f"{error}"[:300] or "assertion failed"))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf")
    parser.add_argument("--unit-line", required=True, help='e.g. "HUYỆN KIM SƠN"')
    parser.add_argument("--year", type=int, required=True)
    parser.add_argument("--signer")
    args = parser.parse_args(argv)
    with open(args.pdf, "rb") as handle:
        results = run_all(handle.read(), args.unit_line, args.year, args.signer)
    for name, failure in results:
        mark = "OK " if failure is None else "FAIL"
        print(f"  [{mark}] {name}" + (f": {failure}" if failure else ""))
    return 1 if any(failure for _name, failure in results) else 0


if __name__ == "__main__":
    sys.exit(main())
