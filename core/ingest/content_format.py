"""What a file holds, told by its first bytes rather than its name: a PDF or a Word file
renamed (``报告.pdf`` saved as ``报告.docx``, a download named ``.txt``) is still read as
what it is."""

from __future__ import annotations

_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
CONTENT_MARKS = (_PDF, _ZIP)
"""The first bytes of the formats told by content."""


def format_by_content(data: bytes) -> str | None:
    """The suffix of the format ``data`` plainly is, of those told by content (``.pdf``, a
    Word ``.docx``); None when its first bytes do not say (a text, a web page).

    A zip file is a Word file only when it has a ``word/`` part: another zip (a spreadsheet,
    an archive) is left to the reader its name chooses, which names the problem.
    """
    if data.startswith(_PDF):
        return ".pdf"
    if data.startswith(_ZIP) and b"word/" in data:
        return ".docx"
    return None
