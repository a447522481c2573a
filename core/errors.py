"""Named errors: problems a user can fix (a bad file, a locked library) as opposed to bugs."""

from __future__ import annotations

from pathlib import Path


class ReportLensError(Exception):
    """A problem the user can act on; its message is one clear sentence for them."""


class UnreadableFileError(ReportLensError):
    """A file could not be read or decoded as a report.

    The message names the file and the problem, e.g.
    ``report.pdf: this PDF has no text layer (it is a scanned image)``.
    """

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class NotAReportError(UnreadableFileError):
    """A file was read but does not look like a government work report."""


class StoreError(ReportLensError):
    """The library file cannot be opened or written (locked, read-only, full disk, corrupt)."""


class NoLibraryError(StoreError):
    """There is no library file where one was to be read or changed: none is made there (a
    mistyped path must not leave an empty library behind)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path.name}: there is no library at {path}")


class LibraryReadError(StoreError):
    """A reading of the library failed (a damaged page, a text stored undecodable); nothing
    was changed, and what other readings find stands."""


class NewerLibraryError(StoreError):
    """The library was written by a newer version of ReportLens and is refused for writing."""


class ReportNotFoundError(ReportLensError):
    """No report in the library matches what the user named."""


class InvalidMetaError(ReportLensError):
    """A correction of a report's details that cannot stand (no title, a year out of range)."""


class DetailsChangedError(ReportLensError):
    """A report's details are no longer those a change expected to find (edited since, in
    another window or from the command line): the change is refused, nothing written."""
