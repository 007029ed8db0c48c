#!/usr/bin/env python3
"""Give the labels, buttons and tabs of ``forms/*.ui`` an Alt+letter, in both languages.

    python3 tools/form_mnemonics.py --tsv /tmp/mnemonics.tsv   # edit the forms, write the EN
    tools/update_translations.sh
    python3 tools/untranslated.py --apply /tmp/mnemonics.tsv   # the English with its own &
    tools/update_translations.sh

Only texts without a ``&`` yet are touched, so it can be run again after adding a widget. A
label standing before an input (a form row, or the next item of a box layout) gets that
input as its buddy, so that Alt+letter puts the cursor there. The letter is a plain ASCII
letter of the text (a word's first letter when free; "Đ", "ư"… are no letters to type), not
used elsewhere in the same window: the main window's menus and the dialog's standard buttons
count, and the pages of a tab widget are separate (only one shows). The English catalogue
(``resources/translations/nbhr_en.ts``) gets its own letters the same way; the sheet written
with ``--tsv`` is the one ``tools/untranslated.py --apply`` reads.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = {"QLineEdit", "QComboBox", "QSpinBox", "QDoubleSpinBox", "DateField", "QDateEdit",
          "QPlainTextEdit", "QTextEdit", "QListWidget", "QListView", "QTableView",
          "QTableWidget", "QTreeWidget", "QTreeView"}
BUTTONS = {"QPushButton", "QCheckBox", "QRadioButton", "QToolButton"}
# Letters already taken around a form: the main window's menus (Tệp, Trợ giúp) for the
# screens, the standard buttons of a dialog (Qt's own &Lưu, &Hủy… in qt_vi.ts).
WINDOW_MENUS = ({"t", "g"}, {"f", "h"})
STANDARD = {"Save": ("l", "s"), "Cancel": ("h", "c"), "Ok": ("o", "o"), "Close": ("n", "c"),
            "Apply": ("a", "a"), "Yes": ("c", "y"), "No": ("k", "n")}
# A form shown inside another: its letters must not meet the host's.
INSIDE = {"catalogue_tab.ui": "catalogue_screen.ui"}


def _is_input(node: ET.Element) -> bool:
    name = node.get("name", "")
    return node.tag == "widget" and (node.get("class") in INPUTS or (
        name.endswith("Host") and node.find("layout") is None
        and node.find("widget") is None))


def _first_input(node: ET.Element) -> ET.Element | None:
    if node.tag == "widget":
        return node if _is_input(node) else None
    if node.tag == "layout":  # a row such as "date … to date": its first input
        for item in node.findall("item"):
            for child in item:
                found = _first_input(child)
                if found is not None:
                    return found
    return None


def buddies(root: ET.Element) -> dict[str, str]:
    """label name -> the input it stands before, for labels that have no buddy yet."""
    found: dict[str, str] = {}
    for layout in root.iter("layout"):
        items = layout.findall("item")
        cells = {}
        for index, item in enumerate(items):
            child = next((c for c in item if c.tag in ("widget", "layout")), None)
            if child is None:
                continue
            key = (int(item.get("row", index)), int(item.get("column", 0)))
            if layout.get("class") not in ("QGridLayout", "QFormLayout"):
                key = (0, index)
            cells[key] = child
        for (row, column), child in cells.items():
            if child.tag != "widget" or child.get("class") != "QLabel":
                continue
            if any(p.get("name") == "buddy" for p in child.findall("property")):
                continue
            text = child.findtext("property[@name='text']/string") or ""
            wraps = child.findtext("property[@name='wordWrap']/bool") == "true"
            if not text.strip() or text.lstrip().startswith("<") or wraps:
                continue
            after = cells.get((row, column + 1))
            if after is not None and after.tag == "layout" and layout.get("class") not in (
                    "QGridLayout", "QFormLayout"):
                continue  # a label over a block of fields names the block, not its first
            target = _first_input(after) if after is not None else None
            if target is not None:
                found[child.get("name")] = target.get("name")
    return found


def candidates(text: str, *, starts_only: bool = False) -> list[int]:
    """Indexes of the letters a mnemonic may sit on, a word's first letter first."""
    plain = re.sub(r"<[^>]*>", lambda m: " " * len(m.group()), text)
    starts = [m.start() for m in re.finditer(r"(?<![A-Za-zÀ-ỹ])[A-Za-z]", plain)]
    anywhere = [i for i, c in enumerate(plain) if c.isascii() and c.isalpha()]
    return starts if starts_only else list(dict.fromkeys(starts + anywhere))


def assign(texts: list[str], taken: set[str]) -> list[int | None]:
    """Most texts given a distinct free letter (augmenting paths), favourite letters first."""
    owner: dict[str, int] = {}
    everywhere = [[i for i in candidates(t) if t[i].lower() not in taken] for t in texts]
    starts = [[i for i in candidates(t, starts_only=True) if t[i].lower() not in taken]
              for t in texts]
    options = starts

    def place(item: int, seen: set[str]) -> bool:
        for index in options[item]:
            letter = texts[item][index].lower()
            if letter in seen:
                continue
            seen.add(letter)
            if letter not in owner or place(owner[letter], seen):
                owner[letter] = item
                return True
        return False

    for item in range(len(texts)):
        place(item, set())
    options = everywhere  # then the texts left without a word's first letter
    for item in range(len(texts)):
        if item not in owner.values():
            place(item, set())
    chosen: list[int | None] = [None] * len(texts)
    for letter, item in owner.items():
        chosen[item] = next(i for i in options[item] if texts[item][i].lower() == letter)
    return chosen


