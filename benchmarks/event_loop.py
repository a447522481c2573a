"""Running the Qt event loop in a benchmark, as the app runs it: the interpreter free between
turns, so that what is measured is what a user would wait for."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(condition: Callable[[], bool], limit: float = 60.0, interval_ms: int = 1) -> bool:
    """Run the event loop until ``condition()`` holds (looked at every ``interval_ms``) or
    ``limit`` seconds have passed; whether it holds."""
    if condition():
        return True
    loop = QEventLoop()
    deadline = time.perf_counter() + limit

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(interval_ms)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    return condition()


def run_for(seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
