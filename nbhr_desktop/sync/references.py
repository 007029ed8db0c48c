"""What an incoming record may point at: existing records, and only the sender's own.

A file from unit A may only create or change A's records (``owner_unit_code``), and those
records may only point at A's own data or at the shared catalogues (units, agencies and
catalogue entries the province owns). Otherwise a district's activity could be filed under
another district (``unit_uuid``), in another district's commune, or against another unit's
plan task, and show up in that unit's figures. The rules:

- ``unit_uuid``: the unit whose code is the record's owner (its own unit);
- ``commune_uuid``: a commune of the sender's unit (its parent), or one the sender owns;
- ``parent_uuid`` of a unit: the sender's unit, or a unit the sender owns;
- anything else: a record the sender owns, or a shared catalogue entry of the province.

Each target's owner is read once per table (one query), and each (field, value) pair is
judged once per import: 50,000 activities point at the same few units and forms.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.catalogue_seed import PROVINCE_CODE
from nbhr_desktop.sync.tables import BY_NAME, TableSpec

NOT_OWNER = "không phải đơn vị sở hữu"
SHARED_TABLES = frozenset({"admin_unit", "agency", "catalogue_item"})
SHARED_OWNER = PROVINCE_CODE


class Known:
    """Records a reference may point at, with their owners: in the database, or accepted
    from this file."""

    def __init__(self, conn: Connection, wanted: set[str] | None = None):
        """``wanted``: the tables a record of this file may point at (None: any). A
        province's 300,000 activities are only read here when the file carries records
        that point at activities."""
        self.conn = conn
        self.wanted = wanted
        self.owners: dict[str, dict[str, str]] = {}  # table → uuid → owner unit code
        self._units: dict[str, tuple[str, str | None]] | None = None  # uuid → (code, parent)

    def get(self, table: str) -> dict[str, str]:
        if table not in self.owners:
            t = BY_NAME[table].table
            self.owners[table] = dict(self.conn.execute(
                select(t.c.uuid, t.c.owner_unit_code)).all())
        return self.owners[table]

    def units(self) -> dict[str, tuple[str, str | None]]:
        if self._units is None:
            t = BY_NAME["admin_unit"].table
            rows = self.conn.execute(select(t.c.id, t.c.uuid, t.c.code, t.c.parent_id,
                                            t.c.deleted)).all()
            by_id = {row.id: row.uuid for row in rows}
            self._units = {}
            for row in sorted(rows, key=lambda r: r.deleted):  # a live unit first per code
                self._units[row.uuid] = (row.code, by_id.get(row.parent_id))
        return self._units

    def accept(self, spec: TableSpec, records: list[dict]) -> None:
        """Records this file creates or changes, so later tables may point at them."""
        if self.wanted is not None and spec.name not in self.wanted:
            return
        owners = self.get(spec.name)
        for record in records:
            owners[record["uuid"]] = record["owner_unit_code"]
        if spec.name == "admin_unit":
            units = self.units()
            for record in records:
                units[record["uuid"]] = (record["code"], record.get("parent_uuid"))

    def units_of_code(self, code: str) -> frozenset[str]:
        """Every unit that carries the code: codes are reused across periods (14620 is thị
        trấn Phát Diệm until 30/06/2025 and the new xã Phát Diệm after; 374 is huyện and
        then TP Hoa Lư), and the records of all of them belong to the code's owner."""
        return frozenset(uuid for uuid, (unit_code, _p) in self.units().items()
                         if unit_code == code)


def targets(tables) -> set[str]:
    """The tables that records of ``tables`` may point at."""
    found = set()
    for name in tables:
        spec = BY_NAME[name]
        found.update(fk.target for fk in spec.foreign_keys)
        found.update(link.target for link in spec.links)
    return found


class References:
    """Judges the references of one table's incoming records from one sender."""

    def __init__(self, known: Known, spec: TableSpec, sender: str, incoming: list[dict]):
        self.known, self.spec, self.sender = known, spec, sender
        # The same table's records in this file (a commune whose parent is in the file).
        self.incoming = {r["uuid"]: r["owner_unit_code"] for r in incoming}
        self.sender_units = known.units_of_code(sender)
        self.judged: dict[tuple[str, str, str], str | None] = {}
        self.fks = [(fk.key, fk.target) for fk in spec.foreign_keys]
        self.links = [(link.name, link.target) for link in spec.links]
        # owner → per key of ``fks`` then ``links``, the values already judged acceptable:
        # the same few hundred units and catalogue entries recur in every record.
        self.accepted: dict[str, tuple[list, list]] = {}

    def problem(self, record: dict) -> str | None:
        """Why the record may not be written, or None."""
        owner = record["owner_unit_code"]
        accepted = self.accepted.get(owner)
        if accepted is None:
            accepted = self.accepted[owner] = ([(key, target, set()) for key, target in self.fks],
                                               [(key, target, set()) for key, target in self.links])
        fks, links = accepted
        for key, target, good in fks:
            value = record.get(key)
            if value is not None and value not in good:
                found = self.judge(key, target, value, owner)
                if found:
                    return found
                good.add(value)
        for key, target, good in links:
            for value in record.get(key) or ():
                if value not in good:
                    found = self.judge(key, target, value, owner)
                    if found:
                        return found
                    good.add(value)
        return None

    def judge(self, key: str, target: str, value: str, owner: str) -> str | None:
        memo = (key, value, owner)
        if memo not in self.judged:
            self.judged[memo] = self._judge(key, target, value, owner)
        return self.judged[memo]

    def _judge(self, key: str, target: str, value: str, owner: str) -> str | None:
        label = BY_NAME[target].label
        target_owner = self.known.get(target).get(value)
        if target_owner is None and target == self.spec.name:
            target_owner = self.incoming.get(value)
        if target_owner is None:
            return _("tham chiếu tới {label} không có trong dữ liệu ({uuid})").format(
                label=label, uuid=value[:8])
        if key == "unit_uuid":
            code = self.known.units().get(value, ("?", None))[0]
            if code == owner:
                return None
            return _("{reason}: bản ghi của đơn vị {owner} lại ghi vào đơn vị {code}").format(
                reason=NOT_OWNER, owner=owner, code=code)
        if key == "commune_uuid":
            if target_owner == self.sender or value in self.sender_units or (
                    self.known.units().get(value, ("", None))[1] in self.sender_units):
                return None
            return _("{reason}: xã ({uuid}) không thuộc đơn vị {sender}").format(
                reason=NOT_OWNER, uuid=value[:8], sender=self.sender)
        if key == "parent_uuid" and target == "admin_unit":
            if target_owner == self.sender or value in self.sender_units:
                return None
            return _("{reason}: đơn vị {sender} không thể đặt đơn vị dưới đơn vị khác "
                     "({uuid})").format(reason=NOT_OWNER, sender=self.sender, uuid=value[:8])
        if target_owner == self.sender or (target in SHARED_TABLES
                                           and target_owner == SHARED_OWNER):
            return None
        return _("{reason}: tham chiếu tới {label} ({uuid}) của đơn vị {other}").format(
            reason=NOT_OWNER, label=label, uuid=value[:8], other=target_owner)
