"""The compare view on a paragraph moved with a figure changed: the move is linked at both
ends and the changed figure is marked inside it, listed and stepped to."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QFont, QTextCursor

from core.analysis import analyse_text
from core.compare.records import ChangeKind
from core.library import LoadedReport
from gui.compare.change_list import CHANGE_ROLE
from gui.compare.change_styles import STYLES, Look
from gui.compare.compare_document import MOVE_SCHEME
from gui.compare.compare_pane import ComparePane
from gui.compare.compare_view import CompareView
from gui.text_layout import offset_band

Opener = Callable[..., CompareView]
OPENING = "培育创新主体。"  # a paragraph of area (四) of the plan, which holds 100家


def _report(text: str) -> LoadedReport:
    analysed = analyse_text(text, "t.txt")
    return LoadedReport(None, analysed.meta, text, analysed.outline, analysed.paragraphs)


def _moved_with_a_changed_figure(text: str) -> str:
    """``text`` with the paragraph opening with ``OPENING`` moved to the end of area (九) and
    its 100家 made 999家."""
    start = text.index(f"\n{OPENING}") + 1
    paragraph = text[start : text.index("\n", start)]
    without = text.replace(f"{paragraph}\n\n", "", 1)
    place = without.index("\n（十）") + 1
    edited = paragraph.replace("100家", "999家", 1)
    return f"{without[:place]}{edited}\n\n{without[place:]}"


def _format_at(pane: ComparePane, offset: int) -> Any:
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.offsets.to_qt(offset) + 1)
    return cursor.charFormat()


def _visible(pane: ComparePane, offset: int) -> bool:
    top = offset_band(pane.document(), pane.offsets.to_qt(offset)).top
    return pane.scroll_value() <= top < pane.scroll_value() + pane.viewport().height()


def test_a_changed_figure_inside_a_moved_paragraph_is_marked_listed_and_stepped_to(
    open_view: Opener, samples: dict[str, Path]
) -> None:
    text = samples["cz2024"].read_text(encoding="utf-8")
    view = open_view(_report(text), _report(_moved_with_a_changed_figure(text)))
    comparison = view.comparison()
    assert comparison is not None
    [move_index] = [i for i, c in enumerate(comparison.changes) if c.kind is ChangeKind.MOVED]
    edit_index = move_index + 1
    move, edit = comparison.changes[move_index], comparison.changes[edit_index]
    assert edit.move_id == move.move_id and edit.numbers_changed
    number = QColor(STYLES[Look.NUMBER].background)
    moved = QColor(STYLES[Look.MOVED].background)
    for pane, (move_start, _), (edit_start, _) in (
        (view.left_pane, (move.left_start, move.left_end), (edit.left_start, edit.left_end)),
        (view.right_pane, (move.right_start, move.right_end), (edit.right_start, edit.right_end)),
    ):
        inside = _format_at(pane, edit_start)
        assert inside.background().color() == number
        assert inside.fontWeight() == QFont.Weight.Bold
        # Still part of the moved passage: a click on it goes to the other end.
        assert inside.anchorHref() == f"{MOVE_SCHEME}:{move_index}"
        assert _format_at(pane, move_start).background().color() == moved
    # Listed under the area it was moved from, right after its move.
    model = view.panels.change_model
    listed = [
        model.item(row).child(i).data(CHANGE_ROLE)
        for row in range(model.rowCount())
        for i in range(model.item(row).rowCount())
    ]
    assert listed.index(edit_index) == listed.index(move_index) + 1
    # The next change after the move is the figure, shown in both panes.
    view.go_to_change(move_index)
    view.next_action.trigger()
    assert view.current_change() == edit_index
    assert _visible(view.left_pane, edit.left_start)
    assert _visible(view.right_pane, edit.right_start)
