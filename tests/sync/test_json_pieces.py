"""A records part's JSON list read in pieces as its bytes arrive (``sync.json_pieces``):
whatever the blocks and the piece size, the same items as ``json.loads`` of the whole, and
the same refusal for a broken list; a part laid out as this app exports it is cut without
parsing it item by item."""

from __future__ import annotations

import json

import pytest

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync import json_pieces
from nbhr_desktop.sync.json_pieces import list_pieces

WHAT, NAME = "records/activity.json", "p.nbhr"


def _records(count: int) -> list[dict]:
    return [{"uuid": f"u{n}", "title": "Tập huấn " + "x" * (n % 5), "themes": [f"t{n}"],
             "note": '},{"uuid":' if n == 3 else ""} for n in range(count)]


def _exported(records) -> bytes:  # as ``sync.export`` writes a part
    return json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode()


def _pieces(data: bytes, size: int, block: int) -> list[list]:
    blocks = [data[at:at + block] for at in range(0, len(data), block)] or [b""]
    return list(list_pieces(iter(blocks), WHAT, NAME, size))


LISTS = [
    b'[]', b' [ ] ', b'[{"a": 1}]', b'[{"a": 1}, {"b": [2, 3]}, "x", 4, null]',
    '\n[ {"tên": "Tập huấn"} ,{"n":-1.5e3}\t]\r\n'.encode(),
    b'{"not": "a list"}', b'7', _exported(_records(1)), _exported(_records(23)),
    _exported(_records(23)) + b"\r\n",
    # a record holding records of its own: cut there, a piece is not JSON alone
    _exported([{"uuid": "a", "kids": [{"uuid": "b"}, {"uuid": "c"}]}, {"uuid": "d"}]),
]


@pytest.mark.parametrize("data", LISTS)
def test_a_list_read_in_pieces_is_the_list_json_reads(data):
    whole = json.loads(data)
    for size in (1, 2, 5, 100):
        for block in (1, 7, 64, 1 << 20):
            pieces = _pieces(data, size, block)
            if isinstance(whole, list):
                assert [item for piece in pieces for item in piece] == whole
                assert all(0 < len(piece) <= size for piece in pieces)
            else:  # handed over as it is: the caller refuses it
                assert pieces == [whole]


BROKEN = [
    b'[{"a": 1},', b'[{"a": 1}] x', b'[{"a": 1} {"b": 2}]', b'[1, 2,]', b'[', b'',
    b'[{"a": 1}]]', b'[\xff]', b'[' * 100_000,
    _exported(_records(9))[:-1],  # the closing bracket lost
    _exported(_records(9))[:-1] + b",]",
    _exported(_records(9)) + b"]",
    _exported(_records(9)).replace(b'"u6"', b'"u6\xed\xa0\x80"'),  # a lone surrogate's bytes
    _exported(_records(9)).replace(b'"u7"', b'[' * 5000 + b']' * 5000),
    _exported(_records(9)).replace(b'{"uuid":"u8"', b'{"uuid":"u8",'),
]


@pytest.mark.parametrize("data", BROKEN)
def test_a_list_that_is_not_json_is_refused_as_json_is(data):
    with pytest.raises(UserError) as whole:
        fmt.parse_json(data, WHAT, NAME)
    for size in (2, 100):
        for block in (5, 1 << 20):
            with pytest.raises(UserError) as pieces:
                _pieces(data, size, block)
            assert pieces.value.message == whole.value.message


def test_items_before_a_defect_are_given_first():
    data = _exported(_records(9))[:-1] + b",]"
    given = []
    with pytest.raises(UserError):
        for piece in list_pieces(iter([data]), WHAT, NAME, 2):
            given += piece
    assert [record["uuid"] for record in given] == [f"u{n}" for n in range(8)]


def test_an_exported_part_is_cut_without_reading_it_item_by_item(monkeypatch):
    def slow(*_args):
        raise AssertionError("read item by item")

    monkeypatch.setattr(json_pieces, "_slow", slow)
    records = _records(50)
    pieces = _pieces(_exported(records), 7, 100)
    assert [len(piece) for piece in pieces] == [7] * 7 + [1]
    assert [item for piece in pieces for item in piece] == records
    # the pieces share their records' key strings, as one ``json.loads`` does
    first, second = pieces[0][:2]
    assert next(iter(first)) is next(iter(second))
