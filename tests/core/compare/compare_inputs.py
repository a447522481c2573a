"""Reports as a comparison takes them, made from their text in the tests."""

from __future__ import annotations

import jieba

from core.compare.records import CompareInput
from core.model import ReportKind, ReportMeta
from core.outline import parse_outline
from core.paragraphs import split_paragraphs


def compare_input(text: str, title: str = "报告") -> CompareInput:
    """``text`` read as a report, with the words a library stores at import: jieba's
    segmentation of each paragraph."""
    paragraphs = tuple(split_paragraphs(text))
    tokens = tuple(tuple(jieba.lcut(text[p.start : p.end])) for p in paragraphs)
    meta = ReportMeta(title, None, None, ReportKind.REPORT)
    return CompareInput(text, parse_outline(text), paragraphs, meta, tokens)
