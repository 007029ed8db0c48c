"""The shipped template fills a complete, consistent first draft."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from nbhr_desktop.core.plans.template import (
    _PLACEHOLDER, create_plan_from_template, load_template, template_problems,
)
from nbhr_desktop.storage.models import AdminUnit, Plan, SectionLevel, TimingKind


def test_template_file_is_valid():
    data = load_template()
    assert template_problems(data) == []
    assert 10 <= len(data["tasks"]) <= 15
    assert data["recipients"][-1] == "Lưu: VT, VHTT."


def test_created_plan_is_complete(workspace, info, plan_uuid):
    with workspace.db.session() as session:
        plan = session.scalars(select(Plan).where(Plan.uuid == plan_uuid)).one()
        headings = [s.title for s in plan.sections if s.level == SectionLevel.SECTION]
        assert headings == ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU, CHỈ TIÊU", "NỘI DUNG TRUYỀN THÔNG",
                            "NHIỆM VỤ, GIẢI PHÁP", "KINH PHÍ", "TỔ CHỨC THỰC HIỆN"]
        assert plan.subject.endswith("huyện Kim Sơn năm 2025")
        assert any("1079/QĐ-TTg ngày 14/9/2022" in b for b in plan.legal_bases)
        assert any("524/UBND-VP9 ngày 21/12/2022" in b for b in plan.legal_bases)
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


def test_city_wording(workspace, info):
    with workspace.db.session() as session:
        city = session.scalars(select(AdminUnit).where(AdminUnit.code == "HL2025")).one()
        plan = create_plan_from_template(session, city, 2025, info.installation_uuid)
        assert plan.subject.endswith("thành phố Hoa Lư năm 2025")
        assert "UBND các xã, phường;" in plan.recipients
        assert plan.period_end == dt.date(2025, 12, 31)
        assert plan.tasks[0].lead_agency.unit_id == city.id
