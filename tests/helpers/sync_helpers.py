"""Helpers for exchange tests: several installations, small activity sets, forged files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select

from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, Base, CatalogueItem
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync import keys


class Installations:
    """Makes initialised data folders under one temporary directory."""

    def __init__(self, root: Path):
        self.root = root
        self.opened: list[Workspace] = []

    def make(self, name: str, unit: str = "Kim Sơn", role: str = "district") -> Workspace:
        ws = Workspace.open(Location.resolve(data_dir=self.root / name))
        initialise(ws, unit, role=role)
        self.opened.append(ws)
        return ws

    def close(self):
        for ws in self.opened:
            ws.close()


def introduce(*workspaces: Workspace) -> None:
    """Introduce installations of one unit to each other, as their officers would: each
    registers the others' key codes (``keys register``)."""
    for ws in workspaces:
        for other in workspaces:
            if other is not ws:
                code = keys.fingerprint(keys.ensure_installation_key(other))
                with ws.db.engine.begin() as conn:
                    keys.register(conn, other.installation_info().unit_code, code)


def add_activity(ws: Workspace, title: str, *, day=dt.date(2025, 3, 10), cost=1_000_000,
                 themes=("iccpr",)) -> str:
    info = ws.installation_info()
    with ws.db.session() as s:
        form = s.scalars(select(CatalogueItem).where(CatalogueItem.code == "tap_huan")).one()
        chosen = s.scalars(select(CatalogueItem).where(CatalogueItem.catalogue == "theme",
                                                       CatalogueItem.code.in_(themes))).all()
        act = Activity(unit_id=info.unit_id, start_date=day, title=title, form=form,
                       owner_unit_code=info.unit_code, version=0, cost=cost,
                       participants_total=30)
        act.themes = list(chosen)
        act.touch(info.installation_uuid)
        s.add(act)
        s.flush()
        return act.uuid


def edit_activity(ws: Workspace, uuid: str, **values) -> None:
    info = ws.installation_info()
    with ws.db.session() as s:
        act = s.scalars(select(Activity).where(Activity.uuid == uuid)).one()
        for key, value in values.items():
            setattr(act, key, value)
        act.touch(info.installation_uuid)


def activities(ws: Workspace) -> dict[str, tuple]:
    """uuid → what an activity says and who made that state."""
    with ws.db.session() as s:
        return {a.uuid: (a.title, a.cost, a.deleted, a.version, a.changed_by, a.changed_at,
                         tuple(sorted(t.code for t in a.themes)))
                for a in s.scalars(select(Activity))}


def snapshot(ws: Workspace) -> dict:
    """Every table's rows except the import log (which records refusals too)."""
    out = {}
    with ws.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == "sync_import_log":
                continue
            out[table.name] = sorted(tuple(map(repr, row)) for row in conn.execute(select(table)))
    return out


def make_package(ws: Workspace, path: Path, tables: dict[str, list[dict]], *,
                 manifest_changes: dict | None = None, sign_with: Workspace | None = None,
                 sender_changes: dict | None = None) -> Path:
    """A package signed by ``sign_with`` (default ``ws``) holding exactly ``tables``."""
    info = ws.installation_info()
    signer = sign_with or ws
    parts = {fmt.records_member(t): json.dumps(r, ensure_ascii=False).encode()
             for t, r in tables.items()}
    public_key = keys.ensure_installation_key(signer)
    manifest = {
        "format": fmt.FORMAT_NAME, "format_version": fmt.FORMAT_VERSION, "app_version": "0.1.0",
        "sender": {"unit_code": info.unit_code, "unit_name": info.unit_name,
                   "installation_uuid": info.installation_uuid, "role": info.role,
                   "public_key": public_key} | (sender_changes or {}),
        "created_at": "2026-01-01T00:00:00Z", "scope": {"kind": "all"},
        "counts": {t: len(r) for t, r in tables.items()},
        "parts": {n: {"sha256": fmt.sha256_bytes(d), "size": len(d)} for n, d in parts.items()},
    } | (manifest_changes or {})
    data = json.dumps(manifest, ensure_ascii=False).encode()
    _key, signature = keys.sign(signer, data)
    fmt.write_package(path, signature, data, parts)
    return path


def package_records(path: Path) -> dict[str, list[dict]]:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return {fmt.table_of_member(n): json.loads(z.read(n)) for n in z.namelist()
                if fmt.table_of_member(n)}


def stamp_saved(path: Path, moment: dt.datetime | None) -> Path:
    """Set the save time a workbook records (docProps/core.xml), as Excel does on saving;
    ``None`` removes it (a file from a tool that writes none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    core = parts["docProps/core.xml"].decode()
    core = re.sub(r"<dcterms:modified[^>]*>[^<]*</dcterms:modified>", "", core)
    if moment is not None:
        core = core.replace("</cp:coreProperties>", (
            '<dcterms:modified xsi:type="dcterms:W3CDTF">'
            f'{moment:%Y-%m-%dT%H:%M:%S}Z</dcterms:modified></cp:coreProperties>'))
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    return path


def fill(template: Path, target: Path, rows: dict[int, dict[str, object]], *,
         saved: dt.datetime | None = None, author: str | None = None) -> Path:
    """Type values into the entry sheet ("D": title…) and save, as a commune would; the
    file then records ``saved`` as its save time (default: now)."""
    from openpyxl import load_workbook

    book = load_workbook(template)
    sheet = book["Hoạt động"]
    for row, values in rows.items():
        for column, value in values.items():
            cell = sheet[f"{column}{row}"]
            cell.value = value
            if isinstance(value, str) and value.startswith("=") and column == "D":
                cell.data_type = "s"  # typed as text by the commune, not a formula
    if author is not None:
        book.properties.lastModifiedBy = author
    book.save(target)
    if saved is not None:
        stamp_saved(target, saved)
    return target
