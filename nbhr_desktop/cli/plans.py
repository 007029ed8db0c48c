"""Plan commands: ``export-plan-pdf``, ``new-plan`` and ``list-plans``.

``export-plan-pdf [--plan UUID | --year YEAR] --out FILE [--draft]`` writes the same PDF the
GUI prints; with neither ``--plan`` nor ``--year`` it takes the unit's most recent plan.
"""

from __future__ import annotations

from pathlib import Path

from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import open_workspace
from nbhr_desktop.core.plans import service
from nbhr_desktop.core.vnformat import money, short_date
from nbhr_desktop.exports import registry

STATUS_NAMES = {"draft": "dự thảo", "issued": "đã ban hành", "superseded": "đã thay thế"}


def register(subparsers) -> None:
    export = subparsers.add_parser(
        "export-plan-pdf", help=_("xuất kế hoạch ra PDF theo thể thức Nghị định 30"))
    which = export.add_mutually_exclusive_group()
    which.add_argument("--plan", metavar="UUID", help=_("mã (UUID) của kế hoạch"))
    which.add_argument("--year", type=int, help=_("năm kế hoạch (bản mới nhất của năm)"))
    export.add_argument("--out", required=True,
                        help=_("tệp PDF cần ghi; là thư mục thì dùng tên mặc định"))
    export.add_argument("--draft", action="store_true",
                        help=_("in dạng dự thảo: để trống số, ngày và ghi \"DỰ THẢO\""))
    export.set_defaults(handler=export_plan_pdf)

    new = subparsers.add_parser("new-plan", help=_("tạo kế hoạch dự thảo từ mẫu"))
    new.add_argument("--year", type=int, required=True, help=_("năm kế hoạch"))
    new.set_defaults(handler=new_plan)

    listing = subparsers.add_parser("list-plans", help=_("liệt kê các kế hoạch của đơn vị"))
    listing.set_defaults(handler=list_plans)


def export_plan_pdf(args) -> int:
    which = {"plan_uuid": args.plan, "year": args.year,
             "as_draft": True if args.draft else None}
    with open_workspace(args) as workspace:
        out = Path(args.out)
        if out.is_dir():
            out = out / registry.default_name("plan-pdf", workspace, **which)
        written = registry.export("plan-pdf", workspace, out, **which)
    print(_("Đã xuất kế hoạch năm {year} ra {path}").format(year=written.detail.year,
                                                           path=written.path))
    return 0


def new_plan(args) -> int:
    with open_workspace(args) as workspace:
        info = workspace.installation_info()
        with workspace.db.session() as session:
            plan = service.create_plan(session, info.unit_id, args.year,
                                       info.installation_uuid)
            print(_("Đã tạo kế hoạch dự thảo năm {year}: {uuid}").format(
                year=plan.year, uuid=plan.uuid))
        return 0


def list_plans(args) -> int:
    with open_workspace(args) as workspace:
        info = workspace.installation_info()
        with workspace.db.session() as session:
            # After a hand-over the predecessor's plans follow, named by their unit.
            plans = service.list_plans(session, info.unit_id, with_history=True)
        if not plans:
            print(_("Chưa có kế hoạch nào. Tạo mới: new-plan --year NĂM"))
        for plan in plans:
            unit = "" if plan.unit_name == info.unit_name else f"\t{plan.unit_name}"
            print(f"{plan.year}\t{plan.number_line}\t{short_date(plan.issued_date)}\t"
                  f"{STATUS_NAMES.get(plan.status, plan.status)}\t{_('lần')} {plan.revision}\t"
                  f"{plan.task_count} {_('nhiệm vụ')}\t{money(plan.budget_total)}\t{plan.uuid}"
                  f"{unit}")
        return 0
