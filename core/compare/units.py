"""The sections a comparison pairs: parts and their areas of work, covering the whole text.

A report's outline does not always cover its text: a newspaper edition starts in the middle
of part one (its part heading is on a missing page), and text before the first area of a part
(the part's opening, which holds the targets sentence) belongs to no area. Here every
stretch of text belongs to exactly one area, so nothing is lost from a comparison: text outside
any part forms a part of its own (``（开篇）``, ``（结尾）``), the text of a part before its first
area forms the area ``（导语）``, and a part without areas is one area ``（全文）``.

Where a part's areas are run-in paragraphs (``七是着力增进民生福祉。城镇新增就业…``), one
paragraph each, the paragraphs after the last of them are not that area's: they close the
part (other work in brief, thanks, shortcomings). Where a part has too few areas to judge by
(a newspaper edition starting at a part's last area), the paragraphs after its run-in areas
close it when they open as a closing does (``与此同时``, ``各位代表``, ``我们也清醒地认识到``),
so the edition is read as its full report is. They form the area ``（结语）``, which pairs with
the closing of the paired part; left in the last area they would pair a city's livelihood
review with another city's government-building review for the sake of their common closing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from core.compare.records import PairLevel, SectionPath
from core.compare.section_labels import (
    BACK,
    CLOSING,
    FRONT,
    PREAMBLE,
    PSEUDO_TITLES,
    WHOLE,
)
from core.model import Outline, Paragraph, Section
from core.paragraphs import split_paragraphs

# Areas this many or more, nearly all run-in paragraphs, close their part with their last one.
_MIN_RUN_IN_AREAS = 3
_RUN_IN_SHARE = 2 / 3
# How a heading style marks an area (``core.model.Section.style``, ``Unit.marked``).
_MARKING = {"numeral": "numbered", "paren": "numbered", "shi": "numbered"}
_MARKING.update(dash="lead", bullet="lead")
_CLOSING_OPENER = re.compile(
    r"\s*(?:与此同时|各位代表|我们也清醒|在肯定成绩的同时|这些成绩的取得|回顾过去一年)"
)


@dataclass(frozen=True)
class Unit:
    """A part or an area of one report.

    Attributes:
        path: titles from the part down; unique within the report.
        level: part or area.
        start, end: its span in the text as read.
        body_start: where its text after the heading starts (``start`` when it has no heading).
        children: the areas of a part (empty for an area).
    """

    path: SectionPath
    level: PairLevel
    start: int
    end: int
    body_start: int
    children: tuple[Unit, ...] = ()
    marked: str = ""
    """How an area's heading is marked: ``numbered`` (``（一）``, ``一是``, as a report numbers
    its areas of work), ``lead`` (a ``——`` lead line or a ``●`` bullet, as a review sums up
    the year: ``——经济发展迈上新台阶``), or nothing (a Markdown heading, no heading)."""
    heading_end: int | None = None
    """Where its heading ends (``start`` when it has none; None: at ``body_start``). It is not
    ``body_start`` when the unit holds nothing but its heading: its own text is then the
    heading, and its body starts at ``start``."""

    @property
    def after_heading(self) -> int:
        """Where the text after its heading starts (``end`` when it holds only its heading)."""
        return self.body_start if self.heading_end is None else self.heading_end

    @property
    def title(self) -> str:
        """The unit's own title (the last element of its path)."""
        return self.path[-1]

    @property
    def is_pseudo(self) -> bool:
        """True for a stretch of text that has no heading of its own."""
        return self.title in PSEUDO_TITLES


def _is_blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def _own_text_start(text: str, start: int, body_start: int, end: int) -> int:
    """Where a unit's own text starts: after its heading, or at the heading when the unit holds
    nothing else (a part or area cut off after its heading is still known by its words)."""
    return start if _is_blank(text, body_start, end) else body_start


def _first_paragraph_end(
    text: str, section: Section, end: int, paragraphs: Sequence[Paragraph]
) -> int | None:
    """Where a run-in area's paragraph ends (None when its heading stands on a line alone)."""
    first = bisect.bisect_right(paragraphs, section.start, key=attrgetter("end"))
    for paragraph in paragraphs[first:]:
        if paragraph.is_noise:
            continue
        if paragraph.start > section.heading_end or paragraph.end > end:
            return None
        body = text[section.heading_end : paragraph.end]
        return paragraph.end if any(ch.isalnum() for ch in body) else None
    return None


def _closing_start(
    text: str, sections: Sequence[Section], end: int, paragraphs: Sequence[Paragraph]
) -> int | None:
    """Where the closing of a part of run-in areas starts, after its last area's paragraph."""
    if not sections:
        return None
    last_end = _first_paragraph_end(text, sections[-1], end, paragraphs)
    if last_end is None or _is_blank(text, last_end, end):
        return None
    bounds = [s.start for s in sections[1:]] + [end]
    run_in = 0
    for section, section_end in zip(sections[:-1], bounds, strict=False):
        paragraph_end = _first_paragraph_end(text, section, section_end, paragraphs)
        if paragraph_end is not None and _is_blank(text, paragraph_end, section_end):
            run_in += 1
    if len(sections) >= _MIN_RUN_IN_AREAS:
        return last_end if run_in >= _RUN_IN_SHARE * (len(sections) - 1) else None
    # Too few areas to judge by: every one a paragraph, and a closing's opening words.
    if run_in == len(sections) - 1 and _CLOSING_OPENER.match(text, last_end):
        return last_end
    return None


