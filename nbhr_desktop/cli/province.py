"""Province commands: ``submissions``, ``due-date``, ``plan-template``.

``submissions --period P [--json] [--out FILE]`` lists, for each unit that had to report in
the period, whether its data has come (received, late, missing), when, from which file and
key, and its activities of the period. ``--json`` prints exactly
``{"period": …, "units": [{"code", "name", "status", "received_at", "activities"}…]}``;
``--out`` writes the list as a small workbook (``.xlsx``) or the reminder list to print
(``.pdf``), with the same code as the Nộp báo cáo screen.

``due-date --period P [--date DD/MM/YYYY | --default] [--note …]`` shows or sets the day
units must send a period's data (default: the Decree 09 cut-off end + 5 days).
``plan-template --year Y (--file F.json | --out F.json)`` sets the plan template the province
sends down for a year, or writes the one in use. Both reach the units in the province's
next ``export-package --recipient all``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import open_workspace, print_json, print_line
from nbhr_desktop.core.reports.periods import ACCEPTED_FORMS, parse_period
from nbhr_desktop.core.vnformat import number
from nbhr_desktop.exports import registry
from nbhr_desktop.storage.models import Role


def register(subparsers) -> None:
    period_help = _("kỳ báo cáo: {forms}").format(forms=ACCEPTED_FORMS)
    sub = subparsers.add_parser(
        "submissions", help=_("cấp tỉnh: tình hình gửi số liệu của các đơn vị trong một kỳ"))
    sub.add_argument("--period", required=True, metavar="P", help=period_help)
    sub.add_argument("--cutoff", action="store_true",
                     help=_("kỳ tính theo mốc chốt số liệu của Nghị định 09/2019/NĐ-CP"))
    sub.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    sub.add_argument("--out", metavar=_("TỆP"),
                     help=_("ghi danh sách ra sổ Excel (.xlsx) hoặc danh sách để in (.pdf)"))
    sub.set_defaults(handler=submissions_command)

    due = subparsers.add_parser(
        "due-date", help=_("cấp tỉnh: xem hoặc đặt hạn gửi số liệu của một kỳ"))
    due.add_argument("--period", required=True, metavar="P", help=period_help)
    group = due.add_mutually_exclusive_group()
    group.add_argument("--date", metavar="DD/MM/YYYY", help=_("hạn gửi mới"))
    group.add_argument("--default", action="store_true",
                       help=_("trở về hạn mặc định (mốc chốt số liệu Nghị định 09 + 5 ngày)"))
    due.add_argument("--note", default="", help=_("ghi chú kèm hạn gửi"))
    due.set_defaults(handler=due_date_command)

    template = subparsers.add_parser(
        "plan-template", help=_("cấp tỉnh: đặt hoặc xuất mẫu kế hoạch gửi xuống đơn vị"))
    template.add_argument("--year", required=True, type=int, help=_("năm của kế hoạch"))
    which = template.add_mutually_exclusive_group(required=True)
    which.add_argument("--file", metavar=_("TỆP"), help=_("tệp mẫu (.json) cần đặt cho năm này"))
    which.add_argument("--out", metavar=_("TỆP"), help=_("ghi mẫu đang dùng cho năm này ra tệp"))
    template.set_defaults(handler=plan_template_command)


def _province_only(workspace) -> None:
    if workspace.installation_info().role != Role.PROVINCE:
        raise UserError(_("Lệnh này dành cho máy cấp tỉnh (init --role province)."))


def _day(text: str) -> dt.date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise UserError(_("Ngày \"{text}\" không hợp lệ: hãy ghi dạng 19/06/2026.").format(text=text))


def submissions_command(args) -> int:
    from nbhr_desktop.core.province.submissions import status_label, submissions

    period = parse_period(args.period, cutoff=args.cutoff)
    with open_workspace(args) as workspace:
        _province_only(workspace)
        if args.out:
            written = registry.export("submissions", workspace, args.out, period=period)
            sent, path = written.detail, written.path
        else:
            with workspace.db.session() as session:
                sent = submissions(session, period)
    if args.json:
        print_json(sent.as_json())
        return 0
    if args.out:
        print_line(_("Đã ghi {path}").format(path=path))
    print_line(_("Tình hình gửi số liệu {period} (hạn {due}): đã gửi {sent}/{total}, gửi muộn "
                 "{late}, chưa gửi {missing}.").format(
        period=period.label, due=sent.due.text(), total=len(sent.rows),
        sent=len(sent.rows) - len(sent.missing), late=sent.count("late"),
        missing=len(sent.missing)))
    for row in sent.rows:
        when = row.received_at.strftime("%d/%m/%Y %H:%M") if row.received_at else ""
        print_line(f"  {row.unit.code:>6}  {row.unit.name:<28} "
                   f"{status_label(row.status, sent.due_passed):<24} {when:<16} "
                   f"{number(row.activities):>8}  {row.file_name}")
    return 0


def due_date_command(args) -> int:
    from nbhr_desktop.core.province.deadlines import deadline, set_deadline

    period = parse_period(args.period)
    with open_workspace(args) as workspace:
        info = workspace.installation_info()
        with workspace.db.session() as session:
            if args.date or args.default:
                _province_only(workspace)
                due = set_deadline(session, info, period,
                                   None if args.default else _day(args.date), args.note)
            else:
                due = deadline(session, period)
    print_line(_("Hạn gửi số liệu {period}: {due}").format(period=period.label, due=due.text()))
    if due.note:
        print_line(f"  {due.note}")
    return 0


def plan_template_command(args) -> int:
    from nbhr_desktop.core.province import templates

    if not 2000 <= args.year <= 2100:
        raise UserError(_("Năm {year} không hợp lệ.").format(year=args.year))
    with open_workspace(args) as workspace:
        if args.file:
            _province_only(workspace)
            info = workspace.installation_info()
            data = templates.read_template_file(Path(args.file))
            with workspace.db.session() as session:
                templates.set_template(session, info, args.year, data)
            print_line(_("Đã đặt mẫu kế hoạch năm {year} từ {path}; mẫu sẽ gửi xuống đơn vị "
                         "trong gói export-package --recipient all.").format(
                year=args.year, path=args.file))
            return 0
        written = registry.export("plan-template", workspace, args.out, year=args.year)
    print_line(_("Đã ghi mẫu kế hoạch năm {year} vào {path}.").format(year=args.year,
                                                                      path=written.path))
    return 0
