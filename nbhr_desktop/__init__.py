"""NBHR Desktop: offline plans and reports for the human-rights communication scheme."""

__version__ = "0.5.0"
APP_NAME = "NBHR Desktop"
# Used for the per-user data folder and QSettings.
APP_ID = "NBHRDesktop"
ORG_NAME = "NinhBinh"
