"""Hand-over: the district's final package, then the installation continues as a commune;
every district record stays, and its 2024 plan prints as it was."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pypdf
import pytest
from sqlalchemy import func, select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.cli import main
from nbhr_desktop.core.activities.lookups import load_lookups
from nbhr_desktop.core.activities.query import ActivityFilter, totals
from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.plans import issuing, service
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.documents.plan_pdf import write_plan_pdf
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    Installation,
    Plan,
    PlanSection,
    PlanTask,
    TaskTarget,
)

KEPT = (Plan, PlanSection, PlanTask, TaskTarget, Activity, Agency)


def _counts(workspace, owner="376") -> dict[str, int]:
    with workspace.db.session() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model)
                                                    .where(model.owner_unit_code == owner))
                for model in KEPT}


def _pdf_text(workspace, year: int) -> str:
    info = workspace.installation_info()
    with workspace.db.session() as session:
        plan = service.latest_plan(session, info.unit_id, year)
        buffer = io.BytesIO()
        write_plan_pdf(session, plan, buffer)
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(buffer).pages)


@pytest.fixture
def district(workspace):
    """Huyện Kim Sơn with a year of demo data (2024) and its plan issued."""
    generate_demo_data(workspace, activities=80, seed=2, year=2024)
    info = workspace.installation_info()
    with workspace.db.session() as session:
        plan = session.scalars(select(Plan)).one()
        issuing.issue_plan(session, plan.uuid, info.installation_uuid, number=12,
                           issued_date=dt.date(2024, 1, 15))
    return workspace


def test_handover_keeps_every_record_and_the_plan_prints_as_it_was(district, capsys, tmp_path):
    before = _counts(district)
    printed_before = _pdf_text(district, 2024)
    data = str(district.location.data_dir)
    district.close()

    out = tmp_path / "final.nbhr"
    assert main(["--data-dir", data, "handover", "--to", "14638", "--out", str(out)]) == 0
    stdout, stderr = capsys.readouterr()
    assert "Xã Kim Sơn (mã 14638)" in stdout and not stderr
    with zipfile.ZipFile(out) as package:  # the final package holds all the district owns
        assert "manifest.json" in package.namelist()

    commune = Workspace.open(Location.resolve(data_dir=data))
    try:
        info = commune.installation_info(refresh=True)
        assert (info.unit_code, info.unit_name, info.unit_level) == ("14638", "Xã Kim Sơn",
                                                                      "commune")
        assert _counts(commune) == before  # every district record is still here, unchanged
        with commune.db.session() as session:
            history = session.scalars(select(Installation)).one().history
            assert [(h["code"], h["package"]) for h in history] == [("376", str(out))]
            old_plan = service.latest_plan(session, info.unit_id, 2024)
            assert old_plan.unit.name == "Huyện Kim Sơn"
            with pytest.raises(UserError, match="đã bàn giao"):
                service.update_plan(session, old_plan.uuid, info.installation_uuid,
                                    subject="Sửa")
            summaries = service.list_plans(session, info.unit_id, with_history=True)
            assert [(s.year, s.unit_name) for s in summaries] == [(2024, "Huyện Kim Sơn")]
            # The commune plans for today in its own name.
            new = service.create_plan(session, info.unit_id, 2026, info.installation_uuid)
            assert new.owner_unit_code == "14638"
        printed_after = _pdf_text(commune, 2024)
        assert printed_after == printed_before
        assert "HUYỆN KIM SƠN" in printed_after and "XÃ KIM SƠN" not in printed_after
    finally:
        commune.close()


def test_district_activities_by_today_s_area(district):
    from nbhr_desktop.sync.handover import hand_over

    hand_over(district, "Xã Kim Sơn", district.location.data_dir / "final.nbhr")
    info = district.installation_info(refresh=True)
    with district.db.session() as session:
        area_names = {"Kim Định", "Ân Hòa", "Hùng Tiến"}
        in_area = session.scalar(select(func.count()).select_from(Activity).join(
            AdminUnit, Activity.commune_id == AdminUnit.id).where(
            AdminUnit.short_name.in_(area_names), Activity.owner_unit_code == "376"))
        assert in_area > 0
        lookups = load_lookups(session, info.unit_id)
        assert [c.name for c in lookups.choices["communes"]] == ["Kim Sơn"]
        area = lookups.areas[info.unit_id]
        found = totals(session, ActivityFilter(commune_ids=area))
        assert found.count == in_area  # exactly the district's activities in today's area
        names = {session.get(AdminUnit, i).short_name for i in area[1:]}
        assert names == area_names


def test_handover_refusals(district, commune_workspace, tmp_path):
    from nbhr_desktop.sync.handover import hand_over

    with pytest.raises(UserError, match="không phải đơn vị kế thừa"):
        hand_over(district, "Gia Vân", tmp_path / "x.nbhr")
    assert not (tmp_path / "x.nbhr").exists()
    assert district.installation_info(refresh=True).unit_code == "376"
    with pytest.raises(UserError, match="vẫn đang hoạt động"):
        hand_over(commune_workspace, "14620", tmp_path / "y.nbhr")


def test_handover_without_target_lists_successors(district, capsys):
    data = str(district.location.data_dir)
    district.close()
    assert main(["--data-dir", data, "handover"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split() == ["14638", "Xã", "Kim", "Sơn"]
    assert "14620\tXã Phát Diệm" in out and len(out.splitlines()) == 9


def test_the_predecessor_answers_for_its_own_dates(district):
    from nbhr_desktop.core.handover import unit_for_day
    from nbhr_desktop.sync.handover import hand_over

    old = district.installation_info().unit_id
    hand_over(district, "14620", district.location.data_dir / "final.nbhr")
    new = district.installation_info(refresh=True).unit_id
    with district.db.session() as session:
        assert unit_for_day(session, new, dt.date(2024, 6, 14)) == old
        assert unit_for_day(session, new, dt.date(2026, 6, 14)) == new
