"""Names and texts as they were on a document's date: legal bases, recipients, addressees,
agencies (TIME-AND-PROVINCE.md, "Agencies and legal bases by date").

They are catalogue entries with valid-from / valid-to dates (``resources/catalogues/
texts.json`` and ``agencies.json``, editable in Danh mục, correctable by the province), so
a 2024 plan cites the 2015 local-government law and sends a copy to the Sở Thông tin và
Truyền thông, and a 2026 commune plan cites Law 72/2025/QH15 and sends it to the Sở Văn
hóa, Thể thao và Du lịch.

For the report side: ``report_addressees(session, unit, day)`` ("Kính gửi") and
``report_recipients(session, unit, day)`` ("Nơi nhận", beginning "Như trên;").
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.text import nfc
from nbhr_desktop.storage.models import AdminUnit, Agency, Catalogue, CatalogueItem, UnitLevel

SAME_AS_ABOVE = "Như trên;"
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")
# The office that drafts (and files) the unit's documents: "Lưu: VT, VHTT."
DRAFTING_OFFICE = {UnitLevel.DISTRICT: "VHTT", UnitLevel.COMMUNE: "VHXH",
                   UnitLevel.PROVINCE: "VP"}


def text_values(unit: AdminUnit) -> dict[str, str]:
    """Words a text is filled with for a unit: "huyện", "Huyện ủy", "xã, thị trấn"…"""
    kind = (unit.kind or "").strip() or "huyện"
    if unit.level == UnitLevel.COMMUNE:
        party, communes = "Đảng ủy", ("tổ dân phố" if kind == "phường" else
                                      "thôn, tổ dân phố")
    elif kind == "thành phố":
        party, communes = "Thành ủy", "xã, phường"
    elif unit.level == UnitLevel.PROVINCE:
        party, communes = "Tỉnh ủy", "xã, phường"
    else:
        party, communes = "Huyện ủy", "xã, thị trấn"
    return {"unit_kind": kind, "party_committee": party, "communes": communes,
            "office": DRAFTING_OFFICE.get(unit.level, "VHTT")}


def fill(text: str, values: dict[str, str]) -> str:
    """Replace known ``{name}`` placeholders; leave others visible so a slip shows."""
    return nfc(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text or ""))


def entries(session: Session, catalogue: str, unit: AdminUnit, day: dt.date
            ) -> list[CatalogueItem]:
    """The active entries of a text catalogue for the unit's level, valid on ``day``."""
    items = session.scalars(select(CatalogueItem).where(
        CatalogueItem.catalogue == catalogue, CatalogueItem.deleted.is_(False),
        CatalogueItem.active.is_(True)).order_by(CatalogueItem.sort_order, CatalogueItem.id))
    return [i for i in items if i.valid_on(day) and i.applies_to(unit.level)]


def _texts(session: Session, catalogue: str, unit: AdminUnit, day: dt.date) -> list[str]:
    values = text_values(unit)
    return [fill(item.name, values).strip() for item in entries(session, catalogue, unit, day)]


def legal_bases(session: Session, unit: AdminUnit, day: dt.date) -> list[str]:
    """"Căn cứ …" lines: laws, decrees and decisions in force on ``day``."""
    return [f"Căn cứ {text}" for text in _texts(session, Catalogue.LEGAL_BASIS, unit, day)]


def implemented_documents(session: Session, unit: AdminUnit, day: dt.date) -> list[str]:
    """Letters and higher plans the document implements (cited once, "Thực hiện …")."""
    return _texts(session, Catalogue.IMPLEMENTS, unit, day)


def implements_sentence(documents: list[str]) -> str:
    """"Công văn số 524/…" or "A, B và C" for the "Thực hiện …" sentence."""
    if len(documents) <= 1:
        return "".join(documents)
    return "; ".join(documents[:-1]) + " và " + documents[-1]


def plan_recipients(session: Session, unit: AdminUnit, day: dt.date) -> list[str]:
    return _texts(session, Catalogue.PLAN_RECIPIENT, unit, day)


def report_recipients(session: Session, unit: AdminUnit, day: dt.date) -> list[str]:
    """A report's "Nơi nhận" on ``day``: "Như trên;" first, the archive copy last."""
    return [SAME_AS_ABOVE, *_texts(session, Catalogue.REPORT_RECIPIENT, unit, day)]


def report_addressees(session: Session, unit: AdminUnit, day: dt.date) -> list[str]:
    """A report's "Kính gửi" on ``day``: the Sở Thông tin và Truyền thông until
    28/02/2025, the Sở Văn hóa, Thể thao và Du lịch after (for a district or commune)."""
    return _texts(session, Catalogue.ADDRESSEE, unit, day)


def agency_on(session: Session, unit: AdminUnit, codes: list[str] | str, day: dt.date
              ) -> Agency | None:
    """The first of the unit's agencies with one of these short codes that exists on
    ``day`` ("LĐTBXH" until 28/02/2025, then "NV"), in the order given."""
    if isinstance(codes, str):
        codes = codes.split("|")
    agencies = session.scalars(select(Agency).where(
        Agency.unit_id == unit.id, Agency.deleted.is_(False), Agency.active.is_(True)))
    by_code = {}
    for agency in agencies:
        if agency.valid_on(day):
            by_code.setdefault(agency.short_code.upper(), agency)
    return next((by_code[c.upper()] for c in codes if c.upper() in by_code), None)
