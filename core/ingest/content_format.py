"""What a file holds, told by its first bytes rather than its name: a PDF or a Word file
renamed (``报告.pdf`` saved as ``报告.docx``, a download named ``.txt``) is still read as
what it is, and so is a web page saved under another name (a government site's "Word"
download that is an HTML page named ``.doc``)."""

from __future__ import annotations

import re

_PDF = b"%PDF-"
_ZIP = b"PK\x03\x04"
CONTENT_MARKS = (_PDF, _ZIP)
"""The first bytes of the binary formats told by content."""
HEAD_BYTES = 1024
"""How many first bytes tell a web page: its ``<!DOCTYPE html>`` or ``<html`` after a byte
order mark, blank lines or an XML declaration."""
_WEB_PAGE = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)


def may_be_told_by_content(head: bytes) -> bool:
    """Whether a file whose first ``HEAD_BYTES`` are ``head`` may be a format told by content
    (a PDF, a zip that may be a Word file, a web page): only then is a file of another
    suffix read whole to tell."""
    return head.startswith(CONTENT_MARKS) or _WEB_PAGE.match(head) is not None


def format_by_content(data: bytes) -> str | None:
    """The suffix of the format ``data`` plainly is, of those told by content (``.pdf``, a
    Word ``.docx``, a web page's ``.html``); None when its first bytes do not say (a text).

    A zip file is a Word file only when it has a ``word/`` part: another zip (a spreadsheet,
    an archive) is left to the reader its name chooses, which names the problem.
    """
    if data.startswith(_PDF):
        return ".pdf"
    if data.startswith(_ZIP) and b"word/" in data:
        return ".docx"
    if _WEB_PAGE.match(data[:HEAD_BYTES]):
        return ".html"
    return None
