"""Normalised text for parsing, matching and search, with a map back to the text as read.

The text a user reads is never altered. Parsers, matchers and the search index work on a
normalised copy: NFKC (which folds full-width ``，（）％０-９`` to their ASCII forms),
``PM_{2.5}``-style subscripts flattened, and words broken across line or blank-line breaks
(PDF and newspaper extraction) rejoined, though never out of a line that reads as a title
nor into a salutation line (``core.title_line``). ``NormalisedText.to_original`` maps any
offset of the copy back to the original.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from core.charclass import character_class
from core.line_space import LINE_SPACE, LINE_SPACE_RUN
from core.noise import PAGE_JUMP, line_noise_kind
from core.title_line import is_salutation_line, reads_as_title

# A line that ends in one of these closes a sentence, so a break after it is a real break.
CLOSES_SENTENCE = frozenset("。！？；：!?;:」』”’）)】》…")
# A line that starts like a heading or a list item is never glued to the previous one.
_HEADING_START = re.compile(
    r"[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|——|#|●|[\d]+[、.．]"
)
# A line break, with any blank lines and the spaces around it.
_BREAK = re.compile(f"{LINE_SPACE_RUN}\n(?:{LINE_SPACE_RUN}\n)*{LINE_SPACE_RUN}")
_SUBSCRIPT = re.compile(r"_\{([^{}\n]{1,8})\}")
# A body line broken by extraction is long; a short line without final punctuation is
# more likely a title or a credit line, which must stay on its own. Headings are recognised
# by their numbering, so this can stay low enough for `…主要预期目标是:地` / `区生产总值…`.
_MIN_BROKEN_LINE = 12


# Where NFKC changes a character on its own: Latin-1 and general punctuation, CJK symbols,
# circled and squared forms, compatibility ideographs, full-width forms, math letters.
_FOLDING_RANGES = (
    (0x00A0, 0x33FF),
    (0xF900, 0xFFEF),
    (0x1D400, 0x1D7FF),
    (0x1F100, 0x1F2FF),
    (0x2F800, 0x2FA1F),
)


@lru_cache(maxsize=1)
def _folding_table() -> dict[str, str]:
    """Every character NFKC changes on its own, with what it becomes (built once, ~10 ms)."""
    table = {}
    for low, high in _FOLDING_RANGES:
        for code in range(low, high + 1):
            ch = chr(code)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[ch] = folded
    return table


@dataclass(frozen=True)
class NormalisedText:
    """A normalised copy of a text and the original offset of each of its characters."""

    text: str
    origin: array  # type: ignore[type-arg]  # origin[i]: original index of text[i]; +1 sentinel
    in_step: bool = False  # True: origin[i] == i throughout (nothing removed, one for one)

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


def broken_line_joins(text: str, first_line_alone: bool = True) -> list[tuple[int, int]]:
    """Spans of line breaks (with blank lines) that split a word, to be removed.

    Args:
        text: the text, or a stretch of it opening at a line's start.
        first_line_alone: whether the stretch's first line stands alone (see
            ``line_stands_alone``); a whole text's first line does.
    """
    if "\n" not in text:
        return []
    joins: list[tuple[int, int]] = []
    for match in _BREAK.finditer(text):
        before_start = text.rfind("\n", 0, match.start()) + 1
        line_before = text[before_start : match.start()]
        after = text[match.end() : match.end() + 12]
        if (
            len(line_before) >= _MIN_BROKEN_LINE
            and line_before[-1] not in CLOSES_SENTENCE
            and _is_cjk(line_before[-1])
            and after[:1]
            and _is_cjk(after[0])
            and not _HEADING_START.match(after)
            and not _heading_alone(line_before.lstrip(LINE_SPACE))
            and not break_beside_noise(text, match.start(), match.end())
            and not _title_before_break(text, match, before_start, joins, first_line_alone)
        ):
            joins.append((match.start(), match.end()))
    return joins


def _title_before_break(
    text: str,
    match: re.Match[str],
    line_start: int,
    joins: list[tuple[int, int]],
    first_line_alone: bool,
) -> bool:
    """Whether the break ``match`` opens a salutation line (``各位代表：``), or follows a line
    that stands alone and reads as a title (``长治市2024年政府工作报告`` / ``各位代表：``): no
    word runs on from a title, nor into the speech's address."""
    line_end = text.find("\n", match.end())
    following = text[match.end() : len(text) if line_end < 0 else line_end]
    if is_salutation_line(following):
        return True
    return reads_as_title(text[line_start : match.start()], following) and line_stands_alone(
        text, line_start, joins, first_line_alone
    )


