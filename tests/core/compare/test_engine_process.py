"""The compare engine in a process of its own: the same comparison as in this process, here
until the process is ready, and here again (with a new process after) when it dies."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from core.compare.comparison import compare_reports
from core.compare.comparison_cache import ComparisonCache
from core.compare.engine_process import EngineProcess
from core.compare.records import (
    CompareInput,
    CompareSettings,
    Granularity,
    PairLevel,
    PairOverride,
)
from core.compare.serialise import comparison_to_data
from core.compare.stored_comparisons import StoredComparisons
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


@pytest.fixture(scope="module")
def third(samples: dict[str, Path]) -> CompareInput:
    """A third report, for a second pair asked for while the first is compared."""
    return _input(samples["jc2024"])


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


def test_a_pair_compared_ahead_is_kept_where_the_app_looks_first(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    left, right = reports
    area = next(p.left for p in compare_reports(left, right).pairs if p.level is PairLevel.AREA)
    assert area is not None
    override = PairOverride(area.path, None)  # a correction kept for the pair
    cache = ComparisonCache(engine=engine.compare)
    # Asked before the process is up: compared once it is, there, and kept here.
    assert engine.compare_ahead(cache, left, right, overrides=(override,)).result(timeout=60)
    kept = cache.peek(left, right, CompareSettings(), (override,))
    assert kept is not None and (kept.left, kept.right) == (left, right)
    assert kept.left.paragraph_tokens is None  # needed only to compute it
    assert comparison_to_data(kept) == comparison_to_data(
        compare_reports(left, right, None, (override,))
    )
    assert cache.peek(left, right) is None  # without the correction: another comparison
    assert engine.kept_reports() == 2  # the process keeps both reports' tokens too
    # Asked again: kept already, nothing is sent to the process.
    engine.close()
    assert engine.compare_ahead(cache, left, right, overrides=(override,)).result(timeout=1)
    assert not engine.is_ready()


def test_a_pair_kept_on_disk_by_an_earlier_run_is_read_back_ahead_not_compared(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput], tmp_path: Path
) -> None:
    left, right = reports
    ComparisonCache(stored=StoredComparisons(tmp_path / "kept")).compare(left, right)
    # A new run: nothing in memory, the comparison in the file.
    cache = ComparisonCache(engine=engine.compare, stored=StoredComparisons(tmp_path / "kept"))
    assert engine.compare_ahead(cache, left, right).result(timeout=5)
    assert not engine.is_ready()  # no process was started to compute it
    assert cache.read_back == 1 and cache.peek(left, right) is not None  # now in memory
    assert comparison_to_data(cache.compare(left, right)) == comparison_to_data(
        compare_reports(left, right)
    )
    assert cache.misses == 0


def test_only_the_latest_pair_asked_for_waits_its_turn(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput], third: CompareInput
) -> None:
    left, right = reports
    cache = ComparisonCache()
    engine.warm_up().result(timeout=60)
    first = engine.compare_ahead(cache, left, right)  # under way
    passed_over = engine.compare_ahead(cache, left, third)  # waits, then is replaced
    latest = engine.compare_ahead(cache, right, third)
    assert first.result(timeout=60) and latest.result(timeout=60)
    assert not passed_over.result(timeout=60)
    assert cache.peek(left, right) is not None and cache.peek(right, third) is not None
    assert cache.peek(left, third) is None


def test_closing_drops_the_pair_waiting_its_turn_and_starts_no_process_after(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput], third: CompareInput
) -> None:
    left, right = reports
    cache = ComparisonCache()
    engine.warm_up().result(timeout=60)
    under_way = engine.compare_ahead(cache, left, right)
    waiting = engine.compare_ahead(cache, left, third)
    engine.close()  # the app quits
    assert not waiting.result(timeout=60)
    under_way.result(timeout=60)  # kept or abandoned, it ends
    assert engine._executor is None  # nothing started another process
    assert cache.peek(left, third) is None


def test_compare_chosen_while_its_pair_is_compared_ahead_is_not_compared_twice(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    left, right = reports
    engine.warm_up().result(timeout=60)
    engine.forget()
    ahead = engine.compare_ahead(ComparisonCache(), left, right)
    chosen = engine.compare(left, right)  # waits for the comparison under way, then takes it
    assert ahead.result(timeout=60)
    assert engine.comparisons_made() == 1
    assert comparison_to_data(chosen) == comparison_to_data(compare_reports(left, right))
    engine.forget()  # nothing kept: the next one is computed
    engine.compare(left, right)
    assert engine.comparisons_made() == 1


def test_comparing_ahead_in_a_process_that_died_keeps_nothing_and_loses_nothing(
    engine: EngineProcess, reports: tuple[CompareInput, CompareInput]
) -> None:
    left, right = reports
    cache = ComparisonCache()
    engine.warm_up().result(timeout=60)
    os.kill(_pid(engine), signal.SIGKILL)
    assert not engine.compare_ahead(cache, left, right).result(timeout=60)
    assert cache.peek(left, right) is None
    assert engine.compare(left, right).changes  # here, and a new process for the next
    engine.warm_up().result(timeout=60)
    assert engine.compare_ahead(cache, left, right).result(timeout=60)


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
