"""Nộp báo cáo: the province tracks who has sent their data for a period."""
