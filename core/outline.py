"""The section tree of a report: its heading grammar, read into nested sections with offsets.

Headings are found line by line on the normalised form of each line (``core.text.normalise``:
``（一）`` reads as ``(一)``, ``，`` as ``,``), and their offsets are mapped back to the text as
read. A heading never spans lines, so judging each line on its own keeps a heading line apart
from the body that follows it even where extraction left no punctuation between them.

Grammar (see DESIGN.md, "Heading styles"), from the outermost rank inwards:

1. ``一、`` … ``二十、`` parts (style ``numeral``), in sequence;
2. ``(一)`` … ``(二十)`` areas (``paren``), in sequence within their part;
3. ``一是`` … items (``shi``), ``——`` leads (``dash``) and ``●`` bullets (``bullet``), each
   opening a paragraph;
4. short lead sentences opening a paragraph (``lead``): ``保持投资强度。统筹…``, counted only
   in groups, or a parallel run of two-clause leads (see ``core.lead_sentences``).

A heading opening a paragraph has the heading sentence (up to the first ``。``) as its title,
without its numbering. Page-jump markers, page headers, page numbers and credits are never
headings; a page-jump marker opening a line is skipped so that a heading after it is still
found. Nothing after an appendix line (``附件``, ``名词解释``) is read for headings.

A section's ``level`` is its depth: one more than its parent's, or, for a section with no
parent (a newspaper edition starting mid-part), the rank of its grammar (``(八)`` is 2). So
``一是`` items are level 2 under a part with no ``(一)`` areas and level 3 under an area, and
the leads of part three of a report (``讲政治、铸忠诚。``) are level 2.

Markdown texts (two or more ``#`` heading lines) are read by their ``#`` headings alone. A
single top ``#`` heading before any body text is the document's title, and a ``## ——…``
heading right after it its subtitle: neither is a section. A ``#`` heading that is only a
number (``# 2024`` in a laid-out graphic) is a panel label, not a section. The remaining
``#`` levels are ranked in the order they occur (``###`` → 1, ``####`` → 2 in the
interpretation sample); ``●`` lines below them rank one deeper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.lead_sentences import (
    AFTER_HEADING_LEAD_LENGTH,
    LEAD_LENGTH,
    keep_lead_headings,
    lead_sentence,
    paired_lead,
)
from core.line_space import LINE_SPACE, LINE_SPACE_CLASS, LINE_SPACE_RUN
from core.model import Outline, Section
from core.noise import PAGE_JUMP, PAGE_JUMP_MARKER, line_noise_kind
from core.text import normalise

_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_LINE = re.compile(r"[^\n]*")
_SPACE = LINE_SPACE
# Enough of a line for any heading sentence; the rest of a long body line is never needed.
_WINDOW = 100
_LEAD_WINDOW = 28
# What a heading line can start with before normalisation (a cheap screen).
_MAY_BE_HEADING = re.compile(r"[一二三四五六七八九十（(—―─\-－●•◆■▲★\u3220-\u3229]")

_NUMERAL = re.compile(r"([一二三四五六七八九十]{1,3})、")
_PAREN = re.compile(r"\(([一二三四五六七八九十]{1,3})\)")
_SHI = re.compile(r"([一二三四五六七八九十]{1,2})是(?![否非由指])[,:]?")
_DASH = re.compile(r"(?:—{2}|-{2}|―{2}|─{2})\s*")
_BULLET = re.compile(r"[●•◆■▲★]\s*")
MARKDOWN_HEADING = re.compile(r"[ \t]*(#{1,6})(?!#)[ \t]*(.*?)[ \t#]*$")
_MARKDOWN_NUMBERING = re.compile(
    rf"^[●•◆■▲★{LINE_SPACE_CLASS}]*"
    r"(?:[一二三四五六七八九十]{1,3}[、是]|[(（][一二三四五六七八九十]{1,3}[)）])?"
)
_ENUMERATION = re.compile(r"[一二三四五六七八九十][、,]")
_DATE_LINE = re.compile(r"\d{4}年|人民代表大会")
_APPENDIX = re.compile(LINE_SPACE_RUN + r"(?:附件|附录|附表|名词解释|名词注释)[^。\n]{0,16}")
_SENTENCE_STOP = re.compile(r"[。!?]")
_CLAUSE_STOP = re.compile(r"[,;:]")
_LINE_ENDS_SENTENCE = re.compile(r"(?:[。!?;:…！？；：]|[。!?！？][”’」』])" + LINE_SPACE_RUN + "$")
_PANEL_LABEL = re.compile(r"[\d\s]+")

# Ranks of the plain grammars (outermost first) and their caps on a title's length.
_RANK = {"numeral": 1, "paren": 2, "shi": 3, "dash": 3, "bullet": 3, "lead": 4, "paired": 4}
_BASE_LEVEL = {"numeral": 1, "paren": 2, "shi": 2, "dash": 2, "bullet": 2, "lead": 3, "paired": 3}
_MAX_PART_TITLE = 40
_MAX_TITLE = 60
_MAX_CLAUSE = 40
_MARKDOWN_MIN_HEADINGS = 2


def chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral from 一 to 九十九 (``十二`` → 12), or None.

    Args:
        numeral: the numeral's characters, without ``、`` or brackets.
    """
    if not numeral:
        return None
    if "十" not in numeral:
        return _DIGITS.get(numeral) if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return None
    tens_value = 1 if not tens else _DIGITS.get(tens)
    units_value = 0 if not units else _DIGITS.get(units)
    if tens_value is None or units_value is None:
        return None
    return tens_value * 10 + units_value


