"""Demo data: a realistic year for the unit, for training, screenshots and speed tests.

What it makes, for a year the unit existed (this year for a commune, 2024 for Huyện Kim
Sơn, which ended on 30/06/2025): the year's plan from the template (with its tasks and
targets), and N activities spread over the year across the unit's communes (a commune's
own villages), forms, themes, audiences and funding sources, linked to the plan's tasks
where the form matches. A district's communes are the official ones of the catalogue.

- **Deterministic**: one ``random.Random`` seeded from the seed *and the unit code*, and
  UUIDs drawn from it, so the same seed gives the same records, while two districts that
  both use seed 1 never share a UUID (the province would see them as one record).
- **Fast, in bounded memory**: activities and their theme/audience rows are made (on a
  helper thread, the next batch while one is stored) and inserted a batch at a time with
  the driver's ``executemany`` (``COPY`` on PostgreSQL) inside one transaction, with ids
  given up front, the search words indexed batch by batch and the indexes built once at
  the end; on SQLite through the rollback journal rather than the write-ahead log
  (``storage.rollback_journal``), on a new PostgreSQL database with its indexes and
  foreign keys made after the rows (``storage.pg_empty_load``). 400,000 activities: about
  21 s of CPU and 320 MB on SQLite (``bench/bench_demo_data.py``).
- **Never twice**: a unit that already has activities is refused, so a demo can't be
  mixed into real data by accident; use a new data folder (``--data-dir``) instead.
"""

from __future__ import annotations

import datetime as dt
import queue
import random
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.base.i18n import _
from nbhr_desktop.core import demo_text as words
from nbhr_desktop.core.demo_activities import (
    ACTIVITY_COLUMNS,
    LINK_COLUMNS,
    ActivityMaker,
    Place,
    random_uuid,
)
from nbhr_desktop.core.plans.template import create_plan_from_template
from nbhr_desktop.core.units.validity import default_year, ensure_acts, year_span
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage import pg_empty_load, search_index
from nbhr_desktop.storage.bulk_load import bulk_load
from nbhr_desktop.storage.models import (
    Activity,
    AdminUnit,
    Agency,
    CatalogueItem,
    Plan,
    PlanTask,
    UnitLevel,
)
from nbhr_desktop.storage.rollback_journal import rollback_journal

BATCH = 20_000  # activities made and inserted at a time: memory does not grow with N
# SQLite's page cache while the activities go in. Its sorter, which builds the indexes
# again at the end, may use as much again; 64 MB each was measured as fast as 200 MB at
# 400,000 activities (the sorter then spills to a temporary file), at 300 MB resident
# instead of 525 MB.
CACHE_KIB = 65_536


@dataclass
class DemoResult:
    plans: int
    tasks: int
    communes: int
    activities: int
    seconds: float
    year: int = 0


def _lower_kind(name: str) -> str:
    """"Thị trấn Phát Diệm" -> "thị trấn Phát Diệm" (as it reads inside a sentence)."""
    for kind in ("Thị trấn", "Thành phố", "Huyện", "Phường", "Xã", "Tỉnh"):
        if name.startswith(kind + " "):
            return kind.lower() + name[len(kind):]
    return name


def _split_kind(name: str) -> tuple[str, str]:
    """"Thị trấn Phát Diệm" -> ("Thị trấn", "Phát Diệm")."""
    for kind in ("Thị trấn", "Phường", "Xã"):
        if name.startswith(kind + " "):
            return kind, name[len(kind) + 1:]
    return "Xã", name


