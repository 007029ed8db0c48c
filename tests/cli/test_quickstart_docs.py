"""The README's quick start is two commands, and CI runs the same test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return [line.split("#", 1)[0].strip() for line in block.splitlines()
            if line.split("#", 1)[0].strip()]


def test_readme_quick_start_has_exactly_two_commands_that_exist():
    commands = _quick_start_commands()
    assert commands == ["bash tools/demo.sh", "bash tools/test.sh"]
    for command in commands:
        assert (ROOT / command.split()[1]).is_file()


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash tools/test.sh" in ci
    assert "NBHR_TEST_PG_URL" in ci and "trap" in ci


def test_readme_opens_in_vietnamese_then_english():
    paragraphs = [p for p in (ROOT / "README.md").read_text(encoding="utf-8").split("\n\n")
                  if p.strip() and not p.startswith("#")]
    assert "kế hoạch truyền thông về quyền con người" in paragraphs[0]
    assert "offline desktop application" in paragraphs[1]
