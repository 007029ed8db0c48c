"""Editing the catalogues: administrative units, agencies, forms, themes, audiences, funding.

Qt-free; the Danh mục screen and any command call these functions on the worker thread.
Reads return detached rows (dataclasses) so a screen can keep them without a session.

Ownership (SYNC.md): a new record is owned by this installation's unit. Editing a record
owned by someone else (a seeded commune, a province catalogue entry) is allowed *locally*:
DOMAIN.md expects a district officer to correct its commune list without waiting for a new
release. The owner stamp is kept as it was, so the province's next file still wins for its
own records on import (the exchange layer decides that, not this module). Every change calls
``touch`` so the edit travels with a higher version.

Nothing is ever hard-deleted here: units end (``valid_to``, optionally a successor),
agencies and catalogue entries are deactivated, because plans, activities and signed
documents keep pointing at them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import NotFoundError, ValidationError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold, nfc
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.models import (
    AdminUnit,
    Agency,
    AgencyKind,
    Catalogue,
    CatalogueItem,
    UnitLevel,
)

# The kinds a unit of each level may have, first one the default.
KINDS_BY_LEVEL: dict[str, tuple[str, ...]] = {
    UnitLevel.PROVINCE: ("tỉnh", "thành phố"),
    UnitLevel.DISTRICT: ("huyện", "thành phố", "thị xã"),
    UnitLevel.COMMUNE: ("xã", "phường", "thị trấn", "đặc khu"),
}
# A commune-level unit sits under a district, or (after the 2025 reform removed the
# district level) directly under the province.
ALLOWED_PARENT_LEVELS: dict[str, tuple[str, ...]] = {
    UnitLevel.PROVINCE: (),
    UnitLevel.DISTRICT: (UnitLevel.PROVINCE,),
    UnitLevel.COMMUNE: (UnitLevel.DISTRICT, UnitLevel.PROVINCE),
}
LEVEL_ORDER = {UnitLevel.PROVINCE: 0, UnitLevel.DISTRICT: 1, UnitLevel.COMMUNE: 2}


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    short_name: str
    kind: str
    level: str
    place_name: str
    parent_id: int | None
    parent_name: str
    successor_id: int | None
    successor_name: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    note: str
    owner_unit_code: str

    def active_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)


@dataclass
class UnitInput:
    code: str
    short_name: str
    kind: str
    level: str
    parent_id: int | None = None
    name: str = ""  # empty: "<Kind> <short name>", e.g. "Xã Kim Chính"
    place_name: str = ""  # empty: the short name
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    successor_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AgencyRow:
    id: int
    name: str
    short_code: str
    kind: str
    sort_order: int
    active: bool
    owner_unit_code: str
    valid_from: dt.date | None = None  # Công an huyện: until 28/02/2025
    valid_to: dt.date | None = None


@dataclass
class AgencyInput:
    name: str
    short_code: str = ""
    kind: str = AgencyKind.OFFICE


@dataclass(frozen=True)
class ItemRow:
    id: int
    catalogue: str
    code: str
    name: str
    product_unit: str
    sort_order: int
    active: bool
    owner_unit_code: str
    valid_from: dt.date | None = None  # texts printed on documents are valid for a span
    valid_to: dt.date | None = None
    scope: str = ""  # "district", "commune", "province", comma-separated; "" = every level


@dataclass
class ItemInput:
    name: str
    product_unit: str = ""


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", nfc(text)).strip()


def _check_length(problems: dict, field: str, value: str, limit: int, label: str) -> None:
    if len(value) > limit:
        problems[field] = _("{label} dài quá {limit} ký tự; hãy viết gọn lại.").format(
            label=label, limit=limit)


def _overlap(unit: AdminUnit, start: dt.date | None, end: dt.date | None) -> bool:
    return (unit.valid_to is None or start is None or start <= unit.valid_to) and (
        unit.valid_from is None or end is None or unit.valid_from <= end)


def _fail(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(_("Chưa lưu được vì dữ liệu chưa hợp lệ:"), problems)


class CatalogueService:
    """All catalogue reads and writes for one workspace."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace

    # -- units --------------------------------------------------------------------------
    def list_units(self) -> list[UnitRow]:
        """Every unit, province first, then districts, then communes, by name."""
        with self.workspace.db.session() as session:
            units = list(session.scalars(select(AdminUnit).where(AdminUnit.deleted.is_(False))))
            names = {u.id: u.name for u in units}
            rows = [UnitRow(
                id=u.id, code=u.code, name=u.name, short_name=u.short_name, kind=u.kind,
                level=u.level, place_name=u.place_name, parent_id=u.parent_id,
                parent_name=names.get(u.parent_id, ""), successor_id=u.successor_id,
                successor_name=names.get(u.successor_id, ""), valid_from=u.valid_from,
                valid_to=u.valid_to, note=u.note or "", owner_unit_code=u.owner_unit_code,
            ) for u in units]
        return sorted(rows, key=lambda r: (LEVEL_ORDER.get(r.level, 9), fold(r.parent_name),
                                           fold(r.short_name), r.code))

    def save_unit(self, data: UnitInput, unit_id: int | None = None) -> UnitRow:
        """Add a unit (``unit_id`` None) or correct one. Raises ``ValidationError``."""
        info = self.workspace.installation_info()
        with self.workspace.db.session() as session:
            unit = self._get(session, AdminUnit, unit_id) if unit_id else None
            values = self._validated_unit(session, data, unit)
            if unit is None:
                unit = AdminUnit(owner_unit_code=info.unit_code, version=0)
                session.add(unit)
            for field, value in values.items():
                setattr(unit, field, value)
            unit.touch(info.installation_uuid)
            session.flush()
            new_id = unit.id
        return next(r for r in self.list_units() if r.id == new_id)

    def end_unit(self, unit_id: int, valid_to: dt.date, successor_id: int | None = None) -> None:
        """A unit stops existing (merged, renamed): it stays for old documents."""
        info = self.workspace.installation_info()
        with self.workspace.db.session() as session:
            unit = self._get(session, AdminUnit, unit_id)
            problems: dict[str, str] = {}
            if unit.valid_from and valid_to < unit.valid_from:
                problems["valid_to"] = _("Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực "
                                         "({day}) trở đi.").format(
                    day=unit.valid_from.strftime("%d/%m/%Y"))
            if successor_id == unit.id:
                problems["successor_id"] = _("Đơn vị kế thừa phải là một đơn vị khác.")
            if successor_id is not None:
                self._get(session, AdminUnit, successor_id)
            _fail(problems)
            unit.valid_to = valid_to
            unit.successor_id = successor_id
            unit.touch(info.installation_uuid)

    def _validated_unit(self, session: Session, data: UnitInput, unit: AdminUnit | None) -> dict:
        problems: dict[str, str] = {}
        code = _clean(data.code)
        short_name = _clean(data.short_name)
        kind = _clean(data.kind).lower()
        level = data.level
        if level not in LEVEL_ORDER:
            problems["level"] = _("Cấp đơn vị phải là tỉnh, huyện hoặc xã.")
        if not code:
            problems["code"] = _("Hãy nhập mã đơn vị (mã hành chính, ví dụ 14506).")
        elif not re.fullmatch(r"[0-9A-Za-z_.-]+", code):
            problems["code"] = _("Mã đơn vị chỉ gồm chữ số, chữ cái không dấu, dấu chấm, "
                                 "gạch ngang hoặc gạch dưới.")
        _check_length(problems, "code", code, 16, _("Mã đơn vị"))
        if code and "code" not in problems:
            # Codes repeat across periods (374: huyện Hoa Lư until 2024, TP Hoa Lư in 2025),
            # so only a unit with the same code at the same time is a clash.
            clash = [u for u in session.scalars(select(AdminUnit).where(
                AdminUnit.code == code, AdminUnit.deleted.is_(False)))
                if u is not unit and _overlap(u, data.valid_from, data.valid_to)]
            if clash:
                problems["code"] = _("Mã {code} đã dùng cho {name} trong cùng thời gian; hãy "
                                     "kiểm tra lại mã hoặc thời gian hiệu lực.").format(
                    code=code, name=clash[0].name)
        if not short_name:
            problems["short_name"] = _("Hãy nhập tên đơn vị (ví dụ: Kim Chính).")
        _check_length(problems, "short_name", short_name, 120, _("Tên ngắn"))
        if not kind:
            problems["kind"] = _("Hãy chọn loại đơn vị (xã, phường, thị trấn…).")
        _check_length(problems, "kind", kind, 40, _("Loại đơn vị"))
        name = _clean(data.name) or (f"{kind[:1].upper()}{kind[1:]} {short_name}" if kind else "")
        _check_length(problems, "name", name, 200, _("Tên đầy đủ"))
        parent = None
        if data.parent_id is not None:
            parent = session.get(AdminUnit, data.parent_id)
        allowed = ALLOWED_PARENT_LEVELS.get(level, ())
        if allowed and parent is None:
            problems["parent_id"] = _("Hãy chọn đơn vị cấp trên.")
        elif parent is not None and (parent.level not in allowed or parent is unit):
            problems["parent_id"] = _("{parent} không thể là đơn vị cấp trên của một đơn vị "
                                      "cấp này.").format(parent=parent.name)
        elif not allowed and parent is not None:
            problems["parent_id"] = _("Đơn vị cấp tỉnh không có đơn vị cấp trên.")
        if unit is not None and level != unit.level and level in LEVEL_ORDER:
            children = session.scalars(select(AdminUnit).where(
                AdminUnit.parent_id == unit.id, AdminUnit.deleted.is_(False))).all()
            stranded = [c.name for c in children
                        if level not in ALLOWED_PARENT_LEVELS.get(c.level, ())]
            if stranded:
                problems["level"] = _("Không đổi cấp được vì {count} đơn vị trực thuộc (ví dụ "
                                      "{name}) sẽ không còn đơn vị cấp trên hợp lệ.").format(
                    count=len(stranded), name=stranded[0])
        if data.valid_from and data.valid_to and data.valid_from > data.valid_to:
            problems["valid_to"] = _("Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.")
        successor = None
        if data.successor_id is not None:
            successor = session.get(AdminUnit, data.successor_id)
            if successor is None or successor is unit:
                problems["successor_id"] = _("Đơn vị kế thừa phải là một đơn vị khác.")
            elif data.valid_to is None:
                problems["successor_id"] = _("Chỉ ghi đơn vị kế thừa khi đơn vị đã hết hiệu "
                                             "lực: hãy nhập ngày hết hiệu lực.")
        _fail(problems)
        return {
            "code": code, "name": name, "short_name": short_name, "kind": kind, "level": level,
            "place_name": _clean(data.place_name) or short_name,
            "parent_id": parent.id if parent else None,
            "successor_id": successor.id if successor else None,
            "valid_from": data.valid_from, "valid_to": data.valid_to,
            "note": nfc(data.note).strip(),
        }

    # -- agencies -------------------------------------------------------------------------
    def list_agencies(self, *, active_only: bool = False) -> list[AgencyRow]:
        """This unit's agencies in their display order."""
        unit_id = self.workspace.installation_info().unit_id
        with self.workspace.db.session() as session:
            query = select(Agency).where(Agency.unit_id == unit_id, Agency.deleted.is_(False))
            if active_only:
                query = query.where(Agency.active.is_(True))
            agencies = session.scalars(query.order_by(Agency.sort_order, Agency.id))
            return [AgencyRow(a.id, a.name, a.short_code, a.kind, a.sort_order, a.active,
                              a.owner_unit_code, a.valid_from, a.valid_to) for a in agencies]

    def save_agency(self, data: AgencyInput, agency_id: int | None = None) -> AgencyRow:
        info = self.workspace.installation_info()
        name, short_code = _clean(data.name), _clean(data.short_code).upper()
        problems: dict[str, str] = {}
        if not name:
            problems["name"] = _("Hãy nhập tên cơ quan (ví dụ: Phòng Tư pháp).")
        _check_length(problems, "name", name, 300, _("Tên cơ quan"))
        _check_length(problems, "short_code", short_code, 20, _("Ký hiệu"))
        if data.kind not in {k.value for k in AgencyKind}:
            problems["kind"] = _("Loại cơ quan không hợp lệ.")
        with self.workspace.db.session() as session:
            agency = self._get(session, Agency, agency_id) if agency_id else None
            others = [a for a in session.scalars(select(Agency).where(
                Agency.unit_id == info.unit_id, Agency.deleted.is_(False))) if a is not agency]
            if name and any(fold(a.name) == fold(name) for a in others):
                problems["name"] = _("Đã có cơ quan \"{name}\" trong danh mục.").format(name=name)
            if short_code and any(a.short_code.upper() == short_code for a in others):
                problems["short_code"] = _("Ký hiệu {code} đã dùng cho cơ quan khác.").format(
                    code=short_code)
            _fail(problems)
            if agency is None:
                order = max((a.sort_order for a in others), default=0) + 1
                agency = Agency(unit_id=info.unit_id, owner_unit_code=info.unit_code,
                                sort_order=order, active=True, version=0)
                session.add(agency)
            agency.name, agency.short_code, agency.kind = name, short_code, data.kind
            agency.touch(info.installation_uuid)
            session.flush()
            return AgencyRow(agency.id, agency.name, agency.short_code, agency.kind,
                             agency.sort_order, agency.active, agency.owner_unit_code)

    def set_agency_active(self, agency_id: int, active: bool) -> None:
        info = self.workspace.installation_info()
        with self.workspace.db.session() as session:
            agency = self._get(session, Agency, agency_id)
            if agency.active != active:
                agency.active = active
                agency.touch(info.installation_uuid)

    # -- forms, themes, audiences, funding --------------------------------------------------
    def list_items(self, catalogue: str | tuple[str, ...], *, active_only: bool = False
                   ) -> list[ItemRow]:
        """One catalogue's entries, or several's (the texts printed on documents)."""
        kinds = (catalogue,) if isinstance(catalogue, str) else tuple(catalogue)
        with self.workspace.db.session() as session:
            query = select(CatalogueItem).where(CatalogueItem.catalogue.in_(kinds),
                                                CatalogueItem.deleted.is_(False))
            if active_only:
                query = query.where(CatalogueItem.active.is_(True))
            items = session.scalars(query.order_by(CatalogueItem.sort_order, CatalogueItem.id))
            rows = [ItemRow(i.id, i.catalogue, i.code, i.name, i.product_unit or "",
                            i.sort_order, i.active, i.owner_unit_code, i.valid_from,
                            i.valid_to, i.scope or "") for i in items]
        return sorted(rows, key=lambda r: (kinds.index(r.catalogue), r.sort_order, r.id))

    def save_item(self, catalogue: str, data: ItemInput, item_id: int | None = None) -> ItemRow:
        info = self.workspace.installation_info()
        if catalogue not in {c.value for c in Catalogue}:
            raise ValidationError(_("Danh mục \"{name}\" không tồn tại.").format(name=catalogue))
        name, product_unit = _clean(data.name), _clean(data.product_unit)
        problems: dict[str, str] = {}
        if not name:
            problems["name"] = _("Hãy nhập tên mục.")
        _check_length(problems, "name", name, 300, _("Tên mục"))
        _check_length(problems, "product_unit", product_unit, 40, _("Đơn vị tính"))
        with self.workspace.db.session() as session:
            item = self._get(session, CatalogueItem, item_id) if item_id else None
            others = [i for i in session.scalars(select(CatalogueItem).where(
                CatalogueItem.catalogue == catalogue, CatalogueItem.deleted.is_(False)))
                if i is not item]
            if name and any(fold(i.name) == fold(name) for i in others):
                problems["name"] = _("Đã có mục \"{name}\" trong danh mục này.").format(name=name)
            _fail(problems)
            if item is None:
                item = CatalogueItem(
                    catalogue=catalogue, code=self._new_code(name, {i.code for i in others}),
                    owner_unit_code=info.unit_code, active=True, version=0,
                    sort_order=max((i.sort_order for i in others), default=0) + 1)
                session.add(item)
            item.name, item.product_unit = name, product_unit
            item.touch(info.installation_uuid)
            session.flush()
            return ItemRow(item.id, item.catalogue, item.code, item.name, item.product_unit,
                           item.sort_order, item.active, item.owner_unit_code)

    def set_item_active(self, item_id: int, active: bool) -> None:
        info = self.workspace.installation_info()
        with self.workspace.db.session() as session:
            item = self._get(session, CatalogueItem, item_id)
            if item.active != active:
                item.active = active
                item.touch(info.installation_uuid)

    @staticmethod
    def _new_code(name: str, taken: set[str]) -> str:
        """A stable key from the name, "Hội thi sân khấu hóa" -> "hoi_thi_san_khau_hoa"."""
        base = re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")[:34] or "muc"
        code, n = base, 2
        while code in taken:
            code, n = f"{base}_{n}", n + 1
        return code

    @staticmethod
    def _get(session: Session, model, record_id: int):
        record = session.get(model, record_id)
        if record is None or record.deleted:
            raise NotFoundError(_("Không tìm thấy mục cần sửa (có thể đã bị xóa). Hãy tải lại "
                                  "danh mục."))
        return record
