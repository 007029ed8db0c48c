"""A records part's JSON list read a few thousand items at a time, as its bytes arrive.

The second process of an import (``sync.read_ahead``) reads a part while the first writes
the one before. Parsing a part of 30 MB whole would take five times its size, and its first
records would wait for the last byte to be decompressed; so the list is cut into pieces,
each parsed on its own.

The fast road cuts where this app's export puts one record after another: ``json.dumps``
of a list of records with compact separators, each record beginning with its ``"uuid"``,
so ``},{"uuid":`` marks the start of every record but the first. Outside a string that is
the only place it can stand in a list of records: inside a string its third character (an
unescaped ``"``) would close the string, and ``uuid":`` cannot follow a closed string in
valid JSON. A record holding objects with a ``uuid`` of their own could put it at a deeper
level: the piece cut there leaves a bracket unclosed, so it is not valid JSON alone, and
the slow road takes over. Each piece is parsed by ``json.loads``, which also shares the
key strings of a piece's records (instead of a copy per record): sending them to the other
process costs half as much.

The slow road (any other layout, and any piece ``json.loads`` refuses) reads the rest of
the part whole, item by item (``JSONDecoder.raw_decode``). Either road gives exactly the
items ``json.loads`` of the whole part gives, and refuses what it refuses with the same
message (a test holds the three equal on good and broken lists).

The blocks may come from a part not yet hashed (``read_ahead`` hashes them as they pass,
and refuses the part at its end if they differ from what was verified): a fast piece is at
most ``PIECE_BYTES``, and the slow road parses only after the last block has arrived (so
after the hash is checked).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from nbhr_desktop.base.i18n import _
from nbhr_desktop.sync.format import PackageError, not_json, parse_json

RECORD_START = b'},{"uuid":'
# A fast piece holds at most this many bytes (a record is about 650 bytes): a part cut
# differently, or records far larger than that, take the slow road.
PIECE_BYTES = 8 * 1024 * 1024
_SPACE = re.compile(r"[ \t\n\r]*")
_SPACE_BYTES = b" \t\n\r"


def list_pieces(blocks: Iterable[bytes], what: str, file_name: str,
                size: int) -> Iterator[list]:
    """The items of the JSON list in ``blocks``, at most ``size`` at a time (never an
    empty piece); anything but a list is handed over as ``json.loads`` reads it (the caller
    refuses it)."""
    blocks = iter(blocks)
    pending = b""
    for block in blocks:  # up to the opening bracket
        pending += block
        if pending.lstrip(_SPACE_BYTES):
            break
    body = pending.lstrip(_SPACE_BYTES)
    if not body.startswith(b"["):
        yield from _slow(pending + b"".join(blocks), what, file_name, size)
        return
    pending = body[1:]
    rest = yield from _fast(pending, blocks, size)
    if rest is not None:  # cut otherwise, or a piece refused: the rest read whole
        yield from _slow(b"[" + rest + b"".join(blocks), what, file_name, size)


def _fast(pending: bytes, blocks: Iterator[bytes], size: int) -> Iterator[list]:
    """Pieces cut at ``RECORD_START``; returns None at the end of a well-formed list, or
    the bytes from the first item not given (the blocks not read yet follow them)."""
    found, searched = 0, 0  # record starts in ``pending``, and how far it was searched
    cut = 0  # where the last of them stands (the comma before it)
    while True:
        while found < size:
            at = pending.find(RECORD_START, searched)
            if at < 0:
                searched = max(len(pending) - len(RECORD_START) + 1, searched)
                break
            found += 1
            cut = at + 1
            searched = at + 2
        if found >= size:  # ``size`` items before the cut: the first, and one per start
            piece = _parsed(pending[:cut])
            if piece is None or len(piece) != found:
                return pending
            yield piece
            pending, found, searched, cut = pending[cut + 1:], 0, 0, 0
            continue
        if len(pending) > PIECE_BYTES:
            return pending  # not cut as this app cuts (or records of megabytes)
        block = next(blocks, None)
        if block is None:
            break
        pending += block
    # The last items (fewer than ``size``), the closing bracket and only white space after.
    tail = pending.rstrip(_SPACE_BYTES)
    if not tail.endswith(b"]"):
        return pending
    if not tail[:-1].strip(_SPACE_BYTES):
        return None  # an empty list
    piece = _parsed(tail[:-1])
    if piece is None or len(piece) != found + 1:
        return pending
    yield piece
    return None


def _parsed(items: bytes) -> list | None:
    """The items of ``[items]``, or None where ``json.loads`` would not read them."""
    try:
        text = items.decode("utf-8")
    except UnicodeDecodeError:
        return None
    try:
        found = json.loads(f"[{text}]")
    except (ValueError, RecursionError, MemoryError):
        return None
    return found


def _slow(data: bytes, what: str, file_name: str, size: int) -> Iterator[list]:
    """Item by item: any layout, and the exact refusal where the JSON is broken. Items
    before a defect are given first."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise not_json(what, file_name) from None
    del data
    decode = json.JSONDecoder().raw_decode
    space = _SPACE.match
    at = space(text).end()
    if text[at:at + 1] != "[":
        yield parse_json(text.encode("utf-8"), what, file_name)
        return
    at = space(text, at + 1).end()
    closed = text[at:at + 1] == "]"
    items: list = []
    try:
        while not closed:
            item, at = decode(text, at)
            items.append(item)
            at = space(text, at).end()
            mark = text[at:at + 1]
            if mark == ",":
                at = space(text, at + 1).end()
            elif mark == "]":
                closed = True
            else:
                raise ValueError(mark)
            if len(items) >= size:
                yield items
                items = []
    except (RecursionError, MemoryError):
        raise PackageError(_("Phần {what} của tệp \"{name}\" lồng nhau quá sâu; không nhập.")
                           .format(what=what, name=file_name)) from None
    except ValueError:
        raise not_json(what, file_name) from None
    if space(text, at + 1).end() != len(text):  # anything after the list
        raise not_json(what, file_name)
    if items:
        yield items
