"""What an operation changed, so each screen refreshes only on what concerns it.

Like Anki's OpChanges: a write says which kinds of data it touched (``Change.PLANS``,
``Change.ACTIVITIES | Change.CATALOGUES``…); the window's operation runner passes that on,
and a screen whose ``watches`` does not meet it keeps what it shows. Qt-free, so core and
sync can say what they changed (an import's changes come from the tables it wrote:
``sync.apply.ImportResult.changes``).
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    NONE = 0
    ACTIVITIES = enum.auto()  # the activity log and its evidence files
    PLANS = enum.auto()  # plans, sections, tasks, targets, the province's template
    CATALOGUES = enum.auto()  # agencies, forms, themes, audiences, funding sources
    REPORTS = enum.auto()  # results reports, their text and locks (submit, reopen)
    SETTINGS = enum.auto()  # settings.json and the officer's name
    UNITS = enum.auto()  # administrative units and trusted keys
    SUBMISSIONS = enum.auto()  # due dates and what units have sent (the import history)
    # A restore or a hand-over replaces or re-labels everything.
    EVERYTHING = (ACTIVITIES | PLANS | CATALOGUES | REPORTS | SETTINGS | UNITS
                  | SUBMISSIONS)


# The tables an import writes (sync/tables.py) and the kind of data each belongs to.
TABLE_CHANGES: dict[str, Change] = {
    "admin_unit": Change.UNITS,
    "agency": Change.CATALOGUES,
    "catalogue_item": Change.CATALOGUES,
    "report_deadline": Change.SUBMISSIONS,
    "plan_template": Change.PLANS,
    "plan": Change.PLANS,
    "plan_section": Change.PLANS,
    "plan_task": Change.PLANS,
    "task_target": Change.PLANS,
    "activity": Change.ACTIVITIES,
    "evidence_file": Change.ACTIVITIES,
    "results_report": Change.REPORTS,
}


def of_tables(tables) -> Change:
    """The changes of writing these tables (unknown names count as everything)."""
    found = Change.NONE
    for table in tables:
        found |= TABLE_CHANGES.get(table, Change.EVERYTHING)
    return found
