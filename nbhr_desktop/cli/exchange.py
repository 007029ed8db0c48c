"""Exchange commands: ``export-package``, ``export-entry-template``, ``import``.

``import FILE --json`` prints one object: integer ``new``, ``updated``, ``unchanged``,
``deleted``, ``conflicts``, ``rejected``, a list ``problems`` of ``{"record" or "row",
"reason", …}``, and who sent it: ``sender``, ``sender_fingerprint``, ``trust`` (own,
pinned, registered, new…), ``first_contact``, ``recipient`` and ``needs_confirmation``
(what ``--accept-new-key`` / ``--accept-recipient`` must accept before it is applied).
Conflicts are not applied from the command line unless ``--resolve mine`` (keep this PC's
version) or ``--resolve theirs`` (take the file's) says how; the GUI lets the officer
choose per record or per field. A refused file exits with code 2 and its reason.
"""

from __future__ import annotations

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.cli.common import open_workspace, print_json, print_line
from nbhr_desktop.exports import registry

EXIT_REFUSED = 2


def register(subparsers) -> None:
    export = subparsers.add_parser(
        "export-package", help=_("xuất gói trao đổi .nbhr (đã ký) để gửi đơn vị khác"))
    export.add_argument("--out", required=True, help=_("tệp .nbhr sẽ ghi"))
    export.add_argument("--since-last", action="store_true",
                        help=_("chỉ những gì thay đổi từ gói trước gửi cùng nơi nhận"))
    export.add_argument("--recipient", default=None,
                        help=_("đơn vị nhận (tên hoặc mã); mặc định: đơn vị cấp trên; \"all\": "
                               "mọi đơn vị (cấp tỉnh gửi danh mục, hạn gửi báo cáo, mẫu kế "
                               "hoạch năm sau)"))
    export.add_argument("--attachments", action="store_true",
                        help=_("kèm tệp minh chứng (mỗi tệp tới 50 MB)"))
    export.set_defaults(handler=export_package_command)

    template = subparsers.add_parser(
        "export-entry-template", help=_("xuất sổ Excel mẫu để xã nhập hoạt động"))
    template.add_argument("--out", required=True, help=_("tệp .xlsx sẽ ghi"))
    template.add_argument("--commune", metavar=_("XÃ"),
                          help=_("làm bản sổ riêng cho một xã (tên xã trong danh mục); mỗi xã "
                                 "một bản thì các dòng của các xã không bao giờ lẫn nhau"))
    template.set_defaults(handler=export_template_command)

    imp = subparsers.add_parser(
        "import", help=_("nhập gói .nbhr hoặc sổ Excel nhập liệu (.xlsx)"))
    imp.add_argument("file", metavar=_("TỆP"), help=_("tệp cần nhập (.nbhr hoặc .xlsx)"))
    imp.add_argument("--dry-run", action="store_true",
                     help=_("chỉ xem trước: đếm mới, sửa, không đổi, xóa, xung đột, từ chối"))
    imp.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    imp.add_argument("--resolve", choices=("mine", "theirs"),
                     help=_("cách giải quyết mọi xung đột: mine (giữ bản máy này) hoặc "
                            "theirs (lấy bản trong tệp)"))
    imp.add_argument("--repin", action="store_true",
                     help=_("chấp nhận khóa mới của đơn vị gửi, thay khóa đã ghim (chỉ khi đã "
                            "xác nhận với đơn vị)"))
    imp.add_argument("--add-key", action="store_true",
                     help=_("tin thêm khóa này cho đơn vị gửi (một máy khác của đơn vị)"))
    imp.add_argument("--accept-new-key", action="store_true",
                     help=_("nhận tệp đầu tiên của một đơn vị chưa đăng ký mã khóa (sau khi "
                            "đã đối chiếu mã khóa với đơn vị)"))
    imp.add_argument("--accept-recipient", action="store_true",
                     help=_("nhận cả tệp gửi cho đơn vị khác"))
    imp.set_defaults(handler=import_command)


