"""Vietnamese text helpers: normalisation and diacritics-insensitive keys."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str | None) -> str:
    """Text as NFC. Vietnamese typed on some keyboards arrives decomposed (NFD)."""
    return unicodedata.normalize("NFC", text or "")


def fold(text: str | None) -> str:
    """Lower-case, diacritics-free, single-spaced: "Tập  huấn Đoàn" -> "tap huan doan".

    Used for search ("tap huan" finds "Tập huấn") and for matching names typed by users.
    """
    decomposed = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", stripped.lower()).strip()


def ascii_slug(text: str) -> str:
    """ASCII for file names: "Kim Sơn" -> "KimSon"."""
    words = re.split(r"[^0-9A-Za-z]+", fold_keep_case(text))
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def fold_keep_case(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


NBSP = "\u00a0"


def keep_dashes(text: str | None) -> str:
    """Names like "Phòng Văn hóa - Xã hội" with the spaces around " - " made non-breaking,
    so a narrow table cell never breaks the line at the dash ("Phòng Văn hóa / - Xã hội")."""
    return nfc(text).replace(" - ", f"{NBSP}-{NBSP}")
