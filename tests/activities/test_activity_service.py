import datetime as dt

import pytest

from nbhr_desktop.base.errors import UserError, ValidationError
from nbhr_desktop.core.activities import evidence, validation
from nbhr_desktop.core.activities.service import ActivityInput, ActivityService, BulkChange
from nbhr_desktop.storage.models import Activity, EvidenceFile


def sample(log, **changes) -> ActivityInput:
    data = ActivityInput(start_date=dt.date(2024, 3, 5), form_id=log.forms["tap_huan"],
                         commune_id=log.communes["Phát Diệm"], title="Tập huấn pháp luật",
                         participants_total=50, participants_women=20,
                         theme_ids=[list(log.themes.values())[3]])
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_create_stamps_owner_and_version(workspace, log):
    service = ActivityService(workspace)
    new_id = service.create(sample(log, title="  Tập huấn\u0301 ", note="ghi chú"))
    with workspace.db.session() as s:
        row = s.get(Activity, new_id)
        assert row.owner_unit_code == log.unit_code and row.version == 1
        assert row.changed_by == log.installation_uuid
        assert row.search_text.startswith(" tap huan ")
        assert [t.id for t in row.themes] == [list(log.themes.values())[3]]
    data, files = service.load(new_id)
    assert data.participants_women == 20 and files == []
    service.update(new_id, sample(log, title="Tập huấn pháp luật (sửa)"))
    with workspace.db.session() as s:
        assert s.get(Activity, new_id).version == 2
    assert service.last_used() == (log.forms["tap_huan"], log.communes["Phát Diệm"])


def test_errors_in_vietnamese(log):
    problems = validation.validate(sample(
        log, title="", end_date=dt.date(2024, 3, 1), participants_women=60,
        participants_ethnic=-1, cost=-5))
    by_field = {p.field: p.message for p in problems}
    assert set(by_field) == {"title", "end_date", "participants_women", "participants_ethnic",
                             "cost"}
    assert "trước ngày bắt đầu" in by_field["end_date"]
    assert "lớn hơn tổng số lượt người" in by_field["participants_women"]
    assert "không được là số âm" in by_field["cost"]
    assert validation.validate(sample(log)) == []


def test_service_refuses_invalid_input(workspace, log):
    with pytest.raises(ValidationError) as caught:
        ActivityService(workspace).create(sample(log, participants_women=99))
    assert "participants_women" in caught.value.problems


def test_date_outside_plan_is_a_warning(workspace, log):
    service = ActivityService(workspace)
    result = service.check(sample(log, task_id=log.tasks["training"],
                                  start_date=dt.date(2025, 1, 10), title="Khác hẳn"))
    assert result.ok and len(result.warnings) == 1
    assert "ngoài thời gian của kế hoạch năm 2024" in result.warnings[0].message
    assert not service.check(sample(log, task_id=log.tasks["training"])).warnings


def test_likely_duplicates(workspace, log):
    service = ActivityService(workspace)
    same = sample(log, title="Tập huấn về Công ước CEDAW cho cán bộ")
    found = service.check(same).duplicates
    assert [d.id for d in found] == [log.activities["t1"]]
    # Editing the activity itself is not a duplicate of itself.
    assert service.check(same, exclude_id=log.activities["t1"]).duplicates == []
    assert service.check(sample(log, title="Phát thanh trẻ em")).duplicates == []
    other_commune = sample(log, title=same.title, commune_id=log.communes["Ân Hòa"])
    assert service.check(other_commune).duplicates == []
    assert validation.title_similarity("Tập huấn CEDAW", "tap huan cedaw") == 1.0


def test_delete_restore_duplicate_bulk(workspace, log):
    service = ActivityService(workspace)
    t1, t2 = log.activities["t1"], log.activities["t2"]
    assert service.delete([t1, t2]) == [t1, t2]
    assert service.delete([t1]) == []  # already a tombstone
    assert sorted(service.restore([t1, t2])) == [t1, t2]
    with workspace.db.session() as s:
        assert s.get(Activity, t1).version == 3 and not s.get(Activity, t1).deleted
    copy = service.duplicate(t1, start_date=dt.date(2024, 9, 1))
    data, _ = service.load(copy)
    assert data.title == "Tập huấn Công ước CEDAW cho cán bộ"
    assert data.start_date == dt.date(2024, 9, 1) and len(data.theme_ids) == 2
    theme = list(log.themes.values())[5]
    changed = service.bulk_edit([t1, t2, copy], BulkChange(
        {"task_id": log.tasks["radio"], "funding_id": log.funding["ns_huyen"]},
        add_theme_ids=[theme]))
    assert changed == 3
    with workspace.db.session() as s:
        for activity_id in (t1, t2, copy):
            row = s.get(Activity, activity_id)
            assert row.task_id == log.tasks["radio"] and theme in [t.id for t in row.themes]
    assert service.bulk_edit([t1], BulkChange({"task_id": log.tasks["radio"]})) == 0


def test_other_units_rows_are_read_only(workspace, log):
    with workspace.db.session() as s:
        s.get(Activity, log.activities["t1"]).owner_unit_code = "370"
    with pytest.raises(UserError, match="chỉ xem được"):
        ActivityService(workspace).delete([log.activities["t1"]])


def test_evidence_is_stored_once_by_content(workspace, log, tmp_path):
    photo = tmp_path / "Ảnh lớp tập huấn.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg" * 100)
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    t1, t2 = log.activities["t1"], log.activities["t2"]
    first = evidence.attach(workspace, t1, [photo, copy])
    assert len(first) == 1  # same content twice on one activity: attached once
    assert len(evidence.attach(workspace, t2, [copy])) == 1
    sha = evidence.file_sha256(photo)
    stored = evidence.evidence_path(workspace.location, sha)
    assert stored.read_bytes() == photo.read_bytes()
    assert len(list(workspace.location.evidence_dir.rglob("*"))) == 2  # one folder, one file
    with workspace.db.session() as s:
        row = s.get(EvidenceFile, first[0])
        assert row.file_name == "Ảnh lớp tập huấn.jpg" and row.media_type == "image/jpeg"
    opened = evidence.open_path(workspace.location, sha, "Ảnh lớp tập huấn.jpg")
    assert opened.name == "Ảnh lớp tập huấn.jpg" and opened.read_bytes() == photo.read_bytes()
    service = ActivityService(workspace)
    service.remove_evidence(first[0])
    assert service.load(t1)[1] == []
    with pytest.raises(UserError):
        evidence.attach(workspace, t1, [tmp_path / "missing.pdf"])


def test_submitted_report_period_is_warned(workspace, log):
    from nbhr_desktop.storage.models import ReportStatus, ResultsReport
    with workspace.db.session() as s:
        s.add(ResultsReport(unit_id=log.unit_id, period_key="2024-Q1",
                            period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 3, 31),
                            status=ReportStatus.SUBMITTED, owner_unit_code=log.unit_code))
    service = ActivityService(workspace)
    result = service.check(sample(log, title="Khác hẳn"))  # 05/03/2024: inside Q1
    assert result.ok and any("kỳ báo cáo 01/01/2024 – 31/03/2024 đã gửi" in w.message
                             for w in result.warnings)
    # Moving an activity out of the locked quarter is warned too (its old date counts).
    moved = sample(log, title="Khác hẳn", start_date=dt.date(2024, 5, 1))
    assert service.check(moved, exclude_id=log.activities["t1"]).warnings
    assert not service.check(moved).warnings