# -- communes ---------------------------------------------------------------------------
def ensure_communes(session: Session, unit: AdminUnit, rng: random.Random,
                    installation_uuid: str, span: tuple[dt.date, dt.date] | None = None
                    ) -> list[AdminUnit]:
    """The communes the unit works through during ``span``: a commune-level unit is its
    own; a district has the official communes of the catalogue; demo ones are added only
    for a unit that has none at all (one a user added by hand)."""
    if unit.level == UnitLevel.COMMUNE:
        return [unit]
    level = UnitLevel.DISTRICT if unit.level == UnitLevel.PROVINCE else UnitLevel.COMMUNE
    # The province's reporting units: its districts until 30/06/2025, its communes since.
    levels = (UnitLevel.DISTRICT, UnitLevel.COMMUNE) if level == UnitLevel.DISTRICT else (level,)
    existing = list(session.scalars(select(AdminUnit).where(
        AdminUnit.parent_id == unit.id, AdminUnit.level.in_(levels),
        AdminUnit.deleted.is_(False)).order_by(AdminUnit.id)))
    if span is not None:
        first, last = span
        existing = [u for u in existing if (u.valid_from is None or u.valid_from <= last)
                    and (u.valid_to is None or u.valid_to >= first)]
    if existing or level == UnitLevel.DISTRICT:
        return existing
    names = words.REAL_COMMUNES.get(unit.code)
    if names is None:
        town = "Phường" if unit.kind == "thành phố" else "Thị trấn"
        names = [f"{town} {unit.short_name}"] + [
            f"Xã {stem}" for stem in words.GENERIC_COMMUNE_STEMS]
    communes = []
    for number, name in enumerate(names, start=1):
        kind, short = _split_kind(name)
        commune = AdminUnit(
            uuid=random_uuid(rng), code=f"{unit.code}.{number:02d}", name=name, short_name=short,
            kind=kind.lower(), level=UnitLevel.COMMUNE, place_name=short, parent_id=unit.id,
            note=_("Dữ liệu mẫu: mã do ứng dụng đặt, không phải mã chính thức."),
            owner_unit_code=unit.code, version=1, changed_by=installation_uuid,
        )
        session.add(commune)
        communes.append(commune)
    session.flush()
    return communes


def demo_places(unit: AdminUnit, communes: list[AdminUnit]) -> list[Place]:
    """Where activities happen: a district's communes, or a commune's own villages."""
    if unit.level != UnitLevel.COMMUNE:
        return [Place(c.id, _lower_kind(c.name)) for c in communes]
    village = "tổ dân phố" if unit.kind == "phường" else "thôn"
    label = _lower_kind(unit.name)
    return [Place(unit.id, f"{village} {n}, {label}") for n in range(1, words.VILLAGES + 1)]


# -- the plan ---------------------------------------------------------------------------
DEMO_SIGNER = "Phạm Văn Thành"


def ensure_plan(session: Session, unit: AdminUnit, year: int,
                installation_uuid: str) -> Plan:
    """This year's plan: the unit's existing one, or a new one made from the template."""
    plan = session.scalars(select(Plan).where(
        Plan.unit_id == unit.id, Plan.year == year, Plan.deleted.is_(False))).first()
    if plan is not None:
        return plan
    plan = create_plan_from_template(session, unit, year, installation_uuid)
    # The template cannot know who signs; a demo plan names someone so that its printout
    # shows a complete closing block.
    plan.signer_name = DEMO_SIGNER
    session.flush()
    return plan


# -- activities -------------------------------------------------------------------------
SPENT_SHARE = 0.85  # of a plan's budget, spent by the end of its year
COST = ACTIVITY_COLUMNS.index("cost")
ID, FUNDING = ACTIVITY_COLUMNS.index("id"), ACTIVITY_COLUMNS.index("funding_id")


def plan_budget(connection: Connection, plan: Plan | None) -> int:
    if plan is None:
        return 0
    return int(connection.execute(select(func.coalesce(func.sum(PlanTask.budget), 0)).where(
        PlanTask.plan_id == plan.id, PlanTask.deleted.is_(False))).scalar() or 0)


