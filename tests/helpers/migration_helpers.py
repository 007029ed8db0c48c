"""Taking a test database back to an older schema revision, to test a migration forward."""

from __future__ import annotations

from alembic import command

from nbhr_desktop.storage import migrate


def downgrade(engine, revision: str) -> None:
    """The database of ``engine`` as it was at ``revision`` (Alembic's downgrades)."""
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
