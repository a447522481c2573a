"""The reader: text as in the report, styled headings, muted noise, number highlights, tree sync."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextCursor, QTextDocumentFragment
from PySide6.QtWidgets import QApplication

from core.library import find_report
from core.numbers.target_compare import target_value_text
from core.paragraphs import broken_word_gaps
from gui.reader.document_builder import text_as_shown
from gui.reader.number_card import measure_name, number_card
from gui.reader.number_kinds import kind_value, number_kind_styles
from gui.reader.reader_tab import ReaderTab
from gui.reader.section_tree import END_ROLE, START_ROLE


def shown(report: Any) -> str:
    """A report's text as a reading pane shows it (words broken across a blank line joined)."""
    return text_as_shown(report.text, broken_word_gaps(report.text, report.paragraphs))


def _open(window: Any, store: Any, name: str = "长治市2024年政府工作报告") -> ReaderTab:
    tab = window.open_report(find_report(store, name))
    assert isinstance(tab, ReaderTab)
    return tab


def test_document_text_is_the_report_text(window: Any, store: Any) -> None:
    tab = _open(window, store)
    assert tab.view.document().toPlainText() == shown(tab.readable.report)
    assert window.tabs.count() == 1
    assert window.tabs.tabText(0) == "长治市2024年政府工作报告"
    # The title names the report once; Qt adds the app's display name after it.
    assert window.windowTitle() == "长治市2024年政府工作报告"


def test_headings_are_bold_and_parts_larger(window: Any, store: Any) -> None:
    tab = _open(window, store)
    document = tab.view.document()
    part = next(s for s in tab.readable.report.outline.walk() if s.level == 1)
    cursor = QTextCursor(document)
    cursor.setPosition(tab.offsets.to_qt(part.start) + 1)
    assert cursor.charFormat().fontWeight() == QFont.Weight.Bold
    body = tab.readable.report.paragraphs[0]
    cursor.setPosition(tab.offsets.to_qt(body.start) + 1)
    assert cursor.charFormat().fontWeight() != QFont.Weight.Bold


def test_noise_lines_are_muted_but_kept(window: Any, store: Any) -> None:
    tab = _open(window, store, "长治市2024年政府工作报告（报纸版）")
    text = tab.readable.report.text
    assert tab.readable.noise, "the newspaper edition has page-jump markers"
    start, end = tab.readable.noise[0]
    assert text[start:end] in tab.view.document().toPlainText()
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start) + 1)
    assert cursor.charFormat().fontItalic()


def test_a_word_broken_across_a_blank_line_reads_whole_and_copies_whole(
    window: Any, store: Any
) -> None:
    from PySide6.QtTest import QTest

    tab = _open(window, store, "长治市2026年政府工作报告（报纸版）")
    text = tab.readable.report.text
    at = text.index("目标是:地\n\n区生产总值")
    document = tab.view.document()
    block = document.findBlock(tab.offsets.to_qt(at))
    assert "区生产总值增长6%左右" in block.text()  # one paragraph on screen, not two
    shown = document.toPlainText()
    assert len(shown) == len(text)  # every offset still points at the same character
    changed = [i for i, (a, b) in enumerate(zip(shown, text, strict=True)) if a != b]
    assert [i for i in changed if at <= i < at + 12] == [at + 5, at + 6]
    assert all(shown[i] == "\u200b" and text[i].isspace() for i in changed)
    tab.view.select_span(at, at + 12)
    QTest.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "目标是:地区生产总值"


def test_subscripts_are_lowered_and_their_markup_hidden(window: Any, store: Any) -> None:
    tab = _open(window, store, "长治市2026年政府工作报告（报纸版）")
    text = tab.readable.report.text
    at = text.index("PM_{2.5}")
    shown = tab.view.document().toPlainText()
    assert shown[at : at + 8] == "PM_{2.5}"  # the markup stays in the text
    assert len(shown) == len(text)
    cursor = QTextCursor(tab.view.document())

    def format_of(offset: int) -> Any:
        cursor.setPosition(tab.offsets.to_qt(offset) + 1)
        return cursor.charFormat()

    assert format_of(at + 4).verticalAlignment() == format_of(at).VerticalAlignment.AlignSubScript
    assert format_of(at).verticalAlignment() != format_of(at).VerticalAlignment.AlignSubScript
    assert format_of(at + 2).foreground().color().alpha() == 0  # "_" of "_{"
    assert format_of(at + 7).foreground().color().alpha() == 0  # "}"
    # Drawn as nothing: "M" and "2" stand side by side, with no room for "_{" between them.
    tab.view.scroll_to_offset(at)
    x = {
        offset: tab.view.cursorRect(_cursor_at(tab, offset)).x()
        for offset in (at + 1, at + 2, at + 4)
    }
    letter = x[at + 2] - x[at + 1]  # the width of "M"
    assert abs(x[at + 4] - x[at + 2]) < letter / 2


