"""Activities carried out (hoạt động) and their evidence files."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nbhr_desktop.storage.models.base import Base, Money, Synced
from nbhr_desktop.storage.models.plans import PlanTask
from nbhr_desktop.storage.models.units import AdminUnit, Agency, CatalogueItem
from nbhr_desktop.storage.search_key import search_key

activity_theme = Table(
    "activity_theme",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("catalogue_item.id"), primary_key=True, index=True),
)

activity_audience = Table(
    "activity_audience",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("item_id", ForeignKey("catalogue_item.id"), primary_key=True, index=True),
)


# PostgreSQL gets these three empty (``WHERE false``, revision 0007): there
# ``ix_activity_browse`` (same leading columns) and ``ix_activity_recent`` (date first)
# serve every query they could, and no query tests ``deleted`` through an index; each one
# kept would cost every bulk write (a 50,000-activity import spends most of its server
# time updating the activity table's indexes). SQLite keeps them: its planner uses them.
_NOT_ON_POSTGRESQL = {"postgresql_where": text("false")}


class Activity(Synced, Base):
    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_unit_start", "unit_id", "deleted", "start_date",
              **_NOT_ON_POSTGRESQL),
        Index("ix_activity_start_date", "start_date", **_NOT_ON_POSTGRESQL),
        Index("ix_activity_deleted", "deleted", **_NOT_ON_POSTGRESQL),
    )

    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id"))  # the owning district
    start_date: Mapped[dt.date] = mapped_column(Date)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # indexed above
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # None: a one-day activity
    form_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"), index=True)
    commune_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("plan_task.id"), index=True)
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(300), default="")
    participants_total: Mapped[int] = mapped_column(Integer, default=0)  # lượt người tham dự
    participants_women: Mapped[int] = mapped_column(Integer, default=0)
    participants_ethnic: Mapped[int] = mapped_column(Integer, default=0)  # dân tộc thiểu số
    products: Mapped[int] = mapped_column(Integer, default=0)  # số sản phẩm (tin, bài, ấn phẩm…)
    product_note: Mapped[str] = mapped_column(Text, default="")  # what the products are
    broadcast_minutes: Mapped[int] = mapped_column(Integer, default=0)
    cost: Mapped[int] = mapped_column(Money, default=0)  # đồng
    funding_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # The folded words of title and description, each between spaces (storage.search_key):
    # search ignores diacritics and case inside the database ("tap huan" finds "Tập huấn")
    # and matches the beginnings of words, on SQLite and PostgreSQL alike.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Set when the activity's content came from a row of a data-entry workbook: the save
    # time the workbook itself records (docProps) and a hash of what the row said. They
    # travel with the record, so every installation can tell a newer correction of the row
    # from an older copy of the workbook, and a row nobody touched since from an edited one.
    entry_saved_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    entry_row_hash: Mapped[str | None] = mapped_column(String(64))

    unit: Mapped[AdminUnit] = relationship(foreign_keys=[unit_id])
    commune: Mapped[AdminUnit | None] = relationship(foreign_keys=[commune_id])
    form: Mapped[CatalogueItem | None] = relationship(foreign_keys=[form_id])
    funding: Mapped[CatalogueItem | None] = relationship(foreign_keys=[funding_id])
    task: Mapped[PlanTask | None] = relationship()
    lead_agency: Mapped[Agency | None] = relationship()
    themes: Mapped[list[CatalogueItem]] = relationship(secondary=activity_theme)
    audiences: Mapped[list[CatalogueItem]] = relationship(secondary=activity_audience)
    evidence: Mapped[list[EvidenceFile]] = relationship(
        back_populates="activity", cascade="all, delete-orphan"
    )


class EvidenceFile(Synced, Base):
    """A photo, scan or attendance list, stored in the data folder under its SHA-256."""

    __tablename__ = "evidence_file"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activity.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(300))  # the name the user gave it
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="")

    activity: Mapped[Activity] = relationship(back_populates="evidence")


@event.listens_for(Activity, "before_insert")
@event.listens_for(Activity, "before_update")
def _keep_search_text(_mapper, _connection, activity: Activity) -> None:
    # ORM writes keep search_text current; bulk Core inserts must call activity_search_text.
    activity.search_text = activity_search_text(activity.title, activity.description)


def activity_search_text(title: str | None, description: str | None) -> str:
    return search_key(title, description)
