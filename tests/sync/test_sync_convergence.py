"""Several files in any order end in the same state; a killed import leaves no trace."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import textwrap
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import activities, add_activity, edit_activity, introduce, snapshot


def _three_packages(installs, tmp_path):
    """P1: PC 1's first data. P2: PC 2 built on P1 (edit, delete). P3: PC 1 again, with a
    change of its own beside PC 2's edit of the same activity and a new activity."""
    pc1, pc2 = installs.make("pc1"), installs.make("pc2")
    introduce(pc1, pc2)
    a = add_activity(pc1, "A: tập huấn")
    b = add_activity(pc1, "B: hội nghị")
    c = add_activity(pc1, "C: tin bài")
    p1 = export_package(pc1, tmp_path / "p1.nbhr").path
    import_file(pc2, p1)
    edit_activity(pc2, a, title="A: sửa ở máy 2", cost=5)
    edit_activity(pc2, b, deleted=True)
    time.sleep(0.01)  # PC 1's edit of A is later: it wins the rank
    edit_activity(pc1, a, title="A: sửa ở máy 1")
    edit_activity(pc1, c, cost=7)
    add_activity(pc1, "D: mới")
    p2 = export_package(pc2, tmp_path / "p2.nbhr").path
    p3 = export_package(pc1, tmp_path / "p3.nbhr").path
    return [p1, p2, p3], (a, b, c)


def _fresh_province(template, target):
    shutil.copytree(template, target)
    return Workspace.open(Location.resolve(data_dir=target))


def test_three_packages_in_every_order_converge(installs, tmp_path):
    packages, (a, b, c) = _three_packages(installs, tmp_path)
    template = installs.make("template", "Tỉnh Ninh Bình", role="province")
    template.close()
    results = []
    for n, order in enumerate(itertools.permutations(packages)):
        ws = _fresh_province(template.location.data_dir, tmp_path / f"order{n}")
        try:
            for package in order:
                import_file(ws, package, trust="added")
            results.append(activities(ws))
            again = [import_file(ws, p, trust="added").summary() for p in order]
            assert all(s["new"] + s["updated"] + s["deleted"] == 0 for s in again)
        finally:
            ws.close()
    assert all(r == results[0] for r in results)
    final = results[0]
    assert final[a][0] == "A: sửa ở máy 1" and final[b][2] is True and final[c][1] == 7
    assert len(final) == 4


@settings(max_examples=5, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.lists(st.integers(0, 2), min_size=1, max_size=4))
def test_any_sequence_of_imports_reaches_the_same_state(installs, tmp_path_factory, order):
    """Property: importing the packages in any order, any number of times, gives the state
    of importing each once — as long as every package is imported at least once."""
    if not hasattr(test_any_sequence_of_imports_reaches_the_same_state, "cache"):
        root = tmp_path_factory.mktemp("prop")
        packages, _ids = _three_packages(installs, root)
        template = installs.make("ptemplate", "Tỉnh Ninh Bình", role="province")
        template.close()
        reference = _fresh_province(template.location.data_dir, root / "reference")
        for package in packages:
            import_file(reference, package, trust="added")
        expected = activities(reference)
        reference.close()
        test_any_sequence_of_imports_reaches_the_same_state.cache = (
            root, packages, template.location.data_dir, expected)
    root, packages, template_dir, expected = \
        test_any_sequence_of_imports_reaches_the_same_state.cache
    sequence = order + [0, 1, 2]
    ws = _fresh_province(template_dir, tmp_path_factory.mktemp("run") / "ws")
    try:
        for index in sequence:
            import_file(ws, packages[index], trust="added")
        assert activities(ws) == expected
    finally:
        ws.close()


def test_killed_in_the_middle_of_apply_leaves_database_as_it_was(installs, tmp_path):
    district = installs.make("district")
    for n in range(20):
        add_activity(district, f"Hoạt động {n}")
    package = export_package(district, tmp_path / "p.nbhr").path
    province = installs.make("province", "Tỉnh Ninh Bình", role="province")
    before = snapshot(province)
    data_dir = province.location.data_dir
    province.close()
    script = textwrap.dedent(f"""
        import os
        from nbhr_desktop.core.workspace import Workspace
        from nbhr_desktop.storage.db import Location
        from nbhr_desktop.sync import apply
        from nbhr_desktop.sync.imports import import_file
        def die(step):
            if step == "activity":   # agencies written, activities written, not committed
                os._exit(9)
        apply.checkpoint = die
        ws = Workspace.open(Location.resolve(data_dir={str(data_dir)!r}))
        import_file(ws, {str(package)!r})
        print("not reached")
    """)
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 9, done.stderr
    assert "not reached" not in done.stdout
    reopened = Workspace.open(Location.resolve(data_dir=data_dir))
    try:
        assert snapshot(reopened) == before
        assert import_file(reopened, package).summary()["new"] == 34  # works afterwards
    finally:
        reopened.close()
