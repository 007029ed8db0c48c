"""The activity figures are described once (``storage/activity_fields.py``): the descriptions
agree with the model, printed documents keep their released wording, and a figure added
by its description and its model column reaches every reader (``added_figure_run.py``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Integer

import nbhr_desktop
from nbhr_desktop.documents.province_annexes import UNIT_HEADER, UNIT_WIDTHS
from nbhr_desktop.documents.report_annexes import GROUP_HEADER, GROUP_WIDTHS
from nbhr_desktop.storage.activity_fields import (
    BY_NAME,
    FIGURES,
    MONEY,
    SUMS,
    TARGET_SUMS,
    Totals,
)
from nbhr_desktop.storage.models import Activity, TargetMeasure, activity_day_figure
from nbhr_desktop.storage.models.base import Money
from nbhr_desktop.workbooks.entry_template import COLUMNS as ENTRY_COLUMNS
from nbhr_desktop.workbooks.report_detail_sheet import DETAIL_COLUMNS, PRINTED_COLUMNS
from nbhr_desktop.workbooks.report_summary import GROUP_HEADERS
from nbhr_desktop.workbooks.report_units_sheet import HEADERS, WIDTHS

ROOT = Path(nbhr_desktop.__file__).resolve().parent.parent


def test_each_description_names_a_column_of_its_kind():
    for figure in FIGURES:
        column = Activity.__table__.c[figure.name]
        assert isinstance(column.type, Money if figure.kind == MONEY else Integer), figure
        assert figure.part_of == "" or figure.part_of in BY_NAME
        assert figure.maximum > 0
    assert len(set(SUMS)) == len(SUMS)
    # The per-day sums hold exactly the count and one column per figure.
    assert [c.name for c in activity_day_figure.c][4:] == list(SUMS)


def test_plan_targets_count_the_described_sums():
    counted = {m.value for m in TargetMeasure} - {TargetMeasure.MANUAL.value}
    assert counted == set(TARGET_SUMS)
    figures = Totals(4, 120, 60, 5, 9, 30, 2_000_000)
    assert figures.for_measure(TargetMeasure.ATTENDANCES) == 120
    assert figures.for_measure(TargetMeasure.BROADCAST_MINUTES) == 30
    assert figures.for_measure(TargetMeasure.MANUAL) is None
    assert figures.for_measure("cost") is None  # no target counts money
    assert (figures + figures).women == 120 and figures.count == 4


def test_printed_documents_keep_their_wording():
    """Official documents say what the released version printed, in the same columns."""
    assert GROUP_HEADER == ["STT", "{first}", "Số hoạt động", "Lượt người tham dự",
                            "Trong đó nữ", "Người DTTS", "Sản phẩm", "Phút phát sóng",
                            "Kinh phí (đồng)"]
    assert GROUP_WIDTHS == [10, 70, 20, 22, 20, 20, 18, 20, 30]
    assert UNIT_HEADER[2:9] == GROUP_HEADER[2:] and UNIT_WIDTHS == [9, 48, 16, 19, 17, 16, 18,
                                                                     17, 26, 18]
    sheet_headers = ["Lượt người", "Nữ", "DTTS", "Sản phẩm", "Phút phát sóng", "Kinh phí (đồng)"]
    assert list(GROUP_HEADERS) == ["Số hoạt động", *sheet_headers]
    assert list(HEADERS[4:10]) == sheet_headers and WIDTHS[3:10] == [11, 11, 10, 10, 10, 10, 15]
    assert [(h, w, k) for h, w, _f, k in DETAIL_COLUMNS[8:14]] == [
        ("Lượt người", 8, "int"), ("Nữ", 7, "int"), ("DTTS", 7, "int"),
        ("Sản phẩm", 8, "int"), ("Phút phát sóng", 8, "int"), ("Kinh phí (đồng)", 14.5, "money")]
    assert PRINTED_COLUMNS == 15
    assert [(c.header, c.width, c.kind) for c in ENTRY_COLUMNS[10:15]] == [
        ("Số lượt người tham dự", 12, "int"), ("Trong đó nữ", 10, "int"),
        ("Trong đó người dân tộc thiểu số", 12, "int"), ("Số sản phẩm", 10, "int"),
        ("Kinh phí (đồng)", 14, "money")]


def test_an_added_figure_reaches_every_reader(tmp_path):
    """Adding a summed figure takes its description, its model column and a migration:
    the query layer, reports, dialog, template, workbook, annexes and conflict view follow."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("NBHR_DB_URL", None)
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("added_figure_run.py")),
                           str(tmp_path / "data")], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("ok")
