"""Import of a district's exchange package into a province: the whole command, two sizes.

    python bench/bench_import.py [--sizes 50000,300000] [--runs 3] [--pg URL] [--export] [--fresh]

Set-up (not timed; kept under bench/.cache/import, made again with --fresh): for each size,
a data folder of Huyện Kim Sơn with that many demo activities of 2024, exported once as a
``.nbhr`` package (the export's time and memory are printed); an initialised, empty
province (Tỉnh Ninh Bình) kept as a template.

Timed, each run on a fresh copy of the province (SQLite: its folder; with ``--pg`` a
PostgreSQL server URL such as postgresql+psycopg://postgres@127.0.0.1:55414/postgres: a
database made from a template database), as the officer runs it:

- import: ``python -m nbhr_desktop --data-dir P import PKG --accept-new-key`` — verifying
  the file (hashes, signature, every record), the automatic backup, the comparison, the
  writes and the log, in one transaction; then
- re-import: the same command again, every record unchanged;
- start: ``python -m nbhr_desktop --data-dir P info`` on the imported data, the cost of
  starting any command (interpreter, imports, opening the database);
- with ``--export``: ``export-package`` of the district's whole data (the package the
  import reads), from the cached district folder.

Prints the medians (wall; CPU, which a busy machine does not inflate: an import of 20,000
records or more counts its second, reading process too) and the peak memory of each (the
command and its reading process together, ``_whole_command.run``), and the growth from
the smaller size to the larger: the ratio of the times against the ratio of the sizes (at
most linear: not above it). Aims (issue 14):
50,000 activities imported in ≤ 3 s and re-imported in ≤ 1.5 s; 300,000 in ≤ 20 s and
≤ 500 MB; PostgreSQL within 1.5× of SQLite. With ``--pg`` every size is imported into
SQLite and then into PostgreSQL, and the medians of both are printed side by side.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

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
from nbhr_desktop.sync import format as fmt

HERE = CACHE / "import"


def district(size: int, fresh: bool) -> Path:
    """Huyện Kim Sơn's data folder with ``size`` demo activities of 2024 (made once)."""
    folder = HERE / f"district-{size}-r{head_revision()}"
    if (folder / "ready").exists() and not fresh:
        return folder
    fresh_folder(folder)
    run(["--data-dir", str(folder), "init", "--unit", "Kim Sơn"])
    made = run(["--data-dir", str(folder), "demo-data", "--activities", str(size),
                "--year", "2024"])
    print(f"  set-up: demo-data {size:,}: {made.wall:.1f} s, {made.rss_mb:.0f} MB", flush=True)
    (folder / "ready").touch()
    return folder


def package(size: int, fresh: bool) -> Path:
    """Huyện Kim Sơn's package of ``size`` demo activities (made once, then kept)."""
    key = f"kimson-{size}-r{head_revision()}-f{fmt.FORMAT_VERSION}-m{fmt.MEMBER_TARGET_SIZE}"
    path = HERE / f"{key}.nbhr"
    if path.exists() and not fresh:
        return path
    exported = export(district(size, fresh), path)
    print(f"  set-up: export-package {size:,}: {exported.wall:.1f} s, {exported.rss_mb:.0f} MB, "
          f"{path.stat().st_size / 1e6:.1f} MB file", flush=True)
    return path


def export(folder: Path, path: Path):
    return run(["--data-dir", str(folder), "export-package", "--out", str(path)])


def measure_export(size: int, runs: int, fresh: bool) -> list:
    """``export-package`` of the whole district (SQLite), timed ``runs`` times."""
    folder = district(size, fresh)
    found = []
    for number in range(runs):
        target = HERE / "export-run.nbhr"
        made = export(folder, target)
        print(f"    export run {number + 1}: {made.wall:.2f} s ({made.rss_mb:.0f} MB), "
              f"{target.stat().st_size / 1e6:.1f} MB file", flush=True)
        target.unlink()
        found.append(made)
    return found


