"""A copy of a report differing only by blank space around its text is the report, in a new
library and in one an earlier version made."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from core.importer import ImportStatus, import_paths
from core.library import open_library
from core.model import ReportId
from core.store.migrations import LATEST_VERSION
from core.text_identity import content_hash, identity_text

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "jincheng-2024-report.txt"


@pytest.mark.parametrize(
    ("text", "identity"),
    [
        ("一、回顾\n正文。", "一、回顾\n正文。"),
        ("一、回顾\n正文。\n", "一、回顾\n正文。"),
        ("一、回顾\n正文。\n\n \u3000\n", "一、回顾\n正文。"),
        ("\n\n\u3000\u3000一、回顾\n正文。", "\u3000\u3000一、回顾\n正文。"),
        # Two trailing spaces inside the text are a hard break: they stay.
        ("一、回顾  \n正文。", "一、回顾  \n正文。"),
    ],
)
def test_only_blank_space_around_the_text_is_left_out(text: str, identity: str) -> None:
    assert identity_text(text) == identity


def test_a_hard_break_inside_the_text_tells_two_texts_apart() -> None:
    assert content_hash("一、回顾  \n正文。") != content_hash("一、回顾\n正文。")


def _copies(tmp_path: Path) -> list[Path]:
    """The sample with a final line break, with blank lines after it, and with Windows line
    endings (``sed 's/$/\\r/'``: a ``\\r`` closes even its last line)."""
    data = SAMPLE.read_bytes()
    copies = {
        "final-newline.txt": data + b"\n",
        "blank-lines.txt": data + b"\n\n\n",
        "crlf.txt": data.replace(b"\n", b"\r\n") + b"\r",
    }
    for name, content in copies.items():
        (tmp_path / name).write_bytes(content)
    return [tmp_path / name for name in copies]


@pytest.mark.parametrize("workers", [0, 2])
def test_a_copy_with_another_final_line_break_is_a_duplicate(tmp_path: Path, workers: int) -> None:
    with open_library(str(tmp_path / "library.sqlite3")) as store:
        (first,) = import_paths(store, [SAMPLE])
        outcomes = import_paths(store, _copies(tmp_path), workers=workers)
        assert store.report_count() == 1
    assert [o.status for o in outcomes] == [ImportStatus.DUPLICATE] * 3
    assert {o.report_id for o in outcomes} == {first.report_id}


def _as_schema_7_stored_it(library: Path) -> None:
    """Give every report the hash schema 7 kept: SHA-256 of the text exactly as read."""
    conn = sqlite3.connect(library, isolation_level=None)
    rows = conn.execute("SELECT report_id, text FROM report_texts").fetchall()
    for report_id, text in rows:
        old = hashlib.sha256(text.encode("utf-8")).hexdigest()
        conn.execute("UPDATE reports SET content_hash = ? WHERE id = ?", (old, report_id))
    conn.execute("PRAGMA user_version = 7")
    conn.close()


def test_an_earlier_library_recognises_a_copy_of_its_report(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    (copy, *_others) = _copies(tmp_path)
    with open_library(str(library)) as store:  # its report was imported with a final newline
        (outcome,) = import_paths(store, [copy])
        assert outcome.status is ImportStatus.IMPORTED
    _as_schema_7_stored_it(library)
    with open_library(str(library)) as store:
        assert store.schema_version == LATEST_VERSION
        outcomes = import_paths(store, [SAMPLE, copy])
        assert store.report_count() == 1
    assert [o.status for o in outcomes] == [ImportStatus.DUPLICATE] * 2


def test_an_earlier_library_holding_two_such_copies_opens_with_both(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    other = tmp_path / "changzhi.txt"
    other.write_bytes(SAMPLE.with_name("changzhi-2024-report.txt").read_bytes())
    with open_library(str(library)) as store:
        import_paths(store, [SAMPLE, other])
    # Schema 7 took a copy with a final newline for another report: make the second one it.
    conn = sqlite3.connect(library, isolation_level=None)
    conn.execute(
        "UPDATE report_texts SET text = (SELECT text FROM report_texts WHERE report_id = 1) "
        "|| char(10) WHERE report_id = 2"
    )
    conn.close()
    _as_schema_7_stored_it(library)
    with open_library(str(library)) as store:
        assert store.report_count() == 2
        (outcome,) = import_paths(store, [_copies(tmp_path)[1]])
        assert store.report(ReportId(2)).text.endswith("\n")
    assert (outcome.status, outcome.report_id) == (ImportStatus.DUPLICATE, 1)
