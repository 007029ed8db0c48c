"""Exchange records: reading them from the database, checking them when they arrive.

``read_records`` turns rows into JSON-ready records (foreign keys as UUIDs).
``check_record`` refuses anything a legitimate sender could not have produced — wrong
types, absurd dates, negative money, over-long strings, unknown values — and returns the
typed column values the writer stores. It is the last line against a crafted file, so it
is strict: an unknown or missing field is refused, not guessed at.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from operator import itemgetter

from sqlalchemy import Connection, select

from nbhr_desktop.base.i18n import _
from nbhr_desktop.sync.content_check import compile_content_check
from nbhr_desktop.sync.tables import IDENTITY, TableSpec

MIN_YEAR, MAX_YEAR = 1990, 2100  # dates of plans, activities and reports
MAX_INT = 2_000_000_000
MAX_MONEY = 10**15  # a thousand trillion đồng: far above any district budget
MAX_LINKS = 200
MAX_JSON_ITEMS = 2000
MAX_JSON_DEPTH = 6
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
UUID_PATTERN = _UUID


class RecordError(ValueError):
    """One field of one record is unacceptable; the message is Vietnamese."""


def stamp(version: int, changed_by: str) -> str:
    """A state's identity: one installation never makes two states with one version."""
    return f"{version}:{changed_by}"


def content_hash(record: dict) -> str:
    """SHA-256 of what a record says, without who changed it when (same text → same hash)."""
    body = {k: v for k, v in record.items()
            if k not in ("version", "changed_at", "changed_by", "ancestors")}
    data = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# -- database → records ---------------------------------------------------------------------
def uuid_map(conn: Connection, spec_table, *, reverse: bool = False) -> dict:
    """id → uuid (or uuid → id with ``reverse``) for every row of a table."""
    rows = conn.execute(select(spec_table.c.id, spec_table.c.uuid)).all()
    return {u: i for i, u in rows} if reverse else {i: u for i, u in rows}


def _json_value(value):
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def read_records(conn: Connection, spec: TableSpec, where=None,
                 id_maps: dict[str, dict] | None = None) -> list[dict]:
    """The table's rows as exchange records, in id order; ``where`` filters the rows."""
    return [record for batch in read_record_batches(conn, spec, where, id_maps, size=None)
            for record in batch]


def read_record_batches(conn: Connection, spec: TableSpec, where=None,
                        id_maps: dict[str, dict] | None = None,
                        size: int | None = 5000) -> Iterator[list[dict]]:
    """``read_records`` a batch of ``size`` rows at a time (``None``: all at once), so a
    large table is never held whole."""
    table = spec.table
    id_maps = id_maps if id_maps is not None else {}
    for target in {fk.target for fk in spec.foreign_keys} | {ln.target for ln in spec.links}:
        if target not in id_maps:
            from nbhr_desktop.sync.tables import BY_NAME
            id_maps[target] = uuid_map(conn, BY_NAME[target].table)
    last = None
    while True:
        query = select(table).order_by(table.c.id)
        if where is not None:
            query = query.where(where)
        if last is not None:
            query = query.where(table.c.id > last)
        if size is not None:
            query = query.limit(size)
        rows = conn.execute(query).mappings().all()
        if not rows:
            return
        yield _as_records(conn, spec, rows, id_maps)
        if size is None or len(rows) < size:
            return
        last = rows[-1]["id"]


def _as_records(conn: Connection, spec: TableSpec, rows, id_maps: dict[str, dict]) -> list[dict]:
    links: dict[str, dict[int, list[str]]] = {}
    if spec.links:
        ids = {row["id"] for row in rows}
        for link in spec.links:
            targets = id_maps[link.target]
            found: dict[int, list[str]] = {}
            own, other = link.table.c[link.own_column], link.table.c[link.other_column]
            # The rows' own links only: by id when they are few, else by the id range.
            query = select(own, other).where(
                own.in_(sorted(ids)) if len(ids) <= 1000 else own.between(min(ids), max(ids)))
            for owner_id, other_id in conn.execute(query):
                if owner_id in ids:
                    found.setdefault(owner_id, []).append(targets[other_id])
            links[link.name] = found
    records = []
    for row in rows:
        record = {key: _json_value(row[key]) for key in IDENTITY}
        for column in spec.columns:
            record[column.name] = _json_value(row[column.name])
        for fk in spec.foreign_keys:
            value = row[fk.column]
            record[fk.key] = None if value is None else id_maps[fk.target][value]
        for link in spec.links:
            record[link.name] = sorted(links[link.name].get(row["id"], []))
        records.append(record)
    return records


