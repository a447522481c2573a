"""Highlight layers: each layer built once, painted in order, kept inside the shown text."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

from gui.highlight_layers import Highlight, HighlightLayers

RED, BLUE = QColor(255, 0, 0, 80), QColor(0, 0, 255, 80)


def _style(name: str, colour: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    fmt.setToolTip(name)
    return fmt


def _spans(selections: list[Any]) -> list[tuple[int, int, str]]:
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.toolTip()) for s in selections
    ]


def test_layers_paint_in_order_and_replacing_one_leaves_the_others_built(qtbot: Any) -> None:
    document = QTextDocument("政府工作报告：地区生产总值增长5%左右。")
    layers = HighlightLayers(("annotations", "numbers", "find"), _style)
    layers.set(document, "find", [Highlight(0, 2, RED)])
    layers.set(document, "numbers", [Highlight(16, 18, BLUE), Highlight(7, 13, BLUE)])
    layers.set(document, "annotations", [Highlight(0, 6, RED)])
    assert _spans(layers.selections()) == [
        (0, 6, "annotations"),
        (16, 18, "numbers"),
        (7, 13, "numbers"),
        (0, 2, "find"),
    ]
    numbers_before = [id(s) for s in layers.selections()[1:3]]
    layers.set(document, "find", [])
    assert _spans(layers.selections())[-1] == (7, 13, "numbers")
    assert [id(s) for s in layers.selections()[1:3]] == numbers_before  # not rebuilt
    assert layers.get("numbers") == [Highlight(16, 18, BLUE), Highlight(7, 13, BLUE)]


def test_highlights_beyond_the_text_wait_for_a_document_that_holds_them(qtbot: Any) -> None:
    short, long = QTextDocument("短"), QTextDocument("一段更长的文字，足够长")
    layers = HighlightLayers((), _style)
    layers.set(short, "annotations", [Highlight(3, 8, RED)])
    assert layers.selections() == []
    layers.rebuild(long)
    assert _spans(layers.selections()) == [(3, 8, "annotations")]
    assert layers.selections()[0].cursor.document() is long


def test_a_tooltip_can_be_made_when_first_asked_for() -> None:
    asked: list[int] = []

    def make() -> str:
        asked.append(1)
        return "目标"

    highlight = Highlight(0, 1, RED, make)
    assert asked == []
    assert highlight.tooltip_text() == "目标" and asked == [1]
    assert Highlight(0, 1, RED, "现成").tooltip_text() == "现成"


def test_showing_a_stretch_builds_the_highlights_over_it_alone(qtbot: Any) -> None:
    document = QTextDocument("地区生产总值增长5%左右。" * 10)
    layers = HighlightLayers(("annotations", "numbers"), _style)
    layers.set(document, "annotations", [Highlight(2, 100, RED)])  # begins before the stretch
    layers.set(document, "numbers", [Highlight(s, s + 2, BLUE) for s in (80, 8, 40, 44, 60)])
    layers.show_only(document, 39, 61)
    assert layers.stretch() == (39, 61)
    assert _spans(layers.selections()) == [
        (2, 100, "annotations"),
        (40, 42, "numbers"),
        (44, 46, "numbers"),
        (60, 62, "numbers"),
    ]
    layers.set(document, "numbers", [Highlight(10, 12, BLUE), Highlight(50, 52, BLUE)])
    assert _spans(layers.selections())[1:] == [(50, 52, "numbers")]
    assert layers.get("numbers") == [Highlight(10, 12, BLUE), Highlight(50, 52, BLUE)]
