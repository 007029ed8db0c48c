#!/usr/bin/env python3
"""The core's gettext catalogue (domain "nbhr"), in pure Python: no xgettext/msgfmt needed.

    python3 tools/i18n_catalogue.py update  # extract -> nbhr.pot, merge -> <lang> .po, .mo
    python3 tools/i18n_catalogue.py check   # missing, unfinished or out of date: exit 1

``tools/update_translations.sh`` runs ``update`` after refreshing the Qt catalogue.
Extraction reads the Qt-free layers (everything in nbhr_desktop but ui/ and app.py, which
use Qt's tr) with ``ast``: the literal arguments of ``_()``, ``ui_()``, ``N_()``, ``_t()``
and ``ngettext()``. The .mo files are committed, like the .qm, so neither the Windows
build nor CI needs GNU gettext; the test in tests/i18n checks they match their .po.

Official documents stay Vietnamese (nbhr_desktop/base/i18n.py): ``DOCUMENT_MODULES`` only
write documents, and their ``_()`` text is left out of the catalogue (``ui_()`` messages in
them, for the screen, are kept).
"""

from __future__ import annotations

import ast
import difflib
import gettext
import io
import os
import re
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "nbhr_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
POT = TRANSLATIONS / "nbhr.pot"
LANGUAGES = tuple(os.environ.get("NBHR_LANGUAGES", "en").split())
UPDATE_COMMAND = "tools/update_translations.sh"

# Modules whose _() text is only printed in official documents (PDF plans and reports, the
# report workbook sent upward, the entry template filled in by the communes, the report's
# drafted narrative): it stays Vietnamese, so the catalogue does not carry it.
DOCUMENT_MODULES = frozenset({
    "nbhr_desktop/documents/plan_pdf.py",
    "nbhr_desktop/documents/report_pdf.py",
    "nbhr_desktop/documents/report_annexes.py",
    "nbhr_desktop/documents/key_note.py",
    "nbhr_desktop/documents/province_annexes.py",
    "nbhr_desktop/documents/submissions_pdf.py",
    "nbhr_desktop/workbooks/report_workbook.py",
    "nbhr_desktop/workbooks/report_summary.py",
    "nbhr_desktop/workbooks/report_detail_sheet.py",
    "nbhr_desktop/workbooks/report_plan_sheet.py",
    "nbhr_desktop/workbooks/report_tasks_sheet.py",
    "nbhr_desktop/workbooks/summary_sheet.py",
    "nbhr_desktop/workbooks/print_setup.py",
    "nbhr_desktop/workbooks/entry_template.py",
    "nbhr_desktop/workbooks/report_units_sheet.py",
    "nbhr_desktop/workbooks/submissions_workbook.py",
    "nbhr_desktop/core/reports/narrative.py",
    "nbhr_desktop/core/reports/narrative_review.py",
    "nbhr_desktop/core/province/narrative.py",
})
SINGULAR = {"_", "ui_", "N_", "_t"}
SCREEN_ONLY = {"ui_"}  # still extracted inside DOCUMENT_MODULES
PLURAL = {"ngettext"}


@dataclass
class Entry:
    msgid: str
    plural: str = ""
    msgstr: list[str] = field(default_factory=lambda: [""])
    fuzzy: bool = False
    locations: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # translator comments ("# ...")

    @property
    def translated(self) -> bool:
        return not self.fuzzy and all(s.strip() for s in self.msgstr)


# --- extraction -------------------------------------------------------------------------

def source_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("nbhr_desktop/ui/") or rel == "nbhr_desktop/app.py":
            continue
        files.append(path)
    return files


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract() -> dict[str, Entry]:
    """Every message of the current source, in first-seen order, with its locations."""
    found: dict[str, Entry] = {}
    for path in source_files():
        rel = path.relative_to(ROOT).as_posix()
        document = rel in DOCUMENT_MODULES
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        calls = sorted((n for n in ast.walk(tree) if isinstance(n, ast.Call)),
                       key=lambda n: (n.lineno, n.col_offset))
        for node in calls:
            name = _name(node.func)
            if document and name not in SCREEN_ONLY:
                continue
            if name in SINGULAR and node.args:
                msgid, plural = _literal(node.args[0]), ""
            elif name in PLURAL and len(node.args) >= 2:
                msgid, plural = _literal(node.args[0]), _literal(node.args[1])
                if plural is None:
                    continue
            else:
                continue
            if not msgid:
                continue
            entry = found.setdefault(msgid, Entry(msgid, plural or ""))
            entry.locations.append(f"{rel}:{node.lineno}")
    return found