@dataclass(frozen=True)
class _Heading:
    rank: int
    base_level: int
    style: str
    start: int
    heading_end: int
    title: str


@dataclass
class _Open:
    heading: _Heading
    level: int
    end: int = 0
    children: list[_Open] = field(default_factory=list)

    def close(self) -> Section:
        return Section(
            level=self.level,
            title=self.heading.title,
            start=self.heading.start,
            heading_end=self.heading.heading_end,
            end=self.end,
            style=self.heading.style,
            children=tuple(child.close() for child in self.children),
        )


@dataclass
class _Sequence:
    """Numbering seen so far, so that only numbers in sequence count as headings."""

    part: int | None = None
    area: int | None = None
    item: int | None = None
    any_heading: bool = False

    def accept(self, style: str, value: int) -> bool:
        if style == "numeral":
            ok = self.part is None or self.part < value <= self.part + 2
            if ok:
                self.part, self.area, self.item = value, None, None
        elif style == "paren":
            if self.area is None:
                ok = self.part is None or value <= 2
            else:
                ok = value == 1 or self.area < value <= self.area + 2
            if ok:
                self.area, self.item = value, None
        else:
            if self.item is None:
                ok = value <= 2 or not self.any_heading
            else:
                ok = value == 1 or self.item < value <= self.item + 2
            if ok:
                self.item = value
        self.any_heading = self.any_heading or ok
        return ok


def _content_lines(text: str, limit: int) -> list[tuple[int, int]]:
    lines = []
    for match in _LINE.finditer(text, 0, limit):
        if match.group().strip(_SPACE):
            lines.append((match.start(), match.end()))
    return lines


def _appendix_start(text: str, lines: list[tuple[int, int]]) -> int:
    """Where an appendix (附件, 名词解释) begins, or the end of the text."""
    for start, end in lines:
        if _APPENDIX.fullmatch(text, start, end):
            return start
    return len(text)


def _heading_sentence(
    rest: str, whole_line: bool, max_sentence: int, clause_fallback: bool
) -> tuple[int, int, int] | None:
    """``(title_start, title_end, heading_end)`` of the heading sentence opening ``rest``."""
    title_start = len(rest) - len(rest.lstrip())
    stop = _SENTENCE_STOP.search(rest)
    sentence: tuple[int, int] | None = None
    if stop is not None:
        sentence = (stop.start(), stop.end())
    elif whole_line:
        sentence = (len(rest.rstrip()), len(rest.rstrip()))
    if sentence is not None and 0 < sentence[0] - title_start <= max_sentence:
        return title_start, sentence[0], sentence[1]
    if clause_fallback:
        clause = _CLAUSE_STOP.search(rest)
        if clause is not None and 2 <= clause.start() - title_start <= _MAX_CLAUSE:
            return title_start, clause.start(), clause.start()
    return None


