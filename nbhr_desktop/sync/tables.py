"""Which tables travel, and how a row becomes an exchange record and back.

An exchange record is a flat JSON object: the ``Synced`` identity (uuid, owner_unit_code,
version, changed_at, changed_by, deleted), the content columns, foreign keys as the UUID of
the record they point at (``form`` → ``"form_uuid"``), and many-to-many links as lists of
UUIDs (an activity's ``themes``). Local integer ids never leave the database.

The table specs are read from the SQLAlchemy models, so a column added to a model travels
without touching this module; only the order (parents before children) is written here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, Integer, String, Table

from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    AgencyKind,
    CatalogueItem,
    EvidenceFile,
    Plan,
    PlanSection,
    PlanStatus,
    PlanTask,
    PlanTemplate,
    ReportDeadline,
    ReportStatus,
    ResultsReport,
    SectionLevel,
    SignerAuthority,
    TargetMeasure,
    TaskTarget,
    TimingKind,
    UnitLevel,
    activity_audience,
    activity_theme,
    plan_task_cooperator,
)
from nbhr_desktop.storage.models.units import Catalogue

IDENTITY = ("uuid", "owner_unit_code", "version", "changed_at", "changed_by", "deleted")
# Columns kept only locally: the integer key, and the search key rebuilt from the text.
LOCAL_ONLY = {"id", "search_text"}

# Long free text (plan bodies, notes) has a generous limit, far below the 100,000-character
# strings a hostile file may carry; Excel itself stops at 32,767.
TEXT_LIMIT = 32_000

# Fields added to a table by a format version (``sync.format.FORMAT_VERSION``), with the
# value a record from a package of an older version takes instead: unknown (null) for the
# workbook-row provenance of activities (revision 0003), no successors and no validity for
# units, agencies and catalogue entries (revision 0002).
ADDED_FIELDS: dict[int, dict[str, dict[str, object]]] = {
    2: {
        "activity": {"entry_saved_at": None, "entry_row_hash": None},
        "admin_unit": {"successors": []},
        "agency": {"valid_from": None, "valid_to": None},
        "catalogue_item": {"valid_from": None, "valid_to": None, "scope": ""},
    },
}

# Tables a format version introduced. A package is written with the lowest version that
# can carry what it holds (``format_version_for``): a unit's package, which never holds the
# province's due dates or plan templates, stays readable by installations of the previous
# release; the province's package tells an older installation to update rather than
# failing on a table it does not know.
TABLE_SINCE: dict[str, int] = {"report_deadline": 3, "plan_template": 3}
BASE_FORMAT_VERSION = 2


def format_version_for(tables) -> int:
    return max([BASE_FORMAT_VERSION, *(TABLE_SINCE.get(name, 0) for name in tables)])


# Known value sets: anything else in a file is refused rather than stored.
ENUMS: dict[tuple[str, str], frozenset[str]] = {
    ("admin_unit", "level"): frozenset(UnitLevel),
    ("agency", "kind"): frozenset(AgencyKind),
    ("catalogue_item", "catalogue"): frozenset(Catalogue),
    ("plan", "status"): frozenset(PlanStatus),
    ("plan", "signer_authority"): frozenset(SignerAuthority),
    ("plan_section", "level"): frozenset(SectionLevel),
    ("plan_task", "timing_kind"): frozenset(TimingKind),
    ("task_target", "measure"): frozenset(TargetMeasure),
    ("results_report", "status"): frozenset(ReportStatus),
    ("results_report", "signer_authority"): frozenset(SignerAuthority),
}


@dataclass(frozen=True)
class Link:
    """A many-to-many list carried on the owning record: activity.themes → [uuid…]."""

    name: str  # key in the exchange record
    table: Table  # association table
    own_column: str  # column pointing at the owning record
    other_column: str  # column pointing at the linked record
    target: str  # table name of the linked record


@dataclass(frozen=True)
class ForeignKey:
    column: str  # "form_id"
    key: str  # "form_uuid"
    target: str  # "catalogue_item"
    nullable: bool


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # str, int, money, bool, date, datetime, json
    nullable: bool
    max_length: int | None = None
    choices: frozenset[str] | None = None


@dataclass
class TableSpec:
    name: str
    model: type
    table: Table
    columns: list[Column] = field(default_factory=list)  # content, without identity/FKs
    foreign_keys: list[ForeignKey] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def label(self) -> str:
        return TABLE_LABELS.get(self.name, self.name)

    def content_keys(self) -> list[str]:
        return ([c.name for c in self.columns] + [f.key for f in self.foreign_keys]
                + [link.name for link in self.links])


def _kind(column) -> str:
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, BigInteger):
        return "money"
    if isinstance(kind, Integer):
        return "int"
    if isinstance(kind, DateTime):
        return "datetime"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, String):  # Text is a String without a length
        return "str"
    raise TypeError(f"unsupported column type {kind!r} on {column}")


def _spec(model, links: tuple[Link, ...] = ()) -> TableSpec:
    table = model.__table__
    spec = TableSpec(name=table.name, model=model, table=table, links=list(links))
    for column in table.columns:
        if column.name in LOCAL_ONLY or column.name in IDENTITY:
            continue
        fks = list(column.foreign_keys)
        if fks:
            target = fks[0].column.table.name
            spec.foreign_keys.append(ForeignKey(
                column=column.name, key=column.name.removesuffix("_id") + "_uuid",
                target=target, nullable=bool(column.nullable)))
            continue
        kind = _kind(column)
        length = getattr(column.type, "length", None) if kind == "str" else None
        spec.columns.append(Column(
            name=column.name, kind=kind, nullable=bool(column.nullable),
            max_length=length or (TEXT_LIMIT if kind == "str" else None),
            choices=ENUMS.get((table.name, column.name))))
    return spec


# Parents before children, so a package's references can be resolved in one pass.
TABLES: list[TableSpec] = [
    _spec(AdminUnit),
    _spec(Agency),
    _spec(CatalogueItem),
    _spec(ReportDeadline),
    _spec(PlanTemplate),
    _spec(Plan),
    _spec(PlanSection),
    _spec(PlanTask, (Link("cooperators", plan_task_cooperator, "task_id", "agency_id", "agency"),)),
    _spec(TaskTarget),
    _spec(Activity, (
        Link("themes", activity_theme, "activity_id", "item_id", "catalogue_item"),
        Link("audiences", activity_audience, "activity_id", "item_id", "catalogue_item"),
    )),
    _spec(EvidenceFile),
    _spec(ResultsReport),
]
BY_NAME: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}

TABLE_LABELS = {
    "admin_unit": "đơn vị hành chính",
    "agency": "cơ quan",
    "catalogue_item": "danh mục",
    "report_deadline": "hạn gửi báo cáo",
    "plan_template": "mẫu kế hoạch",
    "plan": "kế hoạch",
    "plan_section": "mục kế hoạch",
    "plan_task": "nhiệm vụ",
    "task_target": "chỉ tiêu",
    "activity": "hoạt động",
    "evidence_file": "tệp minh chứng",
    "results_report": "báo cáo kết quả",
}

# The field that names a record for people (previews, conflicts, problems).
TITLE_FIELDS = {
    "admin_unit": "name", "agency": "name", "catalogue_item": "name", "plan": "subject",
    "report_deadline": "period_key", "plan_template": "name",
    "plan_section": "title", "plan_task": "title", "task_target": "indicator",
    "activity": "title", "evidence_file": "file_name", "results_report": "subject",
}


def record_title(table: str, record: dict) -> str:
    value = record.get(TITLE_FIELDS.get(table, ""), "") or ""
    text = str(value).replace("\n", " ").strip()
    return text[:80] + ("…" if len(text) > 80 else "")
