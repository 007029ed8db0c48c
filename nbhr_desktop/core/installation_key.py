"""The installation's Ed25519 key pair, made once at ``init`` (or at the first export).

It lives in ``core`` because setting up an installation makes it, and the report's key
code (``documents.key_note``) reads it; ``sync.keys`` signs and verifies with it.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import Connection, insert, select

from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.models.sync import SyncKey

KEY_TABLE = SyncKey.__table__


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def ensure_installation_key(workspace) -> str:
    """The installation's public key, creating the key pair once. Returns base64 text."""
    info = workspace.installation_info()
    with workspace.db.engine.begin() as conn:
        return _ensure(conn, info.installation_uuid)


def _ensure(conn: Connection, installation_uuid: str) -> str:
    row = conn.execute(select(KEY_TABLE.c.public_key).where(
        KEY_TABLE.c.installation_uuid == installation_uuid)).first()
    if row:
        return row.public_key
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    raw_public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    conn.execute(insert(KEY_TABLE).values(
        installation_uuid=installation_uuid, private_key=_b64(raw_private),
        public_key=_b64(raw_public), created_at=utcnow()))
    return _b64(raw_public)