def _recipient_code(workspace, query: str | None) -> str:
    from nbhr_desktop.base.text import fold
    from nbhr_desktop.core.province.send_down import ALL_UNITS
    from nbhr_desktop.core.setup import find_unit
    from nbhr_desktop.storage.models import AdminUnit

    if query and fold(query) in (ALL_UNITS, "tat ca"):
        return ""  # addressed to every unit
    with workspace.db.session() as session:
        if query:
            return find_unit(session, query).code
        info = workspace.installation_info()
        unit = session.get(AdminUnit, info.unit_id)
        return unit.parent.code if unit.parent is not None else ""


def export_package_command(args) -> int:
    with open_workspace(args) as workspace:
        recipient = _recipient_code(workspace, args.recipient)
        written = registry.export("package", workspace, args.out, recipient=recipient,
                                  since_last=args.since_last,
                                  with_attachments=args.attachments)
    package = written.detail
    print_line(_("Đã xuất {n} bản ghi vào {path}").format(n=package.total, path=written.path))
    if package.next_year is not None:
        print_line(_("Gói gửi mọi đơn vị: danh mục, hạn gửi báo cáo các kỳ và mẫu kế hoạch năm "
                     "{year}.").format(year=package.next_year))
    for table, count in package.counts.items():
        print_line(f"  {table}: {count}")
    if package.attachments_skipped:
        print_line(_("Không kèm được {n} tệp minh chứng (thiếu hoặc quá lớn).").format(
            n=len(package.attachments_skipped)))
    return 0


def export_template_command(args) -> int:
    with open_workspace(args) as workspace:
        written = registry.export("entry-template", workspace, args.out, commune=args.commune)
    print_line(_("Đã xuất sổ nhập liệu {path}").format(path=written.path))
    return 0


def import_command(args) -> int:
    from nbhr_desktop.sync.imports import import_file

    trust = "re-pinned" if args.repin else ("added" if args.add_key else None)
    accept = {kind for kind, flag in (("first-contact", args.accept_new_key),
                                      ("other-recipient", args.accept_recipient)) if flag}
    with open_workspace(args) as workspace:
        try:
            result = import_file(workspace, args.file, dry_run=args.dry_run,
                                 resolve_all=args.resolve, trust=trust, accept=accept,
                                 alone=True)  # one command, nothing else of it reading
        except UserError as error:
            if not args.json:
                raise
            print_json({"refused": True, "reason": error.message, "details": error.details,
                        "new": 0, "updated": 0, "unchanged": 0, "deleted": 0, "conflicts": 0,
                        "rejected": 0, "problems": []})
            return EXIT_REFUSED
    summary = result.summary()
    if args.json:
        print_json(summary)
        return 0
    head = _("Xem trước") if args.dry_run else _("Đã nhập")
    print_line(_("{head} {file}: mới {new}, sửa {updated}, không đổi {unchanged}, xóa "
                 "{deleted}, xung đột {conflicts}, từ chối {rejected}.").format(
        head=head, file=args.file, **{k: summary[k] for k in (
            "new", "updated", "unchanged", "deleted", "conflicts", "rejected")}))
    for note in summary["notes"]:
        print_line(f"  * {note}")
    for problem in result.preview.problems[:50]:
        print_line(f"  - {problem.describe()}")
    if len(result.preview.problems) > 50:
        print_line(_("  … và {n} vấn đề khác (xem --json).").format(
            n=len(result.preview.problems) - 50))
    unresolved = summary["conflicts"] - summary["resolved"]
    if unresolved > 0:
        print_line(_("  {n} xung đột chưa áp dụng: mở Trao đổi dữ liệu trong ứng dụng để chọn, "
                     "hoặc dùng --resolve mine|theirs.").format(n=unresolved))
        for conflict in result.preview.conflicts[:20]:
            print_line(f"  ! {conflict.title} ({conflict.uuid[:8]}): {conflict.reason}")
    return 0
