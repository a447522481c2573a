"""The library panel: grouped by region then year, open, edit details, remove after asking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from core.library import find_report
from gui.library.library_model import FILTER_TEXT_ROLE, KIND_ROLE, REPORT_ID_ROLE, LibraryModel
from gui.library.meta_dialog import MetaDialog


def test_model_groups_by_region_then_year(qapp: Any, qtmodeltester: Any, store: Any) -> None:
    model = LibraryModel()
    model.set_reports(store.list_reports())
    qtmodeltester.check(model)
    regions = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert regions == ["长治市", "晋城市"]  # by pinyin: Chángzhì before Jìnchéng
    changzhi = model.index(regions.index("长治市"), 0)
    years = [model.index(r, 0, changzhi).data() for r in range(model.rowCount(changzhi))]
    assert years == ["2026", "2025", "2024"]
    y2024 = model.index(2, 0, changzhi)
    titles = [model.index(r, 0, y2024).data(FILTER_TEXT_ROLE) for r in range(model.rowCount(y2024))]
    # The report itself first, then its newspaper printing.
    assert titles == ["长治市2024年政府工作报告", "长治市2024年政府工作报告（报纸版）"]
    rows = [model.index(r, 0, y2024).data() for r in range(model.rowCount(y2024))]
    assert rows == ["政府工作报告", "政府工作报告（报纸版）"]  # 长治市 and 2024 name the groups
    first = model.index(0, 0, y2024)
    assert first.data(REPORT_ID_ROLE) is not None
    assert first.data(KIND_ROLE) in {"report", "newspaper"}
    assert changzhi.data(REPORT_ID_ROLE) is None


def test_a_new_user_sees_the_latest_full_report_first(qapp: Any, store: Any) -> None:
    model = LibraryModel()
    model.set_reports(store.list_reports())
    # Not 2026's newspaper edition, which opens on its second page, mid-sentence.
    assert model.most_recent() == find_report(store, "长治市2024年政府工作报告")
    full_reports = [s for s in store.list_reports() if s.meta.kind.value == "report"]
    model.set_reports([s for s in store.list_reports() if s not in full_reports])
    assert model.most_recent() == find_report(store, "长治市2026年政府工作报告（报纸版）")


def test_activating_a_report_opens_it(window: Any, store: Any) -> None:
    panel = window.library_panel
    report_id = find_report(store, "晋城市2024年政府工作报告")
    index = panel.proxy.mapFromSource(panel.model.index_of(report_id))
    panel.tree.activated.emit(index)
    assert window.current_reader() is not None
    assert window.current_reader().report_id == report_id


def test_filter_keeps_matching_reports(window: Any) -> None:
    panel = window.library_panel
    panel.filter_edit.setText("晋城")
    assert panel.proxy.rowCount() == 1
    panel.filter_edit.setText("")
    assert panel.proxy.rowCount() == 2


def test_down_in_the_filter_box_moves_to_the_list_and_enter_opens_the_first_match(
    window: Any, store: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    panel = window.library_panel
    panel.filter_edit.setFocus()
    panel.filter_edit.setText("晋城")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Down)
    assert panel.report_id_at(panel.tree.currentIndex()) == find_report(
        store, "晋城市2024年政府工作报告"
    )
    assert window.current_reader() is None  # Down only moves
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_Return)
    assert window.current_reader().report_id == find_report(store, "晋城市2024年政府工作报告")


def test_the_library_has_the_keyboard_after_the_start(window: Any) -> None:
    assert window.focusWidget() is window.library_panel.tree


def test_context_menu_offers_the_report_actions(window: Any, store: Any) -> None:
    panel = window.library_panel
    report_id = find_report(store, "长治市2024年政府工作报告")
    menu = panel.build_menu(panel.proxy.mapFromSource(panel.model.index_of(report_id)))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == [
        "Open",
        "Edit details…",
        "Replace with a corrected edition…",
        "Remove from library…",
    ]
    assert all(a.isEnabled() for a in menu.actions())


def test_edit_details_saves_through_the_writer(window: Any, store: Any, qtbot: Any) -> None:
    report_id = find_report(store, "晋城市2024年政府工作报告")

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MetaDialog)
        dialog.title_edit.setText("晋城市2024年政府工作报告（修订）")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(50, fill_in)
    with qtbot.waitSignal(window.library_refreshed, timeout=10000):
        window.library_panel.edit_report(report_id)
    assert store.report(report_id).meta.title == "晋城市2024年政府工作报告（修订）"
    index = window.library_panel.model.index_of(report_id)
    assert index.data(FILTER_TEXT_ROLE) == "晋城市2024年政府工作报告（修订）"
    assert index.data() == "政府工作报告（修订）"


def test_an_edited_report_stays_selected_and_in_view_in_its_new_group(
    window: Any, store: Any, qtbot: Any
) -> None:
    panel = window.library_panel
    window.resize(1000, 420)  # a short library column: the new group is below the fold
    report_id = find_report(store, "长治市2026年政府工作报告")
    other = find_report(store, "晋城市2024年政府工作报告")
    panel.select_report(other)  # right-clicking a row other than the current one

    def move_to_another_region() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MetaDialog)
        dialog.region_edit.setText("阳泉市")
        dialog.year_spin.setValue(2019)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(50, move_to_another_region)
    with qtbot.waitSignal(window.library_refreshed, timeout=10000):
        panel.edit_report(report_id)
    assert store.report(report_id).meta.region == "阳泉市"
    current = panel.tree.currentIndex()
    assert panel.report_id_at(current) == report_id
    assert panel.selected_reports() == [report_id]
    assert current.parent().data() == "2019" and current.parent().parent().data() == "阳泉市"
    qtbot.waitUntil(
        lambda: panel.tree.viewport().rect().contains(panel.tree.visualRect(current)),
        timeout=2000,
    )


def test_a_library_listed_anew_keeps_the_reports_selected(window: Any, store: Any) -> None:
    panel = window.library_panel
    first = find_report(store, "长治市2024年政府工作报告")
    second = find_report(store, "晋城市2024年政府工作报告")
    panel.select_report(first)
    panel.tree.selectionModel().select(
        panel.proxy.mapFromSource(panel.model.index_of(second)),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.refresh_library()
    assert sorted(panel.selected_reports()) == sorted([first, second])
    assert panel.report_id_at(panel.tree.currentIndex()) == first


def test_remove_asks_first(window: Any, store: Any, qtbot: Any) -> None:
    report_id = find_report(store, "晋城市2024年政府工作报告")
    window.open_report(report_id)

    def answer(go_ahead: bool) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "晋城市2024年政府工作报告" in box.text()
        # The buttons say what they do: Remove, or Cancel (the default: it cannot be undone).
        remove = next(b for b in box.buttons() if b.text() == "Remove")
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        assert box.defaultButton() is cancel
        (remove if go_ahead else cancel).click()

    QTimer.singleShot(50, lambda: answer(False))
    window.library_panel.request_remove(report_id)
    qtbot.wait(200)
    assert len(store.list_reports()) == 5

    QTimer.singleShot(50, lambda: answer(True))
    with qtbot.waitSignal(window.library_refreshed, timeout=10000):
        window.library_panel.request_remove(report_id)
    assert len(store.list_reports()) == 4
    assert window.tabs.count() == 0  # its tab closed with it


def test_a_row_keeps_its_edition_in_view_and_shows_its_title_whole_in_its_tooltip(
    window: Any, store: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    panel = window.library_panel
    title = "长治市2024年政府工作报告（报纸版）"
    index = panel.proxy.mapFromSource(panel.model.index_of(find_report(store, title)))
    panel.tree.scrollTo(index)
    metrics = panel.tree.fontMetrics()
    width = panel.tree.visualRect(index).width() - panel.tree.iconSize().width() - 8
    assert metrics.horizontalAdvance(index.data()) <= width  # whole at first
    # In a narrow column what tells it from the report stays in view.
    narrow = metrics.horizontalAdvance("中") * 4
    shown = metrics.elidedText(index.data(), panel.tree.textElideMode(), narrow)
    assert shown.startswith("…") and shown.endswith("版）")
    assert index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == title
