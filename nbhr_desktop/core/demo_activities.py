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
        self._covering: dict[tuple[int, dt.date], list[int]] = {}
        self._titles: dict[tuple, tuple[str, str]] = {}
        self.rand = rng.random
        self.unit_code, self.unit_id = unit.code, unit.id  # plain values, not ORM attributes
        self.calendar = self._calendar()
        self.month_cum = list(itertools.accumulate(
            weight if month else 0 for weight, month in zip(words.MONTH_WEIGHTS, self.calendar,
                                                            strict=True)))
        self.entry_time = dt.time(16, 30)
        self._prepare()

    # -- drawing from the generator ------------------------------------------------------
    # random.Random's convenience methods (randint, choices, sample) cost a microsecond or
    # more each; these draw from one random() call, which matters at 400,000 activities.
    def pick(self, items):
        return items[int(self.rand() * len(items))]

    def sample(self, items: list, k: int) -> list:
        """``random.Random.sample(items, k)`` for a short list (at most 21 items, which
        Python samples from a pool): the same picks from the same generator, without its
        argument checks (a third of the cost of an activity's links)."""
        n = len(items)
        if n > 21:
            return self.rng.sample(items, k=k)
        getrandbits = self.rng.getrandbits
        pool = list(items)
        result = []
        for i in range(k):
            below = n - i
            bits = below.bit_length()
            j = getrandbits(bits)
            while j >= below:
                j = getrandbits(bits)
            result.append(pool[j])
            pool[j] = pool[below - 1]
        return result

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

    def lead(self, form_code: str, theme_code: str, place: Place) -> tuple[int | None, str]:
        agencies = self.cats.agencies
        home = "VHXH" if self.is_commune else "VHTT"
        if self.is_province:
            code = self.pick(self._province_leads)
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
        lead = self._leads.get(code)
        if lead is None:
            name = _LEAD_NAMES.get(code, _LEAD_NAMES[home]).format(u=self.unit_label)
            lead = self._leads[code] = (agencies.get(code) or agencies.get(home), name)
        return lead

    # -- one activity -------------------------------------------------------------------
    # ``make`` is the loop of the demo (400,000 times): it draws from the generator in a
    # fixed order (the same seed gives the same records) and assembles text from pieces
    # worked out once (``_Form``, the caches below), with the draws inlined rather than
    # called (``pick``, ``between``…: a call costs as much as the draw).
    def _prepare(self) -> None:
        cats = self.cats
        self._forms = [_Form(f, self.tasks.get(f.id), self.place_words.get(f.code))
                       for f in cats.forms]
        self._form_total = self.form_cum[-1]
        self._themes = [(t.id, t.code, words.THEME_PHRASES.get(t.code, t.name.lower()))
                        for t in cats.themes]
        self._audiences = [(a.id, a.code, words.AUDIENCE_PHRASES.get(a.code, a.name.lower()))
                           for a in cats.audiences]
        self._funding = [(f.id, f.code) for f in cats.funding]
        self._leads: dict[str, tuple[int | None, str]] = {}
        self._province_leads = ([c for c in words.PROVINCE_LEADS if c in cats.agencies]
                                or words.PROVINCE_LEADS)
        self._month_total = self.month_cum[-1]
        self._day_text: dict[dt.date, object] = {}
        self._entry: dict[dt.date, dt.datetime] = {}
        self._heads: dict[tuple, tuple[str, str]] = {}
        self._locations: dict[tuple, str] = {}
        self._notes: dict[tuple, tuple[str, str]] = {}
        self._tails: dict[str, tuple[str, str]] = {}
        self._closings = {c: (" " + c, " " + self.fold(c)) if c else ("", "")
                          for c in words.GATHERING_CLOSINGS + words.MEDIA_CLOSINGS}
        # " <total> lượt người tham dự, trong đó <women> lượt nữ.": the folded words around
        # the two numbers.
        self._attended = (self.fold("lượt người tham dự, trong đó"), self.fold("lượt nữ."))

    def _values(self, theme_phrase: str, audience_phrase: str, place: Place, number: int):
        return {"chu_de": theme_phrase, "doi_tuong": audience_phrase, "dia_ban": place.label,
                "don_vi": self.unit_label, "nam": self.year, "so": number}

    def _date(self, day: dt.date):
        text = self._day_text.get(day)
        if text is None:
            text = self._day_text[day] = self.store(day)
        return text

    def make(self, activity_id: int) -> tuple[list, list, list]:
        rand = self.rand
        form = self._forms[bisect.bisect(self.form_cum, rand() * self._form_total)]
        # The day first, by the months' weights; then most activities carry out a plan
        # task of their form whose timing holds that day (a Q2 training happens in Q2).
        # Drawing the task first put every activity of a form with one short task into that
        # task's month: 72,000 of 400,000 in July around 30/7's anti-trafficking day.
        month = self.calendar[bisect.bisect(self.month_cum, rand() * self._month_total)]
        day, moved = month[int(rand() * len(month))]
        task_id = None
        if form.candidates and rand() < 0.85:
            covering = self._covering.get((form.id, day))
            if covering is None:
                covering = self._covering_tasks(form, day)
            if covering:
                task_id = covering[int(rand() * len(covering))]
        # Offices meet on working days; products (news, radio, posts) appear any day.
        start = day if form.media or rand() >= 0.85 else moved
        low, high = form.days
        span = low + int(rand() * (high - low + 1))
        end = min(start + dt.timedelta(days=span), self.year_end) if span else None
        spot = int(rand() * len(self.places) * 1.25)  # one in five: the whole unit
        place = self.places[spot] if spot < len(self.places) else self.whole_unit
        themes = self._some(self._themes, THEME_COUNTS)
        audiences = self._some(self._audiences, AUDIENCE_COUNTS)
        theme, audience = themes[0], audiences[0]
        number = 1 + int(rand() * 12)  # "{so}": a village
        templates = form.titles
        template, names_audience, names_place = templates[int(rand() * len(templates))]
        # A title depends only on what its template names (and the unit and year, fixed).
        key = (template, theme[1], names_audience and audience[1], names_place and place.label)
        titles = self._titles.get(key)
        if titles is None:
            # Folding the template and the values apart gives fold(title): folding works
            # character by character and "{chu_de}" folds to itself. Then its words.
            values = self._values(theme[2], audience[2], place, number)
            fold = self.plain_fold
            folded = fold(template).format(**{k: fold(str(v)) for k, v in values.items()})
            titles = self._titles[key] = (template.format(**values),
                                          " ".join(words_of(folded)))
        title, folded_title = titles
        low, high = form.products
        products = low + int(rand() * (high - low + 1))
        total = women = ethnic = 0
        lead_id, lead_name = self.lead(form.code, theme[1], place)
        note_key = (form.product_unit, products)
        note = self._notes.get(note_key)
        if note is None:
            text = f"{products} {form.product_unit}" if form.product_unit else str(products)
            note = self._notes[note_key] = (text, self.fold(text + ","))
        product_note = note[0]
        openings = self.openings
        # The description's pieces are joined by single spaces, and no word spans two
        # pieces, so its search words are those of each piece in turn (a test checks every
        # row against ``activity_search_text``).
        if form.gathering:
            low, high = form.attend
            total = low + int(rand() * (high - low + 1))
            women = int(total * (0.3 + 0.35 * rand()))
            share = (0.1 + 0.35 * rand() if audience[1] == "dtts"
                     else self.ethnic_share * 2 * rand())
            ethnic = min(total, int(total * share))
            opening = openings[int(rand() * len(openings))]
            partner = not (place.id is None or lead_name.startswith("UBND") or self.is_commune)
            head_key = (True, opening, lead_name, place.label if partner else None)
            head = self._heads.get(head_key)
            if head is None:
                with_commune = (" " + words.WITH_COMMUNE.format(
                    **self._values(theme[2], audience[2], place, number)) if partner else "")
                pieces = [opening, f"{lead_name}{with_commune} tổ chức cho"]
                head = self._heads[head_key] = self._joined(pieces)
            closings = words.GATHERING_CLOSINGS
            closing, folded_closing = self._closings[closings[int(rand() * len(closings))]]
            places = form.places
            where = places[int(rand() * len(places))]
            location_key = (where, place.label, number)
            location = self._locations.get(location_key)
            if location is None:
                location = self._locations[location_key] = where.format(
                    **self._values(theme[2], audience[2], place, number))
            before, after = self._attended
            description = (f"{head[0]} {total} lượt người tham dự, trong đó {women} lượt nữ."
                           f"{closing}")
            search = (f" {folded_title} {head[1]} {total} {before} {women} {after}"
                      f"{folded_closing} ")
        else:
            opening = openings[int(rand() * len(openings))]
            head_key = (False, opening, lead_name)
            head = self._heads.get(head_key)
            if head is None:
                head = self._heads[head_key] = self._joined([opening, f"{lead_name} thực hiện"])
            tail = self._tails.get(theme[2])
            if tail is None:
                tail = self._tails[theme[2]] = self._joined(
                    [f"nội dung tập trung vào {theme[2]}."])
            closings = words.MEDIA_CLOSINGS
            closing, folded_closing = self._closings[closings[int(rand() * len(closings))]]
            location = ""
            description = f"{head[0]} {product_note}, {tail[0]}{closing}"
            search = f" {folded_title} {head[1]} {note[1]} {tail[1]}{folded_closing} "
        minutes = form.minutes
        broadcast = products * (minutes[0] + int(rand() * (minutes[1] - minutes[0] + 1))) \
            if minutes else 0
        low, high = form.unit_cost
        cost = int(round(products * (low + (high - low) * rand()) / 10_000)) * 10_000
        if form.free_mostly and rand() < 0.8:
            cost = 0
        funding_id = None
        if cost:
            funding_id, funding_code = self._funding[bisect.bisect(
                self.funding_cum, rand() * self.funding_cum[-1])]
            if funding_code == "ns_xa" and place.id is None:
                funding_id = self._funding[0][0]
        # Entered some days after it happened, in the afternoon or evening.
        entered = self._entry.get(end or start)
        if entered is None:
            entered = self._entry[end or start] = dt.datetime.combine(end or start,
                                                                      self.entry_time)
        changed = min(self.last_change, entered + dt.timedelta(minutes=int(rand() * 9000)))
        row = [activity_id, self.uuid(), self.unit_code, 1, self.store(changed),
               self.installation_uuid, False, self.unit_id, self._date(start),
               self._date(end) if end else None, form.id, place.id, task_id, lead_id, title,
               description, location, total, women, ethnic, products, product_note, broadcast,
               cost, funding_id, "", search]
        return (row, [(activity_id, t[0]) for t in themes],
                [(activity_id, a[0]) for a in audiences])

    def _some(self, items: list, counts: tuple[int, ...]) -> list:
        """``some``, on the prepared items."""
        k = counts[int(self.rand() * len(counts))]
        if k == 1:
            return [items[int(self.rand() * len(items))]]
        return self.sample(items, k)

    def _covering_tasks(self, form: _Form, day: dt.date) -> list[int]:
        """The ids of the form's plan tasks whose timing holds ``day`` (no timing: the
        whole year), remembered."""
        found = self._covering[(form.id, day)] = [
            task.id for task in form.candidates
            if (task.timing_start or day) <= day <= (task.timing_end or day)]
        return found

    def _joined(self, pieces: list[str]) -> tuple[str, str]:
        """Pieces of a description joined, and their search words."""
        return " ".join(pieces), " ".join(w for w in map(self.fold, pieces) if w)

    def make_many(self, first_id: int, count: int) -> tuple[list, list, list]:
        """``count`` activities from ``first_id`` on: their rows (lists in
        ``ACTIVITY_COLUMNS`` order, so that costs can be scaled in place) and their theme
        and audience links."""
        rows, theme_rows, audience_rows = [], [], []
        make = self.make
        for activity_id in range(first_id, first_id + count):
            row, themes, audiences = make(activity_id)
            rows.append(row)
            theme_rows.extend(themes)
            audience_rows.extend(audiences)
        return rows, theme_rows, audience_rows


THEME_COUNTS = (1, 1, 1, 2, 2, 3)  # themes of an activity: mostly one
AUDIENCE_COUNTS = (1, 1, 2, 2, 3)


class _Form:
    """What ``ActivityMaker.make`` needs of a form, worked out once."""

    __slots__ = ("id", "code", "product_unit", "attend", "products", "minutes", "unit_cost",
                 "days", "gathering", "media", "titles", "candidates", "places",
                 "free_mostly")

    def __init__(self, form, candidates, places):
        self.id, self.code, self.product_unit = form.id, form.code, form.product_unit
        _weight, self.attend, self.products, self.minutes, self.unit_cost, self.days = \
            words.FIGURES[form.code]
        self.gathering = self.attend is not None
        self.media = not self.gathering and form.code != "pano"
        self.titles = [(t, "{doi_tuong}" in t, "{dia_ban}" in t) for t in words.TITLES[form.code]]
        self.candidates = candidates
        self.places = places
        self.free_mostly = form.code == "mang_xa_hoi"  # most posts cost nothing
