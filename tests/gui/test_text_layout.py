"""Where an offset's line stands in a laid-out document: the measure the reader and the
compare panes share."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextDocument

from gui.text_layout import Band, line_band, offset_band

PARAGRAPH = "坚持抓项目、帮企业，经济运行向上向好。" * 20


def _wrapped_document() -> QTextDocument:
    """Two paragraphs, the first wrapping over several lines at 200 pixels."""
    document = QTextDocument()
    document.setPlainText(PARAGRAPH + "\n" + "各位代表：")
    document.setTextWidth(200)
    return document


def test_a_position_in_a_wrapped_paragraph_stands_on_its_own_line(qapp: Any) -> None:
    document = _wrapped_document()
    first, later = line_band(document, 0), line_band(document, len(PARAGRAPH) - 1)
    assert first is not None and later is not None
    assert first.top == document.documentMargin() and first.bottom > first.top
    assert later.top >= first.bottom  # a line below, not the paragraph's top
    second_paragraph = line_band(document, len(PARAGRAPH) + 1)
    assert second_paragraph is not None and second_paragraph.top >= later.bottom


def test_a_position_past_the_text_is_no_line_or_a_point_at_the_end(qapp: Any) -> None:
    document = _wrapped_document()
    past = document.characterCount() + 10
    assert line_band(document, past) is None
    height = document.size().height()
    assert offset_band(document, past) == Band(height, height)
    assert offset_band(document, 0) == line_band(document, 0)
