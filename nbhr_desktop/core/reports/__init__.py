"""Results reports sent upward: periods, figures, narrative, submission and locking (Qt-free)."""
