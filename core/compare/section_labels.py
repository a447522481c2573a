"""How a section of a comparison is named to a reader, in the reader's language.

A section with a heading is named by its heading, the report's own words, whatever language
the reader reads. A stretch of text without a heading of its own (the text before a report's
first part, a part's text before its first area, …) has a label the app gives it
(``core.compare.units``: ``（开篇）``, ``（导语）``), and the missing side of a section added or
removed has a name too (``（无对应）``). Those are the app's words: the window, the HTML report
and the command line each name them in their reader's language (``SectionNames``), while the
comparison itself (its records, its JSON) keeps core's labels, which are what the paths hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.text_width import cut_to_width, display_width

if TYPE_CHECKING:
    from core.compare.records import SectionPath

# Core's labels of stretches without a heading, as a comparison's section paths hold them.
FRONT = "（开篇）"
BACK = "（结尾）"
PREAMBLE = "（导语）"
WHOLE = "（全文）"
CLOSING = "（结语）"
PSEUDO_TITLES = frozenset({FRONT, BACK, PREAMBLE, WHOLE, CLOSING})
NO_PARTNER = "（无对应）"
"""The name of the section a section added or removed has on the other side: worded, as a dash
beside Chinese headings reads as the numeral 一."""
_LEAST_OF_A_TITLE = 5
"""The fewest columns of a part's title a short label keeps beside its stretch's label (two
Chinese characters and the ellipsis): with less, the whole label is cut instead."""


@dataclass(frozen=True)
class SectionNames:
    """The app's names of stretches without a heading, in one language.

    Attributes:
        front: the text before a report's first part (``（开篇）``, ``(opening)``).
        back: the text after its last part (``（结尾）``, ``(end)``).
        preamble: a part's text before its first area (``（导语）``, ``(introduction)``).
        whole: a part without areas, as one area (``（全文）``, ``(whole text)``).
        closing: the paragraphs that close a part after its run-in areas (``（结语）``).
        no_partner: the other side of a section added or removed.
        joiner: what stands between a part's title and the label of a stretch of it: nothing
            before Chinese brackets (``2024年工作安排（导语）``), a space before Latin ones.
    """

    front: str
    back: str
    preamble: str
    whole: str
    closing: str
    no_partner: str
    joiner: str

    def of(self, title: str) -> str:
        """``title`` as this language names it: a label in its words, a heading as written."""
        return {
            FRONT: self.front,
            BACK: self.back,
            PREAMBLE: self.preamble,
            WHOLE: self.whole,
            CLOSING: self.closing,
            NO_PARTNER: self.no_partner,
        }.get(title, title)


CHINESE_SECTION_NAMES = SectionNames(FRONT, BACK, PREAMBLE, WHOLE, CLOSING, NO_PARTNER, "")
ENGLISH_SECTION_NAMES = SectionNames(
    front="(opening)",
    back="(end)",
    preamble="(introduction)",
    whole="(whole text)",
    closing="(closing)",
    no_partner="(no counterpart)",
    joiner=" ",
)


def section_label(path: SectionPath, names: SectionNames = CHINESE_SECTION_NAMES) -> str:
    """How an area is named to a reader: its heading; a stretch without one by its part
    (``2024年工作安排（导语）``, ``（开篇）（结语）``, or a part without areas by the part's title:
    ``（开篇）``); no section (the other side of one added or removed) as ``names.no_partner``.
    Two areas of a report never read alike: the text before the first part may have areas of
    its own, its beginning named as it is (``（开篇）``), its end apart (``（开篇）（结语）``).

    Args:
        path: the section's titles from its part down (empty: no section).
        names: the labels' words, in the reader's language.
    """
    if not path:
        return names.no_partner
    title = path[-1]
    if len(path) < 2 or title not in (PREAMBLE, WHOLE, CLOSING):
        return names.of(title)
    part = path[0]
    if title == WHOLE or (title == PREAMBLE and part in PSEUDO_TITLES):
        return names.of(part)  # ``（开篇）``: the text before the first part begins it
    return f"{names.of(part)}{names.joiner}{names.of(title)}"


def short_section_label(
    path: SectionPath, width: int, names: SectionNames = CHINESE_SECTION_NAMES
) -> str:
    """``section_label`` in at most ``width`` columns (a Chinese character two): a heading too
    long cut with ``…``; a stretch named by its part keeps its label whole and cuts the part's
    title (``2023年工作回顾 (clos…`` reads as nothing; ``2023年工… (closing)`` does)."""
    label = section_label(path, names)
    if display_width(label) <= width:
        return label
    if len(path) >= 2 and path[-1] in (PREAMBLE, CLOSING) and path[0] not in PSEUDO_TITLES:
        tail = names.joiner + names.of(path[-1])
        room = width - display_width(tail)
        if room >= _LEAST_OF_A_TITLE:
            return cut_to_width(path[0], room) + tail
    return cut_to_width(label, width)


def section_path(
    path: SectionPath, names: SectionNames = CHINESE_SECTION_NAMES, separator: str = " › "
) -> str:
    """Every title of ``path``, outermost first (``一、… › （一）…``), labels in ``names``'
    words; no section as ``names.no_partner``."""
    return separator.join(names.of(title) for title in path) if path else names.no_partner
