"""Self-test: is this installation whole? Fonts, forms, catalogues, migrations, database.

Run by ``self-test`` on a district PC after installing, and by the packaging checks on a
wheel or a frozen bundle, where a forgotten data file is the usual fault. Each check
returns a result naming what it looked at, so a failure says exactly what is missing.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree

from nbhr_desktop.base.i18n import _
from nbhr_desktop.resources import forms_dir, resource, resources_dir
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.partials import SELFTEST_PREFIX, temp_prefix

FONT_FILES = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
# Every Vietnamese letter with its tone marks as documents print them (NFC), in both cases.
VIETNAMESE_SAMPLE = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
)
VIETNAMESE_GLYPHS = VIETNAMESE_SAMPLE + VIETNAMESE_SAMPLE.upper()
CATALOGUE_KEYS = {
    "units.json": ("units",),
    "catalogues.json": ("form", "theme", "audience", "funding"),
    "agencies.json": ("district", "province"),
}


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


def check_fonts() -> Check:
    from reportlab.pdfbase.ttfonts import TTFont

    name = _("Phông chữ")
    folder = resource("fonts")
    problems = []
    for file_name in FONT_FILES:
        path = folder / file_name
        if not path.is_file():
            problems.append(_("thiếu {path}").format(path=path))
            continue
        try:
            font = TTFont(f"selftest-{path.stem}", str(path))
        except Exception as error:  # reportlab raises its own TTFError and plain errors
            problems.append(_("không đọc được {path}: {error}").format(path=path, error=error))
            continue
        missing = sorted({ch for ch in VIETNAMESE_GLYPHS if ord(ch) not in font.face.charToGlyph})
        if missing:
            problems.append(_("{file} thiếu chữ tiếng Việt: {chars}").format(
                file=file_name, chars="".join(missing)))
    if problems:
        return Check(name, False, "; ".join(problems))
    return Check(name, True, _("{n} phông trong {folder}, đủ chữ tiếng Việt").format(
        n=len(FONT_FILES), folder=folder))


def check_forms() -> Check:
    name = _("Biểu mẫu giao diện (.ui)")
    folder = forms_dir()
    files = sorted(folder.glob("*.ui")) if folder.is_dir() else []
    if not files:
        return Check(name, False, _("không có tệp .ui nào trong {folder}").format(folder=folder))
    problems = []
    for path in files:
        try:
            root = ElementTree.parse(path).getroot()
        except Exception as error:  # ParseError and defusedxml's refusals alike
            problems.append(f"{path.name}: {error}")
            continue
        if root.tag != "ui":
            problems.append(_("{file}: không phải biểu mẫu Qt Designer").format(file=path.name))
    if problems:
        return Check(name, False, "; ".join(problems))
    return Check(name, True, _("{n} biểu mẫu hợp lệ trong {folder}").format(
        n=len(files), folder=folder))


def check_catalogues() -> Check:
    name = _("Danh mục tạo sẵn")
    problems = []
    for file_name, keys in CATALOGUE_KEYS.items():
        path = resource("catalogues", file_name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            problems.append(_("thiếu {path}").format(path=path))
            continue
        except (ValueError, OSError) as error:
            problems.append(_("{file} không hợp lệ: {error}").format(file=file_name, error=error))
            continue
        empty = [key for key in keys if not isinstance(data.get(key), list) or not data[key]]
        if empty:
            problems.append(_("{file} thiếu mục {keys}").format(
                file=file_name, keys=", ".join(empty)))
    if problems:
        return Check(name, False, "; ".join(problems))
    return Check(name, True, _("đủ {n} tệp trong {folder}").format(
        n=len(CATALOGUE_KEYS), folder=resources_dir() / "catalogues"))


def check_other_resources() -> Check:
    """The plan template (JSON) and the icons the window and the installer use."""
    name = _("Mẫu và biểu tượng")
    problems = []
    templates = sorted(resource("templates").glob("*.json"))
    if not templates:
        problems.append(_("không có mẫu kế hoạch trong {folder}").format(
            folder=resource("templates")))
    for path in templates:
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, OSError) as error:
            problems.append(_("{file} không hợp lệ: {error}").format(file=path.name, error=error))
    icons = sorted(resource("icons").glob("*.svg"))
    if not resource("icons", "app.svg").is_file():
        problems.append(_("thiếu {path}").format(path=resource("icons", "app.svg")))
    if problems:
        return Check(name, False, "; ".join(problems))
    return Check(name, True, _("{t} mẫu, {i} biểu tượng").format(t=len(templates), i=len(icons)))


def check_migrations() -> Check:
    from alembic.script import ScriptDirectory

    from nbhr_desktop.storage import migrate

    name = _("Bản nâng cấp lược đồ")
    try:
        heads = ScriptDirectory.from_config(migrate.alembic_config()).get_heads()
    except Exception as error:
        return Check(name, False, _("không đọc được thư mục migrations: {error}").format(
            error=error))
    if len(heads) != 1:
        return Check(name, False, _("cần đúng một phiên bản cuối, có {heads}").format(heads=heads))
    return Check(name, True, _("phiên bản cuối {head}").format(head=heads[0]))


def _probe_database(location: Location) -> str:
    """Open (and migrate) the database, check it is at head and accepts a write."""
    from sqlalchemy import text

    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.storage import migrate, schema_check

    workspace = Workspace.open(location)
    try:
        engine = workspace.db.engine
        revision = migrate.current_revision(engine)
        if revision != migrate.head_revision():
            raise RuntimeError(_("lược đồ {rev}, cần {head}").format(
                rev=revision, head=migrate.head_revision()))
        # The tables themselves, against the schema the migrations make at that revision:
        # a table dropped or a column removed by hand fails here, not later in a screen.
        differences = schema_check.check_engine(engine)
        if differences:
            raise RuntimeError(_("lược đồ {rev} bị sửa: {what}").format(
                rev=revision, what="; ".join(differences[:4])))
        with engine.connect() as connection:
            transaction = connection.begin()
            # A real write to the main database, rolled back: proves it is not read-only
            # or locked by another program.
            connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                               {"v": f"selftest-{uuid.uuid4().hex[:8]}"})
            transaction.rollback()
        return revision
    finally:
        workspace.close()


def check_database(location: Location) -> Check:
    name = _("Cơ sở dữ liệu")
    exists = not location.is_sqlite or (location.sqlite_path and location.sqlite_path.exists())
    try:
        if exists:
            revision = _probe_database(location)
            return Check(name, True, _("{where}: mở được, ghi được, lược đồ {rev} đúng từng bảng"
                                       ).format(
                where=location.describe(), rev=revision))
        # No database yet (a fresh install): prove one can be made, without making it here.
        with tempfile.TemporaryDirectory(prefix=temp_prefix(SELFTEST_PREFIX)) as folder:
            revision = _probe_database(Location.resolve(data_dir=Path(folder)))
        return Check(name, True, _("chưa có dữ liệu tại {where}; tạo thử cơ sở dữ liệu mới: "
                                   "đạt (lược đồ {rev})").format(
            where=location.describe(), rev=revision))
    except Exception as error:
        text = str(getattr(error, "orig", None) or error).strip().splitlines()
        reason = text[0] if text else type(error).__name__
        return Check(name, False, f"{location.describe()}: {reason}")


def check_data_folder(location: Location) -> Check:
    name = _("Thư mục dữ liệu")
    folder = location.data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".selftest-{uuid.uuid4().hex[:8]}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as error:
        return Check(name, False, _("không ghi được vào {folder}: {error}").format(
            folder=folder, error=error))
    return Check(name, True, _("ghi được vào {folder}").format(folder=folder))


def _against_log(location: Location, name: str, rebuild, differences, rebuilt: str,
                 skip=None) -> tuple[Check | None, str, object]:
    """Derived data checked against the activity log: ``rebuild(connection)`` first when
    repairing, then ``differences(connection)``. Returns a finished ``Check`` (no data yet,
    or ``skip(connection)`` said why not), else the repair's words and the differences."""
    from nbhr_desktop.core.workspace import Workspace

    if location.is_sqlite and not (location.sqlite_path and location.sqlite_path.exists()):
        return Check(name, True, _("chưa có dữ liệu")), "", None
    workspace = Workspace.open(location)
    try:
        if skip is not None:
            with workspace.db.engine.connect() as connection:
                reason = skip(connection)
            if reason:
                return Check(name, True, reason), "", None
        done = ""
        if rebuild is not None:
            with workspace.db.engine.begin() as connection:
                rebuild(connection)
            done = rebuilt
        with workspace.db.engine.connect() as connection:
            return None, done, differences(connection)
    finally:
        workspace.close()


