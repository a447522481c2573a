"""The library search for several terms in the window: the paragraphs holding all of them,
the terms named and what is counted said, every term's hits marked in the results and in the
reader a result opens."""

from __future__ import annotations

import re
from typing import Any

from core.search_query import parse_query
from core.text import normalise_query, searchable
from gui.search.library_search import (
    END_ROLE,
    PARAGRAPH_HITS_ROLE,
    REPORT_ID_ROLE,
    START_ROLE,
    SearchResultsModel,
)
from gui.search.snippet_delegate import MARKS_ROLE


def _shown(label_text: str) -> str:
    return re.sub(r"<[^>]+>", "", label_text)


def _rows(model: SearchResultsModel) -> list[Any]:
    return [
        model.index(row, 0, model.index(group, 0))
        for group in range(model.rowCount())
        for row in range(model.rowCount(model.index(group, 0)))
    ]


def _paragraphs_with_all(store: Any, typed: str) -> set[tuple[int, int]]:
    """The reference: a plain scan of every paragraph's text for every term."""
    terms = [normalise_query(t) for t in parse_query(typed).terms]
    found = set()
    for summary in store.list_reports():
        text = store.report(summary.id).text
        for p in store.paragraphs(summary.id):
            norm = searchable(text[p.start : p.end]).text
            if all(term in norm for term in terms):
                found.add((int(summary.id), p.start))
    return found


def test_several_terms_list_the_paragraphs_holding_all_of_them(window: Any, store: Any) -> None:
    panel = window.search_panel
    panel.edit.setText("增长 6%")
    panel.throttle.flush()
    rows = _rows(panel.model)
    assert rows
    listed = set()
    for row in rows:
        report = int(row.data(REPORT_ID_ROLE))
        text = store.report(report).text
        hits = row.data(PARAGRAPH_HITS_ROLE)
        paragraph = next(p for p in store.paragraphs(report) if p.start <= hits[0][0] < p.end)
        listed.add((report, paragraph.start))
        shown = {text[s:e].replace("％", "%") for s, e in hits}
        assert shown == {"增长", "6%"}  # both terms, each marked
        assert {row.data()[s:e].replace("％", "%") for s, e in row.data(MARKS_ROLE)} <= shown
    assert listed == _paragraphs_with_all(store, "增长 6%")
    status = _shown(panel.status.text())
    assert (
        status
        == f"{len(listed)} paragraphs in {panel.model.rowCount()} reports have all of 增长, 6%"
    )
    # A report's count is of its paragraphs, as the status counts them.
    counts = [
        int(re.search(r"\((\d+)\)$", panel.model.index(g, 0).data()).group(1))
        for g in range(panel.model.rowCount())
    ]
    assert sum(counts) == len(listed)


def test_the_terms_and_counts_are_said_in_chinese(chinese: None, window: Any) -> None:
    panel = window.search_panel
    panel.search_now("增长\u30006%")
    status = _shown(panel.status.text())
    assert re.fullmatch(r"\d+ 份报告中有 \d+ 段同时含有 增长、6%", status), status
    panel.search_now("就业 不会出现的词")
    status = _shown(panel.status.text())
    assert re.fullmatch(
        r"没有哪一段同时含有 就业、不会出现的词（含 就业 的有 \d+ 段，没有一段含 不会出现的词）",
        status,
    ), status


def test_no_paragraph_with_all_terms_says_how_many_hold_each(window: Any) -> None:
    panel = window.search_panel
    panel.search_now("就业 不会出现的词")
    assert panel.model.rowCount() == 0
    status = _shown(panel.status.text())
    assert re.fullmatch(
        r"No paragraph has all of 就业, 不会出现的词 "
        r"\(就业 is in \d+ paragraphs; 不会出现的词 is in none\)",
        status,
    ), status


def test_a_quoted_phrase_is_searched_as_one(window: Any, store: Any) -> None:
    panel = window.search_panel
    panel.search_now('"增长6%左右"')
    assert re.fullmatch(r"\d+ matches in \d+ reports?", panel.status.text())
    for row in _rows(panel.model):
        assert row.data(PARAGRAPH_HITS_ROLE) is None  # one term: the hit is marked, as always
        text = store.report(int(row.data(REPORT_ID_ROLE))).text
        start, end = int(row.data(START_ROLE)), int(row.data(END_ROLE))
        assert text[start:end].replace("％", "%") == "增长6%左右"


def test_a_result_opened_has_every_term_s_hits_marked_in_the_reader(
    window: Any, store: Any, qtbot: Any
) -> None:
    panel = window.search_panel
    panel.search_now("增长 6%")
    row = max(_rows(panel.model), key=lambda r: len(r.data(PARAGRAPH_HITS_ROLE)))
    hits = row.data(PARAGRAPH_HITS_ROLE)
    assert len(hits) >= 3
    panel.view.clicked.emit(row)
    tab = window.current_reader()
    assert tab is not None and tab.report_id == row.data(REPORT_ID_ROLE)
    view = tab.view
    expected = [tab.offsets.span_to_qt(s, e) for s, e in hits]
    qtbot.waitUntil(
        lambda: [(m.start, m.end) for m in view.layer("hits")] == expected, timeout=2000
    )
    start, end = tab.offsets.span_to_qt(int(row.data(START_ROLE)), int(row.data(END_ROLE)))
    qtbot.waitUntil(
        lambda: [(m.start, m.end) for m in view.layer("current")] == [(start, end)], timeout=2000
    )
    assert view.layer("hits")  # kept while the passage gone to stays selected
    # Reading on (a click elsewhere) takes the marks away, as it takes the passage's.
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    assert view.layer("hits") == [] and view.layer("current") == []
    # A single term's result is marked as it always was: the hit gone to alone.
    panel.search_now("就业")
    single = _rows(panel.model)[0]
    panel.view.clicked.emit(single)
    qtbot.waitUntil(lambda: bool(window.current_reader().view.layer("current")), timeout=2000)
    qtbot.wait(50)
    assert window.current_reader().view.layer("hits") == []
