"""The plan template the province sends down for a year.

A unit's "new plan from the template" uses the template the province sent for that year
when there is one (a ``PlanTemplate`` record, received in the province's package), else
the template shipped with the app (``resources/templates/plan_template.json``). The
province sets a year's template from a JSON file of the same shape, checked before it is
stored; when it sends its package to every unit it makes sure next year's template is in
it (the shipped one, unless it set another).
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core import catalogue_seed
from nbhr_desktop.core.plans.template import load_template, template_problems
from nbhr_desktop.storage.models import PlanTemplate, Role

MAX_FILE = 2 * 1024 * 1024


def template_uuid(year: int) -> str:
    return catalogue_seed.seed_uuid("plan-template", str(year))


def province_template(session: Session, year: int) -> dict | None:
    """The template the province sent for ``year``, or None (then the shipped one serves).
    A received template that does not pass the checks is not used."""
    record = session.scalars(select(PlanTemplate).where(
        PlanTemplate.year == year, PlanTemplate.deleted.is_(False))
        .order_by(PlanTemplate.version.desc(), PlanTemplate.id)).first()
    if record is None or not isinstance(record.data, dict) or template_problems(record.data):
        return None
    return record.data


def read_template_file(path: Path) -> dict:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise UserError(_("Tệp mẫu {path} quá lớn (hơn 2 MB).").format(path=path))
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise UserError(_("Không đọc được tệp mẫu kế hoạch {path}: {error}. Tệp phải là JSON "
                          "cùng dạng với mẫu kèm theo ứng dụng.").format(path=path, error=error)
                        ) from None
    if not isinstance(data, dict):
        raise UserError(_("Tệp mẫu kế hoạch {path} không đúng dạng.").format(path=path))
    problems = template_problems(data)
    if problems:
        raise UserError(_("Mẫu kế hoạch {path} không hợp lệ.").format(path=path),
                        details=problems)
    return data


def set_template(session: Session, info, year: int, data: dict, name: str = "") -> PlanTemplate:
    """Store (or replace) the template of ``year``; only the province does this."""
    if info.role != Role.PROVINCE:
        raise UserError(_("Chỉ cấp tỉnh đặt mẫu kế hoạch gửi xuống đơn vị."))
    problems = template_problems(data)
    if problems:
        raise UserError(_("Mẫu kế hoạch không hợp lệ."), details=problems)
    uuid = template_uuid(year)
    record = session.scalars(select(PlanTemplate).where(PlanTemplate.uuid == uuid)).first()
    if record is None:
        record = PlanTemplate(uuid=uuid, year=year, version=0, owner_unit_code=info.unit_code)
        session.add(record)
    record.data, record.deleted = data, False
    record.name = name or _("Mẫu kế hoạch năm {year}").format(year=year)
    record.touch(info.installation_uuid)
    session.flush()
    return record


def ensure_year(session: Session, info, year: int) -> bool:
    """Next year's template in the province's database (the shipped one when none was set),
    so that its package carries it. True when one was added."""
    exists = session.scalars(select(PlanTemplate.id).where(
        PlanTemplate.uuid == template_uuid(year))).first()
    if exists is not None:
        return False
    set_template(session, info, year, load_template())
    return True
