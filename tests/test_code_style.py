"""The tree follows the lint rules chosen in pyproject.toml ([tool.ruff.lint]).

Ruff is in the ``test`` extra (tools/test.sh installs it), so a line too long or an import
out of order fails the suite like any other regression, with ruff's own report.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(importlib.util.find_spec("ruff") is None,
                    reason="ruff is not installed (pip install -e '.[test]' brings it)")
def test_ruff_finds_nothing():
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, (
        f"ruff check . found problems (fix them, or `ruff check --fix .` for the fixable "
        f"ones):\n{result.stdout}{result.stderr}")
