"""Before a plan is issued: is every name it prints valid on its date?

A plan copied from last year, or drafted before a reform, may still name an agency that
has ceased (Công an huyện and Phòng Lao động - Thương binh và Xã hội after 01/03/2025), a
department that merged (Sở Thông tin và Truyền thông), or cite a law that no longer
applies (the 2015 local-government law after 30/06/2025). The clerical office sends such a
document back; this check finds them first. It warns rather than refuses: the officer may
have a reason, and the catalogue may lag behind a new reform.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import fold
from nbhr_desktop.core import catalogue_seed, catalogue_texts
from nbhr_desktop.core.plans.views import live, live_sections, live_tasks
from nbhr_desktop.core.vnformat import short_date
from nbhr_desktop.storage.models import (
    TEXT_CATALOGUES,
    Agency,
    CatalogueItem,
    Plan,
    UnitLevel,
)


@dataclass(frozen=True)
class DatedName:
    name: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to)

    def when(self) -> str:
        if self.valid_to:
            return _("chỉ có đến ngày {day}").format(day=short_date(self.valid_to))
        return _("chỉ có từ ngày {day}").format(day=short_date(self.valid_from))


def _key(text: str) -> str:
    """What identifies a name inside printed text: a legal basis up to its first ";",
    without the closing punctuation, folded."""
    return fold(text.split(";")[0].strip().rstrip(".,"))


def known_names(session: Session, plan: Plan) -> list[DatedName]:
    """Names with dates that the plan may print: the unit's agencies, the texts catalogue,
    and the province's departments (whose names a district's plan cites)."""
    unit = plan.unit
    values = catalogue_texts.text_values(unit)
    names = [DatedName(a.name, a.valid_from, a.valid_to) for a in session.scalars(
        select(Agency).where(Agency.unit_id == unit.id, Agency.deleted.is_(False)))]
    items = session.scalars(select(CatalogueItem).where(
        CatalogueItem.catalogue.in_([str(c) for c in TEXT_CATALOGUES]),
        CatalogueItem.deleted.is_(False)))
    names += [DatedName(catalogue_texts.fill(i.name, values), i.valid_from, i.valid_to)
              for i in items]
    for row in catalogue_seed.agency_template(UnitLevel.PROVINCE):
        names.append(DatedName(row["name"], catalogue_seed.catalogue_date(row.get("valid_from")),
                               catalogue_seed.catalogue_date(row.get("valid_to"))))
    return [n for n in names if (n.valid_from or n.valid_to) and len(_key(n.name)) >= 8]


def _printed(plan: Plan) -> list[tuple[str, str]]:
    """(where, text) of everything the plan prints."""
    out = [(_("Trích yếu"), plan.subject or "")]
    out += [(_("Căn cứ"), b) for b in plan.legal_bases or []]
    out += [(_("Nơi nhận"), r) for r in plan.recipients or []]
    out += [(_("Nội dung kế hoạch"), f"{s.title}\n{s.body}") for s in live_sections(plan)]
    for number, task in enumerate(live_tasks(plan), start=1):
        where = _("Nhiệm vụ {n}").format(n=number)
        agencies = [task.lead_agency] if task.lead_agency else []
        agencies += live(task.cooperators)
        out += [(where, task.title)] + [(where, a.name) for a in agencies]
    return out


def dated_name_warnings(session: Session, plan: Plan, day: dt.date) -> list[str]:
    """One warning per name printed in the plan that is not valid on ``day``."""
    names = known_names(session, plan)
    valid_keys = {_key(n.name) for n in names if n.valid_on(day)}
    stale = {}
    for name in names:
        key = _key(name.name)
        if not name.valid_on(day) and key not in valid_keys:
            stale.setdefault(key, name)
    warnings, seen = [], set()
    for where, text in _printed(plan):
        folded = fold(text)
        for key, name in stale.items():
            if key in folded and (where, key) not in seen:
                seen.add((where, key))
                warnings.append(_("{where}: \"{name}\" {when}, không còn đúng vào ngày "
                                  "{day} của kế hoạch.").format(
                    where=where, name=name.name.split(";")[0].rstrip(";. "), when=name.when(),
                    day=short_date(day)))
    return warnings


def carry_dated_lines(session: Session, unit, day: dt.date, old: list[str], fresh: list[str]
                      ) -> list[str]:
    """Lines for a plan copied to a new date: the catalogue's lines valid on ``day``
    (``fresh``), then the old lines that are not catalogue texts at all (the officer's own),
    before the archive copy ("Lưu: …") when there is one."""
    values = catalogue_texts.text_values(unit)
    catalogue = {_key(catalogue_texts.fill(i.name, values)) for i in session.scalars(
        select(CatalogueItem).where(CatalogueItem.catalogue.in_(
            [str(c) for c in TEXT_CATALOGUES])))}
    catalogue |= {_key(line) for line in fresh}
    own = [line for line in old
           if _key(line.removeprefix("Căn cứ ")) not in catalogue and _key(line) not in catalogue]
    tail = [line for line in fresh if line.startswith("Lưu")]
    return [line for line in fresh if line not in tail] + own + tail
