"""The operation runner itself: work on the worker thread, results and errors back on the
GUI thread, progress in a dialog, Cancel, and typed change notices."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from nbhr_desktop.base.errors import OperationCancelled, UserError
from nbhr_desktop.core.changes import Change
from nbhr_desktop.ui.operations import OperationRunner


@pytest.fixture
def runner(qtbot):
    made = OperationRunner()
    yield made
    made.wait(10_000)


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes the runner would show, recorded instead of blocking the test."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a: shown.append(text)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    return shown


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _wait(qtbot, runner, done: dict) -> None:
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    runner.wait(10_000)


def test_work_runs_on_the_worker_and_its_result_comes_back_on_the_gui_thread(qtbot, runner):
    threads, done = {}, {}

    def work(_progress):
        threads["work"] = threading.current_thread()
        return 42

    def on_success(result):
        threads["result"] = threading.current_thread()
        done["result"] = result

    runner.run(work, on_success=on_success)
    _wait(qtbot, runner, done)
    assert done["result"] == 42
    assert threads["work"] is not threading.main_thread()
    assert threads["result"] is threading.main_thread()


def test_a_user_error_goes_to_on_failure_or_a_plain_message(qtbot, runner, boxes):
    failed = {}
    runner.run(lambda _p: (_ for _ in ()).throw(UserError("Sai ngày")),
               on_failure=lambda error: failed.setdefault("error", error))
    _wait(qtbot, runner, failed)
    assert failed["error"].message == "Sai ngày" and boxes == []

    runner.run(lambda _p: (_ for _ in ()).throw(UserError("Thiếu tên", details=["a"])))
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert boxes == ["Thiếu tên\n\n• a"]


def test_an_unexpected_error_is_shown_with_its_text_and_changes_nothing(qtbot, runner, boxes):
    changed = []
    runner.changed.connect(changed.append)
    runner.run(lambda _p: 1 / 0, changes=Change.PLANS)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert "division by zero" in boxes[0] and "không bị ảnh hưởng" in boxes[0]
    assert changed == []  # a failed write announces no change


def test_progress_reaches_the_dialog(qtbot, runner, parent):
    reported, release, done = threading.Event(), threading.Event(), {}

    def work(progress):
        progress(3, 10, "Đang đọc bảng hoạt động…")
        reported.set()
        release.wait(10)
        return "ok"

    runner.run(work, on_success=lambda r: done.setdefault("r", r), parent=parent,
               label="Đang nhập")
    dialog = parent.findChild(QProgressDialog)
    assert reported.wait(10)
    qtbot.waitUntil(lambda: dialog.value() == 3, timeout=10_000)
    assert dialog.maximum() == 10 and dialog.labelText() == "Đang đọc bảng hoạt động…"
    release.set()
    _wait(qtbot, runner, done)
    assert done["r"] == "ok"


def test_cancel_stops_the_work_at_its_next_progress_quietly(qtbot, runner, parent, boxes):
    started, release = threading.Event(), threading.Event()
    steps, changed, failed, succeeded = [], [], {}, []
    runner.changed.connect(changed.append)

    def work(progress):
        for step in range(100):
            progress(step, 100, "")
            steps.append(step)
            if step == 1:
                started.set()
                release.wait(10)
        return "finished"

    runner.run(work, on_success=succeeded.append, parent=parent, label="Đang xuất",
               changes=Change.ACTIVITIES, cancellable=True,
               on_failure=lambda error: failed.setdefault("error", error))
    dialog = parent.findChild(QProgressDialog)
    assert started.wait(10)
    with qtbot.waitSignal(runner.cancelled, timeout=10_000) as said:
        button = dialog.findChild(QPushButton)
        assert button.text() == "Hủy"
        button.click()
        release.set()
    assert said.args == ["Đã hủy"]
    assert steps == [0, 1]  # the next progress call raised: no third step
    assert isinstance(failed["error"], OperationCancelled)
    assert succeeded == [] and changed == [] and boxes == []


def test_a_cancelled_operation_without_on_failure_shows_no_box(qtbot, runner, boxes):
    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.run(lambda progress: progress(0, 0, "") or (_ for _ in ()).throw(
            OperationCancelled()))
    runner.wait(10_000)
    qtbot.wait(20)
    assert boxes == []


def test_typed_changes_reach_subscribers(qtbot, runner):
    changed = []
    runner.changed.connect(changed.append)
    with qtbot.waitSignal(runner.changed, timeout=10_000):
        runner.run(lambda _p: None, changes=Change.PLANS | Change.CATALOGUES)
    # A change worked out from the result: what an import really wrote.
    with qtbot.waitSignal(runner.changed, timeout=10_000):
        runner.run(lambda _p: Change.REPORTS, changes=lambda result: result)
    done = {}
    runner.run(lambda _p: None, on_success=lambda _r: done.setdefault("x", 1))  # a read
    _wait(qtbot, runner, done)
    assert changed == [Change.PLANS | Change.CATALOGUES, Change.REPORTS]
    assert Change.CATALOGUES in changed[0] and not changed[0] & Change.ACTIVITIES


def test_a_string_tag_is_refused(runner):
    with pytest.raises(TypeError):
        runner.run(lambda _p: None, changes="activities")
