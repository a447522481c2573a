"""The command line run as a user runs it, in the tests: a library of sample files, and what a
command prints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from core.cli import main
from core.library import open_library


def library_of(folder: Path, *files: Path) -> str:
    """A new library file in ``folder`` holding ``files``, imported by ``reportlens import``."""
    path = str(folder / "library.sqlite3")
    assert main(["--db", path, "import", *map(str, files)]) == 0
    return path


def one_report_library(folder: Path, sample: Path) -> Path:
    """A library in ``folder`` holding one sample, imported once and copied for each test
    (``copy_of``): importing takes longer than a test of a command."""
    from core.importer import import_file

    path = folder / "lib.sqlite3"
    with open_library(str(path)) as store:
        import_file(store, sample)
    return path


def copy_of(library: Path, folder: Path) -> str:
    """A copy of ``library`` in ``folder``, for one test to change."""
    shutil.copyfile(library, folder / "lib.sqlite3")
    return str(folder / "lib.sqlite3")


def printed(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = 0) -> tuple[str, str]:
    """What ``reportlens ARGV`` prints on stdout and stderr, its exit status checked."""
    capsys.readouterr()
    assert main(argv) == code
    captured = capsys.readouterr()
    return captured.out, captured.err
