"""Troubles a user meets at the command line get one clear line, never a traceback or
"Exception ignored" noise (issue 12, item 9). Run as real processes: pipes and argument
bytes only behave like this outside pytest."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(*args, data_dir=None, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-m", "nbhr_desktop"]
    if data_dir is not None:
        argv += [b"--data-dir", os.fsencode(data_dir)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(argv + list(args), stdout=stdout, stderr=subprocess.PIPE, env=env,
                          cwd=ROOT, timeout=120, check=False)


def one_line(done: subprocess.CompletedProcess, *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and "Exception ignored" not in err
    for word in words:
        assert word in err, err
    return err


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "data"
    done = cli("init", "--unit", "Kim Sơn", data_dir=folder)
    assert done.returncode == 0, done.stderr
    return folder


def test_garbage_database_url(tmp_path):
    one_line(cli("--db-url", "garbage", "info", data_dir=tmp_path), "\"garbage\" không hợp lệ")
    one_line(cli("--db-url", "mysql://u@h/db", "info", data_dir=tmp_path), "SQLite hoặc PostgreSQL")


def test_in_memory_database_is_refused_not_reported_as_saved(tmp_path):
    one_line(cli("--db-url", "sqlite:///:memory:", "init", "--unit", "376", data_dir=tmp_path),
             "trong bộ nhớ", "không có gì được lưu")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows arguments are always Unicode")
def test_bytes_that_are_not_utf8_in_a_path_or_argument(data_dir, tmp_path):
    one_line(cli(b"info", data_dir=Path(os.fsdecode(bytes(tmp_path) + b"/d\xff"))),
             "không phải chữ UTF-8")
    one_line(cli(b"import", os.fsencode(tmp_path) + b"/t\xe9p.nbhr", data_dir=data_dir),
             "UTF-8")


def test_output_cut_short_by_a_reader_that_stopped(data_dir):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "nbhr_desktop", "--data-dir",
                                str(data_dir), "info"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env, cwd=ROOT)
    process.stdout.close()  # like "| head" that has read all it wanted
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert err == ""  # neither a traceback nor "Exception ignored"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs a folder nothing can be written to")
@pytest.mark.parametrize("command", [
    ["export-package", "--out", "/proc/nbhr-test.nbhr"],
    ["export-entry-template", "--out", "/proc/nbhr-test.xlsx"],
    ["backup", "--out", "/proc/nbhr-test.sqlite3"],
])
def test_a_path_that_cannot_be_written(data_dir, command):
    err = one_line(cli(*command, data_dir=data_dir), "/proc/nbhr-test", "Hãy chọn")
    assert ".partial" not in err