def _cursor_at(tab: ReaderTab, offset: int) -> QTextCursor:
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(offset))
    return cursor


def _highlighted(tab: ReaderTab) -> set[int]:
    return {p for h in tab.view.layer("numbers") for p in range(h.start, h.end)}


def _covered(tab: ReaderTab, numbers: Any) -> set[int]:
    return {p for n in numbers for p in range(*tab.offsets.span_to_qt(n.start, n.end))}


def test_numbers_are_highlighted_and_switch_off_by_kind(window: Any, store: Any) -> None:
    tab = _open(window, store)
    numbers = tab.readable.numbers
    assert numbers
    # Each stretch of text is highlighted once, however many numbers cover it.
    highlights = tab.view.layer("numbers")
    assert all(a.end <= b.start for a, b in pairwise(highlights))
    assert _highlighted(tab) == _covered(tab, numbers)
    kinds = {kind_value(n.kind) for n in numbers}
    kind = sorted(kinds)[0]
    tab.legend.button(kind).click()
    remaining = [n for n in numbers if kind_value(n.kind) != kind]
    assert _highlighted(tab) == _covered(tab, remaining)
    tab.legend.button(kind).click()
    assert _highlighted(tab) == _covered(tab, numbers)


def test_hovering_a_number_explains_it(window: Any, store: Any) -> None:
    tab = _open(window, store)
    statement = next(n for n in tab.readable.numbers if n.value is not None)
    tooltip = tab.view.tooltip_at(tab.offsets.to_qt(statement.start))
    assert statement.indicator in tooltip
    assert str(statement.year) in tooltip
    assert tab.view.tooltip_at(tab.offsets.to_qt(statement.end)) != tooltip or any(
        n.start <= statement.end < n.end for n in tab.readable.numbers
    )


def test_a_number_card_gives_each_part_once(window: Any, store: Any) -> None:
    tab = _open(window, store)
    target = next(
        n for n in tab.readable.numbers if kind_value(n.kind) == "target" and n.qualifier == "左右"
    )
    card = QTextDocumentFragment.fromHtml(number_card(target)).toPlainText()
    value = target_value_text(target)
    assert value in card and target.indicator in card and target.section[-1] in card
    assert f"Target, {target.year}" in card and measure_name(target.measure) in card
    # The unit and the qualifier are part of the value, not rows of their own.
    assert card.count("左右") == value.count("左右") + target.indicator.count("左右")
    assert "Unit" not in card and "Qualifier" not in card


def test_zoom_changes_the_reading_size(window: Any, store: Any, qtbot: Any) -> None:
    tab = _open(window, store)
    before = tab.view.point_size()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert tab.view.point_size() == before + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert tab.view.point_size() == before - 1
    assert float(window.settings.value("reader/point_size")) == before - 1


def test_tree_click_scrolls_and_scrolling_moves_the_tree(window: Any, store: Any) -> None:
    tab = _open(window, store)
    tree = window.section_tree
    model = tree.model()
    assert model is tab.section_model
    last_part = model.index(model.rowCount() - 1, 0)
    tree.section_activated.emit(int(last_part.data(START_ROLE)), 0)
    QApplication.processEvents()
    top = tab.view.first_visible_offset()
    section_start = int(last_part.data(START_ROLE))
    assert abs(top - section_start) < 80
    assert tree.currentIndex().isValid()
    assert int(tree.currentIndex().data(START_ROLE)) >= section_start
    # The status bar names the part read and how far in the reading is.
    position = window.position_label.text()
    assert position.startswith(f"{last_part.data()} · ") and position.endswith("% read")
    assert 50 <= int(position.split(" · ")[1].split("%")[0]) <= 100
    tab.view.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    current = tree.currentIndex()
    assert not current.isValid() or int(current.data(START_ROLE)) < section_start


def test_the_position_names_a_part_never_an_area(window: Any, store: Any) -> None:
    # The newspaper edition starts in the review's last area, before any part heading.
    tab = _open(window, store, "长治市2024年政府工作报告（报纸版）")
    area = tab.readable.report.outline.sections[0]
    assert area.level == 2
    tab.view.scroll_to_offset(area.heading_end + 20)
    QApplication.processEvents()
    assert area.start <= tab.current_offset() < area.end
    window.current_tab.show_position()
    assert window.position_label.text().endswith("% read")
    assert " · " not in window.position_label.text()


