"""The activity's figures described once: what each is called, how it is checked, where it
is printed and how it is summed.

Every layer that lists the figures reads ``FIGURES`` instead of naming them: the per-day
sums (``activity_day_figure``, its triggers in ``storage.aggregates``), the query layer and
its totals, report figures and task progress, the activity dialog and table, the entry
template and its import, the report workbook's sheets, the PDF annexes and the conflict
view. It lives in ``storage`` because the lowest readers (the day-figure table and its
triggers) are there; it knows nothing of the layers above.

Two kinds of wording:

- ``label`` / ``short`` / ``totals_text``: what the screens say, marked with ``N_`` and
  translated where they are shown (the dialog, checks, the conflict view use ``label``;
  table columns and the figures screen ``short``; the screens' totals line ``totals_text``).
- ``sheet_header``, ``annex_header``, ``entry_header``, ``overall_label``: the exact wording
  of printed documents (report workbook sheets, PDF annexes, the entry template, the
  overall table "Tổng hợp"/annex I). Official documents stay Vietnamese and keep their
  wording, which is why they are separate from the screen's words. Only ``overall_label``
  is also shown on screen, so it alone is marked for translation.

``Totals`` (the count and every sum) is the one value type of summed figures: activities
screen, dashboard, reports, task progress, province lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field, make_dataclass

from nbhr_desktop.base.i18n import N_

INT = "int"
MONEY = "money"  # whole đồng


@dataclass(frozen=True)
class FigureField:
    """One numeric field of an activity, summed in every report."""

    name: str  # the column of ``activity`` and the attribute of ``ActivityInput``
    total: str  # its sum's name: ``Totals``, ``activity_day_figure`` (``TargetMeasure``)
    label: str  # screens: the dialog, checks, the conflict view (N_)
    short: str  # screens: table column, figures screen (N_)
    totals_text: str  # screens: the activities' totals line, "{0}" the value (N_)
    overall_label: str  # the overall table (screen and documents, N_)
    sheet_header: str  # report workbook: "Chi tiết", "Tổng hợp" groupings, "Theo đơn vị"
    annex_header: str  # PDF annexes: grouped tables and the province's units
    entry_header: str = ""  # the entry template's column ("": not in the template)
    kind: str = INT
    maximum: int = 100_000_000  # bounds are 0 … maximum (the dialog's spin box)
    part_of: str = ""  # a figure this one is part of, and may not exceed ("trong đó")
    shown: bool = True  # in the activities table by default (the chooser can change it)
    target: bool = False  # a plan target can count it (its ``total`` is a ``TargetMeasure``)
    # The totals line shows it as a share of the figure it is part of ("nữ 48,5%").
    as_share: bool = False
    # Column widths in the documents (Excel character units; PDF points / 2.835 as the
    # frame's tables take them), as each table printed them before they were described here.
    widths: dict[str, float] = field(default_factory=dict)


FIGURES: tuple[FigureField, ...] = (
    FigureField(
        "participants_total", "attendances", N_("Số lượt người tham dự"), N_("Lượt người"),
        N_("{0} lượt người tham dự"), N_("Lượt người tham dự"), "Lượt người",
        "Lượt người tham dự", entry_header="Số lượt người tham dự",
        target=True,
        widths={"detail": 8, "units": 11, "annex": 22, "units_annex": 19, "entry": 12}),
    FigureField(
        "participants_women", "women", N_("Số nữ"), N_("Nữ"), N_("nữ {0}"),
        N_("Trong đó: lượt nữ"), "Nữ", "Trong đó nữ", entry_header="Trong đó nữ",
        part_of="participants_total", as_share=True,
        widths={"detail": 7, "units": 10, "annex": 20, "units_annex": 17, "entry": 10}),
    FigureField(
        "participants_ethnic", "ethnic", N_("Số người dân tộc thiểu số"), N_("DTTS"),
        N_("{0} người DTTS"), N_("Trong đó: lượt người dân tộc thiểu số"), "DTTS",
        "Người DTTS", entry_header="Trong đó người dân tộc thiểu số",
        part_of="participants_total", shown=False,
        widths={"detail": 7, "units": 10, "annex": 20, "units_annex": 16, "entry": 12}),
    FigureField(
        "products", "products", N_("Số sản phẩm"), N_("Sản phẩm"), N_("{0} sản phẩm"),
        N_("Sản phẩm truyền thông"), "Sản phẩm", "Sản phẩm", entry_header="Số sản phẩm",
        maximum=10_000_000, target=True,
        widths={"detail": 8, "units": 10, "annex": 18, "units_annex": 18, "entry": 10}),
    FigureField(
        "broadcast_minutes", "minutes", N_("Số phút phát sóng"), N_("Phút phát sóng"),
        N_("{0} phút phát sóng"), N_("Thời lượng phát sóng (phút)"), "Phút phát sóng",
        "Phút phát sóng", maximum=10_000_000, shown=False, target=True,
        widths={"detail": 8, "units": 10, "annex": 20, "units_annex": 17}),
    FigureField(
        "cost", "cost", N_("Kinh phí"), N_("Kinh phí (đ)"), N_("kinh phí {0}"),
        N_("Kinh phí thực hiện (đồng)"), "Kinh phí (đồng)", "Kinh phí (đồng)",
        entry_header="Kinh phí (đồng)", kind=MONEY, maximum=999_999_999_999,
        widths={"detail": 14.5, "units": 15, "annex": 30, "units_annex": 26, "entry": 14}),
)
BY_NAME = {f.name: f for f in FIGURES}
BY_TOTAL = {f.total: f for f in FIGURES}
NAMES = tuple(f.name for f in FIGURES)  # activity columns, in order
SUMS = ("activities", *(f.total for f in FIGURES))  # the count first, then each figure's sum
# What a plan target can count: the activities themselves, or a figure's sum.
TARGET_SUMS = ("activities", *(f.total for f in FIGURES if f.target))


def _add(self, other):
    return type(self)(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(), strict=True)))


def _as_tuple(self) -> tuple[int, ...]:
    return tuple(getattr(self, name) for name in SUMS)


def _for_measure(self, measure: str) -> int | None:
    """The sum a plan target's measure counts (``TargetMeasure`` values are sum names), or
    ``None`` for a target entered by hand."""
    return getattr(self, measure) if measure in TARGET_SUMS else None


def _women_share(self) -> float | None:
    return 100.0 * self.women / self.attendances if self.attendances else None


def _count(self) -> int:
    """The activities counted: the activities table's number of rows."""
    return self.activities


# The count and sums of a set of activities: ``Totals(activities, attendances, …)`` in
# ``SUMS`` order. Made from ``FIGURES`` so that a new figure is a new field here too.
Totals = make_dataclass(
    "Totals", [(name, int, field(default=0)) for name in SUMS], frozen=True,
    namespace={"__add__": _add, "as_tuple": _as_tuple, "for_measure": _for_measure,
               "women_share": property(_women_share), "count": property(_count),
               "__module__": __name__})


def totals_of(values) -> Totals:
    """``Totals`` from a row of sums in ``SUMS`` order (``None`` read as 0)."""
    return Totals(*(int(v or 0) for v in values))

