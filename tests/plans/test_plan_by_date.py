"""Names, laws and agencies as they were on the plan's date (TIME-AND-PROVINCE.md), read
back from the printed PDF; the pre-issue warning; the report side's texts by date."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf
from sqlalchemy import select

from nbhr_desktop.base.text import NBSP
from nbhr_desktop.core import catalogue_texts
from nbhr_desktop.core.plans import issuing, service
from nbhr_desktop.documents.plan_pdf import annex_rows, write_plan_pdf
from nbhr_desktop.storage.models import AdminUnit


def _printed(workspace, year: int) -> str:
    info = workspace.installation_info()
    with workspace.db.session() as session:
        plan = service.create_plan(session, info.unit_id, year, info.installation_uuid)
        plan.signer_name = "Nguyễn Văn An"
        buffer = io.BytesIO()
        write_plan_pdf(session, plan, buffer)
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(buffer).pages)
    # One line per paragraph is not what a PDF keeps: compare with spaces collapsed.
    return re.sub(r"\s+", " ", text.replace(NBSP, " "))


def test_2024_district_plan_prints_what_was_valid_in_2024(workspace):
    text = _printed(workspace, 2024)
    for expected in ("ỦY BAN NHÂN DÂN HUYỆN KIM SƠN", "Kim Sơn, ngày tháng năm 2024",
                     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
                     "Luật sửa đổi, bổ sung một số điều",
                     "Thực hiện Công văn số 524/UBND-VP9", "Công an huyện",
                     "Phòng Lao động - Thương binh và Xã hội", "- Sở Thông tin và Truyền thông;",
                     "Thường trực Huyện ủy, HĐND huyện", "Lưu: VT, VHTT.",
                     "Chỉ tiêu năm 2024", "năm thứ hai thực hiện Đề án"):
        assert expected in text, expected
    for absent in ("72/2025/QH15", "65/2025/QH15", "Căn cứ Công văn", "Phòng Văn hóa - Xã hội",
                   "Sở Văn hóa, Thể thao và Du lịch;", "lộ trình đến năm 2028"):
        assert absent not in text, absent


def test_2026_commune_plan_prints_what_is_valid_in_2026(commune_workspace):
    text = _printed(commune_workspace, 2026)
    for expected in ("ỦY BAN NHÂN DÂN XÃ PHÁT DIỆM", "Phát Diệm, ngày tháng năm 2026",
                     "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
                     "Thực hiện Công văn số 524/UBND-VP9", "Phòng Văn hóa - Xã hội",
                     "Văn phòng HĐND và UBND", "Công an xã", "- Sở Văn hóa, Thể thao và Du lịch;",
                     "Thường trực Đảng ủy, HĐND xã", "Lưu: VT, VHXH.", "Chỉ tiêu năm 2026",
                     "năm thứ tư thực hiện Đề án", "UBND xã Phát Diệm"):
        assert expected in text, expected
    for absent in ("HUYỆN", "19 tháng 6 năm 2015", "Công an huyện", "Thương binh",
                   "Sở Thông tin và Truyền thông", "Phòng Văn hóa và Thông tin",
                   "Trung tâm Văn hóa - Thể thao", "UBND các xã, thị trấn", "Căn cứ Công văn",
                   "lộ trình đến năm 2028"):
        assert absent not in text, absent
    assert text.count("524/UBND-VP9") == 1


def test_pre_issue_check_warns_about_names_not_valid_on_the_date(workspace):
    info = workspace.installation_info()
    with workspace.db.session() as session:
        plan = service.create_plan(session, info.unit_id, 2025, info.installation_uuid)
        assert issuing.issue_warnings(session, plan, dt.date(2025, 1, 6)) == []
        # Issued after the 01/03/2025 reform, the January draft names what had ceased.
        warnings = issuing.issue_warnings(session, plan, dt.date(2025, 3, 5))
        joined = "\n".join(warnings)
        for name in ("Công an huyện", "Phòng Lao động - Thương binh và Xã hội",
                     "Sở Thông tin và Truyền thông", "Luật Tổ chức chính quyền địa phương "
                     "ngày 19 tháng 6 năm 2015"):
            assert f"\"{name}\"" in joined, name
        assert "chỉ có đến ngày 28/02/2025" in joined and "05/03/2025" in joined
        assert any(w.startswith("Nhiệm vụ ") for w in warnings)
        assert any(w.startswith("Căn cứ") for w in warnings)
        assert any(w.startswith("Nơi nhận") for w in warnings)
        # A district cannot issue after it ended: that one is a problem, not a warning.
        problems = issuing.issue_problems(session, plan, 3, dt.date(2025, 7, 2))
        assert any("chỉ hoạt động đến ngày 30/06/2025" in p for p in problems)


def test_agency_names_keep_the_dash_on_one_line(commune_workspace):
    info = commune_workspace.installation_info()
    with commune_workspace.db.session() as session:
        plan = service.create_plan(session, info.unit_id, 2026, info.installation_uuid)
        rows, _total = annex_rows(plan)
    leads = {row[2] for row in rows}
    assert f"Phòng Văn hóa{NBSP}-{NBSP}Xã hội" in leads
    assert not any(" - " in row[2] or " - " in row[3] for row in rows)


def test_report_texts_by_date(workspace, commune_workspace):
    """What the report side prints as "Kính gửi" and "Nơi nhận", by unit and date."""
    with workspace.db.session() as session:
        kim_son = session.get(AdminUnit, workspace.installation_info().unit_id)
        assert catalogue_texts.report_addressees(session, kim_son, dt.date(2024, 6, 14)) == [
            "Sở Thông tin và Truyền thông tỉnh Ninh Bình"]
        assert catalogue_texts.report_addressees(session, kim_son, dt.date(2025, 6, 14)) == [
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình"]
        assert catalogue_texts.report_recipients(session, kim_son, dt.date(2024, 6, 14)) == [
            "Như trên;", "Thường trực Huyện ủy, HĐND huyện;", "Chủ tịch, các PCT UBND huyện;",
            "Lưu: VT, VHTT."]
    with commune_workspace.db.session() as session:
        phat_diem = session.get(AdminUnit, commune_workspace.installation_info().unit_id)
        day = dt.date(2026, 6, 14)
        assert catalogue_texts.report_addressees(session, phat_diem, day) == [
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình"]
        assert catalogue_texts.report_recipients(session, phat_diem, day) == [
            "Như trên;", "Thường trực Đảng ủy, HĐND xã;", "Chủ tịch, các PCT UBND xã;",
            "Lưu: VT, VHXH."]
        province = session.scalars(select(AdminUnit).where(AdminUnit.code == "37")).one()
        assert catalogue_texts.report_addressees(session, province, day) == [
            "Bộ Văn hóa, Thể thao và Du lịch"]
