"""The declarative base and the exchange identity every travelling record carries."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

from sqlalchemy import BigInteger, Boolean, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic migrations are identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Money is whole đồng: BigInteger everywhere, never a float.
Money = BigInteger


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utcnow() -> dt.datetime:
    """Naive UTC, the same on SQLite and PostgreSQL (``DateTime`` without time zone)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced:
    """Exchange identity (SYNC.md): a record that travels between offices.

    - ``uuid``: given at creation, never reused; the identity across installations.
      The integer ``id`` is local only and never leaves this database.
    - ``owner_unit_code``: the unit that owns the record; only its files may change it.
    - ``version``: increases on every local change (see ``touch``).
    - ``changed_at`` / ``changed_by``: UTC time and installation UUID of the last change.
      An import keeps the incoming values; it never stamps the import time.
    - ``deleted``: a tombstone; deleted records stay so the deletion can travel.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    owner_unit_code: Mapped[str] = mapped_column(String(16), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, index=True)

    def touch(self, installation_uuid: str) -> None:
        """Record a local change: bump the version and stamp time and installation."""
        self.version = (self.version or 0) + 1
        self.changed_at = utcnow()
        self.changed_by = installation_uuid
