"""The sections a comparison pairs: parts and their areas of work, covering the whole text.

A report's outline does not always cover its text: a newspaper edition starts in the middle
of part one (its part heading is on a missing page), and text before the first area of a part
(the part's opening, which holds the targets sentence) belongs to no area. Here every
stretch of text belongs to exactly one area, so nothing is lost from a comparison: text outside
any part forms a part of its own (``（开篇）``, ``（结尾）``), the text of a part before its first
area forms the area ``（导语）``, and a part without areas is one area ``（全文）``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from core.compare.records import PairLevel, SectionPath
from core.model import Outline, Paragraph, Section

FRONT = "（开篇）"
BACK = "（结尾）"
PREAMBLE = "（导语）"
WHOLE = "（全文）"
PSEUDO_TITLES = frozenset({FRONT, BACK, PREAMBLE, WHOLE})


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

    @property
    def title(self) -> str:
        """The unit's own title (the last element of its path)."""
        return self.path[-1]

    @property
    def is_pseudo(self) -> bool:
        """True for a stretch of text that has no heading of its own."""
        return self.title in PSEUDO_TITLES


def section_label(path: SectionPath) -> str:
    """How an area is named to a reader: its heading; a stretch without one by its part
    (``2024年工作安排（导语）``, ``（开篇）``, or a part without areas by the part's title)."""
    if not path:
        return "—"
    title = path[-1]
    if len(path) < 2 or title not in (PREAMBLE, WHOLE):
        return title
    part = path[0]
    if title == WHOLE:
        return part
    return part if part in PSEUDO_TITLES else f"{part}{PREAMBLE}"


def _is_blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def _own_text_start(text: str, start: int, body_start: int, end: int) -> int:
    """Where a unit's own text starts: after its heading, or at the heading when the unit holds
    nothing else (a part or area cut off after its heading is still known by its words)."""
    return start if _is_blank(text, body_start, end) else body_start


def _areas(
    text: str, part_title: str, start: int, body_start: int, end: int, sections: Sequence[Section]
) -> tuple[Unit, ...]:
    areas: list[Unit] = []
    first = sections[0].start if sections else end
    # The part's heading counts as its opening: a changed part heading is part of the diff.
    if not sections or not _is_blank(text, start, first):
        title = PREAMBLE if sections else WHOLE
        own = _own_text_start(text, start, min(body_start, first), first)
        areas.append(Unit((part_title, title), PairLevel.AREA, start, first, own))
    seen: set[str] = set()
    for index, section in enumerate(sections):
        section_end = sections[index + 1].start if index + 1 < len(sections) else end
        title = section.title
        while title in seen:  # two areas with one title stay distinguishable by path
            title += "′"
        seen.add(title)
        areas.append(
            Unit(
                (part_title, title),
                PairLevel.AREA,
                section.start,
                section_end,
                _own_text_start(
                    text, section.start, min(section.heading_end, section_end), section_end
                ),
            )
        )
    return tuple(areas)


def build_units(text: str, outline: Outline) -> tuple[Unit, ...]:
    """The parts of a report, each with its areas, covering all of its non-blank text.

    Args:
        text: the text as read.
        outline: its section tree.
    """
    parts = [s for s in outline.sections if s.level == 1]
    units: list[Unit] = []
    cursor = 0
    seen: set[str] = set()

    def loose(start: int, end: int, title: str) -> None:
        if _is_blank(text, start, end):
            return
        inner = [s for s in outline.sections if s.level != 1 and start <= s.start < end]
        areas = _areas(text, title, start, start, end, inner)
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
        areas = _areas(text, title, part.start, body_start, end, children)
        own = _own_text_start(text, part.start, body_start, end)
        units.append(Unit((title,), PairLevel.PART, part.start, end, own, areas))
        cursor = end
    loose(cursor, len(text), FRONT if not parts else BACK)
    return tuple(units)


def areas_of(units: Sequence[Unit]) -> list[Unit]:
    """Every area of every part, in text order."""
    return [area for part in units for area in part.children]


# A paragraph ending in none of these was cut mid-sentence (a word broken across a page or a
# blank line in a newspaper printing) and is read together with the next one.
_SENTENCE_END = frozenset("。！？!?；;：:”」』）)…")


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
