"""The units a diff is made of: words (or characters) with numbers kept whole, keyed for matching.

A number with its unit and qualifier (``6%左右``, ``1.7亿吨``, ``七成以上``) is one token, so that
``增长6%左右`` → ``增长5.5%左右`` is one replaced number rather than scattered digits; so is a
heading's bracketed number (``（七）``), so that a renumbered heading shows its number whole
(``（七）着力深化重点改革`` → ``(六)坚持改革攻坚``), not from inside its brackets. Each token
carries a *key* used for matching: by default punctuation width is folded (``，`` = ``,``,
``％`` = ``%``), whitespace and line breaks are dropped and page furniture (page-jump markers,
repeated page headers) is left out; with ``show_layout`` the key is the text as read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate, compress, count
from typing import NamedTuple

from core.model import Paragraph

_DIGITS = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_CN_NUMERAL = r"[一二两三四五六七八九十百千万半]+"
_UNIT = (
    r"(?:[%％‰]|个百分点|个点|倍|成|"
    r"[万亿千百]*(?:元|美元|吨|标准煤|人次|人|户|亩|公顷|公里|千米|米|平方米|立方米|千瓦时|千瓦|"
    r"兆瓦|瓦|家|个|项|座|所|条|辆|台|套|张|床|天|小时|次|场|件|批|岁|度|斤|只|万|亿))?"
)
_QUALIFIER = r"(?:左右|以上|以内|以下|上下|多|余)?"
# A year (``2024年``) is kept whole but is not a figure: every year's report changes it.
_YEAR = r"(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?"
# A range is one figure, its first end's percent sign written or not (``5-6%``, ``5%~6%``).
_RANGE = rf"(?:[%％‰]?[-~～—]{_DIGITS}|[至到]{_DIGITS})"
NUMBER_PATTERN = re.compile(
    rf"(?P<year>{_YEAR})|(?:{_DIGITS}{_RANGE}?{_UNIT}|{_CN_NUMERAL}(?:成|倍|个百分点)){_QUALIFIER}"
)

# A heading's number in brackets, of either width: ``（七）``, ``(十二)``.
_BRACKETED_NUMBER = re.compile(r"[（(][一二三四五六七八九十]+[）)]")

# Folded by NFKC already: full-width ASCII forms. These are the remaining width/shape variants.
_PUNCTUATION_FOLD = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "〝": '"',
        "〞": '"',
        "﹑": "、",
        "．": ".",
        "—": "-",
        "―": "-",
        "─": "-",
        "～": "~",
        "〜": "~",
    }
)


class DiffTokens(NamedTuple):
    """A text's diff tokens as columns, in text order (a report has thousands, made at once).

    Attributes:
        starts, ends: each token's span in the text as read.
        keys: what each is matched by (folded unless layout differences are shown).
        numbers: the indices of the tokens that are figures: numbers with their units and
            qualifiers (a year is one token too, but not a figure: every year's report
            changes it).
    """

    starts: list[int]
    ends: list[int]
    keys: list[str]
    numbers: frozenset[int]


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """The matching key of a token when layout differences are ignored: width folded, no spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION_FOLD)
    return "".join(folded.split())


def number_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, bool]]:
    """Spans of numbers with their units and qualifiers in ``text`` (``6%左右``, ``七成以上``).

    Args:
        text: the text.
        start, end: the stretch of it to look in (the whole text by default).

    Returns:
        ``(start, end, is_figure)`` at the text's offsets: a year such as ``2024年`` is kept
        whole with ``is_figure`` False.
    """
    return [
        (match.start(), match.end(), match.group("year") is None)
        for match in NUMBER_PATTERN.finditer(text, start, len(text) if end is None else end)
        if match.end() > match.start()
    ]


def whole_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, bool]]:
    """What is kept whole, one token each, in ``text[start:end]``: the numbers
    (``number_spans``) and the bracketed heading numbers (``（七）``, never a figure), in order.

    Args:
        text: the text.
        start, end: the stretch of it to look in (the whole text by default).
    """
    stop = len(text) if end is None else end
    numbers = number_spans(text, start, stop)
    numberings = [
        (m.start(), m.end(), False) for m in _BRACKETED_NUMBER.finditer(text, start, stop)
    ]
    # Never overlapping: no unit or qualifier of a number follows a bracket.
    return sorted(numbers + numberings) if numberings else numbers


