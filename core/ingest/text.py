"""Reading plain-text and Markdown files (.txt, .md) in UTF-8, GB18030/GBK or UTF-16."""

from __future__ import annotations

from pathlib import Path

from core.errors import UnreadableFileError
from core.ingest.decode import decode_text
from core.ingest.quality import is_garbled
from core.model import Document


def normalise_line_endings(text: str) -> str:
    """``text`` with every line and paragraph break written the one way the reader reads them.

    Windows (``\\r\\n``) and old Mac (``\\r``) line endings become ``\\n``; so does the
    line separator U+2028, and the paragraph separator U+2029 becomes a blank line
    (``\\n\\n``), the break between two paragraphs. Both separators come with text pasted
    from web pages and word processors, where they show as line and paragraph breaks.

    Args:
        text: decoded text.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text:
        text = text.replace("\u2028", "\n")
    if "\u2029" in text:
        text = text.replace("\u2029", "\n\n")
    return text


def read_text_file(path: Path, data: bytes) -> Document:
    """Decode a text file strictly and return its text.

    The text is kept as decoded, except that a byte-order mark is dropped and line endings
    are normalised at read time (see ``normalise_line_endings``: a file saved on Windows and
    the same file saved elsewhere read the same, and offsets never point between ``\\r`` and
    ``\\n``).

    Args:
        path: the file, named in errors; its suffix gives the format (``txt`` or ``md``).
        data: the file's bytes.

    Raises:
        UnreadableFileError: the bytes are not text in a trusted encoding, hold control
            characters, or hold only blank space.
    """
    decoded = decode_text(data, path)
    text = normalise_line_endings(decoded.text)
    if not text.strip():
        raise UnreadableFileError(path, "the file holds only blank space, no text")
    if is_garbled(text):
        raise UnreadableFileError(
            path, "the file holds control characters or unreadable symbols, not plain text"
        )
    fmt = "md" if path.suffix.lower() == ".md" else "txt"
    return Document(text=text, source=path, encoding=decoded.encoding, format=fmt)
