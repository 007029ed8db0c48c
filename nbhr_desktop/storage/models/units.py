"""Administrative units, agencies, catalogues and this installation."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nbhr_desktop.storage.models.base import Base, Synced, utcnow


class UnitLevel(StrEnum):
    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


class AdminUnit(Synced, Base):
    """A province, district-level or commune-level unit, valid for a span of dates.

    Names change over time (DOCUMENT-FORMAT.md, "Units change over time"): a document uses
    the unit as it was on the document's date, so merged or renamed units are kept with
    ``valid_to`` set and their successor pointed at, never overwritten. A code alone does
    not name a unit (374 is huyện Hoa Lư until 2024 and TP Hoa Lư in 2025): code *and*
    validity do.

    ``successor_id`` is the one unit that took the whole of this one (a merge, a rename);
    ``successors`` lists every unit that took it or part of it on the day after
    ``valid_to``, as ``{"uuid", "code", "share"}`` with share "whole", "part" or
    "remaining part" (a district went into several communes; one old commune was split).
    """

    __tablename__ = "admin_unit"

    code: Mapped[str] = mapped_column(String(16), index=True)  # official code, e.g. "376"
    name: Mapped[str] = mapped_column(String(200))  # "Huyện Kim Sơn"
    short_name: Mapped[str] = mapped_column(String(120))  # "Kim Sơn"
    kind: Mapped[str] = mapped_column(String(40))  # "tỉnh", "huyện", "thành phố", "xã", ...
    level: Mapped[str] = mapped_column(String(16))  # UnitLevel
    place_name: Mapped[str] = mapped_column(String(120))  # in the date line: "Kim Sơn"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id"), index=True)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id"))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    successors: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")

    parent: Mapped[AdminUnit | None] = relationship(
        remote_side="AdminUnit.id", foreign_keys=[parent_id]
    )

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def __repr__(self) -> str:
        return f"<AdminUnit {self.code} {self.name}>"


class AgencyKind(StrEnum):
    OFFICE = "office"  # phòng, ban, trung tâm của UBND
    MASS_ORGANISATION = "mass_org"  # MTTQ, Đoàn, Hội
    COMMUNE = "commune"  # UBND xã, thị trấn
    OTHER = "other"


class Agency(Synced, Base):
    """An agency that leads or co-operates on tasks: "Phòng Văn hóa và Thông tin".

    Agencies come and go with reforms (Công an huyện and Phòng Lao động - Thương binh và
    Xã hội ceased on 01/03/2025): ``valid_from`` / ``valid_to`` say when the name may be
    printed; ``active`` is the user's own switch.
    """

    __tablename__ = "agency"

    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    short_code: Mapped[str] = mapped_column(String(20), default="")  # "VHTT", for "Lưu: VT, VHTT."
    kind: Mapped[str] = mapped_column(String(16), default=AgencyKind.OFFICE)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)

    unit: Mapped[AdminUnit | None] = relationship()

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


class Catalogue(StrEnum):
    FORM = "form"  # hình thức truyền thông
    THEME = "theme"  # chủ đề
    AUDIENCE = "audience"  # đối tượng
    FUNDING = "funding"  # nguồn kinh phí
    # Texts printed on documents, valid for a span of dates (TIME-AND-PROVINCE.md):
    LEGAL_BASIS = "legal_basis"  # "Căn cứ …": a law, decree or decision
    IMPLEMENTS = "implements"  # "Thực hiện …": a letter or a higher level's plan
    PLAN_RECIPIENT = "plan_recipient"  # a plan's "Nơi nhận"
    REPORT_RECIPIENT = "report_recipient"  # a report's "Nơi nhận" (after "Như trên;")
    ADDRESSEE = "addressee"  # a report's "Kính gửi"


# The catalogues of texts printed on documents (the others are forms, themes, audiences,
# funding sources).
TEXT_CATALOGUES = (Catalogue.LEGAL_BASIS, Catalogue.IMPLEMENTS, Catalogue.PLAN_RECIPIENT,
                   Catalogue.REPORT_RECIPIENT, Catalogue.ADDRESSEE)


class CatalogueItem(Synced, Base):
    """An entry of the forms, themes, audiences or funding-sources catalogue, or a text
    printed on documents (legal basis, recipient, addressee…).

    Seeded from DOMAIN.md (letter 524/UBND-VP9), owned by the province, editable by users.
    ``valid_from`` / ``valid_to`` bound the dates a text may be printed on; ``scope`` names
    the unit levels it is for ("district", "commune", "province", comma-separated; empty:
    every level).
    """

    __tablename__ = "catalogue_item"

    catalogue: Mapped[str] = mapped_column(String(16), index=True)  # Catalogue
    code: Mapped[str] = mapped_column(String(40))  # stable key, e.g. "tap_huan"
    name: Mapped[str] = mapped_column(String(300))
    product_unit: Mapped[str] = mapped_column(String(40), default="")  # "lớp", "tin, bài", "buổi"
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(40), default="", server_default="")

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)

    def applies_to(self, level: str) -> bool:
        return not self.scope or level in self.scope.split(",")


class Role(StrEnum):
    DISTRICT = "district"  # a reporting unit: a district until 30/06/2025, a commune after
    PROVINCE = "province"


class Installation(Base):
    """This installation: which unit it serves, its role and officer. One row per database.

    Not synced: each PC that shares a database (e.g. on PostgreSQL) is the same installation.
    """

    __tablename__ = "installation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installation_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("admin_unit.id"))
    role: Mapped[str] = mapped_column(String(16))  # Role
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The shipped catalogue (units, texts, agencies) this database was last brought up to.
    catalogue_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Units this installation served before a hand-over, oldest first: {"unit_id", "code",
    # "name", "until", "package"}. Their records stay here, readable, as they were.
    history: Mapped[list] = mapped_column(JSON, default=list, server_default="[]")

    unit: Mapped[AdminUnit] = relationship()
