"""Printed documents (reportlab): the Decree 30 frame and one thin module per document type."""