def test_selection_copies_the_words(window: Any, store: Any) -> None:
    tab = _open(window, store)
    text = tab.readable.report.text
    start = text.index("地区生产总值")
    tab.view.select_span(start, start + 6)
    tab.view.copy()
    assert QGuiApplication.clipboard().text() == "地区生产总值"


def test_reading_column_is_centred_and_bounded(window: Any, store: Any) -> None:
    tab = _open(window, store)
    window.resize(1600, 900)
    QApplication.processEvents()
    assert tab.view.viewport().width() <= tab.view.reading_width() + 2
    assert tab.view.viewport().pos().x() > 0
    assert tab.view.cursorForPosition(QPoint(5, 5)).position() >= 0


def test_an_interpretation_s_markdown_marks_are_drawn_as_nothing(window: Any, store: Any) -> None:
    tab = _open(window, store, "长治市2025年政府工作报告解读")
    text = tab.readable.report.text
    assert tab.view.document().toPlainText() == shown(tab.readable.report)  # marks kept in text
    cursor = QTextCursor(tab.view.document())

    def format_of(offset: int) -> Any:
        cursor.setPosition(tab.offsets.to_qt(offset) + 1)
        return cursor.charFormat()

    figure = text.index("**2593.4亿元**")
    assert format_of(figure).foreground().color().alpha() == 0  # "**"
    assert format_of(figure + 2).fontWeight() == QFont.Weight.Bold  # "2593.4亿元" bold
    heading = text.index("### 八个方面工作成效")
    assert format_of(heading + 4).fontWeight() == QFont.Weight.Bold  # the heading itself
    # The hashes take no room: the heading's first word stands where the line starts.
    tab.view.scroll_to_offset(heading)
    line_start = tab.view.cursorRect(_cursor_at(tab, heading)).x()
    title_start = tab.view.cursorRect(_cursor_at(tab, heading + 4)).x()
    word = tab.view.cursorRect(_cursor_at(tab, heading + 5)).x() - title_start  # "八"
    assert title_start - line_start < word / 2


def test_a_kind_the_report_has_none_of_is_greyed_in_the_legend(window: Any, store: Any) -> None:
    """A switch that would change nothing is not offered, but keeps its place in the row."""
    greyed = []
    for name in ("长治市2024年政府工作报告", "长治市2025年政府工作报告解读"):
        tab = _open(window, store, name)
        kinds = {kind_value(n.kind) for n in tab.readable.numbers}
        for style in number_kind_styles():
            button = tab.legend.button(style.kind)
            assert button.isEnabled() == (style.kind in kinds), (name, style.kind)
            if style.kind not in kinds:
                greyed.append(button.text())
    assert greyed  # (2024 states no plan targets, the interpretation no commitments)


def test_a_passage_gone_to_loses_its_mark_when_the_reader_moves_on(window: Any, store: Any) -> None:
    """The mark of a passage gone to (from the scorecard, a search hit, a note) shows where
    it is; a click elsewhere takes it away, as it takes away the selection."""
    tab = _open(window, store)
    start = tab.readable.report.text.index("新质生产力")
    tab.view.show_passage(start, start + 5)
    assert len(tab.view.layer("current")) == 1
    tab.view.show_selection()  # (scrolling to it again keeps it)
    assert len(tab.view.layer("current")) == 1
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start + 40))
    tab.view.setTextCursor(cursor)  # a click elsewhere
    assert tab.view.layer("current") == []


def test_find_s_current_match_stays_when_the_reader_clicks_elsewhere(
    window: Any, store: Any, qtbot: Any
) -> None:
    tab = _open(window, store)
    window.open_find_bar()
    window.find_bar.edit.setText("就业")
    qtbot.waitUntil(lambda: len(tab.view.layer("current")) == 1, timeout=2000)
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(10)
    tab.view.setTextCursor(cursor)
    assert len(tab.view.layer("current")) == 1


def test_a_section_chosen_in_the_tree_stays_the_one_the_tree_shows(window: Any, store: Any) -> None:
    # The reader puts the section's heading at its top: what is read there is that section,
    # not the end of the one before (the gap above a heading is not the text before it).
    tab = _open(window, store)
    tree = window.section_tree
    model = tree.model()
    wrong = []
    for row in range(model.rowCount()):
        part = model.index(row, 0)
        for child in range(model.rowCount(part)):
            area = model.index(child, 0, part)
            start = int(area.data(START_ROLE))
            tree.section_activated.emit(start, int(area.data(END_ROLE)))
            QApplication.processEvents()
            shown = tree.currentIndex()
            bar = tab.view.verticalScrollBar()
            if bar.value() == bar.maximum():
                continue  # near the end: the heading cannot come to the top
            if tab.view.first_visible_offset() < start or shown.data() != area.data():
                wrong.append((area.data(), shown.data()))
    assert not wrong, wrong
