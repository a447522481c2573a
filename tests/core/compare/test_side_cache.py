"""Each report's diff tokens and section bigram weights are kept between comparisons, and a
comparison is the same with them kept or made afresh."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.compare.areadiff import SideTokens
from core.compare.comparison import compare_reports, forget_kept, side_tokens
from core.compare.records import CompareInput, CompareSettings, Granularity
from core.compare.serialise import comparison_to_data
from core.compare.side_cache import SideTokensCache
from core.compare.similarity import theme_side
from core.library import load_file


def _input(path: Path) -> CompareInput:
    report = load_file(path)
    return CompareInput.from_loaded(replace(report, paragraph_tokens=report.tokens()))


def test_a_report_s_tokens_are_made_once_per_setting(samples: dict[str, Path]) -> None:
    report = _input(samples["cz2024"])
    made: list[CompareSettings] = []

    def build(side: CompareInput, settings: CompareSettings) -> SideTokens:
        made.append(settings)
        return side_tokens(side, settings)

    cache = SideTokensCache()
    words, characters = CompareSettings(), CompareSettings(Granularity.CHARACTER)
    first = cache.get(report, words, build)
    assert cache.get(report, words, build) is first
    assert cache.get(report, characters, build) is not first
    assert made == [words, characters]
    # Another report with the same text but other words is another entry.
    assert report.paragraph_tokens is not None
    other_words = replace(
        report, paragraph_tokens=[[p] for p in map("".join, report.paragraph_tokens)]
    )
    assert cache.get(other_words, words, build) is not first
    assert len(made) == 3


def test_capacity_drops_the_least_recently_used(samples: dict[str, Path]) -> None:
    reports = [_input(samples[name]) for name in ("cz2024", "cz2026np", "jc2024")]
    built: list[str] = []

    def build(side: CompareInput, settings: CompareSettings) -> SideTokens:
        built.append(side.meta.title)
        return side_tokens(side, settings)

    cache = SideTokensCache(capacity=2)
    for report in (*reports, reports[2], reports[0]):
        cache.get(report, CompareSettings(), build)
    # The third pushed the first out; the third again was kept; the first is made again.
    assert built == [r.meta.title for r in (*reports, reports[0])]
    nothing_kept = SideTokensCache(capacity=0)
    nothing_kept.get(reports[0], CompareSettings(), build)
    nothing_kept.get(reports[0], CompareSettings(), build)
    assert built[-2:] == [reports[0].meta.title] * 2


def test_a_comparison_is_the_same_with_tokens_kept_or_made_afresh(
    samples: dict[str, Path],
) -> None:
    left, right = _input(samples["cz2024"]), _input(samples["cz2026np"])
    kept = SideTokensCache()
    theme_side.cache_clear()  # the sections' bigram weights are kept too: start from nothing
    afresh = comparison_to_data(compare_reports(left, right, sides=SideTokensCache(0)))
    assert theme_side.cache_info().currsize > 0
    assert comparison_to_data(compare_reports(left, right, sides=kept)) == afresh
    assert comparison_to_data(compare_reports(left, right, sides=kept)) == afresh
    swapped = comparison_to_data(compare_reports(right, left, sides=kept))
    assert swapped == comparison_to_data(compare_reports(right, left, sides=SideTokensCache(0)))
    # Forgetting what is kept drops the sections' weights too (the engine's process does on
    # request); the comparison comes out the same from nothing.
    forget_kept()
    assert theme_side.cache_info().currsize == 0
    assert comparison_to_data(compare_reports(left, right)) == afresh
    assert theme_side.cache_info().currsize > 0  # made again: nothing was left to reuse
    # A cache of the caller's own keeps each report's grams and weights with its tokens.
    (kept_left,) = (side for side in kept._items.values() if side.text == left.text)
    assert kept_left.grams and len(kept_left.themes) == 2
