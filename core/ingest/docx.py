"""Reading Word documents (.docx) with python-docx: body paragraphs and table rows, in order."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import OpcError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from core.errors import UnreadableFileError
from core.ingest.quality import is_garbled
from core.model import Document

_OLD_WORD = b"\xd0\xcf\x11\xe0"
# What python-docx and the zip and XML layers under it raise for a damaged file.
_DAMAGED = (
    zipfile.BadZipFile,
    OpcError,
    KeyError,
    ValueError,
    SyntaxError,  # lxml's XMLSyntaxError
    EOFError,
    zlib.error,
)


def _row_text(row_cells: tuple[_Cell, ...]) -> str:
    """One table row as text: each cell once (merged cells repeat), cells separated by tabs."""
    seen: set[int] = set()
    parts: list[str] = []
    for cell in row_cells:
        key = id(cell._tc)
        if key in seen:
            continue
        seen.add(key)
        text = " ".join(line.strip() for line in cell.text.splitlines() if line.strip())
        parts.append(text)
    return "\t".join(parts).strip()


def _blocks(document: DocxDocument) -> list[str]:
    """The document's paragraphs and table rows in reading order, blank ones left out."""
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text:
                blocks.append(text)
        elif isinstance(item, Table):
            for row in item.rows:
                text = _row_text(row.cells)
                if text:
                    blocks.append(text)
    return blocks


def read_docx(path: Path, data: bytes) -> Document:
    """Read the text of a Word document.

    Paragraphs (headings included, as their text) and table rows come in document order,
    separated by blank lines; a row's cells are separated by tabs. Page headers, footers
    and comments are left out.

    Args:
        path: the file, named in errors.
        data: the file's bytes.

    Raises:
        UnreadableFileError: an old .doc file, a damaged or non-Word file, or no text.
    """
    if data.startswith(_OLD_WORD):
        raise UnreadableFileError(
            path,
            "this is an old Word (.doc) file named .docx; open it in Word and save it as .docx",
        )
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = _blocks(document)
    except _DAMAGED:
        raise UnreadableFileError(
            path,
            "this Word file is damaged or is not really a .docx file, so it could not be opened",
        ) from None
    text = "\n\n".join(blocks)
    if not text.strip():
        raise UnreadableFileError(path, "this Word document has no text in it")
    if is_garbled(text):
        raise UnreadableFileError(
            path, "the text of this Word document is garbled (unreadable symbols)"
        )
    return Document(text=text, source=path, encoding="docx", format="docx")
