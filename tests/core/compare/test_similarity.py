"""Theme likeness: bigrams weighed by their rarity over both reports' sections, by cosine."""

from __future__ import annotations

import pytest

from core.compare.similarity import ThemeVectors, theme_side

REVIEW = (
    "推进煤炭产业转型，推进能源革命。",
    "推进文化旅游发展，推进景区建设。",
    "推进教育事业发展，推进学校建设。",
)


def test_a_rare_bigram_shared_weighs_more_than_a_common_one() -> None:
    plan = ("推进景区提质。", "构建能源体系。")
    energy = ThemeVectors(REVIEW, plan).cosines(0)
    # The energy review shares 推进 (in every section) with the first and 能源 (in two of
    # five) with the second: the theme is the rare word.
    assert energy[1] > energy[0] > 0


def test_a_report_s_weights_are_made_once_and_kept() -> None:
    first = theme_side(tuple(REVIEW))
    again = theme_side(tuple(list(REVIEW)))  # equal passages, another tuple
    assert again is first
    assert first.grams[1] >= {"旅游", "推进"} and "能源" not in first.grams[1]


def test_sections_pair_by_the_bigrams_they_share() -> None:
    plan = ("构建新型能源体系，推进煤炭清洁利用。", "建设文化旅游强市，推进景区提质。")
    vectors = ThemeVectors(REVIEW, plan)
    energy, tourism = vectors.cosines(0), vectors.cosines(1)
    assert energy[0] > energy[1]
    assert tourism[1] > tourism[0]
    assert energy[0] < 1.0
    assert ThemeVectors(REVIEW, REVIEW).cosines(2)[2] == pytest.approx(1.0)
    # Nothing shared: 0, not an error; a passage without bigrams likewise.
    assert ThemeVectors(("能源能源",), ("旅游旅游",)).cosines(0) == [0.0]
    assert ThemeVectors(("2024",), ("能源",)).cosines(0) == [0.0]
