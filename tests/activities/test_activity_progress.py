import datetime as dt

from nbhr_desktop.core.activities.progress import task_progress
from nbhr_desktop.storage.models import Activity


def test_targets_are_counted_from_linked_activities(workspace, log):
    with workspace.db.session() as s:
        tasks = task_progress(s, log.plan_id, today=dt.date(2024, 8, 1))
    training, radio = tasks
    assert [t.result for t in training.targets] == [3, 180]
    assert training.targets[0].label() == "3/4 lớp, 75,0%"
    assert training.targets[1].percent == 90.0
    assert training.spent == 25_000_000 and training.budget == 40_000_000
    # Timing ended 30/06 and only 3 of 4 trainings happened: overdue.
    assert training.overdue and not training.complete
    # Broadcast minutes are summed; the manual target keeps the officer's figure.
    assert [t.result for t in radio.targets] == [50, 60]
    assert not radio.overdue  # its timing runs to the end of the year
    assert radio.percent == 55.0


def test_period_and_tombstones_limit_the_count(workspace, log):
    with workspace.db.session() as s:
        s.get(Activity, log.activities["t2"]).deleted = True
    with workspace.db.session() as s:
        training = task_progress(s, log.plan_id, dt.date(2024, 1, 1), dt.date(2024, 3, 31))[0]
        assert training.targets[0].result == 1
        everything = task_progress(s, log.plan_id)[0]
        assert everything.targets[0].result == 2
        assert everything.figures.attendances == 120


def test_complete_task_is_not_overdue(workspace, log):
    with workspace.db.session() as s:
        for target in s.get(Activity, log.activities["t1"]).task.targets:
            target.quantity = 1
    with workspace.db.session() as s:
        training = task_progress(s, log.plan_id, today=dt.date(2025, 1, 1))[0]
    assert training.complete and not training.overdue