# --- .po reading and writing ------------------------------------------------------------

def _quote(text: str) -> str:
    text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = text.split("\n")
    if len(lines) == 1:
        return f'"{text}"'
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _unquote(text: str) -> str:
    text = text.strip()[1:-1]
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)


def parse_po(text: str) -> tuple[str, list[Entry]]:
    """The header's msgstr and the entries (obsolete "#~" entries are dropped)."""
    entries: list[Entry] = []
    header = ""
    current: Entry | None = None
    key = ""
    values: dict[str, str] = {}

    def finish():
        nonlocal current, header, values
        if current is not None and "msgid" in values:
            current.msgid = values["msgid"]
            current.plural = values.get("msgid_plural", "")
            if current.plural:
                current.msgstr = [values.get(f"msgstr[{i}]", "") for i in range(2)]
            else:
                current.msgstr = [values.get("msgstr", "")]
            if current.msgid == "":
                header = current.msgstr[0]
            else:
                entries.append(current)
        current, values = None, {}

    for line in text.splitlines():
        if line.startswith("#~"):
            continue
        if not line.strip():
            finish()
            continue
        if current is None:
            current = Entry("")
        if line.startswith("#,"):
            current.fuzzy = "fuzzy" in line
        elif line.startswith("#:"):
            current.locations += line[2:].split()
        elif line.startswith("# ") or line == "#":
            current.comments.append(line[2:])
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            values[key] += _unquote(line)
        else:
            key, _sep, rest = line.partition(" ")
            if key in values and key == "msgid":  # a new entry without a blank line
                finish()
                current = Entry("")
            values[key] = _unquote(rest)
    finish()
    return header, entries


def header_for(language: str | None) -> str:
    lines = ["Project-Id-Version: NBHR Desktop", "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
             "Plural-Forms: nplurals=2; plural=(n != 1);"]
    if language:
        lines.insert(1, f"Language: {language}")
    return "".join(line + "\n" for line in lines)


def format_po(header: str, entries: list[Entry], *, template: bool = False) -> str:
    out = io.StringIO()
    out.write("# NBHR Desktop: the messages of the Qt-free layers (core, storage, sync, cli...).\n")
    out.write("# Made by tools/i18n_catalogue.py; translate the msgstr, keep {name} and %s.\n")
    out.write(f'msgid ""\nmsgstr {_quote(header)}\n')
    for e in entries:
        out.write("\n")
        for comment in e.comments:
            out.write(f"# {comment}".rstrip() + "\n")
        for i in range(0, len(e.locations), 3):
            out.write("#: " + " ".join(e.locations[i:i + 3]) + "\n")
        if e.fuzzy:
            out.write("#, fuzzy\n")
        out.write(f"msgid {_quote(e.msgid)}\n")
        if e.plural:
            out.write(f"msgid_plural {_quote(e.plural)}\n")
            strs = ["", ""] if template else (e.msgstr + ["", ""])[:2]
            for i, s in enumerate(strs):
                out.write(f"msgstr[{i}] {_quote(s)}\n")
        else:
            out.write(f"msgstr {_quote('' if template else e.msgstr[0])}\n")
    return out.getvalue()


def po_path(language: str) -> Path:
    return TRANSLATIONS / language / "LC_MESSAGES" / "nbhr.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def load_po(language: str) -> list[Entry]:
    path = po_path(language)
    return parse_po(path.read_text(encoding="utf-8"))[1] if path.exists() else []


def merge(current: dict[str, Entry], old: list[Entry]) -> list[Entry]:
    """The current messages with their old translations; a changed message takes the
    translation of the closest vanished one, marked fuzzy for a translator to confirm."""
    by_id = {e.msgid: e for e in old}
    vanished = [e for e in old if e.msgid not in current and e.translated]
    merged = []
    for msgid, fresh in current.items():
        entry = Entry(msgid, fresh.plural, locations=fresh.locations)
        previous = by_id.get(msgid)
        if previous is not None:
            entry.msgstr, entry.fuzzy = previous.msgstr, previous.fuzzy
            entry.comments = previous.comments
        elif vanished:
            close = difflib.get_close_matches(msgid, [e.msgid for e in vanished], 1, 0.8)
            if close:
                guess = next(e for e in vanished if e.msgid == close[0])
                entry.msgstr, entry.fuzzy = list(guess.msgstr), True
        if entry.plural and len(entry.msgstr) < 2:
            entry.msgstr = (entry.msgstr + [""])[:1] + [""]
        merged.append(entry)
    return merged


