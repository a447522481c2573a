"""A numeric statement while it is being read, before its kind, year and place in the text as read.

Offsets are into the scanning copy (``scan_text``); a list of figures after one verb
(``分别增长7%和8%左右``) is a list of drafts that share the first one's indicator and start.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.numbers.indicators import Indicator
from core.numbers.statements import Measure
from core.numbers.values import Figure


@dataclass
class StatementDraft:
    """A statement while it is being built (a list of figures shares its indicator and span)."""

    indicator: str
    subject: Indicator | None
    measure: Measure
    figure: Figure | None
    qualifier: str | None
    start: int
    end: int
    spread: bool = False  # 分别: the figures go to the parts of a joint indicator in order
    among: bool = False  # ``9项主要经济指标中``: the next figure counts some of these


def continue_list(head: StatementDraft, figure: Figure) -> StatementDraft:
    """The draft of ``figure`` listed after ``head`` (``和8%``): it shares the head's indicator,
    measure and start, and keeps its own qualifier."""
    return StatementDraft(
        head.indicator, head.subject, head.measure, figure,
        figure.qualifier, head.start, figure.end, head.spread,
    )  # fmt: skip
