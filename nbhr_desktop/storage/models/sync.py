"""Exchange bookkeeping: this installation's signing key, pinned keys, lineage and logs.

None of these tables travel. They live in the database (not in loose files) so that a
backup and its restore keep the installation's identity and what it has agreed with others.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nbhr_desktop.storage.models.base import Base, utcnow


class SyncKey(Base):
    """The Ed25519 key pair this installation signs its packages with (raw, base64)."""

    __tablename__ = "sync_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installation_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    private_key: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SyncPinnedKey(Base):
    """A key trusted for a unit, or registered for it before its first file arrived.

    A pinned key has ``public_key`` (and its ``fingerprint``); a registration made from the
    short code printed on the unit's report (``keys register``) has only the fingerprint
    until the first file signed by that key completes it. A file from another key of a
    unit that has any row here is refused until a user re-pins or adds the key on purpose.
    """

    __tablename__ = "sync_pinned_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(16), index=True)
    installation_uuid: Mapped[str] = mapped_column(String(36))
    public_key: Mapped[str] = mapped_column(String(64))  # "" for a registration
    fingerprint: Mapped[str] = mapped_column(String(32), default="")  # 24 hex digits
    pinned_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # first-seen, re-pinned, added (another PC of the unit), registered (before first contact)
    how: Mapped[str] = mapped_column(String(16), default="first-seen")


class SyncLineage(Base):
    """What this installation knows of a record's history, for conflict detection.

    ``stamps`` lists "version:installation" of states this record passed through here
    (received or sent), newest last. A local record whose current stamp is in an incoming
    record's ancestors was simply built upon; otherwise both sides changed it.
    ``received_at`` is when an import last changed the record (for "since last" exports:
    imported records keep their own, older ``changed_at``).
    """

    __tablename__ = "sync_lineage"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    stamps: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class SyncExportLog(Base):
    __tablename__ = "sync_export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    recipient_unit_code: Mapped[str] = mapped_column(String(16), default="", index=True)
    scope: Mapped[str] = mapped_column(String(16))  # all, since-last
    file_name: Mapped[str] = mapped_column(String(500), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    counts: Mapped[dict] = mapped_column(JSON, default=dict)


class SyncImportLog(Base):
    """Every import attempt that got as far as reading a file: applied or refused."""

    __tablename__ = "sync_import_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(16))  # package, workbook
    file_name: Mapped[str] = mapped_column(String(500), default="")
    file_sha256: Mapped[str] = mapped_column(String(64), default="")
    sender_unit_code: Mapped[str] = mapped_column(String(16), default="")
    sender_installation: Mapped[str] = mapped_column(String(36), default="")
    outcome: Mapped[str] = mapped_column(String(16))  # applied, refused, failed
    counts: Mapped[dict] = mapped_column(JSON, default=dict)
    message: Mapped[str] = mapped_column(Text, default="")
    backup_path: Mapped[str] = mapped_column(String(500), default="")
    # What the province's submission tracking (``core.province.submissions``) needs of a
    # file: the sender's key code, when the file itself was made (a package's signed
    # creation time, a report workbook's "Lập lúc"), the report period a workbook is for,
    # and the last day its data covers (a package: the day it was made).
    sender_fingerprint: Mapped[str] = mapped_column(String(32), default="", server_default="")
    file_created_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    period_key: Mapped[str] = mapped_column(String(40), default="", server_default="")
    data_until: Mapped[dt.date | None] = mapped_column(Date)
