"""A command's process ends at once after its work (``cli.run``): its output is all there,
its exit code is the command's, and what must happen at exit still happens. Run as real
processes: the end of a process cannot be watched from inside pytest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A stand-in for what the program registers to run at exit (a temporary file removed…),
# then the command line's entry point, as ``python -m nbhr_desktop`` calls it.
SCRIPT = """
import atexit, sys
marker = sys.argv.pop(1)
atexit.register(lambda: open(marker, "w").write("ran"))
from nbhr_desktop.cli import run
sys.argv[0] = "nbhr"
run()
"""


def _run(marker: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", SCRIPT, str(marker), *args], env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)


def test_a_command_ends_with_its_output_its_code_and_the_exit_functions(tmp_path):
    data = tmp_path / "data"
    done = _run(tmp_path / "init.ran", "--data-dir", str(data), "init", "--unit", "14620")
    assert done.returncode == 0, done.stderr
    assert "Đã khởi tạo dữ liệu cho Xã Phát Diệm" in done.stdout
    assert (tmp_path / "init.ran").read_text() == "ran"

    # A plan's list, on a pipe (block-buffered): every line reaches the reader.
    for year in (2026, 2027, 2028):
        made = _run(tmp_path / f"plan{year}.ran", "--data-dir", str(data), "new-plan",
                    "--year", str(year))
        assert made.returncode == 0, made.stderr
    listed = _run(tmp_path / "list.ran", "--data-dir", str(data), "list-plans")
    assert listed.returncode == 0, listed.stderr
    assert all(str(year) in listed.stdout for year in (2026, 2027, 2028)), listed.stdout

    # A refused command: its code and its message, and the exit functions all the same.
    failed = _run(tmp_path / "failed.ran", "--data-dir", str(data), "import",
                  str(tmp_path / "none.nbhr"))
    assert failed.returncode == 2
    assert "Không tìm thấy tệp" in failed.stderr and "Traceback" not in failed.stderr
    assert (tmp_path / "failed.ran").read_text() == "ran"
