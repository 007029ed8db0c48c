"""Administrative units, agencies, catalogues and this installation."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
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
    ``valid_to`` set and their successor pointed at, never overwritten.
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
    """An agency that leads or co-operates on tasks: "Phòng Văn hóa và Thông tin"."""

    __tablename__ = "agency"

    unit_id: Mapped[int | None] = mapped_column(ForeignKey("admin_unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    short_code: Mapped[str] = mapped_column(String(20), default="")  # "VHTT", for "Lưu: VT, VHTT."
    kind: Mapped[str] = mapped_column(String(16), default=AgencyKind.OFFICE)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    unit: Mapped[AdminUnit | None] = relationship()


class Catalogue(StrEnum):
    FORM = "form"  # hình thức truyền thông
    THEME = "theme"  # chủ đề
    AUDIENCE = "audience"  # đối tượng
    FUNDING = "funding"  # nguồn kinh phí


class CatalogueItem(Synced, Base):
    """An entry of the forms, themes, audiences or funding-sources catalogue.

    Seeded from DOMAIN.md (letter 524/UBND-VP9), owned by the province, editable by users.
    """

    __tablename__ = "catalogue_item"

    catalogue: Mapped[str] = mapped_column(String(16), index=True)  # Catalogue
    code: Mapped[str] = mapped_column(String(40))  # stable key, e.g. "tap_huan"
    name: Mapped[str] = mapped_column(String(300))
    product_unit: Mapped[str] = mapped_column(String(40), default="")  # "lớp", "tin, bài", "buổi"
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Role(StrEnum):
    DISTRICT = "district"
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

    unit: Mapped[AdminUnit] = relationship()
