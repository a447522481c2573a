"""Each report's diff tokens and section bigram weights are kept between comparisons, and a
comparison is the same with them kept or made afresh."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.compare.comparison import compare_reports, forget_kept, side_tokens
from core.compare.diff_tokens import build_tokens, character_pieces
from core.compare.records import CompareInput, CompareSettings, Granularity
from core.compare.serialise import comparison_to_data
from core.compare.side_cache import SHARED_SIDES, SideTokensCache
from core.compare.side_tokens import SideTokens
from core.library import load_file
from core.paragraphs import split_paragraphs


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
    afresh = comparison_to_data(compare_reports(left, right, sides=SideTokensCache(0)))
    assert comparison_to_data(compare_reports(left, right, sides=kept)) == afresh
    assert comparison_to_data(compare_reports(left, right, sides=kept)) == afresh
    swapped = comparison_to_data(compare_reports(right, left, sides=kept))
    assert swapped == comparison_to_data(compare_reports(right, left, sides=SideTokensCache(0)))
    # Forgetting what is kept drops each report's tokens with their sections' weights (the
    # engine's process does on request); the comparison comes out the same from nothing.
    forget_kept()
    assert len(SHARED_SIDES) == 0
    assert comparison_to_data(compare_reports(left, right)) == afresh
    assert len(SHARED_SIDES) == 2
    # Each report's grams and weights are kept with its tokens, in a cache of the caller's own
    # as in the shared one.
    for cache in (kept, SHARED_SIDES):
        (kept_left,) = (side for side in cache._items.values() if side.text == left.text)
        assert kept_left.grams and len(kept_left.themes) == 2


def test_themes_are_read_with_compatibility_ideographs_folded() -> None:
    # ``⽣`` (U+2F63, a Kangxi radical) is read as ``生``: the report's themes are those of
    # the text written with ``生``, by way of the folded sections' own bigrams.
    plain = "一、生态\n\n推进生态保护，发展生物产业。\n\n二、民生\n\n保障民生，稳定就业。"
    folded = plain.replace("生", "\u2f63")
    sides = []
    for text in (plain, folded):
        paragraphs = split_paragraphs(text)
        tokens = build_tokens(text, paragraphs, character_pieces(text, paragraphs))
        sides.append(SideTokens.of(text, paragraphs, tokens))
    spans = ((0, plain.index("二")), (plain.index("二"), len(plain)))
    plain_theme, folded_theme = (side.theme(spans) for side in sides)
    assert "生态" in plain_theme.alone and "民生" in plain_theme.alone
    assert folded_theme == plain_theme
