"""Reports as a comparison takes them, made from their text in the tests (and a paragraph or
two of a plan compared), and a paragraph's tokens as the diff reads them, made from their
keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import jieba

from core.compare.comparison import compare_reports
from core.compare.records import CompareInput, CompareSettings, Comparison
from core.compare.worddiff import running_sums
from core.model import ReportKind, ReportMeta
from core.outline import parse_outline
from core.paragraphs import split_paragraphs
from core.tokens import tokenize

PLAN_HEADING = "一、2024年工作安排\n\n"
"""A plan's heading, for texts compared as a paragraph or two of one plan."""


def compared_under_plan(
    left: str,
    right: str,
    settings: CompareSettings | None = None,
    read: Callable[[str], CompareInput] | None = None,
) -> Comparison:
    """Two texts, each a paragraph or more under ``PLAN_HEADING``, compared; each read by
    ``read`` (``compare_input`` unless given)."""
    read = read or compare_input
    return compare_reports(
        read(PLAN_HEADING + left + "\n"),
        read(PLAN_HEADING + right + "\n"),
        settings or CompareSettings(),
    )


def compare_input(text: str, title: str = "报告") -> CompareInput:
    """``text`` read as a report, each paragraph cut into words by jieba's own dictionary."""
    return _read(text, title, jieba.lcut)


def library_input(text: str, title: str = "报告") -> CompareInput:
    """``text`` read as a report, with the words a library stores at import: jieba with the
    domain dictionary (``core.tokens``), which keeps 社会消费品零售总额 or 新增城镇就业 whole."""
    return _read(text, title, tokenize)


def _read(text: str, title: str, cut: Callable[[str], list[str]]) -> CompareInput:
    paragraphs = tuple(split_paragraphs(text))
    tokens = tuple(tuple(cut(text[p.start : p.end])) for p in paragraphs)
    meta = ReportMeta(title, None, None, ReportKind.REPORT)
    return CompareInput(text, parse_outline(text), paragraphs, meta, tokens)


@dataclass(frozen=True)
class ParagraphTokens:
    """One paragraph's tokens as the diff reads a report's (``TokenColumns``): their keys,
    and which of them are figures."""

    keys: list[str]
    numbers: frozenset[int] = frozenset()
    show_layout: bool = False

    @property
    def key_sums(self) -> list[int]:
        """0 and the running length of the keys."""
        return running_sums(map(len, self.keys))

    def opens_paragraph(self, index: int) -> bool:
        """Only the first token opens the paragraph."""
        return index == 0
