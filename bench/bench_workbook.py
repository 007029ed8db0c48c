"""Speed and memory of the results report workbook, against its floor.

For each size (default 10,000 and 100,000 activities of one year of Huyện Kim Sơn):

* **ours**: ``write_report_workbook`` for the year: every sheet, styled, the figures
  computed (GROUP BY in the database), the detail rows streamed;
* **floor**: plain openpyxl write-only mode writing the same detail cells (the same rows,
  read by the same query, as bare values without styles) into a one-sheet workbook.

Every export runs in a fresh process, so each reports its own time (the export alone, the
interpreter start and imports excluded) and its own peak resident memory (the goal is
≤ 400 MB). The two alternate, so neither always runs on a warmer machine; medians of the
runs and the ratio ours / floor are printed (goal ≤ 1.5×: the machine is shared, so only
the ratio within one run means much).

The data is made once per size by ``generate_demo_data`` (seed 7) and kept under
``bench/.cache/`` (ignored by git; a 100,000 database takes a while to make and is
about 170 MB): delete the folder to rebuild it.

With ``--pg URL`` (a PostgreSQL server, e.g. postgresql+psycopg://postgres@host:port/postgres)
every size is also measured on the same data made in a database of that server (kept as a
dump, ``_whole_command``'s ``Postgres.prepared``), and both are printed side by side.

Usage: python bench/bench_workbook.py [--sizes 10000,100000] [--runs 5] [--big-runs 3]
       [--cli]   (also time the whole ``export-workbook`` command, interpreter start included)
       [--pg URL]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _whole_command import Comparison, Postgres, add_pg_option

YEAR = 2024  # Kim Sơn is a district: its periods end on 30/06/2025
SEED = 7
BIG = 50_000  # sizes from here on use --big-runs
CACHE = Path(__file__).resolve().parent / ".cache"


def open_workspace(folder: Path, db_url: str | None = None):
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.storage.db import Location

    return Workspace.open(Location.resolve(folder, db_url))


def make_workspace(folder: Path, activities: int, db_url: str | None = None):
    from nbhr_desktop.core.demo import generate_demo_data
    from nbhr_desktop.core.setup import initialise

    workspace = open_workspace(folder, db_url)
    initialise(workspace, "Kim Sơn", officer_name="Bench")
    generate_demo_data(workspace, activities=activities, seed=SEED, year=YEAR)
    return workspace


def make_in_child(folder: Path, activities: int, db_url: str | None = None) -> None:
    # In its own process, so this one stays small (its children measure their memory).
    subprocess.run([sys.executable, __file__, "--make", str(folder), str(activities),
                    *([db_url] if db_url else [])], check=True)


def server_data(activities: int, pg) -> tuple[Path, str]:
    """The same data on the PostgreSQL server of ``pg`` (made once, kept as a dump):
    (data folder, database URL)."""
    from nbhr_desktop.storage.migrate import head_revision

    return pg.prepared(f"workbook-{activities}-{YEAR}-s{SEED}-r{head_revision()}",
                       lambda folder, url: make_in_child(folder, activities, url))


def cached_data(activities: int) -> Path:
    """A data folder with ``activities`` activities in YEAR, made once and kept."""
    from nbhr_desktop.storage.migrate import head_revision

    folder = CACHE / f"workbook-{activities}-{YEAR}-s{SEED}-rev{head_revision()}"
    if (folder / "done").exists():
        return folder / "data"
    CACHE.mkdir(exist_ok=True)
    (CACHE / ".gitignore").write_text("*\n")
    shutil.rmtree(folder, ignore_errors=True)
    print(f"making {activities:,} activities in {folder} (once)…", file=sys.stderr, flush=True)
    make_in_child(folder / "data", activities)
    (folder / "done").write_text("")
    return folder / "data"


def ours(workspace, out: Path) -> float:
    from nbhr_desktop.core.reports.periods import whole_year
    from nbhr_desktop.workbooks.report_workbook import write_report_workbook

    info = workspace.installation_info()
    began = time.perf_counter()
    with workspace.db.session() as session:
        write_report_workbook(session, info.unit_id, whole_year(YEAR), out)
    return time.perf_counter() - began


def plain(workspace, out: Path) -> float:
    """Plain write-only openpyxl: the same detail cells as bare values, no styles."""
    from openpyxl import Workbook

    from nbhr_desktop.core.reports.detail import activity_rows
    from nbhr_desktop.core.reports.periods import whole_year
    from nbhr_desktop.workbooks.report_detail_sheet import detail_columns

    info = workspace.installation_info()
    period = whole_year(YEAR)
    columns = detail_columns()  # the printed columns and the hidden key columns
    fields = [field for _h, _w, field, _k in columns]
    began = time.perf_counter()
    with workspace.db.session() as session:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("Chi tiết")
        sheet.append([header for header, *_rest in columns])
        for number, row in enumerate(activity_rows(session, info.unit_id, period.start,
                                                   period.end), start=1):
            sheet.append([number if f == "#" else getattr(row, f) for f in fields])
        book.save(out)
    return time.perf_counter() - began


def _rss_mb(field: str) -> float:
    """Resident memory now ("VmRSS") or at its peak ("VmHWM") from Linux /proc, else the
    peak from getrusage. (getrusage alone misleads here: Linux carries a parent's peak over
    into a child started by fork and exec, so a child of a big parent reports the parent's.)
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, data: Path, out: Path, db_url: str | None) -> dict:
    """One export in this (fresh) process: its time and this process's memory."""
    workspace = open_workspace(data, db_url)
    workspace.installation_info()
    before = _rss_mb("VmRSS")
    seconds = (ours if kind == "ours" else plain)(workspace, out)
    workspace.close()
    return {"seconds": seconds, "rss_before_mb": before, "rss_peak_mb": _rss_mb("VmHWM"),
            "file_mb": out.stat().st_size / 2**20}


