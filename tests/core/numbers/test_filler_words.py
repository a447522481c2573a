"""An adverb or a time phrase before a figure names no indicator: the indicator is the clause's
subject where it has one, else what the figure counts, else nothing."""

from __future__ import annotations

import pytest

from core.numbers.extract import extract_numbers
from core.numbers.statements import NumericStatement
from core.outline import parse_outline
from tests.core.numbers.test_extract import plan

YEARS = {"cz2024": 2024, "cz2025i": 2025, "jc2024": 2024, "cz2024np": 2024, "cz2026np": 2026}
FILLER_WORDS = {"在", "年内", "全力", "力争", "确保", "努力", "全年", "今年", "要", "将", "预计"}


def figures_of(text: str, year: int) -> list[NumericStatement]:
    return extract_numbers(text, parse_outline(text), year)


def test_a_time_phrase_before_the_subject_is_not_part_of_it(sample_texts: dict[str, str]) -> None:
    """``年内规上服务业企业达到200家``, ``年内科技型中小企业入库达到250家`` (晋城 2024)."""
    statements = figures_of(sample_texts["jc2024"], 2024)
    read = {(s.value, s.unit): (s.indicator, s.text) for s in statements}
    assert read[(200.0, "家")] == ("规上服务业企业", "规上服务业企业达到200家")
    assert read[(250.0, "家")] == ("科技型中小企业入库", "科技型中小企业入库达到250家")


def test_a_figure_without_a_subject_reads_what_it_counts(sample_texts: dict[str, str]) -> None:
    """``…等项目加快推进，年内实现7万人口集聚`` (晋城 2024): neither 年内 nor the 59个项目 of
    clauses before, which have subjects of their own between."""
    statements = figures_of(sample_texts["jc2024"], 2024)
    people = next(s for s in statements if (s.value, s.unit) == (7.0, "万人"))
    assert (people.indicator, people.text) == ("人口集聚", "实现7万人口集聚")


@pytest.mark.parametrize("name", ["cz2024", "cz2024np"])
def test_a_place_phrase_is_no_indicator(sample_texts: dict[str, str], name: str) -> None:
    """``在7个焦化“上大关小”升级改造项目全面投产基础上`` (长治 2024; the newspaper writes
    ``项目中全面投产``): not 在, but the projects the 7个 counts, up to the adverb and the verb
    that say what became of them."""
    statements = figures_of(sample_texts[name], 2024)
    (seven,) = [s for s in statements if s.value == 7.0 and s.unit == "个" and "焦化" in s.text]
    assert (seven.text, seven.indicator) == (
        "7个焦化“上大关小”升级改造项目",
        "焦化“上大关小”升级改造项目",
    )


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("全力赶超300亿元。", ""),
        ("规上工业营收全力赶超300亿元。", "规上工业营收"),
        ("努力实现城镇新增就业5万人。", "城镇新增就业"),
        ("在建项目达到50个。", "在建项目"),
    ],
)
def test_an_adverb_is_not_the_indicator(sentence: str, indicator: str) -> None:
    text = plan(sentence)
    (statement,) = [s for s in figures_of(text, 2024) if s.section[0] == "2024年工作安排"]
    assert statement.indicator == indicator


def test_no_sample_figure_reads_a_filler_word(sample_texts: dict[str, str]) -> None:
    for name, text in sample_texts.items():
        for statement in figures_of(text, YEARS[name]):
            assert statement.indicator not in FILLER_WORDS, (name, statement.text)
            assert not statement.indicator.startswith(("年内", "全力", "努力")), statement.text
