"""The size a window opens at before the user has sized it: what it wants, within the screen.

A laptop's screen (1366×768, 1280×720 with Windows' scaling) is smaller than a comfortable
reading window; opened at its own size the window's status bar and lower docks were below the
screen's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # of the screen's free area, leaving the frame and some desk in view


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Resize ``window`` to ``wanted``, or to what its screen's free area leaves (the taskbar
    and panels excluded), and centre it there."""
    screen = window.screen()
    if screen is None:
        window.resize(wanted)
        return
    free = screen.availableGeometry()
    size = wanted.boundedTo(
        QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))
    )
    window.resize(size)
    window.move(free.center().x() - size.width() // 2, free.center().y() - size.height() // 2)
