import datetime as dt

import pytest
from sqlalchemy import select

from nbhr_desktop.base.errors import UserError, ValidationError
from nbhr_desktop.core.reports import locking, service
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.storage.models import Activity, ReportStatus

Q4 = parse_period("2024-Q4")


def test_new_report_is_a_prefilled_draft(report_data):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q4)
        assert report.status == ReportStatus.DRAFT
        assert report.recipients[0] == "Như trên;"
        assert report.addressees
        assert "quý IV năm 2024" in report.subject
        results = report.narrative["results"]
        assert "5 hoạt động" in results and "57.950.000 đồng" in results
        assert "Kế hoạch số 05/KH-UBND ngày 06/01/2024 của UBND huyện Kim Sơn" in \
            report.narrative["leadership"]
        assert set(report.narrative) == {"leadership", "results", "assessment", "direction",
                                         "recommendations"}
        assert service.open_report(s, info, Q4).id == report.id  # one per period


def test_edit_keeps_nhu_tren_first_and_touches(report_data):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q4)
        version = report.version
        service.save_report(s, info, report.id, service.ReportEdit(
            recipients=["- Sở Tư pháp;", "- Như trên;", "Lưu: VT, VHTT."],
            narrative={"results": "Kết quả đã sửa"}, signer_name="Trần Văn B"))
        assert report.recipients == ["Như trên;", "Sở Tư pháp;", "Lưu: VT, VHTT."]
        assert report.narrative["results"] == "Kết quả đã sửa"
        assert report.version == version + 1 and report.changed_by == info.installation_uuid
        with pytest.raises(ValidationError):
            service.save_report(s, info, report.id, service.ReportEdit(narrative={"x": "y"}))


def test_submit_locks_and_flags_later_changes(report_data):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q4)
        service.save_report(s, info, report.id, service.ReportEdit(signer_name="Trần Văn B"))
        assert locking.report_lock_for(s, info.unit_id, dt.date(2024, 11, 1)) is None
        service.submit_report(s, info, report.id)
        assert report.status == ReportStatus.SUBMITTED and len(report.figures_fingerprint) == 64
        assert locking.report_lock_for(s, info.unit_id, dt.date(2024, 11, 1)).id == report.id
        assert locking.report_lock_for(s, info.unit_id, dt.date(2024, 9, 30)) is None
        assert not locking.is_out_of_date(report)
        assert locking.flagged_activities(s, report) == []
        with pytest.raises(UserError):
            service.save_report(s, info, report.id, service.ReportEdit(subject="x"))
        # A later correction inside the period: allowed, flagged, and the report is stale.
        activity = s.scalars(select(Activity).where(Activity.title.like("Tập huấn CEDAW%"))).one()
        activity.participants_total += 10
        activity.touch(info.installation_uuid)
        s.flush()
        state = locking.lock_state(s, report)
        assert state.locked and state.out_of_date
        assert [f.title for f in state.flagged] == ["Tập huấn CEDAW cho cán bộ xã"]
        # Outside the period: not flagged.
        other = s.scalars(select(Activity).where(Activity.title == "Tập huấn quý I")).one()
        other.touch(info.installation_uuid)
        s.flush()
        assert len(locking.flagged_activities(s, report)) == 1
        service.reopen_report(s, info, report.id)
        assert locking.report_lock_for(s, info.unit_id, dt.date(2024, 11, 1)) is None


def test_submit_needs_a_signer(report_data):
    workspace, info, _ids = report_data
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q4)
        with pytest.raises(ValidationError) as caught:
            service.submit_report(s, info, report.id)
        assert "signer_name" in caught.value.problems
