"""The activities screen on a large log: sort, filter, one keystroke of search, first page,
memory, and how long the window's event loop ever stalls while the queries run.

    python bench/bench_activities.py [--activities 100000 400000] [--runs 7] [--data-dir DIR]
                                     [--pg URL]

Each size's data folder is made once with ``init`` + ``demo-data`` and kept in
bench/.cache/ks-N (as bench_startup.py does) unless --data-dir names one; each size runs in
its own process, and with several sizes the ratio of their figures is printed last.
Every figure is the median of --runs runs (at least 7) and is measured as the user meets
it: from the request (a click on a column, a filter, a keystroke after the search pause)
to the new first page being in the model, through the real ``OperationRunner`` thread.
"Query only" repeats the same on the worker's code path without Qt (count + totals + page).
The screen is also painted (``grab``) to time the first painted page, and resident memory
is read from /proc/self/status with the screen open after scrolling through the table.
With ``--pg URL`` each size is also measured on the same data on that PostgreSQL server
(made as bench_startup.py makes it), in a process of its own, and the figures of both are
printed side by side with their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _whole_command import Comparison, Postgres, add_pg_option
from bench_startup import prepare, prepare_pg

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class StallMeter:
    """Ticks every 5 ms on the GUI thread; the longest gap is how long the window froze."""

    def __init__(self):
        from PySide6.QtCore import QTimer
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def _tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self):
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000


CACHE = Path(__file__).resolve().parent / ".cache"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, nargs="+", default=[100_000, 400_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", help="reuse this data folder (made if missing)")
    add_pg_option(parser)
    parser.add_argument("--db-url", help=argparse.SUPPRESS)  # a child: this database
    args = parser.parse_args()
    runs = max(args.runs, 7)
    if args.db_url:
        return measure(Path(args.data_dir), runs, args.db_url)
    if args.data_dir or (len(args.activities) == 1 and not args.pg):
        folder = Path(args.data_dir) if args.data_dir else CACHE / f"ks-{args.activities[0]}"
        prepare(folder, args.activities[0])
        return measure(folder, runs)
    # One process per size (and engine), so that one's memory and caches do not weigh on
    # the next.
    sizes, outputs = sorted(args.activities), []
    pg = Postgres(args.pg) if args.pg else None
    compared = Comparison("activities screen, median ms")
    for size in sizes:
        print(f"\n=== {size:,} activities ===", flush=True)
        outputs.append(_child(["--activities", str(size), "--runs", str(runs)]))
        for label, value in outputs[-1].items():
            compared.add(f"{label}, {size:,}", "sqlite", value, outputs[-1]["load"])
        if pg is not None:
            folder, url = prepare_pg(pg, size)
            print(f"\n=== {size:,} activities, PostgreSQL ===", flush=True)
            found = _child(["--data-dir", str(folder), "--db-url", url, "--runs", str(runs)])
            for label, value in found.items():
                compared.add(f"{label}, {size:,}", "pg", value, found["load"])
    if len(sizes) > 1:
        print(f"Ratios, {sizes[-1]:,} / {sizes[0]:,} activities (SQLite):")
        for label, value in outputs[-1].items():
            if outputs[0].get(label) and label != "load":
                print(f"  {label:60s} {value / outputs[0][label]:5.2f}×")
    if pg is not None:
        for label in [label for label in compared.rows if label.startswith("load")]:
            del compared.rows[label]
        compared.print()
    return 0


def _child(arguments: list[str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, *arguments], capture_output=True,
                          text=True, check=False)
    print(done.stdout, flush=True)
    if done.returncode:
        raise SystemExit(f"the bench failed:\n{done.stderr[-2000:]}")
    return _figures(done.stdout)


def _figures(output: str) -> dict[str, float]:
    """label → its number in ms from one size's printout (medians; a label ending in
    "+ totals" for the second column), and the machine's load during the run."""
    figures = {}
    for line in output.splitlines():
        label, _sep, rest = line.strip().partition("  ")
        if line.startswith("First page shown"):
            figures["first page painted"] = float(line.split(":")[-1].split()[0])
        elif " ms" in line and rest.strip():
            numbers = rest.split()
            try:
                figures[label.strip()] = float(numbers[0])
                if len(numbers) > 3 and numbers[1] == "ms":
                    figures[label.strip() + " + totals"] = float(numbers[2])
            except ValueError:
                continue
        elif line.startswith("Machine load average"):
            figures["load"] = float(line.split(":")[-1].split()[0])
    return figures


