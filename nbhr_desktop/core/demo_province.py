"""Demo data for a province installation: every unit's work as if received (``demo-data
--province``), for training, screenshots and the province's speed tests (300,000 activities).

What it makes, up to ``today``:
- the districts' plans and activities of 2023, 2024 and the first half of 2025 (8, then 7
  district-level units), the 129 communes' since 01/07/2025, and the province's own, each
  unit's work in its own communes or villages, owned by the unit and stamped by an
  installation of that unit (as a package from it leaves them);
- plans from the template for every unit and year, issued (numbered, dated) except this
  year's communes' plans, which a few units still have as drafts;
- what the province's import log would hold: for every unit a key pinned at its first
  package and a package after each quarter, mostly a few days before the due date, some
  late, and a few units that never sent the last quarter (or anything since 2026).

It reuses the unit demo's pieces (``core.demo``: catalogues, places, plans, the bulk insert
with the activity indexes rebuilt once) and the activity generator (``demo_activities``), so
a 300,000-activity province is made in about the time those take. Deterministic: one seeded
generator per unit and year; the same seed gives the same database.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import time
import uuid
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.base.text import ascii_slug
from nbhr_desktop.core import demo
from nbhr_desktop.core.demo_activities import ACTIVITY_COLUMNS, LINK_COLUMNS, ActivityMaker
from nbhr_desktop.core.key_code import digest, key_code
from nbhr_desktop.core.province.deadlines import default_due_date
from nbhr_desktop.core.province.units import UnitRef, all_reporting_units
from nbhr_desktop.core.reports.periods import quarter
from nbhr_desktop.core.units.validity import year_span
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import search_index
from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Plan,
    PlanStatus,
    Role,
    UnitLevel,
)
from nbhr_desktop.storage.models.sync import SyncImportLog, SyncPinnedKey

FIRST_YEAR = 2023
# Work per day, relative: a district office logs about five times a commune's activities.
WEIGHTS = {UnitLevel.DISTRICT: 5.0, UnitLevel.COMMUNE: 1.0, UnitLevel.PROVINCE: 2.0}
NAMESPACE = uuid.UUID("9d0b7c2e-5f41-4c3a-8e7d-1079524f2026")


@dataclass
class ProvinceDemoResult:
    units: int
    plans: int
    activities: int
    packages: int
    seconds: float


@dataclass(frozen=True)
class _Share:
    unit_id: int
    level: str
    year: int
    span: tuple[dt.date, dt.date]
    weight: float


def _shares(session, province: AdminUnit, today: dt.date) -> list[_Share]:
    units = [session.get(AdminUnit, u.id) for u in all_reporting_units(session)] + [province]
    shares = []
    for unit in units:
        for year in range(FIRST_YEAR, today.year + 1):
            span = year_span(unit, year)
            if span is None or span[0] > today:
                continue
            span = (span[0], min(span[1], today))
            days = (span[1] - span[0]).days + 1
            shares.append(_Share(unit.id, unit.level, year, span,
                                 days * WEIGHTS.get(unit.level, 1.0)))
    return shares


def _counts(shares: list[_Share], total: int) -> list[int]:
    weight = sum(s.weight for s in shares) or 1.0
    counts = [int(total * s.weight / weight) for s in shares]
    for index in range(total - sum(counts)):  # the remainder, one each, in order
        counts[index % len(counts)] += 1
    return counts


def _installation(unit: AdminUnit) -> str:
    """The (made-up) installation of a unit that would have sent its packages."""
    return str(uuid.uuid5(NAMESPACE, f"installation:{unit.uuid}"))


def _issue(plan: Plan, rng: random.Random, today: dt.date) -> None:
    """Most plans were issued early in their period; this year's sometimes not yet."""
    if plan.year == today.year and rng.random() < 0.1:
        return
    plan.status = PlanStatus.ISSUED
    plan.number = rng.randint(3, 60)
    plan.issued_date = min(plan.period_start + dt.timedelta(days=rng.randint(5, 25)), today)


def _plans(session, share: _Share, rng: random.Random, today: dt.date) -> Plan:
    unit = session.get(AdminUnit, share.unit_id)
    plan = demo.ensure_plan(session, unit, share.year, _installation(unit))
    _issue(plan, rng, today)
    session.flush()
    return plan


