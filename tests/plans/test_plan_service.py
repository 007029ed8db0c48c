"""Editing plans: every change touched, undo by re-applying old values, tombstones,
copying to a new year, issuing rules and revisions."""

from __future__ import annotations

import datetime as dt

import pytest

from nbhr_desktop.base.errors import UserError, ValidationError
from nbhr_desktop.core.plans import issuing, service, tasks
from nbhr_desktop.core.plans.views import live_sections, live_tasks, plan_view


def test_create_refuses_second_plan_for_year(workspace, info, plan_uuid):
    with workspace.db.session() as session, pytest.raises(UserError):
        service.create_plan(session, info.unit_id, 2024, info.installation_uuid)


def test_metadata_edit_touches_and_undoes(workspace, info, plan_uuid):
    with workspace.db.session() as session:
        plan = service.get_plan(session, plan_uuid)
        version = plan.version
        old = service.update_plan(session, plan_uuid, "other-pc", signer_name="Trần Văn Bình",
                                  code=" CTr-UBND ")
        assert plan.signer_name == "Trần Văn Bình" and plan.code == "CTr-UBND"
        assert plan.version == version + 1 and plan.changed_by == "other-pc"
        service.update_plan(session, plan_uuid, "other-pc", **old)
        assert plan.signer_name == "" and plan.code == "KH-UBND"
        assert plan.version == version + 2
        with pytest.raises(ValidationError):
            service.update_plan(session, plan_uuid, "x", code="kh/ubnd")


def test_sections_insert_move_delete_renumber(workspace, info, plan_uuid):
    inst = info.installation_uuid
    with workspace.db.session() as session:
        plan = service.get_plan(session, plan_uuid)
        count = len(live_sections(plan))
        new = service.add_section(session, plan_uuid, inst, index=1, level="section",
                                  title="Căn cứ xây dựng")
        view = plan_view(plan)
        assert view.sections[1].uuid == new and view.sections[1].number == "I."
        assert [s.title for s in view.sections if s.level == "section"][1] == "MỤC ĐÍCH, YÊU CẦU"
        assert view.sections[2].number == "II."
        assert service.move_section(session, new, inst, count) == 1
        assert plan_view(plan).sections[-1].uuid == new
        service.set_section_deleted(session, new, inst)
        assert len(live_sections(plan)) == count
        service.set_section_deleted(session, new, inst, deleted=False)  # undo
        assert len(live_sections(plan)) == count + 1
        positions = [s.position for s in live_sections(plan)]
        assert positions == list(range(count + 1))


def test_task_edits(workspace, info, plan_uuid):
    inst = info.installation_uuid
    with workspace.db.session() as session:
        plan = service.get_plan(session, plan_uuid)
        first = live_tasks(plan)[0]
        agencies = {a.short_code: a.uuid for a in [first.lead_agency, *first.cooperators]}
        old = tasks.update_task(session, first.uuid, inst, title="Hội nghị triển khai",
                                budget=12_500_000, cooperators=[agencies["TP"]])
        assert first.budget == 12_500_000 and [a.short_code for a in first.cooperators] == ["TP"]
        tasks.update_task(session, first.uuid, inst, **old)
        assert len(first.cooperators) == 2 and first.budget == 10_000_000
        old_timing = tasks.set_task_timing(session, first.uuid, inst, "month", value=3)
        assert (first.timing_start, first.timing_end) == (dt.date(2024, 3, 1),
                                                          dt.date(2024, 3, 31))
        tasks.update_task(session, first.uuid, inst, **old_timing)
        assert first.timing_kind == "quarter"
        with pytest.raises(UserError):
            tasks.update_task(session, first.uuid, inst, budget=-1)
        new = tasks.add_task(session, plan_uuid, inst, index=0, title="Nhiệm vụ đầu")
        assert plan_view(plan).tasks[0].uuid == new
        target = tasks.add_target(session, new, inst, indicator="Buổi", quantity=3, unit="buổi")
        tasks.update_target(session, target, inst, quantity=4)
        assert plan_view(plan).tasks[0].targets[0].quantity == 4
        assert tasks.move_task(session, new, inst, 99) == 0
        assert plan_view(plan).tasks[-1].uuid == new
        tasks.set_task_deleted(session, new, inst)
        assert new not in [t.uuid for t in plan_view(plan).tasks]


