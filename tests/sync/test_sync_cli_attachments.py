"""The exchange commands in-process, and evidence files carried in a package."""

from __future__ import annotations

import json

from sqlalchemy import select

from nbhr_desktop.cli import main
from nbhr_desktop.core.activities.evidence import attach, evidence_path
from nbhr_desktop.storage.models import Activity, EvidenceFile
from nbhr_desktop.sync import format as fmt
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import add_activity, edit_activity, introduce, package_records


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_export_dry_run_json_import_and_refusal(installs, tmp_path, capsys):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    add_activity(district, "Tập huấn qua dòng lệnh")
    d, p = str(district.location.data_dir), str(province.location.data_dir)
    out = tmp_path / "kimson.nbhr"
    code, text, _err = run(capsys, "--data-dir", d, "export-package", "--out", str(out),
                           "--recipient", "Tỉnh Ninh Bình")
    assert code == 0 and "Đã xuất 15 bản ghi" in text
    code, text, _err = run(capsys, "--data-dir", p, "import", str(out), "--dry-run", "--json")
    data = json.loads(text)
    assert code == 0 and not data["applied"]
    assert {k: data[k] for k in ("new", "updated", "unchanged", "deleted", "conflicts",
                                 "rejected")} == {"new": 15, "updated": 0, "unchanged": 0,
                                                  "deleted": 0, "conflicts": 0, "rejected": 0}
    assert data["problems"] == []
    code, text, _err = run(capsys, "--data-dir", p, "import", str(out), "--accept-new-key")
    assert code == 0 and "Đã nhập" in text and "mới 15" in text
    code, text, _err = run(capsys, "--data-dir", d, "export-package", "--out", str(out),
                           "--since-last", "--recipient", "37")
    assert "Đã xuất 0 bản ghi" in text

    broken = tmp_path / "broken.nbhr"
    broken.write_bytes(out.read_bytes()[:100])
    code, _text, err = run(capsys, "--data-dir", p, "import", str(broken))
    assert code == 2 and "bị hỏng" in err
    code, text, _err = run(capsys, "--data-dir", p, "import", str(broken), "--json")
    assert code == 2 and json.loads(text)["refused"] is True

    code, text, _err = run(capsys, "--data-dir", d, "export-entry-template", "--out",
                           str(tmp_path / "mau.xlsx"))
    assert code == 0 and (tmp_path / "mau.xlsx").is_file()


def test_cli_resolve_theirs(installs, tmp_path, capsys):
    pc1, pc2 = installs.make("pc1"), installs.make("pc2")
    introduce(pc1, pc2)
    shared = add_activity(pc1, "Gốc")
    import_file(pc2, export_package(pc1, tmp_path / "a.nbhr").path)
    edit_activity(pc1, shared, title="Máy 1")
    edit_activity(pc2, shared, title="Máy 2")
    theirs = export_package(pc2, tmp_path / "b.nbhr").path
    d1 = str(pc1.location.data_dir)
    code, text, _err = run(capsys, "--data-dir", d1, "import", str(theirs))
    assert code == 0 and "1 xung đột chưa áp dụng" in text and "--resolve" in text
    code, text, _err = run(capsys, "--data-dir", d1, "import", str(theirs), "--resolve",
                           "theirs", "--json")
    assert json.loads(text)["resolved"] == 1
    with pc1.db.session() as s:
        assert s.scalars(select(Activity.title).where(Activity.uuid == shared)).one() == "Máy 2"


def test_evidence_files_travel_as_attachments_within_the_limit(installs, tmp_path,
                                                               monkeypatch):
    district = installs.make("district")
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    uid = add_activity(district, "Có ảnh minh chứng")
    photo, scan = tmp_path / "anh.jpg", tmp_path / "danh-sach.pdf"
    photo.write_bytes(b"\xff\xd8" + b"photo" * 100)
    scan.write_bytes(b"%PDF" + b"x" * 5000)
    with district.db.session() as s:
        activity_id = s.scalars(select(Activity.id).where(Activity.uuid == uid)).one()
    attach(district, activity_id, [photo, scan])
    monkeypatch.setattr(fmt, "ATTACHMENT_LIMIT", 1000)  # the scan is over the limit
    result = export_package(district, tmp_path / "p.nbhr", with_attachments=True)
    assert result.attachments == 1 and result.attachments_skipped == ["danh-sach.pdf"]
    assert len(package_records(result.path)["evidence_file"]) == 2
    summary = import_file(province, result.path).summary()
    assert summary["new"] == 17  # 14 agencies, the activity, two evidence rows
    with province.db.session() as s:
        rows = {e.file_name: e.sha256 for e in s.scalars(select(EvidenceFile))}
    assert set(rows) == {"anh.jpg", "danh-sach.pdf"}
    assert evidence_path(province.location, rows["anh.jpg"]).read_bytes() == photo.read_bytes()
    assert not evidence_path(province.location, rows["danh-sach.pdf"]).exists()
