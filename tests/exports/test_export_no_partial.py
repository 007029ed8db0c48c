"""A failure or a cancel in the middle of any export leaves the target as it was: no
half-written file, no partial beside it, and an earlier export under that name intact.

The cancel is the progress callback raising (as the window's runner does when the officer
presses Cancel); it is tried at its first, middle and last call of every exporter.
"""

from __future__ import annotations

import errno
import os
from types import SimpleNamespace

import pytest

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.core.reports.periods import parse_period
from nbhr_desktop.exports import files, registry

EARLIER = b"the export of last week"
Q4_2024 = parse_period("2024-Q4")


class Stop(Exception):
    """Not a UserError: any exception must leave the target alone."""


def _cases(kimson, province):
    workspace, uuid = kimson
    return {
        "plan-pdf": (workspace, "KH.pdf", {"plan_uuid": uuid}),
        "report-pdf": (workspace, "BC.pdf", {"period": Q4_2024}),
        "report-workbook": (workspace, "BC.xlsx", {"period": Q4_2024}),
        "entry-template": (workspace, "NhapLieu.xlsx", {}),
        "package": (workspace, "Goi.nbhr", {}),
        "submissions": (province, "TinhHinhGui.pdf", {"period": parse_period("2024")}),
        "plan-template": (province, "MauKeHoach.json", {"year": 2027}),
    }


def test_every_exporter_is_tried():
    assert sorted(_cases(("ws", "uuid"), "province")) == registry.names()


@pytest.mark.parametrize("name", ["plan-pdf", "report-pdf", "report-workbook",
                                  "entry-template", "package", "submissions",
                                  "plan-template"])
def test_a_cancel_at_any_step_keeps_the_earlier_file(name, kimson, province, tmp_path):
    workspace, file_name, params = _cases(kimson, province)[name]
    calls = []
    registry.export(name, workspace, tmp_path / "first" / file_name,
                    progress=lambda *step: calls.append(step), **params)
    assert calls, "an exporter reports at least one step"
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / file_name
    target.write_bytes(EARLIER)
    for stop_at in sorted({1, (len(calls) + 1) // 2, len(calls)}):
        seen = []

        def progress(done, total, text, stop_at=stop_at, seen=seen):
            seen.append(text)
            if len(seen) == stop_at:
                raise Stop(text)

        with pytest.raises(Stop):
            registry.export(name, workspace, target, progress=progress, **params)
        assert target.read_bytes() == EARLIER, seen[-1]
        assert [p.name for p in folder.iterdir()] == [file_name], seen[-1]
    written = registry.export(name, workspace, target, **params)  # and then it works
    assert written.path == target and target.read_bytes() != EARLIER


@pytest.mark.parametrize("name", ["plan-pdf", "report-pdf", "report-workbook",
                                  "entry-template", "submissions", "plan-template"])
def test_a_target_that_cannot_be_replaced_is_one_message(name, kimson, province, tmp_path,
                                                         monkeypatch):
    """The file is open in Excel (Windows refuses the rename): the earlier file stays, the
    partial goes, and the officer reads which file and what to do."""
    workspace, file_name, params = _cases(kimson, province)[name]
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / file_name
    target.write_bytes(EARLIER)

    def refused(source, destination):
        if destination == target:  # the writers' own renames elsewhere still work
            raise PermissionError(errno.EACCES, "Access is denied")
        os.replace(source, destination)

    monkeypatch.setattr(files, "os", SimpleNamespace(replace=refused))
    with pytest.raises(UserError) as raised:
        registry.export(name, workspace, target, **params)
    assert str(target) in raised.value.message and "Hãy chọn nơi lưu khác" in raised.value.message
    assert [p.name for p in folder.iterdir()] == [file_name]
    assert target.read_bytes() == EARLIER


def test_a_wrong_suffix_is_refused_before_anything_is_written(kimson, tmp_path):
    workspace, uuid = kimson
    with pytest.raises(UserError, match=r"đuôi \.pdf"):
        registry.export("plan-pdf", workspace, tmp_path / "out" / "KH.txt", plan_uuid=uuid)
    with pytest.raises(UserError, match=r"đuôi \.xlsx hoặc \.pdf"):
        registry.export("submissions", workspace, tmp_path / "out" / "list.csv",
                        period=parse_period("2024"))
    assert not (tmp_path / "out").exists()
