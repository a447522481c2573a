"""Extraction never raises and keeps its offsets inside the text, whatever the text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model import Outline
from core.numbers.extract import extract_numbers

SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "samples"
SAMPLE = (SAMPLES / "changzhi-2024-report.txt").read_text(encoding="utf-8")
TARGETS_AT = SAMPLE.index("二、2024年工作安排")
EXCERPT = SAMPLE[TARGETS_AT - 400 : TARGETS_AT + 900]

# Characters that matter to the grammar, so that random texts hit the interesting paths.
ALPHABET = st.sampled_from(
    list("0123456789.%％,，;；。:：、—-~至到和分别左右以上内下控制在力争高于同步增长下降达到")
    + list("亿万千百十元人亩吨个家户倍成半一二三七两翻番")
    + ["地区生产总值", "城乡居民人均可支配收入", "主要预期目标是：", "综合考虑", "今年", "GDP"]
    + ["\n", "\n\n", "二、2024年工作安排\n", "一、2023年工作回顾\n", "**", "𠮷", " ", "PM_{2.5}"]
)


def _ink(text: str) -> str:
    """The characters a statement keeps: no whitespace, no bold marks."""
    return "".join(ch for ch in text if not ch.isspace()).replace("**", "")


def check(text: str, year: int | None) -> None:
    for statement in extract_numbers(text, Outline(()), year):
        assert 0 <= statement.start <= statement.end <= len(text)
        # The words as read; only line breaks extraction put inside them and bold marks go.
        assert _ink(statement.text) == _ink(text[statement.start : statement.end])
        assert statement.text.startswith(text[statement.start])
        assert statement.value is None or statement.value == statement.value  # not NaN


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=60).map("".join), st.one_of(st.none(), st.integers(1990, 2100)))
def test_any_text_of_report_words(text: str, year: int | None) -> None:
    check(text, year)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.integers(-5, 3000)))
def test_any_unicode_text(text: str, year: int | None) -> None:
    check(text, year)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(EXCERPT)), st.integers(0, 12), st.text(max_size=6)),
        min_size=1,
        max_size=8,
    )
)
def test_mutated_sample(edits: list[tuple[int, int, str]]) -> None:
    text = EXCERPT
    for at, cut, insert in edits:
        text = text[:at] + insert + text[at + cut :]
    check(text, 2024)
