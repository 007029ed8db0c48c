"""Foundation commands: init, demo-data, info, backup, restore, self-test."""

from __future__ import annotations

import datetime as dt

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import (
    location_from_args,
    open_workspace,
    print_json,
    print_line,
    print_table,
)
from nbhr_desktop.core.vnformat import number, short_date


def register(subparsers) -> None:
    init = subparsers.add_parser(
        "init", help=_("khởi tạo thư mục dữ liệu cho một đơn vị"),
        description=_("Chọn đơn vị (mã hoặc tên, ví dụ 14620, \"Phát Diệm\", \"Xã Kim Sơn\", "
                      "376, \"Huyện Kim Sơn\") và vai trò cho thư mục dữ liệu này."))
    init.add_argument("--unit", required=True, help=_("mã hoặc tên đơn vị"))
    init.add_argument("--role", choices=["district", "province"], default="district",
                      help=_("district: cấp huyện (mặc định); province: cấp tỉnh"))
    init.add_argument("--officer", default="", help=_("họ tên cán bộ phụ trách"))
    init.set_defaults(handler=cmd_init)

    demo = subparsers.add_parser(
        "demo-data", help=_("tạo dữ liệu mẫu: kế hoạch năm và các hoạt động"),
        description=_("Tạo một năm dữ liệu mẫu cho đơn vị: kế hoạch theo mẫu, các xã, "
                      "thị trấn và N hoạt động. Cùng hạt giống (--seed) cho cùng dữ liệu. "
                      "Từ chối nếu đơn vị đã có hoạt động."))
    demo.add_argument("--activities", type=int, default=100, metavar="N",
                      help=_("số hoạt động (mặc định 100, khoảng một năm thực tế của một huyện)"))
    demo.add_argument("--seed", type=int, default=1, help=_("hạt giống ngẫu nhiên (mặc định 1)"))
    demo.add_argument("--province", action="store_true",
                      help=_("cấp tỉnh: dữ liệu của mọi đơn vị như đã nhận (8 huyện 2023 - "
                             "30/06/2025, 129 xã, phường từ 01/07/2025, kế hoạch, gói đã nhận); "
                             "--activities là tổng số, ví dụ 300000"))
    demo.add_argument("--year", type=int, default=None,
                      help=_("năm của dữ liệu (mặc định: năm nay, hoặc năm trọn vẹn cuối cùng "
                             "đơn vị còn hoạt động, ví dụ 2024 cho huyện)"))
    demo.set_defaults(handler=cmd_demo_data)

    info = subparsers.add_parser(
        "info", help=_("thông tin về dữ liệu: đơn vị, lược đồ, số bản ghi"))
    info.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    info.set_defaults(handler=cmd_info)

    backup = subparsers.add_parser("backup", help=_("sao lưu cơ sở dữ liệu vào một tệp"))
    backup.add_argument("--out", metavar=_("TỆP"),
                        help=_("tệp hoặc thư mục đích (mặc định: thư mục backups "
                               "trong thư mục dữ liệu)"))
    backup.set_defaults(handler=cmd_backup)

    restore = subparsers.add_parser(
        "restore", help=_("khôi phục dữ liệu từ một tệp sao lưu"),
        description=_("Thay toàn bộ dữ liệu bằng nội dung tệp sao lưu. Dữ liệu hiện tại "
                      "được tự động sao lưu trước."))
    restore.add_argument("file", metavar=_("TỆP"), help=_("tệp sao lưu (.sqlite3)"))
    restore.add_argument("--other-unit", action="store_true",
                         help=_("đồng ý khôi phục bản sao lưu của một đơn vị khác (máy này sẽ "
                                "chuyển sang dùng cho đơn vị đó)"))
    restore.set_defaults(handler=cmd_restore)

    selftest = subparsers.add_parser(
        "self-test", help=_("kiểm tra phông chữ, biểu mẫu, tài nguyên và cơ sở dữ liệu"))
    selftest.add_argument("--repair", action="store_true",
                          help=_("tính lại số liệu tổng hợp hoạt động (dùng cho báo cáo, "
                                 "tổng quan) từ nhật ký hoạt động trước khi kiểm tra"))
    selftest.set_defaults(handler=cmd_self_test)


def cmd_init(args) -> int:
    from nbhr_desktop.core.setup import ended_unit_note, initialise
    from nbhr_desktop.core.workspace import level_words

    with open_workspace(args, require_init=False) as workspace:
        info = initialise(workspace, args.unit, args.role, args.officer)
        note = ended_unit_note(workspace)
    print_line(_("Đã khởi tạo dữ liệu cho {unit} (mã {code}, {role}) tại {where}.").format(
        unit=info.unit_name, code=info.unit_code, role=level_words(info.unit_level),
        where=workspace.location.describe()))
    if note:
        print_line(note)
    return 0


