"""Run by ``test_activity_fields.py`` in a fresh interpreter: one more activity figure, made
as a developer would add it, and every reader of the figures shown to carry it.

The two source edits of "adding a figure" are applied to the modules as they are imported
(nothing on disk changes): a description in ``storage/activity_fields.py`` and a column in
``storage/models/activities.py``. The third piece, the new Alembic revision, is played by
the same statements such a revision runs (add both columns, put the triggers back, refill
the day figures). Everything else must follow by itself. Prints "ok" when it does.
"""

from __future__ import annotations

import datetime as dt
import importlib.abc
import importlib.machinery
import os
import sys
from pathlib import Path
from types import SimpleNamespace

FIGURE = '''
FIGURES = (*FIGURES, FigureField(
    "participants_youth", "youth", N_("Số thanh niên"), N_("Thanh niên"),
    N_("{0} thanh niên"), N_("Trong đó: lượt thanh niên"), "Thanh niên", "Thanh niên",
    entry_header="Trong đó thanh niên", part_of="participants_total",
    widths={"detail": 7, "units": 10, "annex": 18, "units_annex": 16, "entry": 10}))'''
COLUMN = '''
    participants_youth: Mapped[int] = mapped_column(Integer, default=0)'''
# module → (the text the addition goes before, the addition)
EDITS = {
    "nbhr_desktop.storage.activity_fields": ("\nBY_NAME = ", FIGURE + "\n"),
    "nbhr_desktop.storage.models.activities": ("\n    products: Mapped[int]", COLUMN),
}


class _Edited(importlib.machinery.SourceFileLoader):
    def get_code(self, fullname):
        source = Path(self.path).read_text(encoding="utf-8")
        before, addition = EDITS[fullname]
        assert before in source, f"{fullname} no longer has {before!r}"
        return compile(source.replace(before, addition + before, 1), self.path, "exec")


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname not in EDITS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        spec.loader = _Edited(fullname, spec.origin)
        return spec


def _migrate(workspace) -> None:
    """What the new revision would do (on SQLite here)."""
    from sqlalchemy import text

    from nbhr_desktop.storage import aggregates

    with workspace.db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE activity ADD COLUMN participants_youth "
                                "INTEGER NOT NULL DEFAULT 0"))
        connection.execute(text("ALTER TABLE activity_day_figure ADD COLUMN youth "
                                "BIGINT NOT NULL DEFAULT 0"))
        aggregates.drop_triggers(connection)
        aggregates.create_triggers(connection)
        aggregates.rebuild(connection)


