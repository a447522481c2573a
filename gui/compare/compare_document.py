"""The two documents of a comparison: the reader's styled text with the changes marked in it.

The plain text of each document is the report's text unchanged, so a core offset becomes a
document position by the UTF-16 conversion alone; the marks are character formats only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
)

from core.compare.records import Change, ChangeKind, Comparison
from core.model import Outline, Paragraph
from core.noise import noise_spans
from core.paragraphs import broken_word_gaps
from gui.compare.change_styles import Look, char_format, look_of
from gui.offsets import OffsetMap
from gui.reader.document_builder import build_document

MOVE_SCHEME = "move"
SHORT_CHANGE = 16  # a changed number this short is emphasised whole (``6%左右`` → ``6%以上``)


def noise_of(text: str, paragraphs: Iterable[Paragraph]) -> list[tuple[int, int]]:
    """Spans to show muted: noise paragraphs and noise lines (page markers, headers)."""
    spans = [(p.start, p.end) for p in paragraphs if p.is_noise]
    spans.extend((start, end) for start, end, _kind in noise_spans(text))
    return sorted(set(spans))


def plain_document(
    text: str,
    outline: Outline,
    paragraphs: Iterable[Paragraph],
    offsets: OffsetMap,
    font: QFont | None = None,
) -> QTextDocument:
    """A report's reading document (headings styled, noise muted), before any comparison."""
    paragraphs = list(paragraphs)
    gaps = broken_word_gaps(text, paragraphs)
    return build_document(text, outline, noise_of(text, paragraphs), offsets, font, gaps)


def copy_document(document: QTextDocument) -> QTextDocument:
    """A copy of ``document`` (its text, formats, font and margins) to mark a comparison on,
    at about a fifth of the cost of building it again.

    Not ``QTextDocument.clone``: Qt for Python deletes a clone with the document it was made
    from, which a pane may still be showing.
    """
    copy = QTextDocument()
    copy.setDefaultFont(document.defaultFont())
    copy.setDocumentMargin(document.documentMargin())
    copy.setDefaultTextOption(document.defaultTextOption())
    QTextCursor(copy).insertFragment(QTextDocumentFragment(document))
    copy.rootFrame().setFrameFormat(document.rootFrame().frameFormat())
    # The fragment lands in the copy's existing first block, which keeps its own formats.
    first = QTextCursor(copy.begin())
    first.setBlockFormat(document.begin().blockFormat())
    first.setBlockCharFormat(document.begin().charFormat())
    return copy


def side_span(change: Change, left: bool) -> tuple[int, int]:
    """The core span of ``change`` on one side."""
    return (change.left_start, change.left_end) if left else (change.right_start, change.right_end)


def _merge(document: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> None:
    if end <= start:
        return
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def mark_changes(
    document: QTextDocument,
    offsets: OffsetMap,
    comparison: Comparison,
    left: bool,
    numbers: Sequence[tuple[int, int]] = (),
) -> None:
    """Mark every change of ``comparison`` on one side of it in ``document``.

    Unpaired sections are shaded first, so the word changes drawn after stand out on top;
    both ends of a move become links (``move:<change index>``) to the other end.

    Args:
        document: the side's document (its plain text is that side's text).
        offsets: the side's offset map.
        comparison: the engine's result.
        left: which side ``document`` shows.
        numbers: core spans of the side's numeric statements; in a long reworded passage
            whose numbers changed, only these are emphasised as changed numbers.
    """
    number_format = char_format(Look.NUMBER)
    sections = (ChangeKind.ADDED_SECTION, ChangeKind.REMOVED_SECTION)
    ordered = sorted(enumerate(comparison.changes), key=lambda item: item[1].kind not in sections)
    for index, change in ordered:
        start, end = offsets.span_to_qt(*side_span(change, left))
        look = look_of(change)
        core_start, core_end = side_span(change, left)
        longest = max(change.left_end - change.left_start, change.right_end - change.right_start)
        long_number_change = look is Look.NUMBER and longest > SHORT_CHANGE
        if long_number_change:
            look = Look.REPLACED
        fmt = char_format(look)
        if change.kind is ChangeKind.MOVED:
            fmt.setAnchor(True)
            fmt.setAnchorHref(f"{MOVE_SCHEME}:{index}")
            fmt.setToolTip(
                QCoreApplication.translate("CompareDocument", "Moved: click to see the other end")
            )
        _merge(document, start, end, fmt)
        if long_number_change:
            for number_start, number_end in numbers:
                if number_start < core_end and number_end > core_start:
                    clipped = max(number_start, core_start), min(number_end, core_end)
                    _merge(document, *offsets.span_to_qt(*clipped), number_format)
    document.setModified(False)
