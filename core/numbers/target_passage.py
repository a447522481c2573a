"""Where a report states its main expected targets (``主要预期目标是：…``), and how a target
without a figure in that passage reads (``城镇居民可支配收入与经济增长基本同步``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.numbers.figure_words import clean_phrase
from core.numbers.indicators import Indicator, IndicatorTable
from core.numbers.report_parts import PartSpan, ReportPart, part_at
from core.numbers.scan_text import ScanText
from core.numbers.statements import Measure

CLAUSE = re.compile(r"[^，,；;。！？!?：:\n]+")
SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_TARGET_TRIGGER = re.compile(
    r"主要(?:预期)?目标(?:建议|确定|安排)?(?:是|为|:)|综合考虑[^。\n]{0,40}?(?=今年)"
)
_MAIN_TRIGGER = re.compile(r"主要(?:预期)?目标(?:建议|确定|安排)?(?:是|为|:)")
# A sentence opening like these ends the main-targets passage.
_TARGET_STOP = re.compile(
    r"(?:围绕|为实现|实现上述|实现这些|完成上述|完成这些|做好今年|为此|提出上述|上述目标|重点抓好|"
    r"我们要|要着力|需要说明)"
)
_MAX_TARGET_PASSAGE = 1200
_FULL_STOP = re.compile(r"[。！？!?]")


def target_passages(
    scan: ScanText, parts: list[PartSpan], table: IndicatorTable
) -> list[tuple[int, int]]:
    """Scan-text spans of the main-targets passages, in this year's plan only.

    A passage runs from its trigger (``主要预期目标是：``, ``综合考虑…今年``) to the end of its
    paragraph, or to the first sentence that names no indicator or turns to the work
    (``为实现上述目标…``).

    Args:
        scan: the scanning copy of the report.
        parts: the report's parts, in offsets of the text as read.
        table: the indicator table (a sentence naming none of them ends the passage).
    """
    text = scan.text
    passages: list[tuple[int, int]] = []
    for match in _TARGET_TRIGGER.finditer(text):
        part = part_at(parts, scan.to_original(match.start()))
        if part is None or part.part is not ReportPart.PLAN:
            continue
        if passages and match.start() < passages[-1][1]:
            continue
        start = match.end()
        # ``综合考虑…，今年…主要预期目标是：`` names the passage twice; start after the second.
        inner = _MAIN_TRIGGER.search(text, start, start + 60)
        if inner and not SENTENCE_END.search(text, start, inner.start()):
            start = inner.end()
        paragraph_end = text.find("\n", start)
        limit = min(len(text) if paragraph_end < 0 else paragraph_end, start + _MAX_TARGET_PASSAGE)
        end = limit
        for sentence_end in _FULL_STOP.finditer(text, start, limit):
            following = sentence_end.end()
            if following >= limit:
                break
            if _TARGET_STOP.match(text, following) or not _names_indicator(
                text, table, following, limit
            ):
                end = following
                break
        passages.append((start, end))
    return passages


def _names_indicator(text: str, table: IndicatorTable, start: int, limit: int) -> bool:
    """Whether the first clause at ``start`` names an indicator (so the targets go on)."""
    clause = CLAUSE.match(text, start, limit)
    if clause is None:
        return False
    return any(m.end - m.start > 2 for m in table.find_all(text, start, clause.end()))


@dataclass(frozen=True)
class FigurelessTarget:
    """A target the main-targets passage states without a figure.

    Attributes:
        indicator: the indicator as written (``城镇居民可支配收入``).
        subject: the table's indicator it names.
        measure: growth, cap, decline or level, from the clause's words.
        qualifier: ``同步``, ``高于``, ``以内``, ``以下``, ``控制在``, or None.
    """

    indicator: str
    subject: Indicator
    measure: Measure
    qualifier: str | None


def figureless_target(
    text: str, table: IndicatorTable, start: int, end: int
) -> FigurelessTarget | None:
    """The target the clause ``text[start:end]`` states without a figure, or None when it
    names no indicator.

    Args:
        text: the scanning copy of the report.
        table: the indicator table.
        start: where the clause begins.
        end: where it ends.
    """
    # ``经济`` alone names GDP only before a figure, not in ``经济社会发展``.
    found = [m for m in table.find_all(text, start, end) if m.end - m.start > 2]
    if not found:
        return None
    subject = found[0]
    clause = text[start:end]
    qualifier: str | None
    if "同步" in clause:
        qualifier, measure = "同步", Measure.GROWTH
    elif "高于" in clause or "快于" in clause:
        qualifier, measure = "高于", Measure.GROWTH
    elif "以内" in clause or "以下" in clause:
        qualifier, measure = ("以内" if "以内" in clause else "以下"), Measure.CAP
    elif "控制在" in clause:
        qualifier, measure = "控制在", Measure.CAP
    elif "下降" in clause or "降低" in clause:
        qualifier, measure = None, Measure.DECLINE
    else:
        qualifier, measure = None, Measure.LEVEL
    phrase_start, _ = clean_phrase(text, start, subject.end)
    return FigurelessTarget(text[phrase_start : subject.end], subject.indicator, measure, qualifier)
