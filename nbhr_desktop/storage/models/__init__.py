"""All mapped classes. Importing this module registers every table on ``Base.metadata``."""

from nbhr_desktop.storage.models import activity_indexes as activity_indexes  # browsing at scale
from nbhr_desktop.storage.models import sync as sync  # exchange bookkeeping (sync/)
from nbhr_desktop.storage.models.activities import (
    Activity,
    EvidenceFile,
    activity_audience,
    activity_search_text,
    activity_theme,
)
from nbhr_desktop.storage.models.activity_figures import activity_day_figure
from nbhr_desktop.storage.models.base import Base, Synced, new_uuid, utcnow
from nbhr_desktop.storage.models.plans import (
    Plan,
    PlanSection,
    PlanStatus,
    PlanTask,
    SectionLevel,
    SignerAuthority,
    TargetMeasure,
    TaskTarget,
    TimingKind,
    plan_task_cooperator,
)
from nbhr_desktop.storage.models.province import PlanTemplate, ReportDeadline
from nbhr_desktop.storage.models.reports import ReportStatus, ResultsReport
from nbhr_desktop.storage.models.units import (
    TEXT_CATALOGUES,
    AdminUnit,
    Agency,
    AgencyKind,
    Catalogue,
    CatalogueItem,
    Installation,
    Role,
    UnitLevel,
)

__all__ = [
    "Activity", "AdminUnit", "Agency", "AgencyKind", "Base", "Catalogue", "CatalogueItem",
    "EvidenceFile", "Installation", "Plan", "PlanSection", "PlanStatus", "PlanTask",
    "PlanTemplate", "ReportDeadline", "ReportStatus", "ResultsReport", "Role", "SectionLevel",
    "SignerAuthority", "Synced",
    "TEXT_CATALOGUES", "TargetMeasure", "TaskTarget", "TimingKind", "UnitLevel",
    "activity_audience", "activity_day_figure", "activity_search_text", "activity_theme",
    "new_uuid", "plan_task_cooperator", "utcnow",
]
