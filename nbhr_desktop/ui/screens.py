"""The screens of the main window, in navigation order.

A screen is a ``QWidget`` subclass built as ``ScreenClass(context: UiContext, parent)``. It
has a ``ready`` signal (``Signal()``) that it emits once it has shown its data the first
time (``--screenshot`` waits for it), may have ``refresh()`` which the window calls when
an operation reports a change (``OperationRunner.changed``), and ``watches``: the kinds of
change (``core.changes.Change``) it shows, everything when absent. Screens are imported lazily so
start-up only pays for the first one shown.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # used by --screen
    title_source: str  # Vietnamese source text, translated at display time
    module: str
    class_name: str
    roles: tuple[str, ...] = ()  # the installation roles that see it; () = every role
    icon: str = ""  # the icon's name in resources/icons (default: the key)

    def shown_for(self, role: str) -> bool:
        return not self.roles or role in self.roles

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Screens", self.title_source)

    def load(self):
        return getattr(importlib.import_module(self.module), self.class_name)


# Titles are marked with QT_TRANSLATE_NOOP so lupdate extracts them into the "Screens"
# context; ``ScreenSpec.title`` translates them on display.

SCREENS: list[ScreenSpec] = [
    ScreenSpec("dashboard", QT_TRANSLATE_NOOP("Screens", "Tổng quan"),
               "nbhr_desktop.ui.dashboard.screen", "DashboardScreen"),
    ScreenSpec("plans", QT_TRANSLATE_NOOP("Screens", "Kế hoạch"),
               "nbhr_desktop.ui.plans.screen", "PlansScreen"),
    ScreenSpec("activities", QT_TRANSLATE_NOOP("Screens", "Hoạt động"),
               "nbhr_desktop.ui.activities.screen", "ActivitiesScreen"),
    ScreenSpec("reports", QT_TRANSLATE_NOOP("Screens", "Báo cáo"),
               "nbhr_desktop.ui.reports.screen", "ReportsScreen"),
    # The province tracks who has sent their data (core.province.submissions).
    ScreenSpec("submissions", QT_TRANSLATE_NOOP("Screens", "Nộp báo cáo"),
               "nbhr_desktop.ui.submissions.screen", "SubmissionsScreen", roles=("province",)),
    ScreenSpec("exchange", QT_TRANSLATE_NOOP("Screens", "Trao đổi dữ liệu"),
               "nbhr_desktop.ui.exchange.screen", "ExchangeScreen"),
    ScreenSpec("catalogues", QT_TRANSLATE_NOOP("Screens", "Danh mục"),
               "nbhr_desktop.ui.catalogues.screen", "CataloguesScreen"),
    ScreenSpec("settings", QT_TRANSLATE_NOOP("Screens", "Cài đặt"),
               "nbhr_desktop.ui.settings.screen", "SettingsScreen"),
]


def screen_by_key(key: str) -> ScreenSpec | None:
    return next((spec for spec in SCREENS if spec.key == key), None)


def screens_for(role: str) -> list[ScreenSpec]:
    """The navigation of an installation of this role, in order."""
    return [spec for spec in SCREENS if spec.shown_for(role)]
