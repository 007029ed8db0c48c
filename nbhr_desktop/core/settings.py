"""Typed, versioned user settings, kept as JSON in the data folder (``settings.json``).

Settings that matter to the work (language, default signer, folders last used, daily
backup) live here, next to the database they belong to, so a copied data folder carries
them. QSettings keeps only window state (geometry, last screen).

Versioning follows Picard's config upgrade: the file holds ``version``; when the shape
changes, bump ``SETTINGS_VERSION`` and add ``UPGRADES[old] = function(dict) -> dict`` that
turns a version-``old`` dict into version ``old + 1``. Loading runs the steps in order.

A broken file never stops the app: unreadable JSON, a wrong type or an unknown newer
version falls back to defaults for what cannot be read, ``SettingsStore.warning`` says so in
Vietnamese, and an unreadable file is kept beside as ``settings.json.broken`` before the
next save replaces it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from nbhr_desktop.base.errors import ValidationError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
LANGUAGES = ("vi", "en")

Upgrade = Callable[[dict], dict]
# UPGRADES[n] turns a version-n dict into a version n+1 dict. Version 1 is the first.
UPGRADES: dict[int, Upgrade] = {}


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    language: str = "vi"  # "vi" (the source text) or "en"
    # Defaults offered when a plan or report is signed; each document may still change them.
    signer_name: str = ""
    signer_title: str = ""  # "Chủ tịch", "Phó Chủ tịch"
    last_export_dir: str = ""
    last_import_dir: str = ""
    daily_backup: bool = True
    recent_plans: list[str] = field(default_factory=list)  # plan UUIDs, newest first
    # The year the dashboard, plans and reports open on, as last chosen (0: not chosen yet,
    # they open on the latest year with data).
    work_year: int = 0


def _field_types() -> dict[str, type]:
    defaults = Settings()
    return {f.name: type(getattr(defaults, f.name)) for f in dataclasses.fields(Settings)}


def upgrade(data: dict, *, upgrades: dict[int, Upgrade] | None = None,
            current: int = SETTINGS_VERSION) -> dict:
    """Run the step-wise upgrades from the file's version to ``current``."""
    steps = UPGRADES if upgrades is None else upgrades
    version = int(data.get("version", 1))
    while version < current:
        step = steps.get(version)
        if step is not None:
            data = step(dict(data))
        version += 1
        data["version"] = version
    return data


def from_dict(data: dict) -> tuple[Settings, list[str]]:
    """Settings from an upgraded dict; fields of the wrong type keep their default."""
    types = _field_types()
    values, bad = {}, []
    for name, kind in types.items():
        if name not in data:
            continue
        value = data[name]
        # bool is an int in Python: check it on its own so "daily_backup": 1 is refused.
        if kind is bool:
            ok = isinstance(value, bool)
        else:
            ok = isinstance(value, kind) and not isinstance(value, bool)
        if ok:
            values[name] = value
        else:
            bad.append(name)
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        bad.append("language")
        settings.language = "vi"
    settings.recent_plans = [p for p in settings.recent_plans if isinstance(p, str)][:10]
    return settings, bad


class SettingsStore:
    """Loads and saves ``settings.json`` in one data folder."""

    def __init__(self, data_dir: Path, *, upgrades: dict[int, Upgrade] | None = None,
                 current: int = SETTINGS_VERSION):
        self.path = Path(data_dir) / SETTINGS_FILE
        self._upgrades = upgrades
        self._current = current
        self.warning: str | None = None

    def load(self) -> Settings:
        self.warning = None
        if not self.path.exists():
            return Settings(version=self._current)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (OSError, ValueError, UnicodeDecodeError):
            self._keep_broken_copy()
            self.warning = _("Tệp cài đặt {path} bị hỏng nên ứng dụng dùng cài đặt mặc định. "
                             "Bản cũ được giữ ở {path}.broken.").format(path=self.path)
            return Settings(version=self._current)
        version = data.get("version", 1)
        if not isinstance(version, int) or version > self._current:
            self.warning = _("Tệp cài đặt được tạo bởi phiên bản mới hơn của ứng dụng; chỉ "
                             "dùng các mục đọc được.")
            data = dict(data, version=self._current)
        else:
            data = upgrade(data, upgrades=self._upgrades, current=self._current)
        settings, bad = from_dict(data)
        settings.version = self._current
        if bad and self.warning is None:
            self.warning = _("Một số mục trong tệp cài đặt không hợp lệ ({names}) nên dùng "
                             "giá trị mặc định.").format(names=", ".join(bad))
        return settings

    def save(self, settings: Settings) -> None:
        """Atomic: a crash mid-write never leaves half a file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        settings.version = self._current
        temporary = self.path.with_suffix(".json.tmp")
        temporary.write_text(json.dumps(dataclasses.asdict(settings), ensure_ascii=False,
                                        indent=2), encoding="utf-8")
        os.replace(temporary, self.path)

    def _keep_broken_copy(self) -> None:
        try:
            broken = self.path.with_name(self.path.name + ".broken")
            broken.write_bytes(self.path.read_bytes())
        except OSError:
            pass  # the warning still tells the user; nothing else to save


def set_officer_name(workspace, name: str) -> str:
    """The officer named on this installation (kept in the database: all PCs of a shared
    database show the same officer). Returns the cleaned name."""
    cleaned = " ".join(nfc(name).split())
    if len(cleaned) > 200:
        raise ValidationError(_("Tên cán bộ dài quá 200 ký tự."))
    with workspace.db.session() as session:
        workspace.installation_row(session).officer_name = cleaned
    workspace.installation_info(refresh=True)
    return cleaned
