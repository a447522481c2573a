"""Opening a report of millions of characters: how long the window's event loop is held.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_large_report_tab.py [--chars N] [--rounds R]

The five samples repeated to about 2.5 million characters are imported into a scratch library
through core, and the report is opened in the main window as the library opens it (read in the
background, then its tab made). A timer probe every 5 ms notes each pause of the event loop
from the request until the tab shows the whole text, styled and highlighted. Measured in the
same run, alternating:

- ``sliced``: the app as it is (the start of the text shown at once, the rest built between
  the window's events);
- ``at once``: the same tab with its whole document built in one go (what the app did before);
- ``setPlainText``: ``QTextDocument.setPlainText`` of the same text, alone: the least one
  document built in one go holds the window for, with no styling at all.

Aim: the longest pause while the tab is built at most that of ``setPlainText`` (ratio ≤ 1).
After the tab is whole, Qt lays the text out in steps of its own (up to 200,000 characters a
step) whichever way it was built: their longest pause, over the next two seconds, is reported.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from event_loop import run_for, wait_until
from large_report import library_of_one_report
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from core.library import load_report, open_library
from core.model import ReportId
from gui.reader.reader_tab import BUILT_APART

PROBE_MS = 5


class Probe:
    """Notes every turn of the event loop (a timer every PROBE_MS)."""

    def __init__(self) -> None:
        self.turns: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(lambda: self.turns.append(time.perf_counter()))

    def start(self) -> float:
        """Start noting; the time started."""
        self.turns = []
        self._timer.start()
        return time.perf_counter()

    def stop(self) -> None:
        """Stop noting."""
        self._timer.stop()

    def longest_pause(self, start: float, end: float) -> float:
        """The longest time between turns (or ``start``) within ``[start, end]``, in ms."""
        times = [start, *(t for t in self.turns if start < t <= end)]
        if len(times) == 1:
            return 1000 * (end - start)
        return 1000 * max(b - a for a, b in pairwise(times))


def open_in_window(library: Path, at_once: bool) -> dict[str, float]:
    """Open the report as the library does; the pauses and times (ms) until it is whole."""
    import gui.reader.reader_tab as reader_tab
    from gui.main_window import MainWindow
    from gui.workers import LibraryWriter

    settings_dir = tempfile.mkdtemp()
    settings = QSettings(str(Path(settings_dir) / "settings.ini"), QSettings.Format.IniFormat)
    reader_tab.BUILT_APART = 10**12 if at_once else BUILT_APART
    probe = Probe()
    with open_library(str(library)) as store:
        writer = LibraryWriter(str(library))
        window = MainWindow(store, writer, settings)
        window.resize(1280, 800)
        window.show()
        window.start(first_start_opens=False)
        run_for(1.0)
        start = probe.start()
        window.library_panel.open_requested.emit(1)
        wait_until(lambda: window.current_reader() is not None)
        shown = time.perf_counter()
        tab = window.current_reader()
        assert tab is not None
        wait_until(lambda: tab.view.is_whole())
        whole = time.perf_counter()
        run_for(2.0)
        after = time.perf_counter()
        probe.stop()
        result = {
            "pause": probe.longest_pause(start, whole),
            "first text": 1000 * (shown - start),
            "whole": 1000 * (whole - start),
            "layout pause": probe.longest_pause(whole, after),
        }
        window.close()
        writer.shutdown()
    reader_tab.BUILT_APART = BUILT_APART
    return result


def set_plain_text(text: str) -> float:
    """How long ``QTextDocument.setPlainText(text)`` takes, in ms."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    start = time.perf_counter()
    document.setPlainText(text)
    return 1000 * (time.perf_counter() - start)


def main() -> int:
    """Measure, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2_500_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    folder = Path(tempfile.mkdtemp())
    library = library_of_one_report(folder, args.chars)
    with open_library(str(library)) as store:
        text = load_report(store, ReportId(1), with_tokens=False).text
    print(f"report: {len(text):,} characters")
    runs: dict[str, list[dict[str, float]]] = {"sliced": [], "at once": []}
    plain: list[float] = []
    for _round in range(args.rounds):
        for name in runs:
            runs[name].append(open_in_window(library, at_once=name == "at once"))
        plain.append(set_plain_text(text))
    floor = statistics.median(plain)
    print(f"setPlainText of the same text: {', '.join(f'{t:.0f}' for t in plain)} ms")
    for name, results in runs.items():
        for key in ("pause", "first text", "whole", "layout pause"):
            values = [r[key] for r in results]
            print(f"{name:8} {key:12} " + ", ".join(f"{v:.0f}" for v in values) + " ms")
        pause = statistics.median(r["pause"] for r in results)
        print(f"{name:8} longest pause while built / setPlainText: {pause / floor:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
