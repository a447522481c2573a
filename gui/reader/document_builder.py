"""Turns a report's text, tree and noise spans into a styled QTextDocument for reading.

The document's plain text is the report's text unchanged (one block per line), so a core
offset becomes a document position by the UTF-16 conversion alone, and copying a selection
gives the words as they stand in the report. Markup that only says how to print is shown so:
``PM_{2.5}`` reads as PM₂.₅, its ``_{`` and ``}`` drawn as nothing, yet still in the text; an
interpretation's Markdown reads as headings and bold figures, its ``###`` and ``**`` drawn as
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication

from core.markup import markdown_marks
from core.model import Outline, Section
from core.text import subscripts
from gui.offsets import OffsetMap

# Relative font sizes (Qt's HTML heading scale) so that zooming scales headings too.
HEADING_SIZE_ADJUSTMENT = {1: 2, 2: 1, 3: 0}
LINE_HEIGHT_PERCENT = 165


def heading_format(level: int) -> QTextCharFormat:
    """The character format of a heading of ``level`` (1 = part, 2 = area, 3 = lead)."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE_ADJUSTMENT.get(level, 0))
    if level == 1:
        fmt.setForeground(QApplication.palette().color(QPalette.ColorRole.Link))
    return fmt


def noise_format() -> QTextCharFormat:
    """Muted grey italics for page-jump markers, page headers and the like."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    muted = QColor(
        (text.red() + base.red() * 2) // 3,
        (text.green() + base.green() * 2) // 3,
        (text.blue() + base.blue() * 2) // 3,
    )
    fmt = QTextCharFormat()
    fmt.setForeground(muted)
    fmt.setFontItalic(True)
    return fmt


def subscript_format() -> QTextCharFormat:
    """The lowered, smaller characters of a subscript (the 2.5 of PM₂.₅)."""
    fmt = QTextCharFormat()
    fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSubScript)
    return fmt


def bold_format() -> QTextCharFormat:
    """Text between Markdown's ``**`` marks."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def hidden_format() -> QTextCharFormat:
    """Characters kept in the text but drawn as nothing: no colour, no width."""
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(Qt.GlobalColor.transparent))
    fmt.setFontPointSize(1)
    fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
    fmt.setFontLetterSpacing(-1)
    return fmt


def _style_blocks(document: QTextDocument, part_starts: set[int]) -> None:
    """Line height for every block; room above each part heading; blank lines kept small."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fmt = QTextBlockFormat()
        if block.length() <= 1:
            fmt.setLineHeight(60, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        else:
            fmt.setLineHeight(
                LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            fmt.setBottomMargin(4)
            if block.position() in part_starts:
                fmt.setTopMargin(18)
                fmt.setBottomMargin(10)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()


def _apply(
    document: QTextDocument, start: int, end: int, fmt: QTextCharFormat, replace: bool = False
) -> None:
    if end <= start:
        return
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    if replace:
        cursor.setCharFormat(fmt)
    else:
        cursor.mergeCharFormat(fmt)


ZERO_WIDTH = "\u200b"


def text_as_shown(text: str, joined: Iterable[tuple[int, int]]) -> str:
    """``text`` with the characters of the ``joined`` spans made zero-width spaces."""
    pieces, done = [], 0
    for start, end in sorted(joined):
        pieces.extend((text[done:start], ZERO_WIDTH * (end - start)))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def build_document(
    text: str,
    outline: Outline,
    noise: Iterable[tuple[int, int]],
    offsets: OffsetMap,
    font: QFont | None = None,
    joined: Iterable[tuple[int, int]] = (),
) -> QTextDocument:
    """A read-only document of ``text`` with headings styled by level and noise muted.

    Args:
        text: the report's text as read.
        outline: its section tree (offsets into ``text``).
        noise: code-point spans of noise lines to show muted.
        offsets: the offset map of ``text``.
        font: the reading font (the application's font when None).
        joined: code-point spans of blank-line gaps inside a paragraph (a word broken across
            them, ``core.paragraphs.broken_word_gaps``), shown as nothing so the word reads
            whole. Each of their characters becomes a zero-width space: one for one, so every
            offset still points at the same place.
    """
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    if font is not None:
        document.setDefaultFont(font)
    document.setDocumentMargin(24)
    document.setPlainText(text_as_shown(text, joined))
    sections: list[Section] = list(outline.walk())
    _style_blocks(document, {offsets.to_qt(s.start) for s in sections if s.level == 1})
    muted = noise_format()
    for start, end in noise:
        _apply(document, offsets.to_qt(start), offsets.to_qt(end), muted)
    lowered, hidden = subscript_format(), hidden_format()
    for found in subscripts(text):
        _apply(document, offsets.to_qt(found.start), offsets.to_qt(found.body_start), hidden)
        _apply(document, offsets.to_qt(found.body_start), offsets.to_qt(found.body_end), lowered)
        _apply(document, offsets.to_qt(found.body_end), offsets.to_qt(found.end), hidden)
    for section in sections:
        end = section.heading_end if section.heading_end > section.start else section.end
        _apply(
            document,
            offsets.to_qt(section.start),
            offsets.to_qt(end),
            heading_format(section.level),
        )
    # Last, and in place of the heading's format: its size must not give the hashes back
    # their width.
    markup = markdown_marks(text, outline)
    for start, end in markup.marks:
        _apply(document, offsets.to_qt(start), offsets.to_qt(end), hidden, replace=True)
    emphasis = bold_format()
    for start, end in markup.bold:
        _apply(document, offsets.to_qt(start), offsets.to_qt(end), emphasis)
    document.setModified(False)
    return document
