"""A province on a shared PostgreSQL server takes a district's package (SQLite → PostgreSQL).

Runs when NBHR_TEST_PG_URL names a server (CI starts one); skipped otherwise.
"""

from __future__ import annotations

from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import activities, add_activity, edit_activity


def test_district_package_into_postgresql_province(installs, pg_province, tmp_path):
    district = installs.make("district")
    first = add_activity(district, "Tập huấn trên máy chủ", themes=("cedaw", "crc"))
    package = export_package(district, tmp_path / "a.nbhr").path
    summary = import_file(pg_province, package).summary()
    assert summary["new"] == 15 and summary["rejected"] == 0
    assert activities(pg_province)[first] == activities(district)[first]
    assert import_file(pg_province, package).summary()["unchanged"] == 15
    edit_activity(district, first, deleted=True)
    later = export_package(district, tmp_path / "b.nbhr", since_last=True).path
    assert import_file(pg_province, later).summary()["deleted"] == 1
    assert activities(pg_province)[first] == activities(district)[first]


def test_reimport_recognised_on_postgresql(installs, pg_province, tmp_path, monkeypatch):
    from nbhr_desktop.sync import replay

    district = installs.make("district")
    first = add_activity(district, "Hội nghị trên máy chủ")
    package = export_package(district, tmp_path / "a.nbhr").path
    assert import_file(pg_province, package).summary()["new"] == 15
    real, found = replay.recognise, []

    def spying(*args):
        found.append(real(*args) is not None)
        return real(*args)
    monkeypatch.setattr(replay, "recognise", spying)
    again = import_file(pg_province, package).summary()
    assert (again["new"], again["unchanged"]) == (0, 15) and found[-1]  # no record read
    edit_activity(district, first, title="Hội nghị (bổ sung)")
    later = export_package(district, tmp_path / "b.nbhr", since_last=True).path
    assert import_file(pg_province, later).summary()["updated"] == 1
    older = import_file(pg_province, package).summary()  # another import since: compared
    assert not found[-1] and (older["updated"], older["unchanged"]) == (0, 15)
    assert activities(pg_province)[first] == activities(district)[first]
