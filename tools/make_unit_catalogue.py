"""Write resources/catalogues/units.json, the shipped unit catalogue, from the sourced data.

    python tools/make_unit_catalogue.py            # rewrite the catalogue
    python tools/make_unit_catalogue.py --check    # exit 1 if the file is out of date

Where the facts come from: ``tools/data/units-2025/`` is a copy of the unit data checked
for this project across independent public sources (its README lists them: Resolution
1674/NQ-UBTVQH15 for the 129 units of the new Ninh Bình and what each was formed from,
letter 1027/CTK-CSCL of the statistics office for their codes, the statistics office's lists
of 2023-2025 and Resolution 1318/NQ-UBTVQH15 for the old communes and the 2025 merges).
Nothing here is typed by hand except the district-level units' kinds and short names,
which are read off their official names.

What the catalogue holds, one record per *version* of a unit (a code alone does not name
a unit: code 374 is huyện Hoa Lư until 2024 and TP Hoa Lư in 2025, code 14638 is xã Ân Hòa
until 30/06/2025 and the new xã Kim Sơn after):
- the province (37);
- the district-level units of old Ninh Bình, all ended by 30/06/2025;
- every commune-level unit of old Ninh Bình from 2023 (143 until 31/12/2024, 125 in the
  first half of 2025), each under the district of its time;
- the 129 commune-level units of the new Ninh Bình from 01/07/2025, under the province.
Every ended unit names its successors (``successors``: key, code and share "whole",
"part" or "remaining part"; one old commune was split between two new units).

``key`` is the stable identity of a record (its UUID is derived from it): the code for a
unit's first version, ``code@valid_from`` for a later one, and the keys earlier releases
used (``HL2025`` for TP Hoa Lư), so that existing installations keep their records.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "data" / "units-2025"
TARGET = ROOT / "resources" / "catalogues" / "units.json"

PROVINCE = "37"
OLD_PROVINCE_NAME = "Tỉnh Ninh Bình"
DISTRICT_END = "2025-06-30"  # district-level government ended nationwide (Law 72/2025/QH15)
NEW_UNITS_FROM = "2025-07-01"
MERGE_DAY = "2025-01-01"  # Resolution 1318/NQ-UBTVQH15 in force
TP_HOA_LU_KEY = "HL2025"  # the key earlier releases gave TP Hoa Lư; kept for its UUID
KINDS = ("Thành phố", "Thị trấn", "Phường", "Huyện", "Xã", "Tỉnh")


def _split(name: str) -> tuple[str, str]:
    """"Thị trấn Phát Diệm" -> ("thị trấn", "Phát Diệm")."""
    for kind in KINDS:
        if name.startswith(kind + " "):
            return kind.lower(), name[len(kind) + 1:]
    raise ValueError(f"no kind in unit name {name!r}")


def _load(name: str):
    with (SOURCE / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def _unit(key, code, name, level, parent, valid_from, valid_to, note="", sources=()):
    kind, short = _split(name)
    return {"key": key, "code": code, "name": name, "short_name": short, "kind": kind,
            "level": level, "place_name": short, "parent": parent,
            "valid_from": valid_from, "valid_to": valid_to, "successors": [],
            "note": note, "sources": list(sources)}


def _districts(codes: dict) -> list[dict]:
    rows = []
    for entry in codes["ninh_binh_old"]:
        code, name = entry["code"], entry["name"]
        if name == "Thành phố Hoa Lư":
            rows.append(_unit(TP_HOA_LU_KEY, code, name, "district", PROVINCE, MERGE_DAY,
                              DISTRICT_END, note="Thành lập từ thành phố Ninh Bình và huyện "
                              "Hoa Lư (Nghị quyết 1318/NQ-UBTVQH15, hiệu lực 01/01/2025); "
                              "dùng lại mã 374 của huyện Hoa Lư."))
            continue
        ends = "2024-12-31" if code in ("369", "374") else DISTRICT_END
        rows.append(_unit(code, code, name, "district", PROVINCE, None, ends))
    return rows


def _district_key(code: str, valid_from: str | None) -> str:
    if code == "374" and valid_from == MERGE_DAY:
        return TP_HOA_LU_KEY
    return code


def build() -> dict:
    codes = _load("old_district_codes.json")
    old = _load("ninh_binh_old_communes.json")
    new = _load("ninh_binh_2025_units.json")
    units = [_unit(PROVINCE, PROVINCE, "Tỉnh Ninh Bình", "province", None, None, None,
                   note="Từ 01/07/2025 tỉnh Ninh Bình mới (hợp nhất với Hà Nam, Nam Định) "
                        "giữ mã 37.")]
    districts = _districts(codes)
    units += districts
    by_key = {u["key"]: u for u in units}

    # -- old communes, one record per version ------------------------------------------
    old_rows = []
    for record in old:
        key = record["code"] if not record["valid_from"] else \
            f"{record['code']}@{record['valid_from']}"
        parent = _district_key(record["district_code"], record["valid_from"])
        if parent not in by_key:
            raise ValueError(f"unknown district {record['district_code']} for {key}")
        district = by_key[parent]
        if record["valid_from"] and district["valid_from"] and \
                record["valid_from"] < district["valid_from"]:
            raise ValueError(f"{key} starts before its district {parent}")
        row = _unit(key, record["code"], record["name"], "commune", parent,
                    record["valid_from"], record["valid_to"] or DISTRICT_END,
                    sources=record.get("sources", [])[:1])
        if key in by_key:
            raise ValueError(f"duplicate key {key}")
        by_key[key] = row
        old_rows.append((record, row))

    def version_on(code: str, day: str) -> dict:
        found = [row for _rec, row in old_rows if row["code"] == code
                 and (row["valid_from"] or "0000") <= day <= row["valid_to"]]
        if len(found) != 1:
            raise ValueError(f"{len(found)} versions of {code} on {day}")
        return found[0]

    # -- the new units of 01/07/2025 and who went into them -----------------------------
    new_rows = []
    for entry in new:
        key = f"{entry['code']}@{NEW_UNITS_FROM}"
        parts = [f for f in entry["formed_from"] if f.get("old_province") == OLD_PROVINCE_NAME]
        others = sorted({f["old_province"].removeprefix("Tỉnh ") for f in entry["formed_from"]
                         if f.get("old_province") != OLD_PROVINCE_NAME})
        note = ""
        if any("old_code" not in f for f in parts):
            note = "Gồm cả khu vực bãi bồi ven biển do huyện Kim Sơn quản lý (không phải đơn " \
                   "vị hành chính, không có mã)."
        if others:
            note = f"Hình thành từ các xã, phường, thị trấn cũ của tỉnh {', '.join(others)}."
        row = _unit(key, entry["code"], entry["name"], "commune", PROVINCE, NEW_UNITS_FROM,
                    None, note=note, sources=entry.get("sources", [])[:1] + [
                        s for s in entry.get("sources", []) if s.startswith("S4")])
        by_key[key] = row
        new_rows.append(row)
        for part in parts:
            if "old_code" not in part:
                continue
            predecessor = version_on(part["old_code"], DISTRICT_END)
            predecessor["successors"].append(
                {"key": key, "code": entry["code"], "share": part["share"]})

    # -- merges of 01/01/2025 and district-level successors ------------------------------
    for record, row in old_rows:
        if row["valid_to"] == "2024-12-31":
            for code in record["successor_codes"]:
                target = version_on(code, MERGE_DAY)
                share = "whole"
                row["successors"].append({"key": target["key"], "code": code, "share": share})
        if not row["successors"]:
            raise ValueError(f"old commune {row['key']} has no successor")
    for district in districts:
        if district["valid_to"] == "2024-12-31":
            district["successors"] = [{"key": TP_HOA_LU_KEY, "code": "374", "share": "whole"}]
            continue
        seen = []
        for _rec, row in old_rows:
            if row["parent"] == district["key"] and row["valid_to"] == DISTRICT_END:
                for successor in row["successors"]:
                    if successor["key"] not in [s["key"] for s in seen]:
                        seen.append({**successor, "share": "part"})
        order = {row["key"]: index for index, row in enumerate(new_rows)}
        district["successors"] = sorted(seen, key=lambda s: order[s["key"]])

    units += [row for _rec, row in old_rows] + new_rows
    for row in units:
        if not row["sources"]:
            del row["sources"]
    return {
        "_comment": "Đơn vị hành chính tỉnh Ninh Bình, mỗi phiên bản một bản ghi (mã, tên, hiệu "
                    "lực, đơn vị kế thừa). TỆP SINH TỰ ĐỘNG bởi tools/make_unit_catalogue.py từ "
                    "tools/data/units-2025 (nguồn: xem README ở đó): đừng sửa tay. Người dùng "
                    "sửa, bổ sung trong Danh mục > Đơn vị hành chính; tỉnh gửi cập nhật bằng gói "
                    "trao đổi.",
        "version": 2,
        "sources": [
            "Nghị quyết 1674/NQ-UBTVQH15 (16/06/2025), Điều 1: 129 đơn vị hành chính cấp xã "
            "của tỉnh Ninh Bình mới và các đơn vị cũ hợp thành",
            "Công văn 1027/CTK-CSCL (25/06/2025), Phụ lục I: mã các đơn vị mới",
            "Danh mục đơn vị hành chính của cơ quan thống kê 2023 - 01/03/2025; Nghị quyết "
            "1318/NQ-UBTVQH15 (hiệu lực 01/01/2025): các xã, phường, thị trấn cũ",
        ],
        "units": units,
    }


def render(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only check that the shipped file is up to date")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python tools/make_unit_catalogue.py",
                  file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    data = json.loads(text)
    levels = [u["level"] for u in data["units"]]
    print(f"wrote {TARGET}: {levels.count('district')} district-level, "
          f"{levels.count('commune')} commune-level records")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
