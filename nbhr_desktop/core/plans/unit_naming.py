"""Names on a document as they were on its date: issuing body, place, signing authority.

Units change (DOCUMENT-FORMAT.md, "Units change over time"): a 2024 plan of what is now
TP Hoa Lư was issued by "ỦY BAN NHÂN DÂN HUYỆN HOA LƯ". Units carry valid-from/valid-to
dates and a successor; we walk that chain to the unit that existed on the day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nbhr_desktop.base.text import fold, nfc
from nbhr_desktop.storage.models import AdminUnit, Plan, SignerAuthority

UBND = "ỦY BAN NHÂN DÂN"
CHAIR = "CHỦ TỊCH"


def unit_on(session: Session, unit: AdminUnit, day: dt.date) -> AdminUnit:
    """The unit as it was on ``day``: itself, a predecessor, or a successor."""
    seen = set()
    current = unit
    while current.id not in seen and not current.valid_on(day):
        seen.add(current.id)
        if current.valid_to and day > current.valid_to and current.successor_id:
            current = session.get(AdminUnit, current.successor_id)
            continue
        if current.valid_from and day < current.valid_from:
            before = [u for u in session.scalars(select(AdminUnit).where(
                AdminUnit.successor_id == current.id, AdminUnit.deleted.is_(False)))]
            if not before:
                break
            # Of merged predecessors, the one that carried the same name (Hoa Lư) wins.
            before.sort(key=lambda u: (fold(u.short_name) != fold(current.short_name),
                                       not u.valid_on(day), u.code))
            current = before[0]
            continue
        break
    return current


def unit_name_upper(unit: AdminUnit) -> str:
    """"HUYỆN KIM SƠN", "THÀNH PHỐ HOA LƯ"."""
    return nfc(f"{unit.kind} {unit.short_name}").upper()


def plan_day(plan: Plan) -> dt.date:
    """The plan's date: its issue date, or for a draft the start of its period."""
    return plan.issued_date or plan.period_start


@dataclass(frozen=True)
class Issuer:
    lines: list[str]  # ["ỦY BAN NHÂN DÂN", "HUYỆN KIM SƠN"]
    parent_body: str
    place: str  # for the date line
    short_name: str  # "UBND huyện Kim Sơn" (annex subtitle, PDF author)
    collective: bool  # a committee signs "TM."; an office does not


def plan_issuer(session: Session, plan: Plan) -> Issuer:
    unit = unit_on(session, plan.unit, plan_day(plan))
    place = nfc(plan.place) or unit.place_name or unit.short_name
    custom = nfc(plan.issuing_body).strip()
    if custom:
        lines = [line.strip().upper() for line in custom.splitlines() if line.strip()]
        return Issuer(lines, nfc(plan.parent_body).strip(), place,
                      " ".join(line.strip() for line in custom.splitlines()), False)
    return Issuer([UBND, unit_name_upper(unit)], nfc(plan.parent_body).strip(), place,
                  nfc(f"UBND {unit.kind} {unit.short_name}"), True)


def authority_lines(authority: str, signer_title: str, issuer: Issuer) -> list[str]:
    """Signing authority (Decree 30): "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"."""
    title = nfc(signer_title).strip().upper()
    if issuer.collective:
        body, head = f"TM. {UBND}", CHAIR
    else:
        body = ""
        head = title[4:] if title.startswith("PHÓ ") else title
    if authority == SignerAuthority.TM:
        lines = [body, title or head]
    elif authority == SignerAuthority.KT:
        lines = [body, f"KT. {head}", title or f"PHÓ {head}"]
    elif authority == SignerAuthority.Q:
        lines = [body, f"Q. {head}"]
    elif authority in (SignerAuthority.TL, SignerAuthority.TUQ):
        lines = [f"{authority} {head}", title]
    else:
        lines = [body, title]
    return [line for line in lines if line]
