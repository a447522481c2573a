"""Annotating in the app: highlight a selection, edit, delete and undo; the panel lists them."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from core.library import open_library
from core.model import ReportId
from core.store.annotations import annotations_of
from gui.notes.annotations_model import ID_ROLE, AnnotationsModel
from gui.notes.note_editor import NoteEditor


def _select(tab: Any, quote: str) -> tuple[int, int]:
    text = tab.readable.report.text
    start = text.index(quote)
    end = start + len(quote)
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start))
    cursor.setPosition(tab.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    tab.view.setTextCursor(cursor)
    return start, end


def test_ctrl_number_highlights_the_selection_and_it_is_saved(
    window: Any, qtbot: Any, library_db: str
) -> None:
    tab = window.open_report(ReportId(1))
    start, end = _select(tab, "新质生产力")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    layer = tab.view.layer("annotations")
    assert len(layer) == 1
    assert (layer[0].start, layer[0].end) == tab.offsets.span_to_qt(start, end)
    with open_library(library_db, read_only=True) as other:  # another connection sees it
        saved = annotations_of(other).for_report(ReportId(1))
    assert [(a.anchor.quote, a.colour) for a in saved] == [("新质生产力", "red")]
    # Numbers keep their underline; annotations are a plain background.
    assert layer[0].colour.alpha() > 100
    # The panel lists it under its section.
    window.annotations_panel.refresh()
    model = window.annotations_panel.model
    assert model.rowCount() == 1
    assert model.index(0, 0, model.index(0, 0)).data(ID_ROLE) == saved[0].id


def _pixels_of(image: Any, rect: Any, colour: QColor) -> int:
    """How many pixels of ``rect`` in ``image`` are ``colour`` (give or take antialiasing)."""
    found = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            pixel = image.pixelColor(x, y)
            if (
                max(
                    abs(pixel.red() - colour.red()),
                    abs(pixel.green() - colour.green()),
                    abs(pixel.blue() - colour.blue()),
                )
                <= 8
            ):
                found += 1
    return found


def test_the_new_highlight_shows_in_its_colour_not_under_the_selection(
    window: Any, qtbot: Any
) -> None:
    tab = window.open_report(ReportId(1))
    start, end = _select(tab, "新质生产力")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    # The selection is gone, the cursor at the end of the text highlighted.
    cursor = tab.view.textCursor()
    assert not cursor.hasSelection()
    assert cursor.position() == tab.offsets.to_qt(end)
    # The highlight is drawn, in its colour: none of the selection's colour over it.
    (highlight,) = tab.view.layer("annotations")
    drawn = [s for s in tab.view.extraSelections() if s.cursor.selectionStart() == highlight.start]
    assert drawn and drawn[0].cursor.selectionEnd() == highlight.end
    qt_start, _qt_end = tab.offsets.span_to_qt(start, end)
    first = QTextCursor(tab.view.document())
    first.setPosition(qt_start + 1)
    rect = tab.view.cursorRect(first).adjusted(0, 2, 40, -2)
    image = tab.view.viewport().grab().toImage()
    behind = image.pixelColor(rect.center())
    tint = QColor(highlight.colour)
    base = tab.view.palette().color(QPalette.ColorRole.Base)
    alpha = tint.alphaF()
    blended = QColor(
        round(tint.red() * alpha + base.red() * (1 - alpha)),
        round(tint.green() * alpha + base.green() * (1 - alpha)),
        round(tint.blue() * alpha + base.blue() * (1 - alpha)),
    )
    selection = tab.view.palette().color(QPalette.ColorRole.Highlight)
    assert _pixels_of(image, rect, selection) == 0, behind.name()
    assert _pixels_of(image, rect, blended) > rect.width() * rect.height() // 4, behind.name()


def test_delete_is_undone_with_ctrl_z(window: Any, qtbot: Any, store: Any) -> None:
    tab = window.open_report(ReportId(1))
    _select(tab, "城镇新增就业")
    annotation = tab.notes.highlight_selection("yellow")
    assert annotation is not None
    tab.notes.delete(annotation.id)
    assert annotations_of(store).for_report(ReportId(1)) == []
    assert tab.view.layer("annotations") == []
    window.menu_actions.undo.trigger()
    restored = annotations_of(store).for_report(ReportId(1))
    assert restored == [annotation]
    assert len(tab.view.layer("annotations")) == 1
    window.menu_actions.undo.trigger()  # undo the highlight itself
    assert annotations_of(store).for_report(ReportId(1)) == []


def test_note_editor_saves_note_and_tags(window: Any, qtbot: Any, store: Any) -> None:
    tab = window.open_report(ReportId(1))
    _select(tab, "城镇新增就业")
    annotation = tab.notes.highlight_selection("yellow")
    assert annotation is not None

    def fill() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, NoteEditor)
        editor.note.setPlainText("**目标**")
        editor.tags.setText("就业，目标")
        editor.colour.setCurrentIndex(editor.colour.findData("green"))
        editor.accept()

    QTimer.singleShot(0, fill)
    tab.notes.edit(annotation.id)
    saved = annotations_of(store).get(annotation.id)
    assert (saved.note, saved.tags, saved.colour) == ("**目标**", ("就业", "目标"), "green")
    panel_rows = _rows_of(window.annotations_panel.model)
    assert any(row.endswith("\n✎ 目标 #就业 #目标") for row in panel_rows), panel_rows
    window.menu_actions.undo.trigger()
    assert annotations_of(store).get(annotation.id).note == ""


def _rows_of(model: Any) -> list[str]:
    """The text of every annotation row of the panel's model."""
    rows = []
    for group in range(model.rowCount()):
        item = model.item(group)
        rows += [item.child(i).text() for i in range(item.rowCount())]
    return rows


