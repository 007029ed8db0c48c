"""Command line: ``python -m nbhr_desktop [--data-dir DIR] [--db-url URL] COMMAND``.

Every command runs headless over the same services the GUI uses. Each feature registers
its commands from its own module (``COMMAND_MODULES``) so this file stays small. With no
command, the GUI starts.

A user's mistake (``UserError``) prints one Vietnamese line to stderr and exits 2; it never
shows a traceback. So do the troubles a user can do something about: an argument that is
not valid text (bytes that are not UTF-8), a file that cannot be written or read, a
database held by another program. Output cut short by a reader that stopped (``| head``)
ends quietly.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import importlib
import os
import re
import sys
import threading
from pathlib import Path

from nbhr_desktop import __version__
from nbhr_desktop.base.errors import UserError, file_error_message, os_reason
from nbhr_desktop.base.i18n import _

# One module per feature; each defines ``register(subparsers)`` and sets ``handler`` on its
# sub-parsers with ``parser.set_defaults(handler=function)``. A handler takes the parsed
# arguments and returns the exit code.
COMMAND_MODULES = [
    "nbhr_desktop.cli.foundation",
    "nbhr_desktop.cli.plans",
    "nbhr_desktop.cli.reports",
    "nbhr_desktop.cli.exchange",
    "nbhr_desktop.cli.keys",
    "nbhr_desktop.cli.units",
    "nbhr_desktop.cli.province",
]

EXIT_USER_ERROR = 2
PACKAGE_SUFFIX = ".nbhr"  # a path with it and no command opens the GUI on the import preview


# argparse words its own errors in English; these patterns turn the usual ones into
# Vietnamese (the rest pass through unchanged rather than being lost).
_ARGPARSE_MESSAGES = [
    (re.compile(r"the following arguments are required: (.+)"), _("thiếu tham số bắt buộc: {0}")),
    (re.compile(r"unrecognized arguments: (.+)"), _("không hiểu tham số: {0}")),
    (re.compile(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)"),
     _("tham số {0}: giá trị {1} không hợp lệ, hãy chọn một trong: {2}")),
    (re.compile(r"argument (\S+): expected one argument"), _("tham số {0} cần một giá trị")),
    (re.compile(r"argument (\S+): invalid \w+ value: (.+)"),
     _("tham số {0}: giá trị {1} không hợp lệ")),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"),
     _("không dùng tham số {0} cùng với {1}")),
]


def _vietnamese(message: str) -> str:
    for pattern, template in _ARGPARSE_MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return template.format(*match.groups())
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors, in Vietnamese and one line
        self.exit(EXIT_USER_ERROR, _("Lỗi: {message}. Xem --help.\n").format(
            message=_vietnamese(message)))


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help=_(
        "thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng)"))
    parser.add_argument("--db-url", help=_(
        "địa chỉ cơ sở dữ liệu, ví dụ postgresql://user@host/nbhr"))
    parser.add_argument("--screen", help=_(
        "mở giao diện ở màn hình này (dashboard, plans, activities, reports, exchange, "
        "catalogues, settings; khi chụp ảnh còn có plan-editor, plan-tasks, plan-preview, "
        "report-preview, activity-dialog)"))
    parser.add_argument("--screenshot", help=_("lưu ảnh PNG của cửa sổ rồi thoát"))
    parser.add_argument("--size", metavar="WxH",
                        help=_("cỡ cửa sổ khi chụp ảnh, ví dụ 1024x768 (mặc định 1280x800)"))


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="nbhr-desktop",
        description=_("NBHR Desktop – kế hoạch, hoạt động và báo cáo truyền thông về quyền "
                      "con người."),
    )
    parser.add_argument("--version", action="version", version=f"NBHR Desktop {__version__}")
    _global_options(parser)
    if with_commands:
        subparsers = parser.add_subparsers(dest="command", metavar=_("LỆNH"), parser_class=_Parser)
        for module_name in COMMAND_MODULES:
            importlib.import_module(module_name).register(subparsers)
    else:
        parser.set_defaults(command=None)
    return parser


def _gui_request(argv: list[str]) -> tuple[bool, str | None]:
    """Whether argv starts the GUI, and the exchange package it opens (or None).

    No command: the GUI starts. A lone ``.nbhr`` path starts it too, on that file's import
    preview: Windows opens a double-clicked package as ``NBHRDesktop.exe "FILE"``
    (installer/nbhr_desktop.nsi).

    The command modules import reportlab, openpyxl and the services behind them; the GUI
    does not need them to start, so it skips registering them (about a fifth of start-up).
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False, None
    rest = _after_global_options(argv)
    if rest is None:
        return False, None
    if not rest:
        return True, None
    if len(rest) == 1 and rest[0].lower().endswith(PACKAGE_SUFFIX) and rest[0][:1] != "-":
        return True, rest[0]
    return False, None


