"""Import, search and outline speed, each beside a baseline measured in the same run.

    python benchmarks/bench_foundation.py [--reports N]

- import throughput against tokenising the same text with jieba alone (aim: ≤ 1.3×);
- library search p50/p95 for 2- and 4-character queries against a plain substring scan of the
  same searchable text held in memory (aim: under a tenth of the scan at 1,000 reports), both
  for every hit and for the first page the app shows;
- library search for two words (the paragraphs holding both, every hit of each in them)
  against a plain scan of the same searchable paragraphs for both, for the first page of
  paragraphs the app shows and for all;
- ``parse_outline`` on the largest sample against reading it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_corpus import SAMPLES, write_corpus

from core.importer import ImportStatus, import_paths
from core.library import open_library
from core.outline import parse_outline
from core.text import normalise_query, searchable
from core.tokens import ensure_loaded, jieba_tokenize

QUERIES_2 = ["就业", "投资", "生态", "改革", "医疗", "民生", "创新", "农业", "煤炭", "文旅"]
PAGE = 200  # what the library search panel shows at once
QUERIES_4 = ["高质量发展", "营商环境", "乡村振兴", "新质生产力", "固定资产投资", "城镇新增就业"]
QUERIES_TWO_WORDS = ["增长 6%", "就业 民生", "生态 改革", "投资 项目", "创新 农业", "煤炭 转型"]
PARAGRAPH_PAGE = 100  # paragraphs holding every word of several: what the panel shows at once


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def bench_import(paths: list[Path], db: Path) -> None:
    ensure_loaded()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    start = time.perf_counter()
    for text in texts:
        for paragraph in text.split("\n\n"):
            jieba_tokenize(paragraph)
    jieba_seconds = time.perf_counter() - start
    start = time.perf_counter()
    with open_library(str(db)) as store:
        outcomes = import_paths(store, paths)
    import_seconds = time.perf_counter() - start
    imported = sum(o.status is ImportStatus.IMPORTED for o in outcomes)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"import: {imported} reports, {mb:.1f} MB")
    print(f"  jieba alone      {jieba_seconds:8.2f} s  ({mb / jieba_seconds:.2f} MB/s)")
    print(f"  full import      {import_seconds:8.2f} s  ({mb / import_seconds:.2f} MB/s)")
    print(f"  ratio import/jieba = {import_seconds / jieba_seconds:.2f}  (aim ≤ 1.3)")


def _scan(texts: list[str], folded: str, limit: int) -> int:
    count = 0
    for text in texts:
        at = text.find(folded)
        while at != -1:
            count += 1
            if count >= limit:
                return count
            at = text.find(folded, at + len(folded))
    return count


def bench_search(db: Path) -> None:
    """All hits (exactly the scan's) and the first page the app shows, each beside a scan."""
    with open_library(str(db), read_only=True) as store:
        texts = [
            searchable(store.report(s.id).text[p.start : p.end]).text
            for s in sorted(store.list_reports(), key=lambda s: s.id)
            for p in store.paragraphs(s.id)
        ]
        for label, queries in (("2-char", QUERIES_2), ("4-char", QUERIES_4)):
            for page, limit in (("all hits", 10**9), (f"first {PAGE}", PAGE)):
                index_times, scan_times = [], []
                for query in queries * 3:
                    folded = normalise_query(query)
                    start = time.perf_counter()
                    hits = store.search(query, limit=limit)
                    index_times.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    count = _scan(texts, folded, limit)
                    scan_times.append(time.perf_counter() - start)
                    assert len(hits) == count, (query, len(hits), count)
                full_scan = [0.0]
                for query in queries:
                    start = time.perf_counter()
                    _scan(texts, normalise_query(query), 10**9)
                    full_scan.append(time.perf_counter() - start)
                i50, i95 = _percentiles(index_times)
                _s50, s95 = _percentiles(scan_times)
                f95 = _percentiles(full_scan[1:])[1]
                print(
                    f"search {label}, {page}: index p50 {i50 * 1e3:6.2f} ms p95 {i95 * 1e3:6.2f} ms"
                    f" | scan to the same hits p95 {s95 * 1e3:6.2f} ms"
                    f" | index/scan {i95 / s95:.2f}, index/full scan {i95 / f95:.3f} (aim < 0.1)"
                )


def _scan_all(texts: list[str], terms: list[str], limit: int) -> int:
    """Paragraphs holding every term (up to ``limit``), and each term's hits in them counted."""
    paragraphs = 0
    for text in texts:
        if all(term in text for term in terms):
            for term in terms:
                at = text.find(term)
                while at != -1:
                    at = text.find(term, at + len(term))
            paragraphs += 1
            if paragraphs >= limit:
                break
    return paragraphs


def bench_two_words(db: Path) -> None:
    """Two words: the paragraphs holding both, as the app finds them, beside a scan."""
    from core.library_search_results import search_library

    with open_library(str(db), read_only=True) as store:
        texts = [
            searchable(store.report(s.id).text[p.start : p.end]).text
            for s in sorted(store.list_reports(), key=lambda s: s.id)
            for p in store.paragraphs(s.id)
        ]
        for page, limit in (("all paragraphs", 10**9), (f"first {PARAGRAPH_PAGE}", PARAGRAPH_PAGE)):
            index_times, scan_times = [], []
            for query in QUERIES_TWO_WORDS * 3:
                terms = [normalise_query(term) for term in query.split()]
                start = time.perf_counter()
                found = search_library(store, query, limit=limit)
                index_times.append(time.perf_counter() - start)
                start = time.perf_counter()
                count = _scan_all(texts, terms, limit)
                scan_times.append(time.perf_counter() - start)
                assert found.paragraphs == count, (query, found.paragraphs, count)
            i50, i95 = _percentiles(index_times)
            _s50, s95 = _percentiles(scan_times)
            print(
                f"search two words, {page}: index p50 {i50 * 1e3:6.2f} ms p95 {i95 * 1e3:6.2f} ms"
                f" | scan to the same paragraphs p95 {s95 * 1e3:6.2f} ms"
                f" | index/scan {i95 / s95:.2f}"
            )


def bench_outline() -> None:
    largest = max(SAMPLES.glob("*.txt"), key=lambda p: p.stat().st_size)
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        text = largest.read_text(encoding="utf-8")
    read_seconds = (time.perf_counter() - start) / runs
    start = time.perf_counter()
    for _ in range(runs):
        parse_outline(text)
    outline_seconds = (time.perf_counter() - start) / runs
    print(
        f"outline of {largest.name}: {outline_seconds * 1e3:.2f} ms "
        f"(reading the file: {read_seconds * 1e3:.3f} ms)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp) / "corpus", args.reports)
        db = Path(tmp) / "library.sqlite3"
        bench_outline()
        bench_import(paths, db)
        bench_search(db)
        bench_two_words(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
