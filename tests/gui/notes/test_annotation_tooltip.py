"""An annotation's tooltip in the annotations panel reads the whole passage, wrapped at a
reading width (Qt showed a plain-text tooltip on one line past the screen's edge), with the
note, the tags, and when it was made and last changed in local time; the user's words are
shown as written, ``<`` and ``&`` included."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QToolTip

from core.model import ReportId
from core.notes.library_notes import annotate
from core.store.annotations import annotations_of
from gui.notes.annotation_tooltip import LINE_CHARACTERS
from tests.gui.notes.tooltip_text import tooltip_paragraphs

NOTE = "**先看** <b>这里</b> & 对照去年\n第二行"
TAGS = ["a<b", "就业&目标"]


@pytest.fixture
def shanghai_clock(monkeypatch: pytest.MonkeyPatch) -> Any:
    """The computer's clock in Beijing time (UTC+8): the library keeps UTC."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_tooltip_holds_the_passage_wrapped_the_note_tags_and_times(
    window: Any, store: Any, shanghai_clock: Any
) -> None:
    text = store.report(ReportId(1)).text
    paragraph = next(p for p in text.split("\n") if 200 < len(p) < 600)
    start = text.index(paragraph)
    made = annotate(store, ReportId(1), start, start + len(paragraph), "blue", "", [])
    changed = annotations_of(store).update(made.id, note=NOTE, tags=TAGS)
    window.open_report(ReportId(1))
    tip = window.annotations_panel.model.itemFromIndex(
        window.annotations_panel.row_of(made.id)
    ).toolTip()

    assert QtGui.Qt.mightBeRichText(tip)  # rich text, which Qt wraps
    width = QFontMetrics(QToolTip.font()).horizontalAdvance("字") * LINE_CHARACTERS
    label = QLabel(tip)  # as Qt shows a rich-text tooltip
    label.setFont(QToolTip.font())
    label.setWordWrap(True)
    assert width <= label.sizeHint().width() <= width + 20  # the table's margins
    quote, note, second_line, tags, times = tooltip_paragraphs(tip)
    assert quote == paragraph  # whole
    assert note == "✎ 先看 <b>这里</b> & 对照去年"  # its Markdown read, the rest as written
    assert second_line == "第二行"
    assert tags == "#a<b #就业&目标"
    for moment in (changed.created_at, changed.updated_at):
        utc = datetime.fromisoformat(moment)
        assert utc.astimezone().strftime("%H:%M") in times
        assert utc.strftime("%H:%M") not in times


def test_a_short_quote_keeps_its_tooltip_narrow(window: Any, store: Any) -> None:
    text = store.report(ReportId(1)).text
    start = text.index("城镇新增就业")
    made = annotate(store, ReportId(1), start, start + 6, "green")
    window.open_report(ReportId(1))
    tip = window.annotations_panel.model.itemFromIndex(
        window.annotations_panel.row_of(made.id)
    ).toolTip()
    lines = tooltip_paragraphs(tip)
    assert lines[0] == "城镇新增就业"
    label = QLabel(tip)  # as Qt shows a rich-text tooltip: its lines whole
    label.setFont(QToolTip.font())
    label.setWordWrap(True)
    widest = max(QFontMetrics(QToolTip.font()).horizontalAdvance(line) for line in lines)
    quote = QFontMetrics(QToolTip.font()).horizontalAdvance(lines[0])
    assert quote <= label.sizeHint().width() <= widest + 20  # the quote on one line