def line_stands_alone(
    text: str, line_start: int, joins: list[tuple[int, int]], first_line_alone: bool = True
) -> bool:
    """Whether the line opening at ``line_start`` stands alone, a paragraph of its own so far:
    it opens the text, or follows a blank line or a heading or noise line, and no word was
    joined into it from the line before.

    Args:
        text: the text, as read or normalised.
        line_start: where the line opens, just after a line break (or 0).
        joins: the breaks joined so far, in order, as spans of ``text``.
        first_line_alone: the answer for the first line of ``text``: False when ``text`` is a
            stretch of a longer text whose first line continues a paragraph.
    """
    if joins and joins[-1][1] >= line_start:
        return False
    gap_start = line_start
    while gap_start > 0 and (text[gap_start - 1] == "\n" or text[gap_start - 1] in LINE_SPACE):
        gap_start -= 1
    if gap_start == 0:
        return first_line_alone
    if text.count("\n", gap_start, line_start) > 1:
        return True
    before_start = text.rfind("\n", 0, gap_start) + 1
    line_before = text[before_start:gap_start].lstrip(LINE_SPACE)
    return _heading_alone(line_before) or _whole_line_noise(line_before)


def _heading_alone(line: str) -> bool:
    """Whether ``line`` opens like a heading and holds nothing else: no sentence closes
    within it. A heading with its area's text run in after it (``(一)在推动转型发展上实现更大
    突破。…建成3个绿电园区、绿电消纳``) is body text by its end, and a word extraction broke
    there is joined as in any paragraph."""
    return _HEADING_START.match(line) is not None and not sentence_closes_within(line)


def sentence_closes_within(line: str) -> bool:
    """Whether a full stop closes a sentence before the end of ``line``: a line opening like
    a heading that holds one runs on into body text (a heading's title is its first
    sentence). A heading's title may hold ``；`` or ``！`` itself."""
    return "。" in line.rstrip()[:-1]


def break_beside_noise(text: str, start: int, end: int) -> bool:
    """Whether the line break ``text[start:end]`` has on either side a line that is noise from
    end to end (credits, a page number, the running head): no word is broken into or out of
    such a line (``全部兑现落实`` / ``文字整理:桂滨`` stay apart)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return _whole_line_noise(text[line_start:start]) or _whole_line_noise(
        text[end : len(text) if line_end < 0 else line_end]
    )


def _whole_line_noise(line: str) -> bool:
    kind = line_noise_kind(line)
    return kind is not None and kind != PAGE_JUMP


@dataclass(frozen=True)
class Subscript:
    """A ``PM_{2.5}``-style subscript: its markup (``_{`` and ``}``) around what is lowered.

    Attributes:
        start: where ``_{`` begins.
        body_start: the first character of the subscript itself.
        body_end: just after its last character.
        end: just after the closing ``}``.
    """

    start: int
    body_start: int
    body_end: int
    end: int


def subscripts(text: str, start: int = 0, end: int | None = None) -> list[Subscript]:
    """Every ``X_{…}`` subscript of ``text[start:end]`` (a body of one to eight characters), in
    order, with offsets into ``text``.

    The reader shows the body lowered and the markup hidden; the text itself keeps both.
    """
    end = len(text) if end is None else end
    if text.find("_{", start, end) == -1:
        return []
    return [
        Subscript(m.start(), m.start(1), m.end(1), m.end())
        for m in _SUBSCRIPT.finditer(text, start, end)
    ]


def hidden_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` a reader does not see as characters, sorted and disjoint: the line
    breaks inside a word that extraction broke, and the markup (``_{``, ``}``) of subscripts.
    The normalised copy leaves them out.

    Args:
        text: the text as read, or a stretch of it holding whole lines.
    """
    return _removed_spans(text)


