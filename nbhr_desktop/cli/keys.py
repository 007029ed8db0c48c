"""Key commands: ``keys show-mine``, ``keys list``, ``keys register``, ``keys remove``.

A unit's key code (fingerprint) is printed on its reports and shown on its Trao đổi dữ
liệu screen. Registering it here before the unit's first file arrives means that file is
trusted because it matches, not merely because it came first; registering the code of
another PC of this unit introduces that PC (its files are refused until then).
"""

from __future__ import annotations

from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import open_workspace, print_json, print_line, print_table


def register(subparsers) -> None:
    keys = subparsers.add_parser("keys", help=_("mã khóa trao đổi: của máy này và của các "
                                                "đơn vị gửi tệp"))
    # The same parser class as every command (Vietnamese usage errors).
    actions = keys.add_subparsers(dest="keys_action", metavar=_("VIỆC"), required=True,
                                  parser_class=type(keys))
    mine = actions.add_parser("show-mine", help=_("in mã khóa của máy này"))
    mine.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    mine.set_defaults(handler=show_mine_command)
    listing = actions.add_parser("list", help=_("các khóa đã ghim hoặc đăng ký"))
    listing.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    listing.set_defaults(handler=list_command)
    for name, helptext, handler in (
            ("register", _("đăng ký mã khóa của một đơn vị (in trên báo cáo của đơn vị) "
                           "hoặc của một máy khác của đơn vị này"), register_command),
            ("remove", _("thôi tin một khóa đã ghim hoặc đăng ký"), remove_command)):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("--unit", required=True, help=_("mã hoặc tên đơn vị"))
        action.add_argument("--fingerprint", required=True, metavar=_("MÃ"),
                            help=_("mã khóa, ví dụ 3F2A-91C0-7B1D-0A2B-C3D4-E5F6"))
        action.set_defaults(handler=handler)


def show_mine_command(args) -> int:
    from nbhr_desktop.sync.trust import show_mine

    with open_workspace(args) as workspace:
        own = show_mine(workspace)
    if args.json:
        print_json({"unit": own.unit_code, "unit_name": own.unit_name,
                    "fingerprint": own.fingerprint})
    else:
        print_line(_("Mã khóa của máy này ({unit}): {fp}").format(unit=own.unit_name,
                                                                 fp=own.fingerprint))
    return 0


def list_command(args) -> int:
    from nbhr_desktop.sync.trust import trusted

    with open_workspace(args) as workspace:
        rows = trusted(workspace)
    if args.json:
        print_json([{"unit": r.unit_code, "unit_name": r.unit_name, "fingerprint": r.fingerprint,
                     "installation": r.installation, "since": r.pinned_at, "how": r.how}
                    for r in rows])
        return 0
    if not rows:
        print_line(_("Chưa ghim hay đăng ký khóa nào."))
        return 0
    print_table([(f"{r.unit_name} ({r.unit_code})", f"{r.fingerprint}  {r.how_label}")
                 for r in rows])
    return 0


def register_command(args) -> int:
    from nbhr_desktop.sync.trust import register as register_key

    with open_workspace(args) as workspace:
        name, done = register_key(workspace, args.unit, args.fingerprint)
    if done.already:
        print_line(_("Khóa {fp} đã được tin cho {unit} từ trước.").format(fp=done.fingerprint,
                                                                       unit=name))
    else:
        print_line(_("Đã đăng ký khóa {fp} cho {unit}: tệp ký bằng khóa này sẽ được tin, tệp "
                     "ký bằng khóa khác sẽ bị từ chối.").format(fp=done.fingerprint, unit=name))
    for dropped in done.dropped:
        print_line(_("  Bỏ khóa {fp} đã ghim khi nhận tệp đầu tiên của {unit}: không khớp mã "
                     "vừa đăng ký.").format(fp=dropped, unit=name))
    return 0


def remove_command(args) -> int:
    from nbhr_desktop.sync.trust import remove

    with open_workspace(args) as workspace:
        name, count = remove(workspace, args.unit, args.fingerprint)
    if count:
        print_line(_("Đã thôi tin khóa {fp} của {unit}.").format(fp=args.fingerprint, unit=name))
    else:
        print_line(_("{unit} không có khóa {fp} nào để bỏ.").format(fp=args.fingerprint,
                                                                  unit=name))
    return 0
