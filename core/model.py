"""Small immutable records shared across core: documents, sections, report metadata.

Offsets are Python string indices (code points) into the text *as read*, half-open
``[start, end)``. The GUI converts them to Qt's UTF-16 positions at its boundary.

The records are named tuples, not dataclasses: the window imports them before its first
paint, where defining a dataclass costs half a millisecond and importing ``dataclasses``
1–4 ms more (tests/gui/test_app.py holds it out); a report also makes them by the thousand,
and a named tuple is quicker to make than a frozen dataclass. Change one with
``record._replace(field=value)``. Being tuples, they equal a plain tuple of the same values:
compare them with records of their own type.
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple, NewType

ReportId = NewType("ReportId", int)
SectionId = NewType("SectionId", int)
ParagraphId = NewType("ParagraphId", int)


class ReportKind(StrEnum):
    """What a text is: the report itself, an interpretation of it, a newspaper printing."""

    REPORT = "report"
    INTERPRETATION = "interpretation"
    NEWSPAPER = "newspaper"
    NOT_A_REPORT = "not_a_report"

    @property
    def rank(self) -> int:
        """Where a text of this kind comes among one year's texts: the report itself, then
        its newspaper printing, then interpretations, then anything else."""
        return _KIND_RANKS[self]


_KIND_RANKS = {
    ReportKind.REPORT: 0,
    ReportKind.NEWSPAPER: 1,
    ReportKind.INTERPRETATION: 2,
    ReportKind.NOT_A_REPORT: 3,
}


class Document(NamedTuple):
    """A file's text as read, with how it was read.

    Attributes:
        text: the decoded text; what the user reads and what offsets point into. A text
            written with almost no line breaks has them restored (``core.run_on_text``).
        source: the file it came from.
        encoding: how the bytes were decoded (``utf-8``, ``utf-8-sig``, ``gb18030``,
            ``utf-16``; for containers the inner one, e.g. ``docx``, ``pdf``, ``html:gb18030``).
        format: ``txt``, ``md``, ``docx``, ``html`` or ``pdf``.
        breaks_restored: the file had almost no line breaks, and ``text`` has them where
            the report's structure shows them: where ReportLens judged its headings and
            paragraphs to start.
    """

    text: str
    source: Path
    encoding: str
    format: str
    breaks_restored: bool = False


# The years a report of the People's Republic can carry.
FIRST_YEAR = 1949
LAST_YEAR = 2100


class ReportMeta(NamedTuple):
    """Editable facts about a report; detected at import, corrected by the user."""

    title: str
    region: str | None
    year: int | None
    kind: ReportKind
    edition: str = ""

    def problem(self) -> str | None:
        """Why these details cannot be saved (None: they can): a blank title or region, or a
        year no report can carry."""
        if not self.title.strip():
            return "the title is empty"
        if self.region is not None and not self.region.strip():
            return "the region is blank"
        if self.year is not None and not FIRST_YEAR <= self.year <= LAST_YEAR:
            return f"{self.year} is not a report's year ({FIRST_YEAR}–{LAST_YEAR})"
        return None


class Section(NamedTuple):
    """A heading and the text it governs, with its subsections.

    Attributes:
        level: 1 for parts (``一、``), 2 for areas (``（一）``, ``一是``, ``——``), 3 for lead
            sentences (``多措并举促消费。``); Markdown ``#`` levels map onto these.
        title: the heading sentence, without numbering punctuation noise trimmed by the parser.
        start: offset where the heading starts.
        heading_end: offset where the heading text ends (the body may continue on the line).
        end: offset where the section (including children) ends.
        style: which grammar found it: ``numeral``, ``paren``, ``shi``, ``dash``,
            ``markdown``, ``bullet``, ``lead``.
        children: subsections in text order.
    """

    level: int
    title: str
    start: int
    heading_end: int
    end: int
    style: str
    children: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, in text order."""
        yield self
        for child in self.children:
            yield from child.walk()


class Outline(NamedTuple):
    """The section tree of one text."""

    sections: tuple[Section, ...]

    def walk(self) -> Iterator[Section]:
        """Every section of the tree, in text order."""
        for section in self.sections:
            yield from section.walk()

    def path_at(self, offset: int) -> tuple[Section, ...]:
        """The chain of sections containing ``offset``, outermost first."""
        chain: list[Section] = []
        level: tuple[Section, ...] = self.sections
        while True:
            hit = next((s for s in level if s.start <= offset < s.end), None)
            if hit is None:
                return tuple(chain)
            chain.append(hit)
            level = hit.children


class Paragraph(NamedTuple):
    """A paragraph of a text: a run of non-blank lines, by offsets into the text as read."""

    # Shadows tuple.index, which no caller asks of a paragraph.
    index: int  # type: ignore[assignment]
    start: int
    end: int
    is_noise: bool = False
