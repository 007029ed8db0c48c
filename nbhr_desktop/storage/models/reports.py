"""Results reports (báo cáo kết quả) sent upward."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nbhr_desktop.storage.models.base import Base, Synced
from nbhr_desktop.storage.models.units import AdminUnit


class ReportStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # locks the period: later changes to its activities are flagged


class ResultsReport(Synced, Base):
    __tablename__ = "results_report"

    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id"), index=True)
    # "2025-Q4", "2025", "2025-01-01:2025-06-30"
    period_key: Mapped[str] = mapped_column(String(40))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[int | None] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40), default="BC-UBND")
    issued_date: Mapped[dt.date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(120), default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    addressees: Mapped[list] = mapped_column(JSON, default=list)  # Kính gửi
    recipients: Mapped[list] = mapped_column(JSON, default=list)  # Nơi nhận, "- Như trên;" first
    # Narrative sections keyed "leadership", "results", "assessment", "direction",
    # "recommendations"; each pre-filled from the figures, then edited by the officer.
    narrative: Mapped[dict] = mapped_column(JSON, default=dict)
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signer_authority: Mapped[str] = mapped_column(String(8), default="KT.")
    status: Mapped[str] = mapped_column(String(16), default=ReportStatus.DRAFT, index=True)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # SHA-256 of the figures at submission; a different value now means "out of date".
    figures_fingerprint: Mapped[str] = mapped_column(String(64), default="")

    unit: Mapped[AdminUnit] = relationship()
