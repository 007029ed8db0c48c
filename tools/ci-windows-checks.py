"""Checks tools/ci-windows.sh runs on Linux over what the Windows build made under Wine.

    python3 tools/ci-windows-checks.py COMMAND ARGS...

Commands (each prints what it found and exits 1 on a failed check):
  json FILE KEY[.KEY…]              print one value of a command's JSON output
  exchange EXPORT_LOG IMPORT_JSON BEFORE_JSON AFTER_JSON [SENDER_INFO_JSON]
                                    the receiver imported exactly what the sender exported:
                                    new + unchanged = the package's total, nothing rejected,
                                    its counts grew by the package's per-table counts; with
                                    the sender's info, both now hold the same counts
  same-counts BEFORE_JSON AFTER_JSON   nothing changed: every count equal
  kept-after-upgrade BEFORE AFTER      the unit's own records all kept; catalogues may grow
  registry FILE.reg KEY NAME=VALUE… values of a key exported by `reg export` (NAME=* : present,
                                    @ : the key's default value)
  same-pdf A.pdf B.pdf [CODE_A=CODE_B]
                                    same pages, sizes and page content streams (Windows ==
                                    Linux); a page may differ only by the machines' own key
                                    codes (printed under a report's last annex): the same
                                    words, and every line above the code's in the same place
  no-crlf FILE…                     no CR in the text of .nbhr/.xlsx zip members or a PDF
  not-blank FILE.png W H            a picture of that size with a painted window, not one colour
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

# A package's export log lists "  table: count"; info --json names the same data by kind.
OWN_DATA = {"plans", "sections", "tasks", "targets", "activities", "reports", "evidence_files"}
TABLE_TO_KIND = {"plan": "plans", "plan_section": "sections", "plan_task": "tasks",
                 "task_target": "targets", "activity": "activities", "agency": "agencies",
                 "evidence_file": "evidence_files", "results_report": "reports"}


def _load_json(path: str) -> dict:
    text = Path(path).read_text(encoding="utf-8")
    return json.loads(text[text.index("{"):text.rindex("}") + 1])  # console noise around it


def _fail(message: str) -> None:
    print(f"FAIL: {message}")
    sys.exit(1)


def cmd_json(path: str, key: str) -> None:
    value = _load_json(path)
    for part in key.split("."):
        value = value[part]
    print(value)


def cmd_exchange(export_log: str, import_json: str, before: str, after: str,
                 sender_info: str | None = None) -> None:
    sent = {m.group(1): int(m.group(2)) for m in
            re.finditer(r"^\s+(\w+): (\d+)$", Path(export_log).read_text("utf-8"), re.M)}
    result = _load_json(import_json)
    if result.get("refused"):
        _fail(f"the receiver refused the package: {result.get('reason')}")
    old, new = _load_json(before)["counts"], _load_json(after)["counts"]
    total = sum(sent.values())
    print(f"  package: {total} records {sent}")
    print(f"  import: new {result['new']}, unchanged {result['unchanged']}, updated "
          f"{result['updated']}, rejected {result['rejected']}, conflicts {result['conflicts']}")
    # Seeded catalogue records (agencies, units) have the same UUIDs everywhere: "unchanged".
    if not sent or result["new"] + result["unchanged"] != total or result["rejected"] \
            or result["conflicts"] or result["updated"]:
        _fail("the receiver did not take exactly the sender's records")
    for table, count in sent.items():
        kind = TABLE_TO_KIND.get(table)
        if kind in OWN_DATA and new[kind] - old[kind] != count:
            _fail(f"{kind}: {old[kind]} -> {new[kind]}, the package had {count}")
    print("  the receiver gained what the package held: " + ", ".join(
        f"{TABLE_TO_KIND[t]} +{c}" for t, c in sent.items() if TABLE_TO_KIND.get(t) in OWN_DATA))
    if sender_info:  # a second computer of the same unit: now it holds what the first held
        sender = _load_json(sender_info)["counts"]
        differ = {k: (sender[k], new[k]) for k in OWN_DATA | {"communes"} if sender[k] != new[k]}
        if differ:
            _fail(f"sender and receiver differ (sender, receiver): {differ}")
        print("  sender and receiver hold the same counts: " + ", ".join(
            f"{k} {new[k]}" for k in sorted(OWN_DATA | {"communes"})))


def cmd_same_counts(before: str, after: str) -> None:
    old, new = _load_json(before), _load_json(after)
    if old["counts"] != new["counts"] or old["unit_code"] != new["unit_code"]:
        _fail(f"data changed: {old['counts']} -> {new['counts']}")
    print(f"  {new['unit_name']}: {new['counts']['activities']} activities, "
          f"{new['counts']['plans']} plan(s), same counts before and after")


def cmd_kept_after_upgrade(before: str, after: str) -> None:
    """The unit's own records are all still there after an upgrade. Catalogues (units,
    agencies, catalogue entries) may only grow: a release brings new ones (the 2025 units)."""
    old, new = _load_json(before), _load_json(after)
    own = {k: (old["counts"][k], new["counts"][k]) for k in OWN_DATA
           if old["counts"][k] != new["counts"][k]}
    shrunk = {k: (v, new["counts"].get(k, 0)) for k, v in old["counts"].items()
              if k not in OWN_DATA and new["counts"].get(k, 0) < v}
    if own or shrunk or old["unit_code"] != new["unit_code"]:
        _fail(f"data changed: {old['counts']} -> {new['counts']}")
    grown = {k: f"{v} -> {new['counts'][k]}" for k, v in old["counts"].items()
             if new["counts"].get(k, 0) > v}
    print(f"  {new['unit_name']}: {new['counts']['activities']} activities, "
          f"{new['counts']['plans']} plan(s), own records the same before and after"
          + (f"; catalogues grew: {grown}" if grown else ""))


def _reg_values(path: str, key: str) -> dict:
    text = Path(path).read_bytes().decode("utf-16")
    body = text.split(f"[{key}]", 1)
    if len(body) < 2:
        return {}
    section = body[1].split("\n[", 1)[0]
    values = {}
    pattern = r'^(?:"([^"]+)"|(@))=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))\s*$'
    for match in re.finditer(pattern, section, re.M):  # "@" is the key's default value
        name, default, text_value, dword = match.groups()
        name = name or default
        values[name] = (str(int(dword, 16)) if dword is not None
                        else re.sub(r"\\(.)", r"\1", text_value))
    return values


def cmd_registry(path: str, key: str, *expected: str) -> None:
    values = _reg_values(path, key)
    for pair in expected:
        name, want = pair.split("=", 1)
        have = values.get(name)
        ok = have is not None and (want == "*" or have == want)
        print(f"  [{'OK ' if ok else 'FAIL'}] {key.rsplit(chr(92), 1)[-1]} {name} = {have!r}")
        if not ok:
            _fail(f"{name}: expected {want!r}")


def _lines(page, key: str) -> list[tuple]:
    """The page's lines: top, text (``key`` read as <KEY>), and where each word sits."""
    rows: dict[int, list] = {}
    for word in page.extract_words(extra_attrs=["fontname", "size"]):
        rows.setdefault(round(word["top"]), []).append(word)
    lines = []
    for top, words in sorted(rows.items()):
        text = " ".join(w["text"] for w in words).replace(key, "<KEY>") if key else \
            " ".join(w["text"] for w in words)
        where = tuple((round(w["x0"], 1), w["fontname"].split("+")[-1], round(w["size"], 1))
                      for w in words)
        lines.append((top, text, where))
    return lines


