"""Saved filter presets ("Tập huấn quý này", "Xã Kim Chính 2024"…) in a small JSON file in
the data folder, beside the database they refer to (ids are local to that database).

Dates are stored as ISO text; a preset that names a catalogue entry since removed simply
filters on nothing for that entry.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, fields
from pathlib import Path

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold, nfc
from nbhr_desktop.core.activities.query import ActivityFilter

FILE_NAME = "activity_filters.json"
_VERSION = 1


def _encode(spec: ActivityFilter) -> dict:
    data = asdict(spec)
    for key in ("start", "end"):
        data[key] = data[key].isoformat() if data[key] else None
    data.pop("unit_id", None)  # always this installation's unit when applied
    data.pop("include_deleted", None)
    return data


def _decode(data: dict) -> ActivityFilter:
    known = {f.name for f in fields(ActivityFilter)}
    values = {k: v for k, v in data.items() if k in known}
    for key in ("start", "end"):
        values[key] = dt.date.fromisoformat(values[key]) if values.get(key) else None
    for key, value in list(values.items()):
        if isinstance(value, list):
            values[key] = tuple(int(v) for v in value)
    return ActivityFilter(**values)


class PresetStore:
    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / FILE_NAME

    def _read(self) -> dict[str, dict]:
        if not self.path.exists():
            return {}
        try:
            content = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # a damaged presets file must never stop the screen from opening
        presets = content.get("presets", {}) if isinstance(content, dict) else {}
        return presets if isinstance(presets, dict) else {}

    def _write(self, presets: dict[str, dict], columns: list[str] | None = None) -> None:
        content = {"version": _VERSION, "presets": presets}
        kept = columns if columns is not None else self.columns()
        if kept is not None:
            content["columns"] = kept
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".part")
        partial.write_text(json.dumps(content, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(partial, self.path)

    def names(self) -> list[str]:
        return sorted(self._read(), key=fold)

    def get(self, name: str) -> ActivityFilter | None:
        data = self._read().get(name)
        if data is None:
            return None
        try:
            return _decode(data)
        except (TypeError, ValueError):
            return None

    def save(self, name: str, spec: ActivityFilter) -> str:
        name = nfc(name).strip()
        if not name:
            raise UserError(_("Hãy đặt tên cho bộ lọc, ví dụ \"Tập huấn năm 2024\"."))
        presets = self._read()
        # Same name ignoring accents and case replaces the old preset instead of doubling it.
        for existing in [n for n in presets if fold(n) == fold(name)]:
            presets.pop(existing)
        presets[name] = _encode(spec)
        self._write(presets)
        return name

    def columns(self) -> list[str] | None:
        """The table's visible columns as the user last chose them (None: the defaults)."""
        try:
            content = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        columns = content.get("columns") if isinstance(content, dict) else None
        return [str(c) for c in columns] if isinstance(columns, list) else None

    def set_columns(self, keys: list[str]) -> None:
        self._write(self._read(), columns=keys)

    def delete(self, name: str) -> None:
        presets = self._read()
        if presets.pop(name, None) is not None:
            self._write(presets)
