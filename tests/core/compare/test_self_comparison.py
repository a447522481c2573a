"""A text compared with itself has no changes, even where likeness has nothing to go on."""

from __future__ import annotations

import pytest

from core.analysis import analyse_text
from core.compare.comparison import compare_reports
from core.compare.records import CompareInput, CompareSettings, Granularity
from core.model import ReportKind, ReportMeta


def _input(text: str) -> CompareInput:
    analysed = analyse_text(text, "r.txt")
    meta = ReportMeta("t", None, None, ReportKind.REPORT)
    return CompareInput(analysed.text, analysed.outline, analysed.paragraphs, meta)


@pytest.mark.parametrize(
    "text",
    [
        "空",  # no character bigram at all
        "GDP 2024",  # no Chinese
        # a last part with a heading and no body: its one area has neither title nor theme
        "### 工作成效\n\n过去一年,全市上下坚持。\n\n#### ●承压前行、克难奋进\n\n"
        "全市地区生产总值完成2593.4亿元。\n\n#### ●深",
    ],
)
@pytest.mark.parametrize("granularity", list(Granularity))
def test_itself(text: str, granularity: Granularity) -> None:
    side = _input(text)
    comparison = compare_reports(side, side, CompareSettings(granularity=granularity))
    assert comparison.changes == ()
