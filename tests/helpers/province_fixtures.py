"""Units that send their year to the province: four 2024 districts (three packages and one
e-mailed report workbook) and a 2026 commune (a package), each with what it reports itself.

Built once per test module (``sent_files``): a unit's own figures are what its own report
prints (``scope_figures`` of its scope, as ``export-report-pdf`` counts them), so the
province's consolidated figures can be compared with them figure by figure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.province.units import scope_for
from nbhr_desktop.core.reports.figures import PeriodFigures, scope_figures
from nbhr_desktop.core.reports.periods import Period, parse_period
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.workbooks.report_workbook import write_report_workbook

YEAR_2024 = parse_period("2024")
Q2_2026 = parse_period("2026-Q2")
# Three districts send packages, Gia Viễn e-mails its report workbook.
PACKAGE_UNITS = ("Kim Sơn", "Yên Mô", "Nho Quan")
WORKBOOK_UNIT = "Gia Viễn"
COMMUNE = "Phát Diệm"


@dataclass
class SentUnit:
    code: str
    uuid: str
    name: str
    file: Path
    data_dir: Path  # the unit's own installation (SQLite), for its own documents
    figures: dict[str, PeriodFigures] = field(default_factory=dict)  # period key → own


@dataclass
class SentFiles:
    districts: list[SentUnit]
    commune: SentUnit

    @property
    def files(self) -> list[Path]:
        return [unit.file for unit in self.districts] + [self.commune.file]


def _unit(root: Path, name: str, seed: int, year: int, periods: list[Period]):
    ws = Workspace.open(Location.resolve(data_dir=root / f"unit-{seed}"))
    initialise(ws, name, officer_name="Lê Văn An")
    generate_demo_data(ws, activities=45, seed=seed, year=year)
    info = ws.installation_info()
    own = {}
    with ws.db.session() as session:
        for period in periods:
            own[period.key] = scope_figures(session, scope_for(session, info.unit_id, period))
    return ws, info, own


def build_sent_files(root: Path) -> SentFiles:
    districts = []
    for seed, name in enumerate((*PACKAGE_UNITS, WORKBOOK_UNIT), start=1):
        ws, info, own = _unit(root, name, seed, 2024, [YEAR_2024])
        if name == WORKBOOK_UNIT:
            path = root / f"{info.unit_code}-2024.xlsx"
            with ws.db.session() as session:
                write_report_workbook(session, info.unit_id, YEAR_2024, path)
        else:
            path = export_package(ws, root / f"{info.unit_code}.nbhr").path
        districts.append(SentUnit(info.unit_code, _uuid(ws, info.unit_id), info.unit_name,
                                  Path(path), ws.location.data_dir, own))
        ws.close()
    ws, info, own = _unit(root, COMMUNE, 9, 2026, [Q2_2026])
    commune = SentUnit(info.unit_code, _uuid(ws, info.unit_id), info.unit_name,
                       Path(export_package(ws, root / f"{info.unit_code}.nbhr").path),
                       ws.location.data_dir, own)
    ws.close()
    return SentFiles(districts, commune)


def _uuid(ws: Workspace, unit_id: int) -> str:
    from nbhr_desktop.storage.models import AdminUnit

    with ws.db.session() as session:
        return session.get(AdminUnit, unit_id).uuid
