"""Searching: the find bar in the open report and the debounced library-wide search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from core.library import find_report
from gui.search.library_search import (
    END_ROLE,
    HIT_COUNT_ROLE,
    REPORT_ID_ROLE,
    START_ROLE,
    SearchResultsModel,
)
from gui.search.snippet_delegate import MARKS_ROLE, snippet_html
from gui.search.throttle import Throttle


def test_throttle_calls_once_with_the_last_arguments(qtbot: Any) -> None:
    calls: list[str] = []
    owner = QObject()
    throttle = Throttle(calls.append, 50, owner)
    for text in ("长", "长治", "长治市"):
        throttle(text)
    assert calls == []
    qtbot.waitUntil(lambda: calls == ["长治市"], timeout=2000)
    qtbot.wait(100)
    assert calls == ["长治市"]


def test_ctrl_f_finds_and_counts_matches(window: Any, store: Any, qtbot: Any) -> None:
    tab = window.open_report(find_report(store, "长治市2024年政府工作报告"))
    text = tab.readable.report.text
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible()
    bar.edit.insert("增长")  # typed (QTest types ASCII only)
    expected = text.count("增长")
    qtbot.waitUntil(lambda: bar.match_count() == expected, timeout=2000)
    assert expected > 1
    assert bar.count_label.text() == f"1 of {expected}"
    assert tab.view.textCursor().selectedText() == "增长"
    bar.find_next()
    assert bar.current_match() == 1
    assert bar.count_label.text() == f"2 of {expected}"
    bar.find_previous()
    bar.find_previous()
    assert bar.current_match() == expected - 1  # wraps around, and says so
    assert bar.count_label.text() == f"{expected} of {expected} · search wrapped to the end"
    bar.find_next()
    assert bar.current_match() == 0
    assert bar.count_label.text() == f"1 of {expected} · search wrapped to the start"
    bar.find_next()
    assert bar.count_label.text() == f"2 of {expected}"
    bar.find_previous()
    assert len(tab.view.layer("find")) == expected
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert tab.view.layer("find") == []
    # F3 with the bar closed: the status bar says the search went round.
    assert bar.current_match() == 0
    window.menu_actions.find_previous.trigger()
    assert bar.current_match() == expected - 1
    assert window.statusBar().currentMessage() == "Search wrapped to the end"


def test_find_in_report_finds_what_library_search_finds(
    window: Any, store: Any, qtbot: Any
) -> None:
    window.open_find_bar()
    bar = window.find_bar
    for title, query in (
        ("晋城市2024年政府工作报告", "6%"),  # the text writes 6％
        ("长治市2026年政府工作报告（报纸版）", "（一）"),  # the newspaper writes (一)
        ("长治市2026年政府工作报告（报纸版）", "地区生产总值"),  # once broken: 地 / 区生产总值
        ("长治市2026年政府工作报告（报纸版）", "pm2.5"),  # PM_{2.5}
    ):
        report_id = find_report(store, title)
        window.open_report(report_id)
        in_library = [h for h in store.search(query) if h.report_id == report_id]
        assert in_library, (title, query)
        offsets = window.tabs.currentWidget().view.offsets
        expected = [offsets.span_to_qt(h.start, h.end)[0] for h in in_library]
        bar.edit.setText(query)
        qtbot.waitUntil(
            lambda expected=expected: [start for start, _ in bar._matches] == expected,
            timeout=2000,
        )
        assert bar.match_count() == len(in_library)


def test_find_bar_says_when_nothing_matches(window: Any, store: Any, qtbot: Any) -> None:
    window.open_report(find_report(store, "长治市2024年政府工作报告"))
    window.open_find_bar()
    window.find_bar.edit.setText("不存在的词语组合")
    qtbot.waitUntil(lambda: window.find_bar.count_label.text() == "No matches", timeout=2000)


def test_snippet_html_marks_the_words() -> None:
    html = snippet_html("GDP增长6%左右<b>", [(5, 7)])
    assert "<span" in html and ">6%</span>" in html
    assert "&lt;b&gt;" in html


def test_library_search_groups_results_by_report(window: Any, store: Any, qtbot: Any) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.search_panel
    assert window.search_dock.isVisible()
    panel.edit.insert("太")
    panel.edit.insert("行")
    model: SearchResultsModel = panel.model
    qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=3000)
    report_ids = [model.index(r, 0).data(REPORT_ID_ROLE) for r in range(model.rowCount())]
    assert len(set(report_ids)) == len(report_ids)  # one group per report
    group = model.index(0, 0)
    assert model.rowCount(group) >= 1
    hit = model.index(0, 0, group)
    marks = hit.data(MARKS_ROLE)
    assert marks and all(hit.data()[s:e] == "太行" for s, e in marks)
    assert "matches in" in panel.status.text()


def test_library_search_takes_most_of_the_left_column(window: Any, qtbot: Any) -> None:
    from gui.window_docks import SEARCH_SHARE

    window.resize(1300, 850)
    qtbot.waitUntil(lambda: window.sections_dock.height() > 200, timeout=3000)
    search, sections = window.search_dock, window.sections_dock
    window.open_library_search()
    column = search.height() + sections.height()
    # The hits get two thirds of the column; the section tree stays, below them.
    qtbot.waitUntil(lambda: search.height() >= column * SEARCH_SHARE - 12, timeout=3000)
    assert sections.isVisible() and sections.height() >= column / 4
    # A share the user made larger is kept.
    window.resizeDocks([search, sections], [column - 150, 150], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: sections.height() < column / 4, timeout=3000)
    larger = search.height()
    window.open_library_search()
    assert search.height() == larger


def test_clicking_a_result_opens_the_report_there(window: Any, store: Any, qtbot: Any) -> None:
    panel = window.search_panel
    panel.edit.setText("晋城")
    panel.throttle.flush()
    model = panel.model
    assert model.rowCount() >= 1
    group = model.index(0, 0)
    hit = model.index(model.rowCount(group) - 1, 0, group)
    panel.view.clicked.emit(hit)
    tab = window.current_reader()
    assert tab is not None and tab.report_id == hit.data(REPORT_ID_ROLE)
    start = int(hit.data(START_ROLE))
    view = tab.view
    qtbot.waitUntil(
        lambda: view.textCursor().selectionStart() == tab.offsets.to_qt(start), timeout=2000
    )
    assert 0 <= view.cursorRect().top() < view.viewport().height()  # the place is in view
    assert view.layer("current")


def test_a_full_page_says_it_is_only_the_first_matches(window: Any) -> None:
    from gui.search.library_search import RESULT_LIMIT

    panel = window.search_panel
    panel.search_now("发展")  # in every paragraph of every sample: more than a page
    model = panel.model
    hits = sum(
        model.index(row, 0, model.index(group, 0)).data(HIT_COUNT_ROLE)
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    )
    assert hits == RESULT_LIMIT
    assert panel.status.text().startswith(f"The first {RESULT_LIMIT} matches")
    panel.search_now("晋城")
    assert "matches in" in panel.status.text() and "first" not in panel.status.text()


def test_find_with_no_report_open_says_what_to_do(window: Any) -> None:
    assert window.current_reader() is None
    window.menu_actions.find.trigger()
    assert "Ctrl+Shift+F" in window.statusBar().currentMessage()
    assert window.reading.built_find_bar() is None or not window.find_bar.isVisible()


def test_the_find_bar_steps_aside_for_a_scorecard_and_comes_back(
    window: Any, store: Any, qtbot: Any
) -> None:
    tab = window.open_report(find_report(store, "长治市2024年政府工作报告"))
    window.open_find_bar()
    bar = window.find_bar
    bar.edit.setText("就业")
    qtbot.waitUntil(lambda: bar.match_count() > 0, timeout=2000)
    window.open_scorecard("长治市")
    assert bar.isHidden()  # not "no matches" over a table that shows the word
    window.tabs.setCurrentIndex(window.tabs.indexOf(tab))
    assert not bar.isHidden() and bar.edit.text() == "就业"
    qtbot.waitUntil(lambda: bar.match_count() > 0, timeout=2000)
    bar.close_bar()
    window.open_scorecard("长治市")
    window.tabs.setCurrentIndex(window.tabs.indexOf(tab))
    assert bar.isHidden()  # closed by the user: it stays closed


def test_a_match_found_is_shown_well_inside_the_view(window: Any, store: Any, qtbot: Any) -> None:
    tab = window.open_report(find_report(store, "长治市2024年政府工作报告"))
    window.open_find_bar()
    bar = window.find_bar
    bar.edit.setText("就业")
    qtbot.waitUntil(lambda: bar.match_count() > 2, timeout=2000)
    view = tab.view
    height = view.viewport().height()
    for _ in range(bar.match_count()):
        bar.find_next()
        rect = view.cursorRect()
        assert (
            rect.top() >= min(height // 4, 3 * rect.height())
            or view.verticalScrollBar().value() == 0
        )
        bottom_margin = min(height // 4, 3 * rect.height())
        at_end = view.verticalScrollBar().value() == view.verticalScrollBar().maximum()
        assert rect.bottom() <= height - bottom_margin or at_end


def test_a_library_hit_opens_well_inside_the_view_and_marked(
    window: Any, store: Any, qtbot: Any
) -> None:
    panel = window.search_panel
    panel.search_now("就业")
    model = panel.model
    hits = [
        model.index(row, 0, model.index(group, 0))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]
    assert len(hits) > 10
    for hit in (hits[4], hits[-1]):
        panel.view.clicked.emit(hit)
        tab = window.current_reader()
        assert tab is not None
        start, end = int(hit.data(START_ROLE)), int(hit.data(END_ROLE))
        qt_start, qt_end = tab.offsets.span_to_qt(start, end)
        view = tab.view
        qtbot.waitUntil(
            lambda view=view, s=qt_start, e=qt_end: (
                (
                    view.textCursor().selectionStart(),
                    view.textCursor().selectionEnd(),
                )
                == (s, e)
            ),
            timeout=2000,
        )
        assert view.textCursor().selectedText() == tab.readable.report.text[start:end]
        cursor = view.textCursor()
        cursor.setPosition(qt_start)
        rect = view.cursorRect(cursor)  # the line holding the hit's start
        height = view.viewport().height()
        bar = view.verticalScrollBar()
        assert rect.top() >= min(height // 4, 3 * rect.height()) or bar.value() == 0
        assert rect.bottom() <= height - min(height // 4, 3 * rect.height()) or (
            bar.value() == bar.maximum()
        )
        marks = view.layer("current")
        assert [(m.start, m.end) for m in marks] == [(qt_start, qt_end)]


def test_the_search_keeps_the_width_of_the_library_it_is_tabbed_with(
    window: Any, qtbot: Any
) -> None:
    window.resize(1300, 850)
    qtbot.waitUntil(lambda: window.library_dock.width() > 100, timeout=3000)
    width = window.library_dock.width()
    window.open_library_search()
    panel = window.search_panel
    panel.search_now("发展")  # the longest count: the first page, add words to narrow it
    assert panel.status.text().startswith("The first")
    qtbot.wait(100)
    assert window.search_dock.width() == width
    window.library_dock.raise_()
    qtbot.wait(100)
    assert window.library_dock.width() == width
    assert panel.status.height() >= panel.status.fontMetrics().height()  # the count is shown
