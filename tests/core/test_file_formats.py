"""The format a file's name says, and an asked-for format it contradicts."""

from __future__ import annotations

from pathlib import Path

from core.file_formats import contradicted_format, format_named


def test_a_suffix_names_a_format_in_any_case() -> None:
    assert format_named(Path("notes.CSV")) == "csv"
    assert format_named(Path("notes.markdown")) == "md"
    assert format_named(Path("page.htm")) == "html"
    assert format_named(Path("notes.txt")) is None
    assert format_named(Path("notes")) is None


def test_only_a_name_that_says_another_format_contradicts() -> None:
    assert contradicted_format(Path("x.csv"), "md") == "csv"
    assert contradicted_format(Path("x.md"), "csv") == "md"
    assert contradicted_format(Path("x.csv"), "csv") is None
    assert contradicted_format(Path("x.txt"), "csv") is None
    assert contradicted_format(Path("a.csv/notes"), "md") is None
