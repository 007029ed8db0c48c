"""Evidence files (photos, scans, attendance lists) kept in the data folder by content.

A file is copied to ``<data>/evidence/<first two hex digits>/<sha256>``: the same photo
attached to two activities (or attached twice) is stored once, a file can never be
overwritten by another with the same name, and an exchange package can ship a file by its
hash. The name the user gave it stays on the ``EvidenceFile`` row; opening a file makes a
copy under that name in a temporary folder so the system viewer picks the right program.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from pathlib import Path

from nbhr_desktop.base.errors import NotFoundError, UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import Activity, EvidenceFile

MAX_SIZE = 200 * 1024 * 1024  # a scan or a short video; larger files belong elsewhere
_CHUNK = 1024 * 1024


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def evidence_path(location: Location, sha256: str) -> Path:
    """Where the content with this hash lives in the data folder."""
    return location.evidence_dir / sha256[:2] / sha256


def store_file(location: Location, source: Path) -> tuple[str, int]:
    """Copies ``source`` into the evidence store (once per content); returns (sha256, size)."""
    source = Path(source)
    if not source.is_file():
        raise UserError(_("Không tìm thấy tệp \"{path}\". Hãy chọn lại tệp.").format(path=source))
    size = source.stat().st_size
    if size > MAX_SIZE:
        raise UserError(_("Tệp \"{name}\" quá lớn ({mb} MB); chỉ đính kèm tệp tới {limit} MB.")
                        .format(name=source.name, mb=size // (1024 * 1024),
                                limit=MAX_SIZE // (1024 * 1024)))
    sha = file_sha256(source)
    target = evidence_path(location, sha)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # Copy under a temporary name, then rename: a crash never leaves a half file that
        # looks like stored content.
        partial = target.with_name(target.name + ".part")
        shutil.copyfile(source, partial)
        if file_sha256(partial) != sha:
            partial.unlink(missing_ok=True)
            raise UserError(_("Tệp \"{name}\" thay đổi trong khi sao chép. Hãy thử lại.")
                            .format(name=source.name))
        os.replace(partial, target)
    return sha, size


def attach(workspace: Workspace, activity_id: int, paths: list[Path]) -> list[int]:
    """Stores the files and links them to the activity; returns the new EvidenceFile ids.

    A file whose content is already attached to this activity is not attached again.
    """
    info = workspace.installation_info()
    stored = [(Path(p), *store_file(workspace.location, Path(p))) for p in paths]
    created = []
    with workspace.db.session() as s:
        activity = s.get(Activity, activity_id)
        if activity is None:
            raise NotFoundError(_("Không tìm thấy hoạt động để đính kèm tệp."))
        if activity.owner_unit_code != info.unit_code:
            raise UserError(_("Hoạt động này do đơn vị khác quản lý; không đính kèm tệp được."))
        present = {e.sha256 for e in activity.evidence if not e.deleted}
        for path, sha, size in stored:
            if sha in present:
                continue
            media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            row = EvidenceFile(file_name=nfc(path.name), sha256=sha, size=size,
                               media_type=media_type, owner_unit_code=info.unit_code,
                               version=0)
            row.touch(info.installation_uuid)
            activity.evidence.append(row)
            present.add(sha)
            s.flush()
            created.append(row.id)
        if created:
            activity.touch(info.installation_uuid)
    return created


def open_path(location: Location, sha256: str, file_name: str) -> Path:
    """A copy of the stored file under its original name, for the system viewer."""
    stored = evidence_path(location, sha256)
    if not stored.exists():
        raise UserError(_("Tệp minh chứng \"{name}\" không có trong thư mục dữ liệu (có thể "
                          "chưa được chép từ máy khác). Hãy đính kèm lại tệp.")
                        .format(name=file_name))
    safe_name = Path(file_name).name or sha256
    folder = Path(tempfile.gettempdir()) / "nbhr-evidence" / sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / safe_name
    if not target.exists() or target.stat().st_size != stored.stat().st_size:
        shutil.copyfile(stored, target)
    return target
