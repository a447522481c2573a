"""Edit ▸ Undo takes back a correction of a report's details: the library's writer writes the
old details back and confirms it, the library lists them again with the report selected; Redo
makes the correction again. A write the library refuses is told once, and the history stays
as the library is."""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from core.library import find_report, open_library
from core.model import ReportId, ReportMeta
from gui.library.meta_dialog import MetaDialog

TITLE = "长治市2026年政府工作报告（报纸版）"
WAIT_MS = 10_000


def _edit_in_dialog(window: Any, qtbot: Any, report_id: ReportId) -> None:
    """Correct the report's region, year and title in the details dialog, as a user would."""

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MetaDialog)
        dialog.title_edit.setText("阳泉市2019年政府工作报告")
        dialog.region_edit.setText("阳泉市")
        dialog.year_spin.setValue(2019)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(50, fill_in)
    window.library_panel.edit_report(report_id)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 1, timeout=WAIT_MS)


def _listed(window: Any, report_id: ReportId) -> tuple[ReportMeta, str, str]:
    """The report as the library lists it: its details, its year group and region group."""
    panel = window.library_panel
    index = panel.model.index_of(report_id)
    return (
        panel.model.summary(report_id).meta,
        index.parent().data(),
        index.parent().parent().data(),
    )


def _stored(library_db: str, report_id: ReportId) -> ReportMeta:
    """The details the library file holds (a connection of its own)."""
    with open_library(library_db, read_only=True) as other:
        return other.report(report_id).meta


def test_undo_puts_the_old_details_back_in_the_library_and_the_list(
    window: Any, qtbot: Any, store: Any, library_db: str, messages: Any
) -> None:
    report_id = find_report(store, TITLE)
    before = store.report(report_id).meta
    panel = window.library_panel
    _edit_in_dialog(window, qtbot, report_id)
    assert _stored(library_db, report_id).region == "阳泉市"
    undo = window.menu_actions.undo
    assert undo.isEnabled() and undo.text() == "&Undo Edit details"
    panel.select_report(find_report(store, "晋城市2024年政府工作报告"))  # the user moved on
    with qtbot.waitSignal(window.library_refreshed, timeout=WAIT_MS):
        undo.trigger()
    qtbot.waitUntil(lambda: panel.report_id_at(panel.tree.currentIndex()) == report_id)
    assert _stored(library_db, report_id) == before
    assert _listed(window, report_id) == (before, "2026", "长治市")
    assert panel.selected_reports() == [report_id]
    assert window.statusBar().currentMessage() == f"The details of “{TITLE}” are as they were"
    assert window.menu_actions.redo.text() == "&Redo Edit details"
    with qtbot.waitSignal(window.library_refreshed, timeout=WAIT_MS):
        window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: _listed(window, report_id)[2] == "阳泉市", timeout=WAIT_MS)
    assert _stored(library_db, report_id).title == "阳泉市2019年政府工作报告"
    assert panel.selected_reports() == [report_id]
    assert messages.texts == []


def test_ctrl_z_undoes_a_correction_of_details(
    window: Any, qtbot: Any, store: Any, library_db: str
) -> None:
    report_id = find_report(store, TITLE)
    before = store.report(report_id).meta
    _edit_in_dialog(window, qtbot, report_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.library_panel.tree.setFocus()
    with qtbot.waitSignal(window.library_refreshed, timeout=WAIT_MS):
        qtbot.keyClick(window.library_panel.tree, "z", modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _listed(window, report_id)[0] == before, timeout=WAIT_MS)
    assert _stored(library_db, report_id) == before


def test_a_refused_undo_is_told_once_and_keeps_its_place_in_the_history(
    window: Any, qtbot: Any, store: Any, library_db: str, messages: Any
) -> None:
    report_id = find_report(store, TITLE)
    before = store.report(report_id).meta
    _edit_in_dialog(window, qtbot, report_id)
    connection = sqlite3.connect(library_db)
    connection.execute(
        "CREATE TRIGGER under_review BEFORE UPDATE ON reports "
        "BEGIN SELECT RAISE(ABORT, 'the library is under review'); END"
    )
    connection.commit()
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: bool(messages.texts), timeout=WAIT_MS)
    assert messages.texts == [
        "The details of “阳泉市2019年政府工作报告” were not put back.\n\n"
        "library.sqlite3: the change conflicts with what the library holds (the library is "
        "under review); nothing of this change was saved"
    ]
    assert _stored(library_db, report_id).region == "阳泉市"
    assert _listed(window, report_id)[2] == "阳泉市"
    # The history is as the library: the correction is still there to undo.
    assert (window.undo_stack.index(), window.undo_stack.count()) == (1, 1)
    assert window.menu_actions.undo.isEnabled()
    connection.execute("DROP TRIGGER under_review")
    connection.commit()
    connection.close()
    with qtbot.waitSignal(window.library_refreshed, timeout=WAIT_MS):
        window.menu_actions.undo.trigger()  # tried again, the library taking it now
    assert _stored(library_db, report_id) == before
    assert window.undo_stack.index() == 0


def test_details_changed_elsewhere_since_are_not_overwritten_by_undo(
    window: Any, qtbot: Any, store: Any, library_db: str, messages: Any
) -> None:
    report_id = find_report(store, TITLE)
    _edit_in_dialog(window, qtbot, report_id)
    with open_library(library_db) as other:  # the command line, meanwhile
        meta = other.report(report_id).meta
        other.update_meta(report_id, meta._replace(title="阳泉市2019年政府工作报告（修订）"))
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: bool(messages.texts), timeout=WAIT_MS)
    assert messages.texts == [
        "The details of “阳泉市2019年政府工作报告” were not put back.\n\n"
        f"report {report_id}: its details were changed since (it is now "
        "“阳泉市2019年政府工作报告（修订）”); nothing was changed"
    ]
    assert _stored(library_db, report_id).title == "阳泉市2019年政府工作报告（修订）"
    assert window.undo_stack.index() == 1
