"""Report commands: ``export-workbook`` and ``export-report-pdf`` for a period.

``--period`` takes 2025, 2025-Q4, 2025-H1, 2025-9M, 2025-01-01:2025-06-30 or the Vietnamese
words ("Quý IV năm 2025"); ``--cutoff`` counts it by the data cut-off of Decree 09/2019
(2025-H1: 15/12/2024–14/06/2025), a separate report from the calendar one. ``--out`` may be a
file or a folder; a folder gets the telling ASCII name (``BC-QCN-KimSon-2025-Q4.xlsx``). The
PDF prints the stored report of the period or, when there is none yet, the pre-filled draft
(which is not stored). Both count up to the report's date (its issue date, else today) and
print one more line saying how many activities dated later were left out. On a terminal the
workbook export shows its progress on one stderr line (Ctrl+C stops it and writes nothing).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import open_workspace, print_line
from nbhr_desktop.core.reports.periods import ACCEPTED_FORMS, parse_period
from nbhr_desktop.core.vnformat import money, number
from nbhr_desktop.exports import registry

CUTOFF_HELP = _("tính kỳ theo mốc chốt số liệu của Nghị định 09/2019/NĐ-CP (quý: ngày 15 "
                "tháng trước quý đến ngày 14 tháng cuối quý; 6 tháng: 15/12 năm trước đến "
                "14/6; năm: 15/12 năm trước đến 14/12) thay vì theo dương lịch")


class TerminalProgress:
    """A progress line on stderr, rewritten in place, when stderr is a terminal.

    At most a few updates a second; ``clear`` wipes it before the command's result line.
    Piped or redirected output gets nothing (scripts read the result line alone).
    """

    INTERVAL = 0.2  # seconds between redraws

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._shown = 0
        self._last = 0.0

    def __call__(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if not self.enabled or (0 < done < total and now - self._last < self.INTERVAL):
            return
        self._last = now
        line = f"{text} {done * 100 // total}%" if total else text
        self.stream.write("\r" + line.ljust(self._shown))
        self.stream.flush()
        self._shown = len(line)

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0


def _period(args):
    return parse_period(args.period, cutoff=args.cutoff)


def _tell_excluded(line: str) -> None:
    if line:
        print_line(line)


def register(subparsers) -> None:
    period_help = _("kỳ báo cáo: {forms}").format(forms=ACCEPTED_FORMS)
    workbook = subparsers.add_parser(
        "export-workbook", help=_("xuất bảng tính Excel số liệu báo cáo của một kỳ"))
    workbook.add_argument("--period", required=True, metavar="P", help=period_help)
    workbook.add_argument("--cutoff", action="store_true", help=CUTOFF_HELP)
    workbook.add_argument("--out", required=True, metavar=_("TỆP"),
                          help=_("tệp .xlsx cần ghi; là thư mục thì dùng tên mặc định"))
    workbook.set_defaults(handler=export_workbook)

    pdf = subparsers.add_parser(
        "export-report-pdf", help=_("xuất báo cáo kết quả của một kỳ ra PDF (Nghị định 30)"))
    pdf.add_argument("--period", required=True, metavar="P", help=period_help)
    pdf.add_argument("--cutoff", action="store_true", help=CUTOFF_HELP)
    pdf.add_argument("--out", required=True, metavar=_("TỆP"),
                     help=_("tệp .pdf cần ghi; là thư mục thì dùng tên mặc định"))
    pdf.add_argument("--draft", action="store_true",
                     help=_("in dạng dự thảo kể cả khi báo cáo đã nộp"))
    pdf.set_defaults(handler=export_report_pdf)


def _target(out: str, workspace, name: str, **params) -> Path:
    """``--out`` as a file, or a folder that gets the usual name."""
    path = Path(out)
    if path.is_dir() or out.endswith(("/", "\\")):
        path = path / registry.default_name(name, workspace, **params)
    return path


def export_workbook(args) -> int:
    period = _period(args)
    with open_workspace(args) as workspace:
        out = _target(args.out, workspace, "report-workbook", period=period)
        progress = TerminalProgress()
        try:
            written = registry.export("report-workbook", workspace, out, progress=progress,
                                      period=period)
        finally:
            progress.clear()
    report = written.detail
    print_line(_("Đã xuất bảng tính {period}: {n} hoạt động → {path}").format(
        period=period.label, n=number(report.activities), path=written.path))
    _tell_excluded(report.excluded_line)
    return 0


def export_report_pdf(args) -> int:
    period = _period(args)
    with open_workspace(args) as workspace:
        out = _target(args.out, workspace, "report-pdf", period=period)
        written = registry.export("report-pdf", workspace, out, period=period,
                                  as_draft=True if args.draft else None)
    report = written.detail
    print_line(_("Đã xuất báo cáo {period} ({n} hoạt động, {cost}) → {path}").format(
        period=period.label, n=number(report.activities), cost=money(report.cost),
        path=written.path))
    _tell_excluded(report.excluded_line)
    return 0
