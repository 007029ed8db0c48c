"""English is complete or not offered: both catalogues hold every message of the current
source, translated, with the same placeholders, and their compiled files are up to date.

When this fails after new strings were added: run ``tools/update_translations.sh``, then
``python3 tools/untranslated.py --tsv todo.tsv``, fill in the 4th column,
``python3 tools/untranslated.py --apply todo.tsv`` and ``tools/update_translations.sh`` again.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "nbhr_en.ts"
QM = TS.with_suffix(".qm")
HOW = ("Run tools/update_translations.sh, then python3 tools/untranslated.py (--tsv todo.tsv "
       "to fill in, --apply todo.tsv to put back) and tools/update_translations.sh again.")


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


catalogue = _load("i18n_catalogue")


def _fail(title: str, lines: list[str]) -> None:
    shown = "\n  ".join(lines[:60]) + (f"\n  … and {len(lines) - 60} more" if len(lines) > 60
                                       else "")
    pytest.fail(f"{title} ({len(lines)}):\n  {shown}\n{HOW}", pytrace=False)


def test_core_catalogue_is_complete_and_compiled():
    problems = catalogue.problems("en")
    if problems:
        _fail("The core's English catalogue is not complete", problems)


def test_core_catalogue_covers_the_interface_and_not_official_documents():
    current = catalogue.extract()
    # a validation message (core), a sync label marked with N_, a progress step in a
    # document module (ui_): all shown on screen
    assert "Chưa nhập ngày bắt đầu." in current
    assert "Đã nhập" in current
    assert "Đang nén và lưu tệp…" in current
    # the annex headings of the PDF report and the drafted narrative stay Vietnamese
    assert "Kết quả theo hình thức truyền thông" not in current
    assert "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ" not in current


def test_placeholder_check_sees_a_dropped_or_renamed_placeholder():
    assert catalogue.placeholder_problem("Đã lưu {path}", "Saved {path}") is None
    assert catalogue.placeholder_problem("Đã lưu {path}", "Saved {file}")
    assert catalogue.placeholder_problem("Trang %1/%2", "Page %1")
    assert catalogue.placeholder_problem("%(n)s dòng", "%(n)s rows") is None


def test_mo_compiler_round_trips_through_gettext():
    entries = [catalogue.Entry("Lưu", msgstr=["Save"]),
               catalogue.Entry("{n} tệp", "{n} tệp", ["{n} file", "{n} files"]),
               catalogue.Entry("Chưa dịch")]
    data = catalogue.compile_mo(catalogue.header_for("en"), entries)
    import gettext
    import io
    translations = gettext.GNUTranslations(io.BytesIO(data))
    assert translations.gettext("Lưu") == "Save"
    assert translations.ngettext("{n} tệp", "{n} tệp", 2) == "{n} files"
    assert translations.gettext("Chưa dịch") == "Chưa dịch"


def _ts_messages(path: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, message.findtext("source"))] = (translation.get("type"),
                                                       translation.text or "")
    return out


def _qt_tool(name: str) -> str:
    tool = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if tool is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return tool


def test_qt_catalogue_is_complete(tmp_path):
    lupdate = _qt_tool("lupdate")
    sources = sorted(str(p) for p in (ROOT / "nbhr_desktop" / "ui").rglob("*.py"))
    sources += [str(ROOT / "nbhr_desktop" / "app.py")]
    sources += sorted(str(p) for p in (ROOT / "forms").rglob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, "-silent", "-source-language", "vi", "-target-language", "en",
                    *sources, "-ts", str(fresh)], check=True, capture_output=True)
    current = _ts_messages(fresh)
    shipped = _ts_messages(TS)
    problems = []
    for (context, source) in current:
        kind, text = shipped.get((context, source), ("missing", ""))
        where = f"[{context}] {source!r}"
        if kind == "missing":
            problems.append(f"missing from nbhr_en.ts: {where}")
        elif kind == "unfinished" or not text.strip():
            problems.append(f"unfinished: {where}")
        else:
            issue = catalogue.placeholder_problem(source, text)
            if issue:
                problems.append(f"{issue}: {where} -> {text!r}")
    if problems:
        _fail("The interface's English catalogue is not complete", problems)


# Vietnamese in the window's code that is not interface text: plan text the officer edits
# and prints (a document's words stay Vietnamese), the language's own name in its picker,
# and a pattern that accepts "×" in a screen size.
NOT_INTERFACE_TEXT = {"Nhiệm vụ mới", "Chỉ tiêu mới", "hoạt động", "Tiếng Việt",
                      r"\s*(\d{3,5})\s*[x×X*]\s*(\d{3,5})\s*"}
VIETNAMESE = re.compile(r"[À-ỹĐđ]")


def test_no_vietnamese_text_in_the_window_escapes_the_catalogue():
    """lupdate only sees literals inside tr(), translate() and QT_TRANSLATE_NOOP(): a
    literal handed to a helper (``_tr("…")``) or built in an f-string is never extracted,
    so the catalogue looks complete while the English window shows Vietnamese."""
    sources = {source for (_context, source) in _ts_messages(TS)}
    escaped = []
    for path in sorted((ROOT / "nbhr_desktop" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                      and node.body and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in docstrings and VIETNAMESE.search(node.value)
                    and node.value not in sources and node.value not in NOT_INTERFACE_TEXT):
                escaped.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    if escaped:
        _fail("Vietnamese text the translation tools cannot see (mark it with "
              "QT_TRANSLATE_NOOP or pass it to tr() directly)", escaped)


def test_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = _qt_tool("lrelease")
    built = tmp_path / "nbhr_en.qm"
    subprocess.run([lrelease, "-silent", "-nounfinished", str(TS), "-qm", str(built)],
                   check=True, capture_output=True)
    if built.read_bytes() != QM.read_bytes():
        _fail("nbhr_en.qm is out of date", ["resources/translations/nbhr_en.qm"])
