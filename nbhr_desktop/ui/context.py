"""What every screen receives: the workspace, the background-operation runner and the
year the screens open on."""

from __future__ import annotations

from dataclasses import dataclass, field

from nbhr_desktop.core.work_year import WorkYear
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.ui.operations import OperationRunner


@dataclass
class UiContext:
    workspace: Workspace
    operations: OperationRunner
    work_year: WorkYear = field(init=False)

    def __post_init__(self) -> None:
        self.work_year = WorkYear(self.workspace)
