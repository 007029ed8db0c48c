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

import datetime as dt
import sys
import time
from pathlib import Path

from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import open_workspace, print_line
from nbhr_desktop.core.province.units import scope_for
from nbhr_desktop.core.reports.periods import ACCEPTED_FORMS, parse_period, report_file_name
from nbhr_desktop.core.reports.scope import ReportScope, excluded_text, report_scope
from nbhr_desktop.core.vnformat import money, number

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


def _tell_excluded(count: int, scope: ReportScope) -> None:
    line = excluded_text(count, scope)
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


def _target(out: str, default_name: str, suffix: str) -> Path:
    path = Path(out)
    if path.is_dir() or out.endswith(("/", "\\")):
        path = path / default_name
    if path.suffix.lower() != suffix:
        raise UserError(_("Tệp xuất phải có đuôi {suffix}: {path}").format(suffix=suffix,
                                                                           path=path))
    return path


def _write_error(path: Path, error: OSError) -> UserError:
    return UserError(_("Không ghi được tệp {path}: {reason}. Hãy đóng tệp nếu đang mở, hoặc "
                       "chọn thư mục khác.").format(path=path, reason=os_reason(error)))


def export_workbook(args) -> int:
    from nbhr_desktop.core.reports import service  # here: other commands need not load it
    from nbhr_desktop.core.reports.figures import scope_figures
    from nbhr_desktop.workbooks.report_workbook import write_report_workbook

    period = _period(args)
    with open_workspace(args) as workspace:
        info = workspace.installation_info()
        out = _target(args.out, report_file_name(info.unit_short_name, period, ".xlsx"), ".xlsx")
        with workspace.db.session() as session:
            report = service.find_report(session, info.unit_id, period)
            scope = (report_scope(report, session=session) if report is not None
                     else scope_for(session, info.unit_id, period, dt.date.today()))
            progress = TerminalProgress()
            try:
                progress(0, 0, _("Đang tính số liệu…"))
                figures = scope_figures(session, scope)
                result = write_report_workbook(session, info.unit_id, period, out,
                                               figures=figures, report=report,
                                               progress=progress)
            except OSError as error:
                raise _write_error(out, error) from error
            finally:
                progress.clear()
        print_line(_("Đã xuất bảng tính {period}: {n} hoạt động → {path}").format(
            period=period.label, n=number(result.activities), path=result.path))
        _tell_excluded(figures.excluded, scope)
        return 0


def export_report_pdf(args) -> int:
    from nbhr_desktop.core.reports import service
    from nbhr_desktop.core.reports.figures import scope_figures
    from nbhr_desktop.documents.report_pdf import write_report_pdf

    period = _period(args)
    with open_workspace(args) as workspace:
        info = workspace.installation_info()
        out = _target(args.out, report_file_name(info.unit_short_name, period, ".pdf"), ".pdf")
        with workspace.db.session() as session:
            report = service.find_report(session, info.unit_id, period)
            if report is None:  # a draft, counted once (the province's is 300,000 rows)
                figures = scope_figures(session, scope_for(session, info.unit_id, period,
                                                           dt.date.today()))
                report = service.build_draft(session, info, period, figures)
            else:
                figures = service.report_figures(session, report)
            scope = report_scope(report, session=session)
            try:
                out.parent.mkdir(parents=True, exist_ok=True)
                write_report_pdf(session, report, str(out), figures=figures,
                                 as_draft=True if args.draft else None)
            except OSError as error:
                raise _write_error(out, error) from error
            session.expunge_all()  # an unsaved draft must not be stored by the commit
        print_line(_("Đã xuất báo cáo {period} ({n} hoạt động, {cost}) → {path}").format(
            period=period.label, n=number(figures.totals.activities),
            cost=money(figures.totals.cost), path=out))
        _tell_excluded(figures.excluded, scope)
        return 0
