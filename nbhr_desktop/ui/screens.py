"""The screens of the main window, in navigation order.

A screen is a ``QWidget`` subclass built as ``ScreenClass(context: UiContext, parent)``. It
has a ``ready`` signal (``Signal()``) that it emits once it has shown its data the first
time (``--screenshot`` waits for it), and may have ``refresh()`` which the window calls when
an operation reports a change (``OperationRunner.changed``). Screens are imported lazily so
start-up only pays for the first one shown.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # used by --screen
    title_source: str  # Vietnamese source text, translated at display time
    module: str
    class_name: str

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Screens", self.title_source)

    def load(self):
        return getattr(importlib.import_module(self.module), self.class_name)


def _t(text: str) -> str:
    """Marks a string for translation extraction (lupdate); translated in ``title``."""
    return text


SCREENS: list[ScreenSpec] = [
    ScreenSpec("dashboard", _t("Tổng quan"), "nbhr_desktop.ui.dashboard.screen", "DashboardScreen"),
    ScreenSpec("plans", _t("Kế hoạch"), "nbhr_desktop.ui.plans.screen", "PlansScreen"),
    ScreenSpec("activities", _t("Hoạt động"), "nbhr_desktop.ui.activities.screen", "ActivitiesScreen"),
    ScreenSpec("reports", _t("Báo cáo"), "nbhr_desktop.ui.reports.screen", "ReportsScreen"),
    ScreenSpec("exchange", _t("Trao đổi dữ liệu"), "nbhr_desktop.ui.exchange.screen", "ExchangeScreen"),
    ScreenSpec("catalogues", _t("Danh mục"), "nbhr_desktop.ui.catalogues.screen", "CataloguesScreen"),
    ScreenSpec("settings", _t("Cài đặt"), "nbhr_desktop.ui.settings.screen", "SettingsScreen"),
]


def screen_by_key(key: str) -> ScreenSpec | None:
    return next((spec for spec in SCREENS if spec.key == key), None)
