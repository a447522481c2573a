"""Line breaks restored in a report written with almost none (a run-on text).

A report copied from some web pages, from a PDF viewer that joins lines, or from a WeChat
article comes as one paragraph of 16,000 characters, or a handful of very long lines: no line
is a heading, so the outline finds nothing and the text is refused. Such a text is broken into
paragraphs and headings before it is read, at the places a report writes its structure into
the prose (DESIGN.md, "Heading styles" and "Noise"):

* a part heading ``一、`` … after a sentence end, the numbers in sequence, on a line of its own:
  its title ends where the body's first clause starts (a space there, a year or an opening
  such as ``今年是`` or ``过去一年``, or after a title ending such as ``工作回顾``);
* an area heading ``（一）`` … after a sentence end, the numbers in sequence within the part;
* ordinal items ``一是`` …, ``1.`` … and ``——`` leads after a sentence end, two or more of
  a kind (a single one is read as running text), and ``●`` bullets;
* the opening ``各位代表：`` on a line of its own, and ``各位代表，`` / ``各位代表！`` opening
  a paragraph after a sentence end (the closing among them);
* page-jump markers on a line (``(上接第一版)`` opening it, ``(下转第四版)`` alone), a page header
  (``政府工作报告``) standing before a page-jump marker, credit lines (``文字整理:``), and in
  Markdown (two ``#`` headings or more) each ``#`` heading, with a panel number before it;
* blank space the copy kept: a space after a sentence end, or two spaces or more (a line or
  paragraph break written as spaces), and a line break after a sentence end, are paragraph
  breaks.

Lead sentences opening a paragraph inside an area (``多措并举促消费。``) are not split off: as
many short sentences like them stand inside paragraphs (``安全生产形势保持总体稳定。``), so such
an area reads as one paragraph. A title with nothing to show where it ends (an area heading with
no full stop before its body) runs on, and the outline takes its first clause as its title.

Each break is written as a blank line, in place of the blank space at that place; nothing else
of the text changes (the restored text without its line breaks and blank space is the text as
read without them). The text stored is the restored text, so every offset points into it.

When a text is run-on: when lines of ``LONG_LINE`` (1,000) characters or more hold at least
half of its characters (``LONG_SHARE``). In the five samples the longest line is 686 characters
(a whole area of work written as one paragraph) and no line is that long; with their line breaks
removed or written as spaces, the one line is the whole text (2,446–18,500 characters). A report
with one or two long paragraphs stays far below half, and one cut into lines of a few hundred
characters is read as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.noise import PAGE_JUMP_MARKER
from core.outline import chinese_number

LONG_LINE = 1000
LONG_SHARE = 0.5

# Blank space that can stand where a line break was (not the line break itself).
_SPACE = " \t\u00a0\u3000\u2002\u2003\u200b"
_SENTENCE_END = frozenset("。！？!?")
# A heading or an item also opens a line after a colon (``重点抓好以下工作：（一）…``).
_BEFORE_HEADING = _SENTENCE_END | frozenset("：:")
_CLOSING_QUOTES = frozenset("”’」』")
# A part heading's title is at most this long (as in core.outline); its first clause after it.
_MAX_PART_TITLE = 40
_PART_SEGMENT = re.compile(r"[^，,。：:；;！!？?\n]{1,80}")
_BODY_OPENING = re.compile(
    r"\d{4}年是|今年是|明年是|过去一年|过去的一年|过去五年|刚刚过去|新的一年|一年来|五年来|"
    r"根据|面对|我们|新征程|当前|今后五年|未来五年|做好|实干|各位代表"
)
_YEAR = re.compile(r"\d{4}年")
_TITLE_ENDING = re.compile(
    r"工作回顾|工作安排|工作任务|工作部署|重点工作|目标任务|主要任务|总体要求|奋斗目标|"
    r"主要目标|自身建设|治理效能|工作成效|发展成就|回顾|安排"
)
_MARKER = re.compile(
    r"(?P<salutation>各位代表[：:，,！!])"
    r"|(?P<part>[一二三四五六七八九十]{1,3}、)"
    r"|(?P<area>[（(][一二三四五六七八九十]{1,3}[)）])"
    r"|(?P<item>[一二三四五六七八九十]{1,2}是(?![否非由指]))"
    r"|(?P<ordinal>(?<![\d.．])\d{1,2}[.．、](?![\d.．]))"
    r"|(?P<dash>——(?=[^—\d\s]))"
    r"|(?P<bullet>[●•◆■▲★])"
    r"|(?P<markdown>(?<!#)#{1,6}(?!#))"
    r"|(?P<jump>" + PAGE_JUMP_MARKER.pattern + r")"
    r"|(?P<header>政府工作报告(?=[" + _SPACE + r"]*[(（]\s*(?:上接|接上|接|续)))"
    r"|(?P<credits>(?:文字整理|版式设计|责任编辑|美术编辑|校对|审校|监制|撰稿)[:：])"
    r"|(?P<space>[" + _SPACE + r"]+)"
    r"|(?P<newline>\n)"
)
_ENUMERATION = re.compile(r"[一二三四五六七八九十][、,，]")
_DATE_OR_MEETING = re.compile(r"\d{4}年\d|人民代表大会")
_PANEL_NUMBER = re.compile(r"\d{1,3}$")
_PANEL_LABEL = re.compile(r"[ \t]*\d{1,4}(?=[^\d.．%％])")
# Items and leads count in groups: a single one after a sentence end is running text.
_MIN_GROUP = 2


def is_run_on(text: str) -> bool:
    """Whether ``text`` has too few line breaks for its length to be read as it is.

    Args:
        text: the text as read, line breaks as ``\\n``.
    """
    total = len(text.strip())
    if total < LONG_LINE:
        return False
    long_lines = sum(len(line) for line in text.split("\n") if len(line.strip()) >= LONG_LINE)
    return long_lines >= total * LONG_SHARE


@dataclass(frozen=True)
class _Candidate:
    """A place that may start a line: ``kind`` and number of a marker at ``start``."""

    kind: str
    start: int
    end: int
    value: int = 0


class _Breaks:
    """The places chosen for a break, as blank-space spans to write as a blank line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans: dict[int, int] = {}

    def at(self, position: int) -> None:
        """Break at ``position``, taking in the blank space around it; none at a line's edge."""
        text = self.text
        start, end = position, position
        while start > 0 and text[start - 1] in _SPACE:
            start -= 1
        while end < len(text) and text[end] in _SPACE:
            end += 1
        if start == 0 or end == len(text) or text[start - 1] == "\n" or text[end] == "\n":
            return
        self.spans[start] = max(end, self.spans.get(start, end))

    def line_starts_at(self, position: int) -> bool:
        """Whether a line starts at ``position`` (blank space before it aside), or a break."""
        start = position
        while start > 0 and self.text[start - 1] in _SPACE:
            start -= 1
        return start == 0 or self.text[start - 1] == "\n" or start in self.spans

    def written(self) -> str:
        pieces = []
        position = 0
        for start in sorted(self.spans):
            if start < position:
                continue
            pieces.append(self.text[position:start])
            pieces.append("\n\n")
            position = self.spans[start]
        pieces.append(self.text[position:])
        return "".join(pieces)


