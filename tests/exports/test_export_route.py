"""One export route: the window and the command line write files through the registry
alone, and between them use every exporter it lists.

Read from the source (which exporter names each module passes to the registry, which
writers it imports) so that a new export button or command that calls a writer directly,
or an exporter nobody uses, fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import nbhr_desktop
from nbhr_desktop.exports import registry

PACKAGE = Path(nbhr_desktop.__file__).parent
# What writes a file for an officer, below exports/: only exporters may call these.
WRITERS = {
    "write_plan_pdf", "write_report_pdf", "write_report_workbook", "write_entry_template",
    "build_entry_template", "export_package", "write_submissions_workbook",
    "write_submissions_pdf", "export_report_file",
}
CLI_ONLY = {"plan-template"}  # the province sets its template by file, not on screen


def _modules(folder: str):
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _exporters_named(folder: str) -> set[str]:
    """Exporter names written in the modules of ``folder`` that use the registry."""
    names = set(registry.names())
    found = set()
    for _path, tree in _modules(folder):
        uses = any(isinstance(node, ast.ImportFrom) and node.module == "nbhr_desktop.exports"
                   and any(alias.name == "registry" for alias in node.names)
                   for node in ast.walk(tree))
        if uses:
            found |= {node.value for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and node.value in names}
    return found


def _writers_imported(folder: str) -> dict[str, set[str]]:
    found = {}
    for path, tree in _modules(folder):
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                hits = {alias.name for alias in node.names} & WRITERS
                if hits:
                    found.setdefault(path.relative_to(PACKAGE).as_posix(), set()).update(hits)
    return found


def test_the_registry_lists_the_files_an_officer_gets():
    assert registry.names() == ["entry-template", "package", "plan-pdf", "plan-template",
                                "report-pdf", "report-workbook", "submissions"]
    kinds = {name: registry.exporter(name).kinds for name in registry.names()}
    assert kinds["submissions"] == ("xlsx", "pdf") and kinds["package"] == ("nbhr",)


def test_the_command_line_uses_every_exporter_and_the_window_all_but_the_template():
    assert _exporters_named("cli") == set(registry.names())
    assert _exporters_named("ui") == set(registry.names()) - CLI_ONLY


def test_no_window_or_command_calls_a_writer_itself():
    assert _writers_imported("cli") == {}
    assert _writers_imported("ui") == {}
