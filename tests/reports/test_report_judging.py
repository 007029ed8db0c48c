"""Tasks judged within the year: due or not, cumulative results, hand-entered targets,
Decree 09 cut-off periods, the report's date, and the comparison with a year earlier."""

import datetime as dt

import pytest

from nbhr_desktop.core.reports.figures import scope_figures
from nbhr_desktop.core.reports.judging import Verdict
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.core.reports.scope import ReportScope, excluded_text
from nbhr_desktop.core.vnformat import percent

from judging_fixtures import build_judging_data

D = dt.date


@pytest.fixture
def judged(workspace):
    ids = build_judging_data(workspace)
    info = workspace.installation_info()

    def figures(period: str, as_of: dt.date | None = None):
        scope = ReportScope((info.unit_id,), parse_period(period), as_of)
        with workspace.db.session() as s:
            return scope_figures(s, scope)

    return figures, ids


def by_id(figures, ids):
    return {name: next(t for t in figures.tasks if t.task_id == task_id)
            for name, task_id in ids.items() if name != "plan"}


def test_second_quarter_judges_only_what_was_due(judged):
    figures, ids = judged
    tasks = by_id(figures("2024-Q2"), ids)
    # Quý I, held in February: counted from 1 January, so it is met in the Q2 report.
    assert tasks["conference"].verdict == Verdict.MET
    assert tasks["conference"].targets[0].in_period == 0
    assert tasks["conference"].targets[0].result == 1
    # Quý II, due: one class of two is "chưa đạt"; its 120/100 attendances are "đạt".
    training = tasks["training"]
    assert training.due and training.verdict == Verdict.NOT_MET
    assert [t.verdict for t in training.targets] == [Verdict.NOT_MET, Verdict.MET]
    # Quý IV: not due in a Q2 report, whatever its result…
    assert not tasks["exhibition"].due
    assert tasks["exhibition"].verdict == Verdict.NOT_DUE
    # …and a task already at its target is met, never "chưa đạt".
    assert tasks["early"].verdict == Verdict.MET and tasks["early"].targets[0].percent == 120
    # A hand-entered target nobody entered: "chưa cập nhật", no result, no percentage.
    missing, entered = tasks["survey"].targets
    assert missing.verdict == Verdict.NOT_ENTERED
    assert missing.result is None and missing.percent is None
    assert "chưa cập nhật" in missing.label() and "0,0%" not in missing.label()
    assert entered.result == 80 and entered.verdict == Verdict.NOT_DUE
    assert tasks["survey"].verdict == Verdict.NOT_DUE  # the whole year: not due in June
    for task in tasks.values():
        for target in task.targets:
            if target.percent is not None and target.percent >= 100:
                assert target.verdict == Verdict.MET
            if target.verdict == Verdict.NOT_MET:
                assert task.due


def test_the_year_report_judges_every_task(judged):
    figures, ids = judged
    tasks = by_id(figures("2024"), ids)
    assert tasks["exhibition"].verdict == Verdict.NOT_MET
    # 80 % entered of 100 % is now due and short; the other figure is still missing.
    assert [t.verdict for t in tasks["survey"].targets] == [Verdict.NOT_ENTERED,
                                                            Verdict.NOT_MET]
    assert tasks["survey"].verdict == Verdict.NOT_MET
    assert tasks["early"].verdict == Verdict.MET
    # A fourth quarter closes the year too (even on the cut-off basis, ending 14/12).
    q4 = by_id(figures("2024-Q4-ND09"), ids)
    assert q4["exhibition"].due and q4["exhibition"].verdict == Verdict.NOT_MET


def test_a_share_just_below_the_target_never_reads_one_hundred():
    assert percent(99.96) == "99,9%"
    assert percent(100) == "100,0%"
    assert percent(2331.44) == "2.331,4%"
    assert percent(85.5) == "85,5%"


def test_cutoff_periods_count_from_the_15th_to_the_14th(judged):
    figures, ids = judged
    calendar, cutoff = figures("2024-Q2"), figures("2024-Q2-ND09")
    assert (cutoff.start, cutoff.end) == (D(2024, 3, 15), D(2024, 6, 14))
    # 14/06 belongs to the cut-off second quarter; 25/06 to the third.
    assert cutoff.totals.activities == 2 and calendar.totals.activities == 3
    assert [g.key for g in cutoff.by_month] == ["2024-05", "2024-06"]
    q3 = figures("2024-Q3-ND09")
    assert q3.totals.activities == 1 and [g.key for g in q3.by_month] == ["2024-07"]
    # Its year starts on 15/12/2023: "lũy kế" covers the February conference.
    assert cutoff.year_to_date.activities == 3
    assert by_id(cutoff, ids)["conference"].verdict == Verdict.MET


def test_activities_after_the_report_date_are_left_out_and_counted(judged):
    figures, _ids = judged
    early = figures("2024-Q2", as_of=D(2024, 6, 20))
    assert early.end == D(2024, 6, 20) and early.totals.activities == 2
    assert early.excluded == 1
    scope = early.scope
    assert "Không tính 1 hoạt động" in excluded_text(early.excluded, scope)
    assert "20/06/2024" in scope.coverage_text()
    assert figures("2024-Q2", as_of=D(2026, 11, 29)).excluded == 0


def test_the_comparison_is_filled_or_left_out(judged):
    figures, _ids = judged
    q2 = figures("2024-Q2")
    assert q2.has_comparison and q2.year_earlier.totals.activities == 1
    q3 = figures("2024-Q3")
    assert not q3.has_comparison  # nothing recorded in the third quarter of 2023


def test_a_submitted_report_is_locked_on_what_it_counted(workspace):
    from sqlalchemy import select

    from nbhr_desktop.core.reports import locking, service
    from nbhr_desktop.storage.models import Activity

    build_judging_data(workspace)
    info = workspace.installation_info()
    with workspace.db.session() as s:
        report = service.open_report(s, info, parse_period("2024-Q2"))
        service.save_report(s, info, report.id, service.ReportEdit(
            signer_name="Trần Văn Bình", number=7, issued_date=D(2024, 6, 20)))
        service.submit_report(s, info, report.id)
        assert not locking.is_out_of_date(report)

        def change(title):
            activity = s.scalars(select(Activity).where(Activity.title == title)).one()
            activity.cost += 1000
            activity.touch(info.installation_uuid)
            s.flush()

        change("Phát thanh cuối tháng 6")  # dated after the report: never counted
        assert not locking.is_out_of_date(report)
        change("Hội nghị triển khai")  # February: part of the printed lũy kế
        assert locking.is_out_of_date(report)
