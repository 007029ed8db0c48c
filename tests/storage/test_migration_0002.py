"""Revision 0002 and the catalogue refresh bring a 0001 database to the new catalogue
without losing or re-identifying any record."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import MetaData, create_engine, select

from nbhr_desktop.core.catalogue_seed import CATALOGUE_VERSION, seed_uuid
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import migrate
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    CatalogueItem,
    Installation,
    Plan,
)

DATA = Path(__file__).resolve().parents[1] / "data"
STAMP = dt.datetime(2025, 2, 1, 9, 0)


def test_rev0001_database_gets_the_catalogue_and_keeps_its_identities(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copyfile(DATA / "rev0001.sqlite3", folder / "nbhr.sqlite3")
    before = sqlite3.connect(folder / "nbhr.sqlite3")
    units_before = dict(before.execute("SELECT uuid, code FROM admin_unit").fetchall())
    agencies_before = before.execute("SELECT uuid FROM agency").fetchall()
    before.close()

    workspace = Workspace.open(Location.resolve(data_dir=folder))
    try:
        with workspace.db.session() as session:
            units = {u.uuid: u for u in session.scalars(select(AdminUnit))}
            assert set(units_before) <= set(units)  # nobody re-identified
            kim_son = units["00000000-0000-4000-8000-000000000376"]
            assert kim_son.code == "376" and len(kim_son.successors) == 8
            # The old demo commune with an app code is the official one now, same record.
            phat_diem = units["5d4a8a52-1b7e-4d51-8f0e-0a1c2e3f4a01"]
            assert (phat_diem.code, phat_diem.valid_to) == ("14620", dt.date(2025, 6, 30))
            assert [s["code"] for s in phat_diem.successors] == ["14620"]
            activity = session.scalars(select(Activity).order_by(Activity.start_date)).first()
            assert activity.commune_id == phat_diem.id
            assert sum(1 for u in units.values() if u.code == "14620") == 2  # old and new
            assert len([u for u in units.values() if u.name == "Thị trấn Phát Diệm"]) == 1
            assert sum(1 for u in units.values() if u.valid_from == dt.date(2025, 7, 1)) == 129
            agencies = session.scalars(select(Agency).where(Agency.unit_id == kim_son.id)).all()
            assert {(a.uuid,) for a in agencies} >= set(agencies_before)
            assert len([a for a in agencies if a.short_code == "VHTT"]) == 1  # not doubled
            police = next(a for a in agencies if a.short_code == "CA")
            assert police.valid_to == dt.date(2025, 2, 28)
            assert session.scalars(select(CatalogueItem).where(
                CatalogueItem.catalogue == "legal_basis")).all()
            installation = session.scalars(select(Installation)).one()
            assert installation.catalogue_version == CATALOGUE_VERSION
            assert session.scalars(select(Plan)).one().legal_bases[0].startswith("Căn cứ")
    finally:
        workspace.close()
    # Opening again changes nothing (the refresh ran once).
    again = Workspace.open(Location.resolve(data_dir=folder))
    try:
        with again.db.session() as session:
            assert len(session.scalars(select(AdminUnit)).all()) == len(units)
    finally:
        again.close()


def test_tp_hoa_lu_takes_its_official_code_everywhere(tmp_path):
    """An installation of TP Hoa Lư made by an earlier release: its made-up code HL2025
    becomes 374 in the unit, on every record it owns and in the exchange bookkeeping."""
    path = tmp_path / "hoalu.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    meta = MetaData()
    meta.reflect(engine)
    city_uuid = seed_uuid("unit", "HL2025")
    synced = {"owner_unit_code": "HL2025", "version": 3, "changed_at": STAMP,
              "changed_by": "inst-1", "deleted": False}
    with engine.begin() as c:
        unit = meta.tables["admin_unit"]
        city = c.execute(unit.insert().values(
            uuid=city_uuid, code="HL2025", name="Thành phố Hoa Lư", short_name="Hoa Lư",
            kind="thành phố", level="district", place_name="Hoa Lư",
            valid_from=dt.date(2025, 1, 1), valid_to=dt.date(2025, 6, 30), note="",
            **(synced | {"owner_unit_code": "37"}))).inserted_primary_key[0]
        plan_uuid = str(uuid.uuid4())
        c.execute(meta.tables["plan"].insert().values(
            uuid=plan_uuid, unit_id=city, year=2025, period_start=dt.date(2025, 1, 1),
            period_end=dt.date(2025, 6, 30), code="KH-UBND", parent_body="", issuing_body="",
            place="", subject="Kế hoạch", legal_bases=[], recipients=[], signer_name="",
            signer_title="", signer_authority="KT.", status="draft", revision=1, **synced))
        c.execute(meta.tables["installation"].insert().values(
            installation_uuid="inst-1", unit_id=city, role="district", officer_name="",
            created_at=STAMP))
        c.execute(meta.tables["sync_pinned_key"].insert().values(
            unit_code="HL2025", installation_uuid="inst-9", public_key="k", pinned_at=STAMP,
            how="first-seen"))
    engine.dispose()
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.move(path, folder / "nbhr.sqlite3")
    workspace = Workspace.open(Location.resolve(data_dir=folder))
    try:
        info = workspace.installation_info()
        assert (info.unit_code, info.unit_name) == ("374", "Thành phố Hoa Lư")
        with workspace.db.session() as session:
            plan = session.scalars(select(Plan).where(Plan.uuid == plan_uuid)).one()
            assert (plan.owner_unit_code, plan.version) == ("374", 3)  # same state, new code
            city_row = session.scalars(select(AdminUnit).where(AdminUnit.uuid == city_uuid)).one()
            assert city_row.code == "374" and len(city_row.successors) == 4
            assert not session.scalars(select(AdminUnit).where(
                AdminUnit.code == "HL2025")).all()
            # Its agencies keep the keys the earlier release seeded them under.
            assert session.scalars(select(Agency).where(
                Agency.uuid == seed_uuid("agency", "HL2025", "VHTT"))).one().unit_id == city
        with workspace.db.engine.connect() as c:
            assert c.exec_driver_sql("SELECT unit_code FROM sync_pinned_key").scalar() == "374"
    finally:
        workspace.close()
