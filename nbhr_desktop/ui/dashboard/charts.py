"""Chart cards for the dashboard (QtCharts): a title, the chart and "Lưu PNG".

Charts are rebuilt from plain ``(label, value)`` pairs, so the dashboard screen decides
what to show and this module only how: bars per month, horizontal bars for long category
names (forms, communes, audiences), whole numbers on the axes, Vietnamese thousands dots.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nbhr_desktop.base.text import ascii_slug
from nbhr_desktop.ui import file_dialogs

BAR_COLOUR = QColor("#2f6f9f")


TICKS = 5  # four steps: the axis end is a multiple of 4 so every tick is a whole number
TICKS_ACROSS = 3  # a horizontal value axis has room for fewer labels (millions are wide)


def _nice_max(value: float, ticks: int = TICKS) -> int:
    """An axis end a little above the largest bar, on a round number."""
    if value <= 0:
        return TICKS - 1
    magnitude = 10 ** max(len(str(int(value))) - 1, 0)
    top = int(value * 1.1) + 1
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * magnitude >= value * 1.05:
            top = int(step * magnitude)
            break
    steps = ticks - 1
    return -(-top // steps) * steps


LABEL_LIMIT = 34


def _short(label: str, limit: int = LABEL_LIMIT) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip(" ,") + "…"


class ChartCard(QWidget):
    saved = Signal(str)

    def __init__(self, title: str, *, horizontal: bool = False, parent=None):
        super().__init__(parent)
        self.title = title
        self.horizontal = horizontal
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        caption = QLabel(f"<b>{title}</b>", self)
        caption.setWordWrap(True)  # two lines rather than a window wider than 1024 px
        self.save_button = QToolButton(self)
        self.save_button.setText(self.tr("Lưu PNG…"))
        self.save_button.setToolTip(self.tr("Lưu biểu đồ này thành tệp ảnh PNG"))
        self.save_button.clicked.connect(self._ask_and_save)
        top.addWidget(caption, 1)
        top.addWidget(self.save_button)
        layout.addLayout(top)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.Antialiasing)
        self.view.setMinimumHeight(170)
        self.view.setMinimumWidth(200)
        layout.addWidget(self.view, 1)

    def set_data(self, pairs: list[tuple[str, int]], series_name: str,
                 category_title: str = "") -> None:
        self._data = (pairs, series_name, category_title)
        self._limit = self._label_limit()
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if self.horizontal:
            pairs = list(reversed(pairs))  # Qt draws the first category at the bottom
        bars = QBarSet(series_name)
        bars.setColor(BAR_COLOUR)
        for _label, value in pairs:
            bars.append(value)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(False)  # the value axis carries the scale
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(label, self._limit) for label, _value in pairs] or [" "])
        small = QFont()
        small.setPointSize(8)
        categories.setLabelsFont(small)
        # Never "…" for a whole label: QtCharts truncates every category label to "…" as soon
        # as the chart is a little short (1024×768, a two-line caption above it), month
        # numbers and names alike. Names are shortened by ``_short`` instead, and the value
        # axis gives up the width the names need.
        categories.setTruncateLabels(False)
        if category_title:
            categories.setTitleText(category_title)
            categories.setTitleFont(small)
        values = QValueAxis()
        # Vietnamese digit grouping on the axis (125.000, not 125000).
        chart.setLocale(QLocale(QLocale.Vietnamese, QLocale.Vietnam))
        chart.setLocalizeNumbers(True)
        values.setLabelFormat("%.0f")
        ticks = TICKS_ACROSS if self.horizontal else TICKS
        values.setRange(0, _nice_max(max((v for _l, v in pairs), default=0), ticks))
        values.setTickCount(ticks)
        values.setLabelsFont(small)
        if self.horizontal:
            chart.addAxis(categories, Qt.AlignLeft)
            chart.addAxis(values, Qt.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignBottom)
            chart.addAxis(values, Qt.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _label_limit(self) -> int:
        """Characters a category name may keep: QtCharts gives the names about a third of a
        horizontal chart's width (a 290-pixel chart at 1024×768: about 17 characters)."""
        if not self.horizontal:
            return LABEL_LIMIT
        return max(12, min(LABEL_LIMIT, self.view.width() // 17))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        data = getattr(self, "_data", None)
        if data is not None and self._label_limit() != self._limit:
            self.set_data(*data)  # names shortened for the new width

    def save_png(self, path: Path) -> Path:
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if not self.view.grab().save(str(path), "PNG"):
            raise OSError(path)
        self.saved.emit(str(path))
        return path

    def _ask_and_save(self) -> None:
        path = file_dialogs.save_file(self, self.tr("Lưu biểu đồ"),
                                      Path.home() / f"{ascii_slug(self.title)}.png",
                                      self.tr("Ảnh PNG (*.png)"), ".png")
        if path is not None:
            self.save_png(path)
