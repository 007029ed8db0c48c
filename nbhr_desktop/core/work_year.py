"""The year the dashboard, plans and reports open on.

The officer's last choice (kept in ``settings.json``, so it belongs to the data folder),
else the latest year that has data (a district's data stops in 2025 while the calendar
goes on), else this year. Screens resolve it on the worker thread when they first load and
tell it when the officer picks another year.
"""

from __future__ import annotations

from nbhr_desktop.core.activities.reading import ActivityReader
from nbhr_desktop.core.settings import SettingsStore
from nbhr_desktop.core.workspace import Workspace


class WorkYear:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self._year: int | None = None

    def resolve(self) -> int:
        """The year to open on (worker thread: it may read the database)."""
        if self._year is None:
            chosen = SettingsStore(self.workspace.location.data_dir).load().work_year
            if chosen:
                self._year = chosen
            else:
                info = self.workspace.installation_info()
                day = ActivityReader(self.workspace).latest_data_day()
                # No data yet: this year, or the last year an ended unit (a district) existed.
                self._year = day.year if day else info.default_year()
        return self._year

    def choose(self, year: int) -> None:
        """The officer picked ``year`` on a screen: the next start opens there."""
        if year == self._year:
            return
        self._year = year
        store = SettingsStore(self.workspace.location.data_dir)
        settings = store.load()
        if store.warning is None:  # never overwrite a file we could not read
            settings.work_year = year
            store.save(settings)
