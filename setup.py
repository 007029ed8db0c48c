"""Packaging hook (metadata lives in pyproject.toml).

The wheel carries ``resources/`` and ``forms/`` inside the package as
``nbhr_desktop/_resources`` and ``nbhr_desktop/_forms``, which is where
``nbhr_desktop/resources.py`` looks in an installed app. They stay top-level folders in the
source tree (fonts with their licence, catalogues, Designer forms are not Python code), so
they are copied in at build time; an editable install reads them from the source tree.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {"resources": "_resources", "forms": "_forms"}


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "nbhr_desktop"
        for source, name in SHIPPED.items():
            target = package / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(ROOT / source, target,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildWithResources})
