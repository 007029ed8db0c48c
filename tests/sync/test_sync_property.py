"""Property: random edits on two PCs of one district and on the province, exchanged in
random orders, always converge to one state with nothing lost (issue 12).

The installations are made once and copied for each example. After the random steps,
every office sends everything to every other (conflicts between the two PCs resolved on
the receiving side), and then all three must hold exactly the same activities and
catalogue, every activity ever made must be there, and an activity only one PC ever
touched must say what that PC last made it say.
"""

from __future__ import annotations

import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from nbhr_desktop.core.workspace import Workspace
from nbhr_desktop.storage.db import Location
from nbhr_desktop.storage.models import CatalogueItem
from nbhr_desktop.sync import trust
from nbhr_desktop.sync.export import export_package
from nbhr_desktop.sync.imports import import_file

from sync_helpers import activities, add_activity, edit_activity

NAMES = ("pc1", "pc2", "province")
ROUTES = [("pc1", "pc2"), ("pc2", "pc1"), ("pc1", "province"), ("pc2", "province"),
          ("province", "pc1"), ("province", "pc2")]

step = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(("pc1", "pc2"))),
    st.tuples(st.just("edit"), st.sampled_from(("pc1", "pc2")), st.integers(0, 9),
              st.sampled_from(("title", "cost"))),
    st.tuples(st.just("delete"), st.sampled_from(("pc1", "pc2")), st.integers(0, 9)),
    st.tuples(st.just("rename"), st.just("province"), st.integers(0, 9)),
    st.tuples(st.just("send"), st.sampled_from(ROUTES), st.booleans(),
              st.sampled_from(("mine", "theirs", None))),
)


def _templates(installs, root):
    """pc1 and pc2 of Huyện Kim Sơn and the province, each knowing the others' keys."""
    made = {"pc1": installs.make("t-pc1"), "pc2": installs.make("t-pc2"),
            "province": installs.make("t-province", "Tỉnh Ninh Bình", role="province")}
    for name, ws in made.items():
        for other_name, other in made.items():
            if other_name != name:
                trust.register(ws, other.installation_info().unit_code,
                               trust.show_mine(other).fingerprint)
    for ws in made.values():
        ws.close()
    return {name: ws.location.data_dir for name, ws in made.items()}


def _catalogue(ws) -> dict[str, str]:
    with ws.db.session() as s:
        return dict(s.execute(select(CatalogueItem.uuid, CatalogueItem.name)).all())


class Offices:
    def __init__(self, templates, root):
        self.ws = {}
        for name in NAMES:
            shutil.copytree(templates[name], root / name)
            self.ws[name] = Workspace.open(Location.resolve(data_dir=root / name))
        self.root = root
        self.made: list[str] = []  # every activity ever created
        self.touched: dict[str, set[str]] = {}  # activity → PCs that changed it
        self.last: dict[tuple[str, str], tuple] = {}  # (pc, activity) → what it last set
        self.files = 0

    def mine(self, pc: str) -> list[str]:
        return sorted(uid for uid, v in activities(self.ws[pc]).items())

    def remember(self, pc: str, uid: str) -> None:
        self.touched.setdefault(uid, set()).add(pc)
        title, cost, deleted, *_rest = activities(self.ws[pc])[uid]
        self.last[(pc, uid)] = (title, cost, deleted)

    def do(self, action) -> None:
        kind = action[0]
        if kind == "add":
            uid = add_activity(self.ws[action[1]], f"Hoạt động {len(self.made) + 1}")
            self.made.append(uid)
            self.remember(action[1], uid)
        elif kind in ("edit", "delete"):
            pc, index = action[1], action[2]
            known = self.mine(pc)
            if not known:
                return
            uid = known[index % len(known)]
            if kind == "delete":
                edit_activity(self.ws[pc], uid, deleted=True)
            elif action[3] == "title":
                edit_activity(self.ws[pc], uid, title=f"{pc} sửa lần {self.files}")
            else:
                edit_activity(self.ws[pc], uid, cost=1000 + self.files)
            self.files += 1
            self.remember(pc, uid)
        elif kind == "rename":
            ws = self.ws["province"]
            info = ws.installation_info()
            with ws.db.session() as s:
                items = s.scalars(select(CatalogueItem).where(
                    CatalogueItem.catalogue == "theme").order_by(CatalogueItem.id)).all()
                item = items[action[2] % len(items)]
                item.name = f"Chủ đề (tỉnh sửa {self.files})"
                item.touch(info.installation_uuid)
            self.files += 1
        else:
            (source, target), since_last, resolve = action[1], action[2], action[3]
            self.send(source, target, since_last, resolve)

    def send(self, source: str, target: str, since_last: bool, resolve) -> None:
        self.files += 1
        path = self.root / f"{self.files}-{source}-{target}.nbhr"
        recipient = self.ws[target].installation_info().unit_code
        export_package(self.ws[source], path, recipient=recipient, since_last=since_last)
        import_file(self.ws[target], path, resolve_all=resolve)

    def settle(self) -> None:
        """Everyone sends everything to everyone; the two PCs take the other's side of a
        conflict (a deliberate choice either way ends the disagreement)."""
        for _round in range(2):
            for source, target in [("pc1", "pc2"), ("pc2", "pc1")] + ROUTES[2:]:
                self.send(source, target, False, "theirs")

    def close(self) -> None:
        for ws in self.ws.values():
            ws.close()


@settings(max_examples=12, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=10))
def test_random_edits_and_exchanges_converge_with_nothing_lost(installs, tmp_path_factory,
                                                              steps):
    cache = test_random_edits_and_exchanges_converge_with_nothing_lost
    if not hasattr(cache, "templates"):
        cache.templates = _templates(installs, tmp_path_factory.mktemp("templates"))
    offices = Offices(cache.templates, tmp_path_factory.mktemp("run"))
    try:
        for action in steps:
            offices.do(action)
        offices.settle()
        states = {name: activities(ws) for name, ws in offices.ws.items()}
        assert states["pc1"] == states["pc2"] == states["province"]
        catalogues = {name: _catalogue(ws) for name, ws in offices.ws.items()}
        assert catalogues["pc1"] == catalogues["pc2"] == catalogues["province"]
        final = states["province"]
        assert set(offices.made) == set(final)  # nothing lost, nothing invented
        for uid, pcs in offices.touched.items():
            if len(pcs) == 1:  # no concurrent change: the one PC's last word stands
                [pc] = pcs
                assert final[uid][:3] == offices.last[(pc, uid)], (uid, pc)
    finally:
        offices.close()
