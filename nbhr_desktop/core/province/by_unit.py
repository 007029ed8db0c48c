"""The province's figures unit by unit: the "Theo đơn vị" annex and sheet, the dashboard.

One line for the province's own activities (its departments' work), then one per reporting
unit of the period, with nothing left out: a unit that reported nothing has a line of
zeros, and a unit with activities in the period that is not on the period's list (data
dated outside its existence) still gets its line, so the lines always add up to the
report's totals. Each line also says how many of the unit's plan tasks are met (judged as
in the report: ``core.reports.judging``) and, when submissions are given, whether the
unit has sent its data.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.province.submissions import Submissions
from nbhr_desktop.core.province.units import reporting_units
from nbhr_desktop.core.reports.figures import PeriodFigures, Totals
from nbhr_desktop.core.reports.judging import TaskStanding, Verdict
from nbhr_desktop.storage.models import AdminUnit

MET = frozenset({Verdict.MET, Verdict.DONE})


@dataclass(frozen=True)
class UnitLine:
    uuid: str
    code: str
    name: str
    totals: Totals
    tasks_met: int
    tasks_total: int
    status: str = ""  # received, late, missing; "" for the province itself or unknown
    own: bool = False  # the province's own line

    @property
    def tasks_text(self) -> str:
        return f"{self.tasks_met}/{self.tasks_total}" if self.tasks_total else "—"


def _task_counts(tasks: list[TaskStanding]) -> dict[int, tuple[int, int]]:
    counts: dict[int, list[int]] = {}
    for task in tasks:
        met_total = counts.setdefault(task.unit_id, [0, 0])
        met_total[0] += task.verdict in MET
        met_total[1] += 1
    return {unit_id: (met, total) for unit_id, (met, total) in counts.items()}


def unit_lines(session: Session, figures: PeriodFigures, province_id: int,
               submissions: Submissions | None = None) -> list[UnitLine]:
    """The province's line first, then the period's reporting units in official order."""
    period = figures.period
    by_uuid = {group.key: group.totals for group in figures.by_unit}
    tasks = _task_counts(figures.tasks)
    statuses = {row.unit.id: row.status for row in submissions.rows} if submissions else {}
    province = session.get(AdminUnit, province_id)
    lines = [UnitLine(province.uuid, province.code,
                      _("UBND {name} (các sở, ban, ngành)").format(
                          name=province.name[:1].lower() + province.name[1:]),
                      by_uuid.pop(province.uuid, Totals()), *tasks.get(province.id, (0, 0)),
                      own=True)]
    for unit in reporting_units(session, period.start, period.end):
        lines.append(UnitLine(unit.uuid, unit.code, unit.name, by_uuid.pop(unit.uuid, Totals()),
                              *tasks.get(unit.id, (0, 0)), status=statuses.get(unit.id, "")))
    if by_uuid:  # activities of units outside the period's list: still counted, still shown
        extra = session.execute(select(AdminUnit.uuid, AdminUnit.code, AdminUnit.name,
                                       AdminUnit.id).where(AdminUnit.uuid.in_(list(by_uuid))))
        for uuid, code, name, unit_id in extra:
            lines.append(UnitLine(uuid, code, name, by_uuid[uuid], *tasks.get(unit_id, (0, 0))))
    return lines


def lines_total(lines: list[UnitLine]) -> Totals:
    total = Totals()
    for line in lines:
        total = total + line.totals
    return total


def own_figures(figures: PeriodFigures, province_id: int) -> PeriodFigures:
    """The figures with only the province's own plan tasks (its narrative and task annex:
    the units' tasks are counted per unit in the "Theo đơn vị" table instead)."""
    own = [replace(task, number=index) for index, task in enumerate(
        (t for t in figures.tasks if t.unit_id == province_id), start=1)]
    return replace(figures, tasks=own)