def _activities(session, share: _Share, count: int, first_id: int, seed: int) -> tuple:
    unit = session.get(AdminUnit, share.unit_id)
    rng = random.Random(f"nbhr-province-demo:{seed}:{unit.uuid}:{share.year}")
    communes = demo.ensure_communes(session, unit, rng, _installation(unit), share.span)
    plan = session.scalars(select(Plan).where(Plan.unit_id == unit.id, Plan.year == share.year,
                                              Plan.deleted.is_(False))).first()
    connection = session.connection()
    tasks = demo._tasks_by_form(connection, plan) if plan is not None else {}
    sqlite = connection.dialect.name == "sqlite"
    maker = ActivityMaker(rng, year=share.year, span=share.span, unit=unit,
                          unit_label=demo._lower_kind(unit.name),
                          places=demo.demo_places(unit, communes),
                          catalogues=demo._Catalogues(session, unit, share.span), tasks=tasks,
                          installation_uuid=_installation(unit),
                          to_storage=demo._sqlite_value if sqlite else (lambda value: value))
    rows, themes, audiences = maker.make_many(first_id, count)
    budget = demo.plan_budget(session.connection(), plan)
    return _within_budget(rows, share, budget), themes, audiences


REAL_YEAR = 100  # activities in a real unit's year (the unit demo's default)


def _within_budget(rows: list, share: _Share, budget: int) -> list:
    """Spread about what a unit's plan budgets over the many more activities the speed
    tests need (about 900 a unit a year at 300,000, each costed like a real one): without it
    the province's dashboard reads thousands of per cent of the budget. Without a plan (the
    province's own departments), what a real year's activities would cost. Each cost stays
    a multiple of 10,000 đồng; a paid activity stays paid."""
    spent = sum(row[demo.COST] or 0 for row in rows)
    year_share = min((share.span[1] - share.span[0]).days + 1, 365) / 365
    target = (budget * demo.SPENT_SHARE * year_share if budget
              else spent * min(1.0, REAL_YEAR * year_share / max(len(rows), 1)))
    if not spent or spent <= target:
        return rows
    return demo.scaled_costs(rows, target / spent)


# -- what the import log would hold -----------------------------------------------------------
def _public_key(unit: UnitRef, seed: int) -> str:
    digest = uuid.uuid5(NAMESPACE, f"key:{seed}:{unit.uuid}").bytes
    return base64.b64encode(digest + digest[::-1]).decode("ascii")  # 32 bytes, like Ed25519


def _quarters(unit: UnitRef, today: dt.date) -> list:
    found = []
    for year in range(FIRST_YEAR, today.year + 1):
        for part in (1, 2, 3, 4):
            period = quarter(year, part)
            start, end = unit.span_in(period.start, period.end)
            if start > end or default_due_date(period) > today:
                continue
            found.append(period)
    return found


