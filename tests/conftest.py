"""Shared fixtures: sample files, temporary libraries built through the real migrations."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Tests never need a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nor the user's cache folder (comparisons kept between runs, jieba's dictionary cache): the
# run, and every program it starts, keeps its cache in a folder of its own, removed after.
_CACHE = tempfile.mkdtemp(prefix="reportlens-tests-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
DATA = Path(__file__).resolve().parent / "data"


def sample_catalog() -> list[dict[str, object]]:
    """The bundled samples' metadata, as shipped."""
    catalog = json.loads((SAMPLES / "catalog.json").read_text(encoding="utf-8"))
    return list(catalog["samples"])


@pytest.fixture(scope="session")
def samples() -> dict[str, Path]:
    """The five sample reports by short name: cz2024, cz2025i, jc2024, cz2024np, cz2026np."""
    return {
        "cz2024": SAMPLES / "changzhi-2024-report.txt",
        "cz2025i": SAMPLES / "changzhi-2025-interpretation.txt",
        "jc2024": SAMPLES / "jincheng-2024-report.txt",
        "cz2024np": SAMPLES / "changzhi-2024-newspaper.txt",
        "cz2026np": SAMPLES / "changzhi-2026-newspaper.txt",
    }


@pytest.fixture(scope="session")
def sample_texts(samples: dict[str, Path]) -> dict[str, str]:
    """The samples' texts, read as UTF-8."""
    return {name: path.read_text(encoding="utf-8") for name, path in samples.items()}


# A library of many regions: 40 cities of 3 years each, and one report of no known region.
MANY_REGIONS = [f"城市{number:02d}市" for number in range(40)]
MANY_YEARS = (2023, 2024, 2025)


@pytest.fixture(scope="session")
def many_regions_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library file of 121 short reports over 40 regions, imported through the real importer."""
    from core.importer import import_file
    from core.library import open_library
    from core.model import ReportKind, ReportMeta

    folder = tmp_path_factory.mktemp("many-regions")
    path = folder / "library.sqlite3"
    entries: list[tuple[str | None, int]] = [(r, y) for r in MANY_REGIONS for y in MANY_YEARS]
    entries.append((None, 2024))
    with open_library(str(path)) as store:
        for number, (region, year) in enumerate(entries):
            text = (
                f"政府工作报告\n\n——{year}年1月在{region or '某地'}第十六届人民代表大会上\n\n"
                "各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n"
                f"一、{year - 1}年工作回顾\n\n地区生产总值增长{number % 9 + 1}.{number % 7}%。\n\n"
                f"二、{year}年工作安排\n\n今年主要预期目标是：地区生产总值增长5%左右，"
                f"城镇新增就业{number + 1}万人。\n"
            )
            source = folder / f"report-{number:03d}.txt"
            source.write_text(text, encoding="utf-8")
            meta = ReportMeta(
                f"{region or '某地'}{year}年政府工作报告", region, year, ReportKind.REPORT
            )
            assert import_file(store, source, meta).report_id is not None
    return path


@pytest.fixture
def installed_crash_handler(tmp_path: Path, qapp: Any) -> Iterator[Any]:
    """The app's crash handler installed (its log in a temporary folder), removed after."""
    from gui.crash_handler import CrashHandler

    installed = CrashHandler(tmp_path / "logs")
    installed.install()
    yield installed
    installed.uninstall()
    for log_handler in list(installed.logger.handlers):
        log_handler.close()
        installed.logger.removeHandler(log_handler)


@pytest.fixture
def shanghai_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock set to China's time zone (UTC+8) for one test."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone is set this way on POSIX systems only")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