def _areas(
    text: str,
    part_title: str,
    start: int,
    body_start: int,
    end: int,
    sections: Sequence[Section],
    paragraphs: Sequence[Paragraph],
) -> tuple[Unit, ...]:
    areas: list[Unit] = []
    first = sections[0].start if sections else end
    # The part's heading counts as its opening: a changed part heading is part of the diff.
    if not sections or not _is_blank(text, start, first):
        title = PREAMBLE if sections else WHOLE
        heading_end = min(body_start, first)
        own = _own_text_start(text, start, heading_end, first)
        areas.append(
            Unit((part_title, title), PairLevel.AREA, start, first, own, heading_end=heading_end)
        )
    seen: set[str] = set()
    closing = _closing_start(text, sections, end, paragraphs)
    for index, section in enumerate(sections):
        section_end = sections[index + 1].start if index + 1 < len(sections) else end
        if closing is not None and index == len(sections) - 1:
            section_end = closing
        title = section.title
        while title in seen:  # two areas with one title stay distinguishable by path
            title += "′"
        seen.add(title)
        heading_end = min(section.heading_end, section_end)
        areas.append(
            Unit(
                (part_title, title),
                PairLevel.AREA,
                section.start,
                section_end,
                _own_text_start(text, section.start, heading_end, section_end),
                marked=_MARKING.get(section.style, ""),
                heading_end=heading_end,
            )
        )
    if closing is not None:
        areas.append(Unit((part_title, CLOSING), PairLevel.AREA, closing, end, closing))
    return tuple(areas)


def build_units(
    text: str, outline: Outline, paragraphs: Sequence[Paragraph] | None = None
) -> tuple[Unit, ...]:
    """The parts of a report, each with its areas, covering all of its non-blank text.

    Args:
        text: the text as read.
        outline: its section tree.
        paragraphs: its paragraphs (split from the text when None).
    """
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    parts = [s for s in outline.sections if s.level == 1]
    units: list[Unit] = []
    cursor = 0
    seen: set[str] = set()

    def loose(start: int, end: int, title: str) -> None:
        if _is_blank(text, start, end):
            return
        inner = [s for s in outline.sections if s.level != 1 and start <= s.start < end]
        areas = _areas(text, title, start, start, end, inner, paragraphs)
        units.append(Unit((title,), PairLevel.PART, start, end, start, areas))

    for index, part in enumerate(parts):
        loose(cursor, part.start, FRONT if index == 0 else BACK)
        end = parts[index + 1].start if index + 1 < len(parts) else max(part.end, part.start)
        title = part.title
        while title in seen:
            title += "′"
        seen.add(title)
        children = [c for c in part.children if c.level == 2] or list(part.children)
        body_start = min(part.heading_end, end)
        areas = _areas(text, title, part.start, body_start, end, children, paragraphs)
        own = _own_text_start(text, part.start, body_start, end)
        units.append(
            Unit((title,), PairLevel.PART, part.start, end, own, areas, heading_end=body_start)
        )
        cursor = end
    loose(cursor, len(text), FRONT if not parts else BACK)
    return tuple(units)


def areas_of(units: Sequence[Unit]) -> list[Unit]:
    """Every area of every part, in text order."""
    return [area for part in units for area in part.children]


# A paragraph ending in none of these was cut mid-sentence (a word broken across a page or a
# blank line in a newspaper printing) and is read together with the next one.
_SENTENCE_END = frozenset("。！？!?；;：:”」』）)…")


def body_spans(units: Sequence[Unit]) -> tuple[tuple[int, int], ...]:
    """Each unit's body (its text after its heading): what its theme is read from."""
    return tuple((u.body_start, u.end) for u in units)


def paragraphs_in(
    paragraphs: Sequence[Paragraph], start: int, end: int, text: str = ""
) -> list[tuple[int, int]]:
    """The spans of the non-noise paragraphs within ``[start, end)``, clipped to it.

    Args:
        paragraphs: the report's paragraphs.
        start: the stretch's start.
        end: its end.
        text: the report's text; when given, a paragraph cut mid-sentence is joined to the next.
    """
    spans: list[tuple[int, int]] = []
    open_sentence = False
    for paragraph in paragraphs:
        if paragraph.end <= start or paragraph.start >= end or paragraph.is_noise:
            continue
        span = (max(paragraph.start, start), min(paragraph.end, end))
        if open_sentence and spans:
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
        tail = text[span[0] : span[1]].rstrip()
        open_sentence = bool(text) and bool(tail) and tail[-1] not in _SENTENCE_END
    return spans
