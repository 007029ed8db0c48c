"""The unit's exchange key code, printed on its reports (issue 12).

A province registers each unit's key code before the unit's first package arrives
(``keys register``); the code travels on paper, with the signed report, so a forged file
cannot bring its own. One small line under the last annex: "Thông tin trao đổi dữ liệu…".
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.core.key_code import key_code
from nbhr_desktop.storage.models import Installation
from nbhr_desktop.storage.models.sync import SyncKey


def key_code_line(session: Session) -> str | None:
    """"Thông tin trao đổi dữ liệu: mã khóa …", or None before the key exists."""
    public_key = session.scalars(select(SyncKey.public_key).join(
        Installation, Installation.installation_uuid == SyncKey.installation_uuid)).first()
    if not public_key:
        return None
    return _("Thông tin trao đổi dữ liệu: mã khóa của máy lập báo cáo này là {code}. Nơi nhận "
             "đối chiếu mã này khi nhận tệp dữ liệu (.nbhr) của đơn vị.").format(
                 code=key_code(public_key))


def add_key_note(session: Session, annexes: list, body: list) -> None:
    """Put the line under the last annex (or, without annexes, after the body)."""
    from reportlab.platypus import Paragraph

    from nbhr_desktop.documents import fonts, frame

    line = key_code_line(session)
    if line is None:
        return
    small = frame.style("key_note", size=11, font=fonts.ITALIC, before=6)
    note = Paragraph(frame.markup(line), small)
    if annexes:
        annexes[-1].notes = [*annexes[-1].notes, note]
    else:
        body.append(note)
