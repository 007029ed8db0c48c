"""Imports point down the layers only: a lower package never imports a higher one, not
even inside a function (base < storage < core < documents, sync, workbooks < exports < ui <
app, cli). A back-arrow is how a module ends up needing the whole app to be tested."""

from __future__ import annotations

import ast
from pathlib import Path

import nbhr_desktop

LEVEL = {"base": 0, "resources": 0, "storage": 1, "core": 2, "documents": 3, "sync": 3,
         "workbooks": 3, "exports": 4, "ui": 5, "app": 6, "cli": 6}
PACKAGE = Path(nbhr_desktop.__file__).parent


def _imports(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


def test_no_import_runs_up_the_layers():
    back = []
    for path in sorted(PACKAGE.rglob("*.py")):
        layer = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if layer not in LEVEL:  # __init__, __main__, version
            continue
        for line, module in _imports(path):
            parts = module.split(".")
            if parts[0] == "nbhr_desktop" and len(parts) > 1 and \
                    LEVEL.get(parts[1], -1) > LEVEL[layer]:
                back.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    assert back == [], "imports that run up the layers:\n" + "\n".join(back)


def test_every_package_has_a_layer():
    """A new top-level package must say where it stands, or the check above skips it."""
    tops = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    tops |= {p.stem for p in PACKAGE.glob("*.py")} - {"__init__", "__main__"}
    assert tops - set(LEVEL) == set()
