"""Everything a reader tab shows of one report, gathered from core in one call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.library import LoadedReport, load_report
from core.model import ReportId
from core.noise import noise_spans
from core.paragraphs import broken_word_gaps
from core.reading_styles import ReadingStyles, reading_styles
from core.store import ReportStore


@dataclass(frozen=True)
class ReadableReport:
    """A library report with its numeric statements and noise spans (core offsets), and how
    a reader styles its text (worked out with the rest, off the GUI thread when it is read
    there; when not given, when first asked for)."""

    report: LoadedReport
    numbers: tuple[Any, ...]
    noise: tuple[tuple[int, int], ...]
    given_styles: ReadingStyles | None = None

    def styles(self) -> ReadingStyles:
        """How a reader styles the report's text."""
        return self.given_styles or styles_of(self.report, self.noise)

    @property
    def report_id(self) -> ReportId:
        """The library id of the report."""
        assert self.report.report_id is not None
        return self.report.report_id


def noise_of(report: LoadedReport) -> tuple[tuple[int, int], ...]:
    """Spans of noise to show muted: noise paragraphs and core's noise lines."""
    spans = [(p.start, p.end) for p in report.paragraphs if p.is_noise]

    spans.extend((start, end) for start, end, _kind in noise_spans(report.text))
    return tuple(sorted(set(spans)))


def styles_of(report: LoadedReport, noise: tuple[tuple[int, int], ...]) -> ReadingStyles:
    """How a reader styles ``report``'s text, its ``noise`` muted."""
    joined = broken_word_gaps(report.text, report.paragraphs)
    return reading_styles(report.text, report.outline, noise, joined)


def numbers_of(report: LoadedReport) -> tuple[Any, ...]:
    """The report's numeric statements, in text order (stored at import, computed by core)."""
    return report.statements()


def load_readable(store: ReportStore, report_id: ReportId) -> ReadableReport:
    """Load a library report for reading (no tokens: reading needs none)."""
    report = load_report(store, report_id, with_tokens=False)
    noise = noise_of(report)
    return ReadableReport(report, numbers_of(report), noise, styles_of(report, noise))