def scaled_costs(rows: list[list], scale: float) -> list[list]:
    """Each cost times ``scale``, kept a multiple of 10,000 đồng. In place (the rows are
    lists: a batch of 20,000 is not copied): ``rows`` is returned.

    A cost scaled below 10,000 đồng becomes 10,000 for a share of such activities equal to
    what it would be worth (4,000 đồng: two in five), and nothing (no funding either) for
    the rest, chosen by the activity's id (the same for the same seed). Rounding them all up
    to 10,000 left the fit short: 400,000 activities of a district read 1,570 % of its
    plan's budget."""
    if scale >= 1.0:
        return rows
    for row in rows:
        cost = row[COST]
        if cost:
            tens = cost * scale / 10_000
            if tens >= 0.5:
                row[COST] = max(10_000, round(tens) * 10_000)
            elif (row[ID] * 2654435761) % 4294967296 < tens * 4294967296:
                row[COST] = 10_000
            else:
                row[COST], row[FUNDING] = 0, None
    return rows


# Activities whose costs decide the scale of all (``cost_scale``): the first made, whatever
# the batches.
COST_SAMPLE = 20_000


def cost_scale(first: list, activities: int, target: float) -> float:
    """The factor (``scaled_costs``) that brings the costs of all ``activities`` to about
    ``target`` đồng, judged from the ``first`` made (``COST_SAMPLE`` of them, or all): each
    activity's date, form and cost are drawn afresh, so 20,000 spend per activity what the
    whole does (within a per cent), and a smaller demo is fitted exactly. Each batch is
    then scaled as it is stored: no UPDATE of 400,000 stored rows afterwards (1.8 s on
    SQLite; 24 s on PostgreSQL, which keeps its indexes during a load)."""
    spent = sum(row[COST] or 0 for row in first)
    expected = spent * activities / max(len(first), 1)
    return target / expected if expected > target else 1.0


def _costed(batches: Iterator[tuple], activities: int, target: float) -> Iterator[tuple]:
    """The batches with their costs scaled: the first ones held back until ``COST_SAMPLE``
    activities are made (so the result does not depend on the batch size)."""
    held: list[tuple] = []
    made = 0
    scale = None
    for batch in batches:
        if scale is None:
            held.append(batch)
            made += len(batch[0])
            if made < min(COST_SAMPLE, activities):
                continue
            first = [row for rows, _t, _a in held for row in rows][:COST_SAMPLE]
            scale = cost_scale(first, activities, target)
            del first, batch  # only ``held`` keeps the rows: each freed once stored
            while held:
                rows, themes, audiences = held.pop(0)
                yield scaled_costs(rows, scale), themes, audiences
                del rows, themes, audiences
            continue
        yield scaled_costs(batch[0], scale), batch[1], batch[2]
        del batch  # the caller's ``del`` then frees the batch
    for rows, themes, audiences in held:  # fewer than asked (never, but never lost)
        yield rows, themes, audiences


class _Catalogues:
    def __init__(self, session: Session, unit: AdminUnit, span: tuple[dt.date, dt.date]):
        items = session.execute(select(
            CatalogueItem.id, CatalogueItem.catalogue, CatalogueItem.code, CatalogueItem.name,
            CatalogueItem.product_unit).where(CatalogueItem.deleted.is_(False),
                                              CatalogueItem.active.is_(True))).all()
        by = {c: {r.code: r for r in items if r.catalogue == c}
              for c in ("form", "theme", "audience", "funding")}
        self.forms = [by["form"][c] for c in words.FIGURES if c in by["form"]]
        self.form_weights = [words.FIGURES[f.code][0] for f in self.forms]
        self.themes = list(by["theme"].values())
        self.audiences = list(by["audience"].values())
        weights = (words.COMMUNE_FUNDING_WEIGHTS if unit.level == UnitLevel.COMMUNE
                   else words.FUNDING_WEIGHTS)
        self.funding = [by["funding"][c] for c in weights if c in by["funding"]]
        self.funding_weights = [weights[f.code] for f in self.funding]
        if not self.forms or not self.themes or not self.audiences:
            raise UserError(_("Danh mục hình thức, chủ đề hoặc đối tượng đang trống; hãy khôi "
                              "phục danh mục trước khi tạo dữ liệu mẫu."))
        agencies = session.scalars(select(Agency).where(
            Agency.unit_id == unit.id, Agency.deleted.is_(False)))
        # Only agencies that exist at the end of the span lead (no Công an huyện in 2026).
        self.agencies = {a.short_code: a.id for a in agencies if a.valid_on(span[1])}


