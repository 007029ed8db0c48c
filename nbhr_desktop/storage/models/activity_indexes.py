"""Indexes for browsing the activity log at scale (the activities screen and its totals).

Owned by the activities feature; kept apart from the model so the model stays a plain
description of the data. An activity row is wide (title, description and their folded
search key: about 1.3 KB), so counting and summing 100,000 of them by reading the table
costs a scan of 130 MB. ``ix_activity_browse`` holds the date, the links the filter bar
uses and every summed figure (about 50 bytes a row): the count and totals of the filtered
rows, and the sorted list of ids for a page, are read from the index alone on SQLite and
PostgreSQL (index-only scan) whenever no free text is searched.
"""

from sqlalchemy import Index

from nbhr_desktop.storage.models.activities import Activity

ix_activity_browse = Index(
    "ix_activity_browse",
    Activity.start_date, Activity.deleted, Activity.form_id, Activity.commune_id,
    Activity.task_id, Activity.funding_id, Activity.participants_total,
    Activity.participants_women, Activity.participants_ethnic, Activity.products,
    Activity.broadcast_minutes, Activity.cost,
)