class _Columns:
    """Token columns filled a paragraph at a time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        self.flags: list[bool] = []

    def add(
        self,
        pieces: Sequence[str],
        base: int,
        numbers: Sequence[tuple[int, int, bool]],
        text: str,
    ) -> None:
        """Add the pieces of the paragraph at ``base``, each of ``numbers`` (spans in ``text``)
        joined with every piece it overlaps into one token.

        A piece overlapping two numbers goes to the first; the second then starts at the next
        piece it overlaps, or is left in the first if it overlaps no other."""
        bounds = list(accumulate(map(len, pieces), initial=base))
        piece_starts, piece_ends = bounds[:-1], bounds[1:]
        taken = 0  # the pieces before this one are added
        for number_start, number_end, is_figure in numbers:
            first = max(bisect_right(piece_ends, number_start), taken)
            last = bisect_left(piece_starts, number_end) - 1
            if first > last:
                continue
            self._pieces(pieces, piece_starts, piece_ends, taken, first)
            self.starts.append(piece_starts[first])
            self.ends.append(piece_ends[last])
            self.texts.append(
                pieces[first] if first == last else text[piece_starts[first] : piece_ends[last]]
            )
            self.flags.append(is_figure)
            taken = last + 1
        self._pieces(pieces, piece_starts, piece_ends, taken, len(pieces))

    def _pieces(
        self,
        pieces: Sequence[str],
        piece_starts: list[int],
        piece_ends: list[int],
        first: int,
        stop: int,
    ) -> None:
        """Add the pieces ``first`` to ``stop - 1`` as they are, each a token."""
        if first >= stop:
            return
        if first == 0 and stop == len(pieces):
            self.starts += piece_starts
            self.ends += piece_ends
            self.texts += pieces
        else:
            self.starts += piece_starts[first:stop]
            self.ends += piece_ends[first:stop]
            self.texts += pieces[first:stop]
        self.flags += [False] * (stop - first)


def build_tokens(
    text: str,
    paragraphs: Sequence[Paragraph],
    paragraph_pieces: Sequence[Sequence[str]],
    *,
    show_layout: bool = False,
    ignored: Iterable[tuple[int, int]] = (),
) -> DiffTokens:
    """The diff tokens of a whole text, in text order.

    Args:
        text: the text as read.
        paragraphs: its paragraphs, in text order.
        paragraph_pieces: a segmentation of each paragraph (jieba words, or single characters).
        show_layout: keep whitespace and page furniture and match on the text as read.
        ignored: spans (page-jump markers, page headers) left out unless ``show_layout``.
    """
    columns = _Columns()
    for paragraph, pieces in zip(paragraphs, paragraph_pieces, strict=True):
        if paragraph.is_noise and not show_layout:
            continue
        columns.add(
            pieces, paragraph.start, whole_spans(text, paragraph.start, paragraph.end), text
        )
    starts, ends, flags = columns.starts, columns.ends, columns.flags
    if show_layout:
        keys = columns.texts
    else:
        keys = list(map(fold_key, columns.texts))
        keep = list(map(bool, keys))  # whitespace and line breaks have no key
        _leave_out(ignored, starts, ends, keep)
        if not all(keep):
            starts, ends = list(compress(starts, keep)), list(compress(ends, keep))
            keys, flags = list(compress(keys, keep)), list(compress(flags, keep))
    return DiffTokens(starts, ends, keys, frozenset(compress(count(), flags)))


def _leave_out(
    ignored: Iterable[tuple[int, int]], starts: list[int], ends: list[int], keep: list[bool]
) -> None:
    """Mark in ``keep`` the tokens (``starts`` in order) that lie wholly within an ``ignored``
    span, whichever: a page header holding a page-jump marker is two spans, one within the
    other."""
    for span_start, span_end in ignored:
        for index in range(bisect_left(starts, span_start), bisect_left(starts, span_end)):
            if ends[index] <= span_end:
                keep[index] = False


def character_pieces(text: str, paragraphs: Sequence[Paragraph]) -> list[list[str]]:
    """Each paragraph cut into single characters (the character-level mode)."""
    return [list(text[p.start : p.end]) for p in paragraphs]
