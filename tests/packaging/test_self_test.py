"""``reportlens --self-test`` and the first-paint probe, run from source as the frozen app runs."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui.launcher import FIRST_PAINT_FLAG, wants_gui
from gui.self_test.check_list import CHECKS, run_checks
from gui.self_test.report_checks import check_import
from gui.self_test.state import SelfTestState
from gui.self_test.window_checks import check_resources
from tests.child_env import isolated_env

ROOT = Path(__file__).resolve().parents[2]

# Runs the self-test in-process, then lists the modules it loaded, so the test can check that
# nothing the bundle leaves out was needed.
SELF_TEST_THEN_MODULES = """
import sys
from gui.launcher import main
code = main(["--self-test"])
print("modules:", " ".join(sorted(sys.modules)))
sys.exit(code)
"""


@pytest.mark.slow
def test_self_test_from_source_passes_and_leaves_the_user_alone(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SELF_TEST_THEN_MODULES],
        cwd=ROOT,
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    results = [line for line in lines if line.split(" ", 1)[0] in {"ok", "FAIL"}]
    assert [line.split()[1].rstrip(":") for line in results] == [name for name, _ in CHECKS]
    assert all(line.startswith("ok") for line in results), results
    assert lines[-2].startswith(f"self-test: ok, {len(CHECKS)} checks passed")
    # Nothing in the user's data or settings folders: the library and settings were temporary.
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "config").exists()
    # jieba's cache went to the app's cache folder.
    assert (tmp_path / "cache" / "ReportLens" / "jieba.cache").is_file()
    loaded = set(lines[-1].removeprefix("modules: ").split())
    # PIL and pkg_resources are left out too, but pypdf and jieba import them when installed,
    # as options they do without (the frozen app's self-test shows it).
    for left_out in ("numpy", "paddle", "tkinter", "PySide6.QtNetwork", "PySide6.QtQml"):
        assert left_out not in loaded
    assert not {m for m in loaded if m.startswith(("jieba.lac_small", "jieba.posseg"))}


@pytest.mark.slow
def test_first_paint_probe_prints_a_time_and_quits(tmp_path: Path) -> None:
    started = time.time()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "gui.launcher",
            "--db",
            str(tmp_path / "lib.sqlite3"),
            FIRST_PAINT_FLAG,
        ],
        cwd=ROOT,
        env={**isolated_env(tmp_path), "REPORTLENS_SETTINGS": str(tmp_path / "settings.ini")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    stamps = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    assert len(stamps) == 1
    painted = float(stamps[0].split()[1])
    assert started < painted < time.time()


@pytest.mark.parametrize(
    ("argv", "gui"),
    [
        ([], True),
        (["--db", "lib.sqlite3"], True),
        (["--db=lib.sqlite3"], True),
        (["--self-test"], True),
        ([FIRST_PAINT_FLAG], True),
        (["list"], False),
        (["--db", "lib.sqlite3", "list"], False),
        (["--version"], False),
    ],
)
def test_which_arguments_open_a_window(argv: list[str], gui: bool) -> None:
    assert wants_gui(argv) is gui


def test_the_command_line_does_not_load_qt(tmp_path: Path) -> None:
    code = "import sys\nfrom gui.launcher import main\nmain(['--version'])\n"
    check = (
        "import sys, runpy\n"
        "try:\n"
        f"    exec({code!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('qt' if 'PySide6' in sys.modules else 'no qt')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", check],
        cwd=ROOT,
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.stdout.splitlines()[-1] == "no qt", done.stdout + done.stderr


def test_a_failing_check_is_named_and_the_others_still_run(tmp_path: Path) -> None:
    lines: list[str] = []
    checks = (("resources", check_resources), ("import", check_import))
    results = run_checks(SelfTestState(tmp_path), lines.append, checks)
    assert [r.status for r in results] == ["ok", "FAIL"]
    assert lines[0].startswith("ok     resources: ") and "files found (source," in lines[0]
    assert lines[1].startswith("FAIL   import: AssertionError: needs the window")


@pytest.mark.slow
def test_self_test_exports_annotations_in_the_language_the_app_shows(tmp_path: Path) -> None:
    """On a Chinese system the app's window, and its export of annotations, speak Chinese: the
    self-test checks the export as a user there gets it (it checked an English one)."""
    env = isolated_env(tmp_path) | {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-c", SELF_TEST_THEN_MODULES],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    annotation = next(line for line in done.stdout.splitlines() if " annotation: " in line)
    assert annotation.startswith("ok") and "exported in Chinese" in annotation, annotation
