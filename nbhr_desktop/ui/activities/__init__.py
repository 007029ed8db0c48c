"""The activities screen: lazy table, filters, entry dialog, bulk edit, progress panel."""
