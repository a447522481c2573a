"""Building a long report's document a slice at a time, between the window's events.

Putting the text of a report of millions of characters into a document and styling its tens
of thousands of lines takes a quarter of a second or more of the GUI thread (Qt's document
classes could be used on a worker thread, but styling is many short calls from Python, and
the window's own Python code would then wait for the interpreter between them). So the
document is built apart from the view, a few milliseconds at a time from the event loop,
while the reader shows the start of the text; the window handles its input and paints
between slices.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont, QTextCharFormat

from core.reading_styles import ReadingStyles, Style
from gui.offsets import OffsetMap
from gui.reader.document_builder import building, new_document

SLICE_SECONDS = 0.008
"""How long one slice builds before the window handles its events again: far below what a
person notices, and the event loop turns many times a second."""


class SlicedBuild(QObject):
    """Builds the document of ``styles`` (``gui.reader.document_builder.building``) from the
    event loop once started; stopped with its parent.

    Args:
        styles: the whole text as shown and its styles.
        offsets: the offset map of the report's text.
        formats: the format of each style.
        font: the reading font.
    """

    progress = Signal(int)  # per cent done
    built = Signal(object)  # the QTextDocument, unparented

    def __init__(
        self,
        styles: ReadingStyles,
        offsets: OffsetMap,
        formats: dict[Style, QTextCharFormat],
        font: QFont | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = new_document(font)
        self._steps = building(self._document, styles, offsets, formats)
        self._timer = QTimer(self)
        self._timer.setInterval(1)  # 0 would come before other timers, every turn
        self._timer.timeout.connect(self._slice)

    def start(self) -> None:
        """Build from the next turn of the event loop on."""
        self._timer.start()

    def is_running(self) -> bool:
        """Whether the document is still being built."""
        return self._timer.isActive()

    def _slice(self) -> None:
        """Build for SLICE_SECONDS, or to the end."""
        deadline = time.perf_counter() + SLICE_SECONDS
        done = next(self._steps, 1.0)
        while done < 1.0 and time.perf_counter() < deadline:
            done = next(self._steps, 1.0)
        self.progress.emit(round(100 * done))
        if done >= 1.0:
            self._timer.stop()
            self.built.emit(self._document)