# -- incoming records → typed values ---------------------------------------------------------
def _date(text, name: str, *, with_time: bool = False):
    if not isinstance(text, str) or len(text) > 40:
        raise RecordError(_("trường {name} không phải ngày").format(name=name))
    try:
        value = dt.datetime.fromisoformat(text) if with_time else dt.date.fromisoformat(text)
    except ValueError:
        raise RecordError(_("trường {name} có ngày không hợp lệ \"{text}\"")
                          .format(name=name, text=text[:40])) from None
    if with_time and value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise RecordError(_("trường {name} có ngày vô lý ({text}); chỉ nhận các năm {a}–{b}")
                          .format(name=name, text=text, a=MIN_YEAR, b=MAX_YEAR))
    return value


def _json_ok(value, depth: int = 0, budget: list | None = None) -> bool:
    budget = budget if budget is not None else [MAX_JSON_ITEMS]
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_JSON_DEPTH:
        return False
    if isinstance(value, str):
        return len(value) <= 32_000
    if value is None or isinstance(value, bool | int | float):
        return True
    if isinstance(value, list):
        return all(_json_ok(v, depth + 1, budget) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and len(k) <= 200 and _json_ok(v, depth + 1, budget)
                   for k, v in value.items())
    return False


def _date_checker(name: str, nullable: bool) -> Callable:
    """A date column's check. The same few hundred days recur across thousands of
    activities: each text is parsed (and checked) once; a date object is immutable, so
    sharing it is safe."""
    slow = _detailed_checker("date", name, nullable, None, None)
    seen: dict[str, dt.date] = {}

    def check_date(value):
        if type(value) is not str:
            return slow(value)
        day = seen.get(value)
        if day is None:
            day = seen[value] = slow(value)
        return day
    return check_date


TEXT_LIMIT_FALLBACK = 32_000


def _detailed_checker(kind: str, name: str, nullable: bool, max_length: int | None,
                      choices) -> Callable:
    def check(value):
        if value is None:
            if nullable:
                return None
            raise RecordError(_("thiếu giá trị cho trường {name}").format(name=name))
        if kind == "str":
            if not isinstance(value, str):
                raise RecordError(_("trường {name} phải là chữ").format(name=name))
            if max_length and len(value) > max_length:
                raise RecordError(_("trường {name} dài {n} ký tự, vượt giới hạn {limit}")
                                  .format(name=name, n=len(value), limit=max_length))
            if choices is not None and value not in choices:
                raise RecordError(_("trường {name} có giá trị lạ \"{value}\"")
                                  .format(name=name, value=value[:40]))
            return value
        if kind in ("int", "money"):
            if not isinstance(value, int) or isinstance(value, bool):
                raise RecordError(_("trường {name} phải là số nguyên").format(name=name))
            if value < 0:
                what = _("số tiền âm") if kind == "money" else _("số âm")
                raise RecordError(_("trường {name} có {what} ({value})")
                                  .format(name=name, what=what, value=value))
            if value > (MAX_MONEY if kind == "money" else MAX_INT):
                raise RecordError(_("trường {name} có số quá lớn").format(name=name))
            if name == "year" and not MIN_YEAR <= value <= MAX_YEAR:
                raise RecordError(_("năm {value} vô lý").format(value=value))
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                raise RecordError(_("trường {name} phải là đúng/sai").format(name=name))
            return value
        if kind == "date":
            return _date(value, name)
        if kind == "datetime":
            return _date(value, name, with_time=True)
        if kind == "json":
            if not isinstance(value, list | dict) or not _json_ok(value):
                raise RecordError(_("trường {name} có cấu trúc không hợp lệ hoặc quá lớn")
                                  .format(name=name))
            return value
        raise RecordError(name)
    return check


def _uuid_checker(name: str, nullable: bool, valid: set[str]) -> Callable:
    """``valid``: references already matched, shared by a table's checks — records point at
    the same units, forms and agencies over and over, and a set look-up is cheaper than
    the regex."""
    def check(value):
        if type(value) is str and value in valid:
            return value
        if value is None:
            if nullable:
                return None
            raise RecordError(_("thiếu tham chiếu {name}").format(name=name))
        if not isinstance(value, str) or not _UUID.match(value):
            raise RecordError(_("tham chiếu {name} không phải mã UUID").format(name=name))
        valid.add(value)
        return value
    return check