def _after_sentence(
    text: str, position: int, breaks: _Breaks, ends: frozenset[str] = _SENTENCE_END
) -> bool:
    """Whether ``position`` follows a sentence end (blank space and closing quotes aside), one
    of ``ends``, or starts a line."""
    at = position
    while at > 0 and text[at - 1] in _SPACE:
        at -= 1
    if breaks.line_starts_at(at):
        return True
    while at > 0 and text[at - 1] in _CLOSING_QUOTES:
        at -= 1
    return at > 0 and text[at - 1] in ends


def _part_title_end(text: str, start: int) -> int | None:
    """Where the title of the part heading whose title starts at ``start`` ends, if it shows."""
    segment_match = _PART_SEGMENT.match(text, start)
    if segment_match is None:
        return None
    segment = segment_match.group()
    space = re.search(f"[{_SPACE}]", segment)
    if space is not None and 2 <= space.start() <= _MAX_PART_TITLE:
        return start + space.start()
    for found in _BODY_OPENING.finditer(segment, 2):
        if found.start() <= _MAX_PART_TITLE:
            return start + found.start()
    endings = [m for m in _TITLE_ENDING.finditer(segment) if m.end() <= _MAX_PART_TITLE]
    if endings and endings[-1].end() < len(segment):
        return start + endings[-1].end()
    for year in _YEAR.finditer(segment, 2):
        if year.start() <= _MAX_PART_TITLE:
            return start + year.start()
    if text.startswith("。", segment_match.end()) and len(segment) <= _MAX_PART_TITLE:
        return segment_match.end() + 1  # a title written as a sentence: ``一、总体要求。``
    return None


