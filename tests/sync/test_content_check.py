"""The content check written out per table (``sync.content_check``) takes and refuses exactly
what each column's detailed check does, in table order: a value of a crafted file can
never slip through the inline common case, nor come out changed."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nbhr_desktop.sync import records as rec
from nbhr_desktop.sync.records import RecordChecker, RecordError
from nbhr_desktop.sync.tables import BY_NAME, IDENTITY

NOW = dt.datetime(2026, 11, 29, 10, 0)
TABLES = ["activity", "plan", "plan_task", "admin_unit", "catalogue_item"]

JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-5, max_value=3 * 10**15),
    st.floats(allow_nan=False), st.text(max_size=12),
    st.sampled_from(["2024-03-10", "2024-02-30", "1989-12-31", "2024-03-10T08:00:00",
                     "x" * 33_000, str(uuid.UUID(int=7)), "not-a-uuid", "", "form"]),
    st.lists(st.sampled_from([str(uuid.UUID(int=3)), "bad", 5]), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


def _good(table: str) -> dict:
    """A record every check accepts."""
    spec = BY_NAME[table]
    record: dict = {}
    for column in spec.columns:
        record[column.name] = {
            "str": next(iter(column.choices)) if column.choices else "Tập huấn",
            "int": 2024 if column.name == "year" else 12, "money": 1_500_000,
            "bool": False, "date": "2024-03-10", "datetime": "2024-03-10T08:00:00",
            "json": {"a": 1}}[column.kind]
    for fk in spec.foreign_keys:
        record[fk.key] = str(uuid.UUID(int=11))
    for link in spec.links:
        record[link.name] = [str(uuid.UUID(int=12))]
    return record


def _reference(table: str, record: dict) -> dict:
    """The definition: each column's detailed check in order, then each reference, then
    each link list."""
    spec = BY_NAME[table]
    typed = {c.name: rec._detailed_checker(c.kind, c.name, c.nullable, c.max_length,
                                           c.choices)(record[c.name]) for c in spec.columns}
    for fk in spec.foreign_keys:
        rec._uuid_checker(fk.key, fk.nullable, set())(record[fk.key])
    for link in spec.links:
        values = record[link.name]
        if type(values) is not list or len(values) > rec.MAX_LINKS:
            raise RecordError(f"links {link.name}")
        for value in values:
            if not isinstance(value, str) or not rec._UUID.match(value):
                raise RecordError(f"link values {link.name}")
    return typed | {"changed_at": NOW}


# Values at and around every limit, and of every wrong type.
HOSTILE = [None, True, False, -1, 0, 1, rec.MAX_INT, rec.MAX_INT + 1, rec.MAX_MONEY,
           rec.MAX_MONEY + 1, 1990, 2101, 1.5, "", "a" * 300, "a" * 301, "a" * 32_000,
           "a" * 32_001, "2024-03-10", "2024-02-30", "1989-12-31", "2024-03-10T08:00:00",
           str(uuid.UUID(int=11)), str(uuid.UUID(int=13)), "not-a-uuid", [], ["x"],
           [str(uuid.UUID(int=12))], [str(uuid.UUID(int=12))] * (rec.MAX_LINKS + 1),
           {"a": 1}, {}]


def _keys(spec) -> list[str]:
    return [c.name for c in spec.columns] + [f.key for f in spec.foreign_keys] + \
        [link.name for link in spec.links]


def _outcome(call):
    try:
        return "ok", call()
    except RecordError as error:
        return "refused", str(error)


@pytest.mark.parametrize("table", TABLES)
def test_a_good_record_comes_out_typed(table):
    record = _good(table)
    typed = RecordChecker(BY_NAME[table], now=NOW).check_content(record, NOW)
    assert typed == _reference(table, record)
    assert list(typed) == [c.name for c in BY_NAME[table].columns] + ["changed_at"]


@pytest.mark.parametrize("table", TABLES)
def test_every_field_at_its_limits_is_judged_as_the_detailed_checks_judge_it(table):
    spec = BY_NAME[table]
    for key in _keys(spec):
        for value in HOSTILE:
            record = _good(table) | {key: value}
            _same(table, record, RecordChecker(spec, now=NOW))


def _same(table: str, record: dict, checker: RecordChecker) -> None:
    got = _outcome(lambda: checker.check_content(record, NOW))
    expected = _outcome(lambda: _reference(table, record))
    assert got[0] == expected[0], (record, got, expected)
    if got[0] == "ok":
        assert got[1] == expected[1]
        # and again, now that its references are known valid (the set look-up path)
        assert checker.check_content(record, NOW) == expected[1]
    elif not any(key in str(expected[1]) for key in ("links", "link values")):
        assert got[1] == expected[1]  # the same words: the first bad column's message


@settings(max_examples=300, deadline=None)
@given(table=st.sampled_from(TABLES), data=st.data())
def test_several_crafted_values_are_judged_as_the_detailed_checks_judge_them(table, data):
    spec = BY_NAME[table]
    record = _good(table)
    for key in data.draw(st.lists(st.sampled_from(_keys(spec)), max_size=3, unique=True)):
        record[key] = data.draw(JUNK)
    _same(table, record, RecordChecker(spec, now=NOW))


def test_identity_fields_are_not_content():
    assert not set(IDENTITY) & {c.name for c in BY_NAME["activity"].columns}
