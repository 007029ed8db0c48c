"""Which keys this installation trusts for which unit, as the officer manages them.

The same operations back the ``keys`` command and the Trao đổi dữ liệu screen:
``show_mine`` (this PC's code, to print on reports or read out by phone), ``register`` (a
unit's code, before its first file or to introduce another PC of this unit), ``remove``
and ``trusted``. The rules themselves live in ``sync.keys``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from nbhr_desktop.base.i18n import N_, _
from nbhr_desktop.sync import keys

HOW_LABELS = {
    "first-seen": N_("ghim khi nhận tệp đầu tiên"),
    "registered": N_("đăng ký trước"),
    "added": N_("thêm có chủ ý"),
    "re-pinned": N_("ghim lại có chủ ý"),
}


@dataclass(frozen=True)
class TrustedKey:
    unit_code: str
    unit_name: str
    fingerprint: str
    installation: str  # short id of the PC, "" while only registered
    pinned_at: dt.datetime
    how: str

    @property
    def how_label(self) -> str:
        label = _(HOW_LABELS.get(self.how, self.how))
        if self.how == "registered" and not self.installation:
            label += _(" (chưa nhận tệp nào)")
        return label


@dataclass(frozen=True)
class OwnKey:
    unit_code: str
    unit_name: str
    fingerprint: str


def show_mine(workspace) -> OwnKey:
    info = workspace.installation_info()
    return OwnKey(info.unit_code, info.unit_name,
                  keys.fingerprint(keys.ensure_installation_key(workspace)))


def _unit_names(conn) -> dict[str, str]:
    from nbhr_desktop.storage.models import AdminUnit

    table = AdminUnit.__table__
    names: dict[str, str] = {}
    for code, name in conn.execute(select(table.c.code, table.c.name)
                                   .order_by(table.c.deleted.desc(), table.c.id)):
        names[code] = name  # a live unit's name wins over a deleted one's
    return names


def trusted(workspace) -> list[TrustedKey]:
    with workspace.db.engine.connect() as conn:
        names = _unit_names(conn)
        return [TrustedKey(p.unit_code, names.get(p.unit_code, p.unit_code),
                           keys.pin_fingerprint(p), p.installation_uuid[:8], p.pinned_at, p.how)
                for p in keys.pinned_keys(conn)]


def _unit(workspace, query: str):
    from nbhr_desktop.core.setup import find_unit

    with workspace.db.session() as session:
        unit = find_unit(session, query)
        return unit.code, unit.name


def register(workspace, unit_query: str, code: str) -> tuple[str, keys.Registration]:
    """Trust the key whose code is ``code`` for the unit; returns the unit's name too."""
    unit_code, unit_name = _unit(workspace, unit_query)
    keys.parse_fingerprint(code)  # a typo is refused before anything is written
    with workspace.db.writer().begin() as conn:
        return unit_name, keys.register(conn, unit_code, code)


def remove(workspace, unit_query: str, code: str) -> tuple[str, int]:
    unit_code, unit_name = _unit(workspace, unit_query)
    with workspace.db.writer().begin() as conn:
        return unit_name, keys.unregister(conn, unit_code, code)
