"""Progress and cancelling for long exports, without Qt.

An export reports ``progress(done, total, text)`` (``total`` 0 for a step of unknown length,
which a progress bar shows as busy) and asks ``cancelled()`` at each report; the window's
operation runner or the command line supplies both. A cancelled export raises
``ExportCancelled`` and leaves no file behind (the exporter's job).
"""

from __future__ import annotations

from collections.abc import Callable

from nbhr_desktop.base.errors import OperationCancelled
from nbhr_desktop.base.i18n import ui_
from nbhr_desktop.core.vnformat import number

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class ExportCancelled(OperationCancelled):
    """The user stopped an export; nothing was written (the window reports it quietly)."""

    def __init__(self):
        super().__init__(ui_("Đã dừng xuất tệp theo yêu cầu; không có tệp nào được ghi."))


class Steps:
    """Reports an export's steps to ``progress`` and stops it when ``cancelled()``."""

    def __init__(self, progress: Progress | None = None, cancelled: Cancelled | None = None):
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled()

    def phase(self, text: str) -> None:
        """A step whose length is not known (a busy bar)."""
        self.check()
        if self._progress:
            self._progress(0, 0, text)

    def rows(self, done: int, total: int) -> None:
        self.check()
        if self._progress:
            self._progress(done, total, ui_("Đã ghi {n}/{total} hoạt động…").format(
                n=number(done), total=number(total)))

    def done(self, done: int, text: str) -> None:
        if self._progress:
            self._progress(done, done, text)
