"""Seeding the shipped catalogues (units, forms, themes, audiences, funding, texts, agencies).

Seeded records get deterministic UUIDs and a fixed change stamp, so two installations that
seed the same catalogue hold the same records: a district's activity that points at the
form "Tập huấn, bồi dưỡng" points at the same UUID in the province's database, and a
re-import of seeded records counts as unchanged.

A unit record's UUID comes from its catalogue ``key`` (its code for the first version,
``code@valid_from`` for a later one, "HL2025" for TP Hoa Lư as earlier releases had it), an
agency's from its unit's key and its short code.

An installation made by an earlier release is brought up to the shipped catalogue by
``refresh`` (when the workspace opens): missing records are added, and fields the earlier
catalogue left empty (validity, successors) are filled; nothing a user typed is
overwritten, and no record changes its UUID. A unit the user (or old demo data) added
under an app-made code is recognised by its district and name and takes the official code.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.text import fold
from nbhr_desktop.resources import resource
from nbhr_desktop.storage.models import (
    AdminUnit,
    Agency,
    CatalogueItem,
    Installation,
    UnitLevel,
)

PROVINCE_CODE = "37"
SEED_NAMESPACE = uuid.UUID("6f1c2a8e-37a1-4e5b-9b0e-1079524f2022")
SEED_STAMP = dt.datetime(2023, 1, 1)
SEED_INSTALLATION = "seed"
ITEM_CATALOGUES = ("form", "theme", "audience", "funding")
TEXT_FILE_CATALOGUES = ("legal_basis", "implements", "plan_recipient", "report_recipient",
                        "addressee")
# Raised with every release whose catalogue files add or correct records: an installation
# whose ``catalogue_version`` is lower is refreshed when it opens.
CATALOGUE_VERSION = 3


def seed_uuid(*parts: str) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, ":".join(parts)))


@cache
def _load(name: str) -> dict:
    with resource("catalogues", name).open(encoding="utf-8") as handle:
        return json.load(handle)


def catalogue_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


_date = catalogue_date


def _stamp(record, owner: str) -> None:
    record.owner_unit_code = owner
    record.version = 1
    record.changed_at = SEED_STAMP
    record.changed_by = SEED_INSTALLATION


def unit_rows() -> list[dict]:
    return _load("units.json")["units"]


def unit_key(unit: AdminUnit) -> str:
    """The catalogue key a unit was seeded from, or its code for a unit added by hand."""
    return _keys_by_uuid().get(unit.uuid, unit.code)


@cache
def _keys_by_uuid() -> dict[str, str]:
    return {seed_uuid("unit", row["key"]): row["key"] for row in unit_rows()}


def _overlaps(unit: AdminUnit, row: dict) -> bool:
    start, end = _date(row.get("valid_from")), _date(row.get("valid_to"))
    return (unit.valid_to is None or start is None or start <= unit.valid_to) and (
        unit.valid_from is None or end is None or unit.valid_from <= end)


def _match(row: dict, existing: list[AdminUnit], taken: set[int],
           keys: dict[str, AdminUnit]) -> AdminUnit | None:
    """An existing record that is this catalogue row under another UUID, if any."""
    free = [u for u in existing if u.id not in taken and u.level == row["level"]]
    same = [u for u in free if u.code == row["code"] and _overlaps(u, row)]
    if same:
        return min(same, key=lambda u: (u.valid_from or dt.date.min, u.id))
    parent = keys.get(row.get("parent") or "")
    if row["level"] == UnitLevel.COMMUNE and parent is not None:
        # A commune added under an app-made code ("376.01", old demo data) or by hand.
        named = [u for u in free if u.parent_id == parent.id and fold(u.name) == fold(row["name"])
                 and not u.code.isdigit()]
        if len(named) == 1:
            return named[0]
    return None


def seed_units(session: Session) -> None:
    """Add the shipped units that are missing and fill what earlier catalogues left empty;
    never overwrite a user's corrections."""
    rows = unit_rows()
    existing = list(session.scalars(select(AdminUnit)))
    by_uuid = {u.uuid: u for u in existing}
    # Records seeded by an earlier release are theirs before any other matching.
    taken = {by_uuid[seed_uuid("unit", row["key"])].id for row in rows
             if seed_uuid("unit", row["key"]) in by_uuid}
    keys: dict[str, AdminUnit] = {}
    for row in rows:
        key = seed_uuid("unit", row["key"])
        unit = by_uuid.get(key) or _match(row, existing, taken, keys)
        if unit is None:
            unit = AdminUnit(
                uuid=key, code=row["code"], name=row["name"], short_name=row["short_name"],
                kind=row["kind"], level=row["level"], place_name=row["place_name"],
                valid_from=_date(row.get("valid_from")), valid_to=_date(row.get("valid_to")),
                note=row.get("note", ""), successors=[],
            )
            _stamp(unit, PROVINCE_CODE)
            session.add(unit)
        else:
            _fill(unit, row)
        if unit.id is not None:
            taken.add(unit.id)
        keys[row["key"]] = unit
    session.flush()
    for row in rows:
        unit = keys[row["key"]]
        if row.get("parent") and unit.parent_id is None:
            unit.parent_id = keys[row["parent"]].id
        if row.get("successors") and not unit.successors:
            unit.successors = [{"uuid": keys[s["key"]].uuid, "code": s["code"],
                                "share": s["share"]} for s in row["successors"]]
        whole = [s for s in row.get("successors", []) if s["share"] == "whole"]
        if len(row.get("successors", [])) == 1 and whole and unit.successor_id is None:
            unit.successor_id = keys[whole[0]["key"]].id
    session.flush()