def existing_letter(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def load_ts() -> dict[tuple[str, str], str]:
    out = {}
    for context in ET.parse(ROOT / "resources/translations/nbhr_en.ts").getroot():
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.findtext("translation") or ""
    return out


def scopes(root: ET.Element):
    """(scope path, element) of every labelled widget; a tab page opens a nested scope."""
    def walk(node: ET.Element, path: tuple[str, ...]):
        for child in node:
            if child.tag == "widget":
                parent_tabs = node.tag == "widget" and node.get("class") == "QTabWidget"
                if parent_tabs:
                    yield path, child, "title"  # the tab's own title
                inner = path + (child.get("name"),) if parent_tabs else path
                yield inner, child, "text"
                yield from walk(child, inner)
            elif child.tag in ("layout", "item"):
                yield from walk(child, path)
    yield from walk(root, ())


def texts(element: ET.Element, kind: str) -> str | None:
    if kind == "title":
        return element.findtext("attribute[@name='title']/string")
    return element.findtext("property[@name='text']/string")


def plan_form(path: Path, ts: dict, reserved: tuple[set, set]):
    root = ET.parse(path).getroot()
    context = root.findtext("class")
    links = buddies(root)
    labelled = {name for name in links}
    for widget in root.iter("widget"):
        if widget.find("property[@name='buddy']") is not None:
            labelled.add(widget.get("name"))
    entries = []
    for scope, element, kind in scopes(root):
        name, cls = element.get("name"), element.get("class")
        text = texts(element, kind)
        if not text or not re.search(r"[A-Za-z]", text):
            continue
        if kind == "text" and not (cls in BUTTONS or (cls == "QLabel" and name in labelled)):
            continue
        entries.append((scope, name, kind, text))
    own: dict[tuple, tuple[set, set]] = {}
    for scope, _name, _kind, text in entries:  # letters kept from earlier runs
        own.setdefault(scope, (set(), set()))
        for lang, value in ((0, text), (1, ts.get((context, text), ""))):
            letter = existing_letter(value)
            if letter:
                own[scope][lang].add(letter)
    changes, missing = [], []
    # Outer scopes first: what shows with every page picks before the pages.
    for scope in sorted(own, key=len):
        todo = [e for e in entries if e[0] == scope and "&" not in e[3]]
        picks = []
        for lang in (0, 1):
            taken = set(reserved[lang])
            for other, sets in own.items():
                if other == scope[:len(other)]:  # this scope and those around it
                    taken |= sets[lang]
            values = [e[3] if lang == 0 else ts.get((context, e[3]), "") for e in todo]
            picks.append(assign(values, taken))
            for value, index in zip(values, picks[-1], strict=True):
                if index is not None:
                    own[scope][lang].add(value[index].lower())
        for (_scope, name, kind, text), vi, en in zip(todo, picks[0], picks[1], strict=True):
            english = ts.get((context, text), "")
            if vi is None:
                missing.append((name, text))
                continue
            new_en = english[:en] + "&" + english[en:] if en is not None and english else None
            if english and new_en is None:
                missing.append((name, english))
            changes.append((name, kind, text, text[:vi] + "&" + text[vi:], new_en or english))
    return context, links, changes, missing


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def apply(path: Path, links: dict[str, str], changes) -> None:
    source = path.read_text(encoding="utf-8")
    for name, kind, old, new, _en in changes:
        start = source.index(f' name="{name}"')
        tag = '<attribute name="title">' if kind == "title" else '<property name="text">'
        at = source.index(tag, start)
        string_at = source.index(">", source.index("<string", at)) + 1
        end = source.index("</string>", string_at)
        assert source[string_at:end] == _escape(old), (path.name, name)
        source = source[:string_at] + _escape(new) + source[end:]
    for label, target in links.items():
        start = source.index(f' name="{label}"')
        close = source.index(">", start) + 1
        source = source[:close] + f'<property name="buddy"><cstring>{target}</cstring>' \
            '</property>' + source[close:]
    path.write_text(source, encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tsv", type=Path, required=True)
    args = parser.parse_args(argv)
    ts = load_ts()
    rows, taken = [], {}
    for path in sorted((ROOT / "forms").glob("*.ui"), key=lambda p: p.name in INSIDE):
        text = path.read_text(encoding="utf-8")
        vi, en = set(), set()
        if "QDialogButtonBox" not in text and path.name != "main_window.ui":
            vi, en = set(WINDOW_MENUS[0]), set(WINDOW_MENUS[1])
        for button in re.findall(r"QDialogButtonBox::(\w+)", text):
            if button in STANDARD:
                vi.add(STANDARD[button][0])
                en.add(STANDARD[button][1])
        if path.name in INSIDE:
            vi |= taken[INSIDE[path.name]][0]
            en |= taken[INSIDE[path.name]][1]
        context, links, changes, missing = plan_form(path, ts, (vi, en))
        taken[path.name] = (vi | {existing_letter(c[3]) for c in changes},
                            en | {existing_letter(c[4] or "") for c in changes})
        apply(path, links, changes)
        for _name, _kind, _old, new, english in changes:
            if english:
                rows.append("\t".join(("qt", context, new, english)).replace("\n", "\\n"))
        for name, old in missing:
            print(f"{path.name}: no free letter for {name} ({old})")
        print(f"{path.name}: {len(changes)} mnemonics, {len(links)} buddies")
    args.tsv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
