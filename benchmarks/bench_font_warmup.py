"""The first layout of a report in the reading font, with and without the idle warm-up.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_font_warmup.py [--runs N]

Each run is a fresh process (Qt keeps what it measured of a font for the life of the process).
It builds the reader's document of the largest sample (晋城 2024, 18,500 characters) in the
default reading font and times its first layout; in the "warmed" runs the window's idle
warm-up (gui/reader/font_warmup.py: the characters of the samples, a slice at a time) runs
first, and its slices are timed too (each is a turn of the event loop the window spends on it;
the first also loads the font, which the window's earlier warm-up steps have done). As that
report is a sample, its characters are all among those warmed: the "warmed without" runs warm
with the other samples' characters only (84 % of its own), as for a report from elsewhere.
The three kinds of run alternate, so that load on the machine falls on all alike.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from core.noise import noise_spans
from core.outline import parse_outline
from core.paragraphs import broken_word_gaps, split_paragraphs
from core.resources import resource_path
from gui.offsets import OffsetMap
from gui.reader.document_builder import build_document
from gui.reader.font_warmup import measure_slice
from gui.window_actions import DEFAULT_POINT_SIZE

font = app.font()
font.setPointSizeF(DEFAULT_POINT_SIZE)
slices = []
NAME = "jincheng-2024-report.txt"
if sys.argv[1] == "warmed-without":
    import gui.reader.font_warmup as font_warmup
    from core.report_characters import report_characters
    others = set()
    for path in resource_path("samples").glob("*.txt"):
        if path.name != NAME:
            others.update(path.read_text(encoding="utf-8"))
    without = "".join(ch for ch in report_characters() if ch in others)
    font_warmup.report_characters = lambda: without
if sys.argv[1] != "cold":
    index = 0
    while True:
        started = time.perf_counter()
        if not measure_slice(font, index):
            break
        slices.append(time.perf_counter() - started)
        index += 1
text = resource_path("samples", NAME).read_text(encoding="utf-8")
noise = [(start, end) for start, end, _ in noise_spans(text)]
gaps = broken_word_gaps(text, list(split_paragraphs(text)))
document = build_document(text, parse_outline(text), noise, OffsetMap(text), font, gaps)
document.setTextWidth(700)
started = time.perf_counter()
document.documentLayout().documentSize()
print(json.dumps({"layout": time.perf_counter() - started, "slices": slices}))
"""


def _run(mode: str, env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    """Run the benchmark and print the layouts' medians, their ratio and the slices' cost."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    _run("cold", env)  # bytecode written, font files in the page cache
    cold: list[float] = []
    warmed: list[float] = []
    without: list[float] = []
    slices: list[list[float]] = []
    for _ in range(args.runs):
        cold.append(_run("cold", env)["layout"])
        result = _run("warmed", env)
        warmed.append(result["layout"])
        slices.append(result["slices"])
        without.append(_run("warmed-without", env)["layout"])
    cold_ms, warmed_ms = statistics.median(cold) * 1000, statistics.median(warmed) * 1000
    without_ms = statistics.median(without) * 1000
    totals = [sum(run) * 1000 for run in slices]
    longest = [max(run) * 1000 for run in slices]
    print(f"runs: {args.runs} each, medians")
    print(f"first layout of 晋城 2024, cold:          {cold_ms:6.1f} ms")
    print(
        f"first layout after the idle warm-up:     {warmed_ms:6.1f} ms"
        f"  ({warmed_ms / cold_ms:.2f}×)"
    )
    print(
        f"after a warm-up without its characters: {without_ms:6.1f} ms"
        f"  ({without_ms / cold_ms:.2f}×)"
    )
    print(
        f"the warm-up: {len(slices[0])} slices, {statistics.median(totals):.0f} ms in all, "
        f"the longest slice {statistics.median(longest):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
