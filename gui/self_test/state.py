"""What the self-test's checks share: the state they pass on, their results, a signal awaited."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Two samples of one city, a year and an edition apart: what a user compares first.
SAMPLE_FILES = ("changzhi-2024-report.txt", "changzhi-2026-newspaper.txt")
SEARCH_QUERY = "高质量发展"
WAIT_SECONDS = 120.0


@dataclass(frozen=True)
class CheckResult:
    """How one check ended: ``ok`` or ``FAIL``, with a short explanation."""

    name: str
    status: str
    detail: str

    def line(self) -> str:
        """The check as printed: ``ok     import: 2 reports imported``."""
        return f"{self.status:<6} {self.name}: {self.detail}"


@dataclass
class SelfTestState:
    """What the checks share: the temporary folder, the window and the reports imported."""

    folder: Path
    window: Any = None
    store: Any = None
    writer: Any = None
    report_ids: list[Any] = field(default_factory=list)
    loaded: list[Any] = field(default_factory=list)
    targets: list[Any] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)


def wait_for(signal: Any, timeout_s: float = WAIT_SECONDS) -> tuple[Any, ...] | None:
    """Run the event loop until ``signal`` fires; its arguments, or None on time-out."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.gui_thread import on_gui_thread

    loop = QEventLoop()
    received: list[tuple[Any, ...]] = []

    def got(*args: Any) -> None:
        received.append(args)
        loop.quit()

    # The writer's signals come from its thread: quitting the loop from there could deadlock.
    receiver = on_gui_thread(signal, got)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(receiver.receive)
    return received[0] if received else None


def process_events(seconds: float = 0.2) -> None:
    """Let the window handle its events for ``seconds``."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
