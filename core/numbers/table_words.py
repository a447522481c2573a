"""The words of the scorecard and numbers tables written as CSV, in Chinese and in English.

Only the table's own words change with the language (its headings, a verdict, a kind of
figure); a report's words (an indicator, a target as written, ``6%左右``) are written as the
report has them. A verdict reads as the command line's scorecard prints it
(``core.cli.scorecard_words``, which this part of core does not import: the command line
presents core, not the other way round).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TableWords:
    """The CSV tables' words in one language.

    Attributes:
        scorecard_columns: the scorecard's headings: year, indicator, target, result, verdict,
            gap, the gap's unit, target and result as written, the reports they stand in.
        numbers_columns: the numbers' headings: kind, value as written, the number, its unit,
            indicator, what it counts under, year, section, passage.
        kinds: each kind of figure's word, by its value (``target``, ``result``…): the
            numbers panel's names of the kinds (its kind chooser and legend).
        verdicts: each verdict's word, by its value (``met``, ``missed``…).
        near_miss: the word of a miss within a small margin, in place of ``missed``'s.
        reference: the GDP growth a relative target is judged against, with ``{value}``.
        points: the unit of a gap between two percentages (``个百分点``, ``pp``, as the
            scorecard's table says it); any other unit is the report's own (``万人``).
    """

    scorecard_columns: tuple[str, ...]
    numbers_columns: tuple[str, ...]
    kinds: dict[str, str]
    verdicts: dict[str, str]
    near_miss: str
    reference: str
    points: str


CHINESE_TABLE_WORDS = TableWords(
    scorecard_columns=(
        "年份",
        "指标",
        "目标",
        "结果",
        "判定",
        "差距",
        "差距单位",
        "目标原文",
        "结果原文",
        "目标出处",
        "结果出处",
    ),
    numbers_columns=(
        "类型",
        "数值",
        "数",
        "单位",
        "指标",
        "归入指标",
        "年份",
        "章节",
        "原文",
    ),
    kinds={
        "target": "预期目标",
        "plan_target": "规划目标",
        "commitment": "工作承诺",
        "result": "结果",
        "other": "其他",
    },
    verdicts={
        "met": "完成",
        "missed": "未完成",
        "not_reported": "未报告",
        "not_comparable": "不可比",
        "awaiting": "待下年报告",
    },
    near_miss="接近目标",
    reference="（GDP {value}）",
    points="个百分点",
)
"""The tables' words in Chinese."""

ENGLISH_TABLE_WORDS = TableWords(
    scorecard_columns=(
        "Year",
        "Indicator",
        "Target",
        "Result",
        "Verdict",
        "Gap",
        "Gap unit",
        "Target as written",
        "Result as written",
        "Target from",
        "Result from",
    ),
    numbers_columns=(
        "Kind",
        "Value",
        "Number",
        "Unit",
        "Indicator",
        "Counted as",
        "Year",
        "Section",
        "Passage",
    ),
    kinds={
        "target": "Target",
        "plan_target": "Plan target",
        "commitment": "Commitment",
        "result": "Result",
        "other": "Other",
    },
    verdicts={
        "met": "met",
        "missed": "missed",
        "not_reported": "not reported",
        "not_comparable": "not comparable",
        "awaiting": "awaiting",
    },
    near_miss="narrowly missed",
    reference=" (GDP {value})",
    points="pp",
)
"""The tables' words in English."""


def table_words(chinese: bool) -> TableWords:
    """The tables' words in Chinese, or in English.

    Args:
        chinese: whether the caller speaks Chinese.
    """
    return CHINESE_TABLE_WORDS if chinese else ENGLISH_TABLE_WORDS
