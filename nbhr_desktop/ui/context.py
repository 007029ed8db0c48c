"""What every screen receives: the workspace and the background-operation runner."""

from __future__ import annotations

from dataclasses import dataclass

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.ui.operations import OperationRunner


@dataclass
class UiContext:
    workspace: Workspace
    operations: OperationRunner
