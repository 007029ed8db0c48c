"""What the province's package to every unit must carry (``export-package --recipient all``).

The package carries everything the province owns: the catalogues (units with their dates,
agencies, texts, forms, themes, audiences, funding sources), its due dates and its plan
templates (``sync.export``). Before it is written, this year's and next year's due dates
and next year's plan template are stored, so that a unit receives them even when the
province changed none of the defaults. A unit accepts them only from the key it pinned for
the province, and a province package can never touch a unit's own records (SYNC.md:
ownership, pinned keys).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from nbhr_desktop.core.province import deadlines, templates
from nbhr_desktop.storage.models import Role

ALL_UNITS = "all"  # ``export-package --recipient all``


@dataclass(frozen=True)
class Prepared:
    deadlines_added: int
    template_added: bool
    next_year: int


def prepare(workspace, today: dt.date | None = None) -> Prepared | None:
    """Store the defaults the province's package to all units carries; None elsewhere."""
    info = workspace.installation_info()
    if info.role != Role.PROVINCE:
        return None
    year = (today or dt.date.today()).year
    with workspace.db.session() as session:
        added = (deadlines.ensure_year(session, info, year)
                 + deadlines.ensure_year(session, info, year + 1))
        template = templates.ensure_year(session, info, year + 1)
    return Prepared(added, template, year + 1)