def check_figures(location: Location, repair: bool = False) -> Check:
    """The activity figures per day (``activity_day_figure``) against the log they sum:
    reports and the dashboard read them, so a difference would print wrong figures.
    ``repair`` rebuilds them from the log first (``self-test --repair``)."""
    from nbhr_desktop.storage import aggregates

    name = _("Số liệu tổng hợp hoạt động")
    finished, rebuilt, wrong = _against_log(
        location, name, aggregates.rebuild if repair else None, aggregates.differences,
        _("đã tính lại từ nhật ký hoạt động; "))
    if finished is not None:
        return finished
    if wrong:
        return Check(name, False, _("{n} dòng tổng hợp khác với nhật ký hoạt động; chạy "
                                    "self-test --repair để tính lại").format(n=wrong))
    return Check(name, True, rebuilt + _("khớp với nhật ký hoạt động"))


def check_search_index(location: Location, repair: bool = False) -> Check:
    """The word index of the activity search (``activity_search``) against the log's
    search keys: a search reads it, so a difference would hide or show wrong activities.
    ``repair`` rebuilds it from the log first. On PostgreSQL the search reads the narrow
    copy of the log (``activity_search_figures``: its stored words and their GIN index are
    the word index there): that copy is checked, and rebuilt with its index."""
    from nbhr_desktop.storage import search_figures, search_index

    def skip(connection) -> str:
        if connection.dialect.name == "postgresql":
            return "" if search_figures.exists(connection) else _("do máy chủ PostgreSQL tự giữ")
        if not search_index.exists(connection):
            return _("không dùng (tìm kiếm đọc thẳng nhật ký)")
        return ""

    def kept_by(connection):
        return search_figures if connection.dialect.name == "postgresql" else search_index

    name = _("Chỉ mục tìm kiếm hoạt động")
    finished, rebuilt, wrong = _against_log(
        location, name, (lambda c: kept_by(c).rebuild(c)) if repair else None,
        lambda c: kept_by(c).differences(c), _("đã lập lại từ nhật ký hoạt động; "), skip)
    if finished is not None:
        return finished
    if wrong:
        return Check(name, False, _("không khớp với nhật ký hoạt động; chạy self-test "
                                    "--repair để lập lại"))
    return Check(name, True, rebuilt + _("khớp với nhật ký hoạt động"))


def run_self_test(location: Location, *, repair: bool = False) -> list[Check]:
    checks: list[Callable[[], Check]] = [
        check_fonts, check_forms, check_catalogues, check_other_resources, check_migrations,
        lambda: check_data_folder(location), lambda: check_database(location),
        lambda: check_figures(location, repair), lambda: check_search_index(location, repair),
    ]
    results = []
    for check in checks:
        try:
            results.append(check())
        except Exception as error:  # a check must report, never crash the command
            results.append(Check(getattr(check, "__name__", "?"), False, str(error)))
    return results
