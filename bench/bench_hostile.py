"""Hostile files of about 1 MB: how long the import takes to refuse them, and its peak memory.

Aim (issue 12, item 6): refused in < 5 s and < 300 MB, with a message naming the cause.
Each file is imported by a fresh process (``python -c``), so its peak RSS is the whole cost
of reading it; the figures printed are medians of ``--runs`` runs.

    python bench/bench_hostile.py [--runs 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

# The probes run from the checkout so that they import this tree (the package is installed
# editable, see the README), whatever the current directory.
ROOT = Path(__file__).resolve().parents[1]

SHEET = "xl/worksheets/sheet1.xml"
TARGET = 1024 * 1024  # compressed size of each hostile file

# VmHWM is the peak RSS of this process image only (ru_maxrss would carry over the
# bench's own peak through fork and exec).
PEAK = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])"
PROBE = """
import sys, time
from nbhr_desktop.base.errors import UserError
from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.sync.imports import import_file
ws = Workspace.open(Location.resolve(data_dir=sys.argv[1]))
start = time.perf_counter()
try:
    import_file(ws, sys.argv[2], accept=("first-contact",))
    outcome = "IMPORTED"
except UserError as error:
    outcome = error.message
except MemoryError:
    outcome = "MemoryError"
print(f"{time.perf_counter() - start:.3f}")
print(PEAK)
print(outcome)
""".replace("PEAK", PEAK)


def _grow(make_chunk, target: int = TARGET) -> bytes:
    """Repeat chunks until the deflated size reaches ``target``."""
    buffer, compressor = io.BytesIO(), None
    import zlib

    compressor = zlib.compressobj(5, zlib.DEFLATED, -15)
    compressed = 0
    while compressed < target:
        chunk = make_chunk()
        buffer.write(chunk)
        compressed += len(compressor.compress(chunk))
    return buffer.getvalue()


def _rewrite(source: Path, target: Path, member: str, data: bytes) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            new.writestr(name, data if name == member else old.read(name))
    return target


def workbooks(ws, folder: Path) -> dict[str, Path]:
    from nbhr_desktop.workbooks.entry_template import write_entry_template

    template = write_entry_template(ws, folder / "mau.xlsx")
    with zipfile.ZipFile(template) as z:
        sheet = z.read(SHEET)
    head, tail = sheet.split(b"</sheetData>")
    rng = random.Random(1)
    # Random values keep the part under the zip checks (size, ratio): only the cells-per-row
    # bound stops it. (A row of "<c/>" compresses 1000:1 and is stopped by the ratio.)
    wide = _grow(lambda: b"".join(b"<c><v>%d</v></c>" % rng.randint(0, 10**6)
                                  for _i in range(256)))
    many_rows = iter(range(2, 10**9))
    rows = _grow(lambda: b"".join(b'<row r="%d"><c r="D%d" t="inlineStr"><is><t>x%d</t></is>'
                                  b"</c></row>" % (n, n, rng.randint(0, 10**6))
                                  for n in (next(many_rows) for _i in range(64))))
    text = _grow(lambda: bytes(rng.choice(b"abcdefghij ") for _i in range(4096)))
    return {
        "workbook: one row of millions of cells": _rewrite(
            template, folder / "wide.xlsx", SHEET,
            head + b'<row r="600">' + wide + b"</row></sheetData>" + tail),
        "workbook: hundreds of thousands of rows": _rewrite(
            template, folder / "rows.xlsx", SHEET, head.split(b"<row", 1)[0] + rows
            + b"</sheetData>" + tail),
        "workbook: one cell of megabytes of text": _rewrite(
            template, folder / "text.xlsx", SHEET,
            head + b'<row r="7"><c r="D7" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"
            b"</sheetData>" + tail),
    }


def packages(ws, folder: Path) -> dict[str, Path]:
    from nbhr_desktop.core import installation_key
    from nbhr_desktop.sync import format as fmt

    ws.installation_info()  # refuses a data folder that was never set up
    rng = random.Random(2)

    def package(name: str, body: bytes) -> Path:
        parts = {"records/activity.json": body}
        manifest = {
            "format": fmt.FORMAT_NAME, "format_version": fmt.FORMAT_VERSION,
            "app_version": "0", "created_at": "2026-11-01T00:00:00Z",
            "sender": {"unit_code": "377", "unit_name": "Huyện Yên Mô",
                       "installation_uuid": "a" * 36, "public_key": ""},
            "scope": {"kind": "all", "recipient": ""},
            # The count the records would have, so only the size decides.
            "counts": {"activity": body.count(b",") + 1 if body[:2] != b"[[" else 1},
            "parts": {n: {"sha256": fmt.sha256_bytes(d), "size": len(d)} for n, d in parts.items()},
        }
        # Signed by a throw-away key, so the file gets past the signature to the JSON.
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        private = Ed25519PrivateKey.generate()
        raw = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        manifest["sender"]["public_key"] = installation_key._b64(raw)
        data = json.dumps(manifest).encode()
        path = folder / name
        fmt.write_package(path, private.sign(data), data, parts)
        return path

    def objects():
        return b"".join(b'{"a":%d},' % rng.randint(0, 99) for _i in range(512))

    def strings():
        return b"".join(b'"%s",' % bytes(rng.choice(b"ab") for _i in range(2))
                        for _i in range(512))

    return {
        "package: millions of small objects": package(
            "objects.nbhr", b"[" + _grow(objects) + b"{}]"),
        "package: millions of short strings": package(
            "strings.nbhr", b"[" + _grow(strings) + b'""]'),
        "package: nested ten thousand deep": package(
            "deep.nbhr", b"[" * 10_000 + b"]" * 10_000),
    }


def run(data_dir: Path, path: Path) -> tuple[float, float, float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PROBE, str(data_dir), str(path)],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    lines = done.stdout.strip().splitlines()
    if len(lines) < 3:
        return wall, float("nan"), float("nan"), (done.stderr.strip().splitlines() or ["?"])[-1]
    return wall, float(lines[0]), int(lines[1]) / 1024, "\n".join(lines[2:])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    from nbhr_desktop.core.setup import initialise
    from nbhr_desktop.core.workspace import Workspace
    from nbhr_desktop.storage.db import Location

    folder = args.keep or Path(tempfile.mkdtemp(prefix="nbhr-bench-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    data_dir = folder / "data"
    ws = Workspace.open(Location.resolve(data_dir=data_dir))
    initialise(ws, "Kim Sơn")
    files = workbooks(ws, folder) | packages(ws, folder)
    ws.close()
    baseline = subprocess.run([sys.executable, "-c", PROBE.split("start =")[0]
                               + f"print({PEAK})", str(data_dir), "x"],
                              capture_output=True, text=True, cwd=ROOT, check=False)
    print(f"process before reading any file: {int(baseline.stdout.split()[-1]) / 1024:.0f} MB")
    for label, path in files.items():
        runs = [run(data_dir, path) for _i in range(args.runs)]
        inside = statistics.median(r[1] for r in runs)
        peak = statistics.median(r[2] for r in runs)
        wall = statistics.median(r[0] for r in runs)
        with zipfile.ZipFile(path) as z:
            expanded = sum(i.file_size for i in z.infolist())
        print(f"{label}: file {path.stat().st_size / 2**20:.2f} MB ({expanded / 2**20:.0f} MB "
              f"inside): refused in {inside:.2f} s ({wall:.2f} s with start-up), peak "
              f"{peak:.0f} MB")
        print(f"    {runs[0][3][:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
