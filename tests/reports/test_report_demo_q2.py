"""A second-quarter report on the demo data of Kim Sơn 2024, as a clerk would check it:
no task called "chưa đạt" that is not due or already at its target, and hand-entered targets
not entered read "Chưa cập nhật", never 0 %."""

import datetime as dt
import re

import pdfplumber
import pytest

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.reports import service
from nbhr_desktop.core.reports.judging import Verdict
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.documents.report_pdf import write_report_pdf
from nbhr_desktop.storage.models import TargetMeasure

Q2 = parse_period("2024-Q2")


@pytest.fixture
def q2(workspace, tmp_path):
    generate_demo_data(workspace, year=2024)  # Kim Sơn existed in 2024 (a district)
    info = workspace.installation_info()
    path = tmp_path / "q2.pdf"
    with workspace.db.session() as s:
        report = service.open_report(s, info, Q2)
        figures = service.report_figures(s, report)
        write_report_pdf(s, report, str(path), figures=figures)
        narrative = dict(report.narrative)
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    return figures, narrative, text


def test_no_task_is_called_unmet_before_it_is_due_or_at_its_target(q2):
    figures, narrative, _text = q2
    assert figures.tasks
    end = dt.date(2024, 6, 30)
    later = [t for t in figures.tasks if t.timing_end and t.timing_end > end]
    assert later, "the demo plan has tasks timed after June"
    for task in figures.tasks:
        if task.verdict == Verdict.NOT_MET:
            assert task.due and task.timing_end <= end, task.title
        for target in task.targets:
            if target.percent is not None and target.percent >= 100:
                assert target.verdict == Verdict.MET, (task.title, target.indicator)
            if target.verdict == Verdict.NOT_MET:
                assert target.percent is not None and target.percent < 100
    for task in later:
        assert task.verdict in (Verdict.NOT_DUE, Verdict.MET, Verdict.DONE), task.title
        assert f"“{task.title}” đã đến hạn" not in narrative["assessment"]
    due = [t for t in figures.tasks if t.verdict == Verdict.NOT_MET]
    assert due and all(f"“{t.title}” đã đến hạn" in narrative["assessment"] for t in due)


def test_unentered_hand_targets_read_not_updated(q2):
    figures, _narrative, text = q2
    manual = [(task, t) for task in figures.tasks for t in task.targets
              if t.measure == TargetMeasure.MANUAL and t.result is None]
    assert manual, "the demo plan has hand-entered targets"
    for _task, target in manual:
        assert target.verdict == Verdict.NOT_ENTERED and target.percent is None
    annex = text[text.index("KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU"):]
    for _task, target in manual:
        row = re.search(rf"- {re.escape(target.indicator[:25])}.*", annex)
        assert row, target.indicator
        assert "0,0%" not in row.group(0) and "Chưa cập" in row.group(0)
    # One way of writing a share everywhere: "85,5%", never "85,5 %" or "85.5%".
    assert not re.search(r"\d %", text) and not re.search(r"\d\.\d%", text)
