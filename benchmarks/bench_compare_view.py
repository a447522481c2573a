"""Opening a comparison against opening one report, measured in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_compare_view.py [--runs N]

From choosing Compare (both reports already loaded, as when chosen in the library) to the
first paint of both panes, for 长治 2024 (000) vs 长治 2026 (004): once the texts are painted,
and once the changes are drawn (the comparison computed, the documents marked); then to the
bands of the link strip and overview bar, measured after that paint. Beside it, opening the
2024 report alone in a reader tab.
Aim: the comparison drawn in at most 3× the single report. Each run compares afresh (empty
caches); tokens and numbers are given as the library stores them, and separately computed by
jieba and the number extractor (a file that is not in the library). A third set of runs keeps
what the engine keeps of the 2024 report (its diff tokens and section bigrams), as when it was
compared with its newspaper edition before; a fourth starts from nothing kept but with
the two reports selected in the library first, which has the engine compare them ahead of need
(Compare, chosen next, then finds the comparison made); a fifth starts from nothing kept in
memory, the comparison kept on disk by an earlier run (a comparison tab of the last session
reopened at start, ``core.compare.stored_comparisons``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from event_loop import wait_until
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from core.compare.comparison_cache import ComparisonCache
from core.compare.engine_process import ENGINE
from core.compare.stored_comparisons import StoredComparisons
from core.library import LoadedReport, load_file
from core.resources import resource_path

AIM = 3.0


class FirstPaint(QObject):
    """Records when each watched widget is first painted after ``arm``."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[int, float] = {}
        self.watched: list[QWidget] = []

    def arm(self, widgets: list[QWidget]) -> None:
        """Watch ``widgets`` afresh."""
        for widget in self.watched:
            widget.removeEventFilter(self)
        self.painted = {}
        self.watched = list(widgets)
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the first paint of each watched widget."""
        if event.type() == QEvent.Type.Paint:
            self.painted.setdefault(id(watched), time.perf_counter())
        return False

    def all_painted(self) -> bool:
        """Every watched widget has painted."""
        return len(self.painted) == len(self.watched)


def wait_until_painted(condition: Callable[[], bool], limit: float = 120.0) -> None:
    """Run the event loop until ``condition()`` holds (something painted), or fail."""
    if not wait_until(condition, limit, interval_ms=2):
        raise TimeoutError("nothing painted")


def open_single(app: QApplication, report: LoadedReport, probe: FirstPaint) -> float:
    """Seconds from asking for a reader tab of ``report`` to its first paint."""
    from gui.reader.number_kinds import NumberHighlightState
    from gui.reader.readable_report import ReadableReport, noise_of, numbers_of
    from gui.reader.reader_tab import ReaderTab

    start = time.perf_counter()
    readable = ReadableReport(report, numbers_of(report), noise_of(report))
    tab = ReaderTab(readable, NumberHighlightState())
    tab.resize(1300, 800)
    probe.arm([tab.view.viewport()])
    tab.show()
    wait_until_painted(probe.all_painted)
    seconds = max(probe.painted.values()) - start
    probe.arm([])
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return seconds


def open_compare(
    app: QApplication,
    left: LoadedReport,
    right: LoadedReport,
    earlier: LoadedReport | None = None,
    selected: bool = False,
    on_disk: StoredComparisons | None = None,
) -> tuple[float, float, float]:
    """Seconds to the first paint of both panes: with the texts, and with the changes drawn;
    and to the comparison drawn whole (the bands of the link strip and overview measured).

    Each starts with nothing kept from earlier comparisons. ``earlier``: the older report was
    compared with this one before (the engine keeps its diff tokens and section bigrams).
    ``selected``: the two reports selected in the library first, which has the engine's
    process compare them ahead of need (as ``ComparisonTabs.prepare`` does). ``on_disk``: the
    comparison is kept there from an earlier run (nothing in memory).
    """
    from core.compare.comparison import forget_kept
    from core.compare.records import CompareInput
    from gui.compare.compare_view import CompareView

    forget_kept()
    ENGINE.forget()
    if earlier is not None:
        ENGINE.compare(CompareInput.from_loaded(left), CompareInput.from_loaded(earlier))
    cache = ComparisonCache(engine=ENGINE.compare, stored=on_disk)
    if selected:  # as the app does when two reports are chosen (``ComparisonTabs.prepare``)
        inputs = [CompareInput.from_loaded(r) for r in (left, right)]
        assert ENGINE.compare_ahead(cache, *inputs).result()
    start = time.perf_counter()
    # As the app compares: in the engine's process, nothing kept of earlier comparisons
    # but what the engine keeps of each report.
    view = CompareView(left, right, cache=cache)
    view.resize(1300, 800)
    # Each pane says when a document is first painted: the plain text, then the marked one
    # (only the marked one when the comparison was there when the view opened).
    painted: dict[str, list[tuple[float, bool]]] = {"left": [], "right": []}
    for pane in (view.left_pane, view.right_pane):
        pane.painted.connect(
            lambda side=pane.side: painted[side].append(
                (time.perf_counter(), view.comparison() is not None)
            )
        )
    ready: list[float] = []
    view.comparison_ready.connect(lambda _c: ready.append(time.perf_counter()))
    view.show()

    def marked(side: str) -> list[float]:
        return [when for when, with_changes in painted[side] if with_changes]

    wait_until_painted(lambda: bool(ready) and all(marked(side) for side in painted))
    texts = max(times[0][0] for times in painted.values()) - start
    drawn = max(marked(side)[0] for side in painted) - start
    view.close()
    view.deleteLater()
    app.processEvents()
    whole = ready[0] - start
    return texts, drawn, whole


def main(argv: list[str]) -> int:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    older = load_file(resource_path("samples", "changzhi-2024-report.txt"))
    newer = load_file(resource_path("samples", "changzhi-2026-newspaper.txt"))
    edition = load_file(resource_path("samples", "changzhi-2024-newspaper.txt"))
    stored = (  # as the library gives them: tokens and numbers stored at import
        replace(older, paragraph_tokens=older.tokens(), numbers=older.statements()),
        replace(newer, paragraph_tokens=newer.tokens(), numbers=newer.statements()),
    )
    probe = FirstPaint()
    # Warm up: Qt's fonts and jieba's dictionary load once per process, as in the app, and
    # the engine's process starts (as when two reports are selected in the library).
    ENGINE.warm_up().result()
    open_single(app, older, probe)
    open_compare(app, *stored)
    single = [open_single(app, older, probe) for _ in range(options.runs)]
    stored_runs = [open_compare(app, *stored) for _ in range(options.runs)]
    kept_runs = [open_compare(app, *stored, earlier=edition) for _ in range(options.runs)]
    selected_runs = [open_compare(app, *stored, selected=True) for _ in range(options.runs)]
    file_runs = [open_compare(app, older, newer) for _ in range(options.runs)]
    on_disk = StoredComparisons(Path(tempfile.mkdtemp()) / "comparisons.sqlite3")
    open_compare(app, *stored, on_disk=on_disk)  # an earlier run, which keeps it
    disk_runs = [open_compare(app, *stored, on_disk=on_disk) for _ in range(options.runs)]
    one = statistics.median(single)
    print(f"长治 2024 vs 2026 (000 vs 004), median of {options.runs} runs")
    print(f"  one report in a reader tab          {one * 1000:8.0f} ms")
    for name, runs in (
        ("tokens stored", stored_runs),
        ("one compared before", kept_runs),
        ("selected first", selected_runs),
        ("tokens by jieba", file_runs),
        ("kept on disk", disk_runs),
    ):
        texts = statistics.median(r[0] for r in runs)
        drawn = statistics.median(r[1] for r in runs)
        whole = statistics.median(r[2] for r in runs)
        print(f"  compare, {name:19} texts    {texts * 1000:8.0f} ms  ({texts / one:.1f}×)")
        print(
            f"  compare, {name:19} changes  {drawn * 1000:8.0f} ms  ({drawn / one:.1f}×,"
            f" aim ≤ {AIM:.0f}×)"
        )
        print(f"  compare, {name:19} bands    {whole * 1000:8.0f} ms  ({whole / one:.1f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
