"""Which kind of statement a figure makes (target, commitment, result…) and of which year.

The kind follows from the report part the figure stands in: the main-targets passage holds the
year's targets, a review its results (of the year before, or of a year or period it names), a
five-year plan part its plan targets, and a plan part the year's commitments (a plan target
when the sentence names a later year: ``到2027年``).
"""

from __future__ import annotations

import re

from core.numbers.report_parts import PartSpan, ReportPart
from core.numbers.statements import StatementKind

_PERIOD = re.compile(r"累计|年均|十[一二三四五六七八九]五|五年")
_FIVE_YEAR_YEAR = re.compile(r"^(?:(20\d\d)年|去年)")
_FUTURE_YEAR = re.compile(r"到(20\d\d)年")


def kind_and_year(
    text: str,
    report_year: int | None,
    part: PartSpan | None,
    start: int,
    end: int,
    in_targets: bool,
) -> tuple[StatementKind, int | None]:
    """The kind and year of the statement over the scan-text span ``[start, end)``.

    Args:
        text: the scanning copy.
        report_year: the year the report was delivered, if known.
        part: the report part the statement stands in, if any.
        start: where the statement starts in ``text``.
        end: where it ends.
        in_targets: whether it stands in the main-targets passage.
    """
    if in_targets:
        return StatementKind.TARGET, report_year
    if part is None:
        return StatementKind.OTHER, None
    sentence_start = (
        max(text.rfind("。", 0, start), text.rfind("\n", 0, start), text.rfind("；", 0, start)) + 1
    )
    sentence = text[sentence_start:start]
    if part.part is ReportPart.REVIEW:
        if _PERIOD.search(text, sentence_start, end):
            return StatementKind.RESULT, None  # a cumulative or five-year figure
        if part.year is None and report_year is not None:
            stated = _FIVE_YEAR_YEAR.match(sentence.lstrip())
            if stated:
                said = int(stated.group(1)) if stated.group(1) else report_year - 1
                return StatementKind.RESULT, said if said < report_year else None
        return StatementKind.RESULT, part.year
    if part.part is ReportPart.FIVE_YEAR:
        return StatementKind.PLAN_TARGET, part.year
    if part.part is ReportPart.PLAN:
        future = _FUTURE_YEAR.search(sentence)
        if future and report_year is not None and int(future.group(1)) > report_year:
            return StatementKind.PLAN_TARGET, int(future.group(1))
        return StatementKind.COMMITMENT, part.year
    return StatementKind.OTHER, part.year if part.part is ReportPart.SELF_BUILDING else None
