"""Typed, versioned settings: round trip, step-wise upgrades, tolerance of broken files."""

from __future__ import annotations

import json

from nbhr_desktop.core.settings import Settings, SettingsStore


def test_defaults_when_missing(tmp_path):
    store = SettingsStore(tmp_path)
    settings = store.load()
    assert settings == Settings()
    assert store.warning is None


def test_round_trip_keeps_vietnamese(tmp_path):
    store = SettingsStore(tmp_path)
    settings = Settings(signer_name="Trần Văn Bình", signer_title="Phó Chủ tịch",
                        language="en", daily_backup=False, last_export_dir="/tmp/xuất")
    store.save(settings)
    text = store.path.read_text(encoding="utf-8")
    assert "Trần Văn Bình" in text and json.loads(text)["version"] == 1
    assert SettingsStore(tmp_path).load() == settings


def test_broken_file_keeps_defaults_and_a_copy(tmp_path):
    store = SettingsStore(tmp_path)
    store.path.write_text("{ not json", encoding="utf-8")
    settings = store.load()
    assert settings == Settings()
    assert "bị hỏng" in store.warning
    assert (tmp_path / "settings.json.broken").read_text(encoding="utf-8") == "{ not json"


def test_wrong_types_fall_back_per_field(tmp_path):
    store = SettingsStore(tmp_path)
    store.path.write_text(json.dumps({"version": 1, "language": "fr", "daily_backup": 1,
                                      "signer_name": "Lê Hoa"}), encoding="utf-8")
    settings = store.load()
    assert settings.signer_name == "Lê Hoa"
    assert settings.language == "vi" and settings.daily_backup is True
    assert "daily_backup" in store.warning and "language" in store.warning


def test_step_wise_upgrades_run_in_order(tmp_path):
    # A future version 3: v1 kept one "export_dir"; v2 renamed it; v3 added signer_title.
    calls = []

    def v1_to_v2(data):
        calls.append(1)
        data["last_export_dir"] = data.pop("export_dir")
        return data

    def v2_to_v3(data):
        calls.append(2)
        data.setdefault("signer_title", "Chủ tịch")
        return data

    store = SettingsStore(tmp_path, upgrades={1: v1_to_v2, 2: v2_to_v3}, current=3)
    store.path.write_text(json.dumps({"version": 1, "export_dir": "D:/BaoCao"}), encoding="utf-8")
    settings = store.load()
    assert calls == [1, 2]
    assert settings.last_export_dir == "D:/BaoCao" and settings.signer_title == "Chủ tịch"
    assert settings.version == 3 and store.warning is None


def test_newer_file_is_read_as_far_as_possible(tmp_path):
    store = SettingsStore(tmp_path)
    store.path.write_text(json.dumps({"version": 9, "signer_name": "An", "future": True}),
                          encoding="utf-8")
    settings = store.load()
    assert settings.signer_name == "An"
    assert "phiên bản mới hơn" in store.warning
