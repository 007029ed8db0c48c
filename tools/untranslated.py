#!/usr/bin/env python3
"""What is left to translate, in both catalogues, and a fast way to fill it in.

    python3 tools/untranslated.py                  # list the unfinished messages
    python3 tools/untranslated.py --tsv todo.tsv   # write them to fill in (4th column)
    python3 tools/untranslated.py --apply todo.tsv # put the filled-in translations back
    tools/update_translations.sh                   # then recompile (.qm, .mo) and commit

Run tools/update_translations.sh first so that the catalogues hold the current source.
The sheet has one row per message: catalogue ("qt" or "core"), Qt context, source, and the
translation (prefilled with any guess to confirm); a line break is written "\\n". Keep
{name}, %s, %(x)s, Qt's %1 / %n and the & of a mnemonic. Qt Linguist (pyside6-linguist
resources/translations/nbhr_en.ts) or Poedit on the .po work as well.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("i18n_catalogue",
                                               ROOT / "tools" / "i18n_catalogue.py")
catalogue = importlib.util.module_from_spec(_spec)
sys.modules["i18n_catalogue"] = catalogue  # dataclasses look their module up
_spec.loader.exec_module(catalogue)


def ts_path(language: str) -> Path:
    return ROOT / "resources" / "translations" / f"nbhr_{language}.ts"


def ts_unfinished(language: str) -> list[tuple[str, str, str]]:
    """(context, source, guess) of every Qt message without a finished translation."""
    rows = []
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                rows.append((name, message.findtext("source"), translation.text or ""))
    return rows


def po_unfinished(language: str) -> list[tuple[str, str, str]]:
    return [("", e.msgid, e.msgstr[0]) for e in catalogue.load_po(language) if not e.translated]


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _uncell(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def apply(language: str, sheet: Path) -> tuple[int, list[str]]:
    qt: dict[tuple[str, str], str] = {}
    core: dict[str, str] = {}
    refused = []
    for line in sheet.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or parts[0] not in ("qt", "core") or not parts[3].strip():
            continue
        kind, context, source, text = parts[0], _uncell(parts[1]), _uncell(parts[2]), \
            _uncell(parts[3])
        issue = catalogue.placeholder_problem(source, text)
        if issue:
            refused.append(f"{issue}: {source!r}")
            continue
        if kind == "qt":
            qt[(context, source)] = text
        else:
            core[source] = text
    done = 0
    if qt:
        tree = ET.parse(ts_path(language))
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = qt.get((name, message.findtext("source")))
                if text is not None:
                    translation = message.find("translation")
                    translation.text = text
                    translation.attrib.pop("type", None)
                    done += 1
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts_path(language).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                                     + body + "\n", encoding="utf-8")
    if core:
        entries = catalogue.load_po(language)
        for entry in entries:
            text = core.get(entry.msgid)
            if text is not None:
                entry.msgstr = [text] * (2 if entry.plural else 1)
                entry.fuzzy = False
                done += 1
        catalogue.write_po(language, entries)
    return done, refused


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="en")
    parser.add_argument("--tsv", type=Path, help="write the unfinished messages to this sheet")
    parser.add_argument("--apply", type=Path, help="read translations back from this sheet")
    args = parser.parse_args()
    if args.apply:
        done, refused = apply(args.language, args.apply)
        print(f"{done} translations written; now run tools/update_translations.sh")
        for line in refused:
            print("refused, " + line, file=sys.stderr)
        return 1 if refused else 0
    rows = ([("qt", *r) for r in ts_unfinished(args.language)]
            + [("core", *r) for r in po_unfinished(args.language)])
    if args.tsv:
        args.tsv.write_text("".join("\t".join(_cell(c) for c in row) + "\n" for row in rows),
                            encoding="utf-8")
        print(f"{len(rows)} messages to translate written to {args.tsv}")
    else:
        for kind, context, source, _guess in rows:
            print(f"[{kind}{' ' + context if context else ''}] {source}")
        print(f"{len(rows)} messages to translate", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
