"""One report as extraction reads it: the text as read, its scanning copy, outline and parts.

The scanning copy (``scan_text``) is where figures are found; the text as read is what a
statement shows and where its offsets point.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Outline, ReportKind
from core.numbers.indicators import IndicatorTable, indicator_table
from core.numbers.report_parts import PartSpan, report_parts
from core.numbers.scan_text import ScanText, scan_text


@dataclass(frozen=True)
class ReportReading:
    """A report's text with what every step of extraction looks up in it."""

    original: str
    outline: Outline
    year: int | None
    scan: ScanText
    parts: list[PartSpan]
    table: IndicatorTable

    @classmethod
    def of(
        cls, text: str, outline: Outline, year: int | None, kind: ReportKind | None
    ) -> ReportReading:
        """The reading of ``text`` delivered in ``year``, of ``kind`` if known."""
        return cls(
            text, outline, year, scan_text(text), report_parts(text, outline, year, kind),
            indicator_table(),
        )  # fmt: skip

    def on_one_line(self, start: int, end: int) -> bool:
        """Whether the scan-text span ``[start, end)`` lies on one line of the text as read."""
        first, last = self.scan.span_to_original(start, end)
        return "\n" not in self.original[first:last]

    def as_read(self, start: int, end: int) -> str:
        """The text as read over the scanning copy's ``[start, end)``, without the line breaks
        and bold marks the copy left out: a word broken across lines (``地`` / ``区生产总值``)
        reads whole, and ``完成**2593.4亿元**`` reads ``完成2593.4亿元``."""
        first, last = self.scan.span_to_original(start, end)
        kept = set(self.scan.origin[start:end])
        return "".join(
            ch
            for i, ch in enumerate(self.original[first:last], first)
            if i in kept or not (ch.isspace() or ch == "*")
        )
