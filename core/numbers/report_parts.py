"""Which part of a report a passage is in: opening, review, five-year plan, this year's plan, …

A government work report has a fixed order: opening, review of last year (or of the five-year
period), optionally the five-year goals, this year's plan, the government's self-building,
closing. The parts are told by their level-1 titles (``一、2023年工作回顾``), taken from the
outline or, when it has none, from the text's own ``一、`` lines. A newspaper printing that
starts mid-report begins with the tail of the part before its first title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from core.line_space import LINE_SPACE_RUN
from core.model import Outline, ReportKind


class ReportPart(StrEnum):
    """A part of a government work report."""

    OPENING = "opening"
    REVIEW = "review"
    FIVE_YEAR = "five_year"
    PLAN = "plan"
    SELF_BUILDING = "self_building"
    CLOSING = "closing"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class PartSpan:
    """A part of a text, by offsets into the text as read.

    Attributes:
        part: which part.
        start, end: its half-open span.
        title: its level-1 title, empty when the part has none (opening, a part cut off).
        year: the year its figures refer to: last year for an annual review, this year for
            the plan, the horizon (2030) for five-year goals; None for a five-year review
            or when unknown.
    """

    part: ReportPart
    start: int
    end: int
    title: str
    year: int | None


_LEVEL1_LINE = re.compile(
    r"^" + LINE_SPACE_RUN + r"([一二三四五六七八九十]{1,3})[、.．]([^\n]{2,60})$", re.M
)
_MARKDOWN_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]*([^\n]*)$", re.M)
_FIVE_YEAR_NAME = re.compile(r"十([一二三四五六七八九])五")
_YEAR = re.compile(r"(20\d\d|19\d\d)年")
_HORIZON = re.compile(r"到(20\d\d)年")
_REVIEW_TITLE = re.compile(r"回顾|过去一年|过去五年|工作总结|主要成绩|取得的成绩|成就")
_PLAN_FIVE_TITLE = re.compile(
    r"(?:十[一二三四五六七八九]五|五年|中长期|远景|20[3-5]\d年).{0,20}(?:目标|任务|规划|展望|奋斗|主要)"
)
_PLAN_TITLE = re.compile(
    r"工作安排|工作任务|重点工作|今年工作|总体要求|政策取向|发展目标|目标任务|主要任务"
)
_SELF_TITLE = re.compile(r"自身建设|政府治理|治理效能|政府建设|作风建设|建设人民满意")
_OPENING = re.compile(r"各位代表|向大会报告|报告工作")
_CLOSING = re.compile(r"^" + LINE_SPACE_RUN + r"各位代表[！!，,]", re.M)
_LEVEL2_LINE = re.compile(r"^" + LINE_SPACE_RUN + r"[（(][一二三四五六七八九十]{1,3}[）)]", re.M)
_FIVE_YEAR_REVIEW = re.compile(r"五年来|过去五年|十[一二三四五六七八九]五.{0,2}(?:时期|以来|期间)")
_INTERPRETATION_TITLE = re.compile(r"解读|图解")
_NUMERALS = "一二三四五六七八九十"


def _classify(title: str) -> ReportPart:
    if _REVIEW_TITLE.search(title):
        return ReportPart.REVIEW
    if _PLAN_FIVE_TITLE.search(title):
        return ReportPart.FIVE_YEAR
    if _SELF_TITLE.search(title):
        return ReportPart.SELF_BUILDING
    if _PLAN_TITLE.search(title) or _YEAR.search(title):
        return ReportPart.PLAN
    return ReportPart.UNKNOWN


def _level1_titles(text: str, outline: Outline) -> list[tuple[int, str, str]]:
    """(start, numeral, title) of each level-1 part heading, from the outline or the text."""
    from_outline = []
    for section in outline.sections:
        head = text[section.start : section.heading_end].strip()
        match = re.match(r"([一二三四五六七八九十]{1,3})[、.．](.*)", head)
        if section.level == 1 and match:
            from_outline.append((section.start, match.group(1), match.group(2)))
    if any(_classify(title) is not ReportPart.UNKNOWN for _, _, title in from_outline):
        return from_outline
    found = []
    for match in _LEVEL1_LINE.finditer(text):
        title = match.group(2).strip()
        if len(title) <= 40 and title.count("，") + title.count(",") <= 1:
            found.append((match.start(), match.group(1), title))
    return found


def _year_of(part: ReportPart, title: str, body: str, report_year: int | None) -> int | None:
    if part is ReportPart.REVIEW:
        if _FIVE_YEAR_NAME.search(title) or "五年" in title:
            return None
        explicit = _YEAR.search(title)
        if explicit:
            return int(explicit.group(1))
        if not title and _FIVE_YEAR_REVIEW.search(body):
            return None
        return None if report_year is None else report_year - 1
    if part is ReportPart.FIVE_YEAR:
        horizon = _HORIZON.search(title) or _HORIZON.search(body)
        if horizon:
            return int(horizon.group(1))
        name = _FIVE_YEAR_NAME.search(title) or _FIVE_YEAR_NAME.search(body)
        if name:
            return 1955 + 5 * (10 + _NUMERALS.index(name.group(1)) + 1)
        return None
    if part in (ReportPart.PLAN, ReportPart.SELF_BUILDING):
        return report_year
    return None


def _interpretation_parts(text: str, report_year: int | None) -> list[PartSpan]:
    """An interpretation reviews last year unless a heading announces this year's plan."""
    spans: list[PartSpan] = []
    part, start, title = ReportPart.REVIEW, 0, ""
    for match in _MARKDOWN_HEADING.finditer(text):
        heading = match.group(1)
        names_this_year = report_year is not None and f"{report_year}年" in heading
        is_plan = names_this_year or re.search(r"今年|预期目标|目标任务|工作安排", heading)
        new_part = ReportPart.PLAN if is_plan else ReportPart.REVIEW
        if new_part is not part:
            spans.append(PartSpan(part, start, match.start(), title, None))
            part, start, title = new_part, match.start(), heading
    spans.append(PartSpan(part, start, len(text), title, None))
    last_year = None if report_year is None else report_year - 1
    return [
        PartSpan(
            s.part, s.start, s.end, s.title, report_year if s.part is ReportPart.PLAN else last_year
        )
        for s in spans
        if s.end > s.start
    ]


