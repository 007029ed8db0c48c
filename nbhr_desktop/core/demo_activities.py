"""Making the demo activities: one row tuple per activity, fast enough for 100,000.

Everything that does not change from one activity to the next (labels, weights, folded
text pieces, the tasks open on a given day) is worked out once; the loop only draws from
the random generator and assembles tuples in ``ACTIVITY_COLUMNS`` order.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import uuid
from dataclasses import dataclass

from nbhr_desktop.base.text import fold as plain_fold
from nbhr_desktop.core import demo_text as words
from nbhr_desktop.storage.models import UnitLevel, activity_search_text
from nbhr_desktop.storage.search_key import words_of

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
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội", "SNV": "Sở Nội vụ",
    "VHXH": "Phòng Văn hóa - Xã hội", "VP": "Văn phòng HĐND và UBND {u}",
    "TRUONG": "Trường THCS {u}",
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
                 span: tuple[dt.date, dt.date] | None = None, to_storage=lambda value: value):
        self.rng = rng
        self.year = year
        self.unit = unit
        self.unit_label = unit_label
        self.is_commune = unit.level == UnitLevel.COMMUNE
        # A commune is its own only commune: "the whole unit" is still a place in it.
        self.whole_unit = Place(unit.id if self.is_commune else None, unit_label)
        self.place_words = words.COMMUNE_PLACES if self.is_commune else words.PLACES
        self.places = places or [self.whole_unit]
        self.cats = catalogues
        self.tasks = tasks
        self.installation_uuid = installation_uuid
        self.store = to_storage  # dates as the database driver wants them
        self.is_province = unit.level == UnitLevel.PROVINCE
        self.ethnic_share = words.ETHNIC_SHARE.get(unit.code, words.DEFAULT_ETHNIC_SHARE)
        self.form_cum = list(itertools.accumulate(catalogues.form_weights))
        self.funding_cum = list(itertools.accumulate(catalogues.funding_weights))
        # The part of the year the unit existed in (a district's 2025 ends on 30/06).
        self.year_start, self.year_end = span or (dt.date(year, 1, 1), dt.date(year, 12, 31))
        self.openings = [o.format(don_vi=unit_label, nam=year) + "." for o in words.OPENINGS]
        self.last_change = dt.datetime.combine(self.year_end, dt.time(23, 0))
        self._folded: dict[str, str] = {}
        self._plain_folded: dict[str, str] = {}
        self._task_days: dict[int, list[tuple[dt.date, dt.date]]] = {}
        self._titles: dict[tuple, tuple[str, str]] = {}
        self.rand = rng.random
        self.unit_code, self.unit_id = unit.code, unit.id  # plain values, not ORM attributes
        self.calendar = self._calendar()
        self.month_cum = list(itertools.accumulate(
            weight if month else 0 for weight, month in zip(words.MONTH_WEIGHTS, self.calendar,
                                                            strict=True)))
        self.entry_time = dt.time(16, 30)

    # -- drawing from the generator ------------------------------------------------------
    # random.Random's convenience methods (randint, choices, sample) cost a microsecond or
    # more each; these draw from one random() call, which matters at 100,000 activities.
    def pick(self, items):
        return items[int(self.rand() * len(items))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.rand() * (high - low + 1))

    def weighted(self, items, cumulative):
        return items[bisect.bisect(cumulative, self.rand() * cumulative[-1])]

    def uuid(self) -> str:
        """A version-4 UUID from the seeded generator (as uuid.UUID(int=…, version=4))."""
        value = (self.rng.getrandbits(128) & ~(0xF000 << 64) & ~(0xC000 << 48)) \
            | (0x4000 << 64) | (0x8000 << 48)
        h = f"{value:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    # -- helpers --------------------------------------------------------------------------
    def fold(self, piece: str) -> str:
        """The search key's words of one piece of text, remembered: the pieces repeat
        thousands of times."""
        folded = self._folded.get(piece)
        if folded is None:
            folded = self._folded[piece] = activity_search_text(piece, "").strip()
        return folded

    def plain_fold(self, piece: str) -> str:
        """``base.text.fold`` of one piece of text, remembered."""
        folded = self._plain_folded.get(piece)
        if folded is None:
            folded = self._plain_folded[piece] = plain_fold(piece)
        return folded

    def _calendar(self) -> list[list[tuple[dt.date, dt.date]]]:
        """Per month, each day with the working day a meeting that falls on it moves to."""
        months = []
        for month in range(1, 13):
            day = dt.date(self.year, month, 1)
            days = []
            while day.month == month:
                moved = day
                if day.weekday() == 5:  # Saturday: the Friday before
                    moved = day - dt.timedelta(days=1)
                elif day.weekday() == 6:  # Sunday: the Monday after, within the year
                    moved = min(day + dt.timedelta(days=1), dt.date(self.year, 12, 29))
                if self.year_start <= day <= self.year_end:
                    days.append((day, min(max(moved, self.year_start), self.year_end)))
                day += dt.timedelta(days=1)
            months.append(days)
        return months

    def day(self, media: bool) -> dt.date:
        day, moved = self.pick(self.weighted(self.calendar, self.month_cum))
        # Offices meet on working days; products (news, radio, posts) appear any day.
        return day if media or self.rand() >= 0.85 else moved

    def task_and_day(self, form_id: int, media: bool) -> tuple[int | None, dt.date]:
        """Most activities carry out a plan task of their form, within the task's timing
        (a Q2 training happens in Q2); the rest fall anywhere in the year."""
        candidates = self.tasks.get(form_id)
        if not candidates or self.rand() >= 0.85:
            return None, self.day(media)
        task = self.pick(candidates)
        days = self._task_days.get(task.id)
        if days is None:
            first = max(task.timing_start or self.year_start, self.year_start)
            last = min(task.timing_end or self.year_end, self.year_end)
            days = self._task_days[task.id] = [
                pair for month in self.calendar for pair in month if first <= pair[0] <= last
            ] or [pair for month in self.calendar for pair in month]
        day, moved = self.pick(days)
        return task.id, (day if media or self.rand() >= 0.85 else moved)

    def lead(self, form_code: str, theme_code: str, place: Place) -> tuple[int | None, str]:
        agencies = self.cats.agencies
        home = "VHXH" if self.is_commune else "VHTT"
        if self.is_province:
            code = self.pick([c for c in words.PROVINCE_LEADS if c in agencies]
                             or words.PROVINCE_LEADS)
        else:
            code = words.LEADS_BY_THEME.get(theme_code) if self.rand() < 0.35 else None
            code = code or self.pick(words.LEADS_BY_FORM.get(form_code, ["VHTT"]))
            if self.is_commune:
                code = words.COMMUNE_LEADS.get(code, code)
            if code == "UBNDXA":
                if place.id is not None:
                    return agencies.get(code), "UBND " + place.label
                code = "VHTT"
        if code not in agencies:  # an office that did not exist that year: the home office
            code = home
        name = _LEAD_NAMES.get(code, _LEAD_NAMES[home]).format(u=self.unit_label)
        return agencies.get(code) or agencies.get(home), name

    def some(self, items: list, counts: tuple[int, ...]) -> list:
        k = self.pick(counts)
        if k == 1:
            return [self.pick(items)]
        return self.rng.sample(items, k=k)

    # -- one activity -------------------------------------------------------------------
    def make(self, activity_id: int) -> tuple[tuple, list, list]:
        cats, rand, between = self.cats, self.rand, self.between
        form = self.weighted(cats.forms, self.form_cum)
        _weight, attend, prod, minutes, unit_cost, days = words.FIGURES[form.code]
        gathering = attend is not None
        task_id, start = self.task_and_day(form.id, media=not gathering and form.code != "pano")
        span = between(*days)
        end = min(start + dt.timedelta(days=span), self.year_end) if span else None
        spot = int(rand() * len(self.places) * 1.25)  # one in five: the whole unit
        place = self.places[spot] if spot < len(self.places) else self.whole_unit
        themes = self.some(cats.themes, (1, 1, 1, 2, 2, 3))
        audiences = self.some(cats.audiences, (1, 1, 2, 2, 3))
        theme, audience = themes[0], audiences[0]
        values = {"chu_de": words.THEME_PHRASES.get(theme.code, theme.name.lower()),
                  "doi_tuong": words.AUDIENCE_PHRASES.get(audience.code, audience.name.lower()),
                  "dia_ban": place.label, "don_vi": self.unit_label, "nam": self.year,
                  "so": between(1, 12)}
        template = self.pick(words.TITLES[form.code])
        key = (template, theme.code, audience.code, place.label)
        titles = self._titles.get(key)
        if titles is None:
            # Folding the template and the values apart gives fold(title): folding works
            # character by character and "{chu_de}" folds to itself. Then its words.
            fold = self.plain_fold
            folded = fold(template).format(**{k: fold(str(v)) for k, v in values.items()})
            titles = self._titles[key] = (template.format(**values),
                                          " ".join(words_of(folded)))
        title, folded_title = titles
        products = between(*prod)
        total = women = ethnic = 0
        lead_id, lead_name = self.lead(form.code, theme.code, place)
        product_note = f"{products} {form.product_unit}" if form.product_unit else str(products)
        if gathering:
            total = between(*attend)
            women = int(total * (0.3 + 0.35 * rand()))
            share = (0.1 + 0.35 * rand() if audience.code == "dtts"
                     else self.ethnic_share * 2 * rand())
            ethnic = min(total, int(total * share))
            partner = ("" if place.id is None or lead_name.startswith("UBND") or self.is_commune
                       else " " + words.WITH_COMMUNE.format(**values))
            pieces = [self.pick(self.openings), f"{lead_name}{partner} tổ chức cho", str(total),
                      "lượt người tham dự, trong đó", str(women), "lượt nữ."]
            closing = self.pick(words.GATHERING_CLOSINGS)
            location = self.pick(self.place_words[form.code]).format(**values)
        else:
            pieces = [self.pick(self.openings), f"{lead_name} thực hiện", product_note + ",",
                      f"nội dung tập trung vào {values['chu_de']}."]
            closing = self.pick(words.MEDIA_CLOSINGS)
            location = ""
        if closing:
            pieces.append(closing)
        description = " ".join(pieces)
        # Equal to activity_search_text(title, description): the pieces are joined by
        # single spaces, and no word spans two pieces (a test checks every row).
        fold = self.fold
        search = f" {' '.join(w for w in [folded_title] + [fold(p) for p in pieces] if w)} "
        broadcast = products * between(*minutes) if minutes else 0
        low, high = unit_cost
        cost = int(round(products * (low + (high - low) * rand()) / 10_000)) * 10_000
        if form.code == "mang_xa_hoi" and rand() < 0.8:
            cost = 0
        funding = self.weighted(cats.funding, self.funding_cum) if cost else None
        if funding is not None and funding.code == "ns_xa" and place.id is None:
            funding = cats.funding[0]
        # Entered some days after it happened, in the afternoon or evening.
        changed = min(self.last_change, dt.datetime.combine(end or start, self.entry_time)
                      + dt.timedelta(minutes=int(rand() * 9000)))
        store = self.store
        row = (activity_id, self.uuid(), self.unit_code, 1, store(changed),
               self.installation_uuid, False, self.unit_id, store(start),
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
