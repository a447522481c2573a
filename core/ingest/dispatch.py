"""Choosing a reader by file suffix (by content for a PDF or Word file renamed, whatever its
suffix, or with none), after the checks every file gets (exists, is a file, size)."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from core.errors import UnreadableFileError
from core.ingest.content_format import HEAD_BYTES, format_by_content, may_be_told_by_content
from core.ingest.docx import read_docx
from core.ingest.html import read_html
from core.ingest.pdf import read_pdf
from core.ingest.text import normalise_line_endings, read_text_file
from core.model import Document
from core.run_on_text import is_run_on, restore_line_breaks

Reader = Callable[[Path, bytes], Document]

_READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".md": read_text_file,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_READERS)
# A report is at most a few MB of text (a PDF with pictures a few tens); anything larger is
# refused before it is read into memory.
MAX_FILE_BYTES = 50 * 1024 * 1024
_SUFFIX_LIST = ", ".join(SUPPORTED_SUFFIXES[:-1]) + " or " + SUPPORTED_SUFFIXES[-1]
_ADVICE = {
    ".doc": "this is an old Word (.doc) file; open it in Word and save it as .docx",
    ".wps": "this is a WPS file; save it as .docx or .txt",
    ".rtf": "this is an RTF file; save it as .docx or .txt",
}
# Formats a report often comes in that are not read: a folder's files of these formats are
# named with the advice above rather than passed over.
UNREAD_REPORT_SUFFIXES: tuple[str, ...] = tuple(_ADVICE)


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _folder_problem(path: Path) -> str:
    """The message for a folder given where a file was expected."""
    try:
        has_reports = any(p.suffix.lower() in _READERS and p.is_file() for p in path.rglob("*"))
    except OSError:
        has_reports = False
    if has_reports:
        return "this is a folder, not a file; import the folder to read the reports inside it"
    return f"this is a folder with no report files ({_SUFFIX_LIST}) in it"


def _os_problem(error: OSError) -> str:
    if error.errno in (errno.EACCES, errno.EPERM):
        return "ReportLens is not allowed to read this file (permission denied)"
    return f"the file could not be read ({os.strerror(error.errno) if error.errno else error})"


def read_file_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, after checking it exists, is a file and is not too large.

    The size is checked on the open file before anything is read, so a huge file costs
    nothing.

    Args:
        path: the file to read.
        limit: the largest size accepted, in bytes.

    Raises:
        UnreadableFileError: the path is missing, a folder, unreadable, empty or too large.
    """
    if path.is_dir():
        raise UnreadableFileError(path, _folder_problem(path))
    if not path.exists():
        raise UnreadableFileError(
            path, "the file does not exist (it may have been moved, renamed or deleted)"
        )
    if not path.is_file():
        raise UnreadableFileError(path, "this is not a regular file (it is a device or a pipe)")
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise UnreadableFileError(
                    path,
                    f"the file is {_megabytes(size)}, larger than the {_megabytes(limit)} "
                    "a report can be, so it was not read",
                )
            data = handle.read(limit + 1)
    except OSError as error:
        raise UnreadableFileError(path, _os_problem(error)) from None
    if len(data) > limit:  # grew while being read
        raise UnreadableFileError(
            path, f"the file is larger than the {_megabytes(limit)} a report can be"
        )
    if not data:
        raise UnreadableFileError(path, "the file is empty (0 bytes)")
    return data


def _may_be_told_by_content(path: Path) -> bool:
    """Whether the file's first bytes may be a format told by content (a PDF, a zip that may be
    a Word file, a web page): only then is a file of another suffix read whole to tell."""
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return False
    return may_be_told_by_content(head)


def _unread_suffix_problem(suffix: str) -> str:
    """What to do with a file whose suffix has no reader and whose content is not one told."""
    if suffix in _ADVICE:
        return _ADVICE[suffix]
    kind = f"{suffix} files" if suffix else "files without a suffix"
    return f"{kind} cannot be read; ReportLens reads {_SUFFIX_LIST} files"


def read_document(path: Path) -> Document:
    """Read a report file of any supported format into a Document.

    Whatever the format, line breaks in the text are ``\\n`` and paragraph separators blank
    lines (``normalise_line_endings``), so the outline and paragraphs read them as breaks. A
    text with almost none (copied from a web page or a PDF viewer as a few very long lines)
    has them restored where its structure shows them (``core.run_on_text``), and says so.

    Args:
        path: a ``.txt``, ``.md``, ``.docx``, ``.html``/``.htm`` or ``.pdf`` file (the suffix,
            in any case, chooses the reader, unless the first bytes say it is a PDF or a
            Word file: ``core.ingest.content_format``; so they say for a file of any other
            suffix or of none, which is refused, with advice for a ``.doc``, ``.wps`` or
            ``.rtf``, only when they do not).

    Raises:
        UnreadableFileError: one clear sentence naming the file and the problem: missing,
            a folder, an unsupported type, empty, too large, undecodable, damaged, or with
            no readable text.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None and path.is_file() and not _may_be_told_by_content(path):
        raise UnreadableFileError(path, _unread_suffix_problem(suffix))
    data = read_file_bytes(path)  # names a missing path or a folder whatever its suffix
    # A PDF, a Word file or a web page renamed (报告.doc, a download saved as getfile.jsp or
    # with no suffix) is read as what it is.
    held = format_by_content(data)
    if held is not None:
        reader = _READERS[held]
    if reader is None:
        raise UnreadableFileError(path, _unread_suffix_problem(suffix))
    document = reader(path, data)
    text = normalise_line_endings(document.text)  # web pages and Word files hold U+2028 too
    if is_run_on(text):
        return document._replace(text=restore_line_breaks(text), breaks_restored=True)
    return document if text == document.text else document._replace(text=text)
