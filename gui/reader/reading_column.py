"""The reader's column of text: a comfortable line of Chinese, centred in a wider view; in a
small window no shorter than READABLE_CHARS (the side panels give up their room first), yet
leaving the side panels PANELS_ROOM of the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser

from gui.text_layout import width_for_characters

READING_WIDTH_CHARS = 42  # a comfortable line of Chinese text
READABLE_CHARS = 25
"""The fewest characters a line of the text keeps in a small window: the side panels give up
their room before the text goes narrower (the window's docks shrink past the view's minimum)."""
PANELS_ROOM = 280
"""The screen's width, in pixels, the text's minimum leaves to the side panels whatever the
zoom, so that the window fits: the library's and the numbers' columns at their narrowest
(as narrow as their tabs), with their handles, take 260 px. An 800 px screen leaves the
text 520 px, 27 characters at the reading font and its margins."""


def column_width(view: QTextBrowser) -> int:
    """The widest the text column of ``view`` gets, in pixels."""
    em = view.fontMetrics().horizontalAdvance("中")
    em = max(em, view.document().defaultFont().pointSizeF() * view.logicalDpiX() / 72)
    return int(em * READING_WIDTH_CHARS + 2 * view.document().documentMargin())


def readable_width(view: QTextBrowser) -> int:
    """The narrowest ``view`` should get: a line of READABLE_CHARS at its font, leaving
    PANELS_ROOM of the screen (a large zoom in a small window wraps shorter rather than
    overflow)."""
    wanted = width_for_characters(view, READABLE_CHARS)
    screen = view.screen()
    if screen is not None:
        wanted = min(wanted, screen.availableGeometry().width() - PANELS_ROOM)
    return wanted


def side_margin(view: QTextBrowser) -> int:
    """The margin on each side of ``view``'s text column that centres it in the view."""
    scroll = view.verticalScrollBar().sizeHint().width()
    available = view.width() - scroll - 2 * view.frameWidth()
    return max(0, (available - column_width(view)) // 2)
