"""Deleting a highlight from the annotations panel: its menu and the Delete key, undone with
Ctrl+Z (its note and tags back), for the report read and for one that is not open."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Annotation
from core.store.annotations import annotations_of
from gui.notes.annotations_model import ID_ROLE


def _annotate(store: Any, report: ReportId, quote: str) -> Annotation:
    start = store.report(report).text.index(quote)
    return annotate(store, report, start, start + len(quote), "green", "**要点**", ["就业"])


def test_the_delete_key_deletes_the_chosen_highlight_and_ctrl_z_brings_it_back(
    window: Any, store: Any, qtbot: Any
) -> None:
    tab = window.open_report(ReportId(1))
    first = _annotate(store, ReportId(1), "城镇新增就业")
    second = _annotate(store, ReportId(1), "新质生产力")
    tab.notes.refresh()
    panel = window.annotations_panel
    panel.refresh()
    window.annotations_dock.show()
    panel.tree.setCurrentIndex(panel.row_of(first.id))
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus, timeout=2000)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert [a.id for a in annotations_of(store).for_report(ReportId(1))] == [second.id]
    assert len(tab.view.layer("annotations")) == 1  # the reader repainted
    assert not panel.row_of(first.id).isValid()
    # The row after it is chosen: Delete again deletes it.
    assert panel.tree.currentIndex().data(ID_ROLE) == second.id
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = annotations_of(store).get(first.id)
    assert (restored.note, restored.tags, restored.colour) == ("**要点**", ("就业",), "green")
    assert restored == first
    assert panel.row_of(first.id).isValid()
    assert len(tab.view.layer("annotations")) == 2
    assert window.undo_stack.redoText() == "Delete highlight"


def test_the_menu_of_an_annotation_deletes_it(window: Any, store: Any) -> None:
    window.open_report(ReportId(1))
    made = _annotate(store, ReportId(1), "城镇新增就业")
    panel = window.annotations_panel
    panel.refresh()
    menu = panel.context_menu(panel.row_of(made.id))
    assert menu is not None
    actions = {a.text(): a for a in menu.actions()}
    assert "&Delete highlight" in actions
    assert actions["&Delete highlight"].shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert "&Edit note…" in actions and "&Copy to another report…" in actions
    actions["&Delete highlight"].trigger()
    menu.deleteLater()
    assert annotations_of(store).for_report(ReportId(1)) == []
    assert window.undo_stack.undoText() == "Delete highlight"
    window.menu_actions.undo.trigger()
    assert annotations_of(store).for_report(ReportId(1)) == [made]


def test_a_highlight_of_a_report_not_open_is_deleted_and_restored(window: Any, store: Any) -> None:
    made = _annotate(store, ReportId(3), "新质生产力")
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    assert window.current_reader() is None
    panel.tree.setCurrentIndex(panel.row_of(made.id))
    assert panel.delete_action.isEnabled()
    panel.delete_action.trigger()
    assert annotations_of(store).for_report(ReportId(3)) == []
    assert panel.model.rowCount() == 0
    window.menu_actions.undo.trigger()
    assert annotations_of(store).for_report(ReportId(3)) == [made]
    assert panel.row_of(made.id).isValid()
    window.menu_actions.redo.trigger()
    assert annotations_of(store).for_report(ReportId(3)) == []


def test_a_group_row_has_nothing_to_delete(window: Any, store: Any) -> None:
    made = _annotate(store, ReportId(3), "新质生产力")
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    group = panel.model.index(0, 0)
    assert panel.context_menu(group) is None
    panel.tree.setCurrentIndex(group)
    assert not panel.delete_action.isEnabled()
    assert panel.delete_current() is False
    assert annotations_of(store).for_report(ReportId(3)) == [made]


def test_the_menu_speaks_chinese(window: Any, store: Any, chinese: None) -> None:
    from gui.notes.annotations_panel import AnnotationsPanel

    made = _annotate(store, ReportId(1), "城镇新增就业")
    panel = AnnotationsPanel(store, window, window.undo_stack)
    panel.set_report(ReportId(1))
    menu = panel.context_menu(panel.row_of(made.id))
    assert menu is not None
    assert "删除高亮(&D)" in [a.text() for a in menu.actions()]
    menu.deleteLater()
    panel.deleteLater()
