"""Plain Python: entities, validation, services and Vietnamese formatting. No Qt here."""
