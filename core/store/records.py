"""Records the store takes and gives: a report to add, summaries, stored reports, search hits.

Named tuples, as in core.model: the window lists summaries before its first paint.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from core.model import Outline, Paragraph, ReportId, ReportMeta

if TYPE_CHECKING:  # a NewReport is made by the importer, which has loaded it already
    from core.numbers.statements import NumericStatement


class NewReport(NamedTuple):
    """Everything the library keeps of one imported file (built by core.importer)."""

    meta: ReportMeta
    text: str
    source_name: str
    encoding: str
    format: str
    content_hash: str
    outline: Outline
    paragraphs: Sequence[Paragraph]
    paragraph_tokens: Sequence[Sequence[str]]
    numbers: Sequence[NumericStatement] | None = None


class ReportSummary(NamedTuple):
    """A library row: enough to list and group reports, without the text."""

    id: ReportId
    meta: ReportMeta
    source_name: str
    imported_at: str
    char_count: int


class StoredReport(NamedTuple):
    """A report as stored: its metadata, the text as read and how it was read."""

    id: ReportId
    meta: ReportMeta
    text: str
    source_name: str
    encoding: str
    format: str
    content_hash: str
    imported_at: str


class SearchHit(NamedTuple):
    """One occurrence of a query: offsets ``[start, end)`` into the report's text as read.

    A named tuple: a common word has hundreds of thousands of hits in a large library."""

    report_id: ReportId
    paragraph_index: int
    start: int
    end: int


class Snippet(NamedTuple):
    """A hit with some text around it; the match is ``text[match_start:match_end]``."""

    text: str
    match_start: int
    match_end: int


class SearchPassage(NamedTuple):
    """Nearby hits of one stretch of a report, shown once: ``text`` reads the stretch as the
    reader shows it, on one line, and hit ``hits[i]`` is ``text[marks[i][0]:marks[i][1]]``."""

    hits: tuple[SearchHit, ...]
    text: str
    marks: tuple[tuple[int, int], ...]
