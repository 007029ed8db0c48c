"""The filter bar of the activities screen: period, catalogue pickers and the search box,
turned into an ``ActivityFilter``. Typing in the search box waits for a short pause
(debounce) before asking for a new query, so a burst of keystrokes costs one query."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject, QTimer, Signal

from nbhr_desktop.core.activities.lookups import Lookups
from nbhr_desktop.core.activities.query import ActivityFilter
from nbhr_desktop.core.reports.periods import current_quarter
from nbhr_desktop.ui.activities.dialog import from_qdate, host_combo, to_qdate
from nbhr_desktop.ui.activities.unit_picker import UnitPicker
from nbhr_desktop.ui.forms import apply_tab_order
from nbhr_desktop.ui.widgets.flow_layout import replace_layout

SEARCH_PAUSE_MS = 120
NO_TASK = -1  # the task picker's "not linked to any task" entry


def _periods(today: dt.date) -> list[tuple[str, dt.date | None, dt.date | None]]:
    quarter = current_quarter(today)
    month_start = today.replace(day=1)
    next_month = (month_start + dt.timedelta(days=32)).replace(day=1)
    year = today.year
    return [
        ("all", None, None),
        ("year", dt.date(year, 1, 1), dt.date(year, 12, 31)),
        ("quarter", quarter.start, quarter.end),
        ("month", month_start, next_month - dt.timedelta(days=1)),
        ("last_year", dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)),
        ("custom", None, None),
    ]


class FilterBar(QObject):
    changed = Signal()

    def __init__(self, ui, parent=None, *, province: bool = False):
        super().__init__(parent)
        self.ui = ui
        self.units = None
        if province:  # every unit's activities: pick whose (several at once)
            self.units = self._unit_filter(ui)
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(self.changed)
        ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        ui.searchEdit.returnPressed.connect(self._search_now)
        names = {
            "all": self.tr("Tất cả"), "year": self.tr("Năm nay"), "quarter": self.tr("Quý này"),
            "month": self.tr("Tháng này"), "last_year": self.tr("Năm trước"),
            "custom": self.tr("Tùy chọn"),
        }
        for key, start, end in _periods(dt.date.today()):
            ui.periodCombo.addItem(names[key], (key, start, end))
        for edit in (ui.fromDate, ui.toDate):
            edit.dateChanged.connect(self._dates_edited)
        ui.toDate.reference = ui.fromDate.value  # the calendar opens after the start
        ui.periodCombo.currentIndexChanged.connect(self._period_chosen)
        self.combos = {}
        self._areas: dict[int, tuple[int, ...]] = {}
        ui.clearFiltersButton.clicked.connect(self.clear)
        if self.units is not None:
            self.units.changed.connect(self._picked)
        # The filters wrap into as many rows as the width needs (three at 1024 pixels).
        replace_layout(ui.filterFrame, spacing=10)

    @staticmethod
    def _unit_filter(ui) -> UnitPicker:
        from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

        holder = QWidget(ui.filterFrame)
        holder.setObjectName("unitUnit")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(QObject.tr("Đơn vị:"), holder)
        picker = UnitPicker(holder)
        caption.setBuddy(picker)
        row.addWidget(caption)
        row.addWidget(picker)
        layout = ui.filterFrame.layout()
        layout.insertWidget(layout.indexOf(ui.datesUnit) + 1, holder)
        return picker

    def set_lookups(self, lookups: Lookups) -> None:
        """(Re)fill the pickers; keeps what was chosen when it still exists."""
        ui, ch = self.ui, lookups.choices
        if self.units is not None:
            self.units.set_units(
                [(c.id, c.name, c.detail) for c in ch["units"]],
                lambda: lookups.units_between(from_qdate(ui.fromDate.date()),
                                              from_qdate(ui.toDate.date())))
        self._areas = lookups.areas
        if not self.combos:
            self.combos = {
                "form_ids": host_combo(ui.formFilterHost, self.tr("Mọi hình thức"), []),
                "commune_ids": host_combo(ui.communeFilterHost, self.tr("Mọi xã"), []),
                "theme_ids": host_combo(ui.themeFilterHost, self.tr("Mọi chủ đề"), []),
                "audience_ids": host_combo(ui.audienceFilterHost, self.tr("Mọi đối tượng"), []),
                "task_ids": host_combo(ui.taskFilterHost, self.tr("Mọi nhiệm vụ"), []),
                "funding_ids": host_combo(ui.fundingFilterHost, self.tr("Mọi nguồn"), []),
            }
            for combo in self.combos.values():
                combo.setMinimumContentsLength(11)  # narrow units: three rows at 1024 px
                combo.setMinimumWidth(130)
                combo.keyChanged.connect(self._picked)
            apply_tab_order(ui)  # the pickers take their placeholders' places
        tables = {"form_ids": "forms", "commune_ids": "communes", "theme_ids": "themes",
                  "audience_ids": "audiences", "task_ids": "tasks", "funding_ids": "funding"}
        self._quiet = True
        for field, table in tables.items():
            items = [(c.id, c.name, c.detail) for c in ch[table]]
            if field == "task_ids":
                items = [(NO_TASK, self.tr("(chưa gắn nhiệm vụ)"), "")] + [
                    (c.id, f"{c.name} ({c.detail})", c.name) for c in ch[table]]
            self.combos[field].set_items(items)
        self._quiet = False

    # -- the spec ------------------------------------------------------------------------
    def spec(self) -> ActivityFilter:
        ui = self.ui
        values = {}
        for field, combo in self.combos.items():
            key = combo.current_key()
            if key is None:
                continue
            if field == "task_ids" and key == NO_TASK:
                values["without_task"] = True
            elif field == "commune_ids":
                # Today's commune covers the old communes it was formed from.
                values[field] = self._areas.get(key, (key,))
            else:
                values[field] = (key,)
        if self.units is not None and self.units.unit_ids():
            values["unit_ids"] = self.units.unit_ids()
        return ActivityFilter(start=from_qdate(ui.fromDate.date()),
                              end=from_qdate(ui.toDate.date()),
                              text=ui.searchEdit.text(), **values)

    def set_spec(self, spec: ActivityFilter) -> None:
        ui = self.ui
        self._quiet = True
        ui.searchEdit.blockSignals(True)
        ui.searchEdit.setText(spec.text)
        ui.searchEdit.blockSignals(False)
        ui.fromDate.setDate(to_qdate(spec.start))
        ui.toDate.setDate(to_qdate(spec.end))
        self._match_period()
        if self.units is not None:
            self.units.set_unit_ids(spec.unit_ids)
        for field, combo in self.combos.items():
            if field == "task_ids" and spec.without_task:
                combo.set_current_key(NO_TASK)
            else:
                keys = getattr(spec, field)
                combo.set_current_key(keys[0] if keys else None)
        self._quiet = False
        self.changed.emit()

    def clear(self) -> None:
        self.set_spec(ActivityFilter())

    # -- reactions -----------------------------------------------------------------------
    def _search_now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _picked(self, _key) -> None:
        if not self._quiet:
            self.changed.emit()

    def _period_chosen(self, index: int) -> None:
        key, start, end = self.ui.periodCombo.itemData(index)
        if key == "custom":
            return
        self._quiet = True
        self.ui.fromDate.setDate(to_qdate(start))
        self.ui.toDate.setDate(to_qdate(end))
        self._quiet = False
        self.changed.emit()

    def _dates_edited(self, _value: QDate) -> None:
        if self._quiet:
            return
        self._match_period()
        self.changed.emit()

    def _match_period(self) -> None:
        start, end = from_qdate(self.ui.fromDate.date()), from_qdate(self.ui.toDate.date())
        combo = self.ui.periodCombo
        found = combo.count() - 1  # "Tùy chọn"
        for row in range(combo.count()):
            key, p_start, p_end = combo.itemData(row)
            if key != "custom" and (p_start, p_end) == (start, end):
                found = row
                break
        combo.blockSignals(True)
        combo.setCurrentIndex(found)
        combo.blockSignals(False)
