"""The Decree 30 frame: ONE layout module for every printed administrative document.

Plans (``plan_pdf.py``) and results reports (``report_pdf.py``) describe their content with
these dataclasses and body flowables; this module owns the page, header, title, closing
block, annexes and page numbers, so the rules in DOCUMENT-FORMAT.md live in one place::

    from nbhr_desktop.documents import frame

    header = frame.DocumentHeader(
        issuing_body_lines=["ỦY BAN NHÂN DÂN", "HUYỆN KIM SƠN"],
        number_line="Số: 15/KH-UBND",                 # vnformat.document_number(...)
        date_line="Kim Sơn, ngày 05 tháng 01 năm 2023",  # vnformat.document_date_line(...)
        type_name="KẾ HOẠCH",                          # "BÁO CÁO"; "" for a letter
        subject="Truyền thông về quyền con người …",
        legal_bases=["Căn cứ …", "Căn cứ …"],           # ";" / "." added when missing
        addressees=["Sở Văn hóa, Thể thao và Du lịch"],  # "Kính gửi:" (reports)
        draft=False,                                    # True prints "DỰ THẢO"
    )
    body = [frame.heading("section", "I.", "MỤC ĐÍCH, YÊU CẦU"),
            frame.heading("item", "1.", "Mục đích"),
            frame.paragraph("Nâng cao nhận thức …")]
    closing = frame.ClosingBlock(
        recipients=["Như trên;", "Sở Tư pháp;", "Lưu: VT, VHTT."],   # "- " added
        authority_lines=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer_name="Nguyễn Văn A")
    annex = frame.Annex(label="Phụ lục", title="NHIỆM VỤ …",
        subtitle="(Kèm theo Kế hoạch số 15/KH-UBND ngày 05/01/2023 của UBND huyện Kim Sơn)",
        header_rows=[["STT", "Nội dung", …]], rows=[["1", "…", …]],
        col_widths=[1, 6, …], align=["CENTER", "LEFT", …], landscape=True)
    frame.build_document("out.pdf", header, body, closing, [annex],
                         frame.DocumentMetadata(title="Kế hoạch …", author="UBND huyện Kim Sơn"))

Text may be plain strings (escaped here, NFC-normalised) or ready flowables. Page numbers:
13 pt, centred in the top margin, from page 2; each annex starts its own count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from nbhr_desktop.base.text import nfc
from nbhr_desktop.documents import fonts

# -- page geometry (DOCUMENT-FORMAT.md, "Page") ---------------------------------------------
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PORTRAIT = A4
LANDSCAPE = landscape(A4)
TEXT_WIDTH = PORTRAIT[0] - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
HEADER_LEFT = 0.40  # share of the text width for the issuer's column
BODY_SIZE = 14
BODY_LEADING = 17  # about 1.2 lines: between single and 1.5 as the decree allows
PARAGRAPH_GAP = 6  # points between paragraphs (at least 6)
FIRST_LINE_INDENT = 1.27 * cm
PAGE_NUMBER_SIZE = 13
SIGNATURE_SPACE_LINES = 4
RULE_FRACTION = 0.4  # rules under the issuer and the subject: 1/3 to 1/2 of the text
RULE_WIDTH = 0.6
NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DRAFT_MARK = "DỰ THẢO"


# -- what a caller describes -----------------------------------------------------------------
@dataclass
class DocumentHeader:
    issuing_body_lines: Sequence[str]  # UPPERCASE lines: "ỦY BAN NHÂN DÂN", "HUYỆN KIM SƠN"
    number_line: str  # "Số: 15/KH-UBND" (blank number in a draft)
    date_line: str  # "Kim Sơn, ngày 05 tháng 01 năm 2023" (blank day/month in a draft)
    type_name: str = ""  # "KẾ HOẠCH", "BÁO CÁO"; empty for a letter (công văn)
    subject: str = ""  # trích yếu; a letter's "V/v …" goes under the number instead
    parent_body: str = ""  # only when the issuer is an office under another body
    legal_bases: Sequence[str] = ()  # "Căn cứ …"; one per line, ";" and the last "."
    addressees: Sequence[str] = ()  # "Kính gửi:" one or several
    draft: bool = False  # print the "DỰ THẢO" mark on page 1
    subject_note: str = ""  # italic under the subject, e.g. a report's "(Số liệu tính từ …)"


@dataclass
class ClosingBlock:
    recipients: Sequence[str]  # "Sở …;" … "Lưu: VT, VHTT." ("- " is added when missing)
    authority_lines: Sequence[str]  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    signer_name: str = ""
    recipients_title: str = "Nơi nhận:"


@dataclass
class Annex:
    label: str  # "Phụ lục" or "Phụ lục I"
    title: str  # UPPERCASE title
    subtitle: str  # "(Kèm theo Kế hoạch số … ngày … của UBND huyện …)"
    header_rows: Sequence[Sequence[Any]]  # repeated on every page
    rows: Sequence[Sequence[Any]]  # strings or flowables
    col_widths: Sequence[float]  # relative weights, scaled to the page's text width
    align: Sequence[str] | None = None  # per column: LEFT, CENTER, RIGHT
    landscape: bool = True
    header_spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ()  # (col,row) pairs
    bold_rows: Sequence[int] = ()  # body row indexes printed bold (totals, group rows)
    font_size: float = 12
    notes: Sequence[Any] = ()  # paragraphs under the table
    intro: Sequence[Any] = ()  # paragraphs between the subtitle and the table (a legend)


@dataclass
class DocumentMetadata:
    title: str
    author: str  # the issuing body, e.g. "UBND huyện Kim Sơn"
    subject: str = ""
    keywords: Sequence[str] = field(default_factory=tuple)


# -- styles ----------------------------------------------------------------------------------
def style(name: str, *, size: float = BODY_SIZE, font: str | None = None,
          align: int = TA_JUSTIFY, leading: float | None = None, indent: float = 0,
          before: float = 0, after: float = 0, **extra) -> ParagraphStyle:
    fonts.register_fonts()
    return ParagraphStyle(
        name, fontName=font or fonts.REGULAR, fontSize=size, alignment=align,
        leading=leading or round(size * 1.2, 1), firstLineIndent=indent, spaceBefore=before,
        spaceAfter=after, textColor="black", **extra)


def _styles() -> dict[str, ParagraphStyle]:
    centred = {"align": TA_CENTER}
    return {
        "body": style("body", indent=FIRST_LINE_INDENT, before=PARAGRAPH_GAP,
                      leading=BODY_LEADING),
        "basis": style("basis", font=fonts.ITALIC, indent=FIRST_LINE_INDENT,
                       before=PARAGRAPH_GAP, leading=BODY_LEADING),
        "part": style("part", font=fonts.BOLD, before=PARAGRAPH_GAP, leading=BODY_LEADING,
                      **centred),
        "section": style("section", font=fonts.BOLD, indent=FIRST_LINE_INDENT,
                         before=PARAGRAPH_GAP, leading=BODY_LEADING),
        "item": style("item", font=fonts.BOLD, indent=FIRST_LINE_INDENT,
                      before=PARAGRAPH_GAP, leading=BODY_LEADING),
        "point": style("point", indent=FIRST_LINE_INDENT, before=PARAGRAPH_GAP,
                       leading=BODY_LEADING),
        "parent": style("parent", size=13, **centred),
        "issuer": style("issuer", size=13, font=fonts.BOLD, **centred),
        "national": style("national", size=13, font=fonts.BOLD, **centred),
        "motto": style("motto", size=14, font=fonts.BOLD, leading=16, **centred),
        "number": style("number", size=13, **centred),
        "date": style("date", size=14, font=fonts.ITALIC, **centred),
        "type": style("type", size=14, font=fonts.BOLD, before=18, **centred),
        "subject": style("subject", size=14, font=fonts.BOLD, leading=BODY_LEADING, **centred),
        "addressee": style("addressee", size=14, leading=BODY_LEADING, **centred),
        "recipients_title": style("recipients_title", size=12, font=fonts.BOLD_ITALIC,
                                  align=TA_LEFT),
        "recipient": style("recipient", size=11, align=TA_LEFT, leading=13),
        "authority": style("authority", size=14, font=fonts.BOLD, **centred),
        "signer": style("signer", size=14, font=fonts.BOLD, **centred),
        "annex_label": style("annex_label", size=14, font=fonts.BOLD, **centred),
        "annex_title": style("annex_title", size=14, font=fonts.BOLD, **centred),
        "annex_subtitle": style("annex_subtitle", size=14, font=fonts.ITALIC, **centred),
        "legend": style("legend", size=12, font=fonts.ITALIC, after=4),  # over a table
    }


_STYLE_CACHE: dict[str, ParagraphStyle] = {}


def styles() -> dict[str, ParagraphStyle]:
    if not _STYLE_CACHE:
        _STYLE_CACHE.update(_styles())
    return _STYLE_CACHE


def markup(text: str) -> str:
    """Plain text for a Paragraph: NFC, XML-escaped, line breaks kept."""
    return escape(nfc(text)).replace("\n", "<br/>")


# -- body helpers (plans and reports build their bodies with these) -------------------------
def paragraph(text: str, *, kind: str = "body") -> Paragraph:
    """A body paragraph: 14 pt, justified, 1.27 cm first-line indent, 6 pt before.

    ``kind`` may be "basis" (italic legal basis) or any key of ``styles()``.
    """
    return Paragraph(markup(text), styles()[kind])


def heading(level: str, number: str, title: str, body: str = "") -> Paragraph:
    """A numbered heading: "part" ("Phần I" + title, centred), "section" ("I. MỤC …",
    UPPERCASE bold), "item" ("1. Mục đích", bold; without a title: upright, body follows
    on the same line), "point" ("a) …", upright).
    """
    number = nfc(number).strip()
    if level == "part":
        return Paragraph(f"{markup(number)}<br/>{markup(title.upper())}", styles()["part"])
    if level == "section":
        return Paragraph(f"{markup(number)} {markup(nfc(title).upper())}", styles()["section"])
    if level == "item" and title:
        return Paragraph(f"{markup(number)} {markup(title)}", styles()["item"])
    text = title or body
    return Paragraph(f"{markup(number)} {markup(text)}".strip(), styles()["point"])


def table(header_rows: Sequence[Sequence[Any]], rows: Sequence[Sequence[Any]],
          widths: Sequence[float], *, align: Sequence[str] | None = None,
          font_size: float = 12, header_spans=(), bold_rows=()) -> Table:
    """A ruled table (also usable in a body): bold centred header repeated on every page."""
    cell = style("cell", size=font_size, align=TA_LEFT, leading=font_size * 1.2)
    bold_cell = style("cell_bold", size=font_size, font=fonts.BOLD, align=TA_LEFT,
                      leading=font_size * 1.2)
    head = style("head", size=font_size, font=fonts.BOLD, align=TA_CENTER,
                 leading=font_size * 1.2)
    aligns = {"LEFT": TA_LEFT, "CENTER": TA_CENTER, "RIGHT": TA_RIGHT}

    def column_styles(base: ParagraphStyle) -> list[ParagraphStyle]:
        # One style per column, made once: a style per cell costs time on long tables.
        count = max((len(r) for r in [*header_rows, *rows]), default=0)
        if not align:
            return [base] * count
        return [ParagraphStyle(f"{base.name}{c}", parent=base,
                               alignment=aligns.get(align[c], TA_LEFT)) for c in range(count)]

    def para(value, chosen: ParagraphStyle):
        if isinstance(value, Flowable):
            return value
        return _CellParagraph(markup("" if value is None else str(value)), chosen)

    plain, bold = column_styles(cell), column_styles(bold_cell)
    data = [[para(v, head) for v in row] for row in header_rows]
    for index, row in enumerate(rows):
        chosen = bold if index in bold_rows else plain
        data.append([para(v, chosen[c]) for c, v in enumerate(row)])
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, len(header_rows) - 1), "MIDDLE"),
        ("VALIGN", (0, len(header_rows)), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("SPAN", a, b) for a, b in header_spans]
    return Table(data, colWidths=list(widths), repeatRows=len(header_rows),
                 style=_table_style(commands))


class _CellParagraph(Paragraph):
    """A table cell's paragraph. A table that runs over several pages measures its
    remaining rows again at every page break; a cell's lines only depend on the column
    width, so the first measurement is kept."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, avail_width, avail_height):
        if self._wrapped is None or self._wrapped[0] != avail_width:
            self._wrapped = (avail_width, super().wrap(avail_width, avail_height))
        return self._wrapped[1]


