"""A unit acts only within its validity; a commune is a first-class reporting unit."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from nbhr_desktop.base.errors import UserError, ValidationError
from nbhr_desktop.cli import main
from nbhr_desktop.core.activities.service import ActivityInput, ActivityService
from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.plans import service
from nbhr_desktop.core.units.validity import default_year
from nbhr_desktop.storage.models import Activity, AdminUnit, Plan


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_2026_kim_son_plan_is_refused_with_what_to_do(workspace):
    info = workspace.installation_info()
    with workspace.db.session() as session, pytest.raises(UserError) as caught:
        service.create_plan(session, info.unit_id, 2026, info.installation_uuid)
    message = caught.value.message
    assert "Huyện Kim Sơn chỉ hoạt động đến ngày 30/06/2025" in message
    assert "handover --to 14638" in message and "14638 Xã Kim Sơn" in message
    with workspace.db.session() as session:
        plan = service.create_plan(session, info.unit_id, 2025, info.installation_uuid)
        # The district's last plan covers the half year it still existed in.
        assert (plan.period_start, plan.period_end) == (dt.date(2025, 1, 1),
                                                       dt.date(2025, 6, 30))
        assert plan.subject.endswith("6 tháng đầu năm 2025")


def test_a_commune_cannot_act_before_it_existed(commune_workspace):
    info = commune_workspace.installation_info()
    with commune_workspace.db.session() as session, pytest.raises(UserError) as caught:
        service.create_plan(session, info.unit_id, 2024, info.installation_uuid)
    assert "Xã Phát Diệm hoạt động từ ngày 01/07/2025" in caught.value.message
    assert "Huyện Kim Sơn" in caught.value.message
    with commune_workspace.db.session() as session:
        half = service.create_plan(session, info.unit_id, 2025, info.installation_uuid)
        assert (half.period_start, half.period_end) == (dt.date(2025, 7, 1),
                                                       dt.date(2025, 12, 31))
        # The kick-off conference of the first quarter moves into the period's first quarter.
        assert min(t.timing_start for t in half.tasks) == dt.date(2025, 7, 1)


def test_activities_only_within_the_unit_s_life(workspace):
    activities = ActivityService(workspace)
    with pytest.raises(ValidationError) as caught:
        activities.create(ActivityInput(title="Tập huấn", start_date=dt.date(2026, 1, 10)))
    assert "chỉ hoạt động đến ngày 30/06/2025" in caught.value.problems["start_date"]
    saved = activities.create(ActivityInput(title="Tập huấn", start_date=dt.date(2025, 6, 30)))
    assert saved and activities.check(ActivityInput(
        title="Hội nghị", start_date=dt.date(2025, 7, 1))).errors


def test_reports_for_a_period_after_the_district_are_refused(workspace, capsys, tmp_path):
    data = str(workspace.location.data_dir)
    workspace.close()
    code, out, err = run(capsys, "--data-dir", data, "export-report-pdf", "--period",
                         "2026-Q1", "--out", tmp_path / "bc.pdf")
    assert code == 2 and "Traceback" not in err
    assert "không thể lập báo cáo" in err and "handover --to 14638" in err
    assert not (tmp_path / "bc.pdf").exists()
    code, _out, err = run(capsys, "--data-dir", data, "export-report-pdf", "--period",
                          "2025-H1", "--out", tmp_path / "bc.pdf")
    assert code == 0, err


def test_demo_data_picks_a_year_the_unit_existed(workspace, commune_workspace):
    assert generate_demo_data(workspace, activities=30, seed=1).year == 2024
    today = dt.date.today()
    result = generate_demo_data(commune_workspace, activities=60, seed=1)
    assert result.year == today.year and result.communes == 1
    info = commune_workspace.installation_info()
    with commune_workspace.db.session() as session:
        rows = session.scalars(select(Activity)).all()
        # A commune's activities all happen in it, in its villages.
        assert {a.commune_id for a in rows} == {info.unit_id}
        assert max(a.start_date for a in rows) <= today  # nothing recorded ahead of time
        places = {a.location for a in rows if a.location}
        assert any("thôn" in p for p in places), places
        assert all("Trung tâm Chính trị" not in p for p in places)
        plan = session.scalars(select(Plan)).one()
        assert plan.year == today.year and plan.subject.endswith(f"xã Phát Diệm năm {today.year}")
        assert all(a.lead_agency is None or a.lead_agency.unit_id == info.unit_id for a in rows)


def test_default_year():
    kim_son = AdminUnit(valid_from=None, valid_to=dt.date(2025, 6, 30))
    hoa_lu_city = AdminUnit(valid_from=dt.date(2025, 1, 1), valid_to=dt.date(2025, 6, 30))
    commune = AdminUnit(valid_from=dt.date(2025, 7, 1), valid_to=None)
    today = dt.date(2026, 11, 29)
    assert default_year(kim_son, today) == 2024
    assert default_year(hoa_lu_city, today) == 2025
    assert default_year(commune, today) == 2026


@pytest.mark.parametrize("query", ["Phát Diệm", "phat diem", "14620", "Xã Phát Diệm"])
def test_init_a_commune_by_name_or_code(tmp_path, capsys, query):
    data = tmp_path / "xa"
    code, out, err = run(capsys, "--data-dir", data, "init", "--unit", query)
    assert code == 0, err
    assert "Xã Phát Diệm (mã 14620, cấp xã)" in out and "Lưu ý" not in out


def test_init_of_an_ended_district_says_how_to_go_on(tmp_path, capsys):
    code, out, _err = run(capsys, "--data-dir", tmp_path / "h", "init", "--unit", "Kim Sơn")
    assert code == 0
    assert "Huyện Kim Sơn (mã 376, cấp huyện)" in out
    assert "chỉ hoạt động đến ngày 30/06/2025" in out and "handover --to 14638" in out


def test_a_commune_plan_has_its_own_header_place_and_offices(commune_workspace):
    from nbhr_desktop.core.plans.unit_naming import plan_issuer

    info = commune_workspace.installation_info()
    with commune_workspace.db.session() as session:
        plan = service.create_plan(session, info.unit_id, 2026, info.installation_uuid)
        issuer = plan_issuer(session, plan)
        assert issuer.lines == ["ỦY BAN NHÂN DÂN", "XÃ PHÁT DIỆM"]
        assert issuer.place == "Phát Diệm" and issuer.short_name == "UBND xã Phát Diệm"
        assert plan.recipients[-1] == "Lưu: VT, VHXH."
        leads = {t.lead_agency.name for t in plan.tasks}
        assert "Phòng Văn hóa - Xã hội" in leads and "Văn phòng HĐND và UBND" in leads
        assert plan.tasks[0].lead_agency.name == "Phòng Văn hóa - Xã hội"
        ward = session.scalars(select(AdminUnit).where(AdminUnit.name == "Phường Hoa Lư")).one()
        ward_plan = service.create_plan(session, ward.id, 2026, info.installation_uuid)
        assert plan_issuer(session, ward_plan).lines == ["ỦY BAN NHÂN DÂN", "PHƯỜNG HOA LƯ"]
        assert "Các tổ dân phố;" in ward_plan.recipients
