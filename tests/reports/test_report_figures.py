import datetime as dt

from sqlalchemy import text

from nbhr_desktop.core.reports.figures import period_figures

Q4 = (dt.date(2025, 10, 1), dt.date(2025, 12, 31))


def test_totals_match_a_direct_query(report_data, direct_totals):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        figures = period_figures(s, info.unit_id, *Q4)
        assert figures.totals.as_tuple() == direct_totals(s, info.unit_id, *Q4)
        assert figures.totals.activities == 5
        assert figures.totals.cost == 15_500_000 + 12_250_000 + 1_200_000 + 9_000_000 + 20_000_000
        before = figures.year_earlier
        assert before.start == dt.date(2024, 10, 1)
        assert before.totals.as_tuple() == direct_totals(s, info.unit_id, dt.date(2024, 10, 1),
                                                         dt.date(2024, 12, 31))


def test_groupings_add_up(report_data):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        f = period_figures(s, info.unit_id, *Q4)
    for groups in (f.by_form, f.by_month, f.by_quarter, f.by_commune, f.by_funding):
        assert sum((g.totals for g in groups), start=type(f.totals)()) == f.totals
    assert [g.key for g in f.by_month] == ["2025-10", "2025-11", "2025-12"]
    assert [g.name for g in f.by_quarter] == ["Quý IV/2025"]
    forms = {g.key: g.totals.activities for g in f.by_form}
    assert forms == {"tap_huan": 2, "truyen_thanh": 1, "pano": 1, "hoi_nghi": 1}
    communes = {g.name: g.totals.attendances for g in f.by_commune}
    assert communes["Xã Kim Chính"] == 270
    assert communes["Cấp huyện (không riêng xã nào)"] == 0
    audiences = {g.key: g.totals.activities for g in f.by_audience}
    # Multi-valued: the first training counts under both of its audiences.
    assert audiences == {"ttcs": 2, "cbccvc": 1, "nhan_dan": 2, "": 1}
    assert sum(f.by_form_month["tap_huan"][m].activities for m in f.by_form_month["tap_huan"]) == 2


def test_task_targets_against_results(report_data):
    workspace, info, ids = report_data
    with workspace.db.session() as s:
        f = period_figures(s, info.unit_id, *Q4)
        year = period_figures(s, info.unit_id, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    training = next(t for t in f.tasks if t.task_id == ids["training_id"])
    # The quarter's own results, and the cumulative ones from 1 January (lũy kế).
    assert [(t.quantity, t.in_period, t.result) for t in training.targets] == [
        (4, 2, 3), (400, 215, 275)]
    training_year = next(t for t in year.tasks if t.task_id == ids["training_id"])
    assert [(t.in_period, t.result) for t in training_year.targets] == [(3, 3), (275, 275)]
    radio = next(t for t in f.tasks if t.task_id == ids["radio_id"])
    assert (radio.targets[0].in_period, radio.targets[0].result) == (4, 4)


def test_fingerprint_changes_with_the_data(report_data):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        first = period_figures(s, info.unit_id, *Q4).fingerprint()
        assert first == period_figures(s, info.unit_id, *Q4).fingerprint()
        s.execute(text("UPDATE activity SET cost = cost + 1 WHERE title LIKE 'Tập huấn CEDAW%'"))
        assert period_figures(s, info.unit_id, *Q4).fingerprint() != first