def run_child(kind: str, data: Path, out: Path, db_url: str | None) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(data), str(out),
                           *([db_url] if db_url else [])],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{kind} export failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_cli(data: Path, out: Path, db_url: str | None) -> float:
    import nbhr_desktop

    # The package this bench imports (not one the working folder would put first).
    root = str(Path(nbhr_desktop.__file__).resolve().parents[1])
    path = os.pathsep.join([root, *filter(None, [os.environ.get("PYTHONPATH")])])
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "nbhr_desktop", "--data-dir", str(data),
                    *(["--db-url", db_url] if db_url else []), "export-workbook",
                    "--period", str(YEAR), "--out", str(out)],
                   check=True, capture_output=True, cwd=out.parent,
                   env={**os.environ, "PYTHONPATH": path})
    return time.perf_counter() - began


def _runs(results: list[dict]) -> str:
    return ", ".join(f"{r['seconds']:.2f}" for r in results)


def bench_size(activities: int, runs: int, cli: bool, pg, compared) -> None:
    if pg is not None:
        data, db_url = server_data(activities, pg)
    else:
        data, db_url = cached_data(activities), None
    results: dict[str, list[dict]] = {"ours": [], "plain": []}
    cli_times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            order = ("ours", "plain") if run % 2 == 0 else ("plain", "ours")
            for kind in order:
                out = Path(folder) / f"{kind}.xlsx"
                results[kind].append(run_child(kind, data, out, db_url))
                out.unlink()
            if cli:
                cli_times.append(run_cli(data, Path(folder) / "cli.xlsx", db_url))
    mine = statistics.median(r["seconds"] for r in results["ours"])
    floor = statistics.median(r["seconds"] for r in results["plain"])
    rss = max(r["rss_peak_mb"] for r in results["ours"])
    where = "PostgreSQL" if db_url else "SQLite"
    print(f"workbook, {activities:,} activities on {where}, median of {runs} runs "
          "(each a fresh process)")
    print(f"  ours  (all sheets, styled, figures): {mine:7.2f} s   "
          f"runs {_runs(results['ours'])}")
    print(f"  floor (openpyxl write-only, bare detail cells): {floor:7.2f} s   "
          f"runs {_runs(results['plain'])}")
    print(f"  ratio ours/floor: {mine / floor:4.2f}×  (goal ≤ 1.5×)")
    print(f"  RSS peak: ours {rss:.0f} MB (before the export "
          f"{max(r['rss_before_mb'] for r in results['ours']):.0f} MB), floor "
          f"{max(r['rss_peak_mb'] for r in results['plain']):.0f} MB  (goal ≤ 400 MB); "
          f"file {results['ours'][0]['file_mb']:.1f} MB (floor "
          f"{results['plain'][0]['file_mb']:.1f} MB)")
    if cli_times:
        print(f"  whole command export-workbook --period {YEAR}: "
              f"{statistics.median(cli_times):.2f} s (median of {len(cli_times)})")
    print(f"  load {os.getloadavg()[0]:.1f}")
    sys.stdout.flush()
    engine = "pg" if db_url else "sqlite"
    compared.add(f"ours, {activities:,}", engine, mine)
    compared.add(f"floor, {activities:,}", engine, floor)
    compared.add(f"ratio ours/floor, {activities:,}", engine, mine / floor)
    if cli_times:
        compared.add(f"whole command, {activities:,}", engine, statistics.median(cli_times))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000",
                        help="activities, comma-separated (default 10000,100000)")
    parser.add_argument("--runs", type=int, default=5, help="runs per size below 50,000")
    parser.add_argument("--big-runs", type=int, default=3, help="runs per size from 50,000")
    parser.add_argument("--cli", action="store_true",
                        help="also time the whole export-workbook command")
    add_pg_option(parser)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--make", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        folder, activities, *url = args.make
        make_workspace(Path(folder), int(activities), url[0] if url else None).close()
        return
    if args.child:
        kind, data, out, *url = args.child
        print(json.dumps(child(kind, Path(data), Path(out), url[0] if url else None)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    pg = Postgres(args.pg) if args.pg else None
    compared = Comparison("report workbook, median s")
    for size in sizes:
        runs = args.big_runs if size >= BIG else args.runs
        bench_size(size, runs, args.cli, None, compared)
        if pg is not None:
            bench_size(size, runs, args.cli, pg, compared)
    if pg is not None:
        compared.print()


if __name__ == "__main__":
    main()