def _markdown_heading_end(text: str, start: int) -> int | None:
    """Where the ``#`` heading whose text starts at ``start`` ends, if it shows: after a panel
    number (``# 2024`` before body text), or before an opening such as ``过去一年``."""
    panel = _PANEL_LABEL.match(text, start)
    if panel is not None:
        return panel.end()
    segment = _PART_SEGMENT.match(text, start)
    if segment is None:
        return None
    for found in _BODY_OPENING.finditer(segment.group(), 2):
        if found.start() <= _MAX_PART_TITLE:
            return start + found.start()
    return None


def _candidates(text: str, breaks: _Breaks) -> list[_Candidate]:
    """Every marker of ``text`` in text order, breaking at those that need no group."""
    found: list[_Candidate] = []
    markdown = len(re.findall(r"(?<!#)#{1,6}(?!#)[^#\n]", text)) >= _MIN_GROUP
    part: int | None = None
    area: int | None = None
    for match in _MARKER.finditer(text):
        kind = match.lastgroup or ""
        start, end = match.span()
        if kind == "space":
            if end - start >= 2 or _after_sentence(text, start, breaks):
                breaks.at(start)
        elif kind == "newline":
            if _after_sentence(text, start, breaks):
                breaks.at(start)
        elif kind == "salutation":
            if match.group().endswith(("：", ":")):
                breaks.at(start)
                breaks.at(end)
            elif _after_sentence(text, start, breaks):
                breaks.at(start)
        elif kind == "jump":
            breaks.at(start)
            if re.search(r"上接|接上|接|续", match.group()) is None:
                breaks.at(end)  # a marker closing a page stands alone: the next page follows
        elif kind in ("header", "credits"):
            breaks.at(start)
            if kind == "header":
                breaks.at(end)
        elif kind == "markdown":
            if markdown:
                panel = _PANEL_NUMBER.search(text, max(0, start - 3), start)
                if panel is not None and _after_sentence(text, panel.start(), breaks):
                    breaks.at(panel.start())  # a lone panel number before the heading
                breaks.at(start)
                heading_end = _markdown_heading_end(text, end)
                if heading_end is not None:
                    breaks.at(heading_end)
        elif kind == "bullet":
            if not text[max(0, start - 8) : start].rstrip(_SPACE).endswith("#"):
                breaks.at(start)
        elif not _after_sentence(text, start, breaks, _BEFORE_HEADING):
            continue
        elif kind == "part":
            value = chinese_number(match.group()[:-1])
            if value is None or _ENUMERATION.match(text, end):
                continue
            if part is not None and not part < value <= part + 2:
                continue
            title_end = _part_title_end(text, end)
            if title_end is None:
                continue
            part, area = value, None
            breaks.at(start)
            breaks.at(title_end)
        elif kind == "area":
            value = chinese_number(match.group()[1:-1])
            if value is None or (area is not None and value != 1 and not area < value <= area + 2):
                continue
            area = value
            breaks.at(start)
        elif kind == "dash":
            if not _DATE_OR_MEETING.match(text, end):
                found.append(_Candidate(kind, start, end))
        else:
            numeral = match.group().rstrip("是.．、")
            value = int(numeral) if numeral.isdigit() else chinese_number(numeral)
            if value is not None:
                found.append(_Candidate(kind, start, end, value))
    return found


def _in_groups(candidates: list[_Candidate]) -> list[_Candidate]:
    """The grouped candidates that stand in a group: ``——`` leads two or more in the text,
    numbered items beside the item numbered one more or one less."""
    kept = []
    dashes = [c for c in candidates if c.kind == "dash"]
    if len(dashes) >= _MIN_GROUP:
        kept.extend(dashes)
    for kind in ("item", "ordinal"):
        numbered = [c for c in candidates if c.kind == kind]
        for index, candidate in enumerate(numbered):
            neighbours = numbered[max(0, index - 1) : index] + numbered[index + 1 : index + 2]
            if any(abs(n.value - candidate.value) == 1 for n in neighbours):
                kept.append(candidate)
    return kept


def restore_line_breaks(text: str) -> str:
    """``text`` with a blank line at each place its structure shows a break (see the module).

    Args:
        text: a run-on text (``is_run_on``), line breaks as ``\\n``.

    Returns:
        The text with blank lines written in place of the blank space at each break (or
        between two characters where there is none); a text with no such place is returned
        as it is.
    """
    breaks = _Breaks(text)
    for candidate in _in_groups(_candidates(text, breaks)):
        breaks.at(candidate.start)
    return breaks.written()
