"""One route for background work: a single worker thread, results back on the GUI thread.

Long work (export, import, backup, big queries) never blocks the window. All database
work goes through the same single worker, which keeps SQLite to one writer and the GUI
thread free of queries (``tests/ui/test_gui_thread_db.py`` checks it).

Usage from a screen::

    def work(progress):            # runs on the worker thread; no widgets here
        progress(0, 3, "Đang đọc tệp…")
        return service.do_something()

    self.context.operations.run(
        work, on_success=self._show_result, label=self.tr("Đang nhập dữ liệu"), parent=self,
        changes=Change.ACTIVITIES, cancellable=True,
    )

``progress(done, total, text)`` may be called any number of times; a progress dialog appears
if the work lasts longer than a moment. With ``cancellable=True`` the dialog has a Cancel
button, and the next ``progress`` call after it is pressed raises ``OperationCancelled``
inside the work (an import rolls back its transaction, an export removes its temporary
file); the runner then says "Đã hủy" in ``cancelled`` and shows no error box.

A ``UserError`` goes to ``on_failure`` (default: a message box with the Vietnamese message);
any other exception is shown with its type too. ``changes`` says what a write changed (a
``Change``, or a function of the result giving one, e.g. an import's ``result.changes``);
``changed`` carries it to the window, which refreshes the screens that watch it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from nbhr_desktop.base.errors import OperationCancelled, UserError, file_error_message
from nbhr_desktop.core.changes import Change

Progress = Callable[[int, int, str], None]
Changes = Change | Callable[[Any], Change] | None

__all__ = ["Change", "OperationCancelled", "OperationRunner", "Progress", "show_error"]


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.cancel_pressed = threading.Event()
        self.setAutoDelete(True)

    def progress(self, done: int, total: int, text: str = "") -> None:
        """The work's progress callback (worker thread): where a Cancel takes effect."""
        if self.cancel_pressed.is_set():
            raise OperationCancelled()
        self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            if self.cancel_pressed.is_set():  # cancelled while queued behind other work
                raise OperationCancelled()
            result = self.work(self.progress)
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


class OperationRunner(QObject):
    """Runs work on one background thread and reports back by signal."""

    # Emitted after an operation that changed data succeeds, with its ``Change`` flags, so
    # screens refresh from what changed rather than calling each other.
    changed = Signal(object)
    # Emitted with "Đã hủy" when the officer cancelled an operation (the status bar says it).
    cancelled = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[_Job] = set()

    def run(
        self,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
        label: str = "",
        parent: QWidget | None = None,
        changes: Changes = None,
        show_progress: bool = True,
        cancellable: bool = False,
    ) -> None:
        if isinstance(changes, str):
            raise TypeError("changes is a Change (nbhr_desktop.core.changes), not a string")
        job = _Job(work)
        dialog = None
        if show_progress and parent is not None:
            dialog = QProgressDialog(label, "", 0, 0, parent)
            if cancellable:
                dialog.setCancelButtonText(self.tr("Hủy"))
                dialog.canceled.connect(job.cancel_pressed.set)
            else:
                dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModal)
            dialog.setMinimumDuration(400)  # only for work a user would notice
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)

        def finish():
            self._jobs.discard(job)
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()

        @Slot(int, int, str)
        def on_progress(done: int, total: int, text: str):
            if dialog is not None and not job.cancel_pressed.is_set():
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total > 0 else done)
                if text:
                    dialog.setLabelText(text)

        @Slot(object)
        def succeeded(result):
            finish()
            what = changes(result) if callable(changes) else changes
            if what:
                self.changed.emit(what)
            if on_success is not None:
                on_success(result)

        @Slot(object, str)
        def failed(error, trace):
            finish()
            if isinstance(error, OperationCancelled):
                self.cancelled.emit(self.tr("Đã hủy"))
            if on_failure is not None:
                on_failure(error)
            else:
                show_error(parent, error, trace)

        job.signals.progress.connect(on_progress, Qt.QueuedConnection)
        job.signals.succeeded.connect(succeeded, Qt.QueuedConnection)
        job.signals.failed.connect(failed, Qt.QueuedConnection)
        self._jobs.add(job)  # keep the signals object alive until the job reports
        self._pool.start(job)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued work is done (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)


def show_error(parent: QWidget | None, error: Exception, trace: str = "") -> None:
    if isinstance(error, OperationCancelled):
        return  # the officer asked for it: the runner's ``cancelled`` says "Đã hủy" quietly
    if isinstance(error, UserError):
        text = error.message
        if error.details:
            text += "\n\n" + "\n".join(f"• {d}" for d in error.details[:20])
        QMessageBox.warning(parent, QObject.tr("Không thực hiện được"), text)
    elif isinstance(error, OSError) and (error.filename or error.filename2):
        # e.g. exporting over a workbook still open in Excel: say so, in one line
        QMessageBox.warning(parent, QObject.tr("Không thực hiện được"), file_error_message(error))
    else:
        box = QMessageBox(QMessageBox.Critical, QObject.tr("Lỗi không mong đợi"),
                          QObject.tr("Đã xảy ra lỗi không mong đợi: {0}. Dữ liệu đã lưu không "
                                     "bị ảnh hưởng.").format(error),
                          parent=parent)
        box.setDetailedText(trace)
        box.exec()
