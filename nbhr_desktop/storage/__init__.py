"""SQLAlchemy models, engine and session, migrations, backups. No Qt here."""
