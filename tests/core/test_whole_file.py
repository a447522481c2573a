"""A file the user asked for is written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.whole_file import write_whole


def test_the_text_is_written_as_given(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    write_whole(path, "\ufeff甲,乙\r\n1,2\r\n")
    assert path.read_bytes() == "\ufeff甲,乙\r\n1,2\r\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.csv"]


def test_a_failed_write_leaves_the_earlier_file_and_nothing_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_whole(path, "<p>earlier</p>")
    with pytest.raises(UnicodeEncodeError):  # fails halfway through writing
        write_whole(path, "<p>" + "长" * 10_000 + "\ud800</p>")
    assert path.read_text(encoding="utf-8") == "<p>earlier</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_a_folder_that_is_not_there_is_an_os_error_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_whole(tmp_path / "missing" / "notes.md", "text")
    assert list(tmp_path.iterdir()) == []
