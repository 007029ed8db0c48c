"""Schema migrations (Alembic), run at start-up after an automatic backup.

Every command and every start of the window asks whether the database is at the current
revision; almost always it is. That question is answered without loading Alembic (about
0.1 s of every start): the stored revision is one query, the newest revision of this app
is read from the migration files' own ``revision``/``down_revision`` lines. Anything
unusual there (a file that does not say, a branch) falls back to Alembic itself.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, inspect, text

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's own table
_REVISION = re.compile(r"^revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*(.+?)\s*$", re.M)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*(.+?)\s*$", re.M)
_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return _head_from_files() or _alembic_head()


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


@cache
def _head_from_files() -> str | None:
    """The one revision no other revision builds on, read from the version files; None
    when any file does not name its revisions plainly, or there is not exactly one head
    (then Alembic decides)."""
    revisions: set[str] = set()
    below: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if len(revision) != 1 or len(down) != 1:
            return None
        named = _QUOTED.fullmatch(revision[0])
        if named is None:
            return None
        revisions.add(named.group(1))
        if down[0] != "None":
            parents = _QUOTED.findall(down[0])
            if not parents:
                return None
            below.update(parents)
    heads = revisions - below
    return heads.pop() if len(heads) == 1 and below <= revisions else None


def known_revisions() -> set[str]:
    """Every revision this version of the app can migrate from (to refuse newer files)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None: not made yet), as Alembic would read it."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        stored = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
        if len(stored) <= 1:
            return stored[0][0] if stored else None
        from alembic.runtime.migration import MigrationContext  # branches: Alembic says

        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def upgrade_with_backup(location, engine: Engine) -> None:
    """Bring the schema to head; back up first when an existing database will change."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return
    if current is not None and current not in known_revisions():
        # Opened by an older copy of the app after a newer one upgraded it: migrating
        # "down" is impossible and guessing would damage the data.
        from nbhr_desktop.base.errors import UserError
        from nbhr_desktop.base.i18n import _

        raise UserError(_("Cơ sở dữ liệu {where} do phiên bản mới hơn của NBHR Desktop tạo ra "
                          "(lược đồ {revision}). Hãy cài phiên bản mới nhất rồi mở lại.").format(
            where=location.describe(), revision=current))
    if current is not None:
        from nbhr_desktop.storage import backup  # written by the foundation work

        backup.automatic_backup(location, engine, reason="before-migration")
    upgrade(engine)