def is_interpretation(text: str) -> bool:
    """Whether a text reads as an interpretation of a report (解读 or 图解 in its first lines)."""
    return bool(_INTERPRETATION_TITLE.search(text[:300]))


def report_parts(
    text: str, outline: Outline, year: int | None, kind: ReportKind | None = None
) -> list[PartSpan]:
    """The parts of a report, in text order, covering the whole text.

    Args:
        text: the text as read.
        outline: its section tree (level-1 sections are the parts); may be empty.
        year: the year the report was delivered, if known.
        kind: what the text is, if known; an interpretation is read as a review of last year.

    Returns:
        Consecutive spans from 0 to ``len(text)``; a text with no recognisable part titles is
        one UNKNOWN span.
    """
    if kind is ReportKind.INTERPRETATION or (kind is None and is_interpretation(text)):
        return _interpretation_parts(text, year)
    titles = _level1_titles(text, outline)
    classified = [(start, title, _classify(title)) for start, _, title in titles]
    if not any(part is not ReportPart.UNKNOWN for _, _, part in classified):
        return [PartSpan(ReportPart.UNKNOWN, 0, len(text), "", None)]
    spans: list[PartSpan] = []
    first_start = classified[0][0]
    if first_start > 0:
        head = text[:first_start]
        first_part = classified[0][2]
        if titles[0][1] == "一" or _OPENING.search(head):
            lead = ReportPart.OPENING
        elif first_part in (ReportPart.PLAN, ReportPart.FIVE_YEAR):
            lead = ReportPart.REVIEW
        elif first_part is ReportPart.SELF_BUILDING:
            lead = ReportPart.PLAN
        else:
            lead = ReportPart.UNKNOWN
        spans.append(PartSpan(lead, 0, first_start, "", _year_of(lead, "", head, year)))
    for index, (start, title, part) in enumerate(classified):
        end = classified[index + 1][0] if index + 1 < len(classified) else len(text)
        spans.append(
            PartSpan(part, start, end, title, _year_of(part, title, text[start:end], year))
        )
    last = spans[-1]
    if last.part in (ReportPart.SELF_BUILDING, ReportPart.PLAN):
        closings = list(_CLOSING.finditer(text, last.start, last.end))
        if closings and not _LEVEL2_LINE.search(text, closings[-1].start(), last.end):
            cut = closings[-1].start()
            spans[-1] = PartSpan(last.part, last.start, cut, last.title, last.year)
            spans.append(PartSpan(ReportPart.CLOSING, cut, last.end, "", None))
    return spans


def part_at(parts: list[PartSpan], offset: int) -> PartSpan | None:
    """The part holding ``offset`` (parts as returned by ``report_parts``)."""
    low, high = 0, len(parts)
    while low < high:
        middle = (low + high) // 2
        if parts[middle].end <= offset:
            low = middle + 1
        else:
            high = middle
    if low < len(parts) and parts[low].start <= offset:
        return parts[low]
    return None