def _log_rows(units: list[UnitRef], seed: int, today: dt.date) -> tuple[list, list]:
    """Pins and applied package imports: mostly on time, some late, a few units silent."""
    rng = random.Random(f"nbhr-province-log:{seed}")
    silent = {u.uuid for u in rng.sample([u for u in units if u.level == UnitLevel.COMMUNE],
                                         k=min(4, len(units)))}
    careless = {u.uuid for u in rng.sample(units, k=min(10, len(units)))}
    pins, logs = [], []
    for unit in units:
        public_key = _public_key(unit, seed)
        code = key_code(public_key)
        installation = str(uuid.uuid5(NAMESPACE, f"installation:{unit.uuid}"))
        quarters = _quarters(unit, today)
        if not quarters:
            continue
        sent = []  # when each package was made
        for index, period in enumerate(quarters):
            last = index == len(quarters) - 1
            if unit.uuid in silent and period.year >= today.year:
                break  # a commune that has sent nothing this year
            if last and unit.uuid in careless:
                break  # the latest quarter not yet sent
            due = default_due_date(period)
            late = rng.random() < (0.35 if unit.uuid in careless else 0.06)
            # After the quarter's data cut-off (the 14th, due date - 5), mostly by the due date.
            sent.append(dt.datetime.combine(
                due + dt.timedelta(days=rng.randint(1, 12) if late else -rng.randint(0, 4)),
                dt.time(rng.randint(7, 16), rng.randint(0, 59))))
            if unit.valid_to is not None and period.end >= unit.valid_to:
                # A district's last package: its hand-over, soon after it ended.
                sent.append(dt.datetime.combine(
                    unit.valid_to + dt.timedelta(days=rng.randint(2, 20)), dt.time(9, 30)))
                break
        first_made = None
        for made in sent:
            made = min(made, dt.datetime.combine(today, dt.time(8, 0)))
            received = min(made + dt.timedelta(hours=rng.randint(1, 70)),
                           dt.datetime.combine(today, dt.time(9, 0)))
            first_made = first_made or received
            slug = ascii_slug(unit.name.split(" ", 1)[-1]) or unit.code
            logs.append({
                "imported_at": received, "kind": "package",
                "file_name": f"D:/NhanTuDonVi/{slug}-{unit.code}-{made:%Y%m%d}.nbhr",
                "file_sha256": uuid.uuid5(NAMESPACE, f"{unit.uuid}:{made}").hex * 2,
                "sender_unit_code": unit.code, "sender_installation": installation,
                "outcome": "applied", "message": "", "backup_path": "",
                "counts": {"new": rng.randint(20, 400), "updated": rng.randint(0, 30),
                           "unchanged": 0, "deleted": 0, "conflicts": 0, "rejected": 0,
                           "sender_fingerprint": code},
                "sender_fingerprint": code, "file_created_at": made, "period_key": "",
                "data_until": made.date(),
            })
        if not sent:
            continue
        pins.append({"unit_code": unit.code, "installation_uuid": installation,
                     "public_key": public_key, "fingerprint": digest(public_key),
                     "pinned_at": first_made, "how": "first-seen"})
    return pins, logs


def generate_province_demo(workspace: Workspace, *, activities: int = 300_000, seed: int = 1,
                           today: dt.date | None = None, progress=None) -> ProvinceDemoResult:
    started = time.perf_counter()
    today = today or dt.date.today()
    info = workspace.installation_info(refresh=True)
    if info.role != Role.PROVINCE:
        raise UserError(_("Dữ liệu mẫu cấp tỉnh chỉ tạo trên máy cấp tỉnh (init --unit 37 "
                          "--role province)."))
    with workspace.db.session() as session:
        if session.scalar(select(func.count()).select_from(Activity)):
            raise UserError(_("Máy này đã có hoạt động: dữ liệu mẫu cấp tỉnh chỉ tạo trên dữ "
                              "liệu trống. Hãy dùng thư mục dữ liệu mới (--data-dir)."))
        province = session.get(AdminUnit, info.unit_id)
        shares = _shares(session, province, today)
        counts = _counts(shares, activities)
        rng = random.Random(f"nbhr-province-plans:{seed}")
        for index, share in enumerate(shares):
            if progress:
                progress(index, len(shares) * 2, _("Đang lập kế hoạch các đơn vị…"))
            if share.level != UnitLevel.PROVINCE:  # the template is a unit's plan
                _plans(session, share, rng, today)
        connection = session.connection()
        next_id = (connection.execute(select(func.max(Activity.id))).scalar() or 0) + 1
        made = 0
        with demo._bulk_mode(connection, None), search_index.new_rows_only(connection, next_id):
            for index, (share, count) in enumerate(zip(shares, counts, strict=True)):
                if progress:
                    progress(len(shares) + index, len(shares) * 2,
                             _("Đang tạo hoạt động các đơn vị…"))
                if not count:
                    continue
                rows, themes, audiences = _activities(session, share, count, next_id, seed)
                demo._insert(connection, "activity", ACTIVITY_COLUMNS, rows)
                demo._insert(connection, "activity_theme", LINK_COLUMNS, themes)
                demo._insert(connection, "activity_audience", LINK_COLUMNS, audiences)
                next_id += len(rows)
                made += len(rows)
        demo._advance_sequence(connection)
        units = all_reporting_units(session)
        pins, logs = _log_rows(units, seed, today)
        if pins:
            connection.execute(insert(SyncPinnedKey.__table__), pins)
        if logs:
            connection.execute(insert(SyncImportLog.__table__), logs)
        plans = session.scalar(select(func.count()).select_from(Plan))
    return ProvinceDemoResult(units=len(units), plans=int(plans or 0), activities=made,
                              packages=len(logs), seconds=time.perf_counter() - started)