def _after_global_options(argv: list[str]) -> list[str] | None:
    """The arguments after the global options (the command and its own), or None when
    those options cannot be read (the full parser then says why)."""
    probe = argparse.ArgumentParser(add_help=False)
    _global_options(probe)
    try:
        _known, rest = probe.parse_known_args(argv)
    except SystemExit:
        return None
    return rest


def _not_text(argv: list[str]) -> str | None:
    """The first argument holding bytes that are not UTF-8 (Python keeps them as surrogate
    escapes, which no database, file name or message can carry)."""
    for arg in argv:
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            return arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def _fail(message: str, details: list[str] | tuple = ()) -> int:
    print(_("Lỗi: {message}").format(message=message), file=sys.stderr)
    for detail in details:
        print(f"  - {detail}", file=sys.stderr)
    return EXIT_USER_ERROR


def run() -> None:
    """The process's entry point (``python -m nbhr_desktop``, the installed programs):
    ``main``, and after a command the process ends at once.

    Python's own exit takes every module and object apart one by one: after an import of
    50,000 activities, 0.1 s that the officer waits for as part of the command, for memory
    the system takes back anyway. After a command, once its output is flushed and the exit
    functions have run (temporary files removed, a reading process ended), the process
    ends with ``os._exit``. The window, and any process with a thread still working, end
    the ordinary way."""
    gui, _package = _gui_request(sys.argv[1:])
    if not gui:
        _start_reader(sys.argv[1:])
    code = main()
    exit_functions = getattr(atexit, "_run_exitfuncs", None)  # CPython's, used by exit
    working = [t for t in threading.enumerate()
               if t is not threading.main_thread() and not t.daemon]
    if gui or working or exit_functions is None:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # a closed pipe…
            stream.flush()
    exit_functions()
    os._exit(code)


def _start_reader(argv: list[str]) -> None:
    """``import FILE`` of a large package: its reading process (``sync.reader_process``)
    is started before the rest of the program loads. The import takes it up if that is
    what the command turns out to do; otherwise it is stopped at the end."""
    rest = _after_global_options(argv)
    if not rest or rest[0] != "import":
        return
    named = [arg for arg in rest[1:] if arg.lower().endswith(PACKAGE_SUFFIX) and arg[:1] != "-"]
    if len(named) == 1:
        from nbhr_desktop.sync import reader_process

        reader_process.start_early(Path(named[0]))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    bad = _not_text(argv)
    if bad is not None:
        return _fail(_("tham số \"{arg}\" chứa byte không phải chữ UTF-8 (tên tệp hoặc thư mục "
                       "viết bằng bảng mã cũ?). Hãy đổi tên cho đúng chữ tiếng Việt Unicode "
                       "rồi chạy lại.").format(arg=bad))
    gui, package = _gui_request(argv)
    if package:
        del argv[len(argv) - 1 - argv[::-1].index(package)]
    try:
        parser = build_parser(with_commands=not gui)
        args = parser.parse_args(argv)
        args.open_file = package
        if args.command is None:
            from nbhr_desktop.app import run_gui  # Qt is imported only for the GUI

            return run_gui(args)
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return code
    except UserError as error:
        return _fail(error.message, error.details)
    except KeyboardInterrupt:
        print(_("Đã dừng theo yêu cầu."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (``| head``) has what it wanted. Point stdout at nothing so the
        # interpreter's last flush does not complain about the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:  # a file held open by Excel, read-only, a full disk: say which
        if error.filename or error.filename2:
            return _fail(file_error_message(error))
        return _fail(_("không ghi hoặc đọc được tệp: {reason}. Hãy chọn nơi khác hoặc kiểm "
                       "tra quyền truy cập.").format(reason=os_reason(error)))
    except Exception as error:
        from nbhr_desktop.storage.db import busy_message, is_busy

        if is_busy(error):
            return _fail(busy_message(0).split(";")[0] + ". " + _(
                "Hãy đợi chương trình đó ghi xong rồi chạy lại lệnh."))
        raise
