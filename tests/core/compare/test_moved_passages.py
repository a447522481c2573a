"""Moves in whole reports: their ends are the moved paragraph itself.

Each report here is the 长治 2024 sample edited in the test: a paragraph moved to another area.
"""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from core.compare.comparison import compare_reports
from core.compare.records import Change, ChangeKind, CompareInput, Comparison
from core.model import ReportKind, ReportMeta
from core.outline import parse_outline
from core.paragraphs import split_paragraphs

BEIJING = "深化京长对口合作。"  # opens the first paragraph of area (八) of the plan


def _input(text: str, title: str = "报告") -> CompareInput:
    paragraphs = tuple(split_paragraphs(text))
    # The tokens a library stores at import: jieba's segmentation of each paragraph.
    tokens = tuple(tuple(jieba.lcut(text[p.start : p.end])) for p in paragraphs)
    meta = ReportMeta(title, None, None, ReportKind.REPORT)
    return CompareInput(text, parse_outline(text), paragraphs, meta, tokens)


@pytest.fixture(scope="module")
def report(samples: dict[str, Path]) -> str:
    return samples["cz2024"].read_text(encoding="utf-8")


def _paragraph(text: str, opening: str) -> str:
    """The paragraph of ``text`` that opens with ``opening`` (without its line break)."""
    start = text.index(f"\n{opening}") + 1
    return text[start : text.index("\n", start)]


def _moved(text: str, opening: str, before: str, edit: tuple[str, str] = ("", "")) -> str:
    """``text`` with the paragraph opening with ``opening`` taken out and put, with ``edit``
    made in it, just before the line that opens with ``before``."""
    paragraph = _paragraph(text, opening)
    without = text.replace(f"{paragraph}\n\n", "", 1)
    edited = paragraph.replace(*edit, 1) if edit[0] else paragraph
    place = without.index(f"\n{before}") + 1
    return f"{without[:place]}{edited}\n\n{without[place:]}"


def _moves(comparison: Comparison) -> list[Change]:
    return [c for c in comparison.changes if c.kind is ChangeKind.MOVED]


def test_a_moved_paragraph_s_ends_are_the_paragraph_itself(report: str) -> None:
    # The paragraph follows a heading that ends with 。 as the paragraph does: the removal
    # could be read one word earlier, from the heading's 。 to before the paragraph's own.
    edited = _moved(report, BEIJING, "（二）着力构建")
    comparison = compare_reports(_input(report), _input(edited))
    [move] = _moves(comparison)
    paragraph = _paragraph(report, BEIJING)
    assert comparison.left.text[move.left_start : move.left_end] == paragraph
    assert comparison.right.text[move.right_start : move.right_end] == paragraph
    assert move.similarity == 1.0
    assert comparison.changes == (move,)
