"""A report of millions of characters: the reader draws the highlights of the stretch read."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from core.outline import parse_outline
from gui.highlight_layers import Highlight
from gui.offsets import OffsetMap
from gui.reader.document_builder import build_document
from gui.reader.highlighted_text import WHOLE_TEXT_HIGHLIGHTED
from gui.reader.reader_view import ReaderView

LINE = "全市地区生产总值增长6%左右。\n"


def _drawn(view: ReaderView) -> set[int]:
    return {s.cursor.selectionStart() for s in view.extraSelections()}


def test_highlights_are_drawn_where_the_reading_is(qtbot: Any) -> None:
    text = LINE * (WHOLE_TEXT_HIGHLIGHTED // len(LINE) + 2000)
    offsets = OffsetMap(text)
    view = ReaderView(build_document(text, parse_outline(text), [], offsets), offsets)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    numbers = [i * len(LINE) + LINE.index("6") for i in range(len(text) // len(LINE))]
    view.set_layer("numbers", [Highlight(n, n + 3, QColor("orange")) for n in numbers])
    assert len(view.layer("numbers")) == len(numbers)  # every one kept
    assert numbers[0] in _drawn(view)
    assert len(view.extraSelections()) < len(numbers) // 5  # not all built at once
    # Going to a passage far down draws the highlights there, and the passage's own mark.
    last = numbers[-1]
    view.show_passage(last, last + 3)
    drawn = _drawn(view)
    assert last in drawn
    assert numbers[0] not in drawn
    assert view.layer("current") == [Highlight(last, last + 3, view.layer("current")[0].colour)]
    # Back at the top: the first ones again.
    view.verticalScrollBar().setValue(0)
    assert numbers[0] in _drawn(view)
    assert view.first_visible_offset() == 0
