"""A reading upgrade that numbers a large library's paragraphs again, and the writes of the
window meanwhile.

    .venv/bin/python benchmarks/bench_renumber.py [--reports N]     (default 1000)

The library holds N reports: the four report samples added again and again under other
titles, the first as an earlier reading could have read it, its whole text one paragraph.
Reading it again gives it 85 paragraphs more than its ids leave room for, so every later
report's paragraphs take new ids. Measured: the upgrade's time; its longest write transaction
(from its ``BEGIN IMMEDIATE`` to its ``COMMIT``); and, from a second connection with the
window's 5 s busy timeout, a small write every 20 ms (as saving a highlight): how long the
longest waited, and how many failed. Search is checked to give every hit in reading order
afterwards.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import REPORT_SAMPLES, SAMPLES

from core.analysis import analyse_document
from core.import_pool import build_new_report
from core.ingest.dispatch import read_document
from core.library import open_library
from core.model import Paragraph
from core.reading_upgrade import reread_stale_reports
from core.store.records import NewReport
from core.store.report_rows import prepare_report
from core.tokens import tokenize

PROBE_EVERY = 0.02  # seconds between the second connection's writes


def _parsed(path: Path) -> NewReport:
    document = read_document(path)
    return build_new_report(document, analyse_document(document))


def _as_one_paragraph(new: NewReport) -> NewReport:
    """The report as an earlier reading could have read it: its whole text one paragraph."""
    text = new.text.strip()
    return new._replace(
        paragraphs=[Paragraph(0, 0, len(text), False)], paragraph_tokens=[tokenize(text)]
    )


def build_library(folder: Path, reports: int) -> Path:
    """The library described above (each copy added as an import adds a report); its path."""
    parsed = [_parsed(SAMPLES / name) for name, _city, _year in REPORT_SAMPLES]
    prepared = [prepare_report(new) for new in parsed]
    path = folder / "library.sqlite3"
    with open_library(str(path), reread=False) as store:
        stale = _as_one_paragraph(parsed[0])
        report_id, _created = store.add_report(stale, prepare_report(stale))
        store._conn.execute("UPDATE reports SET reader = 0 WHERE id = ?", (report_id,))
        for number in range(1, reports):
            new = parsed[number % len(parsed)]
            copy = new._replace(
                content_hash=f"{new.content_hash}-{number}",
                meta=new.meta._replace(title=f"{new.meta.title} {number}"),
            )
            store.add_report(copy, prepared[number % len(parsed)])
        store._conn.execute("CREATE TABLE bench_probe (at REAL)")
    return path


class _Probe(threading.Thread):
    """A second connection writing one row every ``PROBE_EVERY`` seconds, timing each write."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True)
        self._path = path
        self.waits: list[float] = []
        self.failures = 0
        self.stop = threading.Event()

    def run(self) -> None:
        conn = sqlite3.connect(str(self._path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 5000")
        while not self.stop.wait(PROBE_EVERY):
            start = time.perf_counter()
            try:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO bench_probe VALUES (?)", (start,))
                conn.execute("COMMIT")
            except sqlite3.OperationalError:
                self.failures += 1
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            self.waits.append(time.perf_counter() - start)
        conn.close()


def bench_upgrade(path: Path) -> None:
    """Read the stale report again, timing the transactions and the probe's writes."""
    with open_library(str(path), reread=False) as store:
        conn = store._conn
        (paragraphs,) = conn.execute("SELECT count(*) FROM paragraphs").fetchone()
        transactions: list[float] = []
        began: list[float] = []

        def trace(statement: str) -> None:
            if statement.startswith("BEGIN"):
                began.append(time.perf_counter())
            elif statement in ("COMMIT", "ROLLBACK") and began:
                transactions.append(time.perf_counter() - began.pop())

        conn.set_trace_callback(trace)
        probe = _Probe(path)
        probe.start()
        time.sleep(0.2)
        start = time.perf_counter()
        done = reread_stale_reports(store)
        seconds = time.perf_counter() - start
        time.sleep(0.2)
        probe.stop.set()
        probe.join()
        conn.set_trace_callback(None)
        ids = [row[0] for row in conn.execute("SELECT id FROM paragraphs ORDER BY report_id, idx")]
        hits = store.search("就业", limit=1_000_000)
        assert ids == sorted(ids), "paragraph ids out of reading order"
        assert hits == sorted(hits, key=lambda h: (h.report_id, h.start)), "hits out of order"
    print(f"reading upgrade: {len(done)} report read again, {paragraphs:,} paragraphs")
    print(f"  the upgrade                      {seconds * 1000:9.0f} ms")
    print(f"  its write transactions           {len(transactions):9d}")
    print(f"  its longest write transaction    {max(transactions) * 1000:9.0f} ms")
    print(f"  its median write transaction     {statistics.median(transactions) * 1000:9.0f} ms")
    print(f"  a second connection's writes     {len(probe.waits):9d}, {probe.failures} failed")
    print(f"  the longest of them waited       {max(probe.waits) * 1000:9.0f} ms")
    print(f"  their median wait                {statistics.median(probe.waits) * 1000:9.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        path = build_library(Path(folder), args.reports)
        print(f"library of {args.reports} reports built in {time.perf_counter() - start:.1f} s")
        bench_upgrade(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
