"""Qt only: the main window, one sub-package per screen, table models, background work."""