def cmd_demo_data(args) -> int:
    from nbhr_desktop.core.demo import generate_demo_data

    if args.activities < 0 or args.activities > 1_000_000:
        raise UserError(_("Số hoạt động phải từ 0 đến 1.000.000 (đã nhập {n}).").format(
            n=args.activities))
    if args.year is not None and not 2000 <= args.year <= 2100:
        raise UserError(_("Năm {year} không hợp lệ: hãy nhập năm từ 2000 đến 2100.").format(
            year=args.year))
    if args.province:
        return _province_demo(args)
    with open_workspace(args) as workspace:
        result = generate_demo_data(workspace, activities=args.activities, seed=args.seed,
                                    year=args.year)
    print_line(_("Đã tạo dữ liệu mẫu năm {year}: {plans} kế hoạch ({tasks} nhiệm vụ), "
                 "{communes} đơn vị cấp xã, {activities} hoạt động ({seconds:.1f} giây).").format(
        year=result.year, plans=result.plans, tasks=number(result.tasks),
        communes=result.communes, activities=number(result.activities),
        seconds=result.seconds))
    return 0


def _province_demo(args) -> int:
    from nbhr_desktop.core.demo_province import generate_province_demo

    with open_workspace(args) as workspace:
        result = generate_province_demo(workspace, activities=args.activities, seed=args.seed)
    print_line(_("Đã tạo dữ liệu mẫu cấp tỉnh: {units} đơn vị, {plans} kế hoạch, {activities} "
                 "hoạt động, {packages} gói đã nhận ({seconds:.1f} giây).").format(
        units=result.units, plans=result.plans, activities=number(result.activities),
        packages=number(result.packages), seconds=result.seconds))
    return 0


def cmd_info(args) -> int:
    from nbhr_desktop.core.info import summarise
    from nbhr_desktop.core.workspace import level_words

    with open_workspace(args, require_init=False) as workspace:
        summary = summarise(workspace)
    if args.json:
        print_json(summary.as_dict())
        return 0
    size = summary.database_size
    rows = [
        (_("Đơn vị"), f"{summary.unit_name} ({summary.unit_code})" if summary.initialised
         else _("chưa khởi tạo (chạy lệnh init)")),
        (_("Vai trò"), level_words(summary.unit_level) if summary.initialised else ""),
        (_("Cán bộ"), summary.officer_name),
        (_("Lược đồ"), _("{rev} (mới nhất: {head})").format(
            rev=summary.schema_revision, head=summary.head_revision)),
        (_("Cơ sở dữ liệu"), summary.database),
        (_("Dung lượng"), _("{n} byte").format(n=number(size)) if size is not None else "?"),
        (_("Thư mục dữ liệu"), summary.data_dir),
    ]
    labels = {
        "plans": _("Kế hoạch"), "sections": _("Mục kế hoạch"), "tasks": _("Nhiệm vụ"),
        "targets": _("Chỉ tiêu"), "activities": _("Hoạt động"),
        "evidence_files": _("Tệp minh chứng"), "reports": _("Báo cáo"),
        "units": _("Đơn vị hành chính"), "communes": _("Đơn vị cấp xã (mọi thời kỳ)"),
        "agencies": _("Cơ quan"), "catalogue_items": _("Mục danh mục"),
    }
    for previous in summary.previous_units:
        rows.append((_("Đơn vị trước bàn giao"), _("{name} ({code}), bàn giao ngày {day}").format(
            name=previous.get("name", ""), code=previous.get("code", ""),
            day=short_date(dt.date.fromisoformat(previous["until"])) if previous.get("until")
            else "?")))
    rows += [(labels.get(key, key), number(value)) for key, value in summary.counts.items()]
    print_table(rows)
    return 0


def cmd_backup(args) -> int:
    from nbhr_desktop.storage.backup import make_backup

    with open_workspace(args, require_init=False) as workspace:
        path = make_backup(workspace, args.out)
    print_line(_("Đã sao lưu vào {path}.").format(path=path))
    return 0


def cmd_restore(args) -> int:
    from nbhr_desktop.storage.backup import OtherUnitBackup, check_backup, restore_backup

    facts = check_backup(args.file)  # refuse a wrong or damaged file before opening anything
    with open_workspace(args, require_init=False) as workspace:
        try:
            safety = restore_backup(workspace, args.file, allow_other_unit=args.other_unit)
        except OtherUnitBackup as error:
            raise UserError(error.message + " " + _("Nếu đúng ý, hãy chạy lại với --other-unit.")
                            ) from None
    print_line(_("Đã khôi phục dữ liệu của {unit} từ {file} (sao lưu lúc {when}).").format(
        unit=facts.unit_name, file=args.file, when=facts.marker.get("created_at", "?")))
    if safety:
        print_line(_("Dữ liệu trước khi khôi phục được giữ tại {path}.").format(path=safety))
    return 0


def cmd_self_test(args) -> int:
    from nbhr_desktop.core.selftest import run_self_test

    results = run_self_test(location_from_args(args), repair=args.repair)
    failures = 0
    for check in results:
        mark = "OK " if check.ok else "LỖI"
        print_line(f"[{mark}] {check.name}: {check.detail}")
        failures += not check.ok
    if failures:
        print_line(_("Tự kiểm tra thất bại: {n} mục có lỗi.").format(n=failures))
        return 1
    print_line(_("Tự kiểm tra: mọi mục đều đạt."))
    return 0
