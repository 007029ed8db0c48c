"""The pre-filled narrative agrees with the figures: no claim the figures contradict."""

import datetime as dt

import pytest

from nbhr_desktop.core.reports import service
from nbhr_desktop.core.reports.narrative import SECTION_KEYS, close_lists, section_titles
from nbhr_desktop.core.reports.periods import parse_period

from judging_fixtures import build_judging_data


@pytest.fixture
def draft(workspace):
    build_judging_data(workspace)
    info = workspace.installation_info()

    def make(period: str) -> dict[str, str]:
        with workspace.db.session() as s:
            report = service.build_draft(s, info, parse_period(period),
                                         today=dt.date(2026, 11, 29))
            s.expunge_all()
            return report.narrative

    return make


def bullet_runs(text: str) -> list[list[str]]:
    runs, current = [], []
    for line in text.splitlines():
        if line.startswith("- "):
            current.append(line)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def test_every_list_ends_with_a_full_stop(draft):
    for period in ("2024-Q1", "2024-Q2", "2024-Q3", "2024"):
        narrative = draft(period)
        for key in SECTION_KEYS:
            for run in bullet_runs(narrative[key]):
                assert run[-1].endswith("."), (period, key, run[-1])
                assert all(line.endswith(";") for line in run[:-1]), (period, key)


def test_nothing_unmet_means_no_shortcoming_and_no_cause(draft):
    # By the end of the first quarter only the conference was due, and it was held.
    narrative = draft("2024-Q1")
    text = "\n".join(narrative.values())
    assert "đã đến hạn nhưng chưa đạt" not in text and ", chưa đạt;" not in text
    assert "Nguyên nhân" not in narrative["assessment"]
    assert "không có nhiệm vụ, chỉ tiêu nào đã đến hạn mà chưa đạt" in narrative["assessment"]
    assert "Ưu điểm" in narrative["assessment"]


def test_a_quarter_with_nothing_done_claims_nothing(draft):
    narrative = draft("2024-Q3")
    assert "chưa ghi nhận hoạt động" in narrative["results"]
    assert "Ưu điểm" not in narrative["assessment"]
    assert "đã tổ chức" not in narrative["results"]
    # The training of Quý II is overdue now: a shortcoming with a cause left to write.
    assert "Tập huấn cán bộ thông tin cơ sở” đã đến hạn" in narrative["assessment"]
    assert "Nguyên nhân: …" in narrative["assessment"]
    # The Quý IV exhibition is still not due in the third quarter.
    assert "Triển lãm Ngày Quyền con người” đã đến hạn" not in narrative["assessment"]


def test_a_second_quarter_report_tells_what_is_due_and_cumulative(draft):
    narrative = draft("2024-Q2")
    results = narrative["results"]
    assert "Lũy kế từ đầu năm (từ ngày 01/01/2024 đến ngày 30/06/2024): 4 hoạt động" in results
    assert "Triển lãm Ngày Quyền con người: 0/1 cuộc (0,0%), chưa đến hạn" in results
    assert "Phát hành tờ gấp: 12/10 ấn phẩm (120,0%), đạt" in results
    assert "chỉ tiêu “Cán bộ được khảo sát” chưa cập nhật kết quả" in results
    assert "So với cùng kỳ năm trước (quý II năm 2023: 1 hoạt động" in results
    # "Phương hướng" is about the next quarter and names what falls due in it.
    assert section_titles(parse_period("2024-Q2"))["direction"].endswith("QUÝ III NĂM 2024")
    assert "Trong quý III năm 2024" in narrative["direction"]
    assert "Khẩn trương hoàn thành nhiệm vụ “Tập huấn cán bộ thông tin cơ sở” (còn 1 lớp)" \
        in narrative["direction"]


def test_the_year_report_looks_to_the_next_year(draft):
    narrative = draft("2024")
    assert section_titles(parse_period("2024"))["direction"] == \
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"
    assert "Kế hoạch truyền thông về quyền con người năm 2025" in narrative["direction"]
    assert "quý" not in narrative["direction"].lower()


def test_close_lists():
    assert close_lists(["a", "- x;", "- y;", "b", "- z"]) == ["a", "- x;", "- y.", "b", "- z."]


def test_a_commune_report_speaks_of_its_villages_not_of_communes_beneath_it(
        commune_workspace):
    """Since 01/07/2025 a commune is the lowest level: its draft must not say it directed
    "UBND các xã, thị trấn" nor count the communes it reached; a 2024 district's still do."""
    from nbhr_desktop.core.demo import generate_demo_data

    ws = commune_workspace
    generate_demo_data(ws, activities=40, year=2026)
    with ws.db.session() as s:
        report = service.build_draft(s, ws.installation_info(), parse_period("2026-Q3"),
                                     today=dt.date(2026, 11, 29))
        text = "\n".join(report.narrative.values())
    assert "xã, thị trấn" not in text
    assert "chỉ đạo các ban, ngành, đoàn thể và các thôn, tổ dân phố" in text
    assert "trên địa bàn xã Phát Diệm" in text
    assert "phát hành đến các thôn, tổ dân phố" in text


def test_a_district_report_still_directs_its_communes(draft):
    narrative = draft("2024")
    assert "UBND các xã, thị trấn triển khai" in narrative["leadership"]
    assert "phát hành đến các xã, thị trấn" in narrative["recommendations"]
