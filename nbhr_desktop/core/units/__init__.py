"""Administrative units over time: who existed when, who came after whom, who may act.

- ``lineage``: successors and predecessors (a district went into several communes, one old
  commune was split in two), the communes a unit has, and a commune's area "by today's
  area" through the old communes it was formed from.
- ``validity``: a unit acts only within its validity (a district cannot plan, issue or
  report for a period after 30/06/2025), with the message saying what to do instead.
- ``lookup``: finding a unit by code or name, ignoring diacritics and tone-mark placement.
- ``ref``: ``UnitRef``, a unit detached from its session, as lists keep it.
"""