def _tasks_by_form(connection: Connection, plan: Plan) -> dict[int | None, list]:
    rows = connection.execute(select(
        PlanTask.id, PlanTask.form_id, PlanTask.timing_start, PlanTask.timing_end).where(
        PlanTask.plan_id == plan.id, PlanTask.deleted.is_(False))).all()
    tasks: dict[int | None, list] = {}
    for row in rows:
        tasks.setdefault(row.form_id, []).append(row)
    return tasks


def _sqlite_value(value):
    # The text SQLAlchemy itself stores for Date and DateTime columns on SQLite.
    if isinstance(value, dt.datetime):
        text = value.isoformat(" ")
        return text if value.microsecond else text + ".000000"
    return value.isoformat()


def _insert(connection: Connection, table: str, columns: tuple[str, ...], rows: list) -> None:
    """executemany straight on the driver: the ORM and even Core's per-row parameter
    processing cost more than SQLite's own work at 100,000 rows."""
    marker = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = (f"INSERT INTO {table} ({', '.join(columns)}) "
                 f"VALUES ({', '.join([marker] * len(columns))})")
    cursor = connection.connection.cursor()
    try:
        if connection.dialect.name == "postgresql" and hasattr(cursor, "copy"):
            # psycopg 3: COPY streams the rows in one go, without a round trip per row.
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        for start in range(0, len(rows), BATCH):
            cursor.executemany(statement, rows[start:start + BATCH])
    finally:
        cursor.close()


@contextmanager
def _bulk_mode(connection: Connection, unit_ids):
    """A bulk load of the activities of ``unit_ids`` (``None``: any unit): the secondary
    indexes rebuilt once instead of updated 100,000 times and the day figures recounted
    once (``storage.bulk_load``: about twice as fast), and on SQLite a big page cache.
    All of it inside the caller's transaction, so a failure rolls it back too."""
    if connection.dialect.name != "sqlite":
        # PostgreSQL: into an empty log (a new database), its indexes and foreign keys are
        # made after the rows (``storage.pg_empty_load``), before the day figures' recount.
        with bulk_load(connection, unit_ids) as load, pg_empty_load.built_after(connection):
            yield load
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
    try:
        with bulk_load(connection, unit_ids) as load:
            yield load
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before)}")