def _fill(unit: AdminUnit, row: dict) -> None:
    if not unit.code.isdigit() and row["code"].isdigit():
        unit.code = row["code"]  # an app-made code ("376.01") becomes the official one
    if unit.valid_from is None and row.get("valid_from"):
        unit.valid_from = _date(row["valid_from"])
    if unit.valid_to is None and row.get("valid_to"):
        unit.valid_to = _date(row["valid_to"])


def seed_catalogues(session: Session) -> None:
    """Forms, themes, audiences, funding sources and the texts printed on documents."""
    existing = {i.uuid: i for i in session.scalars(select(CatalogueItem))}
    sources = [(_load("catalogues.json"), ITEM_CATALOGUES),
               (_load("texts.json"), TEXT_FILE_CATALOGUES)]
    for data, catalogues in sources:
        for catalogue in catalogues:
            for order, row in enumerate(data[catalogue], start=1):
                key = seed_uuid("catalogue", catalogue, row["code"])
                item = existing.get(key)
                if item is not None:
                    if item.valid_from is None and item.valid_to is None:
                        item.valid_from = _date(row.get("valid_from"))
                        item.valid_to = _date(row.get("valid_to"))
                    continue
                item = CatalogueItem(
                    uuid=key, catalogue=catalogue, code=row["code"], name=row["name"],
                    product_unit=row.get("product_unit", ""), sort_order=order, active=True,
                    valid_from=_date(row.get("valid_from")),
                    valid_to=_date(row.get("valid_to")), scope=row.get("scope", ""),
                )
                _stamp(item, PROVINCE_CODE)
                session.add(item)
    session.flush()


def agency_values(unit: AdminUnit) -> dict[str, str]:
    """The words that fill an agency template for a unit: "huyện", "xã", "phường"…"""
    kind = (unit.kind or "").strip()
    if unit.level == UnitLevel.COMMUNE:
        ward = kind == "phường"
        return {"cap": kind or "xã", "xa": "", "thon": "tổ dân phố" if ward else "thôn, tổ dân phố",
                "kt": "Phòng Kinh tế, Hạ tầng và Đô thị" if ward else "Phòng Kinh tế"}
    city = kind == "thành phố"
    return {"cap": "thành phố" if city else "huyện", "xa": "xã, phường" if city else
            "xã, thị trấn", "thon": "thôn, tổ dân phố", "kt": "Phòng Kinh tế"}


def agency_template(level: str) -> list[dict]:
    """The shipped agencies of a unit level, with the dates they existed."""
    data = _load("agencies.json")
    if level == UnitLevel.PROVINCE:
        return data["province"]
    return data["commune" if level == UnitLevel.COMMUNE else "district"]


def seed_agencies(session: Session, unit: AdminUnit) -> None:
    """The usual agencies of the unit (DOMAIN.md), owned by that unit, with the dates they
    existed; agencies seeded by an earlier release get the dates they lacked."""
    agencies = list(session.scalars(select(Agency)))
    existing = {a.uuid: a for a in agencies}
    # An agency of this unit added under another UUID (by hand, or by an old database).
    by_code = {a.short_code.upper(): a for a in agencies
               if a.unit_id == unit.id and a.short_code and not a.deleted}
    values = agency_values(unit)
    key = unit_key(unit)
    for order, row in enumerate(agency_template(unit.level), start=1):
        agency = existing.get(seed_uuid("agency", key, row["short_code"])) or \
            by_code.get(row["short_code"].upper())
        if agency is not None:
            if agency.valid_from is None and agency.valid_to is None:
                agency.valid_from = _date(row.get("valid_from"))
                agency.valid_to = _date(row.get("valid_to"))
            continue
        agency = Agency(
            uuid=seed_uuid("agency", key, row["short_code"]), unit_id=unit.id,
            name=row["name"].format(**values), short_code=row["short_code"], kind=row["kind"],
            sort_order=order, active=True, valid_from=_date(row.get("valid_from")),
            valid_to=_date(row.get("valid_to")),
        )
        _stamp(agency, unit.code)
        session.add(agency)
    session.flush()


def refresh(session: Session) -> bool:
    """Bring an installation made by an earlier release up to the shipped catalogue.

    Returns True when it did something. Cheap when there is nothing to do: one query.
    """
    installation = session.scalars(select(Installation)).first()
    if installation is None or installation.catalogue_version >= CATALOGUE_VERSION:
        return False
    seed_units(session)
    seed_catalogues(session)
    served = [installation.unit_id] + [h.get("unit_id") for h in installation.history or []]
    for unit_id in served:
        unit = session.get(AdminUnit, unit_id) if unit_id else None
        if unit is not None:
            seed_agencies(session, unit)
    installation.catalogue_version = CATALOGUE_VERSION
    return True


def mark_current(session: Session) -> None:
    """A new installation starts with the shipped catalogue."""
    installation = session.scalars(select(Installation)).first()
    if installation is not None:
        installation.catalogue_version = CATALOGUE_VERSION
