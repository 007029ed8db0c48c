"""The figures, the streamed detail rows and the workbook on PostgreSQL (when
NBHR_TEST_PG_URL names a server, as in CI): the same numbers as a direct query."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import text

from nbhr_desktop.core.reports import locking, service
from nbhr_desktop.core.reports.detail import activity_rows
from nbhr_desktop.core.reports.figures import period_figures
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.workbooks.report_workbook import write_report_workbook

from report_fixtures import build_report_data

Q4 = parse_period("2024-Q4")


def test_figures_rows_workbook_and_lock_on_postgresql(pg_workspace, tmp_path):
    info, ids = build_report_data(pg_workspace)
    with pg_workspace.db.session() as s:
        expected = tuple(s.execute(text(
            "SELECT count(*), coalesce(sum(participants_total),0),"
            " coalesce(sum(participants_women),0), coalesce(sum(participants_ethnic),0),"
            " coalesce(sum(products),0), coalesce(sum(broadcast_minutes),0),"
            " coalesce(sum(cost),0) FROM activity WHERE unit_id=:u AND NOT deleted"
            " AND start_date BETWEEN :s AND :e"),
            {"u": info.unit_id, "s": Q4.start, "e": Q4.end}).one())
        figures = period_figures(s, info.unit_id, Q4.start, Q4.end)
        assert figures.totals.as_tuple() == expected
        assert [g.key for g in figures.by_month] == ["2024-10", "2024-11", "2024-12"]
        training = next(t for t in figures.tasks if t.task_id == ids["training_id"])
        assert [(t.in_period, t.result) for t in training.targets] == [(2, 3), (215, 275)]
        # A server-side cursor read in partitions, with the names queried in between.
        rows = list(activity_rows(s, info.unit_id, Q4.start, Q4.end, page_size=2))
        assert len(rows) == 5 and rows[0].themes
        result = write_report_workbook(s, info.unit_id, Q4, tmp_path / "pg.xlsx")
        assert result.fingerprint == figures.fingerprint()
        report = service.open_report(s, info, Q4)
        service.save_report(s, info, report.id, service.ReportEdit(signer_name="Trần Văn B"))
        service.submit_report(s, info, report.id)
        assert not locking.is_out_of_date(report)
        assert locking.report_lock_for(s, info.unit_id, Q4.end).id == report.id
    book = load_workbook(tmp_path / "pg.xlsx")
    overall = {row[1].value: row[2].value for row in book["Tổng hợp"].iter_rows(min_row=4)}
    assert overall["Kinh phí thực hiện (đồng)"] == expected[-1]
    assert overall["Số hoạt động truyền thông"] == expected[0]


def test_cutoff_months_and_judging_on_postgresql(pg_workspace):
    import datetime as dt

    from nbhr_desktop.core.reports.figures import scope_figures
    from nbhr_desktop.core.reports.judging import Verdict
    from nbhr_desktop.core.reports.scope import ReportScope

    from judging_fixtures import build_judging_data
    from report_fixtures import add_activity

    ids = build_judging_data(pg_workspace)
    info = pg_workspace.installation_info()
    with pg_workspace.db.session() as s:
        add_activity(s, info, dt.date(2023, 12, 20), "Cuối năm trước, sau ngày chốt")
        s.flush()
        h1 = scope_figures(s, ReportScope((info.unit_id,), parse_period("2024-H1-ND09")))
        # From the 15th on, a day belongs to the next month's report: 20/12/2023 to January,
        # 20/02 to March; 14/05 stays in May, 14/06 in June; 25/06 falls outside.
        assert [g.key for g in h1.by_month] == ["2024-01", "2024-03", "2024-05", "2024-06"]
        assert h1.totals.activities == 4
        tasks = {t.task_id: t for t in h1.tasks}
        assert tasks[ids["exhibition"]].verdict == Verdict.NOT_DUE
        assert tasks[ids["conference"]].verdict == Verdict.MET
        # Quý II ends on 30/06, after this cut-off (14/06): not due yet.
        assert tasks[ids["training"]].verdict == Verdict.NOT_DUE
