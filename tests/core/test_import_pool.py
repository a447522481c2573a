"""Imports parsed in worker processes: the same library as one by one, bad files and dead
workers named, cancelling keeps what landed."""

from __future__ import annotations

import os
import re
import sqlite3
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from core.import_pool import (
    WORKER_NICENESS,
    ParsedFile,
    _Pool,
    _submit,
    parse_file,
    parse_in_workers,
    worker_count,
)
from core.importer import POOL_MIN_FILES, ImportStatus, import_paths
from core.library import open_library, sample_catalog


def _dump(db: Path) -> list[str]:
    """Every row of the library as SQL, with the import times blanked (they differ by run)."""
    stamp = re.compile(r"'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00'")
    with sqlite3.connect(db) as connection:
        return [stamp.sub("'T'", line) for line in connection.iterdump()]


def _reports(folder: Path, copies: int) -> list[Path]:
    """Distinct report files: each report sample, again with a different closing line."""
    folder.mkdir()
    texts = [path.read_text(encoding="utf-8") for path, meta in sample_catalog()]
    paths = []
    for i in range(copies):
        path = folder / f"report-{i:02d}.txt"
        path.write_text(texts[i % len(texts)] + f"\n\n本报告第{i}次印发。\n", encoding="utf-8")
        paths.append(path)
    return paths


def parse_or_die(path: Path) -> ParsedFile:
    """Parse like the importer, but a file called crash* kills its worker process outright."""
    if path.name.startswith("crash"):
        os._exit(3)
    return parse_file(path)


def tell_niceness(path: Path) -> ParsedFile:
    """What a worker answers about its own priority instead of parsing ``path``."""
    return ParsedFile(path, failure=str(os.nice(0)))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _reports(tmp_path_factory.mktemp("corpus") / "reports", 7)


def test_workers_make_the_same_library_as_one_by_one(corpus: list[Path], tmp_path: Path) -> None:
    one_by_one, parallel = tmp_path / "one.sqlite3", tmp_path / "parallel.sqlite3"
    with open_library(str(one_by_one)) as store:
        sequential = import_paths(store, corpus, workers=0)
    with open_library(str(parallel)) as store:
        pooled = import_paths(store, corpus, workers=2)
        hits = store.search("就业", limit=10**6)
    assert [o.status for o in pooled] == [ImportStatus.IMPORTED] * len(corpus)
    assert [(o.path, o.status, o.report_id, o.title) for o in pooled] == [
        (o.path, o.status, o.report_id, o.title) for o in sequential
    ]
    assert hits
    # Reports, texts, sections, paragraphs with their tokens, numbers and the search index.
    assert _dump(parallel) == _dump(one_by_one)


def test_a_worker_hands_back_tokens_and_numbers_once_as_stored(corpus: list[Path]) -> None:
    parsed = parse_file(corpus[0])
    assert parsed.report is not None and parsed.prepared is not None
    # Only the encoded rows travel back to the writer, not ~20,000 token strings again.
    assert parsed.report.paragraph_tokens == () and parsed.report.numbers is None
    assert len(parsed.prepared.token_lengths) == len(parsed.report.paragraphs)
    assert parsed.prepared.numbers_json and '"value"' in parsed.prepared.numbers_json


def test_a_bad_file_among_good_ones_is_named_and_the_rest_land(
    corpus: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\xff\xfe binary \x00" * 50)
    missing = tmp_path / "gone.txt"
    paths = [corpus[0], bad, corpus[1], missing, corpus[2]]
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        outcomes = import_paths(store, paths, workers=2)
        assert store.report_count() == 3
    assert [o.status for o in outcomes] == [
        ImportStatus.IMPORTED,
        ImportStatus.FAILED,
        ImportStatus.IMPORTED,
        ImportStatus.FAILED,
        ImportStatus.IMPORTED,
    ]
    assert [o.path for o in outcomes] == paths
    assert outcomes[1].message.startswith("broken.txt")
    assert outcomes[3].message.startswith("gone.txt")


def test_duplicates_are_found_across_the_batch_and_the_library(
    corpus: list[Path], tmp_path: Path
) -> None:
    twin = tmp_path / "twin.txt"
    twin.write_bytes(corpus[1].read_bytes())
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        import_paths(store, [corpus[0]], workers=0)
        outcomes = import_paths(store, [corpus[0], corpus[1], twin], workers=2)
        assert store.report_count() == 2
    assert [o.status for o in outcomes] == [
        ImportStatus.DUPLICATE,
        ImportStatus.IMPORTED,
        ImportStatus.DUPLICATE,
    ]
    assert outcomes[2].report_id == outcomes[1].report_id
    title = outcomes[1].title
    assert outcomes[2].message == f"twin.txt: already in the library as “{title}”, nothing changed"


def test_cancel_mid_way_keeps_what_was_imported(corpus: list[Path], tmp_path: Path) -> None:
    seen: list[int] = []
    db = tmp_path / "lib.sqlite3"
    with open_library(str(db)) as store:
        outcomes = import_paths(
            store,
            corpus,
            progress=lambda done, total, path: seen.append(done),
            should_cancel=lambda: len(seen) >= 3,
            workers=2,
        )
        assert store.report_count() == 3
        assert sorted(s.source_name for s in store.list_reports()) == [p.name for p in corpus[:3]]
    assert len(outcomes) == 3
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_file_that_kills_its_worker_fails_alone(corpus: list[Path], tmp_path: Path) -> None:
    crash = tmp_path / "crash.txt"
    crash.write_bytes(corpus[0].read_bytes())
    paths = [corpus[0], crash, corpus[1], corpus[2], corpus[3]]
    parsed = list(parse_in_workers(paths, workers=2, parse=parse_or_die))
    assert [p.path for p in parsed] == paths
    assert [p.report is not None for p in parsed] == [True, False, True, True, True]
    assert parsed[1].failure.startswith("crash.txt: reading it stopped")


def test_big_imports_use_the_pool_and_small_ones_do_not(corpus: list[Path]) -> None:
    assert POOL_MIN_FILES > 1
    assert worker_count(1) == 1
    assert 1 <= worker_count(100) <= (os.cpu_count() or 1)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="process niceness is POSIX")
def test_workers_run_below_the_app(corpus: list[Path]) -> None:
    answers = [p.failure for p in parse_in_workers(corpus[:4], workers=2, parse=tell_niceness)]
    assert answers == [str(min(19, os.nice(0) + WORKER_NICENESS))] * 4


def test_a_file_handed_to_a_pool_its_neighbour_broke_is_read_alone(
    corpus: list[Path], tmp_path: Path
) -> None:
    # A file handed out again after a worker died can kill the fresh pool before the next is
    # handed out: that one must wait for its turn, not stop the import.
    pool = _Pool(1)
    try:
        with pytest.raises(BrokenProcessPool):
            pool.executor.submit(parse_or_die, tmp_path / "crash.txt").result()
        waiting = _submit(pool, parse_or_die, corpus[0])
        with pytest.raises(BrokenProcessPool):
            waiting.result()
    finally:
        pool.close()
    crashes = [tmp_path / f"crash-{i}.txt" for i in range(3)]
    for crash in crashes:
        crash.write_bytes(corpus[0].read_bytes())
    paths = [crashes[0], corpus[0], crashes[1], corpus[1], crashes[2], corpus[2], corpus[3]]
    parsed = list(parse_in_workers(paths, workers=2, parse=parse_or_die))
    assert [p.report is not None for p in parsed] == [False, True, False, True, False, True, True]
