"""The compare view on the samples: opening, linked scrolling, navigation, pairing, export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QMainWindow

from core.analysis import analyse_text
from core.compare.comparison_cache import ComparisonCache
from core.compare.engine_process import ENGINE
from core.compare.records import (
    ChangeKind,
    CompareInput,
    Granularity,
    PairLevel,
    PairOverride,
)
from core.library import LoadedReport
from core.numbers.target_compare import TargetChangeKind
from core.paragraphs import broken_word_gaps
from gui.compare.change_list import CHANGE_ROLE
from gui.compare.compare_legend import STATUS_WIDTH
from gui.compare.compare_pane import ComparePane
from gui.compare.compare_view import CompareView
from gui.compare.targets_panel import LEFT_START_ROLE, RIGHT_START_ROLE, TargetsHeading
from gui.reader.document_builder import text_as_shown
from gui.text_layout import offset_band

Opener = Callable[..., CompareView]


def shown(report: Any) -> str:
    """A report's text as a reading pane shows it (words broken across a blank line joined)."""
    return text_as_shown(report.text, broken_word_gaps(report.text, report.paragraphs))


def visible(pane: ComparePane, top: float) -> bool:
    """Document height ``top`` lies in the pane's viewport."""
    return pane.scroll_value() <= top < pane.scroll_value() + pane.viewport().height()


def pane_y(pane: ComparePane, offset: int) -> float:
    """Document height of the line holding core ``offset`` in ``pane``."""
    return offset_band(pane.document(), pane.offsets.to_qt(offset)).top


def test_opening_shows_both_texts_then_the_changes(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    view = CompareView(loaded["cz2024"], loaded["cz2026np"])
    qtbot.addWidget(view)
    assert view.is_comparing()
    assert view.comparison() is None
    assert view.legend.status.text() == "Comparing…"
    # The texts are there before the comparison arrives.
    assert view.left_pane.toPlainText() == shown(loaded["cz2024"])
    assert view.right_pane.toPlainText() == shown(loaded["cz2026np"])
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000) as ready:
        view.show()
    comparison = ready.args[0]
    assert comparison is view.comparison()
    assert not view.is_comparing()
    assert len(comparison.changes) > 20
    assert str(len(comparison.changes)) in view.legend.status.text()
    assert view.title() == f"{loaded['cz2024'].meta.title} ↔ {loaded['cz2026np'].meta.title}"
    assert view.left_pane.toPlainText() == shown(loaded["cz2024"])
    assert view.left_title.text().startswith("Older: ")  # 2024 and 2026
    assert view.right_title.text().startswith("Newer: ")


