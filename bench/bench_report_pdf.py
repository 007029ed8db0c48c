"""The year's results report as PDF on large logs: the whole command, the part inside the
process (figures counted, draft built, PDF written), and the ratio between two sizes.

    python bench/bench_report_pdf.py [--activities 100000 400000] [--runs 5] [--period 2024]

Whole command: ``python -m nbhr_desktop --data-dir D export-report-pdf --period P --out F``
as a new process each time (what an officer or a script waits for). In process: the same
steps as the command, timed from an open workspace (start-up and imports left out).
Data folders are made once and kept in bench/.cache/ks-N, as in bench_startup.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import CACHE, prepare


def whole_command(folder: Path, period: str, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder),
                    "export-report-pdf", "--period", period, "--out", str(out)],
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def in_process(folder: Path, period_key: str, out: Path) -> tuple[float, float]:
    """(figures, figures + draft + PDF) in seconds."""
    from nbhr_desktop.core.province.units import scope_for
    from nbhr_desktop.core.reports import service
    from nbhr_desktop.core.reports.figures import scope_figures
    from nbhr_desktop.core.reports.periods import parse_period
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.documents.report_pdf import write_report_pdf
    from nbhr_desktop.storage.db import Location

    workspace = Workspace.open(Location.resolve(folder))
    try:
        info = workspace.installation_info()
        period = parse_period(period_key)
        started = time.perf_counter()
        with workspace.db.session() as session:
            figures = scope_figures(session, scope_for(session, info.unit_id, period,
                                                       dt.date.today()))
            counted = time.perf_counter() - started
            report = service.build_draft(session, info, period, figures)
            write_report_pdf(session, report, str(out), figures=figures)
            session.expunge_all()  # the draft is not kept
        return counted, time.perf_counter() - started
    finally:
        workspace.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, nargs="+", default=[100_000, 400_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--period", default="2024", help="Huyện Kim Sơn's demo year")
    args = parser.parse_args()
    sizes = sorted(args.activities)
    medians = []
    with tempfile.TemporaryDirectory(prefix="nbhr-bench-report-") as scratch:
        out = Path(scratch) / "report.pdf"
        for size in sizes:
            folder = CACHE / f"ks-{size}"
            prepare(folder, size)
            whole_command(folder, args.period, out)  # warm the OS file cache
            wholes = [whole_command(folder, args.period, out) for _ in range(args.runs)]
            parts = [in_process(folder, args.period, out) for _ in range(args.runs)]
            medians.append(statistics.median(wholes))
            print(f"{size:,} activities, report {args.period}: whole command median "
                  f"{medians[-1]:.2f} s (min {min(wholes):.2f}, max {max(wholes):.2f}); "
                  f"in process {statistics.median(p[1] for p in parts):.2f} s, of which "
                  f"figures {statistics.median(p[0] for p in parts):.3f} s "
                  f"({args.runs} runs)", flush=True)
    if len(medians) > 1:
        print(f"whole command: {sizes[-1]:,} / {sizes[0]:,} activities = "
              f"{medians[-1] / medians[0]:.2f}× the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
