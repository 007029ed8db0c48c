"""The short, readable code of an installation's exchange key (its fingerprint).

"3F2A-91C0-7B1D-0A2B-C3D4-E5F6": 96 bits of the SHA-256 of the public key, in six groups
people can read out by phone, copy from a printed report (``documents/key_note.py``) or
type into ``keys register``. Kept here, below documents and sync, so both print the same.
"""

from __future__ import annotations

import hashlib

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _

DIGITS = 24


def digest(public_key: str) -> str:
    """The code's 24 hex digits, without separators."""
    return hashlib.sha256(public_key.encode("ascii")).hexdigest().upper()[:DIGITS]


def format_code(digits: str) -> str:
    return "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def key_code(public_key: str) -> str:
    return format_code(digest(public_key))


def parse_code(text: str) -> str:
    """The 24 hex digits of a typed code ("3f2a 91c0-…" alike), or ``UserError``."""
    digits = "".join(ch for ch in str(text) if ch not in " -:.\t").upper()
    if len(digits) != DIGITS or any(ch not in "0123456789ABCDEF" for ch in digits):
        raise UserError(_(
            "Mã khóa \"{text}\" không hợp lệ: cần đúng {n} chữ số hệ 16 (0–9, A–F), ví dụ "
            "3F2A-91C0-7B1D-0A2B-C3D4-E5F6. Hãy chép lại mã in trên báo cáo của đơn vị."
        ).format(text=str(text)[:60], n=DIGITS))
    return digits
