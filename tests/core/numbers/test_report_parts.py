"""Telling the parts of a report apart: opening, review, five-year goals, plan, closing."""

from __future__ import annotations

import itertools

from core.model import Outline, ReportKind
from core.numbers.report_parts import ReportPart, part_at, report_parts
from core.outline import parse_outline

REPORT = (
    "各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n\n"
    "一、2023年工作回顾\n\n过去一年，地区生产总值增长5%。\n\n"
    "二、“十五五”时期经济社会发展目标任务\n\n到2030年，经济总量迈上新台阶。\n\n"
    "三、2026年工作安排\n\n今年主要预期目标是：GDP增长6%左右。\n\n"
    "（一）扩大内需。新建学校10所。\n\n"
    "四、全面加强政府自身建设\n\n坚持过紧日子。\n\n"
    "各位代表！让我们团结奋斗！\n"
)


def parts_of(
    text: str, year: int | None, kind: ReportKind | None = None
) -> list[tuple[ReportPart, int | None]]:
    return [(p.part, p.year) for p in report_parts(text, parse_outline(text), year, kind)]


def test_every_part_of_a_full_report() -> None:
    assert parts_of(REPORT, 2026) == [
        (ReportPart.OPENING, None),
        (ReportPart.REVIEW, 2023),
        (ReportPart.FIVE_YEAR, 2030),
        (ReportPart.PLAN, 2026),
        (ReportPart.SELF_BUILDING, 2026),
        (ReportPart.CLOSING, None),
    ]
    spans = report_parts(REPORT, Outline(()), 2026)
    assert spans[0].start == 0 and spans[-1].end == len(REPORT)
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    assert part_at(spans, REPORT.index("新建学校")).part is ReportPart.PLAN  # type: ignore[union-attr]
    assert part_at(spans, len(REPORT)) is None


def test_a_printing_that_starts_mid_review(sample_texts: dict[str, str]) -> None:
    assert parts_of(sample_texts["cz2024np"], 2024) == [
        (ReportPart.REVIEW, 2023),
        (ReportPart.PLAN, 2024),
    ]


def test_a_five_year_review_has_no_single_year(sample_texts: dict[str, str]) -> None:
    assert parts_of(sample_texts["cz2026np"], 2026) == [
        (ReportPart.REVIEW, None),
        (ReportPart.FIVE_YEAR, 2030),
        (ReportPart.PLAN, 2026),
    ]


def test_samples_with_all_parts(sample_texts: dict[str, str]) -> None:
    for name in ("cz2024", "jc2024"):
        assert [p for p, _ in parts_of(sample_texts[name], 2024)] == [
            ReportPart.OPENING,
            ReportPart.REVIEW,
            ReportPart.PLAN,
            ReportPart.SELF_BUILDING,
            ReportPart.CLOSING,
        ]


def test_an_interpretation_reviews_last_year(sample_texts: dict[str, str]) -> None:
    assert parts_of(sample_texts["cz2025i"], 2025) == [(ReportPart.REVIEW, 2024)]
    told = parts_of("# 2025年工作安排\n\n今年GDP增长5%。", 2025, ReportKind.INTERPRETATION)
    assert told == [(ReportPart.PLAN, 2025)]


def test_a_text_without_part_titles_is_unknown() -> None:
    assert parts_of("本报讯 今年主要预期目标是：GDP增长6%左右。", 2025) == [
        (ReportPart.UNKNOWN, None)
    ]
    assert parts_of("", None) == [(ReportPart.UNKNOWN, None)]
