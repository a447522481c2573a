"""The compare engine in a process of its own: the same comparison as in this process, here
until the process is ready, and here again (with a new process after) when it dies."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from core.compare.comparison import ComparisonCache, compare_reports
from core.compare.engine_process import EngineProcess
from core.compare.records import (
    CompareInput,
    CompareSettings,
    Granularity,
    PairLevel,
    PairOverride,
)
from core.compare.serialise import comparison_to_data
from core.library import load_file


def _input(path: Path) -> CompareInput:
    report = load_file(path)
    return CompareInput.from_loaded(replace(report, paragraph_tokens=report.tokens()))


@pytest.fixture
def engine() -> Iterator[EngineProcess]:
    process = EngineProcess()
    yield process
    process.close()


@pytest.fixture(scope="module")
def reports(samples: dict[str, Path]) -> tuple[CompareInput, CompareInput]:
    return _input(samples["cz2024"]), _input(samples["cz2026np"])


def _pid(engine: EngineProcess) -> int:
    executor = engine._running()  # the process is ready: its executor
    assert executor is not None
    (pid,) = executor._processes  # one worker process
    return int(pid)


def test_the_process_compares_as_this_process_does(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    left, right = reports
    engine.warm_up().result(timeout=60)
    assert engine.is_ready()
    default = compare_reports(left, right)
    area = next(p.left for p in default.pairs if p.level is PairLevel.AREA and p.left)
    override = PairOverride(area.path, None)  # a correction travels with the inputs
    assert comparison_to_data(compare_reports(left, right, None, (override,))) != (
        comparison_to_data(default)
    )
    for settings, overrides in (
        (CompareSettings(), ()),
        (CompareSettings(Granularity.CHARACTER), ()),
        (CompareSettings(), (override,)),
    ):
        there = engine.compare(left, right, settings, overrides)
        here = compare_reports(left, right, settings, overrides)
        assert comparison_to_data(there) == comparison_to_data(here)
        assert there.left is left and there.right is right  # the inputs are not sent back
    assert _pid(engine) != os.getpid()


def test_until_the_process_is_ready_comparisons_run_here(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    left, right = reports
    assert not engine.is_ready()
    first = engine.compare(left, right)  # starts the process, compares here meanwhile
    assert comparison_to_data(first) == comparison_to_data(compare_reports(left, right))
    assert engine.warm_up().result(timeout=60)  # the same start, not a second one
    assert engine.is_ready()


def test_a_killed_process_is_replaced_and_nothing_is_lost(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    left, right = reports
    engine.warm_up().result(timeout=60)
    first_pid = _pid(engine)
    os.kill(first_pid, signal.SIGKILL)
    cache = ComparisonCache(engine=engine.compare)
    comparison = cache.compare(left, right)  # computed here: the process died
    assert comparison_to_data(comparison) == comparison_to_data(compare_reports(left, right))
    engine.warm_up().result(timeout=60)
    assert _pid(engine) != first_pid
    assert comparison_to_data(engine.compare(left, right)) == comparison_to_data(comparison)


def test_reports_prepared_in_the_process_are_kept_there(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    # Asked before the process is up: prepared once it is.
    assert engine.prepare(reports).result(timeout=60) == 2
    assert engine.kept_reports() == 2
    engine.forget()
    assert engine.kept_reports() == 0
    left, right = reports
    assert comparison_to_data(engine.compare(left, right)) == comparison_to_data(
        compare_reports(left, right)
    )
    assert engine.kept_reports() == 2  # a comparison keeps its reports' tokens too


def test_preparing_in_a_process_that_died_prepares_nothing_and_loses_nothing(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    engine.warm_up().result(timeout=60)
    os.kill(_pid(engine), signal.SIGKILL)
    assert engine.prepare(reports).result(timeout=60) == 0
    left, right = reports
    assert engine.compare(left, right).changes  # here, and a new process for the next
    engine.warm_up().result(timeout=60)
    assert engine.prepare(reports).result(timeout=60) == 2


def test_a_process_that_failed_to_start_is_started_again(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    from concurrent.futures import Future

    engine.warm_up().result(timeout=60)
    failed: Future[bool] = Future()
    failed.set_exception(RuntimeError("could not start"))
    engine._ready = failed  # as if its start had failed
    assert not engine.is_ready()
    left, right = reports
    assert engine.compare(left, right).changes  # here meanwhile
    assert engine.warm_up().result(timeout=60)  # a new process, not the failed one
    assert engine.is_ready() and engine.kept_reports() == 0
