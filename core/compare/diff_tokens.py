"""The units a diff is made of: words (or characters) with numbers kept whole, keyed for matching.

A number with its unit and qualifier (``6%左右``, ``1.7亿吨``, ``七成以上``) is one token, so that
``增长6%左右`` → ``增长5.5%左右`` is one replaced number rather than scattered digits. Each token
carries a *key* used for matching: by default punctuation width is folded (``，`` = ``,``,
``％`` = ``%``), whitespace and line breaks are dropped and page furniture (page-jump markers,
repeated page headers) is left out; with ``show_layout`` the key is the text as read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from core.model import Paragraph

_DIGITS = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_CN_NUMERAL = r"[一二两三四五六七八九十百千万半]+"
_UNIT = (
    r"(?:[%％‰]|个百分点|个点|倍|成|"
    r"[万亿千百]*(?:元|美元|吨|标准煤|人次|人|户|亩|公顷|公里|千米|米|平方米|立方米|千瓦时|千瓦|"
    r"兆瓦|瓦|家|个|项|座|所|条|辆|台|套|张|床|天|小时|次|场|件|批|岁|度|万|亿))?"
)
_QUALIFIER = r"(?:左右|以上|以内|以下|上下|多|余)?"
# A year (``2024年``) is kept whole but is not a figure: every year's report changes it.
_YEAR = r"(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?"
NUMBER_PATTERN = re.compile(
    rf"(?P<year>{_YEAR})|(?:{_DIGITS}(?:[-~～—至到]{_DIGITS})?{_UNIT}|{_CN_NUMERAL}(?:成|倍|个百分点)){_QUALIFIER}"
)

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


class DiffToken(NamedTuple):
    """One unit of a diff (a named tuple: a report has tens of thousands, made per comparison).

    Attributes:
        text: the token as read.
        start, end: its span in the text as read.
        key: what it is matched by (folded unless layout differences are shown).
        is_number: a number with its unit and qualifier.
    """

    text: str
    start: int
    end: int
    key: str
    is_number: bool = False


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """The matching key of a token when layout differences are ignored: width folded, no spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION_FOLD)
    return "".join(folded.split())


def number_spans(text: str) -> list[tuple[int, int, bool]]:
    """Spans of numbers with their units and qualifiers in ``text`` (``6%左右``, ``七成以上``).

    Returns:
        ``(start, end, is_figure)``: a year such as ``2024年`` is kept whole with
        ``is_figure`` False.
    """
    return [
        (match.start(), match.end(), match.group("year") is None)
        for match in NUMBER_PATTERN.finditer(text)
        if match.end() > match.start()
    ]


def merge_numbers(pieces: Sequence[str], text: str) -> list[tuple[int, int, bool]]:
    """Cut ``text`` into spans following ``pieces``, merging every number into one span.

    Args:
        pieces: a segmentation of ``text`` (``"".join(pieces) == text``).
        text: the text segmented.

    Returns:
        ``(start, end, is_number)`` spans covering ``text`` in order.
    """
    ends = list(accumulate(map(len, pieces)))
    starts = [0, *ends[:-1]]
    numbers = number_spans(text)
    if not numbers:
        return [(start, end, False) for start, end in zip(starts, ends, strict=True)]
    result: list[tuple[int, int, bool]] = []
    number_count, piece_count = len(numbers), len(ends)
    number_index = 0
    i = 0
    while i < piece_count:
        start, end = starts[i], ends[i]
        while number_index < number_count and numbers[number_index][1] <= start:
            number_index += 1
        if number_index < number_count and numbers[number_index][0] < end:
            # Every piece overlapping the number joins it: one token from the first to the last.
            _, number_end, is_figure = numbers[number_index]
            while i + 1 < piece_count and starts[i + 1] < number_end:
                i += 1
            result.append((start, ends[i], is_figure))
        else:
            result.append((start, end, False))
        i += 1
    return result


def build_tokens(
    text: str,
    paragraphs: Sequence[Paragraph],
    paragraph_pieces: Sequence[Sequence[str]],
    *,
    show_layout: bool = False,
    ignored: Iterable[tuple[int, int]] = (),
) -> list[DiffToken]:
    """The diff tokens of a whole text, in text order.

    Args:
        text: the text as read.
        paragraphs: its paragraphs.
        paragraph_pieces: a segmentation of each paragraph (jieba words, or single characters).
        show_layout: keep whitespace and page furniture and match on the text as read.
        ignored: spans (page-jump markers, page headers) left out unless ``show_layout``.
    """
    ignored_sorted = sorted(ignored)
    ignored_starts = [s for s, _ in ignored_sorted]
    tokens: list[DiffToken] = []
    make = tuple.__new__  # DiffToken(...) without its Python-level __new__: tens of thousands
    for paragraph, pieces in zip(paragraphs, paragraph_pieces, strict=True):
        if paragraph.is_noise and not show_layout:
            continue
        base = paragraph.start
        body = text[base : paragraph.end]
        for start, end, is_number in merge_numbers(pieces, body):
            piece = body[start:end]
            first, last = base + start, base + end
            if show_layout:
                key = piece
            else:
                if ignored_sorted and _inside(ignored_sorted, ignored_starts, first, last):
                    continue
                key = fold_key(piece)
                if not key:
                    continue
            tokens.append(make(DiffToken, (piece, first, last, key, is_number)))
    return tokens


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    index = bisect_left(starts, start + 1) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def character_pieces(text: str, paragraphs: Sequence[Paragraph]) -> list[list[str]]:
    """Each paragraph cut into single characters (the character-level mode)."""
    return [list(text[p.start : p.end]) for p in paragraphs]
