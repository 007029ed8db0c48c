"""The settings screen's data as one service that owns its reads and writes.

Work settings live in ``settings.json`` (``core.settings``); the officer's name, the unit
and the successors for a hand-over in the database; the backups beside it. The window
calls ``snapshot`` and ``save`` on the worker thread (``ui/operations.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nbhr_desktop.core import handover
from nbhr_desktop.core.info import database_size
from nbhr_desktop.core.settings import Settings, SettingsStore, set_officer_name
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import backup


@dataclass
class SettingsSnapshot:
    settings: Settings
    warning: str | None
    officer_name: str
    unit_name: str
    database_size: int | None
    backups: list
    unit_valid_to: object = None  # a district: 30/06/2025
    successors: list = field(default_factory=list)  # for a hand-over (core.handover)


class SettingsService:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    def _store(self) -> SettingsStore:
        return SettingsStore(self.workspace.location.data_dir)

    def snapshot(self) -> SettingsSnapshot:
        workspace = self.workspace
        store = self._store()
        settings = store.load()
        info = workspace.installation_info(refresh=True)
        return SettingsSnapshot(settings, store.warning, info.officer_name, info.unit_name,
                                self._size(), backup.list_backups(workspace.location),
                                info.unit_valid_to, handover.successors(workspace))

    def save(self, settings: Settings, officer_name: str) -> str:
        """Save the work settings and the officer's name; the name as cleaned."""
        self._store().save(settings)
        return set_officer_name(self.workspace, officer_name)

    def _size(self) -> int | None:
        try:
            return database_size(self.workspace)
        except Exception:  # another server kind, or no right to ask: not worth failing over
            return None
