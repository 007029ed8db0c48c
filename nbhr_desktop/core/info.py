"""What a data folder holds: unit, role, schema revision, where the database is, counts.

Shared by ``info`` on the command line and the settings screen.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sqlalchemy import func, select, text

from nbhr_desktop.base.errors import NotInitialisedError
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import migrate
from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    CatalogueItem,
    EvidenceFile,
    Plan,
    PlanSection,
    PlanTask,
    ResultsReport,
    TaskTarget,
    UnitLevel,
)

# The keys of ``counts``: records that are not deleted (tombstones are counted apart).
COUNTED = {
    "plans": Plan,
    "sections": PlanSection,
    "tasks": PlanTask,
    "targets": TaskTarget,
    "activities": Activity,
    "evidence_files": EvidenceFile,
    "reports": ResultsReport,
    "units": AdminUnit,
    "agencies": Agency,
    "catalogue_items": CatalogueItem,
}


@dataclass
class WorkspaceSummary:
    initialised: bool
    unit_code: str
    unit_name: str
    role: str
    officer_name: str
    installation_uuid: str
    schema_revision: str | None
    head_revision: str
    database: str  # file path, or the server URL without password
    database_kind: str  # "sqlite" or "postgresql"
    database_size: int | None  # bytes
    data_dir: str
    counts: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)  # tombstones per kind
    unit_level: str = ""  # "district", "commune", "province"
    # Units served before a hand-over: {"code", "name", "until", "package", …}
    previous_units: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def database_size(workspace: Workspace) -> int | None:
    """Bytes on disk: the SQLite file with its WAL, or PostgreSQL's database size."""
    location = workspace.location
    if location.is_sqlite:
        path = location.sqlite_path
        if path is None or not path.exists():
            return None
        wal = path.with_name(path.name + "-wal")
        return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    if workspace.db.engine.dialect.name == "postgresql":
        with workspace.db.engine.connect() as connection:
            return connection.execute(text("SELECT pg_database_size(current_database())")).scalar()
    return None


def record_counts(workspace: Workspace) -> tuple[dict[str, int], dict[str, int]]:
    counts: dict[str, int] = {}
    deleted: dict[str, int] = {}
    with workspace.db.read_session() as session:
        for key, model in COUNTED.items():
            rows = dict(session.execute(
                select(model.deleted, func.count()).group_by(model.deleted)).all())
            counts[key] = int(rows.get(False, 0))
            deleted[key] = int(rows.get(True, 0))
        counts["communes"] = session.scalar(
            select(func.count()).select_from(AdminUnit).where(
                AdminUnit.level == UnitLevel.COMMUNE, AdminUnit.deleted.is_(False))) or 0
    return counts, deleted


def summarise(workspace: Workspace) -> WorkspaceSummary:
    try:
        info = workspace.installation_info(refresh=True)
        initialised = True
    except NotInitialisedError:
        info, initialised = None, False
    counts, deleted = record_counts(workspace)
    location = workspace.location
    return WorkspaceSummary(
        initialised=initialised,
        unit_code=info.unit_code if info else "",
        unit_name=info.unit_name if info else "",
        role=info.role if info else "",
        officer_name=info.officer_name if info else "",
        installation_uuid=info.installation_uuid if info else "",
        schema_revision=migrate.current_revision(workspace.db.engine),
        head_revision=migrate.head_revision(),
        database=location.describe(),
        database_kind=workspace.db.engine.dialect.name,
        database_size=database_size(workspace),
        data_dir=str(location.data_dir),
        counts=counts,
        deleted=deleted,
        unit_level=info.unit_level if info else "",
        previous_units=_history(workspace) if info else [],
    )


def _history(workspace: Workspace) -> list[dict]:
    from nbhr_desktop.storage.models import Installation

    with workspace.db.read_session() as session:
        row = session.scalars(select(Installation)).first()
        return [{k: v for k, v in h.items() if k != "unit_id"} for h in (row.history or [])]
