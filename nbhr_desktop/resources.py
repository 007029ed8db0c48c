"""Finding shipped files (fonts, forms, catalogues, templates) wherever the app runs.

Three layouts must work without a redesign:
- the source tree: ``<repo>/resources`` and ``<repo>/forms`` beside the package;
- an installed wheel: the same folders packaged as ``nbhr_desktop/_resources`` and
  ``nbhr_desktop/_forms`` (see ``[tool.setuptools]`` in pyproject.toml);
- a frozen bundle (PyInstaller): ``sys._MEIPASS/resources`` and ``sys._MEIPASS/forms``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(folder: str) -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / folder)
    found.append(_PACKAGE_DIR / f"_{folder}")
    found.append(_PACKAGE_DIR.parent / folder)
    return found


@cache
def _root(folder: str) -> Path:
    for candidate in _candidates(folder):
        if candidate.is_dir():
            return candidate
    # Returned even when missing so that self-test can name the place it looked.
    return _candidates(folder)[-1]


def resources_dir() -> Path:
    return _root("resources")


def forms_dir() -> Path:
    return _root("forms")


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("fonts", "LiberationSerif-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)


def form(name: str) -> Path:
    """Path of a Qt Designer form, e.g. ``form("main_window.ui")``."""
    return forms_dir() / name
