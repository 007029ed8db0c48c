"""Developer tool: write a new Alembic revision from the models.

    python tools/new_migration.py "what changed" 0002

It upgrades a throw-away SQLite database to the current head, then lets Alembic compare
it with the models (``storage/models``) and write
``nbhr_desktop/storage/migrations/versions/<rev>_<message>.py``. Read the result before
committing: autogenerate misses renames and server defaults. Before the first release the
single first revision is regenerated instead (delete ``0001_first_schema.py``, run this
with ``"first schema" 0001``, then ``python -m tests.data.make_rev0001_db``).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from nbhr_desktop.storage import migrate


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[1].isalnum():
        print(__doc__, file=sys.stderr)
        return 2
    message, revision_id = argv
    with tempfile.TemporaryDirectory(prefix="nbhr-new-migration-") as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.sqlite3'}")
        try:
            migrate.upgrade(engine)
            config = migrate.alembic_config()
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.revision(config, message=message, autogenerate=True, rev_id=revision_id)
        finally:
            engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
