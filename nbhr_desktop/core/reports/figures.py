"""The figures of a period, counted in the database.

``scope_figures(session, scope)`` returns everything a results report, its workbook and
the reports screen show for a ``ReportScope`` (units, period, report date): totals, the
totals from the year's start (lũy kế), the same sums grouped by form, month, quarter,
commune, audience, theme and funding source, the plan's tasks judged as of the period
(``judging.py``), the same period a year earlier, and how many activities dated after the
report's date were left out. ``period_figures(session, unit_id, start, end)`` is the same
for one unit and a span of days (the dashboard). Every number is a sum of the log's figures
per unit, day and item (``day_sums``, over ``activity_day_figure``, which the database keeps
equal to the log), so a year of 400,000 activities is counted from a few thousand summed
rows, in tens of milliseconds; the few ids are named afterwards.

Months follow the period's basis: on the Decree 09 cut-off basis the 15th and later of a
month count in the next month (``periods.report_month``).

An activity belongs to a period by its start date. Deleted activities (tombstones) never
count. An activity with several audiences or themes counts once under each of them, so
those tables may add up to more than the total; the totals row always comes from the
activities themselves.

``PeriodFigures.fingerprint()`` is the SHA-256 of the figures: the workbook prints it, and a
submitted report keeps it to tell when later changes have made the report out of date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.reports import day_sums
from nbhr_desktop.core.reports.judging import TaskStanding, judge_tasks, plans_for_scope
from nbhr_desktop.core.reports.periods import Period, custom_period, report_month
from nbhr_desktop.core.reports.scope import ReportScope, excluded_count, in_units
from nbhr_desktop.core.vnformat import roman
from nbhr_desktop.storage.activity_fields import FIGURES, SUMS, Totals, totals_of
from nbhr_desktop.storage.models import AdminUnit, CatalogueItem, Plan, PlanStatus

# The sums every grouping carries, in this order (also the order of the SQL columns).
MEASURES = SUMS
# The sums the fingerprint held when reports were first submitted, and those of a task
# (which never had "ethnic"). A figure described later joins a fingerprint only where it
# is not 0, so the reports submitted before it existed keep their fingerprint (they would
# all read as changed otherwise) while any change to the new figure still shows.
_FINGERPRINTED = ("activities", "attendances", "women", "ethnic", "products", "minutes", "cost")
_TASK_FINGERPRINTED = ("activities", "attendances", "women", "products", "minutes", "cost")
_LATER = tuple(m for m in SUMS if m not in _FINGERPRINTED)


def _fingerprint_values(totals: Totals) -> list[int]:
    later = [getattr(totals, m) for m in _LATER]
    return [getattr(totals, m) for m in _FINGERPRINTED] + (later if any(later) else [])


def _fingerprint_task(totals: Totals) -> dict[str, int]:
    data = {m: getattr(totals, m) for m in _TASK_FINGERPRINTED}
    data.update({m: getattr(totals, m) for m in _LATER if getattr(totals, m)})
    return data


@dataclass(frozen=True)
class Group:
    """One row of a grouped table: a form, commune, month…; ``key`` is stable (code/uuid)."""

    key: str
    name: str
    totals: Totals


@dataclass
class PeriodFigures:
    unit_id: int
    start: dt.date
    end: dt.date
    totals: Totals
    by_form: list[Group]
    by_month: list[Group]  # key "2025-10", name "Tháng 10/2025"
    by_quarter: list[Group]  # key "2025-Q4", name "Quý IV/2025"
    by_form_month: dict[str, dict[str, Totals]]  # form key -> month key -> totals
    by_commune: list[Group]
    by_audience: list[Group]
    by_theme: list[Group]
    by_funding: list[Group]
    tasks: list[TaskStanding] = field(default_factory=list)
    plan_ids: list[int] = field(default_factory=list)
    # Per unit, when the scope has several (the province's report): key the unit's UUID.
    by_unit: list[Group] = field(default_factory=list)
    year_earlier: PeriodFigures | None = None
    scope: ReportScope | None = None
    year_to_date: Totals | None = None  # from the year's start, when the period starts later
    excluded: int = 0  # activities of the period dated after the report's date

    @property
    def period(self) -> Period:
        return self.scope.period if self.scope else custom_period(self.start, self.end)

    @property
    def has_comparison(self) -> bool:
        """A year earlier to compare with: anything recorded then (else the columns go)."""
        return self.year_earlier is not None and self.year_earlier.totals.activities > 0

    def canonical(self) -> dict:
        """The figures as plain data, in a fixed order (fingerprint, exports, tests)."""
        def groups(rows: list[Group]) -> list:
            return [[g.key, g.name, _fingerprint_values(g.totals)] for g in rows]

        return {
            "unit_id": self.unit_id,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "totals": _fingerprint_values(self.totals),
            "by_form": groups(self.by_form),
            "by_month": groups(self.by_month),
            "by_commune": groups(self.by_commune),
            "by_audience": groups(self.by_audience),
            "by_theme": groups(self.by_theme),
            "by_funding": groups(self.by_funding),
            # Only a consolidated report has it: a unit's figures keep their fingerprint.
            **({"by_unit": groups(self.by_unit)} if self.by_unit else {}),
            "tasks": [self._task_data(t) for t in self.tasks],
            # Only quarter-like periods print a cumulative column: a year's data keeps the
            # shape it had before cumulative figures existed (same fingerprint).
            **({"year_to_date": _fingerprint_values(self.year_to_date)}
               if self.year_to_date is not None else {}),
        }

    def _task_data(self, task: TaskStanding) -> dict:
        data = {"uuid": task.task_uuid, "title": task.title,
                "figures": _fingerprint_task(task.in_period),
                "targets": [[x.indicator, x.quantity, x.unit, x.measure,
                             x.in_period if x.in_period is not None else (x.result or 0)]
                            for x in task.targets]}
        if self.year_to_date is not None:
            data["year_to_date"] = _fingerprint_task(task.year_to_date)
        return data

    def fingerprint(self) -> str:
        """SHA-256 of this period's figures (the year-earlier comparison is not part of it)."""
        text = json.dumps(self.canonical(), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()




@dataclass(frozen=True)
class _Span:
    """Whose activities over which days: what every sum below is taken over."""

    unit_ids: tuple[int, ...]
    start: dt.date
    end: dt.date


def _span(scope: ReportScope, start: dt.date | None = None) -> _Span:
    return _Span(tuple(scope.unit_ids), start or scope.period.start, scope.counted_end)


def in_period(unit_id: int, start: dt.date, end: dt.date) -> ColumnElement[bool]:
    """The activities a report of ``unit_id`` for ``start``–``end`` counts."""
    return in_units((unit_id,), start, end)


def _span_totals(session: Session, span: _Span) -> Totals:
    return totals_of(day_sums.totals(session, span.unit_ids, span.start, span.end))


def _sum_by(session: Session, span: _Span, dimension: str, *, people_only: bool = False
            ) -> dict:
    """id → totals of the activities, grouped by one grouping (form, commune, audience…).
    ``people_only``: the count and attendances alone (the other sums stay 0)."""
    measures = day_sums.PEOPLE if people_only else len(MEASURES)
    return {key: totals_of(values) for key, values in day_sums.by_item(
        session, dimension, span.unit_ids, span.start, span.end, measures=measures).items()}


def _named(sums: dict, names: dict, none_name: str) -> list[Group]:
    """Groups from ``sums`` (id → totals) and ``names`` (id → (key, name, order)): ids that
    name the same thing are one group, ordered by ``order`` then name; no id comes last."""
    merged: dict[tuple, Totals] = {}
    for item_id, totals in sums.items():
        key = names.get(item_id, (None, None, None)) if item_id is not None else (
            None, None, None)
        merged[key] = merged.get(key, Totals()) + totals
    ordered = sorted(merged.items(), key=lambda pair: (
        pair[0][2] is None, pair[0][2] if pair[0][2] is not None else 0, pair[0][1] or ""))
    return [Group(key or "", name or none_name, totals)
            for (key, name, _order), totals in ordered]


def _item_names(session: Session, ids) -> dict:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    return {row.id: (row.code, row.name, row.sort_order) for row in session.execute(select(
        CatalogueItem.id, CatalogueItem.code, CatalogueItem.name, CatalogueItem.sort_order)
        .where(CatalogueItem.id.in_(ids)))}


def _by_catalogue(session: Session, span: _Span, dimension: str) -> list[Group]:
    # Audiences and themes too: an activity counts once under each of its items (none ->
    # "Chưa xác định"), so those tables may add up to more than the total.
    sums = _sum_by(session, span, dimension)
    return _named(sums, _item_names(session, sums), _("Chưa xác định"))


def _units(session: Session, ids) -> dict:
    ids = [i for i in ids if i is not None]
    if not ids:
        return {}
    return {row.id: row for row in session.execute(select(
        AdminUnit.id, AdminUnit.uuid, AdminUnit.code, AdminUnit.name, AdminUnit.level,
        AdminUnit.valid_from).where(AdminUnit.id.in_(ids)))}


def _by_commune(session: Session, span: _Span) -> list[Group]:
    sums = _sum_by(session, span, "commune")
    names = {i: (row.code, row.name, row.name) for i, row in _units(session, sums).items()}
    return _named(sums, names, _("Cấp huyện (không riêng xã nào)"))


LEVEL_ORDER = {"province": 0, "district": 1, "commune": 2}


def _by_unit(session: Session, span: _Span) -> list[Group]:
    """Per unit (the province's report), in the order of the official lists."""
    sums = {unit: totals_of(values) for unit, values in day_sums.by_unit(
        session, span.unit_ids, span.start, span.end).items()}
    units = _units(session, sums)
    ordered = sorted(sums, key=lambda i: (LEVEL_ORDER.get(units[i].level, 3), units[i].code,
                                          units[i].valid_from or dt.date.min))
    return [Group(units[i].uuid, units[i].name, sums[i]) for i in ordered]


def _by_quarter(months: list[Group]) -> list[Group]:
    merged: dict[str, tuple[str, Totals]] = {}
    for group in months:
        year, month = (int(p) for p in group.key.split("-"))
        q = (month - 1) // 3 + 1
        key = f"{year}-Q{q}"
        name = _("Quý {q}/{year}").format(q=roman(q), year=year)
        previous = merged.get(key, (name, Totals()))[1]
        merged[key] = (name, previous + group.totals)
    return [Group(key, name, totals) for key, (name, totals) in merged.items()]


def _by_form_month(session: Session, span: _Span, basis: str) -> dict[str, dict[str, Totals]]:
    """form code → report month ("2025-10") → totals. Grouped by form and day in the
    database (a few thousand groups a year, no date arithmetic per row), then by month
    here (``report_month``: on the cut-off basis the 15th on belongs to the next month)."""
    rows = day_sums.by_item_and_day(session, "form", span.unit_ids, span.start, span.end)
    codes = {i: names[0] for i, names in _item_names(session, {r[0] for r in rows}).items()}
    months: dict[dt.date, str] = {}
    table: dict[str, dict[str, Totals]] = {}
    for form_id, day, *values in rows:
        key = months.get(day)
        if key is None:
            year, month = report_month(day, basis)
            key = months[day] = f"{year:04d}-{month:02d}"
        per_month = table.setdefault(codes.get(form_id) or "", {})
        per_month[key] = per_month.get(key, Totals()) + totals_of(values)
    return table


def plans_in_effect(session: Session, unit_id: int, start: dt.date, end: dt.date) -> list[Plan]:
    """The unit's current plans whose period overlaps ``start``–``end`` (oldest first)."""
    return list(session.scalars(
        select(Plan).where(
            Plan.unit_id == unit_id, Plan.deleted.is_(False),
            Plan.status != PlanStatus.SUPERSEDED,
            Plan.period_start <= end, Plan.period_end >= start,
        ).order_by(Plan.period_start, Plan.id)
    ))


def _months_of(by_form_month: dict[str, dict[str, Totals]]) -> list[Group]:
    """The months' totals, summed over the forms (one query less than grouping again)."""
    months: dict[str, Totals] = {}
    for per_month in by_form_month.values():
        for key, totals in per_month.items():
            months[key] = months.get(key, Totals()) + totals
    return [Group(key, _("Tháng {month}/{year}").format(month=int(key[5:]), year=int(key[:4])),
                  months[key]) for key in sorted(months)]


def scope_figures(session: Session, scope: ReportScope, *, with_year_earlier: bool = True,
                  with_tasks: bool = True, totals_only: bool = False) -> PeriodFigures:
    """All the figures of the scope's activities that start within its counted span.

    The same period a year earlier is counted for its totals only (``totals_only``): the
    comparison columns and sentences use nothing else."""
    span = _span(scope)
    basis = scope.period.basis
    totals = _span_totals(session, span)
    if totals_only:  # the same period a year earlier: only its totals are ever shown
        return PeriodFigures(unit_id=scope.unit_ids[0], start=scope.period.start,
                             end=scope.counted_end, totals=totals, by_form=[], by_month=[],
                             by_quarter=[], by_form_month={}, by_commune=[], by_audience=[],
                             by_theme=[], by_funding=[], scope=scope)
    by_form_month = _by_form_month(session, span, basis)
    months = _months_of(by_form_month)
    plans = plans_for_scope(session, scope) if with_tasks else []
    figures = PeriodFigures(
        unit_id=scope.unit_ids[0], start=scope.period.start, end=scope.counted_end,
        totals=totals,
        by_form=_by_catalogue(session, span, "form"),
        by_month=months,
        by_quarter=_by_quarter(months),
        by_form_month=by_form_month,
        by_commune=_by_commune(session, span),
        by_audience=_by_catalogue(session, span, "audience"),
        by_theme=_by_catalogue(session, span, "theme"),
        by_funding=_by_catalogue(session, span, "funding"),
        tasks=judge_tasks(session, scope, plans) if with_tasks else [],
        plan_ids=[p.id for p in plans], scope=scope,
        excluded=excluded_count(session, scope),
        by_unit=_by_unit(session, span) if len(scope.unit_ids) > 1 else [],
    )
    if scope.period.has_year_to_date:
        figures.year_to_date = _span_totals(session, _span(scope, scope.period.year_start))
    if with_year_earlier:
        figures.year_earlier = scope_figures(session, scope.year_earlier(),
                                             with_year_earlier=False, with_tasks=False,
                                             totals_only=True)
    return figures


def _forms_of(session: Session, by_form_month: dict[str, dict[str, Totals]]) -> list[Group]:
    """The forms' totals, summed over the months, named and ordered like ``_by_catalogue``
    (a form is known here by its code, which the form-month table keeps)."""
    sums = {}
    for code, per_month in by_form_month.items():
        total = Totals()
        for totals in per_month.values():
            total = total + totals
        sums[code or None] = total
    rows = session.execute(select(CatalogueItem.code, CatalogueItem.name,
                                  CatalogueItem.sort_order).where(
        CatalogueItem.catalogue == "form", CatalogueItem.code.in_([c for c in sums if c])))
    names = {code: (code, name, order) for code, name, order in rows}
    return _named(sums, names, _("Chưa xác định"))


def overview_figures(session: Session, scope: ReportScope) -> PeriodFigures:
    """What a dashboard shows, and only that: totals, by month, by form, by unit when there
    are several, by audience (its activities and attendances only: the chart's measure),
    and the same period a year earlier (totals). The province's dashboard opens on a year
    of 120,000 activities: about a third of the work of a full report."""
    span = _span(scope)
    totals = _span_totals(session, span)
    by_form_month = _by_form_month(session, span, scope.period.basis)
    months = _months_of(by_form_month)
    audiences = _sum_by(session, span, "audience", people_only=True)
    figures = PeriodFigures(
        unit_id=scope.unit_ids[0], start=scope.period.start, end=scope.counted_end,
        totals=totals, by_form=_forms_of(session, by_form_month), by_month=months,
        by_quarter=_by_quarter(months), by_form_month=by_form_month, by_commune=[],
        by_audience=_named(audiences, _item_names(session, audiences), _("Chưa xác định")),
        by_theme=[], by_funding=[], scope=scope,
        by_unit=_by_unit(session, span) if len(scope.unit_ids) > 1 else [])
    figures.year_earlier = scope_figures(session, scope.year_earlier(), with_year_earlier=False,
                                         with_tasks=False, totals_only=True)
    return figures


def period_figures(session: Session, unit_id: int, start: dt.date, end: dt.date, *,
                   with_year_earlier: bool = True) -> PeriodFigures:
    """The figures of one unit for ``start``–``end`` (a standard period when it is one)."""
    scope = ReportScope((unit_id,), custom_period(start, end))
    return scope_figures(session, scope, with_year_earlier=with_year_earlier)


@dataclass(frozen=True)
class OverallRow:
    """A row of the overall table (PDF annex I, the workbook's "Tổng hợp", the screen)."""

    measure: str  # a ``Totals`` field
    label: str
    number: str  # "1", "2"…; "" for a "Trong đó" row, which is part of the row above


def overall_rows() -> list[OverallRow]:
    """The count, then each figure (``storage.activity_fields``); a figure that is part of
    another ("trong đó") is unnumbered."""
    rows, count = [], 0
    # Each figure, its parts right under it (a part described later still goes there).
    ordered = [part for whole in FIGURES if not whole.part_of
               for part in (whole, *(f for f in FIGURES if f.part_of == whole.name))]
    for measure, label, part_of_above in (
            ("activities", _("Số hoạt động truyền thông"), False),
            *((f.total, _(f.overall_label), bool(f.part_of)) for f in ordered)):
        if not part_of_above:
            count += 1
        rows.append(OverallRow(measure, label, "" if part_of_above else str(count)))
    return rows


def signed(value: int) -> str:
    """A change written with its sign: "+12", "-3", "0" (thousands with dots)."""
    from nbhr_desktop.core.vnformat import number

    return ("+" if value > 0 else "-" if value < 0 else "") + number(abs(value))


def change_percent(now: int, before: int) -> float | None:
    """Growth against the year before in %, or None when there was nothing to compare."""
    if not before:
        return None
    return 100.0 * (now - before) / before