class RecordChecker:
    """Checks the records of one table; built once per table for speed."""

    def __init__(self, spec: TableSpec, *, now: dt.datetime):
        self.spec = spec
        self.latest = now + dt.timedelta(days=2)  # clocks of office PCs drift a little
        self.valid_refs: set[str] = set()
        self.fks = [(fk.key, _uuid_checker(fk.key, fk.nullable, self.valid_refs))
                    for fk in spec.foreign_keys]
        self.expected = set(IDENTITY) | set(spec.content_keys())
        self.expected_with_ancestors = self.expected | {"ancestors"}
        self.future = 0  # records stamped later than this PC's clock allows
        self.links = [link.name for link in spec.links]
        self.check_content = compile_content_check(
            spec.columns, self.fks,
            detailed=[_detailed_checker(c.kind, c.name, c.nullable, c.max_length, c.choices)
                      for c in spec.columns],
            dates={i: _date_checker(c.name, c.nullable) for i, c in enumerate(spec.columns)
                   if c.kind == "date"},
            valid=self.valid_refs, links=self._check_links if self.links else None,
            limits={"text": TEXT_LIMIT_FALLBACK, "int": MAX_INT, "money": MAX_MONEY})
        self.stamps: set[tuple] = set()  # (owner, changed_by) pairs already found valid

    def check(self, record) -> dict:
        """Typed column values (dates as dates), or ``RecordError``."""
        changed_at = self.check_identity(record)
        return self.check_content(record, changed_at)

    def check_identity(self, record) -> dt.datetime:
        """The record's shape and exchange identity; returns its ``changed_at``.

        Cheap enough for every record of a file; the content is checked (``check_content``)
        for the records an import would write.
        """
        if not isinstance(record, dict):
            raise RecordError(_("bản ghi không phải một đối tượng"))
        if record.keys() == self.expected or record.keys() == self.expected_with_ancestors:
            keys = self.expected
        else:  # (a file of an older format was given its added fields in sync.verify)
            keys = set(record) - {"ancestors"}
        if keys != self.expected:
            missing = sorted(self.expected - keys)[:3]
            extra = sorted(str(k)[:30] for k in keys - self.expected)[:3]
            raise RecordError(_("bản ghi thiếu trường {missing} hoặc có trường lạ {extra}")
                              .format(missing=missing, extra=extra))
        uid = record["uuid"]
        if type(uid) is not str or not _UUID.match(uid):
            raise RecordError(_("mã UUID không hợp lệ"))
        owner, version, by = record["owner_unit_code"], record["version"], record["changed_by"]
        if (owner, by) not in self.stamps:  # the same few pairs in every record of a file
            if not isinstance(owner, str) or not 0 < len(owner) <= 16:
                raise RecordError(_("mã đơn vị sở hữu không hợp lệ"))
            if not isinstance(by, str) or len(by) > 36:
                raise RecordError(_("mã bản cài đặt không hợp lệ"))
            self.stamps.add((owner, by))
        if type(version) is not int or not 0 < version <= MAX_INT:
            raise RecordError(_("số phiên bản không hợp lệ"))
        if not isinstance(record["deleted"], bool):
            raise RecordError(_("trường deleted phải là đúng/sai"))
        changed_at = _date(record["changed_at"], "changed_at", with_time=True)
        if changed_at > self.latest:
            # A sender's clock set ahead (or generated sample data) is not a reason to refuse
            # real work; the preview says so, and the version still decides before the time.
            self.future += 1
        ancestors = record.get("ancestors", [])
        if not isinstance(ancestors, list) or len(ancestors) > 100 or not all(
                isinstance(a, str) and len(a) <= 60 for a in ancestors):
            raise RecordError(_("lịch sử phiên bản không hợp lệ"))
        return changed_at

    # check_content(record, changed_at) -> typed values: written out for the table
    # (``sync.content_check``); it calls _check_links for the link lists.

    def _check_links(self, record: dict) -> None:
        valid = self.valid_refs
        for name in self.links:
            values = record[name]
            if type(values) is not list or len(values) > MAX_LINKS:
                raise RecordError(_("danh sách {name} không hợp lệ").format(name=name))
            for value in values:
                if type(value) is str and value in valid:
                    continue
                if not isinstance(value, str) or not _UUID.match(value):
                    raise RecordError(_("danh sách {name} có mã không hợp lệ")
                                      .format(name=name))
                valid.add(value)


def _getter(keys: list[str]) -> Callable[[dict], tuple]:
    """``itemgetter`` that always returns a tuple (even of one or no values)."""
    if len(keys) > 1:
        return itemgetter(*keys)
    if keys:
        return lambda record, key=keys[0]: (record[key],)
    return lambda record: ()
