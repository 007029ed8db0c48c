"""The activities of a period, row by row, for the workbook's *Chi tiết* sheet.

Rows are read in partitions of one ordered query, never all at once, so a period with 50,000
activities streams into the workbook in constant memory. Names (form, commune, task,
agency, funding) are joined in the same query; themes and audiences, which are lists, are
read once per page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from nbhr_desktop.core.reports.scope import in_units
from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    CatalogueItem,
    PlanTask,
    activity_audience,
    activity_theme,
)

PAGE_SIZE = 2000


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    uuid: str
    start_date: dt.date
    end_date: dt.date | None
    title: str
    form: str
    commune: str
    location: str
    task: str
    lead_agency: str
    participants_total: int
    participants_women: int
    participants_ethnic: int
    products: int
    product_note: str
    broadcast_minutes: int
    cost: int
    funding: str
    description: str
    note: str
    themes: str = ""
    audiences: str = ""


def _names(session: Session, link, ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(link.c.activity_id, CatalogueItem.name)
        .join(CatalogueItem, CatalogueItem.id == link.c.item_id)
        .where(link.c.activity_id.in_(ids))
        .order_by(link.c.activity_id, CatalogueItem.sort_order, CatalogueItem.name))
    found: dict[int, list[str]] = {}
    for activity_id, name in rows:
        found.setdefault(activity_id, []).append(name)
    return {key: "; ".join(names) for key, names in found.items()}


def activity_rows(session: Session, unit_ids: int | tuple[int, ...], start: dt.date,
                  end: dt.date, *, page_size: int = PAGE_SIZE) -> Iterator[ActivityRow]:
    """Every counted activity of the units from ``start`` to ``end``, by start date then id."""
    if isinstance(unit_ids, int):
        unit_ids = (unit_ids,)
    form = aliased(CatalogueItem)
    funding = aliased(CatalogueItem)
    commune = aliased(AdminUnit)
    base = (
        select(
            Activity.id, Activity.uuid, Activity.start_date, Activity.end_date, Activity.title,
            form.name, commune.name, Activity.location, PlanTask.title, Agency.name,
            Activity.participants_total, Activity.participants_women,
            Activity.participants_ethnic, Activity.products, Activity.product_note,
            Activity.broadcast_minutes, Activity.cost, funding.name, Activity.description,
            Activity.note,
        )
        .select_from(Activity)
        .outerjoin(form, form.id == Activity.form_id)
        .outerjoin(funding, funding.id == Activity.funding_id)
        .outerjoin(commune, commune.id == Activity.commune_id)
        .outerjoin(PlanTask, PlanTask.id == Activity.task_id)
        .outerjoin(Agency, Agency.id == Activity.lead_agency_id)
        .where(in_units(unit_ids, start, end))
        .order_by(Activity.start_date, Activity.id)
    )
    # One ordered query read in partitions (a server-side cursor on PostgreSQL): paging by
    # key with OR conditions made SQLite re-sort the period for every page.
    result = session.execute(base, execution_options={"yield_per": page_size})
    for page in result.partitions():
        ids = [row[0] for row in page]
        themes = _names(session, activity_theme, ids)
        audiences = _names(session, activity_audience, ids)
        for row in page:
            values = [v if v is not None else "" for v in row]
            values[3] = row[3]  # end_date stays None when the activity lasted one day
            for index in (10, 11, 12, 13, 15, 16):
                values[index] = int(row[index] or 0)
            yield ActivityRow(*values, themes=themes.get(row[0], ""),
                              audiences=audiences.get(row[0], ""))
