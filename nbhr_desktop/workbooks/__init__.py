"""Excel workbooks (openpyxl): the report workbook, the data-entry template. No Qt here."""