def test_copy_to_next_year(workspace, info, plan_uuid):
    with workspace.db.session() as session:
        source = service.get_plan(session, plan_uuid)
        first = live_tasks(source)[0]
        service.update_plan(session, plan_uuid, info.installation_uuid,
                            legal_bases=[*source.legal_bases, "Căn cứ Nghị quyết riêng của "
                                         "Hội đồng nhân dân huyện"])
        tasks.set_task_timing(session, first.uuid, info.installation_uuid, "quarter", value=1)
        copy = service.copy_plan(session, plan_uuid, 2025, info.installation_uuid)
        assert copy.subject.endswith("năm 2025") and copy.status == "draft"
        assert copy.period_start == dt.date(2025, 1, 1) and copy.number is None
        # Huyện Kim Sơn ended on 30/06/2025: the copy covers that half and keeps only
        # the tasks due in it.
        assert copy.period_end == dt.date(2025, 6, 30)
        kept = live_tasks(copy)
        assert 0 < len(kept) < len(live_tasks(source))
        assert all(t.timing_end <= dt.date(2025, 6, 30) for t in kept)
        assert kept[1].timing_start == dt.date(2025, 4, 1)
        # Legal bases are those valid on the copy's date; the officer's own line stays.
        assert copy.legal_bases[-1].startswith("Căn cứ Nghị quyết riêng")
        assert any("1079/QĐ-TTg ngày 14 tháng 9 năm 2022" in b for b in copy.legal_bases)
        assert any("năm 2025" in s.body for s in live_sections(copy))
        assert {t.uuid for t in copy.tasks}.isdisjoint({t.uuid for t in source.tasks})
        with pytest.raises(UserError, match="chỉ hoạt động đến ngày 30/06/2025"):
            service.copy_plan(session, plan_uuid, 2026, info.installation_uuid)


def test_issue_lists_problems_then_issues(workspace, info, plan_uuid):
    inst = info.installation_uuid
    with workspace.db.session() as session:
        plan = service.get_plan(session, plan_uuid)
        problems = issuing.issue_problems(session, plan, None, None)
        assert "Chưa có số văn bản do văn thư cấp." in problems
        assert "Chưa có ngày ban hành." in problems
        assert "Chưa có họ tên người ký." in problems
        first = live_tasks(plan)[0]
        tasks.update_task(session, first.uuid, inst, timing_kind="range",
                          timing_start=dt.date(2023, 12, 1), timing_end=dt.date(2024, 1, 31))
        service.update_plan(session, plan_uuid, inst, signer_name="Nguyễn Văn An")
        with pytest.raises(ValidationError) as raised:
            issuing.issue_plan(session, plan_uuid, inst, number=15,
                               issued_date=dt.date(2024, 1, 5))
        assert any("Nhiệm vụ 1" in d and "ngoài kỳ" in d for d in raised.value.details)
        tasks.set_task_timing(session, first.uuid, inst, "quarter", value=1)
        issuing.issue_plan(session, plan_uuid, inst, number=15, issued_date=dt.date(2024, 1, 5))
        assert plan.status == "issued"
        with pytest.raises(UserError):
            service.update_plan(session, plan_uuid, inst, subject="Khác")
        with pytest.raises(UserError):
            tasks.update_task(session, first.uuid, inst, budget=1)
        with pytest.raises(UserError):
            service.delete_plan(session, plan_uuid, inst)


def test_revision_keeps_issued_plan_until_issued(workspace, info, plan_uuid):
    inst = info.installation_uuid
    with workspace.db.session() as session:
        service.update_plan(session, plan_uuid, inst, signer_name="Nguyễn Văn An")
        issuing.issue_plan(session, plan_uuid, inst, number=15, issued_date=dt.date(2024, 1, 5))
        revision = issuing.new_revision(session, plan_uuid, inst)
        assert issuing.new_revision(session, plan_uuid, inst) is revision  # no duplicates
        original = service.get_plan(session, plan_uuid)
        assert revision.revision == 2 and revision.previous_revision_id == original.id
        assert revision.status == "draft" and original.status == "issued"
        tasks.update_task(session, live_tasks(revision)[0].uuid, inst, budget=1_000_000)
        assert live_tasks(original)[0].budget == 10_000_000
        issuing.issue_plan(session, revision.uuid, inst, number=40,
                           issued_date=dt.date(2024, 6, 3))
        assert original.status == "superseded" and revision.status == "issued"
        summaries = service.list_plans(session, info.unit_id)
        assert [s.revision for s in summaries] == [2, 1]


def test_issue_refuses_number_taken(workspace, info, plan_uuid):
    inst = info.installation_uuid
    with workspace.db.session() as session:
        service.update_plan(session, plan_uuid, inst, signer_name="Nguyễn Văn An")
        issuing.issue_plan(session, plan_uuid, inst, number=15, issued_date=dt.date(2024, 1, 5))
        other = service.create_plan(session, info.unit_id, 2025, inst)
        other.signer_name = "Nguyễn Văn An"
        problems = issuing.issue_problems(session, other, 15, dt.date(2024, 12, 20))
        assert any("đã dùng" in p for p in problems)


def test_delete_draft_is_tombstone(workspace, info, plan_uuid):
    with workspace.db.session() as session:
        service.delete_plan(session, plan_uuid, info.installation_uuid)
        assert service.list_plans(session, info.unit_id) == []
        from sqlalchemy import select

        from nbhr_desktop.storage.models import Plan
        plan = session.scalars(select(Plan).where(Plan.uuid == plan_uuid)).one()
        assert plan.deleted and all(t.deleted for t in plan.tasks)
        service.delete_plan(session, plan_uuid, info.installation_uuid, deleted=False)
        assert len(service.list_plans(session, info.unit_id)) == 1