def write_po(language: str, entries: list[Entry]) -> None:
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(format_po(header_for(language), entries), encoding="utf-8")


# --- .mo --------------------------------------------------------------------------------

def compile_mo(header: str, entries: list[Entry]) -> bytes:
    """GNU .mo bytes of the finished entries (what msgfmt makes, minus the hash table)."""
    pairs = {"": header}
    for e in entries:
        if not e.translated:
            continue
        key = e.msgid + ("\0" + e.plural if e.plural else "")
        pairs[key] = "\0".join(e.msgstr)
    keys = sorted(pairs)
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    count = len(keys)
    start = 7 * 4 + 16 * count
    id_table, str_table, blob_ids, blob_strs = [], [], b"", b""
    for raw in ids:
        id_table += [len(raw), start + len(blob_ids)]
        blob_ids += raw + b"\0"
    str_start = start + len(blob_ids)
    for raw in strs:
        str_table += [len(raw), str_start + len(blob_strs)]
        blob_strs += raw + b"\0"
    head = struct.pack("Iiiiiii", 0x950412DE, 0, count, 7 * 4, 7 * 4 + 8 * count, 0, 0)
    return (head + struct.pack(f"{2 * count}i", *id_table)
            + struct.pack(f"{2 * count}i", *str_table) + blob_ids + blob_strs)


def mo_catalogue(data: bytes) -> dict:
    return dict(gettext.GNUTranslations(io.BytesIO(data))._catalog)  # noqa: SLF001


# --- checks shared by the command line and the tests -------------------------------------

_BRACES = re.compile(r"\{[^{}]*\}")
_PERCENT = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc%]")
_QT_ARGS = re.compile(r"%(?:L?\d+|n)")


def placeholders(text: str) -> list[str]:
    """The substitution markers a translation must keep: {name}, %s, %(x)s, Qt %1 / %n."""
    found = _BRACES.findall(text.replace("{{", "").replace("}}", ""))
    found += [p for p in _PERCENT.findall(text) if p != "%%"]
    found += _QT_ARGS.findall(text)
    return sorted(found)


def placeholder_problem(source: str, translation: str) -> str | None:
    want, got = placeholders(source), placeholders(translation)
    if want != got:
        return f"placeholders {want} in the source but {got} in the translation"
    return None


def problems(language: str) -> list[str]:
    """Everything wrong with the core catalogue of ``language``, one line per message."""
    out = []
    current = extract()
    entries = load_po(language)
    by_id = {e.msgid: e for e in entries}
    for msgid in current:
        entry = by_id.get(msgid)
        if entry is None:
            out.append(f"missing from {po_path(language).relative_to(ROOT)}: {msgid!r}")
        elif entry.fuzzy:
            out.append(f"fuzzy (to confirm): {msgid!r}")
        elif not entry.translated:
            out.append(f"untranslated: {msgid!r}")
        else:
            for source, text in zip([entry.msgid, entry.plural or entry.msgid], entry.msgstr,
                                    strict=False):
                issue = placeholder_problem(source, text)
                if issue:
                    out.append(f"{issue}: {msgid!r} -> {text!r}")
    for e in entries:
        if e.msgid not in current:
            out.append(f"no longer in the source (rerun the update): {e.msgid!r}")
    mo = mo_path(language)
    header = header_for(language)
    expected = mo_catalogue(compile_mo(header, entries))
    if not mo.exists() or mo_catalogue(mo.read_bytes()) != expected:
        out.append(f"{mo.relative_to(ROOT)} is out of date with its .po")
    pot_entries = parse_po(POT.read_text(encoding="utf-8"))[1] if POT.exists() else []
    if [e.msgid for e in pot_entries] != list(current):
        out.append(f"{POT.relative_to(ROOT)} is out of date with the source")
    return out


def update() -> None:
    current = extract()
    POT.write_text(format_po(header_for(None), list(current.values()), template=True),
                   encoding="utf-8")
    for language in LANGUAGES:
        entries = merge(current, load_po(language))
        write_po(language, entries)
        mo_path(language).write_bytes(compile_mo(header_for(language), entries))
        done = sum(e.translated for e in entries)
        print(f"{po_path(language).relative_to(ROOT)}: {len(entries)} messages, "
              f"{done} translated, {len(entries) - done} to do")


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update()
        return 0
    if command == "check":
        found = [p for language in LANGUAGES for p in problems(language)]
        print("\n".join(found) or "The core catalogues are complete.")
        return 1 if found else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