def _made_ahead(maker: ActivityMaker, first_id: int, activities: int) -> Iterator[tuple]:
    """The batches of ``maker``, each made on a helper thread while the one before it is
    inserted: SQLite and psycopg let go of the GIL while they store rows, so making and
    storing overlap (a third less time on two cores). At most two batches exist at once;
    an error on either side stops both and is raised here."""
    batches: queue.Queue = queue.Queue(maxsize=1)
    stop = threading.Event()

    def make() -> None:
        try:
            for start in range(first_id, first_id + activities, BATCH):
                made = maker.make_many(start, min(BATCH, first_id + activities - start))
                while not stop.is_set():
                    try:
                        batches.put(made, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                del made
                if stop.is_set():
                    return
            batches.put(None)
        except BaseException as error:  # noqa: BLE001 - handed to the inserting thread
            batches.put(error)

    helper = threading.Thread(target=make, name="demo-maker", daemon=True)
    helper.start()
    try:
        while (made := batches.get()) is not None:
            if isinstance(made, BaseException):
                raise made
            yield made
            del made
    finally:
        stop.set()
        with suppress(queue.Empty):
            batches.get_nowait()  # unblock a helper waiting to hand over
        helper.join()


@contextmanager
def _words_per_batch(connection: Connection) -> Iterator[bool]:
    """The search's word index (SQLite) told of each batch as it is stored, its triggers off
    meanwhile (``search_index``); yields whether there is one. Each batch's words go in
    while the helper thread makes the next batch, instead of all 400,000 keys read back
    after the last (2.2 s with nothing else to do)."""
    paused = search_index.pause(connection)
    yield paused
    if paused:
        search_index.resume(connection)


def _advance_sequence(connection: Connection) -> None:
    """PostgreSQL: ids were given explicitly, so move the sequence past them."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(
            "SELECT setval(pg_get_serial_sequence('activity', 'id'), "
            "(SELECT COALESCE(MAX(id), 1) FROM activity))"))


def generate_demo_data(workspace: Workspace, *, activities: int = 100, seed: int = 1,
                       year: int | None = None) -> DemoResult:
    started = time.perf_counter()
    info = workspace.installation_info(refresh=True)
    # Written once into the file rather than through the write-ahead log and then copied
    # (``storage.rollback_journal``), when nothing else has the database open.
    with rollback_journal(workspace.db.engine), workspace.db.session() as session:
        unit = session.get(AdminUnit, info.unit_id)
        # A year the unit existed: Huyện Kim Sơn shows 2024, a commune this year.
        year = year or default_year(unit)
        span = year_span(unit, year)
        if span is None:
            ensure_acts(session, unit, dt.date(year, 1, 1), dt.date(year, 12, 31),
                        _("tạo dữ liệu mẫu"))
        today = dt.date.today()
        if span[0] <= today < span[1]:
            span = (span[0], today)  # this year's activities: none after today
        existing = session.scalar(select(func.count()).select_from(Activity).where(
            Activity.unit_id == unit.id, Activity.deleted.is_(False)))
        if existing:
            raise UserError(_("{unit} đã có {n} hoạt động: dữ liệu mẫu chỉ tạo trên dữ liệu "
                              "trống. Hãy dùng thư mục dữ liệu mới (--data-dir).").format(
                unit=unit.name, n=existing))
        rng = random.Random(f"nbhr-demo:{seed}:{unit.code}:{year}")
        communes = ensure_communes(session, unit, rng, info.installation_uuid, span)
        places = demo_places(unit, communes)
        plan = ensure_plan(session, unit, year, info.installation_uuid)
        cats = _Catalogues(session, unit, span)
        connection = session.connection()
        tasks = _tasks_by_form(connection, plan)
        sqlite = connection.dialect.name == "sqlite"
        maker = ActivityMaker(rng, year=year, span=span, unit=unit,
                              unit_label=_lower_kind(unit.name),
                              places=places, catalogues=cats, tasks=tasks,
                              installation_uuid=info.installation_uuid,
                              to_storage=_sqlite_value if sqlite else (lambda value: value))
        first_id = (connection.execute(select(func.max(Activity.id))).scalar() or 0) + 1
        # The day figures are recounted once at the end rather than row by row by their
        # triggers (which would double the time).
        # Spending about what the plan budgets (85 % by the year's end, less for the part of
        # this year gone by): a demo whose dashboard reads 750 % of its budget looks broken,
        # whatever the number of activities asked for.
        target = plan_budget(connection, plan) * SPENT_SHARE * ((span[1] - span[0]).days + 1) / 365
        with _bulk_mode(connection, [unit.id]), _words_per_batch(connection) as words_index:
            # A batch at a time: 400,000 activities made at once would take gigabytes.
            for rows, themes, audiences in _costed(_made_ahead(maker, first_id, activities),
                                                   activities, target):
                _insert(connection, "activity", ACTIVITY_COLUMNS, rows)
                _insert(connection, "activity_theme", LINK_COLUMNS, themes)
                _insert(connection, "activity_audience", LINK_COLUMNS, audiences)
                if words_index:
                    search_index.add(connection, range(rows[0][0], rows[-1][0] + 1))
                del rows, themes, audiences
        _advance_sequence(connection)
        task_count = sum(len(v) for v in tasks.values())
        result = DemoResult(plans=1, tasks=task_count, communes=len(communes),
                            activities=activities, seconds=0.0, year=year)
    result.seconds = time.perf_counter() - started
    return result