def _plain_line_headings(
    line: str, whole_line: bool, opens: bool, sequence: _Sequence
) -> list[tuple[str, int, int, int]]:
    """Headings of one normalised line: ``(style, title_start, title_end, heading_end)``."""
    found: list[tuple[str, int, int, int]] = []
    for style, pattern in (("numeral", _NUMERAL), ("paren", _PAREN), ("shi", _SHI)):
        match = pattern.match(line)
        if match is None or (style == "shi" and not opens):
            continue
        value = chinese_number(match.group(1))
        rest = line[match.end() :]
        if value is None or (style == "numeral" and _ENUMERATION.match(rest)):
            return []
        cap = _MAX_PART_TITLE if style == "numeral" else _MAX_TITLE
        span = _heading_sentence(rest, whole_line, cap, clause_fallback=style != "numeral")
        if span is None or not sequence.accept(style, value):
            return []
        found.append(_shifted(style, span, match.end()))
        if style != "numeral":
            after = match.end() + span[2]
            lead = lead_sentence(line[after:], AFTER_HEADING_LEAD_LENGTH)
            if lead is not None:
                found.append(_shifted("lead", lead, after))
        return found
    if not opens:
        return []
    for style, pattern in (("dash", _DASH), ("bullet", _BULLET)):
        match = pattern.match(line)
        if match is None:
            continue
        rest = line[match.end() :]
        if style == "dash" and (not rest or _DATE_LINE.match(rest) or "人民代表大会" in rest):
            return []
        span = _heading_sentence(rest, whole_line, _MAX_TITLE, clause_fallback=True)
        if span is None:
            return []
        return [_shifted(style, span, match.end())]
    lead = lead_sentence(line, LEAD_LENGTH)
    if lead is not None:
        return [_shifted("lead", lead, 0)]
    paired = paired_lead(line)
    return [_shifted("paired", paired, 0)] if paired is not None else []


def _shifted(style: str, span: tuple[int, int, int], by: int) -> tuple[str, int, int, int]:
    return style, span[0] + by, span[1] + by, span[2] + by


def _plain_headings(text: str, lines: list[tuple[int, int]]) -> list[_Heading]:
    headings: list[_Heading] = []
    sequence = _Sequence()
    opens = True
    previous_end: int | None = None
    for start, end in lines:
        if previous_end is not None and text.count("\n", previous_end, end) > 1:
            opens = True
        previous_end = end
        position = start + len(text[start:end]) - len(text[start:end].lstrip(_SPACE))
        kind = line_noise_kind(text[start:end])
        if kind is not None:
            marker = PAGE_JUMP_MARKER.match(text, position)
            if kind != PAGE_JUMP or marker is None or not text[marker.end() : end].strip():
                continue  # a noise line neither is a heading nor ends a paragraph
            position = (
                marker.end()
                + len(text[marker.end() : end])
                - len(text[marker.end() : end].lstrip(_SPACE))
            )
        numbered = _MAY_BE_HEADING.match(text, position) is not None
        if not numbered and text.find("。", position, position + _LEAD_WINDOW - 2) < 0:
            opens = bool(_LINE_ENDS_SENTENCE.search(text, max(start, end - 4), end))
            continue  # neither numbered nor opened by a short sentence: body text
        window_end = min(end, position + (_WINDOW if numbered else _LEAD_WINDOW))
        normalised = normalise(text[position:window_end])
        line = normalised.text
        found = _plain_line_headings(line, window_end == end, opens, sequence)
        for style, title_start, title_end, heading_end in found:
            title_from, title_to = normalised.span_to_original(title_start, title_end)
            headings.append(
                _Heading(
                    rank=_RANK[style],
                    base_level=_BASE_LEVEL[style],
                    style=style,
                    start=position + normalised.to_original(title_start if style == "lead" else 0),
                    heading_end=position + normalised.to_original(heading_end),
                    title=text[position + title_from : position + title_to].strip(_SPACE),
                )
            )
        # The next line opens a paragraph after a heading line or a line closing a sentence.
        whole_heading = bool(found) and window_end == end and not line[found[-1][3] :].strip()
        opens = whole_heading or bool(_LINE_ENDS_SENTENCE.search(text, max(start, end - 4), end))
    return keep_lead_headings(headings)


