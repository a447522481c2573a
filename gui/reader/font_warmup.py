"""Measuring the reading font's characters while the window is idle, before a report opens.

Qt measures each character of a font the first time it lays one out, and loads the font the
first time it is used: the first layout of the largest sample (18,500 characters) takes
34–38 ms in a fresh process, 12–13 ms after this warm-up, and 15 ms after a warm-up without
that report's own characters (benchmarks/bench_font_warmup.py). The window lays out the
characters reports are written with (``core.report_characters``) in the reading font while it
is idle after the first paint, a slice per turn of the event loop, so the first report opened
does not pay for them and the window answers throughout.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument

from core.report_characters import report_characters

SLICE = 250  # characters a turn: 3 ms in the window (the first also reads the samples, 5 ms)
WIDTH = 600  # any width: what is kept is each character's measure, not the lines


def measure_slice(font: QFont, index: int) -> bool:
    """Lay out slice ``index`` of the report characters in ``font`` and drop the layout
    (Qt keeps what it measured).

    Returns:
        False when there is no such slice (the warm-up is done).
    """
    characters = report_characters()[index * SLICE : (index + 1) * SLICE]
    if not characters:
        return False
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setPlainText(characters)
    document.setTextWidth(WIDTH)
    document.documentLayout().documentSize()
    return True