class Province:
    """An empty province to import into, copied fresh for every run."""

    def __init__(self, pg: Postgres | None, fresh: bool):
        self.pg = pg
        kind = "pg" if pg else "sqlite"
        self.template = HERE / f"province-{kind}-r{head_revision()}"
        self.template_db = f"nbhr_bench_province_r{head_revision()}"
        made = self.template.exists() and (pg is None or pg.exists(self.template_db))
        if made and not fresh:
            return
        fresh_folder(self.template)
        args = ["--data-dir", str(self.template)]
        if pg is not None:
            args += ["--db-url", pg.create(self.template_db)]
        run([*args, "init", "--unit", "Tỉnh Ninh Bình", "--role", "province"])

    def copy(self, target: Path) -> list[str]:
        """A fresh copy; the global options that open it."""
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(self.template, target)
        args = ["--data-dir", str(target)]
        if self.pg is not None:
            args += ["--db-url", self.pg.create("nbhr_bench_import_run", self.template_db)]
        return args


def measure(province: Province, path: Path, runs: int) -> dict[str, list]:
    found: dict[str, list] = {"import": [], "re-import": [], "start": []}
    for number in range(runs):
        args = province.copy(HERE / "run")
        first = run([*args, "import", str(path), "--accept-new-key"])
        again = run([*args, "import", str(path)])
        start = run([*args, "info"])
        assert "không đổi 0," in first.out and "mới 0," in again.out, (first.out, again.out)
        found["import"].append(first)
        found["re-import"].append(again)
        found["start"].append(start)
        print(f"    run {number + 1}: import {first.wall:.2f} s ({first.rss_mb:.0f} MB), "
              f"re-import {again.wall:.2f} s ({again.rss_mb:.0f} MB), start {start.wall:.2f} s,"
              f" load {load():.1f}", flush=True)
    shutil.rmtree(HERE / "run", ignore_errors=True)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,300000",
                        help="activities per package, comma-separated (default 50000,300000)")
    parser.add_argument("--runs", type=int, default=3)
    add_pg_option(parser)
    parser.add_argument("--fresh", action="store_true", help="make the cached data again")
    parser.add_argument("--export", action="store_true",
                        help="also time export-package of each size (SQLite)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    HERE.mkdir(parents=True, exist_ok=True)
    pg = Postgres(args.pg) if args.pg else None
    provinces = [Province(None, args.fresh)]
    if pg is not None:
        provinces.append(Province(pg, args.fresh))
    compared = Comparison("import, median s")
    results = {}
    for size in sizes:
        path = package(size, args.fresh)
        for province in provinces:
            print(f"{size:,} activities ({'PostgreSQL' if province.pg else 'SQLite'}):",
                  flush=True)
            found = measure(province, path, args.runs)
            if province.pg is None:
                results[size] = found
                if args.export:
                    found["export"] = measure_export(size, args.runs, args.fresh)
            for label, runs in found.items():
                print("  " + describe(label, runs), flush=True)
                compared.add(f"{label}, {size:,}", "pg" if province.pg else "sqlite",
                             median([r.wall for r in runs]))
    if pg is not None:
        pg.drop("nbhr_bench_import_run")
        compared.print()
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"growth {small:,} → {large:,} activities (sizes ×{large / small:.1f}; at most "
              f"linear: ratio ≤ ×{large / small:.1f}):")
        for label in ("import", "re-import", "export"):
            if label not in results[small]:
                continue
            times = [median([r.wall for r in results[s][label]]) for s in (small, large)]
            cpus = [median([r.cpu for r in results[s][label]]) for s in (small, large)]
            starts = [median([r.wall for r in results[s]["start"]]) for s in (small, large)]
            work = [t - st for t, st in zip(times, starts, strict=True)]
            print(f"  {label}: ×{times[1] / times[0]:.2f} wall, ×{cpus[1] / cpus[0]:.2f} CPU, "
                  f"×{work[1] / work[0]:.2f} beyond the start of a command")
    return 0


if __name__ == "__main__":
    sys.exit(main())
