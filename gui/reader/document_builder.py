"""Turns a report's text, tree and noise spans into a styled QTextDocument for reading.

The document's plain text is the report's text unchanged (one block per line), so a core
offset becomes a document position by the UTF-16 conversion alone, and copying a selection
gives the words as they stand in the report. Markup that only says how to print is shown so:
``PM_{2.5}`` reads as PM₂.₅, its ``_{`` and ``}`` drawn as nothing, yet still in the text; an
interpretation's Markdown reads as headings and bold figures, its ``###`` and ``**`` drawn as
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

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

from core.model import Outline
from core.reading_styles import HEADINGS, ReadingStyles, Style, reading_styles
from core.reading_styles import ZERO_WIDTH as ZERO_WIDTH  # the reader's copy strips them
from core.reading_styles import text_as_shown as text_as_shown
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


def block_formats() -> dict[str, QTextBlockFormat]:
    """The line height and margins of a text line, a blank line and a part heading's line."""
    proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    line = QTextBlockFormat()
    line.setLineHeight(LINE_HEIGHT_PERCENT, proportional)
    line.setBottomMargin(4)
    blank = QTextBlockFormat()
    blank.setLineHeight(60, proportional)  # blank lines kept small
    part = QTextBlockFormat(line)
    part.setTopMargin(18)  # room above each part heading
    part.setBottomMargin(10)
    return {"line": line, "blank": blank, "part": part}


def reading_formats() -> dict[Style, QTextCharFormat]:
    """The character format of each style, in the application's palette (made on the
    window's thread: a document may then be built on another)."""
    formats = {style: heading_format(level) for level, style in HEADINGS.items()}
    formats[Style.NOISE] = noise_format()
    formats[Style.HIDDEN] = hidden_format()
    formats[Style.LOWERED] = subscript_format()
    formats[Style.BOLD] = bold_format()
    return formats


TEXT_PIECE = 100_000  # characters of text put in at a time
FORMAT_PIECE = 400  # blocks or spans styled at a time


def new_document(font: QFont | None = None) -> QTextDocument:
    """An empty read-only document in the reading font (the application's when None)."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    if font is not None:
        document.setDefaultFont(font)
    document.setDocumentMargin(24)
    return document


def building(
    document: QTextDocument,
    styles: ReadingStyles,
    offsets: OffsetMap,
    formats: dict[Style, QTextCharFormat],
) -> Iterator[float]:
    """Put ``styles.shown`` into the empty ``document`` and style it, a piece at a time:
    after each piece, yield the share of the work done (the last one 1.0), so that the
    window can handle its events between pieces.

    Args:
        document: an empty document (``new_document``).
        styles: the text as shown and its styles (``core.reading_styles``).
        offsets: the offset map of the report's text (``styles.shown`` or a start of it).
        formats: the format of each style (``reading_formats``).
    """
    shown = styles.shown
    blanks = styles.blank_lines
    parts = sorted(set(styles.part_starts) - set(blanks))
    blocks = block_formats()
    steps = (
        len(shown) // TEXT_PIECE
        + 1
        + (len(blanks) + len(parts) + len(styles.spans)) // (FORMAT_PIECE)
    )
    done = 0
    cursor = QTextCursor(document)
    cursor.setBlockFormat(blocks["line"])  # every line made takes it
    start = 0
    while start < len(shown):
        end = shown.find("\n", start + TEXT_PIECE)
        end = len(shown) if end < 0 else end + 1
        cursor.insertText(shown[start:end])
        start = end
        done += 1
        yield min(1.0, done / steps)
    for count, start in enumerate(blanks, 1):
        cursor.setPosition(offsets.to_qt(start))
        cursor.setBlockFormat(blocks["blank"])
        if count % FORMAT_PIECE == 0:
            done += 1
            yield min(1.0, done / steps)
    for start in parts:
        cursor.setPosition(offsets.to_qt(start))
        cursor.setBlockFormat(blocks["part"])
    for count, span in enumerate(styles.spans, 1):
        cursor.setPosition(offsets.to_qt(span.start))
        cursor.setPosition(offsets.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
        if span.replace:
            cursor.setCharFormat(formats[span.style])
        else:
            cursor.mergeCharFormat(formats[span.style])
        if count % FORMAT_PIECE == 0:
            done += 1
            yield min(1.0, done / steps)
    document.setModified(False)
    yield 1.0


def styled_document(
    styles: ReadingStyles,
    offsets: OffsetMap,
    formats: dict[Style, QTextCharFormat],
    font: QFont | None = None,
) -> QTextDocument:
    """A read-only document of ``styles.shown``, styled, built at once (see ``building``).

    Args:
        styles: the text as shown and its styles (``core.reading_styles``).
        offsets: the offset map of the report's text.
        formats: the format of each style (``reading_formats``).
        font: the reading font (the application's font when None).
    """
    document = new_document(font)
    for _done in building(document, styles, offsets, formats):
        pass
    return document


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
    styles = reading_styles(text, outline, noise, joined)
    return styled_document(styles, offsets, reading_formats(), font)
