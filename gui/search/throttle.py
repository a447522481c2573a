"""Debouncing: run a function once typing pauses, with the latest arguments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    """Calls ``func`` ``delay_ms`` after the last call, with that call's arguments.

    Typing "长治市" fires one search, not three; a call at the end of a burst is never lost.
    """

    def __init__(self, func: Callable[..., Any], delay_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._func = func
        self._pending: tuple[tuple[Any, ...], dict[str, Any]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        """Schedule a call (replacing any pending one)."""
        self._pending = (args, kwargs)
        self._timer.start()

    def is_pending(self) -> bool:
        """Whether a call is waiting."""
        return self._pending is not None

    def flush(self) -> None:
        """Make the pending call now."""
        self._timer.stop()
        self._fire()

    def cancel(self) -> None:
        """Drop the pending call."""
        self._timer.stop()
        self._pending = None

    def _fire(self) -> None:
        if self._pending is None:
            return
        args, kwargs = self._pending
        self._pending = None
        self._func(*args, **kwargs)
