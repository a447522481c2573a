"""Code-point offsets (core) against UTF-16 positions (Qt), with characters outside the BMP."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from gui.offsets import OffsetMap, utf16_length

TEXT = "长治𠮷市GDP增长6%，𠮷𠮷末"


def test_bmp_text_maps_to_itself() -> None:
    offsets = OffsetMap("增长6%左右")
    assert [offsets.to_qt(i) for i in range(7)] == list(range(7))
    assert [offsets.to_core(i) for i in range(7)] == list(range(7))


def test_astral_characters_take_two_units() -> None:
    offsets = OffsetMap(TEXT)
    assert offsets.to_qt(2) == 2  # 𠮷 starts where it starts
    assert offsets.to_qt(3) == 4  # 市 comes after both units
    assert offsets.to_qt(len(TEXT)) == utf16_length(TEXT) == len(TEXT) + 3
    for offset in range(len(TEXT) + 1):
        assert offsets.to_core(offsets.to_qt(offset)) == offset
    # Between the two units of 𠮷: that character.
    assert offsets.to_core(3) == 2


def test_spans_select_the_same_characters_in_a_qt_document() -> None:
    document = QTextDocument()
    document.setPlainText(TEXT)
    offsets = OffsetMap(TEXT)
    start = TEXT.index("6%")
    end = start + 2
    cursor = QTextCursor(document)
    qt_start, qt_end = offsets.span_to_qt(start, end)
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "6%"
    last = TEXT.rindex("𠮷")
    cursor.setPosition(offsets.to_qt(last))
    cursor.setPosition(offsets.to_qt(last + 2), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "𠮷末"
    assert offsets.span_to_core(qt_start, qt_end) == (start, end)
