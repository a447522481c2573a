"""Reading PDF files that have a text layer, with pypdf; scanned or garbled PDFs are refused."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from core.errors import UnreadableFileError
from core.ingest.pdf_layout import pages_to_text
from core.ingest.pdf_lines import PageLine, read_page_lines
from core.ingest.quality import reads_as_chinese
from core.model import Document
from core.pdf_errors import PDF_READ_ERRORS

# pypdf logs what it finds wrong in a damaged file ("EOF marker not found") as warnings, which
# Python prints to stderr when nothing else handles them. The user is told once, in our words.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
logging.getLogger("pypdf").propagate = False

# A text layer this small over the whole file is a scanned page with a stray mark or two.
_MIN_TEXT_CHARS = 20


def _read_pages(path: Path, data: bytes) -> list[tuple[str, list[PageLine]]]:
    """Each page's extracted text and placed lines, or a clear error for a damaged or locked
    file."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFileError(
                path, "this PDF is protected by a password; save an unprotected copy to read it"
            )
        return [read_page_lines(page) for page in reader.pages]
    except (FileNotDecryptedError, DependencyError):
        raise UnreadableFileError(
            path, "this PDF is protected by a password; save an unprotected copy to read it"
        ) from None
    except PDF_READ_ERRORS:
        raise UnreadableFileError(
            path, "this PDF is damaged or is not really a PDF, so it could not be opened"
        ) from None


def read_pdf(path: Path, data: bytes) -> Document:
    """Read the text layer of a PDF as paragraphs.

    Page numbers and running heads are dropped and lines broken by the page width are
    rejoined; paragraphs also start where the layout shows them (a wider gap, a first-line
    indent; see ``pdf_layout``). A PDF with no text layer (a scan) and one whose text
    comes out as ``(cid:…)`` codes, replacement characters or mis-mapped symbols are
    refused rather than stored.

    Args:
        path: the file, named in errors.
        data: the file's bytes.

    Raises:
        UnreadableFileError: damaged, password-protected, scanned or garbled.
    """
    pages = _read_pages(path, data)
    raw = "\n".join(text for text, _ in pages)
    if len("".join(raw.split())) < _MIN_TEXT_CHARS:
        raise UnreadableFileError(
            path,
            "this PDF has no text layer (it is a scanned image); "
            "ReportLens cannot read text from pictures",
        )
    # (cid:N) codes, U+FFFD and private-use characters, or "Chinese" of rare characters.
    if not reads_as_chinese(raw):
        raise UnreadableFileError(
            path,
            "the text in this PDF comes out garbled (its fonts do not say which characters "
            "they draw), so it was not read",
        )
    text = pages_to_text([lines for _, lines in pages])
    return Document(text=text, source=path, encoding="pdf", format="pdf")
