"""Files written through a temporary name, and cleaning what a killed process left.

Backups, packages and workbooks are written as ``<name>.<pid>.partial`` and renamed when
complete, so a half-written file never carries the real name. A process killed in the
middle (or a PC switched off) leaves that partial file behind, and a killed restore leaves
its private copy in ``<temp>/nbhr-restore-<pid>-…`` (a killed import, its verified parts:
``<temp>/nbhr-import-<pid>-….parts``, ``sync.spool``). ``clean_leftovers`` runs at every
start and removes those whose process is gone; a partial file of a process still running
(the window making its daily backup while a command starts) is left alone.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

SUFFIX = ".partial"
RESTORE_PREFIX = "nbhr-restore-"
SELFTEST_PREFIX = "nbhr-selftest-"
IMPORT_PREFIX = "nbhr-import-"
EVIDENCE_SUFFIX = ".part"
# A leftover without a process id (written by an older version): gone after this long.
ORPHAN_AGE = 3600
_PID = re.compile(r"\.(\d{1,10})\.partial$")
_DIR_PID = re.compile(r"^nbhr-(?:restore|selftest|import)-(\d{1,10})-")


def partial_path(target: Path) -> Path:
    """Where ``target`` is written before it is complete."""
    target = Path(target)
    return target.with_name(f"{target.name}.{os.getpid()}{SUFFIX}")


def temp_prefix(prefix: str) -> str:
    """A temporary folder prefix naming this process (``tempfile.mkdtemp(prefix=…)``)."""
    return f"{prefix}{os.getpid()}-"


def alive(pid: int) -> bool:
    """Is process ``pid`` running? (Windows: OpenProcess; elsewhere: signal 0.)"""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return kernel.GetLastError() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _abandoned(path: Path, pid_pattern: re.Pattern) -> bool:
    match = pid_pattern.search(path.name)
    if match is not None:
        return not alive(int(match.group(1)))
    try:
        return time.time() - path.stat().st_mtime > ORPHAN_AGE
    except OSError:
        return False


def _remove(path: Path) -> bool:
    try:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    except OSError:  # in use (Windows), another user's, already gone: not ours to force
        return False
    return True


def clean_leftovers(data_dir: Path, folders: Iterable[Path] = ()) -> list[Path]:
    """Remove partial files and restore copies of processes that are gone; returns them.

    ``data_dir``: the data folder (its backups and evidence); ``folders``: other places
    this installation wrote to (the folders of its recent exports).
    """
    removed: list[Path] = []
    places = {Path(data_dir), Path(data_dir) / "backups", Path(data_dir) / "backups" / "auto",
              *map(Path, folders)}
    for folder in places:
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{SUFFIX}"):
            if path.is_file() and _abandoned(path, _PID) and _remove(path):
                removed.append(path)
    evidence = Path(data_dir) / "evidence"
    if evidence.is_dir():
        for suffix in (SUFFIX, EVIDENCE_SUFFIX):
            for path in evidence.rglob(f"*{suffix}"):
                if path.is_file() and _abandoned(path, _PID) and _remove(path):
                    removed.append(path)
    temp = Path(tempfile.gettempdir())
    for prefix in (RESTORE_PREFIX, SELFTEST_PREFIX, IMPORT_PREFIX):
        for path in temp.glob(f"{prefix}*"):
            if _abandoned(path, _DIR_PID) and _remove(path):
                removed.append(path)
    return removed
