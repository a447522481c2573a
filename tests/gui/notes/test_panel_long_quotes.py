"""A long passage highlighted is listed in the annotations panel cut short with an ellipsis,
its row's tooltip reading further, so that a quote cut is never taken for the whole."""

from __future__ import annotations

from typing import Any

from core.model import ReportId
from core.notes.library_notes import annotate
from gui.notes.annotation_tooltip import QUOTE_LIMIT
from gui.notes.annotations_model import ROW_LENGTH
from gui.notes.annotations_panel import AnnotationsPanel
from tests.gui.notes.tooltip_text import tooltip_paragraphs


def test_a_long_quote_and_note_are_cut_with_an_ellipsis(window: Any, store: Any) -> None:
    text = store.report(ReportId(1)).text
    paragraph = max(text.split("\n"), key=len)
    assert len(paragraph) > QUOTE_LIMIT
    start = text.index(paragraph)
    note = "整段都重要，" * 30
    made = annotate(store, ReportId(1), start, start + len(paragraph), "blue", note, [])
    short = annotate(
        store, ReportId(1), text.index("城镇新增就业"), text.index("城镇新增就业") + 6, "green"
    )
    window.open_report(ReportId(1))
    panel = window.annotations_panel
    row = panel.row_of(made.id)
    quote_line, note_line = row.data().split("\n")
    assert len(quote_line) == ROW_LENGTH and quote_line.endswith("…")
    assert paragraph.startswith(quote_line[:-1])
    assert note_line == "✎ " + note[: ROW_LENGTH - 1] + "…"
    tip = tooltip_paragraphs(panel.model.itemFromIndex(row).toolTip())[0]
    assert len(tip) == QUOTE_LIMIT and tip.endswith("…")
    assert paragraph.startswith(tip[:-1])
    assert panel.row_of(short.id).data() == "城镇新增就业"  # whole: no ellipsis


def test_a_long_quote_is_cut_at_the_panels_edge(store: Any, qtbot: Any) -> None:
    text = store.report(ReportId(1)).text
    paragraph = max(text.split("\n"), key=len)
    start = text.index(paragraph)
    made = annotate(store, ReportId(1), start, start + len(paragraph), "blue", "", [])
    panel = AnnotationsPanel(store)
    qtbot.addWidget(panel)
    panel.resize(500, 400)
    panel.show()
    panel.set_report(ReportId(1))
    tree = panel.tree
    for width in (500, 260, 700):
        # Made narrower or wider while hidden (a dock behind another tab), then shown again.
        panel.hide()
        panel.resize(width, 400)
        panel.show()
        qtbot.waitUntil(lambda shown=width: tree.viewport().width() < shown, timeout=2000)
        row = tree.visualRect(panel.row_of(made.id))
        # The column as wide as the list, nothing to scroll sideways to: the row's text,
        # wider than the room, is cut at the list's edge.
        assert tree.columnWidth(0) == tree.viewport().width()
        assert row.right() < tree.viewport().width()
        assert tree.horizontalScrollBar().maximum() == 0
        quote_line = panel.row_of(made.id).data().split("\n")[0]
        assert tree.fontMetrics().horizontalAdvance(quote_line) > row.width()
    section = panel.row_of(made.id).parent()
    path = " › ".join(made.anchor.section_path)
    assert section.data() == path and panel.model.itemFromIndex(section).toolTip() == path
