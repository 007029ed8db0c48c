"""Small widgets shared by several screens (see each module's docstring for its API)."""

from nbhr_desktop.ui.widgets.catalogue_combo import CatalogueCombo
from nbhr_desktop.ui.widgets.date_field import DateField
from nbhr_desktop.ui.widgets.row_table import Column, RowTableModel

__all__ = ["CatalogueCombo", "Column", "DateField", "RowTableModel"]
