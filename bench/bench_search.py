"""A search keystroke's queries alone, without Qt: first page and totals, wall and CPU.

    python bench/bench_search.py [--activities 400000] [--runs 5] [--data-dir DIR]
                                 [--db-url URL] [TEXT ...]

Uses bench_activities.py's data folder (bench/.cache/ks-N, made there once) unless
--data-dir names one; --db-url reads a PostgreSQL server instead (a data folder made with
``init`` and ``demo-data`` on it). For each text as typed keystroke by keystroke ("t",
"ta", "tap", "tap ", … by default), in the default order (newest first) and by cost:
the median wall and CPU time of ``query.page`` (first page of 200) and of
``query.totals``. CPU time is this process's: on SQLite it is the query's real cost, which
a machine busy with other work does not inflate (wall time there can be 2–3× it); on
PostgreSQL the server does the work and only wall time counts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPED = ["t", "ta", "tap", "tap ", "tap h", "tap hu", "tap hua", "tap huan", "tap huan ",
         "tap huan cong uoc", "khongcotux"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="*", default=TYPED)
    parser.add_argument("--activities", type=int, default=400_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir")
    parser.add_argument("--db-url")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_activities import CACHE, prepare

    from nbhr_desktop.core.activities import query as q
    from nbhr_desktop.core.activities.lookups import load_lookups
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.storage.db import Location

    folder = Path(args.data_dir) if args.data_dir else CACHE / f"ks-{args.activities}"
    if not args.db_url:
        prepare(folder, args.activities)
    workspace = Workspace.open(Location.resolve(folder, db_url=args.db_url))

    def timed(action) -> str:
        wall, cpu = [], []
        for _ in range(args.runs):
            started, used = time.perf_counter(), time.process_time()
            action()
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
        return f"{statistics.median(wall):7.1f} / {statistics.median(cpu):6.1f} ms"

    print(f"Medians of {args.runs} runs, wall / CPU:")
    print(f"  {'typed':22s} {'order':11s} {'first page':>20s} {'totals':>20s}")
    try:
        with workspace.db.read_session() as session:
            lookups = load_lookups(session, None)
            for text in args.texts:
                spec = q.ActivityFilter(text=text)
                for sort in (q.Sort(), q.Sort("cost", True)):
                    page = timed(lambda s=spec, o=sort: q.page(session, s, o, lookups, 0, 200))
                    totals = timed(lambda s=spec: q.totals(session, s))
                    print(f"  {text!r:22s} {sort.key:11s} {page:>20s} {totals:>20s}", flush=True)
    finally:
        workspace.close()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Machine load average: {load:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