def test_two_editions_of_one_year_are_left_and_right_not_older_and_newer(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    view = CompareView(loaded["cz2024"], loaded["cz2024np"])
    qtbot.addWidget(view)
    assert view.left_title.text().startswith("Left: ")
    assert view.right_title.text().startswith("Right: ")
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.show()


def test_with_the_engine_s_process_ready_the_comparison_starts_before_the_texts_paint(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    ENGINE.warm_up().result(timeout=60)
    cache = ComparisonCache(engine=ENGINE.compare)
    view = CompareView(loaded["cz2024"], loaded["cz2026np"], cache=cache)
    qtbot.addWidget(view)
    assert not view.left_pane.has_painted()
    assert view.is_comparing() and not view.runs.is_waiting()  # started, not waiting
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000) as ready:
        view.show()
    assert cache.misses == 1 and ready.args[0].changes
    in_thread = CompareView(loaded["cz2024"], loaded["cz2026np"], cache=ComparisonCache())
    qtbot.addWidget(in_thread)
    assert in_thread.runs.is_waiting()  # computed here: it waits for the texts' paint
    with qtbot.waitSignal(in_thread.comparison_ready, timeout=120_000) as again:
        in_thread.show()
    assert len(again.args[0].changes) == len(ready.args[0].changes)


def test_a_comparison_kept_shows_with_the_texts_and_is_measured_after_they_paint(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    # As from the library (figures stored), compared ahead of need when the two were chosen.
    left, right = (
        replace(loaded[n], numbers=loaded[n].statements()) for n in ("cz2024", "cz2026np")
    )
    cache = ComparisonCache()
    kept = cache.compare(CompareInput.from_loaded(left), CompareInput.from_loaded(right))
    view = CompareView(left, right, cache=cache)
    qtbot.addWidget(view)
    assert view.comparison() is kept and not view.is_comparing()  # nothing left to compute
    assert str(len(kept.changes)) in view.legend.status.text()
    change = next(c for c in kept.changes if c.right_end > c.right_start)
    cursor = QTextCursor(view.right_pane.document())
    cursor.setPosition(view.right_pane.offsets.to_qt(change.right_start) + 1)
    assert cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush  # marked
    measured_at_paint: list[bool] = []
    for pane in (view.left_pane, view.right_pane):
        pane.painted.connect(lambda: measured_at_paint.append(view.geometry_map() is not None))
    view.resize(1300, 800)
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.show()
    # The marked texts paint first; measuring them (which lays them out whole) follows.
    assert measured_at_paint == [False, False]
    assert view.geometry_map() is not None
    assert cache.misses == 1


def test_a_comparison_kept_from_before_a_title_was_corrected_exports_the_new_title(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    left, right = (
        replace(loaded[n], numbers=loaded[n].statements()) for n in ("cz2024", "cz2026np")
    )
    cache = ComparisonCache()
    cache.compare(CompareInput.from_loaded(left), CompareInput.from_loaded(right))
    corrected = replace(left, meta=left.meta._replace(title="长治市政府工作报告（2024，修订）"))
    view = CompareView(corrected, right, cache=cache)  # the same text: the kept comparison
    qtbot.addWidget(view)
    assert view.comparison() is not None and cache.misses == 1
    page = view.export.html_report()
    assert "长治市政府工作报告（2024，修订）" in page
    assert left.meta.title not in page  # not the title it was compared under
    assert view.comparison().left.meta.title == "长治市政府工作报告（2024，修订）"


def test_a_failed_comparison_says_so_on_one_line_and_in_full_in_its_tooltip(
    qtbot: Any, loaded: dict[str, LoadedReport]
) -> None:
    def broken(*_args: Any) -> Any:
        raise RuntimeError("the engine stopped\nbecause of this\nand that")

    view = CompareView(loaded["cz2024"], loaded["cz2026np"], cache=ComparisonCache(engine=broken))
    qtbot.addWidget(view)
    view.resize(1300, 800)
    with qtbot.waitSignal(view.failed, timeout=120_000) as failed:
        view.show()
    assert "and that" in failed.args[0]  # the window's message has it all
    status = view.legend.status
    assert status.text() == "Comparison failed: RuntimeError: the engine stopped …"
    assert status.toolTip().endswith("because of this\nand that")
    assert view.legend.sizeHint().height() < 3 * status.fontMetrics().height()
    # A long one-line message is cut short, so the legend never widens the window.
    view.legend.show_status("无法读取：" + "很长的路径" * 40)
    assert status.fontMetrics().horizontalAdvance(status.text()) <= STATUS_WIDTH
    assert status.text().endswith("…")
    assert status.toolTip().endswith("很长的路径")
    view.legend.show_status("65 changes")
    assert status.text() == "65 changes" and status.toolTip() == ""


def test_changed_numbers_are_bold_and_offsets_survive_characters_outside_the_bmp(
    open_view: Opener,
) -> None:
    def report(text: str) -> LoadedReport:
        analysed = analyse_text(text, "t.txt")
        return LoadedReport(None, analysed.meta, text, analysed.outline, analysed.paragraphs)

    left = "一、总体要求\n\n𠮷𠮷𠮷地区生产总值增长6%左右，稳步推进改革。\n"
    right = "一、总体要求\n\n𠮷𠮷𠮷地区生产总值增长5%左右，稳步推进改革。\n"
    view = open_view(report(left), report(right))
    comparison = view.comparison()
    assert comparison is not None
    numbers = [c for c in comparison.changes if c.numbers_changed]
    assert numbers, comparison.changes
    change = numbers[0]
    assert "6" in left[change.left_start : change.left_end]
    for pane, start, end, text in (
        (view.left_pane, change.left_start, change.left_end, left),
        (view.right_pane, change.right_start, change.right_end, right),
    ):
        qt_start, qt_end = pane.offsets.span_to_qt(start, end)
        assert qt_start == start + 3  # three astral characters before it, two units each
        cursor = QTextCursor(pane.document())
        cursor.setPosition(qt_start + 1)
        assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
        cursor.setPosition(qt_start - 1)
        assert cursor.charFormat().fontWeight() != QFont.Weight.Bold
        selected = QTextCursor(pane.document())
        selected.setPosition(qt_start)
        selected.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        assert selected.selectedText() == text[start:end]
        assert "%" in selected.selectedText()


def test_scrolling_one_pane_brings_the_paired_section_level_in_the_other(
    open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison, geometry = view.comparison(), view.geometry_map()
    assert comparison is not None and geometry is not None
    anchors = set(geometry.scroll_map.anchors)
    right_max = view.right_pane.verticalScrollBar().maximum()
    left_max = view.left_pane.verticalScrollBar().maximum()
    checked = 0
    for pair in comparison.pairs:
        if pair.level is not PairLevel.AREA or pair.left is None or pair.right is None:
            continue
        left_y = pane_y(view.left_pane, pair.left.start)
        right_y = pane_y(view.right_pane, pair.right.start)
        if (left_y, right_y) not in anchors or right_y > right_max or left_y > left_max:
            continue
        view.left_pane.set_scroll_value(left_y)
        assert abs(view.right_pane.scroll_value() - right_y) < 2
        first_line = QPoint(view.right_pane.viewport().width() // 2, 8)
        assert pair.right.start <= view.right_pane.offset_at(first_line) < pair.right.end
        # And the other way round. A scroll bar's value is whole pixels: where the left side
        # has much more text than the right (an area whose paragraphs were dropped), a pixel
        # on the right is many on the left, so the left is held to the map of what was set.
        view.left_pane.set_scroll_value(0)
        view.right_pane.set_scroll_value(right_y)
        set_to = view.right_pane.scroll_value()
        assert abs(set_to - right_y) < 1
        expected = geometry.scroll_map.right_to_left(set_to)
        assert abs(view.left_pane.scroll_value() - expected) < 2
        assert abs(expected - left_y) <= abs(
            geometry.scroll_map.right_to_left(right_y + 1) - left_y
        )
        checked += 1
    assert checked >= 5


def test_next_and_previous_change_visit_the_changes_in_reading_order(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    comparison, geometry = view.comparison(), view.geometry_map()
    assert comparison is not None and geometry is not None
    view.left_pane.setFocus()
    total = len(comparison.changes)
    assert view.legend.status.text() == f"{total} changes"
    visited = []
    for _ in range(8):
        qtbot.keyClick(view.left_pane, Qt.Key.Key_F7)
        visited.append(view.current_change())
        band = geometry.changes[view.current_change()]
        assert visible(view.left_pane, band.left.top)
        assert visible(view.right_pane, band.right.top)
    assert visited == list(range(8))
    reading = [(c.left_start, c.right_start) for c in comparison.changes[:8]]
    assert reading == sorted(reading)
    qtbot.keyClick(view.left_pane, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_change() == 6
    qtbot.keyClick(view.right_pane, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.current_change() == 5
    qtbot.keyClick(view.right_pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.current_change() == 6
    view.next_action.trigger()
    assert view.current_change() == 7
    # The legend says which change the reader is at.
    assert view.legend.status.text() == f"Change 8 of {total}"
    view.go_to_change(len(comparison.changes) - 1)
    view.next_action.trigger()
    assert view.current_change() == len(comparison.changes) - 1


def test_the_change_list_counts_per_section_and_jumps_both_panes(
    qtbot: Any, qtmodeltester: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison, geometry = view.comparison(), view.geometry_map()
    assert comparison is not None and geometry is not None
    model = view.panels.change_model
    qtmodeltester.check(model)
    listed = []
    for row in range(model.rowCount()):
        group = model.item(row)
        listed.extend(group.child(i).data(CHANGE_ROLE) for i in range(group.rowCount()))
        kinds = [
            comparison.changes[group.child(i).data(CHANGE_ROLE)].kind
            for i in range(group.rowCount())
        ]
        added = sum(k in (ChangeKind.INSERTED, ChangeKind.ADDED_SECTION) for k in kinds)
        if added:
            assert f"{added} added" in group.text()
        # A stretch without a heading is named by its part, never a bare （导语） or （全文）.
        assert not group.text().startswith(("（导语）", "（全文）")), group.text()
        assert "（全文）" not in group.text() and " ↔ （导语）" not in group.text()
    assert sorted(listed) == list(range(len(comparison.changes)))
    # A section's tooltip says why it was paired, or why it stands alone, in the app's
    # language (English here; tests/gui/compare/test_pair_reason_text.py has it in Chinese).
    tips = [model.item(row).toolTip() for row in range(model.rowCount())]
    assert any("Same theme: content likeness" in tip or "Same title" in tip for tip in tips)
    assert any("\nRemoved: " in tip for tip in tips), tips
    assert not any("主题相同" in tip or "删除" in tip for tip in tips), tips
    # Click the last change of the list.
    group = model.item(model.rowCount() - 1)
    item = group.child(group.rowCount() - 1)
    view.panels.setCurrentIndex(0)  # the Changes tab
    view.panels.change_list.scrollTo(item.index())
    rect = view.panels.change_list.visualRect(item.index())
    qtbot.mouseClick(
        view.panels.change_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    index = item.data(CHANGE_ROLE)
    assert view.current_change() == index
    band = geometry.changes[index]
    assert visible(view.left_pane, band.left.top)
    assert visible(view.right_pane, band.right.top)


def test_pairing_by_hand_compares_again_and_keeps_the_override(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    comparison = view.comparison()
    assert comparison is not None
    paired = [
        p
        for p in comparison.pairs
        if p.level is PairLevel.AREA and p.left is not None and p.right is not None
    ]
    target = paired[-1]
    assert target.left is not None and target.right is not None
    with (
        qtbot.waitSignal(view.overridesChanged) as changed,
        qtbot.waitSignal(view.comparison_ready, timeout=120_000),
    ):
        view.unpair(target.left.path, left=True)
    assert changed.args[0] == [PairOverride(target.left.path, None)]
    assert view.overrides() == [PairOverride(target.left.path, None)]
    again = view.comparison()
    assert again is not None and again is not comparison
    areas = [p for p in again.pairs if p.level is PairLevel.AREA]
    assert any(p.left == target.left and p.right is None for p in areas)
    # The area now shows as removed (the engine may join it with removed neighbours).
    assert any(
        c.kind is ChangeKind.REMOVED_SECTION
        and c.left_start <= target.left.start + 2
        and c.left_end >= target.left.end - 2
        for c in again.changes
    )
    # Pair it back by hand: the unpair override gives way to the pair.
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.pair_sections(target.left.path, target.right.path)
    assert view.overrides() == [PairOverride(target.left.path, target.right.path)]
    final = view.comparison()
    assert final is not None
    assert any(
        p.left is not None
        and p.right is not None
        and (p.left.path, p.right.path) == (target.left.path, target.right.path)
        for p in final.pairs
    )


def test_switches_compare_again_with_other_settings_and_swap_exchanges_sides(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    # Each switch shows on the toolbar as a check box, unticked until it is on.
    character_box = view.compare_actions.switch_box(view.character_action)
    layout_box = view.compare_actions.switch_box(view.layout_action)
    assert character_box.isVisibleTo(view) and not character_box.isChecked()
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000) as ready:
        qtbot.mouseClick(character_box, Qt.MouseButton.LeftButton)
    assert ready.args[0].settings.granularity is Granularity.CHARACTER
    assert view.character_action.isChecked() and character_box.isChecked()
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000) as ready:
        view.layout_action.trigger()  # its shortcut or menu: the box follows
    assert ready.args[0].settings.show_layout
    assert layout_box.isChecked()
    assert len(ready.args[0].changes) > len(view.comparison().changes) - 1
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000) as ready:
        view.swap_action.trigger()
    assert view.left_report() is loaded["cz2024np"]
    assert ready.args[0].left.text == loaded["cz2024np"].text
    assert view.left_pane.toPlainText() == shown(loaded["cz2024np"])


def test_targets_side_by_side(
    qtmodeltester: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    model = view.panels.targets_model
    qtmodeltester.check(model)
    rows = {
        model.item(row, 0).text(): (model.item(row, 1).text(), model.item(row, 2).text())
        for row in range(model.rowCount())
    }
    assert rows, "no targets listed"
    changed = [row for row in rows.values() if row[0] != row[1]]
    assert changed, rows
    assert rows["固定资产投资"] == ("10.5%", "6%以上")
    # (How each row reads in the panel: test_targets_panel.py.)
    table = view.panels.targets_view
    view.panels.setCurrentIndex(view.panels.count() - 1)
    row = next(r for r in range(model.rowCount()) if model.item(r, 0).text() == "固定资产投资")
    index = model.index(row, 0)
    assert "10.5%" in index.data(Qt.ItemDataRole.ToolTipRole)
    # A click shows the target in both panes.
    table.clicked.emit(index)
    left, right = index.data(LEFT_START_ROLE), index.data(RIGHT_START_ROLE)
    assert "10.5%" in loaded["cz2024"].text[left : left + 40]  # the target statement
    assert visible(view.left_pane, pane_y(view.left_pane, left))
    assert visible(view.right_pane, pane_y(view.right_pane, right))


def test_targets_of_one_year_s_two_editions_read_left_and_right(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    def headers(model: Any) -> list[str]:
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]

    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    years = view.panels.targets_model
    assert headers(years)[1:3] == ["Older", "Newer"]
    heading = view.panels.findChild(TargetsHeading)
    assert heading.text() == "Older → Newer"
    assert view.left_title.text().startswith("Older: ")
    # Swapped, the newer report is on the left: the sides are only left and right.
    with qtbot.waitSignal(view.comparison_ready, timeout=120_000):
        view.swap_action.trigger()
    assert headers(years)[1:3] == ["Left", "Right"]
    assert heading.text() == "Left → Right"
    assert view.left_title.text().startswith("Left: ")
    editions = open_view(loaded["cz2024"], loaded["cz2024np"]).panels.targets_model
    assert headers(editions)[1:3] == ["Left", "Right"]
    words = {editions.item(row, 3).text() for row in range(editions.rowCount())}
    assert words and not words & {"new", "dropped"}  # a target is on one side only
    assert {editions.change_word(kind) for kind in TargetChangeKind} == {
        "same",
        "changed",
        "reworded",  # the same figure or none, in other words
        "right only",
        "left only",
        "not stated there",  # the other report states no main targets at all
    }


def test_export_writes_the_html_report_and_prints_a_pdf(
    tmp_path: Path, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2024np"])
    html = tmp_path / "compare.html"
    view.export.export_html(html)
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "2024年工作安排" in page
    assert loaded["cz2024"].meta.title in page and loaded["cz2024np"].meta.title in page
    pdf = tmp_path / "compare.pdf"
    view.export.export_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    # Styled for paper: two reports of about 18,000 characters side by side, the change list
    # and the summary fit in a score of A4 pages (the browser page at the reader's type size
    # took 31 here, and 60 to 73 at the larger sizes a reader picks).
    pages = PdfReader(pdf).pages
    assert 8 <= len(pages) <= 24, len(pages)
    first = pages[0].extract_text()
    assert "Total" in first and "报纸版" in first  # the window's words, the reports' as written


def test_the_overview_and_the_strip_draw_and_a_click_jumps(
    qtbot: Any, open_view: Opener, loaded: dict[str, LoadedReport]
) -> None:
    view = open_view(loaded["cz2024"], loaded["cz2026np"])
    assert not view.strip.grab().isNull()
    assert not view.overview.grab().isNull()
    bar = view.overview
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() * 3 // 4, bar.height() - 3)
    )
    assert view.current_change() >= len(view.comparison().changes) // 2


def test_open_compare_window_hosts_the_view(qtbot: Any, loaded: dict[str, LoadedReport]) -> None:
    from gui.compare.compare_window import open_compare_window

    window = open_compare_window(loaded["cz2024"], loaded["cz2024np"])
    qtbot.addWidget(window)
    assert isinstance(window, QMainWindow)
    view = window.centralWidget()
    assert isinstance(view, CompareView)
    assert window.isVisible()
    assert view.title() in window.windowTitle()
    qtbot.waitSignal(view.comparison_ready, timeout=120_000).wait()
