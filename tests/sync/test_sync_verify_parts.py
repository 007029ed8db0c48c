"""A package's parts when verified: the first bad part in order is the one reported, and a
package too large to keep in memory is read again part by part, hashed again, and refused
if it changed on disk meanwhile (that path had no test)."""

from __future__ import annotations

import zipfile

import pytest

from nbhr_desktop.base.errors import UserError
from nbhr_desktop.sync import apply as applying
from nbhr_desktop.sync import verify
from nbhr_desktop.sync.imports import import_file, read_source

from sync_helpers import activities, snapshot


def _rewrite(path, change) -> None:
    """The package again, with ``change(name, data)`` applied to each member's bytes."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, change(info.filename, data))


def test_the_first_bad_part_in_order_is_reported(installs, package):
    _district, path = package
    parts = sorted(n for n in zipfile.ZipFile(path).namelist() if n.startswith("records/"))
    bad = parts[1:4:2]  # two bad parts: the earlier one is named
    _rewrite(path, lambda name, data: data.replace(b'"version":1', b'"version":2')
             if name in bad else data)
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    with pytest.raises(UserError) as refused:
        import_file(province, path)
    assert bad[0] in refused.value.message and bad[1] not in refused.value.message


def test_a_package_read_again_part_by_part(installs, package, monkeypatch):
    district, path = package
    monkeypatch.setattr(verify, "KEEP_RECORDS_SIZE", 0)  # nothing kept: every part re-read
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    assert import_file(province, path).summary()["rejected"] == 0
    mine = activities(district)
    assert {uuid: activities(province)[uuid] for uuid in mine} == mine

    other = installs.make("other", "Tỉnh Ninh Bình", role="province")
    source = read_source(other, path)  # verified; then the file changes on disk
    before = snapshot(other)
    last = max(n for n in zipfile.ZipFile(path).namelist() if n.startswith("records/activity"))
    _rewrite(path, lambda name, data: data.replace(b'"version":1', b'"version":7')
             if name == last else data)
    with pytest.raises(UserError) as refused:
        applying.apply(other, source)
    assert "đã thay đổi trong lúc nhập" in refused.value.message
    assert snapshot(other) == before
