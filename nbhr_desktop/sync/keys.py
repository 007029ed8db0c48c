"""This installation's signing key, and the keys pinned for other units.

Each installation has an Ed25519 key pair made at ``init`` (or at the first export of an
older data folder). It lives in the database, so a backup and its restore keep the
installation's identity. A package names its sender's public key; the first key seen for
a unit is pinned, and a file for that unit signed by any other key is refused loudly
until a user deliberately re-pins (the unit reinstalled its PC) or adds the key (a second
PC serving the same unit).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import Connection, delete, insert, select

from nbhr_desktop.core.errors import UserError
from nbhr_desktop.core.i18n import _
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.models.sync import SyncKey, SyncPinnedKey

KEY_TABLE = SyncKey.__table__
PIN_TABLE = SyncPinnedKey.__table__


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def fingerprint(public_key: str) -> str:
    """A short, readable form of a key for people to compare by phone: "3F2A 91C0 …"."""
    digest = hashlib.sha256(public_key.encode("ascii")).hexdigest().upper()[:24]
    return " ".join(digest[i:i + 4] for i in range(0, 24, 4))


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


def sign(workspace, data: bytes) -> tuple[str, bytes]:
    """(public key, signature) of ``data`` with this installation's key."""
    info = workspace.installation_info()
    with workspace.db.engine.begin() as conn:
        _ensure(conn, info.installation_uuid)
        row = conn.execute(select(KEY_TABLE).where(
            KEY_TABLE.c.installation_uuid == info.installation_uuid)).one()
    private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.private_key))
    return row.public_key, private.sign(data)


def verify_signature(public_key: str, data: bytes, signature: bytes) -> bool:
    try:
        raw = base64.b64decode(public_key, validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


@dataclass(frozen=True)
class PinCheck:
    status: str  # "pinned" (known key), "new" (first key for the unit), "own"
    message: str = ""


class KeyMismatch(UserError):
    """A file for a pinned unit is signed by another key."""

    def __init__(self, message: str, unit_code: str, public_key: str, installation: str):
        super().__init__(message)
        self.unit_code = unit_code
        self.public_key = public_key
        self.installation = installation


def pinned_keys(conn: Connection, unit_code: str | None = None) -> list:
    query = select(PIN_TABLE).order_by(PIN_TABLE.c.unit_code, PIN_TABLE.c.pinned_at)
    if unit_code is not None:
        query = query.where(PIN_TABLE.c.unit_code == unit_code)
    return conn.execute(query).all()


def check_pin(conn: Connection, unit_code: str, unit_name: str, installation: str,
              public_key: str, own_installation: str) -> PinCheck:
    """Is ``public_key`` trusted for ``unit_code``? Raises ``KeyMismatch`` when not."""
    own = conn.execute(select(KEY_TABLE.c.public_key).where(
        KEY_TABLE.c.installation_uuid == own_installation)).first()
    if installation == own_installation:
        if own is not None and own.public_key == public_key:
            return PinCheck("own")
        raise KeyMismatch(_(
            "Tệp tự nhận là do chính máy này tạo nhưng chữ ký không khớp khóa của máy này. "
            "Tệp có thể bị giả mạo; không nhập."), unit_code, public_key, installation)
    pins = pinned_keys(conn, unit_code)
    if not pins:
        return PinCheck("new", _("Lần đầu nhận tệp của {unit}: khóa {fp} sẽ được ghim.")
                        .format(unit=unit_name, fp=fingerprint(public_key)))
    if any(pin.public_key == public_key for pin in pins):
        return PinCheck("pinned")
    known = ", ".join(fingerprint(pin.public_key) for pin in pins)
    raise KeyMismatch(_(
        "CẢNH BÁO: tệp của {unit} được ký bằng khóa {fp}, khác với khóa đã ghim cho đơn vị "
        "này ({known}). Tệp có thể bị giả mạo. Chỉ khi đơn vị đã cài lại máy hoặc dùng thêm "
        "máy và bạn đã xác nhận mã khóa với họ (qua điện thoại), hãy ghim lại khóa có chủ ý "
        "(Trao đổi dữ liệu › Ghim lại khóa, hoặc lệnh import --repin).").format(
            unit=unit_name, fp=fingerprint(public_key), known=known),
        unit_code, public_key, installation)


def pin(conn: Connection, unit_code: str, installation: str, public_key: str,
        how: str = "first-seen") -> None:
    """Trust ``public_key`` for the unit. ``re-pinned`` replaces the unit's other keys;
    ``added`` keeps them (a second PC of the same unit)."""
    if how == "re-pinned":
        conn.execute(delete(PIN_TABLE).where(PIN_TABLE.c.unit_code == unit_code))
    elif any(p.public_key == public_key for p in pinned_keys(conn, unit_code)):
        return
    conn.execute(insert(PIN_TABLE).values(
        unit_code=unit_code, installation_uuid=installation, public_key=public_key,
        pinned_at=utcnow(), how=how))


def own_public_key(workspace) -> str:
    return ensure_installation_key(workspace)
