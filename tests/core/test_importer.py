"""Importing files: whole or not at all, duplicates are no-ops, bad files named and skipped."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.importer import ImportStatus, import_paths
from core.library import import_samples, import_samples_if_new, open_library, sample_catalog

BAD = Path(__file__).resolve().parent.parent / "data" / "bad"


def _dump(db: Path) -> list[str]:
    """Every row of the library, as SQL: equal dumps mean an unchanged library."""
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


@pytest.fixture
def library(tmp_path: Path) -> Path:
    db = tmp_path / "library.sqlite3"
    with open_library(str(db)) as store:
        import_samples_if_new(store)
    return db


def test_first_start_imports_every_sample_with_its_metadata(library: Path) -> None:
    with open_library(str(library)) as store:
        summaries = store.list_reports()
    expected = {meta.title: meta for _path, meta in sample_catalog()}
    assert {s.meta.title for s in summaries} == set(expected)
    for summary in summaries:
        assert summary.meta == expected[summary.meta.title]


def test_importing_the_samples_twice_leaves_one_copy(library: Path) -> None:
    before = _dump(library)
    paths = [path for path, _meta in sample_catalog()]
    with open_library(str(library)) as store:
        outcomes = import_paths(store, paths)
        assert store.report_count() == len(paths)
    assert [o.status for o in outcomes] == [ImportStatus.DUPLICATE] * len(paths)
    assert all("already in the library" in o.message for o in outcomes)
    assert _dump(library) == before


def test_a_library_the_user_emptied_is_not_filled_with_the_samples_again(library: Path) -> None:
    with open_library(str(library)) as store:
        assert store.ever_held_reports()
        for summary in store.list_reports():
            store.remove_report(summary.id)
        assert import_samples_if_new(store) == []
        assert store.report_count() == 0
        # Asked for (Help → Add the sample reports), they come back.
        outcomes = import_samples(store)
        assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * len(sample_catalog())


def test_a_new_library_never_held_a_report(tmp_path: Path) -> None:
    with open_library(str(tmp_path / "new.sqlite3")) as store:
        assert not store.ever_held_reports()


def test_same_text_in_another_encoding_is_a_duplicate(library: Path, tmp_path: Path) -> None:
    path, _meta = sample_catalog()[0]
    gbk = tmp_path / "changzhi-gbk.txt"
    gbk.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    with open_library(str(library)) as store:
        (outcome,) = import_paths(store, [gbk])
    assert outcome.status is ImportStatus.DUPLICATE


def _bad_files() -> list[Path]:
    return sorted(p for p in BAD.iterdir() if p.name != "README.md") if BAD.exists() else []


def test_there_are_bad_input_fixtures() -> None:
    assert len(_bad_files()) >= 6


@pytest.mark.parametrize("bad", _bad_files(), ids=lambda p: p.name)
def test_each_bad_file_is_refused_by_name_and_changes_nothing(library: Path, bad: Path) -> None:
    before = _dump(library)
    with open_library(str(library)) as store:
        (outcome,) = import_paths(store, [bad])
    assert outcome.status is ImportStatus.FAILED
    assert outcome.message.startswith(bad.name + ":")
    assert "\n" not in outcome.message and "Traceback" not in outcome.message
    assert _dump(library) == before


def test_missing_path_and_empty_folder_are_named(library: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    with open_library(str(library)) as store:
        outcomes = import_paths(store, [tmp_path / "nowhere.txt", empty])
    assert [o.status for o in outcomes] == [ImportStatus.FAILED, ImportStatus.FAILED]
    assert outcomes[0].message.startswith("nowhere.txt:")
    assert outcomes[1].message.startswith("empty-folder:")


def test_a_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    good, _meta = sample_catalog()[2]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with open_library(str(db)) as store:
        outcomes = import_paths(store, [empty, good])
        assert store.report_count() == 1
    assert [o.status for o in outcomes] == [ImportStatus.FAILED, ImportStatus.IMPORTED]


def test_folder_import_finds_reports_inside(tmp_path: Path) -> None:
    folder = tmp_path / "reports" / "2024"
    folder.mkdir(parents=True)
    for path, _meta in sample_catalog()[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "notes.xyz").write_text("not a report", encoding="utf-8")
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        outcomes = import_paths(store, [tmp_path / "reports"])
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 2


def test_cancel_keeps_what_was_imported(tmp_path: Path) -> None:
    paths = [path for path, _meta in sample_catalog()]
    seen: list[int] = []
    with open_library(str(tmp_path / "lib.sqlite3")) as store:
        outcomes = import_paths(
            store,
            paths,
            progress=lambda done, total, path: seen.append(done),
            should_cancel=lambda: len(seen) >= 2,
        )
        assert store.report_count() == 2
    assert len(outcomes) == 2


def test_a_pdf_downloaded_without_a_suffix_is_imported(library: Path, tmp_path: Path) -> None:
    """Government sites often serve a report as ``download`` or ``getfile.jsp``."""
    pdf = Path(__file__).resolve().parent.parent / "data" / "formats" / "changzhi-excerpt.pdf"
    named = [tmp_path / "download", tmp_path / "getfile.jsp", tmp_path / "报告.doc"]
    for path in named:
        path.write_bytes(pdf.read_bytes())
    with open_library(str(library)) as store:
        first, *copies = import_paths(store, named)
        assert first.status is ImportStatus.IMPORTED, first.message
        assert store.report(first.report_id).format == "pdf"
    assert [c.status for c in copies] == [ImportStatus.DUPLICATE] * 2
