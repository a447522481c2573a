"""The bundle plan without building: every resource goes in, left-out modules are never imported."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    # By path: ``packaging`` is also the name of an installed library.
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


plan = _load("bundle_plan")


def _python_files() -> list[Path]:
    return sorted(p for folder in ("core", "gui") for p in (ROOT / folder).rglob("*.py"))


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _resource_literals(path: Path) -> list[tuple[str, ...]]:
    """The literal arguments of every resource_path/read_resource_text call in ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in {"resource_path", "read_resource_text"}:
            continue
        parts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if parts and len(parts) == len(node.args) and all(isinstance(p, str) for p in parts):
            found.append(tuple(parts))
    return found


def _bundled_paths() -> set[Path]:
    return {Path(dest) / Path(src).name for src, dest in plan.resource_datas()}


def test_every_file_under_resources_is_bundled_except_sources() -> None:
    bundled = _bundled_paths()
    for path in (ROOT / "resources").rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        inside = Path("resources") / path.relative_to(ROOT / "resources")
        is_source = path.suffix in {".ts", ".py", ".pyc", ".md"}
        assert (inside in bundled) != is_source, inside


def test_every_resource_the_code_names_is_bundled() -> None:
    bundled = _bundled_paths()
    named = {parts for path in _python_files() for parts in _resource_literals(path)}
    assert ("samples", "catalog.json") in named  # the scan finds the calls
    for parts in named:
        target = ROOT / "resources" / Path(*parts)
        if target.is_dir():
            assert any(Path("resources", *parts) in p.parents for p in bundled), parts
        else:
            assert Path("resources", *parts) in bundled, parts


def test_the_scan_sees_a_resource_call(tmp_path: Path) -> None:
    source = tmp_path / "uses.py"
    source.write_text('x = resource_path("i18n", "a.qm")\ny = resource_path(name)\n')
    assert _resource_literals(source) == [("i18n", "a.qm")]


def test_app_icons_exist_for_every_platform() -> None:
    for suffix in ("png", "ico", "icns"):
        icon = plan.ICON_DIR / f"reportlens.{suffix}"
        assert icon.is_file() and icon.stat().st_size > 1000, icon
    assert Path(plan.icon_file()).is_file()


def test_jieba_files_are_those_jieba_loads() -> None:
    import jieba
    import jieba.finalseg

    package = Path(jieba.__file__).parent
    loaded = {jieba.DEFAULT_DICT_NAME} | {
        f"finalseg/{name}"
        for name in (
            jieba.finalseg.PROB_START_P,
            jieba.finalseg.PROB_TRANS_P,
            jieba.finalseg.PROB_EMIT_P,
        )
    }
    assert set(plan.JIEBA_DATA) == loaded
    for src, dest in plan.jieba_datas():
        assert Path(src).is_file()
        assert (Path(dest) / Path(src).name).as_posix() in {f"jieba/{n}" for n in loaded}
        assert package in Path(src).parents


def test_left_out_modules_are_never_imported_by_the_app() -> None:
    left_out = plan.UNUSED_PYTHON_MODULES + plan.UNUSED_QT_MODULES
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in _python_files()
        for name in _imports(path)
        if any(name == out or name.startswith(out + ".") for out in left_out)
    ]
    assert offenders == []


def test_the_app_uses_only_the_qt_modules_the_plan_keeps() -> None:
    used = {
        name.split(".")[1]
        for path in _python_files()
        for name in _imports(path)
        if name.startswith("PySide6.") and name.split(".")[1].startswith("Qt")
    }
    assert used <= set(plan.USED_QT_MODULES)
    assert {"QtCore", "QtGui", "QtWidgets"} <= used


def test_hidden_imports_hold_every_module_of_the_app() -> None:
    hidden = set(plan.hidden_imports())
    assert {"core.cli.library_commands", "gui.launcher", "gui.self_test", "core"} <= hidden
    cli_source = (ROOT / "core" / "cli" / "__init__.py").read_text(encoding="utf-8")
    by_name = re.findall(r'"(\w+_commands)"', cli_source)
    for name in by_name:
        if (ROOT / "core" / "cli" / f"{name}.py").exists():
            assert f"core.cli.{name}" in hidden
    assert len(hidden) == len(_python_files())


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/qpdf.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("jieba/dict.txt", True),
        ("jieba/finalseg/prob_emit.p", True),
        ("jieba/analyse/idf.txt", False),
        ("jieba/lac_small/model_baseline/crfw", False),
        ("resources/samples/catalog.json", True),
    ],
)
def test_keep_collected(dest: str, kept: bool) -> None:
    assert plan.keep_collected(dest) is kept


def test_gtk_libraries_are_dropped_only_on_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan.sys, "platform", "linux")
    assert not plan.keep_collected("libgtk-3.so.0")
    assert not plan.keep_collected("libatk-1.0.so.0")
    assert plan.keep_collected("libQt6Core.so.6")
    assert plan.keep_collected("libpython3.11.so.1.0")
    monkeypatch.setattr(plan.sys, "platform", "darwin")
    assert plan.keep_collected("libgtk-3.so.0")


def test_version_comes_from_core() -> None:
    import core

    assert plan.app_version() == core.__version__
    assert plan.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert plan.version_tuple("1.2.3.4.5") == (1, 2, 3, 4)


def test_the_spec_hands_the_plan_to_pyinstaller() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls
    for used in ("resource_datas()", "jieba_datas()", "hidden_imports()", "keep_collected"):
        assert used in spec
    assert "console=False" in spec


def test_gpl_detection() -> None:
    check = _load("check_bundle")
    assert check._gpl_only("GPL-3.0-only")
    assert check._gpl_only("GNU General Public License v2 (GPLv2)")
    assert not check._gpl_only("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only")
    assert not check._gpl_only("GPLv2-or-later with a special exception")
    assert not check._gpl_only("MIT")


def test_the_bundle_carries_the_digest_of_the_core_it_packs(tmp_path: Path) -> None:
    from core.compare.engine_fingerprint import ENGINE_FINGERPRINT_FILE, sources_fingerprint

    ((source, folder),) = plan.engine_fingerprint_datas(tmp_path / "build")
    assert (Path(source).name, folder) == (ENGINE_FINGERPRINT_FILE, "resources")
    written = Path(source).read_text(encoding="utf-8").strip()
    assert written == sources_fingerprint(ROOT / "core") and len(written) == 64