def test_the_note_editor_shows_the_note_as_it_reads(qtbot: Any, store: Any) -> None:
    from core.notes.library_notes import annotate

    annotation = annotate(store, ReportId(1), 100, 110, "yellow", "", [])
    editor = NoteEditor(annotation, annotations_of(store).palette())
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.preview.isVisible()  # no note yet: nothing to read
    editor.note.setPlainText("**重点** 稳中求进")
    assert editor.preview.isVisible()
    document = QTextDocument()
    document.setMarkdown(editor.preview.text())
    assert document.toPlainText() == "重点 稳中求进"
    assert editor.preview.textFormat() == Qt.TextFormat.MarkdownText


def test_library_wide_search_and_filters(window: Any, qtbot: Any, store: Any) -> None:
    for report_id, quote in ((1, "新质生产力"), (2, "新质生产力")):
        tab = window.open_report(ReportId(report_id))
        _select(tab, quote)
        made = tab.notes.highlight_selection("yellow")
        assert made is not None
        annotations_of(store).update(made.id, tags=[f"r{report_id}"])
    panel = window.annotations_panel
    panel.everywhere.setChecked(True)
    assert panel.model.rowCount() == 2  # grouped by report
    panel.tag.setCurrentIndex(panel.tag.findData("r2"))
    assert panel.model.rowCount() == 1
    panel.tag.setCurrentIndex(0)
    panel.colour.setCurrentIndex(panel.colour.findData("red"))
    assert panel.model.rowCount() == 0


def test_model_passes_the_model_tester(qtmodeltester: Any, store: Any) -> None:
    from core.notes.library_notes import annotate

    annotate(store, ReportId(1), 100, 110, "yellow", "n", ["t"])
    model = AnnotationsModel()
    notes = annotations_of(store)
    model.set_annotations(notes.search(), notes.palette(), {1: "r"}, by_report=True)
    qtmodeltester.check(model)


def test_the_panel_shows_a_note_and_tags_under_the_quote(qtbot: Any, store: Any) -> None:
    from core.notes.library_notes import annotate

    note = "**对比**去年目标\n第二行不列出"
    annotate(store, ReportId(1), 100, 110, "yellow", note, ["就业", "目标"])
    annotate(store, ReportId(1), 200, 210, "green", "", [])
    notes = annotations_of(store)
    model = AnnotationsModel()
    model.set_annotations(notes.search(), notes.palette(), {1: "r"}, by_report=True)
    group = model.item(0)
    rows = [group.child(i).text() for i in range(group.rowCount())]
    noted = next(row for row in rows if "对比去年目标" in row)
    quote, detail = noted.split("\n")
    assert quote and detail == "✎ 对比去年目标 #就业 #目标"
    assert "第二行" not in noted
    plain = next(row for row in rows if row is not noted)
    assert "\n" not in plain  # nothing written: one line


def test_a_passage_before_the_first_heading_is_grouped_under_words(qtbot: Any, store: Any) -> None:
    from core.notes.library_notes import annotate

    annotate(store, ReportId(1), 0, 4, "yellow", "", [])  # the title, before any heading
    notes = annotations_of(store)
    assert notes.search()[0].anchor.section_path == ()
    model = AnnotationsModel()
    model.set_annotations(notes.search(), notes.palette(), {1: "r"}, by_report=False)
    # Not a dash, which beside Chinese headings reads as the numeral 一.
    assert model.item(0).text() == "(opening)"


@pytest.mark.usefixtures("chinese")
def test_the_opening_is_named_as_a_comparison_and_the_export_name_it(
    qtbot: Any, store: Any
) -> None:
    from core.notes.export_words import CHINESE_EXPORT_WORDS, section_shown
    from core.notes.library_notes import annotate

    annotate(store, ReportId(1), 0, 4, "yellow", "", [])
    notes = annotations_of(store)
    model = AnnotationsModel()
    model.set_annotations(notes.search(), notes.palette(), {1: "r"}, by_report=False)
    assert model.item(0).text() == "（开篇）" == section_shown((), CHINESE_EXPORT_WORDS)
