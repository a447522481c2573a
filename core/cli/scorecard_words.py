"""The words of the command line's scorecard table, in Chinese and in English.

Only the table's own words change with the language; a report's words (an indicator, a target
as written, ``6%左右``) are printed as the report has them.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.counted import Counted
from core.cli.language import Bilingual
from core.numbers.table_words import CHINESE_TABLE_WORDS, ENGLISH_TABLE_WORDS


@dataclass(frozen=True)
class ScorecardWords:
    """The scorecard table's words in one language.

    Attributes:
        columns: the headings of indicator, target, result, verdict and gap.
        year: a year's heading, with ``{year}`` for the year.
        no_result_report: in place of the result reports, when the library has none yet.
        between_reports: what stands between two result reports' titles (``、``, ``, ``).
        no_reports: when the library has no report of the region, with ``{region}``.
        no_targets: when no report of the region has a main-targets passage, with
            ``{region}``.
        verdicts: each verdict's word, by its value (``met``, ``missed``…).
        near_miss: the word of a miss within a small margin, in place of ``missed``'s.
        reference: the GDP growth a relative target is judged against, with ``{value}``.
        points: a gap in percentage points, with ``{gap}`` (signed).
        written: the table written to a CSV file, with ``{count}`` (its rows) and ``{out}``.
    """

    columns: tuple[str, str, str, str, str]
    year: str
    no_result_report: str
    between_reports: str
    no_reports: str
    no_targets: str
    verdicts: dict[str, str]
    near_miss: str
    reference: str
    points: str
    written: Counted


SCORECARD_WORDS = Bilingual(
    chinese=ScorecardWords(
        columns=("指标", "目标", "结果", "判定", "差距"),
        year="{year}年目标",
        no_result_report="尚无下一年的报告",
        between_reports="、",
        no_reports="报告库中没有{region}的报告（`reportlens list` 列出库中的报告）",
        no_targets="{region}的报告中没有主要预期目标",
        # The verdicts as the exported tables give them (one set of words for both).
        verdicts=CHINESE_TABLE_WORDS.verdicts,
        near_miss=CHINESE_TABLE_WORDS.near_miss,
        reference=CHINESE_TABLE_WORDS.reference,
        points="{gap}个百分点",
        written=Counted("已将 {count} 项目标的完成情况写入 {out}"),
    ),
    english=ScorecardWords(
        columns=("Indicator", "Target", "Result", "Verdict", "Gap"),
        year="{year} targets",
        no_result_report="no report of the next year yet",
        between_reports=", ",
        no_reports="no reports of '{region}' in the library (see `reportlens list`)",
        no_targets="no report of '{region}' has a main-targets passage (主要预期目标)",
        verdicts=ENGLISH_TABLE_WORDS.verdicts,
        near_miss=ENGLISH_TABLE_WORDS.near_miss,
        reference=ENGLISH_TABLE_WORDS.reference,
        points="{gap} pp",
        written=Counted(
            "wrote {count} targets and how each fared to {out}",
            one="wrote 1 target and how it fared to {out}",
        ),
    ),
)
"""The scorecard table's words, as ``SCORECARD_WORDS.spoken()`` picks them."""