def _table_style(commands: list) -> TableStyle:
    # A table sets its cell font even around flowables; reportlab's default is Helvetica,
    # which would then be referenced (unembedded) by the PDF.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


# -- the frame's own pieces -----------------------------------------------------------------
class HRule(Flowable):
    """A solid line of a given length, centred in the available width."""

    def __init__(self, length: float, *, space_before: float = 4, space_after: float = 2):
        super().__init__()
        self.length = length
        self.space_before = space_before
        self.space_after = space_after
        self._avail = length

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.space_before + self.space_after + RULE_WIDTH

    def draw(self):
        x0 = (self._avail - self.length) / 2
        y = self.space_after
        self.canv.setLineWidth(RULE_WIDTH)
        self.canv.line(x0, y, x0 + self.length, y)


class _SectionStart(Flowable):
    """Marks the page where an annex starts: its page numbers count from there."""

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        doc = getattr(self.canv, "_nbhr_doc", None)
        if doc is not None:
            doc.section_start = doc.page


def _widest(lines: Sequence[str], font: str, size: float, width: float) -> float:
    widest = 0.0
    for line in lines:
        for part in simpleSplit(nfc(line), font, size, width) or [""]:
            widest = max(widest, stringWidth(part, font, size))
    return widest


def _ensure_end(text: str, end: str) -> str:
    text = nfc(text).rstrip().rstrip(";.,")
    return text + end


