"""Tổng quan: the figures of a period at a glance — activities, attendances, share of women,
products, spending against the plans' budget — with charts per month, by form, by commune
and attendances by audience, and the plan tasks that are overdue.

The figures are counted in the database (``core.activities.stats`` over the reports'
``period_figures``) on the worker thread; the screen only draws them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGridLayout, QListWidgetItem, QSizePolicy, QWidget

from nbhr_desktop.core.activities.reading import ActivityReader
from nbhr_desktop.core.activities.stats import DashboardData
from nbhr_desktop.core.changes import Change
from nbhr_desktop.core.reports.figures import change_percent
from nbhr_desktop.core.reports.periods import current_quarter, custom_period, quarter, whole_year
from nbhr_desktop.core.vnformat import money, money_short, number, percent, roman, short_date
from nbhr_desktop.ui.dashboard.charts import ChartCard
from nbhr_desktop.ui.forms import load_form
from nbhr_desktop.ui.shortcuts import bind

TOP = 8  # bars per ranked chart: more and QtCharts elides their names to "…"
CARD_STYLE = ("QLabel { background: #f4f7fa; border: 1px solid #d5dde5; border-radius: 4px;"
              " padding: 6px 10px; }")


class DashboardScreen(QWidget):
    # Figures of the log, the plans' budget and overdue tasks, per unit (the province's too).
    watches = (Change.ACTIVITIES | Change.PLANS | Change.CATALOGUES | Change.UNITS
               | Change.SUBMISSIONS)
    ready = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.reader = ActivityReader(context.workspace)
        self.data: DashboardData | None = None
        self._others = ""  # the province: what the unit chart leaves out
        self._ready_sent = False
        self.ui = ui = load_form("dashboard.ui", self)
        ui.layout().setStretchFactor(ui.splitter, 1)
        for card in (ui.activitiesCard, ui.attendancesCard, ui.womenCard, ui.productsCard,
                     ui.budgetCard):
            card.setStyleSheet(CARD_STYLE)
            card.setWordWrap(True)  # long captions wrap on a narrow screen
        # Five cards of equal width whatever their text: sized by their content, the card
        # with the longest caption would squeeze its neighbour's figure onto two lines.
        for host in (ui.activitiesCard, ui.attendancesCard, ui.womenCard, ui.productsCard,
                     ui.budgetFrame):
            host.setSizePolicy(QSizePolicy.Ignored, host.sizePolicy().verticalPolicy())
            ui.cardsLayout.setStretchFactor(host, 1)
        # At the province the figures are every unit's (core.province.dashboard): a chart by
        # unit instead of by commune, and a side panel of units and who has not sent data.
        self.province = context.workspace.installation_info().role == "province"
        self.charts = {
            "month": ChartCard(self.tr("Số hoạt động theo tháng")),
            "form": ChartCard(self.tr("Số hoạt động theo hình thức"), horizontal=True),
            "commune": ChartCard(self.tr("Số hoạt động theo đơn vị") if self.province
                                 else self.tr("Số hoạt động theo xã, thị trấn"), horizontal=True),
            "audience": ChartCard(self.tr("Lượt người tham dự theo đối tượng"),
                                  horizontal=True),
        }
        grid = QGridLayout(ui.chartsHost)
        grid.setContentsMargins(0, 0, 0, 0)
        for position, card in zip([(0, 0), (0, 1), (1, 0), (1, 1)], self.charts.values(),
                                  strict=True):
            grid.addWidget(card, *position)
        ui.splitter.setStretchFactor(0, 4)
        ui.splitter.setStretchFactor(1, 1)
        ui.overduePanel.setMinimumWidth(170)
        self.panel = None
        if self.province:
            from nbhr_desktop.ui.dashboard.province_panel import ProvincePanel

            self.panel = ProvincePanel(ui, self)
        self._setup_period()

    # -- the period ------------------------------------------------------------------------
    def _setup_period(self) -> None:
        ui = self.ui
        today = dt.date.today()
        for key, text in (("year", self.tr("Cả năm")), ("quarter", self.tr("Quý")),
                          ("custom", self.tr("Tùy chọn"))):
            ui.kindCombo.addItem(text, key)
        for q in range(1, 5):
            ui.quarterCombo.addItem(self.tr("Quý {0}").format(roman(q)), q)
        ui.yearSpin.setValue(today.year)
        ui.quarterCombo.setCurrentIndex(current_quarter(today).part - 1)
        ui.fromDate.setDate(QDate(today.year, 1, 1))
        ui.toDate.setDate(QDate(today.year, today.month, today.day))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.yearSpin.valueChanged.connect(self._year_chosen)
        ui.quarterCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.refreshButton.clicked.connect(self.refresh)
        bind(self, "dashboard.refresh", ui.refreshButton)
        self._kind_changed(load=False)
        work_year = self.context.work_year
        self.context.operations.run(lambda _progress: work_year.resolve(),
                                    on_success=self._open_on, show_progress=False)

    def _open_on(self, year: int) -> None:
        """First load: the year with data (or chosen last), not always this year."""
        ui, today = self.ui, dt.date.today()
        ui.yearSpin.blockSignals(True)
        ui.yearSpin.setValue(year)
        ui.yearSpin.blockSignals(False)
        if year != today.year:
            ui.fromDate.setDate(QDate(year, 1, 1))
            ui.toDate.setDate(QDate(year, 12, 31))
        self.refresh()

    def _year_chosen(self, year: int) -> None:
        self.context.work_year.choose(year)
        self.refresh()

    def _kind_changed(self, *_args, load: bool = True) -> None:
        kind = self.ui.kindCombo.currentData()
        self.ui.yearSpin.setVisible(kind != "custom")
        self.ui.quarterCombo.setVisible(kind == "quarter")
        for widget in (self.ui.fromDate, self.ui.toCaption, self.ui.toDate,
                       self.ui.refreshButton):
            widget.setVisible(kind == "custom")
        if load:
            self.refresh()

    def period(self):
        ui = self.ui
        kind = ui.kindCombo.currentData()
        if kind == "quarter":
            return quarter(ui.yearSpin.value(), ui.quarterCombo.currentData())
        if kind == "custom":
            start, end = ui.fromDate.date().toPython(), ui.toDate.date().toPython()
            return custom_period(min(start, end), max(start, end))
        return whole_year(ui.yearSpin.value())

    def set_year(self, year: int) -> None:
        """Show a whole year (tests, and links from other screens)."""
        for widget in (self.ui.kindCombo, self.ui.yearSpin):
            widget.blockSignals(True)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData("year"))
        self._kind_changed(load=False)
        self.ui.yearSpin.setValue(year)
        for widget in (self.ui.kindCombo, self.ui.yearSpin):
            widget.blockSignals(False)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        period, reader, province = self.period(), self.reader, self.province
        self.context.operations.run(
            lambda _progress: (period, reader.dashboard(period, every_unit=province)),
            on_success=self._show, show_progress=False)

    def _show(self, result) -> None:
        period, data = result
        if period != self.period():
            return  # the user has moved on to another period; its figures are coming
        self.data = data
        self._fill_cards(data)
        self._fill_charts(data)
        self._fill_overdue(data)
        if self.panel is not None:
            self.panel.fill(data)
        self.ui.noteLabel.setText(self.tr("Số liệu từ {0} đến {1}; hoạt động tính theo ngày "
                                          "bắt đầu").format(short_date(period.start),
                                                            short_date(period.end))
                                  + self._others + ".")
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _compare(self, now: int, before: int | None) -> str:
        if before is None:
            return ""
        change = change_percent(now, before)
        if change is None:
            return ""
        arrow = "▲" if change >= 0 else "▼"
        colour = "#1e7b34" if change >= 0 else "#b03020"
        return (f"<br><span style='color:{colour}; font-size:small'>{arrow} "
                f"{percent(abs(change))} " + self.tr("so với cùng kỳ năm trước") + "</span>")

    def _fill_cards(self, data: DashboardData) -> None:
        ui, totals = self.ui, data.figures.totals
        before = data.figures.year_earlier.totals if data.figures.year_earlier else None

        def card(label, value, now, then):
            return (f"<span style='color:#555'>{label}</span><br>"
                    f"<span style='font-size:x-large; font-weight:600'>{value}</span>"
                    + self._compare(now, then))

        ui.activitiesCard.setText(card(self.tr("Hoạt động"), number(totals.activities),
                                       totals.activities, before and before.activities))
        ui.attendancesCard.setText(card(self.tr("Lượt người tham dự"),
                                        number(totals.attendances), totals.attendances,
                                        before and before.attendances))
        share = 100.0 * totals.women / totals.attendances if totals.attendances else None
        ui.womenCard.setText(card(self.tr("Tỉ lệ nữ"), percent(share) if share is not None
                                  else "—", 0, None)
                             + "<br><span style='font-size:small'>"
                             + self.tr("{0} người DTTS").format(number(totals.ethnic))
                             + "</span>")
        ui.productsCard.setText(card(self.tr("Sản phẩm"), number(totals.products),
                                     totals.products, before and before.products))
        # Whole đồng figures of a province (billions) wrap the card into four lines: the card
        # shows them short, the tooltip in full.
        budget_line = (self.tr("dự toán {0}").format(money_short(data.budget))
                       if data.budget else "")
        spent = self.tr("Kinh phí đã chi")  # outside the f-string, where lupdate sees it
        ui.budgetCard.setText(f"<span style='color:#555'>{spent}</span><br>"
                              f"<span style='font-size:x-large; font-weight:600'>"
                              f"{money_short(totals.cost)}</span>"
                              + (f"<br><span style='font-size:small'>{budget_line}</span>"
                                 if budget_line else ""))
        ui.budgetCard.setToolTip(
            self.tr("{0} / dự toán {1}").format(money(totals.cost), money(data.budget))
            if data.budget else money(totals.cost))
        share = data.spent_share
        ui.budgetBar.setVisible(share is not None)
        if share is not None:
            ui.budgetBar.setValue(int(min(share, 100)))
            shown = percent(share)
            ui.budgetBar.setFormat(shown + " " + self.tr("dự toán"))

    def _fill_charts(self, data: DashboardData) -> None:
        figures = data.figures
        months = {g.key: g.totals.activities for g in figures.by_month}
        month_pairs = []
        day = figures.start.replace(day=1)
        while day <= figures.end and len(month_pairs) < 36:
            key = f"{day.year:04d}-{day.month:02d}"
            label = (str(day.month) if figures.start.year == figures.end.year
                     else f"{day.month}/{day.year % 100:02d}")
            month_pairs.append((label, months.get(key, 0)))
            day = (day + dt.timedelta(days=32)).replace(day=1)
        activities = self.tr("Số hoạt động")
        self.charts["month"].set_data(month_pairs, activities, self.tr("Tháng"))

        def ranked(groups, measure, limit=TOP):
            """The largest groups; the rest summed as "Khác" so every label stays legible."""
            pairs = sorted(((g.name or self.tr("(chưa ghi)"), getattr(g.totals, measure))
                            for g in groups), key=lambda p: -p[1])
            pairs = [p for p in pairs if p[1] > 0]
            if len(pairs) > limit:
                rest = sum(v for _n, v in pairs[limit - 1:])
                pairs = pairs[:limit - 1] + [(self.tr("Khác"), rest)]
            return pairs

        self.charts["form"].set_data(ranked(figures.by_form, "activities"), activities)
        if self.province:
            # 130 units of similar size: "Khác" would dwarf every bar, so the largest units
            # are drawn and the rest are counted in the title.
            units = sorted(((g.name, g.totals.activities) for g in figures.by_unit
                            if g.totals.activities), key=lambda p: -p[1])
            shown, rest = units[:TOP], units[TOP:]
            self._others = (self.tr("; biểu đồ theo đơn vị: {0} đơn vị nhiều hoạt động nhất, "
                                    "{1} đơn vị khác có {2} hoạt động").format(
                len(shown), len(rest), number(sum(v for _n, v in rest))) if rest else "")
            self.charts["commune"].set_data(shown, activities)
        else:
            self.charts["commune"].set_data(ranked(figures.by_commune, "activities"),
                                            activities)
        self.charts["audience"].set_data(ranked(figures.by_audience, "attendances"),
                                         self.tr("Lượt người"))

    def _fill_overdue(self, data: DashboardData) -> None:
        listing = self.ui.overdueList
        listing.clear()
        for task in data.overdue:
            title = task.title if len(task.title) <= 90 else task.title[:89].rstrip() + "…"
            done = percent(task.percent) if task.percent is not None else "—"
            text = f"{task.number}. {title}\n" + self.tr("Hạn {0} · đạt {1}").format(
                short_date(task.timing_end), done)
            item = QListWidgetItem(text, listing)
            item.setForeground(QBrush(QColor("#b03020")))
            item.setToolTip(f"{task.title}\n{task.summary()}")
        if not data.overdue:
            QListWidgetItem(self.tr("Không có nhiệm vụ quá hạn."), listing)
