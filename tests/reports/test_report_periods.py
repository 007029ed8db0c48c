import datetime as dt

import pytest

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.core.reports.periods import PeriodKind, parse_period

D = dt.date


@pytest.mark.parametrize("text, start, end, key", [
    ("2025", D(2025, 1, 1), D(2025, 12, 31), "2025"),
    ("2025-Q4", D(2025, 10, 1), D(2025, 12, 31), "2025-Q4"),
    ("2025-q1", D(2025, 1, 1), D(2025, 3, 31), "2025-Q1"),
    ("2025-H1", D(2025, 1, 1), D(2025, 6, 30), "2025-H1"),
    ("2025-H2", D(2025, 7, 1), D(2025, 12, 31), "2025-H2"),
    ("2025-9M", D(2025, 1, 1), D(2025, 9, 30), "2025-9M"),
    ("2025-6M", D(2025, 1, 1), D(2025, 6, 30), "2025-H1"),
    ("2025-01-01:2025-06-30", D(2025, 1, 1), D(2025, 6, 30), "2025-H1"),
    ("2025-02-10:2025-05-20", D(2025, 2, 10), D(2025, 5, 20), "2025-02-10:2025-05-20"),
    ("Quý IV năm 2025", D(2025, 10, 1), D(2025, 12, 31), "2025-Q4"),
    ("quý 2/2024", D(2024, 4, 1), D(2024, 6, 30), "2024-Q2"),
    ("6 tháng đầu năm 2025", D(2025, 1, 1), D(2025, 6, 30), "2025-H1"),
    ("6 tháng cuối năm 2025", D(2025, 7, 1), D(2025, 12, 31), "2025-H2"),
    ("9 tháng năm 2025", D(2025, 1, 1), D(2025, 9, 30), "2025-9M"),
    ("9 tháng đầu năm 2025", D(2025, 1, 1), D(2025, 9, 30), "2025-9M"),
    ("Năm 2024", D(2024, 1, 1), D(2024, 12, 31), "2024"),
])
def test_parse(text, start, end, key):
    period = parse_period(text)
    assert (period.start, period.end, period.key) == (start, end, key)
    assert parse_period(period.key) == period


def test_labels_and_year_earlier():
    q4 = parse_period("2025-Q4")
    assert q4.label == "quý IV năm 2025"
    assert q4.title_label == "Quý IV năm 2025"
    assert q4.year_earlier().key == "2024-Q4"
    assert parse_period("2025-H1").label == "6 tháng đầu năm 2025"
    leap = parse_period("2024-02-29:2024-03-10")
    assert leap.kind == PeriodKind.CUSTOM
    assert leap.year_earlier().start == D(2023, 2, 28)
    assert leap.file_tag == "20240229-20240310"
    assert q4.months == [(2025, 10), (2025, 11), (2025, 12)]


@pytest.mark.parametrize("text", ["", "2025-Q5", "quý V 2025", "25", "2025-13-01:2025-12-31",
                                  "2025-06-30:2025-01-01", "1899", "abc"])
def test_bad_input_says_what_is_accepted(text):
    with pytest.raises(UserError) as caught:
        parse_period(text)
    message = caught.value.message
    assert message and ("2025-Q4" in message or "Ngày" in message or "Năm" in message
                        or "Quý" in message)


@pytest.mark.parametrize("text, start, end, key", [
    ("2024-Q1-ND09", D(2023, 12, 15), D(2024, 3, 14), "2024-Q1-ND09"),
    ("2024-Q2-ND09", D(2024, 3, 15), D(2024, 6, 14), "2024-Q2-ND09"),
    ("2024-Q4 ND09", D(2024, 9, 15), D(2024, 12, 14), "2024-Q4-ND09"),
    ("2024-H1-ND09", D(2023, 12, 15), D(2024, 6, 14), "2024-H1-ND09"),
    ("2024-H2-nd09", D(2024, 6, 15), D(2024, 12, 14), "2024-H2-ND09"),
    ("2024-ND09", D(2023, 12, 15), D(2024, 12, 14), "2024-ND09"),
    ("Quý II năm 2024 (NĐ 09)", D(2024, 3, 15), D(2024, 6, 14), "2024-Q2-ND09"),
    ("2023-12-15:2024-06-14", D(2023, 12, 15), D(2024, 6, 14), "2024-H1-ND09"),
])
def test_decree_09_cutoff_periods(text, start, end, key):
    period = parse_period(text)
    assert (period.start, period.end, period.key) == (start, end, key)
    assert period.is_cutoff and parse_period(period.key) == period
    assert period.label == parse_period(key.removesuffix("-ND09")).label  # same name


def test_cutoff_flag_months_and_the_year_to_date():
    h1 = parse_period("2026-H1", cutoff=True)
    assert h1.key == "2026-H1-ND09" and h1.file_tag == "2026-H1-ND09"
    q2 = parse_period("2024-Q2", cutoff=True)
    assert q2.months == [(2024, 4), (2024, 5), (2024, 6)]  # report months: 15th to 14th
    assert q2.year_start == D(2023, 12, 15) and q2.has_year_to_date
    assert parse_period("2024-Q2").year_start == D(2024, 1, 1)
    assert not parse_period("2024-H1").has_year_to_date
    assert q2.year_earlier().key == "2023-Q2-ND09"
    assert [parse_period(k).following().key for k in ("2024-Q4", "2024-H1", "2024-9M", "2024")] \
        == ["2025-Q1", "2024-H2", "2024-Q4", "2025"]
    assert [parse_period(k).closes_year for k in ("2024-Q3", "2024-Q4-ND09", "2024-H2", "2024")] \
        == [False, True, True, True]
    with pytest.raises(UserError):
        parse_period("2024-02-10:2024-05-20", cutoff=True)
