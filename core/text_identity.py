"""When two texts are the same report's text: the identity the library's duplicate check uses.

Two files hold the same text when they read the same in every view. Their encoding, byte-order
mark and line endings never count (readers normalise them: ``core.ingest``), nor do blank
lines and spaces after the last line or before the first: a copy saved by an editor that adds a
final line break, or drops one, is the same report. Spaces at the end of a line inside the text
do count: two of them are a Markdown hard break, which decides where a paragraph ends
(``core.paragraphs``), so a copy without them can read as other paragraphs.
"""

from __future__ import annotations

import hashlib


def identity_text(text: str) -> str:
    """``text`` without the blank lines and spaces that surround its words.

    The first line's own indentation stays: only whole blank lines before it go.

    Args:
        text: a text as read (line endings already normalised to ``\\n``).
    """
    body = text.rstrip()
    lead = len(body) - len(body.lstrip())
    return body[body.rfind("\n", 0, lead) + 1 :]


def content_hash(text: str) -> str:
    """SHA-256 of ``identity_text(text)`` in UTF-8, as hex: equal for texts that read the same.

    Args:
        text: a text as read.
    """
    return hashlib.sha256(identity_text(text).encode("utf-8")).hexdigest()
