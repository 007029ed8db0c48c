"""Communication plans (kế hoạch): metadata, ordered sections, tasks and their targets."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Column, Date, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nbhr_desktop.storage.models.base import Base, Money, Synced
from nbhr_desktop.storage.models.units import AdminUnit, Agency, CatalogueItem


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SUPERSEDED = "superseded"


class SignerAuthority(StrEnum):
    """How the signer signs (Decree 30): on behalf of the body, for the head, acting…"""

    TM = "TM."  # thay mặt tập thể: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"
    KT = "KT."  # ký thay: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
    Q = "Q."  # quyền
    TL = "TL."  # thừa lệnh
    TUQ = "TUQ."  # thừa ủy quyền


class Plan(Synced, Base):
    __tablename__ = "plan"

    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[int | None] = mapped_column(Integer)  # given by the clerical office
    code: Mapped[str] = mapped_column(String(40), default="KH-UBND")
    parent_body: Mapped[str] = mapped_column(String(200), default="")  # above the issuer, if any
    issuing_body: Mapped[str] = mapped_column(String(200), default="")  # "" = from the unit
    place: Mapped[str] = mapped_column(String(120), default="")  # "" = the unit's place name
    issued_date: Mapped[dt.date | None] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text, default="")
    legal_bases: Mapped[list] = mapped_column(JSON, default=list)  # ["Căn cứ …", …]
    recipients: Mapped[list] = mapped_column(JSON, default=list)  # ["Sở …;", …, "Lưu: VT, VHTT."]
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    signer_title: Mapped[str] = mapped_column(String(200), default="")  # "PHÓ CHỦ TỊCH"
    signer_authority: Mapped[str] = mapped_column(String(8), default=SignerAuthority.KT)
    status: Mapped[str] = mapped_column(String(16), default=PlanStatus.DRAFT, index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    # An issued plan is read-only; changing it makes a new revision pointing at the old one.
    previous_revision_id: Mapped[int | None] = mapped_column(ForeignKey("plan.id"))

    unit: Mapped[AdminUnit] = relationship()
    sections: Mapped[list[PlanSection]] = relationship(
        back_populates="plan", order_by="PlanSection.position", cascade="all, delete-orphan"
    )
    tasks: Mapped[list[PlanTask]] = relationship(
        back_populates="plan", order_by="PlanTask.position", cascade="all, delete-orphan"
    )


class SectionLevel(StrEnum):
    """A block of the plan's body; numbers are computed from the order, never stored."""

    SECTION = "section"  # "I. MỤC ĐÍCH, YÊU CẦU"
    ITEM = "item"  # "1. Mục đích"
    POINT = "point"  # "a) …"
    PARAGRAPH = "paragraph"  # unnumbered body text


class PlanSection(Synced, Base):
    __tablename__ = "plan_section"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    level: Mapped[str] = mapped_column(String(16))  # SectionLevel
    title: Mapped[str] = mapped_column(Text, default="")  # heading (may be empty)
    body: Mapped[str] = mapped_column(Text, default="")  # paragraphs, separated by newlines

    plan: Mapped[Plan] = relationship(back_populates="sections")


plan_task_cooperator = Table(
    "plan_task_cooperator",
    Base.metadata,
    Column("task_id", ForeignKey("plan_task.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agency.id"), primary_key=True),
)


class TimingKind(StrEnum):
    RANGE = "range"  # from timing_start to timing_end
    QUARTER = "quarter"  # "Quý I"
    MONTH = "month"  # "Tháng 3"
    YEAR = "year"  # "Cả năm"
    TEXT = "text"  # free text, e.g. "Thường xuyên"


class PlanTask(Synced, Base):
    """A row of the annex task table."""

    __tablename__ = "plan_task"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)  # nội dung nhiệm vụ
    lead_agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    timing_kind: Mapped[str] = mapped_column(String(16), default=TimingKind.YEAR)
    timing_start: Mapped[dt.date | None] = mapped_column(Date)  # derived for quarter/month/year
    timing_end: Mapped[dt.date | None] = mapped_column(Date)
    timing_text: Mapped[str] = mapped_column(String(200), default="")  # only for TimingKind.TEXT
    product: Mapped[str] = mapped_column(Text, default="")  # sản phẩm
    budget: Mapped[int] = mapped_column(Money, default=0)  # đồng
    note: Mapped[str] = mapped_column(Text, default="")
    form_id: Mapped[int | None] = mapped_column(ForeignKey("catalogue_item.id"))  # usual form

    plan: Mapped[Plan] = relationship(back_populates="tasks")
    lead_agency: Mapped[Agency | None] = relationship(foreign_keys=[lead_agency_id])
    cooperators: Mapped[list[Agency]] = relationship(secondary=plan_task_cooperator)
    form: Mapped[CatalogueItem | None] = relationship()
    targets: Mapped[list[TaskTarget]] = relationship(
        back_populates="task", order_by="TaskTarget.position", cascade="all, delete-orphan"
    )


class TargetMeasure(StrEnum):
    """How a target's result is counted from the activities linked to the task."""

    ACTIVITIES = "activities"  # number of linked activities ("4 tập huấn")
    ATTENDANCES = "attendances"  # sum of participants
    PRODUCTS = "products"  # sum of products (tin, bài, ấn phẩm…)
    BROADCAST_MINUTES = "minutes"  # sum of broadcast minutes
    MANUAL = "manual"  # entered by the officer (e.g. "100 % cán bộ được tập huấn")


class TaskTarget(Synced, Base):
    """A measurable target of a task: indicator, quantity and unit (chỉ tiêu)."""

    __tablename__ = "task_target"

    task_id: Mapped[int] = mapped_column(ForeignKey("plan_task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    indicator: Mapped[str] = mapped_column(Text)  # "Tập huấn cho cán bộ thông tin cơ sở"
    quantity: Mapped[int] = mapped_column(Integer)  # 4 or 100
    unit: Mapped[str] = mapped_column(String(40))  # "lớp", "%", "tin, bài"
    measure: Mapped[str] = mapped_column(String(16), default=TargetMeasure.ACTIVITIES)
    manual_result: Mapped[int | None] = mapped_column(Integer)

    task: Mapped[PlanTask] = relationship(back_populates="targets")
