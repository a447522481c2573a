"""The layering rules of the code base, checked on every run."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_core_never_imports_qt_or_gui() -> None:
    offenders = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        for name in _imported_modules(path):
            top = name.split(".")[0]
            if top in {"PySide6", "PyQt5", "PyQt6", "shiboken6", "gui"}:
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_only_the_command_line_imports_the_command_line() -> None:
    # The command line (core/cli) presents what the rest of core computes, as the window does:
    # nothing below it reads its words or its tables.
    offenders = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        if (ROOT / "core" / "cli") in path.parents:
            continue
        offenders.extend(
            f"{path.relative_to(ROOT)} imports {name}"
            for name in _imported_modules(path)
            if name == "core.cli" or name.startswith("core.cli.")
        )
    assert offenders == []


def test_the_check_sees_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(bad)


def test_every_module_has_a_docstring() -> None:
    missing = []
    for folder in ("core", "gui", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            if not ast.get_docstring(tree):
                missing.append(str(path.relative_to(ROOT)))
    assert missing == []
