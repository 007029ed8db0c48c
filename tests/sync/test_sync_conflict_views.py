"""Conflicts shown side by side: labels, readable values, office, installation and time."""

from __future__ import annotations

from nbhr_desktop.sync.conflicts import decisions_for, describe
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import add_activity, edit_activity, introduce


def test_describe_shows_both_sides_and_keeps_only_real_choices(installs, tmp_path):
    pc1, pc2 = installs.make("pc1"), installs.make("pc2")
    introduce(pc1, pc2)
    shared = add_activity(pc1, "Gốc", themes=("crc",))
    import_file(pc2, export_package(pc1, tmp_path / "a.nbhr").path)
    edit_activity(pc1, shared, title="Máy 1", cost=1_500_000)
    edit_activity(pc2, shared, title="Máy 2")
    preview = import_file(pc1, export_package(pc2, tmp_path / "b.nbhr").path, dry_run=True)
    [view] = describe(pc1, preview.preview.conflicts, "Huyện Kim Sơn")
    differs = {r.key: (r.label, r.mine, r.theirs) for r in view.rows if r.differs}
    assert differs["title"] == ("Tên", "Máy 1", "Máy 2")
    assert differs["cost"] == ("Kinh phí", "1.500.000 đ", "1.000.000 đ")
    same = {r.key: r.mine for r in view.rows if not r.differs}
    assert same["form_uuid"] == "Tập huấn, bồi dưỡng"  # references by name, not UUID
    assert same["themes"] == "Công ước về quyền trẻ em (CRC)"
    assert view.rows[0].differs  # what differs comes first
    assert view.mine.installation == "máy này" and view.mine.office == "Huyện Kim Sơn"
    assert view.theirs.installation.startswith("máy ") and view.theirs.version == 2
    assert "/" in view.theirs.changed_at
    assert view.can_choose_fields
    assert decisions_for([view], {shared: {"title": "theirs", "note": "theirs"}}) == {
        shared: {"title": "theirs"}}
    assert decisions_for([view], {shared: {}}) == {shared: "mine"}
    assert decisions_for([view], {}) == {}
