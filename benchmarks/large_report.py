"""A library of one report of millions of characters, for the benchmarks and tests of opening
a large report: the five bundled samples repeated, imported through the real importer."""

from __future__ import annotations

from pathlib import Path

from core.importer import import_file
from core.library import open_library
from core.resources import resource_path


def library_of_one_report(folder: Path, length: int) -> Path:
    """A library in ``folder`` holding one report of at least ``length`` characters; its path.

    Args:
        folder: an empty folder; the report's text file and the library are written in it.
        length: the fewest characters the report has (the samples are repeated whole).
    """
    samples = sorted(resource_path("samples").glob("*.txt"))
    once = "\n\n".join(path.read_text(encoding="utf-8") for path in samples)
    source = folder / "large-report.txt"
    source.write_text(once * (length // len(once) + 1), encoding="utf-8")
    path = folder / "library.sqlite3"
    with open_library(str(path)) as store:
        assert import_file(store, source).report_id is not None
    return path