def _markdown_headings(text: str, lines: list[tuple[int, int]]) -> list[_Heading]:
    found: list[tuple[int, int, int, str]] = []  # (hashes, start, heading_end, title)
    first_body: int | None = None
    for start, end in lines:
        match = MARKDOWN_HEADING.fullmatch(text, start, end)
        if match is None:
            if first_body is None and line_noise_kind(text[start:end]) is None:
                first_body = start
            continue
        title = _MARKDOWN_NUMBERING.sub("", match.group(2)).strip()
        if not title or _PANEL_LABEL.fullmatch(title):
            continue  # a panel label such as "# 2024"
        found.append((len(match.group(1)), match.start(1), match.end(2), title))
    found = _without_title_block(found, first_body)
    ranks = {hashes: rank for rank, hashes in enumerate(sorted({f[0] for f in found}), start=1)}
    bullet_rank = len(ranks) + 1
    headings = [
        _Heading(ranks[hashes], ranks[hashes], "markdown", start, heading_end, title)
        for hashes, start, heading_end, title in found
    ]
    for start, end in lines:
        bullet = _BULLET.match(text, start)
        if bullet is not None and text[bullet.end() : end].strip():
            title = text[bullet.end() : end].strip()
            headings.append(_Heading(bullet_rank, bullet_rank, "bullet", start, end, title))
    return sorted(headings, key=lambda h: h.start)


def _without_title_block(
    found: list[tuple[int, int, int, str]], first_body: int | None
) -> list[tuple[int, int, int, str]]:
    """Drop a document title (a lone top ``#`` heading before any body) and its subtitle."""
    if not found:
        return found
    hashes, start, _end, _title = found[0]
    before_body = first_body is None or start < first_body
    alone = all(other[0] > hashes for other in found[1:])
    if not (before_body and alone):
        return found
    rest = found[1:]
    subtitle = rest[0] if rest else None
    if (
        subtitle is not None
        and subtitle[3].startswith(("—", "--"))
        and (first_body is None or subtitle[1] < first_body)
    ):
        rest = rest[1:]
    return rest


def _build_tree(headings: list[_Heading], limit: int) -> tuple[Section, ...]:
    roots: list[_Open] = []
    stack: list[_Open] = []
    for heading in headings:
        while stack and stack[-1].heading.rank >= heading.rank:
            stack.pop().end = heading.start
        level = stack[-1].level + 1 if stack else heading.base_level
        node = _Open(heading, level)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    for node in stack:
        node.end = limit
    return tuple(node.close() for node in roots)


def parse_outline(text: str) -> Outline:
    """Read the section tree of a report.

    Args:
        text: the text as read (plain text or Markdown).

    Returns:
        The sections in text order, nested; offsets are indices into ``text``. A section's
        ``end`` is where the next section of its rank or an outer rank starts (or the end of
        the text, or of its parent), so children lie inside their parent and siblings tile
        their parent's body. A text with no headings gets an empty outline.
    """
    lines = _content_lines(text, len(text))
    limit = _appendix_start(text, lines)
    lines = [line for line in lines if line[0] < limit]
    markdown_lines = sum(1 for start, end in lines if MARKDOWN_HEADING.fullmatch(text, start, end))
    if markdown_lines >= _MARKDOWN_MIN_HEADINGS:
        headings = _markdown_headings(text, lines)
    else:
        headings = _plain_headings(text, lines)
    return Outline(_build_tree(headings, limit))