def main(data_dir: str) -> None:
    sys.meta_path.insert(0, _Finder())
    from nbhr_desktop.storage import activity_fields as af
    from nbhr_desktop.storage.models import Activity, activity_day_figure

    assert af.SUMS[-1] == "youth" and "youth" in activity_day_figure.c
    assert "participants_youth" in Activity.__table__.c

    from nbhr_desktop.core.setup import initialise
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.storage.db import Location

    workspace = Workspace.open(Location.resolve(data_dir=Path(data_dir)))
    initialise(workspace, "Phát Diệm", officer_name="Trần Thị Mai")
    _migrate(workspace)
    unit_id = workspace.installation_info().unit_id

    # Entered, checked and saved like any figure.
    from nbhr_desktop.core.activities import validation
    from nbhr_desktop.core.activities.service import ActivityInput, ActivityService

    service = ActivityService(workspace)
    day = dt.date(2026, 3, 5)
    wrong = validation.validate(ActivityInput(title="A", start_date=day, participants_total=3,
                                              participants_youth=-1))
    assert [p.field for p in wrong] == ["participants_youth"], wrong
    wrong = validation.validate(ActivityInput(title="A", start_date=day, participants_total=3,
                                              participants_youth=4))
    assert [p.field for p in wrong] == ["participants_youth"], wrong
    assert "thanh niên" in wrong[0].message.lower()
    for youth, title in ((5, "Tập huấn Công ước CEDAW"), (7, "Hội nghị phổ biến pháp luật")):
        service.create(ActivityInput(title=title, start_date=day, participants_total=10,
                                     participants_youth=youth))

    # Summed by the database's triggers, the query layer, the reports and task progress.
    from nbhr_desktop.core.activities import query as q
    from nbhr_desktop.core.reports.figures import (
        _fingerprint_values,
        overall_rows,
        period_figures,
    )
    from nbhr_desktop.storage import aggregates

    with workspace.db.session() as session:
        assert aggregates.differences(session.connection()) == 0
        spec = q.ActivityFilter(unit_id=unit_id)
        assert q.totals(session, spec).youth == 12 == q.plain_totals(session, spec).youth
        lookups = SimpleNamespace(ranks=lambda _table: {})
        rows = q.page(session, spec, q.Sort(), lookups, 0, 10)
        assert sorted(r.participants_youth for r in rows) == [5, 7]
        figures = period_figures(session, unit_id, dt.date(2026, 1, 1), dt.date(2026, 12, 31),
                                 with_year_earlier=False)
        assert figures.totals.youth == 12
        assert sum(g.totals.youth for g in figures.by_form) == 12
    rows = overall_rows()  # a part ("trong đó") comes under its whole, unnumbered
    assert [r.measure for r in rows] == ["activities", "attendances", "women", "ethnic",
                                         "youth", "products", "minutes", "cost"]
    assert rows[4].label == "Trong đó: lượt thanh niên" and rows[4].number == ""
    assert "participants_youth" in q.COLUMN_KEYS
    # Reports fingerprinted before the figure existed keep their fingerprint.
    assert _fingerprint_values(af.Totals(1, 2, 3, 4, 5, 6, 7, 0)) == [1, 2, 3, 4, 5, 6, 7]
    assert _fingerprint_values(af.Totals(1, 2, 3, 4, 5, 6, 7, 8)) == [1, 2, 3, 4, 5, 6, 7, 8]

    # Printed: the workbook's detail sheet (with its total), the annexes, the template.
    import pypdf
    from openpyxl import load_workbook

    from nbhr_desktop.cli import main as cli_main
    from nbhr_desktop.core.reports.periods import whole_year
    from nbhr_desktop.documents.province_annexes import UNIT_HEADER
    from nbhr_desktop.documents.report_annexes import GROUP_HEADER
    from nbhr_desktop.workbooks import entry_import, entry_template
    from nbhr_desktop.workbooks.report_summary import GROUP_HEADERS
    from nbhr_desktop.workbooks.report_workbook import write_report_workbook

    out = Path(data_dir) / "report.xlsx"
    with workspace.db.session() as session:
        write_report_workbook(session, unit_id, whole_year(2026), out)
    sheet = load_workbook(out)["Chi tiết"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in cells if "Thanh niên" in r)
    column = header.index("Thanh niên")
    below = [r[column] for r in cells[cells.index(header) + 1:]]
    assert sorted(v for v in below if isinstance(v, int)) == [5, 7, 12]  # rows and total
    pdf = Path(data_dir) / "report.pdf"
    workspace.db.engine.dispose()  # the command opens the data folder itself
    assert cli_main(["--data-dir", data_dir, "export-report-pdf", "--period", "2026",
                     "--out", str(pdf)]) == 0
    printed = " ".join(" ".join(page.extract_text().split())
                       for page in pypdf.PdfReader(pdf).pages)
    assert "Trong đó: lượt thanh niên 12" in printed, printed[:3000]  # annex I
    assert "Thanh niên" in GROUP_HEADERS and "Thanh niên" in GROUP_HEADER
    assert "Thanh niên" in UNIT_HEADER
    assert [c.header for c in entry_template.COLUMNS if c.key == "participants_youth"] == \
        ["Trong đó thanh niên"]
    assert "participants_youth" in entry_import.ROW_FIELDS

    # Shown: the conflict view and the activity dialog (a row of its own).
    from nbhr_desktop.sync.conflicts import FIELD_LABELS

    assert FIELD_LABELS["participants_youth"] == "Số thanh niên"
    from PySide6.QtWidgets import QApplication

    from nbhr_desktop.core.activities.lookups import load_lookups
    from nbhr_desktop.ui.activities.dialog import ActivityDialog

    app = QApplication.instance() or QApplication([])
    with workspace.db.read_session() as session:
        lookups = load_lookups(session, unit_id)
    dialog = ActivityDialog(SimpleNamespace(workspace=workspace), lookups,
                            data=ActivityInput(title="B", start_date=day, participants_total=9,
                                               participants_youth=4))
    assert dialog.figure_spins["participants_youth"].value() == 4
    assert dialog.collect().participants_youth == 4
    dialog.close()
    app.processEvents()
    workspace.close()
    print("ok")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main(sys.argv[1])