def measure(folder: Path, runs: int, db_url: str | None = None) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from nbhr_desktop.core.activities import query as q
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.storage.db import Location
    from nbhr_desktop.ui.activities.screen import ActivitiesScreen
    from nbhr_desktop.ui.context import UiContext
    from nbhr_desktop.ui.operations import OperationRunner

    def wait_for(signal, timeout_ms=60_000):
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    workspace = Workspace.open(Location.resolve(folder, db_url))
    context = UiContext(workspace, OperationRunner())
    rss_before = rss_mb()

    started = time.perf_counter()
    screen = ActivitiesScreen(context)
    screen.resize(1400, 850)
    screen.show()
    wait_for(screen.ready)
    screen.grab()  # paints the first page
    first_page = (time.perf_counter() - started) * 1000
    model = screen.model
    print(f"Activities in the log: {model.totals.count:,}".replace(",", "."))
    print(f"First page shown and painted (screen built → painted): {first_page:7.1f} ms")

    stall = StallMeter()
    results: list[tuple[str, float, float, float]] = []
    # The same meter with nothing to do: how much the machine itself delays a 5 ms timer.
    stall.start()
    idle = QEventLoop()
    QTimer.singleShot(2000, idle.quit)
    idle.exec()
    baseline = stall.stop()

    def timed(label: str, action) -> None:
        first, complete = [], []
        stall.start()
        for run in range(runs):
            t0 = time.perf_counter()
            action(run)
            wait_for(model.loaded)
            first.append((time.perf_counter() - t0) * 1000)
            wait_for(model.totalsChanged)  # count and totals in the footer: request done
            complete.append((time.perf_counter() - t0) * 1000)
        worst = stall.stop()
        results.append((label, statistics.median(first), statistics.median(complete), worst))

    lookups = model.lookups
    base = q.ActivityFilter()
    for key in ("start_date", "title", "form_id", "commune_id", "participants_total", "cost"):
        column = q.COLUMN_KEYS.index(key)
        timed(f"sort by {key}",
              lambda run, c=column: model.set_query(base, q.Sort(q.COLUMN_KEYS[c], run % 2 == 0)))
    form = lookups.choices["forms"][0].id
    commune = (lookups.choices["communes"] or [None])[0]
    theme = lookups.choices["themes"][0].id
    year = dt.date.today().year
    filters = {
        "filter: one form": q.ActivityFilter(form_ids=(form,)),
        "filter: one theme": q.ActivityFilter(theme_ids=(theme,)),
        "filter: this year, one form": q.ActivityFilter(start=dt.date(year, 1, 1),
                                                        end=dt.date(year, 12, 31),
                                                        form_ids=(form,)),
    }
    if commune is not None:
        filters["filter: one commune"] = q.ActivityFilter(commune_ids=(commune.id,))
    typed = "tap huan cong uoc"
    # Filters keep the order the table has: first the last one sorted above (cost, most
    # first, a column no index orders), then the default order (newest first).
    for suffix, sort in (("", None), (" (newest first)", q.Sort())):
        if sort is not None:
            model.set_query(base, sort)
            wait_for(model.totalsChanged)
        for label, spec in filters.items():
            timed(label + suffix, lambda run, s=spec: model.set_query(s if run % 2 == 0 else base))
        timed("search: one keystroke (\"tap huan cong uoc\" typed)" + suffix,
              lambda run: model.set_query(
                  q.ActivityFilter(text=typed[: 3 + run % (len(typed) - 3)])))
        timed("search: rare word" + suffix, lambda run: model.set_query(
            q.ActivityFilter(text="khongcotu" + "x" * (run % 3))))

    print(f"\nMedians of {runs} runs, from the request (the search pause already over):")
    print(f"  {'':52s} {'first page':>11s} {'+ count, totals':>16s} {'worst GUI stall':>16s}")
    for label, first, complete, worst in results:
        print(f"  {label:52s} {first:8.1f} ms {complete:13.1f} ms {worst:13.1f} ms")
    print(f"  (worst gap of the same 5 ms timer over 2 s with no work at all: {baseline:.1f} ms)")

    # The same queries without Qt: count + totals + first page, on this thread.
    print(f"\nQuery only (count + totals + first page of 200), median of {runs}:")
    for label, spec, sort in [
        ("all, newest first", base, q.Sort()),
        ("sort by cost", base, q.Sort("cost", True)),
        ("search \"tap huan\"", q.ActivityFilter(text="tap huan"), q.Sort()),
        ("one form", q.ActivityFilter(form_ids=(form,)), q.Sort()),
    ]:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            with workspace.db.read_session() as session:
                q.totals(session, spec)
                q.page(session, spec, sort, lookups, 0, 200)
            times.append((time.perf_counter() - t0) * 1000)
        # (its own label: "sort by cost" and "one form" are also screen figures above)
        print(f"  {'query only: ' + label:58s} {statistics.median(times):7.1f} ms")

    # Jumps deep into the table (a drag of the scroll bar): time until the rows are shown.
    import random
    model.set_query(base, q.Sort())
    wait_for(model.loaded)
    wait_for(model.totalsChanged)
    view = screen.ui.tableView
    chooser = random.Random(7)
    jumps = []
    for _ in range(runs):
        row = chooser.randrange(model.rowCount())
        t0 = time.perf_counter()
        view.scrollTo(model.index(row, 0), view.ScrollHint.PositionAtTop)
        if model.row_at(row) is None:
            wait_for(model.dataChanged)
        jumps.append((time.perf_counter() - t0) * 1000)
    print(f"\nJump to a random row of {model.rowCount():,} → its page shown: "
          f"median {statistics.median(jumps):.1f} ms; pages in memory: "
          f"{model.cached_pages()} (at most {25})".replace(",", "."))
    rss = rss_mb()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Resident memory with the screen open: {rss:.0f} MB (before the screen: "
          f"{rss_before:.0f} MB; peak {peak:.0f} MB)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Machine load average during the run: {load:.1f} on {os.cpu_count()} CPUs")
    screen.close()
    context.operations.wait()
    workspace.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
