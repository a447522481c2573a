"""What pypdf raises on a PDF it cannot read, in one place for every reader of PDFs."""

from __future__ import annotations

import zlib

from pypdf.errors import PyPdfError

# pypdf parses untrusted bytes; on a damaged file it raises its own errors and, at times,
# plain Python ones from deep inside the parser. All of them mean "this file is damaged".
PDF_READ_ERRORS: tuple[type[BaseException], ...] = (
    PyPdfError,
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    zlib.error,
    RecursionError,
)
