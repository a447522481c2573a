"""Theme likeness: bigrams weighed by their rarity over both reports' sections, by cosine."""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.compare.similarity import (
    _FOLDS_TO_CJK,
    bigram_weights,
    bigrams,
    theme_cosines,
    theme_side,
)
from core.compare.units import build_units
from core.outline import parse_outline
from tests.property.mutations import PROPERTY_SETTINGS

REVIEW = (
    "推进煤炭产业转型，推进能源革命。",
    "推进文化旅游发展，推进景区建设。",
    "推进教育事业发展，推进学校建设。",
)


def _plain_cosines(left: list[str], right: list[str]) -> list[list[float]]:
    """TF-IDF cosines as the definition reads: every vector built, every product summed."""
    weights = [bigram_weights(p) for p in left + right]
    frequency = Counter(gram for weight in weights for gram in weight)
    idf = {gram: math.log(1 + len(weights) / n) for gram, n in frequency.items()}
    vectors = [{g: w * idf[g] for g, w in weight.items()} for weight in weights]
    norms = [math.sqrt(sum(v * v for v in vector.values())) for vector in vectors]
    result = []
    for i in range(len(left)):
        row = []
        for j in range(len(left), len(weights)):
            dot = sum(w * vectors[j].get(g, 0.0) for g, w in vectors[i].items())
            row.append(dot / (norms[i] * norms[j]) if dot else 0.0)
        result.append(row)
    return result


def _sections(text: str) -> tuple[list[str], list[str]]:
    parts = build_units(text, parse_outline(text))
    areas = [area for part in parts for area in part.children]
    return [text[u.body_start : u.end] for u in parts], [text[u.body_start : u.end] for u in areas]


@pytest.mark.parametrize(
    ("left", "right"), [("cz2024", "cz2026np"), ("cz2024", "cz2024np"), ("cz2024", "jc2024")]
)
def test_cosines_are_those_of_the_vectors_the_definition_builds(
    sample_texts: dict[str, str], left: str, right: str
) -> None:
    # Sample reports: bigrams in one section of both, in several of one or of both, and in
    # one report only, at both levels.
    for left_sections, right_sections in zip(
        _sections(sample_texts[left]), _sections(sample_texts[right]), strict=True
    ):
        found = theme_cosines(left_sections, right_sections)
        expected = _plain_cosines(left_sections, right_sections)
        assert len(found) == len(left_sections)
        for found_row, expected_row in zip(found, expected, strict=True):
            assert found_row == pytest.approx(expected_row, rel=1e-9, abs=1e-12)
        assert any(0.2 < c < 1.0 for row in found for c in row)


# Few characters, so that bigrams recur within and across sections; a radical and a
# compatibility ideograph that fold to others; punctuation, Latin, an ideograph beyond the BMP.
_CHARACTER = st.sampled_from(
    [*"能源推进煤文生", "⽣", "\uf9c3", "遼", "，", "a", " ", "\U00020000"]
)
_PASSAGE = st.lists(_CHARACTER, max_size=30).map("".join) | st.builds(
    lambda piece, times: piece * times,
    st.lists(_CHARACTER, min_size=1, max_size=4).map("".join),
    st.integers(1, 2000),
)
_REPORT = st.lists(_PASSAGE, max_size=10)


@PROPERTY_SETTINGS
@given(_REPORT, _REPORT, st.booleans())
def test_cosines_of_any_sections_are_those_the_definition_gives(
    left: list[str], right: list[str], same: bool
) -> None:
    right = list(left) if same else right
    found = theme_cosines(left, right)
    expected = _plain_cosines(left, right)
    assert len(found) == len(left)
    for found_row, expected_row in zip(found, expected, strict=True):
        assert len(found_row) == len(right)
        for value, plain in zip(found_row, expected_row, strict=True):
            assert (value == 0.0) == (plain == 0.0)
            assert value == pytest.approx(plain, rel=1e-9, abs=1e-12)


def test_a_rare_bigram_shared_weighs_more_than_a_common_one() -> None:
    plan = ("推进景区提质。", "构建能源体系。")
    energy = theme_cosines(REVIEW, plan)[0]
    # The energy review shares 推进 (in every section) with the first and 能源 (in two of
    # five) with the second: the theme is the rare word.
    assert energy[1] > energy[0] > 0


def test_a_report_s_postings_are_made_once_and_kept() -> None:
    first = theme_side(tuple(REVIEW))
    again = theme_side(tuple(list(REVIEW)))  # equal passages, another tuple
    assert again is first
    assert first.alone["旅游"] == 1
    assert first.alone_weights["旅游"] == 1.0
    assert first.sections == len(REVIEW)
    assert [section for section, _ in first.spread["推进"]] == [0, 1, 2]
    # 推进 twice in each section: weight 1 + log 2, in all three sections.
    assert first.squares[0][3] == pytest.approx((1 + math.log(2)) ** 2)


def test_sections_pair_by_the_bigrams_they_share() -> None:
    plan = ("构建新型能源体系，推进煤炭清洁利用。", "建设文化旅游强市，推进景区提质。")
    energy, tourism = theme_cosines(REVIEW, plan)[:2]
    assert energy[0] > energy[1]
    assert tourism[1] > tourism[0]
    assert energy[0] < 1.0
    assert theme_cosines(REVIEW, REVIEW)[2][2] == pytest.approx(1.0)
    # Nothing shared: 0, not an error; a passage without bigrams likewise.
    assert theme_cosines(("能源能源",), ("旅游旅游",)) == [[0.0]]
    assert theme_cosines(("2024",), ("能源",)) == [[0.0]]
    # A report without sections at this level, and one section beside one.
    assert theme_cosines((), ("能源能源",)) == []
    assert theme_cosines(("能源能源",), ()) == [[]]
    assert theme_cosines(("能源",), ("能源",)) == [[pytest.approx(1.0)]]


def test_compatibility_forms_of_ideographs_count_as_the_ideographs() -> None:
    # Text extracted from a PDF may carry Kangxi radicals (⽣ U+2F63) and compatibility
    # ideographs (U+F9C3, the ideograph 遼 U+907C) for the ideographs.
    assert bigram_weights("⽣态环境，⽣态") == bigram_weights("生态环境，生态")
    assert bigram_weights("\uf9c3宁") == bigram_weights("\u907c宁") == {"\u907c宁": 1.0}
    # Width and punctuation folds leave the runs of ideographs as they are.
    assert bigram_weights("增长６％，就业") == {"增长": 1.0, "就业": 1.0}


def test_every_character_nfkc_turns_into_an_ideograph_is_folded() -> None:
    ideograph = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
    missed = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = unicodedata.normalize("NFKC", char)
        if folded != char and ideograph.search(char + folded) and not _FOLDS_TO_CJK.match(char):
            missed.append(f"U+{code:04X}")
    assert missed == []
    # The everyday punctuation of Chinese prose is not in it: those passages are not folded.
    assert not _FOLDS_TO_CJK.search("，。、；：？！“”（）《》【】　％０１")
    assert bigrams("发展。") == ["发展"]
