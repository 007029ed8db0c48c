"""The activities of a period, row by row, for the workbook's *Chi tiết* sheet.

Rows are read in partitions of one ordered query, never all at once, so a period with 100,000
activities streams into the workbook in constant memory. Names (form, commune, task,
agency, funding) are joined in the same query; themes and audiences, which are lists, come
from one query each in the same order, merged with it as they are read. ``activity_values``
gives plain tuples (the workbook's fast path), ``activity_rows`` the same as ``ActivityRow``s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, make_dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from nbhr_desktop.core.reports.scope import in_units
from nbhr_desktop.storage.activity_fields import FIGURES
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


# The figures of a row (``storage.activity_fields``), first in ``ActivityRow``'s fields.
_RowFigures = make_dataclass("_RowFigures", [(f.name, int) for f in FIGURES], frozen=True,
                             slots=True)


@dataclass(frozen=True, slots=True)
class ActivityRow(_RowFigures):
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
    product_note: str
    funding: str
    description: str
    note: str
    # The keys a reader needs to file the row again (the province's import of e-mailed
    # workbooks, ``workbooks.report_import``): codes of the shared catalogues and units,
    # UUIDs of the unit's own plan task and agency.
    unit: str = ""
    unit_code: str = ""
    commune_code: str = ""
    form_code: str = ""
    funding_code: str = ""
    task_uuid: str = ""
    agency_uuid: str = ""
    themes: str = ""
    audiences: str = ""
    theme_codes: str = ""
    audience_codes: str = ""


FIELDS = tuple(ActivityRow.__dataclass_fields__)  # the order of activity_values' tuples
_ID, _START = FIELDS.index("id"), FIELDS.index("start_date")
_TEXTS = {"uuid", "title", "form", "commune", "location", "task", "lead_agency", "product_note",
          "funding", "description", "note", "unit", "unit_code", "commune_code", "form_code",
          "funding_code", "task_uuid", "agency_uuid"}


def _stream(session: Session, statement, page_size: int):
    # The session's own connection, so every query reads the same snapshot (one
    # transaction); plain rows, not the ORM's (no entities to load); read in partitions
    # (a server-side cursor on PostgreSQL), never all at once.
    result = session.connection().execute(
        statement, execution_options={"stream_results": True, "max_row_buffer": page_size})
    for page in result.partitions(page_size):
        yield from page


def _names(session: Session, link, where, page_size: int) -> Iterator[tuple]:
    """(start date, activity id, names joined by "; ", codes joined by ";") for the
    activities that have any, in the activities' own order."""
    rows = _stream(session, select(Activity.start_date, Activity.id, CatalogueItem.sort_order,
                                   CatalogueItem.name, CatalogueItem.code)
                   .select_from(Activity)
                   .join(link, link.c.activity_id == Activity.id)
                   .join(CatalogueItem, CatalogueItem.id == link.c.item_id)
                   .where(where)
                   .order_by(Activity.start_date, Activity.id), page_size)

    def joined(key, names):
        names.sort()
        return (*key, "; ".join(n[1] for n in names), ";".join(n[2] for n in names))

    key, names = None, []
    for start, activity_id, order, name, code in rows:
        if (start, activity_id) != key:
            if names:
                yield joined(key, names)
            key, names = (start, activity_id), []
        names.append((order, name, code))
    if names:
        yield joined(key, names)


class _Merge:
    """Names of the activities, asked for in the order ``_names`` gives them."""

    def __init__(self, names: Iterator[tuple]):
        self._names = names
        self._next = next(names, None)

    def of(self, start: dt.date, activity_id: int) -> tuple[str, str]:
        """(names, codes) of the activity's items; ("", "") when it has none."""
        # Skip names of activities the main query did not give (only possible when the
        # queries see different data, e.g. PostgreSQL between statements).
        key = (start, activity_id)
        while self._next is not None and self._next[:2] < key:
            self._next = next(self._names, None)
        if self._next is not None and self._next[:2] == key:
            return self._next[2:]
        return ("", "")


def activity_values(session: Session, unit_ids: int | tuple[int, ...], start: dt.date,
                    end: dt.date, *, page_size: int = PAGE_SIZE) -> Iterator[tuple]:
    """Every counted activity of the units from ``start`` to ``end``, by start date then id,
    as tuples of the ``ActivityRow`` fields in ``FIELDS`` order (the workbook's fast path:
    no object per row). Missing texts are "", missing numbers 0, a one-day activity has no
    end date (None)."""
    if isinstance(unit_ids, int):
        unit_ids = (unit_ids,)
    form = aliased(CatalogueItem)
    funding = aliased(CatalogueItem)
    commune = aliased(AdminUnit)
    unit = aliased(AdminUnit)
    columns = {
        "id": Activity.id, "uuid": Activity.uuid, "start_date": Activity.start_date,
        "end_date": Activity.end_date, "title": Activity.title, "form": form.name,
        "commune": commune.name, "location": Activity.location, "task": PlanTask.title,
        "lead_agency": Agency.name, "product_note": Activity.product_note,
        **{f.name: getattr(Activity, f.name) for f in FIGURES}, "funding": funding.name,
        "description": Activity.description, "note": Activity.note,
        "unit": unit.name, "unit_code": unit.code, "commune_code": commune.code,
        "form_code": form.code, "funding_code": funding.code, "task_uuid": PlanTask.uuid,
        "agency_uuid": Agency.uuid,
    }
    # Blanks become "" and 0 in the database, so rows need no fixing here.
    selected = [func.coalesce(column, "") if name in _TEXTS
                else column if name in ("id", "start_date", "end_date")
                else func.coalesce(column, 0)
                for name, column in ((name, columns[name]) for name in FIELDS if name in columns)]
    where = in_units(unit_ids, start, end)
    rows = _stream(session, select(*selected)
                   .select_from(Activity)
                   .outerjoin(form, form.id == Activity.form_id)
                   .outerjoin(funding, funding.id == Activity.funding_id)
                   .outerjoin(commune, commune.id == Activity.commune_id)
                   .outerjoin(PlanTask, PlanTask.id == Activity.task_id)
                   .outerjoin(Agency, Agency.id == Activity.lead_agency_id)
                   .outerjoin(unit, unit.id == Activity.unit_id)
                   .where(where)
                   .order_by(Activity.start_date, Activity.id), page_size)
    # Themes and audiences are lists: one query each, in the same order, merged as read
    # (per-page lookups by id cost three times as much on 100,000 activities).
    themes = _Merge(_names(session, activity_theme, where, page_size))
    audiences = _Merge(_names(session, activity_audience, where, page_size))
    for row in rows:
        theme_names, theme_codes = themes.of(row[_START], row[_ID])
        audience_names, audience_codes = audiences.of(row[_START], row[_ID])
        yield (*row, theme_names, audience_names, theme_codes, audience_codes)


def activity_rows(session: Session, unit_ids: int | tuple[int, ...], start: dt.date,
                  end: dt.date, *, page_size: int = PAGE_SIZE) -> Iterator[ActivityRow]:
    """Every counted activity of the units from ``start`` to ``end``, by start date then id."""
    for values in activity_values(session, unit_ids, start, end, page_size=page_size):
        yield ActivityRow(*values)
