"""Developer tool: write a new Alembic revision from the models.

Usage: python tools/new_migration.py "what changed" 0002
"""
import sys, tempfile
from pathlib import Path
from alembic import command
from sqlalchemy import create_engine
from nbhr_desktop.storage import migrate
msg = sys.argv[1]
rev_id = sys.argv[2]
db = Path(tempfile.mkdtemp()) / "x.sqlite3"
engine = create_engine(f"sqlite:///{db}")
migrate.upgrade(engine)
cfg = migrate.alembic_config()
with engine.begin() as conn:
    cfg.attributes["connection"] = conn
    command.revision(cfg, message=msg, autogenerate=True, rev_id=rev_id)
