"""The year a report was delivered in, read from its text, section tree and file name.

The surest sign is a title line naming it (``太原市2022年政府工作报告``); then ``2024年工作安排``
(``2023年重点工作`` as a part's title); a date line at the top; ``今年是新中国成立75周年``
(or ``2024年是…``); ``2026年是“十五五”规划的开局之年``; ``2023年工作回顾`` (+1); the file name;
failing all, the year named most, the later of two named as often (a report names the year it
reviews and the year it plans, and is given in the second), where a review with no plan part
(an interpretation) reviews the year before the one it is delivered in. Years written as years
(``2024年``) are counted first; a bare four-digit number only when none is, and never one a
unit follows (``2000余套``, ``2000亩`` are quantities).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import PurePath

from core.line_space import LINE_SPACE
from core.model import Outline
from core.title_line import LINE_OPENING, TITLE_REACH

# \d matches full-width digits too, and int() reads them.
_YEAR = r"(\d{4})"
_PLAN_YEAR = re.compile(_YEAR + r"年(?:的)?(?:工作安排|政府工作任务|主要工作任务)")
# Plan parts named in other words (二、2023年重点工作, 2023年工作总体要求和主要任务); in body
# text these phrases also name last year's work, so only a part's own title counts.
_PLAN_PART_YEAR = re.compile(
    _YEAR + r"年(?:的)?(?:重点工作|主要任务|[\u4e00-\u9fff]{0,8}?总体要求[^。\n]{0,12}任务)"
)
_REVIEW_PART = re.compile(r"完成|情况|回顾|落实|进展|成效|成绩")
# A title line holding the report's year: 太原市2022年政府工作报告, 2024年长治市人民政府工作报告,
# 太原市人民政府工作报告（2022年）, 长治市2025年政府工作报告解读.
_YEAR_TITLE_LINE = re.compile(LINE_OPENING + r"([^\n]{0,24}政府工作报告[^\n]{0,12})$", re.MULTILINE)
_YEAR_IN_TITLE = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
_LINE = re.compile(r"[^\n]*")
_BODY_LINE = re.compile(r"[:：]|[。！？!?；;][”’」』)）]?\s*$")
_DATE_LINE = re.compile(_YEAR + r"年\d{1,2}月\d{1,2}日")
_ANNIVERSARY = re.compile(r"(今年|" + _YEAR + r"年)是(?:新中国|中华人民共和国)成立(\d{2,3})周年")
_FIVE_YEAR_PLAN = re.compile(
    r"(今年|"
    + _YEAR
    + r"年)是[“\"]?十([一二三四五六七八九])五[”\"]?(?:规划)?(?:的)?(开局|收官)之年"
)
_REVIEW_YEAR = re.compile(_YEAR + r"年(?:的)?工作回顾")
# A year named as a horizon ("到2035年") says nothing about when the report was given; nor
# does an ordinal (第2000) or a number in a list of figures (1,2000).
_NOT_AFTER = r"(?<![\d.到至第])(?<!\d[,，])"
_WRITTEN_YEAR = re.compile(_NOT_AFTER + _YEAR + r"年")
# A number written without 年 is a year only when no unit or measure word follows it:
# 2000余套, 2000亩, 2000万元, 2000个 are quantities.
_UNIT = (
    r"[\d.,，%％‰余多万亿千百十个只件套亩顷元吨户家人名位项座所台辆条处间栋层公千米平立方倍次批期]"
)
_BARE_YEAR = re.compile(_NOT_AFTER + _YEAR + r"(?!" + _UNIT + ")")
_YEARS = range(1950, 2100)
_REVIEW_WORDS = re.compile(r"过去一年|一年来|工作成效|工作回顾")
_PLAN_WORDS = re.compile(r"今年|工作安排|工作任务|预期目标")
_PLAN_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FOUNDING = 1949
_DATE_LINE_REACH = 400


def _plan_start(ordinal: str) -> int:
    """First year of the n-th five-year plan (十四五 → 2021)."""
    return 2021 + (_PLAN_ORDINALS[ordinal] - 4) * 5


def _year(digits: str) -> int | None:
    year = int(digits)
    return year if year in _YEARS else None


def _title_lines(text: str) -> Iterator[str]:
    """The first non-empty lines of the text, up to the first that reads as body text: one
    ending a sentence or holding a colon (``各位代表：``, ``相关链接：2023年政府工作报告``)."""
    for line in _LINE.finditer(text):
        if line.start() >= TITLE_REACH:
            return
        if not line.group().strip(LINE_SPACE):
            continue
        if _BODY_LINE.search(line.group()):
            return
        yield line.group()


def _title_line_year(text: str) -> int | None:
    """The year the title at the top names (``太原市2022年政府工作报告``), or None: a line
    below the title that names a report (a link to last year's) names no year."""
    for title in _title_lines(text):
        line = _YEAR_TITLE_LINE.match(title)
        if line is None:
            continue
        for named in _YEAR_IN_TITLE.finditer(line.group(1)):
            year = _year(named.group(1))
            if year is not None:
                return year
    return None


def _named_years(text: str) -> Counter[int]:
    """How often each year is named: those written as years (``2024年``) when there are any,
    else the four-digit numbers no unit follows."""
    for pattern in (_WRITTEN_YEAR, _BARE_YEAR):
        years = Counter(y for m in pattern.finditer(text) if (y := _year(m.group(1))))
        if years:
            return years
    return Counter()


def detect_year(text: str, outline: Outline | None = None, filename: str = "") -> int | None:
    """The year a report was delivered in, or None.

    Args:
        text: the text as read.
        outline: its section tree; a part title such as ``2024年工作安排`` is the surest
            sign after a year in the title line itself (``太原市2022年政府工作报告``).
        filename: the source file's name; a year in it is used when the text says nothing.
    """
    titled = _title_line_year(text)
    if titled is not None:
        return titled
    titles = " ".join(s.title for s in outline.walk()) if outline else ""
    # A part reviewing that work (2023年重点工作完成情况) names last year, not the plan's.
    parts = (
        " ".join(s.title for s in outline.sections if not _REVIEW_PART.search(s.title))
        if outline
        else ""
    )
    for pattern, source in ((_PLAN_YEAR, titles), (_PLAN_PART_YEAR, parts), (_PLAN_YEAR, text)):
        for plan in pattern.finditer(source):
            if _year(plan.group(1)):
                return int(plan.group(1))
    dated = _DATE_LINE.search(text, 0, _DATE_LINE_REACH)
    if dated and _year(dated.group(1)):
        return int(dated.group(1))
    for anniversary in _ANNIVERSARY.finditer(text):
        year = _FOUNDING + int(anniversary.group(3))
        if anniversary.group(2) is None or int(anniversary.group(2)) == year:
            return year
    for match in _FIVE_YEAR_PLAN.finditer(text):
        year = _plan_start(match.group(3)) + (0 if match.group(4) == "开局" else 4)
        if match.group(2) is None or int(match.group(2)) == year:
            return year
    for review in _REVIEW_YEAR.finditer(text):
        reviewed = _year(review.group(1))
        if reviewed:
            return reviewed + 1
    stem = PurePath(filename).stem if filename else ""
    for named in re.finditer(r"(?<!\d)" + _YEAR + r"(?!\d)", stem):
        if _year(named.group(1)):
            return int(named.group(1))
    years = _named_years(text)
    if not years:
        return None
    most = max(years.values())
    latest = max(year for year, count in years.items() if count == most)
    # A text that only reviews a year (an interpretation) is delivered the year after.
    return latest + 1 if _REVIEW_WORDS.search(text) and not _PLAN_WORDS.search(text) else latest
