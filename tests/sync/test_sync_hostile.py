"""Hostile and broken packages: each refused with a clear Vietnamese message, nothing written."""

from __future__ import annotations

import json
import struct
import zipfile

import pytest

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file
from nbhr_desktop.sync.log import import_history

from sync_helpers import add_activity, make_package, package_records, snapshot


@pytest.fixture
def pair(installs, tmp_path):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    add_activity(district, "Tập huấn cán bộ thông tin cơ sở")
    good = export_package(district, tmp_path / "good.nbhr").path
    return district, province, good


def refused(province, path, *words, trust=None) -> str:
    before = snapshot(province)
    with pytest.raises(UserError) as caught:
        import_file(province, path, trust=trust)
    message = caught.value.message + " " + " ".join(caught.value.details)
    for word in words:
        assert word in message, message
    assert snapshot(province) == before
    assert import_history(province)[0].outcome == "refused"
    return message


def rewrite(source, target, change):
    """Copy a zip, passing each member's bytes through ``change(name, data)``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name)))
    return target


def test_truncated_file(pair, tmp_path):
    _d, province, good = pair
    cut = tmp_path / "cut.nbhr"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(province, cut, "bị hỏng hoặc không trọn vẹn")


def test_corrupted_bytes(pair, tmp_path):
    _d, province, good = pair
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("records/activity.json")
    start = info.header_offset + 30 + len(info.filename) + 5
    for i in range(start, start + 40):
        data[i] ^= 0x5A
    bad = tmp_path / "bad.nbhr"
    bad.write_bytes(bytes(data))
    refused(province, bad, "bị hỏng")


def test_tampered_part_fails_its_hash(pair, tmp_path):
    _d, province, good = pair
    def change(name, data):
        if not name.startswith("records/"):
            return data
        return data.replace("Tập huấn".encode(), "Tập hu4n".encode())
    refused(province, rewrite(good, tmp_path / "t.nbhr", change), "mã băm SHA-256 không khớp")


def test_edited_manifest_breaks_the_signature(pair, tmp_path):
    _d, province, good = pair
    def change(name, data):
        return data.replace(b'"scope"', b'"scope" ') if name == fmt.MANIFEST else data
    refused(province, rewrite(good, tmp_path / "s.nbhr", change), "Chữ ký", "không đúng")


def test_other_key_for_a_pinned_unit_refused_until_repinned(pair, installs, tmp_path):
    _district, province, good = pair
    import_file(province, good)
    impostor = installs.make("impostor")  # claims to be Kim Sơn with another key
    add_activity(impostor, "Giả mạo")
    fake = export_package(impostor, tmp_path / "fake.nbhr").path
    message = refused(province, fake, "CẢNH BÁO", "khác với khóa đã ghim", "ghim lại")
    assert "--repin" in message
    # The user deliberately re-pins after checking the fingerprint by phone:
    result = import_file(province, fake, trust="re-pinned").summary()
    assert result["new"] == 1
    refused(province, good, "khác với khóa đã ghim")  # the old key is no longer trusted


def test_unknown_and_newer_format_versions(pair, tmp_path):
    district, province, good = pair
    records = package_records(good)
    newer = make_package(district, tmp_path / "n.nbhr", records,
                         manifest_changes={"format_version": 99})
    refused(province, newer, "phiên bản NBHR Desktop mới hơn", "cập nhật")
    other = make_package(district, tmp_path / "o.nbhr", records,
                         manifest_changes={"format": "something-else"})
    refused(province, other, "không phải gói trao đổi NBHR")
    plain = tmp_path / "plain.nbhr"
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr("records/activity.json", "[]")
    refused(province, plain, "không phải gói trao đổi NBHR")


@pytest.mark.parametrize("member", ["../../evil.txt", "/etc/passwd", "C:/Windows/evil.dll",
                                    "records/..\\..\\evil.json", "attachments/../../x"])
def test_paths_that_climb_out(pair, tmp_path, member):
    _d, province, good = pair
    bad = rewrite(good, tmp_path / "slip.nbhr", lambda n, d: d)
    with zipfile.ZipFile(bad, "a") as z:
        z.writestr(member, b"x")
    refused(province, bad, "đường dẫn nguy hiểm")


def test_zip_bomb_by_ratio(pair, tmp_path):
    _d, province, good = pair
    bomb = rewrite(good, tmp_path / "bomb.nbhr", lambda n, d: d)
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("records/plan.json", b" " * (40 * 1024 * 1024))
    refused(province, bomb, "quả bom nén")


def test_zip_bomb_by_declared_size(pair, tmp_path):
    _d, province, good = pair
    data = bytearray(good.read_bytes())
    central = data.find(b"PK\x01\x02")
    while central != -1:  # every member claims 4 GB uncompressed in the central directory
        struct.pack_into("<I", data, central + 24, 0xFFFF0000)
        central = data.find(b"PK\x01\x02", central + 4)
    bomb = tmp_path / "declared.nbhr"
    bomb.write_bytes(bytes(data))
    refused(province, bomb, "vượt giới hạn")


def test_too_many_members(pair, tmp_path, monkeypatch):
    _d, province, good = pair
    monkeypatch.setattr(fmt, "MAX_MEMBERS", 5)
    many = rewrite(good, tmp_path / "many.nbhr", lambda n, d: d)
    with zipfile.ZipFile(many, "a") as z:
        for n in range(6):
            z.writestr(f"attachments/{n:064x}", b"x")
    refused(province, many, "quá nhiều phần")


@pytest.mark.parametrize("field,value,words", [
    ("start_date", "1800-01-01", ("ngày vô lý",)),
    ("start_date", "2025-02-30", ("ngày không hợp lệ",)),
    ("changed_at", "2150-01-01T00:00:00", ("ngày vô lý",)),
    ("cost", -5_000_000, ("số tiền âm",)),
    ("title", "x" * 100_000, ("vượt giới hạn",)),
    ("participants_total", "=1+1", ("số nguyên",)),
    ("unknown_field", 1, ("trường lạ",)),
])
def test_absurd_values_refuse_the_whole_file(pair, tmp_path, field, value, words):
    district, province, good = pair
    records = package_records(good)
    records["activity"][0][field] = value
    forged = make_package(district, tmp_path / "v.nbhr", records)
    refused(province, forged, "dữ liệu không hợp lệ", *words)


def test_nesting_bomb_in_json(pair, tmp_path):
    district, province, good = pair
    deep = make_package(district, tmp_path / "deep.nbhr", {})
    records = package_records(good)
    records["activity"] = json.loads("[" * 50 + "]" * 50)  # valid but not records
    refused(province, make_package(district, tmp_path / "d2.nbhr", records), "không hợp lệ")
    body = ("[" * 60_000 + "]" * 60_000).encode()  # under the ratio check's floor
    parts = {"records/activity.json": body}
    manifest = json.loads(zipfile.ZipFile(deep).read(fmt.MANIFEST))
    manifest["parts"] = {n: {"sha256": fmt.sha256_bytes(d), "size": len(d)}
                         for n, d in parts.items()}
    manifest["counts"] = {"activity": 1}
    from nbhr_desktop.sync import keys
    data = json.dumps(manifest).encode()
    _key, signature = keys.sign(district, data)
    fmt.write_package(tmp_path / "d3.nbhr", signature, data, parts)
    refused(province, tmp_path / "d3.nbhr", "lồng nhau quá sâu")


def test_formula_text_stays_text(pair, tmp_path):
    district, province, good = pair
    records = package_records(good)
    records["activity"][0]["title"] = "=HYPERLINK(\"http://x\",\"bấm\")"
    import_file(province, make_package(district, tmp_path / "f.nbhr", records))
    from sync_helpers import activities
    titles = [v[0] for v in activities(province).values()]
    assert titles == ["=HYPERLINK(\"http://x\",\"bấm\")"]


def test_clock_ahead_is_a_warning_not_a_refusal(pair, tmp_path):
    district, province, good = pair
    records = package_records(good)
    records["activity"][0]["changed_at"] = "2090-01-01T00:00:00"
    summary = import_file(province, make_package(district, tmp_path / "c.nbhr", records)).summary()
    assert summary["new"] == 15
    assert any("muộn hơn đồng hồ máy này" in note for note in summary["notes"])
