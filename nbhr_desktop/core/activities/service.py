"""Changing the activity log: create, edit, delete (as a tombstone) and undo, duplicate, and
edit several activities at once.

Every change stamps the record (``touch``) with this installation, and a new activity is
owned by this installation's unit: that is what lets the exchange files merge without lost
edits (SYNC.md). An activity owned by another unit (a district's row in the province's
database) is read-only here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, make_dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import NotFoundError, UserError, ValidationError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import nfc
from nbhr_desktop.core.activities import validation
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.activity_fields import FIGURES, NAMES
from nbhr_desktop.storage.models import Activity, CatalogueItem, EvidenceFile

_TEXT_FIELDS = ("title", "description", "location", "product_note", "note")
_PLAIN_FIELDS = (
    "start_date", "end_date", "form_id", "commune_id", "task_id", "lead_agency_id", "title",
    "description", "location", "product_note", "funding_id", "note", *NAMES,
)
# What "edit several at once" may set: links, not per-activity figures or text.
BULK_FIELDS = ("task_id", "form_id", "commune_id", "funding_id", "lead_agency_id")


# The figures of an activity (``storage.activity_fields``), 0 until entered.
_FigureInput = make_dataclass("_FigureInput", [(f.name, int, field(default=0)) for f in FIGURES])


@dataclass
class ActivityInput(_FigureInput):
    """Every field of an activity as the entry form edits it (plain values and ids); the
    figures (``participants_total``, ``cost``…) come from ``_FigureInput``."""

    start_date: dt.date | None = None
    end_date: dt.date | None = None
    form_id: int | None = None
    theme_ids: list[int] = field(default_factory=list)
    audience_ids: list[int] = field(default_factory=list)
    commune_id: int | None = None
    task_id: int | None = None
    lead_agency_id: int | None = None
    title: str = ""
    description: str = ""
    location: str = ""
    product_note: str = ""
    funding_id: int | None = None
    note: str = ""


@dataclass
class EvidenceInfo:
    id: int
    file_name: str
    sha256: str
    size: int
    media_type: str


@dataclass
class BulkChange:
    """Fields to set on every selected activity, and themes/audiences to add to each."""

    values: dict[str, int | None] = field(default_factory=dict)
    add_theme_ids: list[int] = field(default_factory=list)
    add_audience_ids: list[int] = field(default_factory=list)


class ActivityService:
    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    @property
    def info(self):
        return self.workspace.installation_info()

    # -- reading -----------------------------------------------------------------------
    def load(self, activity_id: int) -> tuple[ActivityInput, list[EvidenceInfo]]:
        with self.workspace.db.session() as s:
            activity = self._get(s, activity_id)
            data = ActivityInput(**{name: getattr(activity, name) for name in _PLAIN_FIELDS})
            data.theme_ids = [t.id for t in activity.themes]
            data.audience_ids = [a.id for a in activity.audiences]
            evidence = [EvidenceInfo(e.id, e.file_name, e.sha256, e.size, e.media_type)
                        for e in activity.evidence if not e.deleted]
            return data, evidence

    def last_used(self) -> tuple[int | None, int | None]:
        """The form and commune of the activity entered last here: the entry form's defaults."""
        with self.workspace.db.session() as s:
            row = s.execute(
                select(Activity.form_id, Activity.commune_id)
                .where(Activity.changed_by == self.info.installation_uuid)
                .order_by(Activity.id.desc()).limit(1)
            ).first()
        return (row[0], row[1]) if row else (None, None)

    def check(self, data: ActivityInput, exclude_id: int | None = None
              ) -> validation.CheckResult:
        """Errors, warnings (plan period, submitted report) and likely duplicates."""
        with self.workspace.db.session() as s:
            original = None
            if exclude_id is not None:
                original = s.scalar(select(Activity.start_date).where(Activity.id == exclude_id))
            return validation.check(s, data, exclude_id=exclude_id, unit_id=self.info.unit_id,
                                    original_date=original)

    # -- writing -----------------------------------------------------------------------
    def create(self, data: ActivityInput) -> int:
        self._refuse_errors(data)
        info = self.info
        with self.workspace.db.session() as s:
            self._refuse_outside_unit(s, data)
            activity = Activity(unit_id=info.unit_id, owner_unit_code=info.unit_code,
                                version=0)
            self._apply(s, activity, data)
            activity.touch(info.installation_uuid)
            s.add(activity)
            s.flush()
            return activity.id

    def update(self, activity_id: int, data: ActivityInput) -> None:
        self._refuse_errors(data)
        with self.workspace.db.session() as s:
            activity = self._editable(s, activity_id)
            self._refuse_outside_unit(s, data)
            self._apply(s, activity, data)
            activity.touch(self.info.installation_uuid)

    def delete(self, activity_ids: list[int]) -> list[int]:
        """Tombstones the activities; returns the ids actually deleted (for undo)."""
        return self._set_deleted(activity_ids, True)

    def restore(self, activity_ids: list[int]) -> list[int]:
        """Undo of ``delete``."""
        return self._set_deleted(activity_ids, False)

    def duplicate(self, activity_id: int, start_date: dt.date | None = None) -> int:
        """A new activity with the same fields (not the evidence files), optionally re-dated."""
        data, _evidence = self.load(activity_id)
        if start_date is not None:
            shift = (data.end_date - data.start_date) if data.end_date else None
            data.start_date = start_date
            data.end_date = start_date + shift if shift is not None else None
        return self.create(data)

    def bulk_edit(self, activity_ids: list[int], change: BulkChange) -> int:
        """Sets the same links on every selected activity; returns how many changed."""
        unknown = set(change.values) - set(BULK_FIELDS)
        if unknown:
            raise ValueError(f"cannot bulk-edit {sorted(unknown)}")
        installation = self.info.installation_uuid
        changed = 0
        with self.workspace.db.session() as s:
            themes = [s.get(CatalogueItem, i) for i in change.add_theme_ids]
            audiences = [s.get(CatalogueItem, i) for i in change.add_audience_ids]
            for start in range(0, len(activity_ids), 500):
                chunk = activity_ids[start:start + 500]
                for activity in s.scalars(select(Activity).where(Activity.id.in_(chunk))):
                    self._check_owner(activity)
                    dirty = False
                    for name, value in change.values.items():
                        if getattr(activity, name) != value:
                            setattr(activity, name, value)
                            dirty = True
                    for attribute, items in (("themes", themes), ("audiences", audiences)):
                        current = getattr(activity, attribute)
                        for item in items:
                            if item is not None and item not in current:
                                current.append(item)
                                dirty = True
                    if dirty:
                        activity.touch(installation)
                        changed += 1
        return changed

    def remove_evidence(self, evidence_id: int) -> None:
        with self.workspace.db.session() as s:
            row = s.get(EvidenceFile, evidence_id)
            if row is None:
                raise NotFoundError(_("Không tìm thấy tệp minh chứng này."))
            self._editable(s, row.activity_id)
            row.deleted = True
            row.touch(self.info.installation_uuid)

    # -- helpers -----------------------------------------------------------------------
    def _refuse_errors(self, data: ActivityInput) -> None:
        problems = [p for p in validation.validate(data) if p.severity == validation.ERROR]
        if problems:
            raise ValidationError(_("Chưa lưu được hoạt động: hãy sửa các lỗi sau."),
                                  {p.field: p.message for p in problems})

    def _refuse_outside_unit(self, s: Session, data: ActivityInput) -> None:
        problem = validation.unit_date_problem(s, self.info.unit_id, data)
        if problem is not None:
            raise ValidationError(_("Chưa lưu được hoạt động: hãy sửa các lỗi sau."),
                                  {problem.field: problem.message})

    @staticmethod
    def _get(s: Session, activity_id: int) -> Activity:
        activity = s.get(Activity, activity_id)
        if activity is None:
            raise NotFoundError(_("Không tìm thấy hoạt động (có thể đã bị xóa)."))
        return activity

    def _check_owner(self, activity: Activity) -> None:
        if activity.owner_unit_code != self.info.unit_code:
            raise UserError(_(
                "Hoạt động \"{title}\" do đơn vị có mã {owner} quản lý nên chỉ xem được, không "
                "sửa được ở đây. Hãy đề nghị đơn vị đó sửa và gửi lại tệp dữ liệu.").format(
                    title=activity.title, owner=activity.owner_unit_code))

    def _editable(self, s: Session, activity_id: int) -> Activity:
        activity = self._get(s, activity_id)
        self._check_owner(activity)
        return activity

    def _apply(self, s: Session, activity: Activity, data: ActivityInput) -> None:
        for name in _PLAIN_FIELDS:
            value = getattr(data, name)
            if name in _TEXT_FIELDS:
                value = nfc(value or "").strip()
            elif name in NAMES:  # the figures
                value = int(value or 0)
            setattr(activity, name, value)
        wanted_themes = set(data.theme_ids)
        wanted_audiences = set(data.audience_ids)
        if {t.id for t in activity.themes} != wanted_themes:
            activity.themes = self._items(s, data.theme_ids)
        if {a.id for a in activity.audiences} != wanted_audiences:
            activity.audiences = self._items(s, data.audience_ids)

    @staticmethod
    def _items(s: Session, item_ids: list[int]) -> list[CatalogueItem]:
        if not item_ids:
            return []
        return list(s.scalars(select(CatalogueItem).where(CatalogueItem.id.in_(item_ids))))

    def _set_deleted(self, activity_ids: list[int], deleted: bool) -> list[int]:
        done = []
        installation = self.info.installation_uuid
        with self.workspace.db.session() as s:
            for start in range(0, len(activity_ids), 500):
                chunk = activity_ids[start:start + 500]
                for activity in s.scalars(select(Activity).where(Activity.id.in_(chunk))):
                    self._check_owner(activity)
                    if activity.deleted != deleted:
                        activity.deleted = deleted
                        activity.touch(installation)
                        done.append(activity.id)
        return done


def input_fields() -> list[str]:
    return [f.name for f in fields(ActivityInput)]
