"""What the reader paints over numbers, read from its pixels: every target the Numbers panel
lists shows in the target colour, and text stated for several numbers is painted once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QTextCursor, QTextDocumentFragment

from core.library import find_report
from gui.numbers.numbers_model import END_ROLE, KIND_ROLE, START_ROLE
from gui.reader.number_kinds import kind_colour
from gui.reader.reader_tab import HIGHLIGHT_ALPHA, ReaderTab

SAMPLES = (
    "长治市2024年政府工作报告",
    "长治市2024年政府工作报告（报纸版）",
    "长治市2025年政府工作报告解读",
    "长治市2026年政府工作报告（报纸版）",
    "晋城市2024年政府工作报告",
)
# A painted character's cell shows the highlight colour on a third to a half of its pixels
# (the glyph and its edges take the rest); an unpainted or twice-painted one on none.
PAINTED_SHARE = 0.2


def _open(window: Any, store: Any, name: str) -> ReaderTab:
    tab = window.open_report(find_report(store, name))
    assert isinstance(tab, ReaderTab)
    return tab


def _shown_colour(tab: ReaderTab, kind: str) -> QColor:
    """The colour a highlight of ``kind`` gives the reader's page, measured by painting it."""
    image = QImage(2, 2, QImage.Format.Format_ARGB32)
    image.fill(tab.view.viewport().palette().color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    painter.fillRect(0, 0, 2, 2, kind_colour(kind, HIGHLIGHT_ALPHA))
    painter.end()
    return image.pixelColor(0, 0)


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 12


def unpainted(tab: ReaderTab, start: int, end: int, kind: str) -> str:
    """The characters of ``[start, end)`` the reader does not show in ``kind``'s colour.

    Characters drawn as nothing (a joined line break) or ending a line are not looked at.
    """
    view, text = tab.view, tab.readable.report.text
    view.scroll_to_offset(start)
    image = view.viewport().grab().toImage()
    wanted = _shown_colour(tab, kind)
    missing, looked = [], 0
    for offset in range(start, end):
        here, after = QTextCursor(view.document()), QTextCursor(view.document())
        here.setPosition(tab.offsets.to_qt(offset))
        after.setPosition(tab.offsets.to_qt(offset + 1))
        left, right = view.cursorRect(here), view.cursorRect(after)
        if text[offset].isspace() or left.y() != right.y() or right.x() <= left.x():
            continue
        cells = [
            image.pixelColor(x, y)
            for x in range(left.x(), right.x())
            for y in range(left.y(), left.y() + left.height())
        ]
        looked += 1
        if sum(_near(c, wanted) for c in cells) < PAINTED_SHARE * len(cells):
            missing.append(text[offset])
    assert looked, f"no character of {text[start:end]!r} was looked at"
    return "".join(missing)


def test_every_target_of_the_2026_targets_sentence_is_painted_as_a_target(
    window: Any, store: Any
) -> None:
    tab = _open(window, store, "长治市2026年政府工作报告（报纸版）")
    text = tab.readable.report.text
    for words in (
        "城乡居民人均可支配收入增速高于经济增长水平",  # two targets, urban and rural income
        "居民消费价格涨幅控制在2%左右",
        "新增城镇就业4.3万人以上",
    ):
        start = text.index(words)
        assert unpainted(tab, start, start + len(words), "target") == "", words


@pytest.mark.parametrize("name", SAMPLES)
def test_every_target_the_numbers_panel_lists_is_painted_as_a_target(
    window: Any, store: Any, name: str
) -> None:
    tab = _open(window, store, name)
    model = tab.numbers_model
    listed = [
        (model.index(row, 0).data(START_ROLE), model.index(row, 0).data(END_ROLE))
        for row in range(model.rowCount())
        if model.index(row, 0).data(KIND_ROLE) == "target"
    ]
    assert listed or name != "长治市2026年政府工作报告（报纸版）"
    text = tab.readable.report.text
    for start, end in listed:
        assert unpainted(tab, start, end, "target") == "", text[start:end]


def test_a_clause_stating_two_figures_is_painted_once_and_its_card_gives_both(
    window: Any, store: Any
) -> None:
    tab = _open(window, store, "长治市2026年政府工作报告（报纸版）")
    text = tab.readable.report.text
    start = text.index("小米、藜麦种植面积分别达到50万亩、20万亩以上")
    sharing = [n for n in tab.readable.numbers if n.start == start]
    assert len(sharing) == 2
    end = sharing[0].end
    assert [
        (h.start, h.end) for h in tab.view.layer("numbers") if h.start < end and h.end > start
    ] == [tab.offsets.span_to_qt(start, end)]
    assert unpainted(tab, start, end, "plan_target") == ""
    card = QTextDocumentFragment.fromHtml(
        tab.view.tooltip_at(tab.offsets.to_qt(start))
    ).toPlainText()
    assert "50万亩" in card and "20万亩以上" in card
