"""Errors that carry a message for the user (in Vietnamese), never a traceback."""

from __future__ import annotations

import errno

from nbhr_desktop.base.i18n import _


class UserError(Exception):
    """Something the user can fix. ``message`` says what is wrong and what to do."""

    def __init__(self, message: str, *, details: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    """A named record (unit, plan, period…) does not exist."""


class ValidationError(UserError):
    """Input breaks a rule. ``problems`` maps a field name to its message."""

    def __init__(self, message: str, problems: dict[str, str] | None = None):
        super().__init__(message, details=list((problems or {}).values()))
        self.problems = problems or {}


class OperationCancelled(UserError):
    """The officer pressed Cancel: raised from the work's ``progress`` callback, so a long
    import rolls back its transaction and an export leaves no partial file behind."""

    def __init__(self, message: str | None = None):
        super().__init__(message or _("Đã hủy."))


class NotInitialisedError(UserError):
    """The data folder has no installation yet (run ``init`` or the first-run dialog)."""


# Windows reports a file held open by another program (Excel, a PDF viewer) as a sharing or
# lock violation; Python gives it errno EACCES with an English text.
_WINDOWS_IN_USE = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in Vietnamese (the OS words are English)."""
    if getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return _("tệp đang được một chương trình khác mở (Excel, trình xem PDF…)")
    if error.errno in (errno.EACCES, errno.EPERM):
        return _("không có quyền ghi: tệp đang mở trong chương trình khác hoặc chỉ cho đọc")
    if error.errno == errno.ENOSPC:
        return _("ổ đĩa đã đầy")
    if error.errno == errno.ENOENT:
        return _("không tìm thấy tệp hoặc thư mục")
    if error.errno == errno.EISDIR:
        return _("đó là một thư mục, không phải tệp")
    if error.errno == errno.EROFS:
        return _("ổ đĩa chỉ cho đọc")
    return str(error.strerror or error)


def file_error_message(error: OSError) -> str:
    """One line for a file operation the OS refused, outside a command's own checks."""
    where = error.filename2 or error.filename or ""  # a rename names its target second
    return _("Không đọc/ghi được tệp {path}: {reason}. Nếu tệp đang mở, hãy đóng nó rồi thử "
             "lại, hoặc chọn thư mục khác.").format(path=where, reason=os_reason(error))
