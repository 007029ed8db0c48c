"""The one way an export reaches the disk: a partial file beside the target, then a rename.

The partial is ``<name>.<pid>.partial`` (``storage.partials``) in the target's own folder,
so the rename is atomic (same file system) and a process killed in the middle leaves only
a partial that the next start removes. Until the rename the target keeps whatever it held:
a failed or cancelled export (any exception, e.g. a progress callback raising because the
officer pressed Cancel) leaves neither a half-written file nor a damaged earlier one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from nbhr_desktop.base.errors import UserError, os_reason
from nbhr_desktop.base.i18n import _
from nbhr_desktop.storage.partials import partial_path

T = TypeVar("T")
Progress = Callable[[int, int, str], None]


def write_error(path: Path, error: OSError) -> UserError:
    """The one message for a file the OS will not let an export write."""
    return UserError(_("Không ghi được tệp {path}: {reason}. Hãy chọn nơi lưu khác, hoặc đóng "
                       "tệp nếu nó đang mở.").format(path=path, reason=os_reason(error)))


def write_atomically(target: Path, write: Callable[[Path], T],
                     progress: Progress | None = None) -> T:
    """Call ``write(partial)`` and move the finished partial over ``target``.

    ``progress`` hears once more between the two ("Đang lưu …"): a cancel pressed while
    the file was being written still keeps the target as it was. Returns what ``write``
    returned. An ``OSError`` (a read-only folder, a full disk, the
    target open in Excel on Windows) becomes one ``UserError`` naming the target; any other
    exception passes through unchanged. Either way the partial is removed.
    """
    target = Path(target)
    partial = partial_path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        result = write(partial)
        if progress is not None:
            progress(0, 0, _("Đang lưu {name}…").format(name=target.name))
        os.replace(partial, target)
    except OSError as error:
        raise write_error(target, error) from error
    finally:
        partial.unlink(missing_ok=True)
    return result
