"""Making the demo activities: one row tuple per activity, fast enough for 100,000.

Everything that does not change from one activity to the next (labels, weights, folded
text pieces, the tasks open on a given day) is worked out once; the loop only draws from
the random generator and assembles tuples in ``ACTIVITY_COLUMNS`` order.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import uuid
from dataclasses import dataclass

from nbhr_desktop.core import demo_text as words
from nbhr_desktop.storage.models import UnitLevel, activity_search_text

ACTIVITY_COLUMNS = (
    "id", "uuid", "owner_unit_code", "version", "changed_at", "changed_by", "deleted",
    "unit_id", "start_date", "end_date", "form_id", "commune_id", "task_id", "lead_agency_id",
    "title", "description", "location", "participants_total", "participants_women",
    "participants_ethnic", "products", "product_note", "broadcast_minutes", "cost",
    "funding_id", "note", "search_text",
)
LINK_COLUMNS = ("activity_id", "item_id")

_LEAD_NAMES = {
    "VHTT": "Phòng Văn hóa và Thông tin",
    "TTVHTTTT": "Trung tâm Văn hóa - Thể thao và Truyền thông",
    "TP": "Phòng Tư pháp", "CA": "Công an {u}", "NV": "Phòng Nội vụ",
    "LĐTBXH": "Phòng Lao động - Thương binh và Xã hội", "GDĐT": "Phòng Giáo dục và Đào tạo",
    "MTTQ": "Ủy ban MTTQ {u}", "ĐTN": "Đoàn Thanh niên {u}", "HLHPN": "Hội Liên hiệp Phụ nữ {u}",
    "HND": "Hội Nông dân {u}", "STTTT": "Sở Thông tin và Truyền thông",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch", "STP": "Sở Tư pháp", "CAT": "Công an tỉnh",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội",
}


@dataclass(frozen=True)
class Place:
    id: int | None  # the commune (or, for a province, the district); None: the whole unit
    label: str  # "xã Kim Đông", "huyện Kim Sơn"


def random_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class ActivityMaker:
    """Draws activities for one unit and year from a seeded generator."""

    def __init__(self, rng: random.Random, *, year: int, unit, unit_label: str,
                 places: list[Place], catalogues, tasks: dict, installation_uuid: str,
                 to_storage=lambda value: value):
        self.rng = rng
        self.year = year
        self.unit = unit
        self.unit_label = unit_label
        self.whole_unit = Place(None, unit_label)
        self.places = places or [self.whole_unit]
        self.cats = catalogues
        self.tasks = tasks
        self.installation_uuid = installation_uuid
        self.store = to_storage  # dates as the database driver wants them
        self.is_province = unit.level == UnitLevel.PROVINCE
        self.ethnic_share = words.ETHNIC_SHARE.get(unit.code, words.DEFAULT_ETHNIC_SHARE)
        self.form_cum = list(itertools.accumulate(catalogues.form_weights))
        self.funding_cum = list(itertools.accumulate(catalogues.funding_weights))
        self.month_cum = list(itertools.accumulate(words.MONTH_WEIGHTS))
        self.openings = [o.format(don_vi=unit_label, nam=year) + "." for o in words.OPENINGS]
        self.year_end = dt.date(year, 12, 31)
        self.last_change = dt.datetime(year, 12, 31, 23, 0)
        self._folded: dict[str, str] = {}
        self._timely: dict[tuple[int, dt.date], list] = {}
        self._titles: dict[tuple, tuple[str, str]] = {}

    # -- helpers ------------------------------------------------------------------------
    def fold(self, piece: str) -> str:
        """``fold`` of one piece of text, remembered: the pieces repeat thousands of times."""
        folded = self._folded.get(piece)
        if folded is None:
            folded = self._folded[piece] = activity_search_text(piece, "")
        return folded

    def day(self, media: bool) -> dt.date:
        rng = self.rng
        month = rng.choices(range(1, 13), cum_weights=self.month_cum)[0]
        first = dt.date(self.year, month, 1)
        following = dt.date(self.year + (month == 12), month % 12 + 1, 1)
        day = first + dt.timedelta(days=rng.randrange((following - first).days))
        if not media and day.weekday() >= 5 and rng.random() < 0.85:
            # Offices meet on working days: Saturday moves to Friday, Sunday to Monday.
            day += dt.timedelta(days=-1 if day.weekday() == 5 else 1)
            if day.year != self.year:
                day = dt.date(self.year, 12, 29)
        return day

    def task_for(self, form_id: int, start: dt.date) -> int | None:
        candidates = self.tasks.get(form_id)
        if not candidates or self.rng.random() >= 0.85:
            return None
        key = (form_id, start)
        timely = self._timely.get(key)
        if timely is None:
            timely = self._timely[key] = [
                t for t in candidates
                if (t.timing_start is None or t.timing_start <= start)
                and (t.timing_end is None or start <= t.timing_end)] or candidates
        return self.rng.choice(timely).id

    def lead(self, form_code: str, theme_code: str, place: Place) -> tuple[int | None, str]:
        rng = self.rng
        agencies = self.cats.agencies
        if self.is_province:
            code = rng.choice(words.PROVINCE_LEADS)
        else:
            code = words.LEADS_BY_THEME.get(theme_code) if rng.random() < 0.35 else None
            code = code or rng.choice(words.LEADS_BY_FORM.get(form_code, ["VHTT"]))
            if code == "UBNDXA":
                if place.id is not None:
                    return agencies.get(code), "UBND " + place.label
                code = "VHTT"
        name = _LEAD_NAMES.get(code, _LEAD_NAMES["VHTT"]).format(u=self.unit_label)
        return agencies.get(code) or agencies.get("VHTT"), name

    # -- one activity -------------------------------------------------------------------
    def make(self, activity_id: int) -> tuple[tuple, list, list]:
        rng, cats = self.rng, self.cats
        form = rng.choices(cats.forms, cum_weights=self.form_cum)[0]
        _weight, attend, prod, minutes, unit_cost, days = words.FIGURES[form.code]
        gathering = attend is not None
        start = self.day(media=not gathering and form.code != "pano")
        span = rng.randint(*days)
        end = min(start + dt.timedelta(days=span), self.year_end) if span else None
        place = rng.choice(self.places) if rng.random() < 0.8 else self.whole_unit
        themes = rng.sample(cats.themes, k=rng.choice((1, 1, 1, 2, 2, 3)))
        audiences = rng.sample(cats.audiences, k=rng.choice((1, 1, 2, 2, 3)))
        theme, audience = themes[0], audiences[0]
        values = {"chu_de": words.THEME_PHRASES.get(theme.code, theme.name.lower()),
                  "doi_tuong": words.AUDIENCE_PHRASES.get(audience.code, audience.name.lower()),
                  "dia_ban": place.label, "don_vi": self.unit_label, "nam": self.year,
                  "so": rng.randint(1, 12)}
        template = rng.choice(words.TITLES[form.code])
        key = (template, theme.code, audience.code, place.label)
        titles = self._titles.get(key)
        if titles is None:
            # Folding the template and the values apart gives fold(title): folding works
            # character by character and "{chu_de}" folds to itself.
            fold = self.fold
            titles = self._titles[key] = (template.format(**values), fold(template).format(
                **{k: fold(str(v)) for k, v in values.items()}))
        title, folded_title = titles
        products = rng.randint(*prod)
        total = women = ethnic = 0
        lead_id, lead_name = self.lead(form.code, theme.code, place)
        product_note = f"{products} {form.product_unit}" if form.product_unit else str(products)
        if gathering:
            total = rng.randint(*attend)
            women = int(total * rng.uniform(0.3, 0.65))
            share = (rng.uniform(0.1, 0.45) if audience.code == "dtts"
                     else self.ethnic_share * rng.uniform(0, 2))
            ethnic = min(total, int(total * share))
            partner = ("" if place.id is None or lead_name.startswith("UBND")
                       else " " + words.WITH_COMMUNE.format(**values))
            pieces = [f"{lead_name}{partner} tổ chức cho", str(total),
                      "lượt người tham dự, trong đó", str(women), "lượt nữ."]
            closing = rng.choice(words.GATHERING_CLOSINGS)
            location = rng.choice(words.PLACES[form.code]).format(**values)
        else:
            pieces = [f"{lead_name} thực hiện", product_note + ",",
                      f"nội dung tập trung vào {values['chu_de']}."]
            closing = rng.choice(words.MEDIA_CLOSINGS)
            location = ""
        pieces.insert(0, rng.choice(self.openings))
        if closing:
            pieces.append(closing)
        description = " ".join(pieces)
        # Equal to activity_search_text(title, description): the pieces are joined by
        # single spaces, as fold() leaves them (a test checks every row).
        fold = self.fold
        search = " ".join([folded_title] + [fold(p) for p in pieces])
        broadcast = products * rng.randint(*minutes) if minutes else 0
        cost = int(round(products * rng.uniform(*unit_cost) / 10_000)) * 10_000
        if form.code == "mang_xa_hoi" and rng.random() < 0.8:
            cost = 0
        funding = rng.choices(cats.funding, cum_weights=self.funding_cum)[0] if cost else None
        if funding is not None and funding.code == "ns_xa" and place.id is None:
            funding = cats.funding[0]
        task_id = self.task_for(form.id, start)
        changed = min(self.last_change, dt.datetime.combine(end or start, dt.time(16, 30))
                      + dt.timedelta(days=rng.randint(0, 6), minutes=rng.randint(0, 600)))
        store = self.store
        row = (activity_id, random_uuid(rng), self.unit.code, 1, store(changed),
               self.installation_uuid, False, self.unit.id, store(start),
               store(end) if end else None, form.id, place.id, task_id, lead_id, title,
               description, location, total, women, ethnic, products, product_note, broadcast,
               cost, funding.id if funding else None, "", search)
        return (row, [(activity_id, t.id) for t in themes],
                [(activity_id, a.id) for a in audiences])

    def make_many(self, first_id: int, count: int) -> tuple[list, list, list]:
        rows, theme_rows, audience_rows = [], [], []
        for activity_id in range(first_id, first_id + count):
            row, themes, audiences = self.make(activity_id)
            rows.append(row)
            theme_rows.extend(themes)
            audience_rows.extend(audiences)
        return rows, theme_rows, audience_rows
