"""The annotations panel: copying a note to another report, the palette editor, orphans."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from core.library import open_library
from core.model import ReportId
from core.notes.library_notes import annotate
from core.notes.records import Anchor, AnchorStatus
from core.store.annotations import annotations_of
from gui.notes.annotations_model import ID_ROLE
from gui.notes.carry_dialog import CarryDialog
from gui.notes.palette_editor import PaletteEditor


def report_id(store: Any, title: str) -> ReportId:
    return next(r.id for r in store.list_reports() if r.meta.title == title)


def annotate_quote(store: Any, rid: ReportId, quote: str, colour: str = "yellow") -> Any:
    start = store.report(rid).text.index(quote)
    return annotate(store, rid, start, start + len(quote), colour, "旧笔记", ["提法"])


def test_carry_dialog_offers_next_year_first_and_copies_linked_to_origin(
    window: Any, qtbot: Any, store: Any, library_db: str
) -> None:
    source = report_id(store, "长治市2024年政府工作报告")
    edition = report_id(store, "长治市2024年政府工作报告（报纸版）")
    origin = annotate_quote(store, source, "新质生产力")
    panel = window.annotations_panel
    panel.set_report(source)
    copies: list[Any] = []

    def choose_and_copy() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CarryDialog)
        assert dialog.targets.item(0).text() == "长治市2025年政府工作报告解读"
        dialog.choose_target(edition)
        assert dialog.proposal is not None
        assert dialog.proposal.quote == "新质生产力"
        assert "新质生产力" in dialog.passage.toPlainText()
        assert dialog.status.text().startswith("The same words")
        copies.append(dialog.proposal)
        dialog.copy_button.click()

    QTimer.singleShot(0, choose_and_copy)
    carried = panel.carry(origin.id)
    assert copies and carried is not None
    with open_library(library_db, read_only=True) as other:  # saved, seen by another connection
        saved = annotations_of(other).for_report(edition)
    assert [(a.anchor.quote, a.origin_id, a.note, a.tags) for a in saved] == [
        ("新质生产力", origin.id, "旧笔记", ("提法",))
    ]
    panel.everywhere.setChecked(True)
    assert panel.model.rowCount() == 2  # the origin's report and the copy's


def test_carry_dialog_says_when_no_passage_is_alike(qtbot: Any, store: Any, tmp_path: Path) -> None:
    from core.importer import import_file

    tiny = tmp_path / "tiny.txt"
    tiny.write_text(
        "某市2025年政府工作报告\n\n一、今年工作安排\n\n（一）扩大有效投资。全年完成固定资产"
        "投资100亿元。\n\n（二）办好民生实事。新建幼儿园3所。\n",
        encoding="utf-8",
    )
    target = import_file(store, tiny).report_id
    assert target is not None
    origin = annotate_quote(store, report_id(store, "长治市2024年政府工作报告"), "新质生产力")
    dialog = CarryDialog(store, origin.id)
    qtbot.addWidget(dialog)
    dialog.choose_target(target)
    assert dialog.proposal is None
    assert not dialog.copy_button.isEnabled()
    assert "nothing to copy it to" in dialog.status.text()
    dialog.copy()  # nothing happens without a proposal
    assert annotations_of(store).for_report(target) == []


def test_palette_edits_are_saved_at_once_and_reach_the_reader(
    window: Any, qtbot: Any, store: Any, library_db: str
) -> None:
    tab = window.open_report(report_id(store, "长治市2024年政府工作报告"))

    def edit() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, PaletteEditor)
        editor.meanings[0].setText("重点提法")
        editor.meanings[0].editingFinished.emit()
        editor.set_colour(1, "#123456")
        editor.reject()

    QTimer.singleShot(0, edit)
    window.annotations_panel.edit_palette()
    with open_library(library_db, read_only=True) as other:  # saved, seen by another connection
        palette = annotations_of(other).palette()
    assert (palette[0].meaning, palette[1].colour) == ("重点提法", "#123456")
    assert [c.key for c in palette][:2] == ["yellow", "red"]
    assert tab.notes.actions[0].text() == "重点提法"
    colours = window.annotations_panel.colour
    assert colours.itemText(colours.findData("yellow")) == "重点提法"


def test_orphans_are_listed_apart_and_placed_on_the_reader_selection(
    window: Any, qtbot: Any, store: Any
) -> None:
    rid = report_id(store, "长治市2024年政府工作报告")
    notes = annotations_of(store)
    placed = annotate_quote(store, rid, "城镇新增就业")
    orphan = notes.add(
        rid,
        Anchor("一段已删去的旧文字𠮷", "", "", 40, 50),
        "red",
        "孤立",
        status=AnchorStatus.ORPHANED,
    )
    tab = window.open_report(rid)
    panel = window.annotations_panel
    panel.refresh()
    assert panel.needs_placing.text() == "Needs placing (1)"
    panel.needs_placing.setChecked(True)
    model = panel.model
    assert model.rowCount() == 1
    assert model.index(0, 0, model.index(0, 0)).data(ID_ROLE) == orphan.id
    assert len(tab.view.layer("annotations")) == 1  # only the placed one is painted

    text = tab.readable.report.text
    start = text.index("新质生产力")
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start))
    cursor.setPosition(tab.offsets.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    tab.view.setTextCursor(cursor)
    menu = QMenu()
    tab.notes.fill_menu(menu, start)
    assert "&Place orphaned annotation here" in [a.text() for a in menu.actions()]
    menu.deleteLater()

    moved = panel.place_here(orphan.id)
    assert moved is not None
    saved = notes.get(orphan.id)
    assert (saved.anchor.quote, saved.anchor.start, saved.status) == (
        "新质生产力",
        start,
        AnchorStatus.PLACED,
    )
    assert saved.note == "孤立"
    assert len(tab.view.layer("annotations")) == 2
    assert panel.model.rowCount() == 0  # nothing needs placing any more
    assert panel.needs_placing.text() == "Needs placing"
    window.menu_actions.undo.trigger()
    assert notes.get(orphan.id).is_orphaned
    assert notes.get(placed.id).status is AnchorStatus.PLACED


def test_place_here_without_a_selection_explains_and_changes_nothing(
    window: Any, qtbot: Any, store: Any
) -> None:
    rid = report_id(store, "长治市2024年政府工作报告")
    orphan = annotations_of(store).add(
        rid, Anchor("旧文字", "", "", 1, 4), "red", status=AnchorStatus.ORPHANED
    )
    window.open_report(rid)

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "select the passage" in box.text()
        box.close()

    QTimer.singleShot(0, dismiss)
    assert window.annotations_panel.place_here(orphan.id) is None
    assert annotations_of(store).get(orphan.id).is_orphaned


def test_an_added_colour_gets_the_next_ctrl_number_in_the_reader(
    window: Any, qtbot: Any, store: Any
) -> None:
    tab = window.open_report(report_id(store, "长治市2024年政府工作报告"))
    assert len(tab.notes.actions) == 5

    def add() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, PaletteEditor)
        editor.add_colour()
        editor.meanings[5].setText("会议精神")
        editor.meanings[5].editingFinished.emit()
        editor.reject()

    QTimer.singleShot(0, add)
    window.annotations_panel.edit_palette()
    assert len(tab.notes.actions) == 6
    action = tab.notes.actions[5]
    assert action.text() == "会议精神" and action.shortcut().toString() == "Ctrl+6"
    text = tab.readable.report.text
    start = text.index("新质生产力")
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start))
    cursor.setPosition(tab.offsets.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    tab.view.setTextCursor(cursor)
    action.trigger()
    colours = [a.colour for a in annotations_of(store).for_report(tab.report_id)]
    assert colours == [annotations_of(store).palette()[5].key]


def test_carry_dialog_names_a_section_without_heading_in_the_app_s_language(
    qtbot: Any, store: Any
) -> None:
    # The targets sentence stands before the plan's first area: in the stretch the app labels
    # （导语）, which the English window calls (introduction).
    origin = annotate_quote(store, report_id(store, "长治市2024年政府工作报告"), "城镇新增就业")
    dialog = CarryDialog(store, origin.id)
    qtbot.addWidget(dialog)
    dialog.choose_target(report_id(store, "长治市2024年政府工作报告（报纸版）"))
    assert dialog.proposal is not None and dialog.proposal.target_section
    assert "(introduction)" in dialog.status.text(), dialog.status.text()
    assert "导语" not in dialog.status.text()
