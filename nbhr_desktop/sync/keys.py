"""This installation's signing key, and the keys trusted for other units.

Each installation has an Ed25519 key pair made at ``init`` (or at the first export of an
older data folder). It lives in the database, so a backup and its restore keep the
installation's identity. A package names its sender's public key, which is trusted when:

- it is this installation's own key (a file this PC made);
- it is pinned for the sender's unit (seen before, or added on purpose);
- its fingerprint was registered for the unit before the first file came (``keys
  register``, from the short code the unit's report prints), which completes the pin.

Otherwise a file from a unit that has a pinned or registered key is refused loudly
(``KeyMismatch``) until a user deliberately re-pins or adds the key. A file from another PC
of this installation's own unit is never trusted on first sight (``NotIntroduced``): that
PC must be introduced (its fingerprint registered, or its key added on purpose), or anyone
could edit and delete this unit's records by claiming to be "another PC". A file from a unit
never heard from is a first contact: allowed, but shown as such so the officer can refuse.
Pins are per unit, and one key may be pinned for several units (an installation that
hands a former unit's records over to its successor signs for both).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, delete, insert, select, update

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core import key_code
from nbhr_desktop.core.installation_key import (  # made at init; signing uses them
    KEY_TABLE,
    _ensure,
    ensure_installation_key,
)
from nbhr_desktop.storage.models import utcnow
from nbhr_desktop.storage.models.sync import SyncPinnedKey

PIN_TABLE = SyncPinnedKey.__table__


def fingerprint(public_key: str) -> str:
    """A short code people can read out by phone or copy from a printed report:
    "3F2A-91C0-7B1D-0A2B-C3D4-E5F6" (``core.key_code``)."""
    return key_code.key_code(public_key)


_digest = key_code.digest
format_fingerprint = key_code.format_code
parse_fingerprint = key_code.parse_code


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
    # "own" (this PC), "pinned" (known key), "registered" (matches a registered code),
    # "new" (first contact: a unit never heard from)
    status: str
    message: str = ""

    @property
    def first_contact(self) -> bool:
        return self.status == "new"


class KeyMismatch(UserError):
    """A file for a unit is signed by a key not trusted for it."""

    def __init__(self, message: str, unit_code: str, public_key: str, installation: str):
        super().__init__(message)
        self.unit_code = unit_code
        self.public_key = public_key
        self.installation = installation

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


class NotIntroduced(KeyMismatch):
    """A file from "another PC of this unit" whose key nobody introduced here."""


def pinned_keys(conn: Connection, unit_code: str | None = None) -> list:
    """Pinned keys and registrations, by unit then age."""
    query = select(PIN_TABLE).order_by(PIN_TABLE.c.unit_code, PIN_TABLE.c.pinned_at)
    if unit_code is not None:
        query = query.where(PIN_TABLE.c.unit_code == unit_code)
    return conn.execute(query).all()


def _pin_digits(pin) -> str:
    return pin.fingerprint or (_digest(pin.public_key) if pin.public_key else "")


def check_pin(conn: Connection, unit_code: str, unit_name: str, installation: str,
              public_key: str, own_installation: str, own_unit: str = "") -> PinCheck:
    """Is ``public_key`` trusted for ``unit_code``? Raises ``KeyMismatch`` when not."""
    own = conn.execute(select(KEY_TABLE.c.public_key).where(
        KEY_TABLE.c.installation_uuid == own_installation)).first()
    fp = fingerprint(public_key)
    if installation == own_installation:
        if own is not None and own.public_key == public_key:
            return PinCheck("own")
        raise KeyMismatch(_(
            "Tệp tự nhận là do chính máy này tạo nhưng chữ ký không khớp khóa của máy này. "
            "Tệp có thể bị giả mạo; không nhập."), unit_code, public_key, installation)
    pins = pinned_keys(conn, unit_code)
    if any(pin.public_key == public_key for pin in pins):
        return PinCheck("pinned")
    digits = _digest(public_key)
    if any(not pin.public_key and pin.fingerprint == digits for pin in pins):
        return PinCheck("registered", _(
            "Khóa {fp} của {unit} khớp mã khóa đã đăng ký; sẽ được ghim.").format(
                fp=fp, unit=unit_name))
    if not pins and unit_code != own_unit:
        return PinCheck("new", _(
            "LẦN ĐẦU nhận tệp của {unit}: khóa {fp} chưa được đăng ký. Hãy đối chiếu mã này "
            "với mã khóa in trên báo cáo của đơn vị (hoặc gọi điện hỏi) trước khi nhập; nếu "
            "không khớp, hãy từ chối tệp.").format(unit=unit_name, fp=fp))
    if not pins:
        raise NotIntroduced(_(
            "Tệp tự nhận là từ một máy khác của chính đơn vị này ({unit}), ký bằng khóa {fp} "
            "chưa được giới thiệu với máy này. Không nhập: tệp có thể bị giả mạo. Nếu đúng là "
            "máy của đơn vị, hãy xem mã khóa trên máy đó (Trao đổi dữ liệu › Gửi đi, hoặc "
            "lệnh keys show-mine), rồi đăng ký ở đây (keys register --unit {code} "
            "--fingerprint {fp}) hoặc nhập lại với --add-key.").format(
                unit=unit_name, fp=fp, code=unit_code), unit_code, public_key, installation)
    known = ", ".join(format_fingerprint(_pin_digits(pin)) for pin in pins)
    raise KeyMismatch(_(
        "CẢNH BÁO: tệp của {unit} được ký bằng khóa {fp}, khác với khóa đã ghim cho đơn vị "
        "này ({known}). Tệp có thể bị giả mạo. Chỉ khi đơn vị đã cài lại máy hoặc dùng thêm "
        "máy và bạn đã xác nhận mã khóa với họ (qua điện thoại), hãy ghim lại khóa có chủ ý "
        "(Trao đổi dữ liệu › Ghim lại khóa, hoặc lệnh import --repin).").format(
            unit=unit_name, fp=fp, known=known),
        unit_code, public_key, installation)


def pin(conn: Connection, unit_code: str, installation: str, public_key: str,
        how: str = "first-seen") -> None:
    """Trust ``public_key`` for the unit. ``re-pinned`` replaces the unit's other keys;
    ``added`` keeps them (a second PC of the same unit); ``registered`` completes the
    registration its fingerprint matches."""
    digits = _digest(public_key)
    if how == "re-pinned":
        conn.execute(delete(PIN_TABLE).where(PIN_TABLE.c.unit_code == unit_code))
    elif any(p.public_key == public_key for p in pinned_keys(conn, unit_code)):
        return
    elif how == "registered":
        conn.execute(update(PIN_TABLE).where(
            PIN_TABLE.c.unit_code == unit_code, PIN_TABLE.c.public_key == "",
            PIN_TABLE.c.fingerprint == digits).values(
                public_key=public_key, installation_uuid=installation, pinned_at=utcnow()))
        return
    conn.execute(insert(PIN_TABLE).values(
        unit_code=unit_code, installation_uuid=installation, public_key=public_key,
        fingerprint=digits, pinned_at=utcnow(), how=how))


@dataclass(frozen=True)
class Registration:
    unit_code: str
    fingerprint: str
    already: bool  # the key was already pinned or registered for the unit
    dropped: tuple[str, ...]  # first-seen keys of the unit that did not match: no longer trusted


def register(conn: Connection, unit_code: str, code: str) -> Registration:
    """Register the fingerprint of a unit's key before (or after) its first file.

    The code comes from the unit itself (its printed report, a phone call), so it outranks
    a key that was only pinned because it signed the first file: such keys of the unit that
    do not match are dropped, and their next file is refused loudly.
    """
    digits = parse_fingerprint(code)
    pins = pinned_keys(conn, unit_code)
    if any(_pin_digits(p) == digits for p in pins):
        return Registration(unit_code, format_fingerprint(digits), True, ())
    dropped = [p for p in pins if p.how == "first-seen" and _pin_digits(p) != digits]
    for stale in dropped:
        conn.execute(delete(PIN_TABLE).where(PIN_TABLE.c.id == stale.id))
    conn.execute(insert(PIN_TABLE).values(
        unit_code=unit_code, installation_uuid="", public_key="", fingerprint=digits,
        pinned_at=utcnow(), how="registered"))
    return Registration(unit_code, format_fingerprint(digits), False,
                        tuple(format_fingerprint(_pin_digits(p)) for p in dropped))


def unregister(conn: Connection, unit_code: str, code: str) -> int:
    """Stop trusting a key (pinned or registered) of a unit; returns how many went."""
    digits = parse_fingerprint(code)
    ids = [p.id for p in pinned_keys(conn, unit_code) if _pin_digits(p) == digits]
    if ids:
        conn.execute(delete(PIN_TABLE).where(PIN_TABLE.c.id.in_(ids)))
    return len(ids)


def pin_fingerprint(pin) -> str:
    """The readable code of a pinned or registered key row."""
    return format_fingerprint(_pin_digits(pin))


def own_public_key(workspace) -> str:
    return ensure_installation_key(workspace)