def _removed_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the original that the normalised copy leaves out, sorted and disjoint."""
    removed = broken_line_joins(text)
    for found in subscripts(text):
        removed.append((found.start, found.body_start))
        removed.append((found.body_end, found.end))
    removed.sort()
    return removed


# Latin letters match regardless of case; one character in, one out, so offsets hold.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class _Folds:
    """The folding table as used: translation tables of the one-for-one folds (as they are,
    and with Latin letters lower-cased for search), and a pattern of the characters that
    fold to more or fewer than one."""

    plain: dict[int, str]
    lowered: dict[int, str]
    uneven: re.Pattern[str]


@lru_cache(maxsize=1)
def _folds() -> _Folds:
    table = _folding_table()
    plain = {ord(ch): folded for ch, folded in table.items() if len(folded) == 1}
    lowered = {code: folded.translate(_ASCII_LOWER) for code, folded in plain.items()}
    lowered.update((code, chr(lower)) for code, lower in _ASCII_LOWER.items())
    uneven = [ch for ch, folded in table.items() if len(folded) != 1]
    return _Folds(plain, lowered, character_class(uneven))


def _normalised(text: str, lower: bool, keep_hidden: bool = False) -> NormalisedText:
    folds = _folds()
    removed = [] if keep_hidden else _removed_spans(text)
    if not removed and not folds.uneven.search(text):
        # The common case: nothing left out, one character in and one out, so offsets stay
        # in step and the whole text is translated in C.
        folded = text.translate(folds.lowered if lower else folds.plain)
        return NormalisedText(folded, array("l", range(len(text) + 1)), in_step=True)
    table = _folding_table()
    changed = {ch: table[ch] for ch in set(text) if ch in table}
    kept: list[tuple[int, int]] = []
    at = 0
    for start, end in removed:
        if start > at:
            kept.append((at, start))
        at = max(at, end)
    if at < len(text):
        kept.append((at, len(text)))
    out: list[str] = []
    origin = array("l")
    if all(len(fold) == 1 for fold in changed.values()):
        # One character in, one out: whole runs are translated in C.
        translation = str.maketrans(changed)
        for start, end in kept:
            out.append(text[start:end].translate(translation))
            origin.extend(range(start, end))
    else:
        for start, end in kept:
            for i in range(start, end):
                for piece in changed.get(text[i], text[i]):
                    out.append(piece)
                    origin.append(i)
    origin.append(len(text))
    joined = "".join(out)
    return NormalisedText(joined.translate(_ASCII_LOWER) if lower else joined, origin)


def normalise(text: str) -> NormalisedText:
    """Normalise ``text`` for parsing, matching and search.

    Args:
        text: the text as read.

    Returns:
        The normalised copy with a per-character map back to ``text``.
    """
    return _normalised(text, lower=False)


def searchable(text: str) -> NormalisedText:
    """The form search works on: normalised, with Latin letters lower-cased."""
    return _normalised(text, lower=True)


def searchable_as_is(text: str) -> NormalisedText:
    """The searchable form with nothing left out: folded and lower-cased like ``searchable``,
    but subscript markup and the line breaks inside broken words kept, as a plain substring
    scan of the text as read sees them."""
    return _normalised(text, lower=True, keep_hidden=True)


def normalise_query(query: str) -> str:
    """A search query in the searchable form (see ``searchable``), trimmed."""
    return searchable(query.strip()).text
