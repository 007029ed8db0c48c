"""Demo data: the whole ``demo-data`` command at two sizes, its memory and its growth.

    python bench/bench_demo_data.py [--sizes 100000,400000] [--runs 3] [--pg URL]

Set-up (not timed; kept under bench/.cache/demo): an initialised, empty data folder of
Huyện Kim Sơn, as a template (with ``--pg`` also a template database on that server).

Timed, each run on a fresh copy of it, as the officer runs it:
``python -m nbhr_desktop --data-dir D demo-data --activities N --year 2024`` — the plan,
the communes' places and N activities with their themes and audiences, committed, indexes
built. Prints per size the median wall and CPU time (CPU, which a busy machine does not
inflate), the peak resident memory and the database size, then the growth from the
smaller size to the larger (at most linear: the time ratio not above the size ratio).
Aim (issue 14): 400,000 activities in ≤ 30 s and ≤ 400 MB; PostgreSQL within 1.5× of
SQLite. With ``--pg`` each size runs on SQLite and then on PostgreSQL, and the medians of
both are printed side by side with their ratio.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from _whole_command import (
    CACHE,
    Comparison,
    Postgres,
    add_pg_option,
    describe,
    fresh_folder,
    load,
    median,
    run,
)

from nbhr_desktop.storage.migrate import head_revision

HERE = CACHE / "demo"


def template(pg: Postgres | None) -> tuple:
    folder = HERE / f"kimson-{'pg' if pg else 'sqlite'}-r{head_revision()}"
    database = f"nbhr_bench_demo_r{head_revision()}"
    if folder.exists() and (pg is None or pg.exists(database)):
        return folder, database
    fresh_folder(folder)
    args = ["--data-dir", str(folder)]
    if pg is not None:
        args += ["--db-url", pg.create(database)]
    run([*args, "init", "--unit", "Kim Sơn"])
    return folder, database


def one_run(pg: Postgres | None, folder, database: str, size: int):
    target = HERE / "run"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    args = ["--data-dir", str(target)]
    if pg is not None:
        args += ["--db-url", pg.create("nbhr_bench_demo_run", database)]
    made = run([*args, "demo-data", "--activities", str(size), "--year", "2024"])
    if pg is None:
        made.size_mb = sum(p.stat().st_size for p in target.glob("nbhr.sqlite3*")) / 1e6
    else:
        from sqlalchemy import create_engine

        engine = create_engine(pg.url_of("nbhr_bench_demo_run"))
        with engine.connect() as conn:
            made.size_mb = conn.exec_driver_sql(
                "SELECT pg_database_size(current_database())").scalar() / 1e6
        engine.dispose()
    shutil.rmtree(target, ignore_errors=True)
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,400000")
    parser.add_argument("--runs", type=int, default=3)
    add_pg_option(parser)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    HERE.mkdir(parents=True, exist_ok=True)
    pg = Postgres(args.pg) if args.pg else None
    engines = [None] if pg is None else [None, pg]
    templates = {id(server): template(server) for server in engines}
    compared = Comparison("demo-data, median")
    results = {}
    for size in sizes:
        for server in engines:
            folder, database = templates[id(server)]
            engine = "pg" if server else "sqlite"
            print(f"{size:,} activities ({'PostgreSQL' if server else 'SQLite'}):", flush=True)
            runs = []
            for number in range(args.runs):
                made = one_run(server, folder, database, size)
                runs.append(made)
                print(f"    run {number + 1}: {made.wall:.2f} s, CPU {made.cpu:.2f} s, "
                      f"{made.rss_mb:.0f} MB resident, database {made.size_mb:.0f} MB, "
                      f"load {load():.1f}", flush=True)
            if server is None:
                results[size] = runs
            print("  " + describe("demo-data", runs), flush=True)
            compared.add(f"wall s, {size:,}", engine, median([r.wall for r in runs]))
            compared.add(f"CPU s (the app's process), {size:,}", engine,
                         median([r.cpu for r in runs]))
            compared.add(f"peak RSS MB, {size:,}", engine, max(r.rss_mb for r in runs))
    if pg is not None:
        pg.drop("nbhr_bench_demo_run")
        compared.print()
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        walls = [median([r.wall for r in results[s]]) for s in (small, large)]
        cpus = [median([r.cpu for r in results[s]]) for s in (small, large)]
        print(f"growth {small:,} → {large:,} activities (sizes ×{large / small:.1f}; at most "
              f"linear: ratio ≤ ×{large / small:.1f}): ×{walls[1] / walls[0]:.2f} wall, "
              f"×{cpus[1] / cpus[0]:.2f} CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
