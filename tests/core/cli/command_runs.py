"""The command line run as a user runs it, in the tests: a library of sample files, and what a
command prints."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main


def library_of(folder: Path, *files: Path) -> str:
    """A new library file in ``folder`` holding ``files``, imported by ``reportlens import``."""
    path = str(folder / "library.sqlite3")
    assert main(["--db", path, "import", *map(str, files)]) == 0
    return path


def printed(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = 0) -> tuple[str, str]:
    """What ``reportlens ARGV`` prints on stdout and stderr, its exit status checked."""
    capsys.readouterr()
    assert main(argv) == code
    captured = capsys.readouterr()
    return captured.out, captured.err
