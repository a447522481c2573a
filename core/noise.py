"""Noise in extracted report text: page-jump markers, page headers, lone page numbers, credits.

Newspaper printings and laid-out graphics carry text that is not part of the report: page-jump
markers such as ``(上接第一版)`` and ``(下转第四版)``, the running page header
``政府工作报告``, lone page or panel numbers, and credit lines (``文字整理:``). They stay in the
text as read (nothing is silently dropped); this module only says where they are, so that the
section tree, the paragraph list and the number extractor can keep them out.
"""

from __future__ import annotations

import re
from collections import defaultdict

from core.line_space import LINE_SPACE

PAGE_JUMP = "page_jump"
PAGE_HEADER = "page_header"
PAGE_NUMBER = "page_number"
CREDITS = "credits"

# (上接第一版) (下转第四版) (转第2版) (接上版), in either width of parenthesis.
PAGE_JUMP_MARKER = re.compile(
    r"[(（]\s*(?:上接|下转|接上|转下|转|接|续)\s*(?:第\s*)?"
    r"[一二三四五六七八九十百\d０-９]*\s*[版页]\s*[)）]"
)
_HEADER = re.compile(r"\s*政\s*府\s*工\s*作\s*报\s*告\s*")
# "3", "- 3 -", "第3版", "第 3 页", and a Markdown heading made only of a number ("# 2024"), which
# in a laid-out graphic is a panel label, not a part of the report.
_PAGE_NUMBER = re.compile(
    r"\s*(?:#{1,6}\s*)?(?:[-—–－]\s*)?(?:第\s*)?[\d０-９]{1,4}\s*[页版]?\s*(?:[-—–－]\s*)?"
)
_CREDITS = re.compile(
    r"\s*(?:文字整理|版式设计|责任编辑|美术编辑|美编|编辑|校对|制图|设计|摄影|审校|审核|监制|撰稿)"
    r"\s*[:：]"
)
_LINE = re.compile(r"[^\n]*")
# A line repeated this often, short and without sentence punctuation, is a running head.
_REPEATED_HEADER_MIN = 3
_REPEATED_HEADER_MAX_LEN = 20
_NOT_A_HEADER = re.compile(
    r"[。，,；;：:！!？?、#●]|[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十]"
)
_CJK = re.compile(r"[\u3400-\u9fff]")


def _whole_line_kind(stripped: str) -> str | None:
    """The kind of noise a whole stripped line is, for lines that are not page-jump markers."""
    if _HEADER.fullmatch(stripped):
        return PAGE_HEADER
    if _PAGE_NUMBER.fullmatch(stripped):
        return PAGE_NUMBER
    if _CREDITS.match(stripped):
        return CREDITS
    return None


def line_noise_kind(line: str) -> str | None:
    """What kind of noise one line is, if any.

    Args:
        line: one line of text, with or without its line break.

    Returns:
        ``"page_jump"`` for a line holding a page-jump marker, alone or opening or closing
        a body line (``noise_spans`` gives the marker's own span); ``"page_header"`` for
        the running header ``政府工作报告``; ``"page_number"`` for a lone page or panel
        number; ``"credits"`` for credit lines such as ``文字整理:``; None otherwise.
    """
    stripped = line.strip(LINE_SPACE + "\n")
    if not stripped:
        return None
    if PAGE_JUMP_MARKER.search(stripped):
        return PAGE_JUMP
    return _whole_line_kind(stripped)


def _could_be_running_head(stripped: str) -> bool:
    return (
        1 < len(stripped) <= _REPEATED_HEADER_MAX_LEN
        and _CJK.search(stripped) is not None
        and _NOT_A_HEADER.search(stripped) is None
    )


def noise_spans(text: str) -> list[tuple[int, int, str]]:
    """Every noise span of ``text``, in text order.

    Page-jump markers are reported wherever they stand (alone, opening or closing a body
    line); the other kinds cover the whole content of their line (without its surrounding
    whitespace). A short line repeated three times or more is a running page header.

    Args:
        text: the text as read.

    Returns:
        ``(start, end, kind)`` triples: half-open offsets into ``text`` and the kind, one of
        ``"page_jump"``, ``"page_header"``, ``"page_number"``, ``"credits"``.
    """
    spans: list[tuple[int, int, str]] = []
    repeated: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip(LINE_SPACE):
            continue
        base = match.start()
        rest = line
        if "接" in line or "转" in line or "续" in line:
            for marker in PAGE_JUMP_MARKER.finditer(line):
                spans.append((base + marker.start(), base + marker.end(), PAGE_JUMP))
            rest = PAGE_JUMP_MARKER.sub(lambda m: " " * len(m.group()), line)
        stripped = rest.strip(LINE_SPACE)
        if not stripped:
            continue
        lead = len(rest) - len(rest.lstrip(LINE_SPACE))
        span = (base + lead, base + lead + len(stripped))
        kind = _whole_line_kind(stripped)
        if kind is not None:
            spans.append((*span, kind))
        elif _could_be_running_head(stripped):
            repeated[stripped].append(span)
    for places in repeated.values():
        if len(places) >= _REPEATED_HEADER_MIN:
            spans.extend((start, end, PAGE_HEADER) for start, end in places)
    spans.sort()
    return spans
