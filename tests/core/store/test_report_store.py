"""ReportStore on real SQLite files: schema, transactions, round trips, refusal of newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.analysis import analyse_text, content_hash
from core.errors import NewerLibraryError, ReportNotFoundError, StoreError
from core.model import ReportKind
from core.store import LATEST_VERSION, NewReport, ReportStore


def _new_report(text: str, name: str = "sample.txt") -> NewReport:
    analysed = analyse_text(text, name)
    return NewReport(
        meta=analysed.meta,
        text=text,
        source_name=name,
        encoding="utf-8",
        format="txt",
        content_hash=content_hash(text),
        outline=analysed.outline,
        paragraphs=analysed.paragraphs,
        # one token per character: enough to check the round trip without loading jieba
        paragraph_tokens=[list(text[p.start : p.end]) for p in analysed.paragraphs],
    )


@pytest.fixture
def store(tmp_path: Path) -> ReportStore:
    with ReportStore.open(tmp_path / "library.sqlite3") as opened:
        yield opened  # type: ignore[misc]


def test_a_new_library_is_migrated_to_the_latest_schema(store: ReportStore) -> None:
    assert store.schema_version == LATEST_VERSION
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"reports", "sections", "paragraphs", "paragraph_index"} <= {
        row[0] for row in conn.execute("SELECT name FROM sqlite_master")
    }


def test_synchronous_full_on_the_writing_connection(store: ReportStore) -> None:
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_round_trip_of_text_tree_paragraphs_and_tokens(
    store: ReportStore, sample_texts: dict[str, str]
) -> None:
    text = sample_texts["cz2024"]
    new = _new_report(text)
    report_id, created = store.add_report(new)
    assert created
    stored = store.report(report_id)
    assert stored.text == text and stored.meta == new.meta
    assert store.outline(report_id) == new.outline
    assert store.paragraphs(report_id) == list(new.paragraphs)
    assert store.paragraph_tokens(report_id) == [list(t) for t in new.paragraph_tokens]


def test_identical_content_is_not_added_twice(
    store: ReportStore, sample_texts: dict[str, str]
) -> None:
    first, _ = store.add_report(_new_report(sample_texts["jc2024"]))
    again, created = store.add_report(_new_report(sample_texts["jc2024"], "copy.txt"))
    assert (again, created) == (first, False)
    assert store.report_count() == 1


def test_a_failed_add_leaves_the_library_as_it_was(
    store: ReportStore, sample_texts: dict[str, str]
) -> None:
    store.add_report(_new_report(sample_texts["cz2024"]))
    before = list(sqlite3.connect(store.path).iterdump())
    broken = _new_report(sample_texts["jc2024"])._replace(paragraph_tokens=[["x"]])
    with pytest.raises(ValueError):
        store.add_report(broken)
    assert list(sqlite3.connect(store.path).iterdump()) == before
    assert store.report_count() == 1


def test_update_meta_and_remove(store: ReportStore, sample_texts: dict[str, str]) -> None:
    report_id, _ = store.add_report(_new_report(sample_texts["cz2024"]))
    other, _ = store.add_report(_new_report(sample_texts["jc2024"]))
    meta = store.report(report_id).meta._replace(year=2023, kind=ReportKind.NEWSPAPER)
    store.update_meta(report_id, meta)
    assert store.report(report_id).meta == meta
    assert store.search("就业")
    store.remove_report(report_id)
    with pytest.raises(ReportNotFoundError):
        store.report(report_id)
    assert {hit.report_id for hit in store.search("就业")} == {other}
    assert store.outline(report_id).sections == ()


def test_a_library_from_a_newer_version_is_refused_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    ReportStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(NewerLibraryError, match="newer version of ReportLens"):
        ReportStore.open(path)
    with ReportStore.open(path, read_only=True) as store:
        assert store.report_count() == 0


def test_a_damaged_file_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"library\.sqlite3: the library file is damaged"):
        ReportStore.open(path)


def test_a_library_in_a_folder_that_is_a_file_gets_a_clear_message(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder", encoding="utf-8")
    with pytest.raises(
        StoreError, match=r"library\.sqlite3: the library file cannot be opened or read"
    ):
        ReportStore.open(not_a_folder / "library.sqlite3")


def test_read_only_refuses_writes_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="there is no library"):
        ReportStore.open(tmp_path / "none.sqlite3", read_only=True)
    path = tmp_path / "library.sqlite3"
    ReportStore.open(path).close()
    with ReportStore.open(path, read_only=True) as store, pytest.raises(StoreError):
        store.add_report(_new_report("一、2024年工作安排\n\n（一）扩大投资。增长6%左右。"))
