"""Ctrl+wheel as zoom steps, the way Ctrl+= and Ctrl+- zoom.

Qt's text views zoom on Ctrl+wheel by themselves, from their widget font rather than the
reading font, so a turn up could make the text smaller, and the window's size (kept, shown in
the status bar, applied to every tab) never heard of it. A view hands the turn to this instead
and asks its window to zoom.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent

NOTCH = 120  # a wheel's click, in eighths of a degree


class WheelZoom:
    """Turns a view's Ctrl+wheel events into zoom steps handed to ``zoom``: one a notch, a
    touchpad's small turns added up until they make one.

    Args:
        zoom: called with the steps (positive: bigger), such as a view's ``zoom_requested``.
    """

    def __init__(self, zoom: Callable[[int], object]) -> None:
        self._zoom = zoom
        self._turned = 0

    def take(self, event: QWheelEvent) -> bool:
        """Zoom by ``event`` if Ctrl is held (True: taken); otherwise leave it to the view,
        whose wheel scrolls (False)."""
        steps = self._steps(event)
        if steps is None:
            return False
        event.accept()
        if steps:
            self._zoom(steps)
        return True

    def _steps(self, event: QWheelEvent) -> int | None:
        """How many steps ``event`` zooms (positive: bigger; 0: not a whole step yet), or None
        when Ctrl is not held (the wheel scrolls)."""
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._turned = 0
            return None
        self._turned += event.angleDelta().y()
        steps = int(self._turned / NOTCH)
        self._turned -= steps * NOTCH
        return steps
