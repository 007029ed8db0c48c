"""The shipped template fills a complete, consistent first draft for the unit and year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from nbhr_desktop.core.plans.template import (
    _PLACEHOLDER,
    create_plan_from_template,
    fit_timing,
    load_template,
    template_problems,
)
from nbhr_desktop.core.plans.timing import make_timing
from nbhr_desktop.storage.models import AdminUnit, Plan, SectionLevel, TimingKind


def test_template_file_is_valid():
    data = load_template()
    assert template_problems(data) == []
    assert 10 <= len(data["tasks"]) <= 20
    # Texts that change with the date are catalogue entries, not template text.
    assert "legal_bases" not in data and "recipients" not in data
    assert template_problems({**data, "sections": [{"level": "item", "when": {"day": 1}}]})


def test_created_plan_is_complete(workspace, info, plan_uuid):
    with workspace.db.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == plan_uuid)).one()
        headings = [s.title for s in plan.sections if s.level == SectionLevel.SECTION]
        assert headings == ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU, CHỈ TIÊU", "NỘI DUNG TRUYỀN THÔNG",
                            "NHIỆM VỤ, GIẢI PHÁP", "KINH PHÍ", "TỔ CHỨC THỰC HIỆN"]
        assert plan.subject.endswith("huyện Kim Sơn năm 2024")
        assert (plan.period_start, plan.period_end) == (dt.date(2024, 1, 1),
                                                       dt.date(2024, 12, 31))
        assert plan.status == "draft" and plan.number is None
        assert plan.owner_unit_code == "376" and plan.changed_by == info.installation_uuid
        texts = [plan.subject, *plan.legal_bases, *plan.recipients]
        texts += [s.title + s.body for s in plan.sections]
        for task in plan.tasks:
            texts += [task.title, task.product]
            assert task.lead_agency is not None, task.title
            assert task.targets, task.title
            assert plan.period_start <= task.timing_start <= task.timing_end <= plan.period_end
        assert not any(_PLACEHOLDER.search(t) for t in texts)
        leads = {t.lead_agency.short_code for t in plan.tasks}
        assert {"VHTT", "TTVHTTTT", "TP", "CA", "LĐTBXH", "ĐTN", "HLHPN"} <= leads
        kinds = {t.timing_kind for t in plan.tasks}
        assert {TimingKind.YEAR, TimingKind.QUARTER, TimingKind.MONTH, TimingKind.RANGE} <= kinds
        assert sum(t.budget for t in plan.tasks) > 0
        # Letter 524 is implemented ("Thực hiện …"), cited once, never a legal basis.
        assert not any("524/UBND-VP9" in b for b in plan.legal_bases)
        body = "\n".join(s.body for s in plan.sections)
        assert body.count("524/UBND-VP9") == 1
        assert plan.sections[0].body.startswith("Thực hiện Công văn số 524/UBND-VP9")
        # Letter 524 §7: press, information security and state secrets, evaluating effect;
        # and the review tasks.
        titles = " ".join(t.title for t in plan.tasks)
        for duty in ("Cung cấp thông tin cho các cơ quan báo chí", "bảo vệ bí mật nhà nước",
                     "đánh giá hiệu quả hoạt động truyền thông", "sơ kết 6 tháng, tổng kết năm"):
            assert duty.lower() in (titles + body).lower(), duty


def test_city_wording(workspace, info):
    with workspace.db.session() as session:
        city = session.scalars(select(AdminUnit).where(
            AdminUnit.code == "374", AdminUnit.name == "Thành phố Hoa Lư")).one()
        plan = create_plan_from_template(session, city, 2025, info.installation_uuid)
        assert plan.subject.endswith("thành phố Hoa Lư 6 tháng đầu năm 2025")
        assert "UBND các xã, phường;" in plan.recipients
        # TP Hoa Lư existed from 01/01 to 30/06/2025: its plan covers that half only.
        assert (plan.period_start, plan.period_end) == (dt.date(2025, 1, 1),
                                                       dt.date(2025, 6, 30))
        assert all(t.timing_end <= plan.period_end for t in plan.tasks)
        assert plan.tasks[0].lead_agency.unit_id == city.id


def test_each_year_reads_differently(workspace, info):
    with workspace.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        plans = {year: create_plan_from_template(session, unit, year, info.installation_uuid)
                 for year in (2023, 2024)}
        bodies = {y: "\n".join(s.body for s in p.sections) for y, p in plans.items()}
        assert "năm đầu tiên" in bodies[2023] and "năm thứ hai" in bodies[2024]
        assert "khắc phục những hạn chế của năm 2023" in bodies[2024]
        for body in bodies.values():
            assert "theo lộ trình đến năm 2028" not in body


def test_fit_timing_into_a_short_period():
    h1 = (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    h2 = (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
    assert fit_timing(make_timing("month", 2025, value=12), *h1) is None
    q1 = fit_timing(make_timing("quarter", 2025, value=1), *h2)
    assert (q1.kind, q1.start, q1.end) == ("quarter", dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    year = fit_timing(make_timing("year", 2025), *h1)
    assert (year.kind, year.label) == ("range", "Tháng 1 - Tháng 6")
    text = fit_timing(make_timing("text", 2025, text="Thường xuyên"), *h2)
    assert (text.label, text.start) == ("Thường xuyên", dt.date(2025, 7, 1))
