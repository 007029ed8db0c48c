"""The year's results report as PDF on large logs: the whole command, the part inside the
process (figures counted, draft built, PDF written), and the ratio between two sizes.

    python bench/bench_report_pdf.py [--activities 100000 400000] [--runs 5] [--period 2024]
                                     [--pg URL]

Whole command: ``python -m nbhr_desktop --data-dir D export-report-pdf --period P --out F``
as a new process each time (what an officer or a script waits for). In process: the same
steps as the command, timed from an open workspace (start-up and imports left out).
Data folders are made once and kept in bench/.cache/ks-N, as in bench_startup.py; with
``--pg URL`` the same data on that PostgreSQL server is measured too (as bench_startup.py
makes it) and both are printed side by side.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _whole_command import Comparison, Postgres, add_pg_option
from bench_startup import CACHE, db_args, prepare, prepare_pg


def whole_command(folder: Path, period: str, out: Path, db_url: str | None = None) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nbhr_desktop", "--data-dir", str(folder),
                    *db_args(db_url), "export-report-pdf", "--period", period,
                    "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def in_process(folder: Path, period_key: str, out: Path, db_url: str | None = None
               ) -> tuple[float, float]:
    """(figures, figures + draft + PDF) in seconds."""
    from nbhr_desktop.core.province.units import scope_for
    from nbhr_desktop.core.reports import service
    from nbhr_desktop.core.reports.figures import scope_figures
    from nbhr_desktop.core.reports.periods import parse_period
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.documents.report_pdf import write_report_pdf
    from nbhr_desktop.storage.db import Location

    workspace = Workspace.open(Location.resolve(folder, db_url))
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
    add_pg_option(parser)
    args = parser.parse_args()
    sizes = sorted(args.activities)
    pg = Postgres(args.pg) if args.pg else None
    compared = Comparison(f"report PDF {args.period}, median s")
    medians = []
    with tempfile.TemporaryDirectory(prefix="nbhr-bench-report-") as scratch:
        out = Path(scratch) / "report.pdf"
        for size in sizes:
            folder = CACHE / f"ks-{size}"
            prepare(folder, size)
            places = [("sqlite", folder, None)]
            if pg is not None:
                places.append(("pg", *prepare_pg(pg, size)))
            for engine, data, url in places:
                whole_command(data, args.period, out, url)  # warm the OS file cache
                wholes = [whole_command(data, args.period, out, url) for _ in range(args.runs)]
                parts = [in_process(data, args.period, out, url) for _ in range(args.runs)]
                whole = statistics.median(wholes)
                if engine == "sqlite":
                    medians.append(whole)
                print(f"{size:,} activities, report {args.period} "
                      f"({'PostgreSQL' if url else 'SQLite'}): whole command median "
                      f"{whole:.2f} s (min {min(wholes):.2f}, max {max(wholes):.2f}); "
                      f"in process {statistics.median(p[1] for p in parts):.2f} s, of which "
                      f"figures {statistics.median(p[0] for p in parts):.3f} s "
                      f"({args.runs} runs); load {os.getloadavg()[0]:.1f}", flush=True)
                compared.add(f"whole command, {size:,}", engine, whole)
                compared.add(f"in process, {size:,}", engine,
                             statistics.median(p[1] for p in parts))
                compared.add(f"figures, {size:,}", engine,
                             statistics.median(p[0] for p in parts))
    if pg is not None:
        compared.print()
    if len(medians) > 1:
        print(f"whole command: {sizes[-1]:,} / {sizes[0]:,} activities = "
              f"{medians[-1] / medians[0]:.2f}× the time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
