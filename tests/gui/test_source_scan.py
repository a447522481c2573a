"""Qt for Python's import wrapper reads no source of ours or of the standard library."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gui.source_scan import known_answer, skip_known_sources, source_reader

ROOT = Path(__file__).resolve().parents[2]


def _our_modules(package: str) -> list[str]:
    names = []
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


@pytest.mark.parametrize("package", ["core", "gui"])
def test_the_answers_agree_with_reading_the_source(package: str) -> None:
    read = source_reader()
    assert read is not None
    assert skip_known_sources()  # the wrapper this version of Qt for Python has is answered
    modules = [importlib.import_module(name) for name in _our_modules(package)]
    assert len(modules) > 10
    for module in modules:
        uses_pyside = read(module)
        if package == "core":  # core never imports Qt: read and answered alike, "ignore"
            assert uses_pyside is False, module.__name__
            assert known_answer(module) is False
        else:  # a module of ours that uses Qt is never answered "ignore"
            assert known_answer(module) is True, module.__name__
    for name in ("json", "sqlite3", "dataclasses", "email.parser"):
        module = importlib.import_module(name)
        assert read(module) is False
        assert known_answer(module) is False
    assert known_answer(pytest) is None  # anything else is still read


def test_starting_the_window_reads_no_source_of_ours() -> None:
    # In a fresh process, count the sources the wrapper reads. A gui module imported before
    # gui.app shows that the count sees reads; the window's modules, after it, are not read.
    code = """
import inspect, json
import PySide6.QtCore
read = []
original = inspect.getsource
def counting(obj):
    read.append(getattr(obj, "__name__", ""))
    return original(obj)
inspect.getsource = counting
from gui.counts import counted
before = list(read)
from gui.app import run_app
from gui.main_window import MainWindow
from core.store.report_store import ReportStore
print(json.dumps({"before": before, "after": read[len(before):]}))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    reads = json.loads(result.stdout.strip().splitlines()[-1])
    assert "gui.counts" in reads["before"]
    ours = [n for n in reads["after"] if n.partition(".")[0] in {"gui", "core", "json", "sqlite3"}]
    assert ours == ["gui.source_scan"]  # read as it is imported, before it answers
