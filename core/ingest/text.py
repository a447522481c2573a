"""Reading plain-text and Markdown files (.txt, .md) in UTF-8, GB18030/GBK or UTF-16."""

from __future__ import annotations

from pathlib import Path

from core.errors import UnreadableFileError
from core.ingest.decode import decode_text
from core.ingest.quality import is_garbled
from core.model import Document


def normalise_line_endings(text: str) -> str:
    """``text`` with Windows (``\\r\\n``) and old Mac (``\\r``) line endings turned into ``\\n``.

    Args:
        text: decoded text.
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path, data: bytes) -> Document:
    """Decode a text file strictly and return its text.

    The text is kept as decoded, except that a byte-order mark is dropped and line endings
    are normalised to ``\\n`` at read time (so a file saved on Windows and the same file
    saved elsewhere read the same, and offsets never point between ``\\r`` and ``\\n``).

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
