"""Unit commands: ``handover --to UNIT [--out FILE]``.

A district installation (district-level government ended on 30/06/2025) writes its final
package for the province and continues as one of its successor communes; its own records
stay readable and print as they were. Without ``--to`` the command lists the successors.
"""

from __future__ import annotations

from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import open_workspace, print_line
from nbhr_desktop.core.vnformat import number


def register(subparsers) -> None:
    handover = subparsers.add_parser(
        "handover", help=_("bàn giao: gói dữ liệu cuối cùng gửi tỉnh, rồi tiếp tục với xã, "
                           "phường kế thừa"),
        description=_("Dùng khi đơn vị đã hết hoạt động (cấp huyện kết thúc ngày 30/06/2025): "
                      "xuất gói .nbhr chứa toàn bộ dữ liệu của đơn vị (kèm tệp minh chứng) để "
                      "gửi tỉnh, sau đó thư mục dữ liệu này phục vụ đơn vị kế thừa đã chọn. Hồ "
                      "sơ cũ vẫn xem, in được như khi ban hành."))
    handover.add_argument("--to", metavar=_("ĐƠN_VỊ"),
                          help=_("mã hoặc tên đơn vị kế thừa, ví dụ 14638 hoặc \"Xã Kim Sơn\"; "
                                 "bỏ trống để xem danh sách"))
    handover.add_argument("--out", metavar=_("TỆP"),
                          help=_("tệp .nbhr sẽ ghi (mặc định: thư mục ban-giao trong thư mục "
                                 "dữ liệu)"))
    handover.set_defaults(handler=handover_command)


def handover_command(args) -> int:
    from nbhr_desktop.core import handover as rules

    with open_workspace(args) as workspace:
        if not args.to:
            options = rules.successors(workspace)
            if not options:
                rules.choose_successor(workspace, "")  # raises the reason
            print_line(_("Đơn vị kế thừa có thể chọn (handover --to MÃ):"))
            for option in options:
                print_line(f"  {option.code}\t{option.name}")
            return 0
        from nbhr_desktop.sync.handover import hand_over

        result = hand_over(workspace, args.to, args.out)
    print_line(_("Đã ghi gói bàn giao {path}: {n} bản ghi, {files} tệp minh chứng của {unit}. "
                 "Hãy gửi tệp này cho tỉnh.").format(
        path=result.package, n=number(result.total), files=number(result.attachments),
        unit=result.old_unit))
    print_line(_("Từ nay thư mục dữ liệu này phục vụ {name} (mã {code}). Kế hoạch, báo cáo của "
                 "{unit} vẫn xem và in được như đã ban hành.").format(
        name=result.new_unit_name, code=result.new_unit_code, unit=result.old_unit))
    return 0
