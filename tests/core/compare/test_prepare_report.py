"""Preparing a report ahead of its comparison: the comparison that follows makes nothing of
either report again, and comes out as it would have without the preparation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.compare.comparison import compare_reports, forget_kept, prepare_report
from core.compare.moves import _grams
from core.compare.records import CompareInput
from core.compare.serialise import comparison_to_data
from core.compare.side_cache import SideTokensCache
from core.compare.similarity import bigram_weights, likeness_grams
from core.library import load_file


def _input(path: Path) -> CompareInput:
    report = load_file(path)
    return CompareInput.from_loaded(replace(report, paragraph_tokens=report.tokens()))


def _clear() -> None:
    for kept in (bigram_weights, likeness_grams, _grams):
        kept.cache_clear()


def test_a_prepared_pair_is_compared_without_making_anything_of_either_again(
    samples: dict[str, Path],
) -> None:
    left, right = _input(samples["cz2024"]), _input(samples["cz2026np"])
    _clear()
    unprepared = comparison_to_data(compare_reports(left, right, sides=SideTokensCache()))

    _clear()
    sides = SideTokensCache()
    prepare_report(left, sides=sides)
    prepare_report(right, sides=sides)
    assert len(sides) == 2
    weights, grams = bigram_weights.cache_info(), likeness_grams.cache_info()
    assert weights.currsize > 20 and grams.currsize > 100
    built: list[CompareInput] = []

    def build(side: CompareInput, settings: object) -> object:
        built.append(side)
        raise AssertionError("the prepared tokens were made again")

    original_get = sides.get
    sides.get = lambda side, settings, _build: original_get(side, settings, build)  # type: ignore[method-assign]
    prepared = comparison_to_data(compare_reports(left, right, sides=sides))
    assert built == []
    assert bigram_weights.cache_info().misses == weights.misses
    assert likeness_grams.cache_info().misses == grams.misses
    assert prepared == unprepared


def test_forgetting_drops_everything_kept(samples: dict[str, Path]) -> None:
    from core.compare.side_cache import SHARED_SIDES

    left, right = _input(samples["cz2024"]), _input(samples["jc2024"])
    compare_reports(left, right)
    assert len(SHARED_SIDES) >= 2 and likeness_grams.cache_info().currsize > 0
    assert bigram_weights.cache_info().currsize > 0 and _grams.cache_info().currsize > 0
    forget_kept()
    assert len(SHARED_SIDES) == 0
    for kept in (bigram_weights, likeness_grams, _grams):
        assert kept.cache_info().currsize == 0
