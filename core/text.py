"""Normalised text for parsing, matching and search, with a map back to the text as read.

The text a user reads is never altered. Parsers, matchers and the search index work on a
normalised copy: NFKC (which folds full-width ``，（）％０-９`` to their ASCII forms),
``PM_{2.5}``-style subscripts flattened, and words broken across line or blank-line breaks
(PDF and newspaper extraction) rejoined. ``NormalisedText.to_original`` maps any offset of
the copy back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

# A line that ends in one of these closes a sentence, so a break after it is a real break.
_SENTENCE_END = set("。！？；：!?;:」』”’）)】》…")
# A line that starts like a heading or a list item is never glued to the previous one.
_HEADING_START = re.compile(
    r"[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|——|#|●|[\d]+[、.．]"
)
_SUBSCRIPT = re.compile(r"_\{([^{}\n]{1,8})\}")
# A body line broken by extraction is long; a short line without final punctuation is
# more likely a heading, a title or a credit line, which must stay on its own.
_MIN_BROKEN_LINE = 20


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


@dataclass(frozen=True)
class NormalisedText:
    """A normalised copy of a text and the original offset of each of its characters."""

    text: str
    origin: array  # type: ignore[type-arg]  # origin[i]: original index of text[i]; +1 sentinel

    def to_original(self, offset: int) -> int:
        """The offset in the original text corresponding to ``offset`` in the copy."""
        return int(self.origin[max(0, min(offset, len(self.text)))])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original half-open span covering the copy's ``[start, end)``."""
        if end <= start:
            point = self.to_original(start)
            return point, point
        return self.to_original(start), int(self.origin[end - 1]) + 1


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def _broken_line_joins(text: str) -> list[tuple[int, int]]:
    """Spans of line breaks (with blank lines) that split a word, to be removed."""
    joins = []
    for match in re.finditer(r"[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*", text):
        before_start = text.rfind("\n", 0, match.start()) + 1
        line_before = text[before_start : match.start()]
        after = text[match.end() : match.end() + 12]
        if (
            len(line_before) >= _MIN_BROKEN_LINE
            and line_before[-1] not in _SENTENCE_END
            and _is_cjk(line_before[-1])
            and after[:1]
            and _is_cjk(after[0])
            and not _HEADING_START.match(after)
            and not line_before.lstrip().startswith("#")
        ):
            joins.append((match.start(), match.end()))
    return joins


def normalise(text: str) -> NormalisedText:
    """Normalise ``text`` for parsing, matching and search.

    Args:
        text: the text as read.

    Returns:
        The normalised copy with a per-character map back to ``text``.
    """
    removed: list[tuple[int, int]] = _broken_line_joins(text)
    removed.extend((m.start(), m.start(1)) for m in _SUBSCRIPT.finditer(text))
    removed.extend((m.end(1), m.end()) for m in _SUBSCRIPT.finditer(text))
    removed.sort()
    out: list[str] = []
    origin = array("l")
    skip_iter = iter(removed)
    skip = next(skip_iter, None)
    i = 0
    n = len(text)
    while i < n:
        if skip is not None and i >= skip[0]:
            i = max(i, skip[1])
            skip = next(skip_iter, None)
            continue
        ch = text[i]
        folded = ch if ch < "\u00a0" else _fold_char(ch)
        for piece in folded:
            out.append(piece)
            origin.append(i)
        i += 1
    origin.append(n)
    return NormalisedText("".join(out), origin)


def normalise_query(query: str) -> str:
    """Normalise a search query the same way texts are normalised, and case-fold it."""
    return normalise(query.strip()).text.casefold()