def cmd_same_pdf(first: str, second: str, codes: str = "") -> None:
    import pdfplumber
    import pypdf

    code_a, _, code_b = codes.partition("=")
    a, b = (pypdf.PdfReader(path) for path in (first, second))
    if len(a.pages) != len(b.pages):
        _fail(f"{len(a.pages)} pages against {len(b.pages)}")
    same, by_key = 0, []
    with pdfplumber.open(first) as plumb_a, pdfplumber.open(second) as plumb_b:
        for number, (page_a, page_b) in enumerate(zip(a.pages, b.pages, strict=True), start=1):
            if page_a.mediabox != page_b.mediabox:
                _fail(f"page {number}: {page_a.mediabox} against {page_b.mediabox}")
            if page_a.get_contents().get_data() == page_b.get_contents().get_data():
                same += 1
                continue
            lines_a = _lines(plumb_a.pages[number - 1], code_a)
            lines_b = _lines(plumb_b.pages[number - 1], code_b)
            keyed = [i for i, (_top, text, _where) in enumerate(lines_a) if "<KEY>" in text]
            # Up to the key's line everything sits in the same place; from there on a code
            # of another width may wrap the note's words differently, so only they count.
            words = [" ".join(t for _, t, _ in lines).split() for lines in (lines_a, lines_b)]
            if not code_a or not keyed or lines_a[:keyed[0]] != lines_b[:keyed[0]] \
                    or words[0] != words[1]:
                _fail(f"page {number}: the drawn text and lines differ")
            by_key.append(number)
    print(f"  {len(a.pages)} pages: {same} with identical content" + (
        f"; page {', '.join(map(str, by_key))} the same but for each machine's key code"
        if by_key else ""))


def cmd_no_crlf(*paths: str) -> None:
    for path in paths:
        if path.lower().endswith(".pdf"):
            import pdfplumber

            with pdfplumber.open(path) as pdf:
                bad = sum("\r" in (page.extract_text() or "") for page in pdf.pages)
            what = f"{len(pdf.pages)} pages of text"
        else:
            with zipfile.ZipFile(path) as archive:
                members = [m for m in archive.namelist()
                           if m.endswith((".json", ".xml", ".rels"))]  # .sig is binary
                bad = sum(b"\r" in archive.read(m) for m in members)
            what = f"{len(members)} text members"
        print(f"  {Path(path).name}: {what}, {bad} with CR")
        if bad:
            _fail(f"{path} has CR line ends")


def cmd_not_blank(path: str, width: str, height: str) -> None:
    from PIL import Image

    with Image.open(path) as image:
        size = image.size
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20) or []
    print(f"  {Path(path).name}: {size[0]}x{size[1]}, {len(colours)} colours")
    if size != (int(width), int(height)) or len(colours) < 50:
        _fail("not a painted window")


COMMANDS = {"json": cmd_json, "exchange": cmd_exchange, "same-counts": cmd_same_counts,
            "kept-after-upgrade": cmd_kept_after_upgrade,
            "registry": cmd_registry, "same-pdf": cmd_same_pdf, "no-crlf": cmd_no_crlf,
            "not-blank": cmd_not_blank}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        sys.exit(2)
    COMMANDS[sys.argv[1]](*sys.argv[2:])
