"""Tổng quan: figures and charts of a period."""
