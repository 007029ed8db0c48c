"""Báo cáo: the results report of a period — figures, narrative, submission, exports."""
