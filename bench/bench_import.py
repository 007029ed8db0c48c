"""Import of an exchange package: a district's 50,000 activities into a province database.

    python bench/bench_import.py [--activities 50000] [--runs 3]

Set-up (not timed): a district data folder with demo data (``core.demo``), exported once
as a ``.nbhr`` package; an initialised, empty province data folder used as a template.

Timed, each run on a fresh copy of the province folder (medians of the runs):
- import: ``import_file`` as the command line runs it — verify (hashes, signature, every
  record's fields), the automatic backup, the comparison, the bulk writes, the log; one
  transaction. Aim: ≤ 5 s.
- re-import: the same file again, all unchanged. Aim: ≤ 2 s.
- plain bulk insert: the same rows (already converted to column values, foreign keys
  already resolved) written with one driver-level ``executemany`` per table (the import's
  own fastest path, ``sync.bulk.bulk_insert``) in one transaction: the floor that any
  import pays. Both imports are also given as a ratio to it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from nbhr_desktop.core.demo import generate_demo_data
from nbhr_desktop.core.setup import initialise
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.sync.apply import Writer
from nbhr_desktop.sync.bulk import bulk_insert, import_cache
from nbhr_desktop.sync.diff import compare
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file, read_source
from nbhr_desktop.sync.records import uuid_map
from nbhr_desktop.sync.tables import TABLES


def make_package(root: Path, activities: int) -> Path:
    district = Workspace.open(Location.resolve(data_dir=root / "district"))
    try:
        initialise(district, "Kim Sơn")
        generate_demo_data(district, activities=activities, seed=1, year=2025)
        started = time.perf_counter()
        result = export_package(district, root / "kimson.nbhr")
        print(f"export: {result.total:,} records in {time.perf_counter() - started:.2f} s, "
              f"{result.path.stat().st_size / 1e6:.1f} MB", flush=True)
        return result.path
    finally:
        district.close()


def make_template(root: Path) -> Path:
    province = Workspace.open(Location.resolve(data_dir=root / "template"))
    try:
        initialise(province, "Tỉnh Ninh Bình", role="province")
    finally:
        province.close()
    return root / "template"


def timed_imports(template: Path, target: Path, package: Path) -> tuple[float, float, dict]:
    shutil.copytree(template, target)
    workspace = Workspace.open(Location.resolve(data_dir=target))
    try:
        started = time.perf_counter()
        first = import_file(workspace, package).summary()
        import_time = time.perf_counter() - started
        started = time.perf_counter()
        again = import_file(workspace, package).summary()
        reimport_time = time.perf_counter() - started
    finally:
        workspace.close()
    assert first["rejected"] == 0 and first["conflicts"] == 0, first
    assert again["unchanged"] == first["new"] and again["new"] == 0, again
    return import_time, reimport_time, first


def _insert_all(conn, writer, found) -> float:
    """Each table's rows, then its links: time spent in executemany only."""
    elapsed = 0.0
    for spec in TABLES:
        changes = found.changes.get(spec.name, [])
        if not changes:
            continue
        later: list = []
        rows = [writer.row_for(spec, c, later) for c in changes]
        links = {link.name: [] for link in spec.links}
        started = time.perf_counter()
        bulk_insert(conn, spec.table, rows)
        elapsed += time.perf_counter() - started
        writer.maps[spec.name] = ids = uuid_map(conn, spec.table, reverse=True)
        for link in spec.links:
            targets = writer.ids(link.target)
            links[link.name] = [{link.own_column: ids[c.record["uuid"]],
                                 link.other_column: targets[v]}
                                for c in changes for v in c.record[link.name]]
            if links[link.name]:
                started = time.perf_counter()
                bulk_insert(conn, link.table, links[link.name])
                elapsed += time.perf_counter() - started
    return elapsed


def timed_bulk_insert(template: Path, target: Path, package: Path) -> float:
    """Only the executemany calls are timed; rows are prepared between them."""
    shutil.copytree(template, target)
    workspace = Workspace.open(Location.resolve(data_dir=target))
    try:
        source = read_source(workspace, package, log_refusal=False)
        info = workspace.installation_info()
        with workspace.db.engine.begin() as conn:
            found = compare(conn, source.records, source.typed, sender_unit=source.sender_unit,
                            own_installation=info.installation_uuid)
            writer = Writer(conn)
            with import_cache(conn):  # the same page cache the import borrows
                elapsed = _insert_all(conn, writer, found)
            started = time.perf_counter()
        elapsed += time.perf_counter() - started  # the commit
    finally:
        workspace.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nbhr-bench-import-") as folder:
        root = Path(folder)
        package = make_package(root, args.activities)
        template = make_template(root)
        imports, reimports, bulks = [], [], []
        for run in range(args.runs):
            import_time, reimport_time, counts = timed_imports(template, root / f"i{run}",
                                                               package)
            bulk = timed_bulk_insert(template, root / f"b{run}", package)
            imports.append(import_time)
            reimports.append(reimport_time)
            bulks.append(bulk)
            print(f"run {run + 1}: import {import_time:.2f} s ({counts['new']:,} new), "
                  f"re-import {reimport_time:.2f} s, plain bulk insert {bulk:.2f} s", flush=True)
            shutil.rmtree(root / f"i{run}")
            shutil.rmtree(root / f"b{run}")
    imp, again, bulk = (statistics.median(x) for x in (imports, reimports, bulks))
    print(f"import of {args.activities:,} activities: median {imp:.2f} s (aim ≤ 5 s), "
          f"{imp / bulk:.1f}× a plain bulk insert of the same rows ({bulk:.2f} s)")
    print(f"re-import, all unchanged: median {again:.2f} s (aim ≤ 2 s), "
          f"{again / bulk:.1f}× the plain bulk insert")
    return 0


if __name__ == "__main__":
    sys.exit(main())
