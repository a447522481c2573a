"""Metadata of a report detected from its text: region, year delivered, kind, title, edition.

Every guess here is a suggestion the user can correct; the rules favour phrases that name a
region or a year outright over counting. The region is read by ``core.report_region``, the
year delivered by ``core.report_year``; the kind, title and edition here:

* kind: ``not_a_report`` for a text in another language or one without report structure and
  wording (a news article, plain prose); ``newspaper`` when page-jump markers or a repeated
  page header show a newspaper printing; ``interpretation`` for a 解读/图解; else ``report``.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from core.line_space import LINE_SPACE, LINE_SPACE_CLASS
from core.model import Outline, ReportKind, ReportMeta
from core.noise import PAGE_HEADER, PAGE_JUMP, PAGE_NUMBER, noise_spans
from core.report_region import detect_region
from core.report_year import detect_year
from core.title_line import TITLE_REACH

# UTF-8 lead bytes of U+3000–U+9FFF: CJK punctuation and ideographs.
_CJK_LEAD_BYTES = tuple(bytes([b]) for b in range(0xE3, 0xEA))
_MIN_CJK_SHARE = 0.5
_SAMPLE = 8000
_REPORT_WORDS = (
    "各位代表",
    "政府工作报告",
    "工作回顾",
    "工作安排",
    "预期目标",
    "过去一年",
    "一年来",
    "今年",
    "政府自身建设",
    "民生实事",
    "高质量发展",
    "十四五",
    "十五五",
    "全市",
    "全省",
    "全县",
    "全区",
)
_NEWS_WORDS = ("记者", "本报讯", "通讯员", "新华社", "日电", "责任编辑", "来源:", "来源：")
_MIN_REPORT_WORDS = 3
_MIN_SECTIONS = 2
_NEWS_MIN_SECTIONS = 6
_INTERPRETATION = re.compile(r"解读|图解")
_TITLE_LINE = re.compile(
    f"[{LINE_SPACE_CLASS}#]*" + r"([^\n]{2,40}?报告[^\n]{0,8}?)[ \t]*$", re.MULTILINE
)


def looks_like_report(text: str, outline: Outline) -> bool:
    """Whether a text reads as a government work report (or an edition or reading of one).

    Args:
        text: the text as read.
        outline: its section tree (``core.outline.parse_outline``).

    Returns:
        False for a text mostly in another language, a text with fewer than two headings,
        one with little report wording (各位代表, 工作回顾, 过去一年, 今年, 全市…), and a news
        article (记者, 本报讯, 新华社…) without parts; True otherwise.
    """
    sample = "".join(text[:_SAMPLE].split())
    encoded = sample.encode("utf-8")
    cjk = sum(encoded.count(lead) for lead in _CJK_LEAD_BYTES)
    if not sample or cjk / len(sample) < _MIN_CJK_SHARE:
        return False
    sections = list(outline.walk())
    if len(sections) < _MIN_SECTIONS:
        return False
    if sum(1 for word in _REPORT_WORDS if word in text) < _MIN_REPORT_WORDS:
        return False
    is_news = any(word in sample for word in _NEWS_WORDS)
    has_parts = any(s.style == "numeral" for s in sections)
    return not (is_news and not has_parts and len(sections) < _NEWS_MIN_SECTIONS)


def detect_kind(text: str, outline: Outline, filename: str = "") -> ReportKind:
    """What a text is: a report, an interpretation, a newspaper printing, or not a report.

    Args:
        text: the text as read.
        outline: its section tree.
        filename: the source file's name (``…解读.txt`` marks an interpretation).
    """
    return _kind(text, outline, filename, _noise_counts(text))


def _noise_counts(text: str) -> Counter[str]:
    return Counter(kind for _start, _end, kind in noise_spans(text))


def _kind(text: str, outline: Outline, filename: str, noise: Counter[str]) -> ReportKind:
    if not looks_like_report(text, outline):
        return ReportKind.NOT_A_REPORT
    head = text[:TITLE_REACH]
    if _INTERPRETATION.search(head) or _INTERPRETATION.search(PurePath(filename).stem):
        return ReportKind.INTERPRETATION
    if noise[PAGE_JUMP] or noise[PAGE_HEADER] > 1:
        return ReportKind.NEWSPAPER
    return ReportKind.REPORT


def _edition(kind: ReportKind, text: str, noise: Counter[str]) -> str:
    if kind is ReportKind.REPORT:
        return "全文"
    if kind is ReportKind.INTERPRETATION:
        return "图解" if noise[PAGE_NUMBER] or "\n#" in text else "解读"
    if kind is ReportKind.NEWSPAPER:
        return "报纸版内页" if noise[PAGE_JUMP] else "报纸版"
    return ""


def generated_title(region: str | None, year: int | None, kind: ReportKind) -> str | None:
    """The title an import gives a report of these details (``长治市2024年政府工作报告``,
    ``…解读``, ``…（报纸版）``), or None when it takes the text's or file's own: region or year
    unknown, or not a report.

    Args:
        region: the report's region.
        year: the year it was delivered in.
        kind: its kind.
    """
    if kind is ReportKind.NOT_A_REPORT or not region or not year:
        return None
    suffix = {ReportKind.INTERPRETATION: "解读", ReportKind.NEWSPAPER: "（报纸版）"}.get(kind, "")
    return f"{region}{year}年政府工作报告{suffix}"


def _title(text: str, kind: ReportKind, region: str | None, year: int | None, filename: str) -> str:
    generated = generated_title(region, year, kind)
    if generated is not None:
        return generated
    line = _TITLE_LINE.search(text, 0, TITLE_REACH)
    if line:
        return line.group(1).strip()
    if filename:
        return PurePath(filename).stem
    first = next((row.strip(LINE_SPACE + "#") for row in text.splitlines() if row.strip()), "")
    return first[:40] or "政府工作报告"


def detect_metadata(text: str, outline: Outline, filename: str = "") -> ReportMeta:
    """Detect a report's title, region, year delivered, kind and edition from its text.

    Args:
        text: the text as read.
        outline: its section tree (``core.outline.parse_outline(text)``).
        filename: the source file's name, a weaker hint for region and year.

    Returns:
        The guesses as an editable ``ReportMeta``; region and year are None when the text
        gives no sign of them.
    """
    noise = _noise_counts(text)
    kind = _kind(text, outline, filename, noise)
    region = detect_region(text, filename)
    year = detect_year(text, outline, filename)
    return ReportMeta(
        title=_title(text, kind, region, year, filename),
        region=region,
        year=year,
        kind=kind,
        edition=_edition(kind, text, noise),
    )
