"""Seeding the shipped catalogues (units, forms, themes, audiences, funding, agencies).

Seeded records get deterministic UUIDs and a fixed change stamp, so two installations that
seed the same catalogue hold the same records: a district's activity that points at the
form "Tập huấn, bồi dưỡng" points at the same UUID in the province's database, and a
re-import of seeded records counts as unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.resources import resource
from nbhr_desktop.storage.models import AdminUnit, Agency, CatalogueItem, UnitLevel

PROVINCE_CODE = "37"
SEED_NAMESPACE = uuid.UUID("6f1c2a8e-37a1-4e5b-9b0e-1079524f2022")
SEED_STAMP = dt.datetime(2023, 1, 1)
SEED_INSTALLATION = "seed"


def seed_uuid(*parts: str) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, ":".join(parts)))


def _load(name: str) -> dict:
    with resource("catalogues", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _stamp(record, owner: str) -> None:
    record.owner_unit_code = owner
    record.version = 1
    record.changed_at = SEED_STAMP
    record.changed_by = SEED_INSTALLATION


def seed_units(session: Session) -> None:
    """Add the shipped units that are missing; never overwrite a user's corrections."""
    existing = {u.uuid: u for u in session.scalars(select(AdminUnit))}
    by_code: dict[str, AdminUnit] = {u.code: u for u in existing.values()}
    rows = _load("units.json")["units"]
    for row in rows:
        key = seed_uuid("unit", row["code"])
        if key in existing:
            continue
        unit = AdminUnit(
            uuid=key, code=row["code"], name=row["name"], short_name=row["short_name"],
            kind=row["kind"], level=row["level"], place_name=row["place_name"],
            valid_from=_date(row.get("valid_from")), valid_to=_date(row.get("valid_to")),
            note=row.get("note", ""),
        )
        _stamp(unit, PROVINCE_CODE)
        session.add(unit)
        by_code[unit.code] = unit
    session.flush()
    for row in rows:
        unit = by_code[row["code"]]
        if row.get("parent") and unit.parent_id is None:
            unit.parent_id = by_code[row["parent"]].id
        if row.get("successor") and unit.successor_id is None:
            unit.successor_id = by_code[row["successor"]].id
    session.flush()


def seed_catalogues(session: Session) -> None:
    existing = set(session.scalars(select(CatalogueItem.uuid)))
    data = _load("catalogues.json")
    for catalogue in ("form", "theme", "audience", "funding"):
        for order, row in enumerate(data[catalogue], start=1):
            key = seed_uuid("catalogue", catalogue, row["code"])
            if key in existing:
                continue
            item = CatalogueItem(
                uuid=key, catalogue=catalogue, code=row["code"], name=row["name"],
                product_unit=row.get("product_unit", ""), sort_order=order, active=True,
            )
            _stamp(item, PROVINCE_CODE)
            session.add(item)
    session.flush()


def seed_agencies(session: Session, unit: AdminUnit) -> None:
    """The usual agencies of the unit (DOMAIN.md), owned by that unit."""
    existing = set(session.scalars(select(Agency.uuid)))
    data = _load("agencies.json")
    is_province = unit.level == UnitLevel.PROVINCE
    template = data["province" if is_province else "district"]
    cap = "thành phố" if unit.kind == "thành phố" else "huyện"
    xa = "xã, phường" if unit.kind == "thành phố" else "xã, thị trấn"
    for order, row in enumerate(template, start=1):
        key = seed_uuid("agency", unit.code, row["short_code"])
        if key in existing:
            continue
        agency = Agency(
            uuid=key, unit_id=unit.id, name=row["name"].format(cap=cap, xa=xa),
            short_code=row["short_code"], kind=row["kind"], sort_order=order, active=True,
        )
        _stamp(agency, unit.code)
        session.add(agency)
    session.flush()
