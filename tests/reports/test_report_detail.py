"""Streaming the period's activities for the workbook, and the summary's time columns."""

import datetime as dt

from nbhr_desktop.core.reports.detail import activity_rows
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.workbooks.report_summary import time_buckets

Q4 = parse_period("2024-Q4")


def test_rows_stream_in_partitions_in_date_order(report_data):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        whole = list(activity_rows(s, info.unit_id, Q4.start, Q4.end))
        paged = list(activity_rows(s, info.unit_id, Q4.start, Q4.end, page_size=2))
    assert whole == paged
    assert [r.start_date for r in whole] == sorted(r.start_date for r in whole)
    assert len(whole) == 5 and "Đã xóa" not in {r.title for r in whole}
    radio = next(r for r in whole if r.title.startswith("Chương trình phát thanh"))
    assert radio.themes == ("Công ước về các quyền dân sự và chính trị (ICCPR); Công ước về "
                            "xóa bỏ mọi hình thức phân biệt đối xử với phụ nữ (CEDAW)")
    assert radio.commune == "" and radio.end_date is None
    assert radio.broadcast_minutes == 60 and radio.form == "Chương trình truyền thanh"


def test_time_columns_are_months_up_to_six_then_quarters():
    columns, mapping = time_buckets(Q4)
    assert [label for _k, label in columns] == ["Tháng 10", "Tháng 11", "Tháng 12"]
    columns, mapping = time_buckets(parse_period("2024-9M"))
    assert [label for _k, label in columns] == ["Quý I", "Quý II", "Quý III"]
    assert mapping["2024-05"] == "2024-Q2"
    columns, _mapping = time_buckets(parse_period("2023-11-15:2024-02-10"))
    assert [label for _k, label in columns] == ["11/2023", "12/2023", "01/2024", "02/2024"]
    assert dt.date(2024, 2, 10) == parse_period("2023-11-15:2024-02-10").end