def header_flowables(header: DocumentHeader) -> list[Flowable]:
    """The two-column header, the title block, "Kính gửi" and the legal bases."""
    st = styles()
    left_w = TEXT_WIDTH * HEADER_LEFT
    right_w = TEXT_WIDTH - left_w
    left: list[Flowable] = []
    if header.parent_body:
        left.append(Paragraph(markup(header.parent_body.upper()), st["parent"]))
    issuer_lines = [nfc(line).upper() for line in header.issuing_body_lines]
    left.append(Paragraph("<br/>".join(markup(line) for line in issuer_lines), st["issuer"]))
    left.append(HRule(RULE_FRACTION * _widest(issuer_lines, fonts.BOLD, 13, left_w)))
    motto_width = stringWidth(MOTTO, fonts.BOLD, 14)
    right = [Paragraph(NATIONAL_NAME, st["national"]), Paragraph(markup(MOTTO), st["motto"]),
             HRule(motto_width)]
    number = [Paragraph(markup(header.number_line), st["number"])]
    if header.subject and not header.type_name:  # a letter: "V/v …" under the number
        number.append(Spacer(1, 6))
        number.append(Paragraph(markup(header.subject), st["number"]))
    rows = [[left, right], [number, Paragraph(markup(header.date_line), st["date"])]]
    grid = Table(rows, colWidths=[left_w, right_w], style=_table_style([
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    out: list[Flowable] = [grid]
    if header.type_name:
        out.append(Paragraph(markup(header.type_name.upper()), st["type"]))
        if header.subject:
            out.append(Paragraph(markup(header.subject), st["subject"]))
            widest = _widest([header.subject], fonts.BOLD, 14, TEXT_WIDTH)
            out.append(HRule(RULE_FRACTION * widest, space_before=2, space_after=4))
            if header.subject_note:  # under the subject's rule, which belongs to the subject
                out.append(Paragraph(markup(header.subject_note), st["annex_subtitle"]))
    out += _addressees(header.addressees)
    bases = [b for b in header.legal_bases if nfc(b).strip()]
    for index, basis in enumerate(bases):
        end = "." if index == len(bases) - 1 else ";"
        out.append(paragraph(_ensure_end(basis, end), kind="basis"))
    return out


def _addressees(addressees: Sequence[str]) -> list[Flowable]:
    names = [nfc(a).strip().rstrip(";.") for a in addressees if nfc(a).strip()]
    if not names:
        return []
    st = styles()
    if len(names) == 1:
        return [Spacer(1, 6), Paragraph(markup(f"Kính gửi: {names[0]}."), st["addressee"])]
    lines = [f"- {n};" for n in names[:-1]] + [f"- {names[-1]}."]
    left = style("addressee_label", size=14, align=TA_RIGHT, leading=BODY_LEADING)
    right = style("addressee_list", size=14, align=TA_LEFT, leading=BODY_LEADING)
    grid = Table([[Paragraph("Kính gửi:", left),
                   [Paragraph(markup(line), right) for line in lines]]],
                 colWidths=[TEXT_WIDTH * 0.3, TEXT_WIDTH * 0.7],
                 style=_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    return [Spacer(1, 6), grid]


def closing_flowable(closing: ClosingBlock) -> Table:
    """Nơi nhận (left) and the signature (right), level at the top."""
    st = styles()
    left: list[Flowable] = [Paragraph(markup(closing.recipients_title), st["recipients_title"])]
    for line in closing.recipients:
        line = nfc(line).strip()
        if line:
            left.append(Paragraph(markup(line if line.startswith("-") else f"- {line}"),
                                  st["recipient"]))
    right: list[Flowable] = [Paragraph(markup(nfc(line).upper()), st["authority"])
                             for line in closing.authority_lines if nfc(line).strip()]
    right.append(Spacer(1, SIGNATURE_SPACE_LINES * BODY_LEADING))
    right.append(Paragraph(markup(closing.signer_name) or "&nbsp;", st["signer"]))
    left_w = TEXT_WIDTH * HEADER_LEFT
    return Table([[left, right]], colWidths=[left_w, TEXT_WIDTH - left_w], style=_table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 10),
    ]))


def annex_flowables(annex: Annex) -> list[Flowable]:
    st = styles()
    page = LANDSCAPE if annex.landscape else PORTRAIT
    width = page[0] - MARGIN_LEFT - MARGIN_RIGHT
    total = float(sum(annex.col_widths)) or 1.0
    widths = [width * w / total for w in annex.col_widths]
    out: list[Flowable] = [
        NextPageTemplate("annex_landscape" if annex.landscape else "annex_portrait"),
        PageBreak(), _SectionStart(),
        Paragraph(markup(annex.label), st["annex_label"]),
    ]
    if annex.title:
        out.append(Paragraph(markup(nfc(annex.title).upper()), st["annex_title"]))
    if annex.subtitle:
        out.append(Paragraph(markup(annex.subtitle), st["annex_subtitle"]))
    out.append(Spacer(1, 8))
    for note in annex.intro:
        out.append(note if isinstance(note, Flowable) else paragraph(note))
    out.append(table(annex.header_rows, annex.rows, widths, align=annex.align,
                     font_size=annex.font_size, header_spans=annex.header_spans,
                     bold_rows=annex.bold_rows))
    for note in annex.notes:
        out.append(note if isinstance(note, Flowable) else paragraph(note))
    return out


# -- pages -----------------------------------------------------------------------------------
class _Document(BaseDocTemplate):
    def __init__(self, target, metadata: DocumentMetadata, draft: bool):
        super().__init__(
            target, pagesize=PORTRAIT, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=nfc(metadata.title),
            author=nfc(metadata.author), subject=nfc(metadata.subject),
            keywords=[nfc(k) for k in metadata.keywords], creator="NBHR Desktop",
            initialFontName=fonts.REGULAR)
        self.section_start = 1
        self.draft = draft
        self.addPageTemplates([
            self._template("first", PORTRAIT, auto_next="body"),
            self._template("body", PORTRAIT),
            self._template("annex_landscape", LANDSCAPE),
            self._template("annex_portrait", PORTRAIT),
        ])

    def _template(self, name: str, size, auto_next: str | None = None) -> PageTemplate:
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, size[0] - MARGIN_LEFT - MARGIN_RIGHT,
                      size[1] - MARGIN_TOP - MARGIN_BOTTOM, id=name, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=self._page_begin,
                            onPageEnd=self._page_end, autoNextPageTemplate=auto_next)

    def _page_begin(self, canvas, doc) -> None:
        canvas._nbhr_doc = self  # lets _SectionStart record where an annex begins

    def _page_end(self, canvas, doc) -> None:
        # Drawn at the end of the page: by then an annex's first page has been marked.
        width, height = canvas._pagesize
        number = self.page - self.section_start + 1
        canvas.saveState()
        if number > 1:
            canvas.setFont(fonts.REGULAR, PAGE_NUMBER_SIZE)
            canvas.drawCentredString(MARGIN_LEFT + (width - MARGIN_LEFT - MARGIN_RIGHT) / 2,
                                     height - MARGIN_TOP / 2 - PAGE_NUMBER_SIZE / 3, str(number))
        if self.draft and self.page == 1:
            self._draft_mark(canvas, width, height)
        canvas.restoreState()

    @staticmethod
    def _draft_mark(canvas, width, height) -> None:
        """"DỰ THẢO" boxed at the top right, inside the top margin of page 1."""
        size = 12
        text_w = stringWidth(DRAFT_MARK, fonts.BOLD, size)
        right = width - MARGIN_RIGHT
        base = height - MARGIN_TOP / 2 - size / 3
        canvas.setFont(fonts.BOLD, size)
        canvas.drawRightString(right - 4, base, DRAFT_MARK)
        canvas.setLineWidth(0.8)
        canvas.rect(right - text_w - 8, base - 4, text_w + 8, size + 6)


def document_flowables(header: DocumentHeader, body: Sequence[Flowable],
                       closing: ClosingBlock | None, annexes: Sequence[Annex] = ()) -> list:
    story: list = header_flowables(header)  # page 1 then "body" pages (autoNextPageTemplate)
    body = list(body)
    if closing is not None:
        # The closing block never stands alone on a page: keep it with the last paragraph.
        tail = body[-1:] if body else []
        story += body[:-1] if body else []
        story.append(KeepTogether([*tail, closing_flowable(closing)]))
    else:
        story += body
    for annex in annexes:
        story += annex_flowables(annex)
    return story


def build_document(target: str | IO[bytes], header: DocumentHeader, body: Sequence[Flowable],
                   closing: ClosingBlock | None, annexes: Sequence[Annex] = (),
                   metadata: DocumentMetadata | None = None) -> None:
    """Write the PDF to a path or a binary file object."""
    fonts.register_fonts()
    metadata = metadata or DocumentMetadata(title=header.subject or header.type_name,
                                            author=" ".join(header.issuing_body_lines))
    doc = _Document(target, metadata, header.draft)
    doc.build(document_flowables(header, body, closing, annexes))
