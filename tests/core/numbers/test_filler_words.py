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
FILLER_STARTS = ("年内", "全力", "努力", "持续", "深入", "推进", "加快", "实施", "完成", "全面")
FILLER_STARTS += ("统筹", "抓好", "抓紧", "紧盯", "开展", "争取", "纵深")


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


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("持续推进总投资130亿元。", "总投资"),
        ("深入推进总投资1059亿元。", "总投资"),
        ("推进实施总投资1105亿元。", "总投资"),
        ("纵深推进总投资超千亿元。", "总投资"),
        ("统筹抓好已谋划储备的总投资6747亿元。", "已谋划储备的总投资"),
        ("抓紧总投资205亿元。", "总投资"),
        ("紧盯年度投资计划806亿元。", "年度投资计划"),
        ("全面完成总投资39.24亿元。", "总投资"),
        ("完成营造林11.7万亩。", "营造林"),
        ("实施关键核心技术攻关项目100项。", "关键核心技术攻关项目"),
        ("开展合作事项130项。", "合作事项"),
        ("争取两化融合贯标认证企业突破30家。", "两化融合贯标认证企业"),
        # what is counted: new ones, or the ones whose building starts
        ("新增城镇就业4.3万人。", "新增城镇就业"),
        ("新建智能化矿井8座。", "新建智能化矿井"),
        ("加快开工建设总投资113亿元。", "开工建设总投资"),
        ("发放创业担保贷款5.7亿元。", "发放创业担保贷款"),
        # a verb that is the indicator's own first word
        ("完成率达到95%。", "完成率"),
    ],
)
def test_a_verb_of_pushing_the_work_on_is_not_the_indicator(sentence: str, indicator: str) -> None:
    """``持续推进总投资130亿元`` is a figure of 总投资: how hard the city works at it is no part
    of what it measures; 新增, 新建, 开工, 发放 name what is counted and stay."""
    text = plan(sentence)
    (statement,) = [s for s in figures_of(text, 2024) if s.section[0] == "2024年工作安排"]
    assert statement.indicator == indicator
    assert statement.text.startswith(indicator)


@pytest.mark.parametrize(
    ("sentence", "text", "indicator"),
    [
        ("加快推进28个项目建设。", "加快推进28个项目建设", "项目建设"),
        ("加快推进10万吨己二腈。", "加快推进10万吨己二腈", "己二腈"),
    ],
)
def test_what_is_done_to_a_noun_after_the_figure_keeps_its_verbs(
    sentence: str, text: str, indicator: str
) -> None:
    """Before a figure whose noun follows it the words say what is done, not what is counted:
    the statement reads them whole."""
    (statement,) = [s for s in figures_of(plan(sentence), 2024) if s.section[0] == "2024年工作安排"]
    assert (statement.text, statement.indicator) == (text, indicator)


def test_no_sample_figure_reads_a_filler_word(sample_texts: dict[str, str]) -> None:
    for name, text in sample_texts.items():
        for statement in figures_of(text, YEARS[name]):
            assert statement.indicator not in FILLER_WORDS, (name, statement.text)
            assert not statement.indicator.startswith(FILLER_STARTS), statement.text
