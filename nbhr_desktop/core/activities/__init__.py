"""The activity log: queries, changes, validation, evidence files and progress (Qt-free)."""
