"""Schema migrations (Alembic), run at start-up after an automatic backup."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every revision this version of the app can migrate from (to refuse newer files)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
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
        from nbhr_desktop.core.errors import UserError
        from nbhr_desktop.core.i18n import _

        raise UserError(_("Cơ sở dữ liệu {where} do phiên bản mới hơn của NBHR Desktop tạo ra "
                          "(lược đồ {revision}). Hãy cài phiên bản mới nhất rồi mở lại.").format(
            where=location.describe(), revision=current))
    if current is not None:
        from nbhr_desktop.storage import backup  # written by the foundation work

        backup.automatic_backup(location, engine, reason="before-migration")
    upgrade(engine)
