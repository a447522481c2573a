"""The substring search index: every paragraph's overlapping character pairs as FTS5 tokens.

SQLite's default tokenizer reads a run of Chinese as one word, so ``就业`` would never be found
inside ``稳就业``. Here each pair of neighbouring characters of a paragraph's searchable text is
one token (``稳就 就业 业优 …``); the index's tokenizer keeps every character category but
spaces, and spaces are written as a private-use character. A query of n ≥ 2 characters is the
phrase of its n − 1 pairs: a paragraph matches exactly when it contains the query. A single
character is a prefix query on the pairs it starts, and every paragraph ends with a one-character
token for its last character. The candidates' text is then scanned for the exact positions, so
results equal a plain substring scan.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from core.text import NormalisedText, searchable

# Characters the tokenizer would split on (category Zs), written as one it keeps.
_SPACE = re.compile(r"[^\S\n\r\t\f\v\x1c-\x1f\x85\u2028\u2029]")
_SPACE_STAND_IN = "\ue000"


def _tokenizable(text: str) -> str:
    return _SPACE.sub(_SPACE_STAND_IN, text)


def gram_tokens(text: str) -> str:
    """The FTS5 document of a paragraph's searchable ``text``."""
    if not text:
        return ""
    safe = _tokenizable(text)
    pairs = list(map(str.__add__, safe, safe[1:]))
    pairs.append(safe[-1])  # the last character on its own
    return " ".join(pairs)


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression finding paragraphs that contain the searchable ``query``."""
    safe = _tokenizable(query)
    if len(safe) == 1:
        return _quoted(safe) + "*"
    return _quoted(" ".join(safe[i : i + 2] for i in range(len(safe) - 1)))


def offset_breaks(norm: NormalisedText) -> str:
    """Where the searchable text's offsets stop running in step with the original's.

    Stored as ``"i:delta,i:delta"``: from searchable index ``i`` on, original offset =
    ``paragraph start + i + delta``. Usually empty (the two run in step).
    """
    size = len(norm.text)
    if norm.in_step or norm.origin[:size] == array("l", range(size)):
        return ""  # the common case, known or checked in C
    breaks = []
    delta = 0
    for i in range(size):
        current = norm.origin[i] - i
        if current != delta:
            breaks.append(f"{i}:{current}")
            delta = current
    return ",".join(breaks)


def to_original(breaks: str, base: int, index: int) -> int:
    """The original offset of searchable ``index`` (see ``offset_breaks``)."""
    delta = 0
    if breaks:
        for item in breaks.split(","):
            at, _, shift = item.partition(":")
            if int(at) > index:
                break
            delta = int(shift)
    return base + index + delta


def occurrences(text: str, query: str) -> list[int]:
    """Start indices of the non-overlapping occurrences of ``query`` in ``text``, left to right.

    An empty query occurs nowhere.
    """
    found: list[int] = []
    if not query:
        return found
    at = text.find(query)
    while at != -1:
        found.append(at)
        at = text.find(query, at + len(query))
    return found


@dataclass(frozen=True)
class IndexedParagraph:
    """A paragraph's index entry: its searchable text, offset breaks and FTS5 document."""

    norm: str
    breaks: str
    grams: str


def index_paragraph(body: str) -> IndexedParagraph:
    """The index entry of one paragraph (pure and picklable: built where the paragraph is parsed).

    Args:
        body: the paragraph's text as read.
    """
    norm = searchable(body)
    return IndexedParagraph(norm.text, offset_breaks(norm), gram_tokens(norm.text))
