"""What the province sends down to its units: report due dates and the plan template.

Both are owned by the province (``owner_unit_code`` "37") and travel in its packages like
the catalogues; a unit stores them as received and never edits them (SYNC.md, ownership).
Their UUIDs are derived from their key (the period, the year), so two province PCs that
set the same period's due date make one record with two versions, never two records.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nbhr_desktop.storage.models.base import Base, Synced


class ReportDeadline(Synced, Base):
    """The day units must send their data for a reporting period (hạn gửi báo cáo).

    ``period_key`` is the period without its basis ("2026-Q1", "2026-H1", "2026"): the
    calendar and the Decree 09 cut-off reports of one quarter share a deadline. Without a
    record the deadline is the cut-off end plus five days (``core.province.deadlines``).
    """

    __tablename__ = "report_deadline"

    period_key: Mapped[str] = mapped_column(String(40), index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class PlanTemplate(Synced, Base):
    """A plan template the province sends for a year: the data of
    ``resources/templates/plan_template.json`` (sections, tasks, targets), checked by
    ``core.plans.template.template_problems`` before it is stored or used."""

    __tablename__ = "plan_template"

    year: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    data: Mapped[dict] = mapped_column(JSON, default=dict)
