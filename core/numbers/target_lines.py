"""A target's row cut into lines for a narrow panel: an indicator, then ``6%左右 → 6%以上``.

A line breaks between the characters of words, never inside a figure with its unit and
qualifier (``4.3万人以上``, ``3%左右``, ``七成以上``: a figure as a comparison keeps it whole,
``core.compare.diff_tokens.number_spans``) or a Latin word (``PM2.5``, ``GDP``); the two targets
share a line when they fit on it, else the newer starts its own line with the arrow
(``控制在3%左右`` / ``→ 控制在2%左右``). How wide a line may be is the caller's (a window
measures its font); this part only says where to break.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from core.compare.diff_tokens import number_spans
from core.numbers.target_compare import TargetChange

ARROW = "→"

# A Latin word with its digits never breaks either (PM2.5, R&D, GDP).
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.&+\-/]*")
# Marks that never start a line (they stay with what they follow) and never end one.
_CLOSING = set("，,；;。、：:）)”’》%‰！!？?")
_OPENING = set("（(“‘《")


def line_pieces(text: str) -> list[str]:
    """``text`` cut where a line may break, each piece with the spaces after it.

    A figure with its unit and qualifier (``number_spans``: as a comparison keeps it whole) and
    a Latin word are one piece each; any other character is a piece of its own, except that a
    closing mark stays with the piece before it and an opening mark with the piece after it.

    Args:
        text: an indicator or a target as written (``城镇居民人均可支配收入``, ``控制在3%左右``).

    Returns:
        The pieces, which join back into ``text``.
    """
    figure_ends = {start: end for start, end, _figure in number_spans(text)}
    pieces: list[str] = []
    opening = ""
    at = 0
    while at < len(text):
        end = figure_ends.get(at)
        if end is None:
            latin = _LATIN_WORD.match(text, at)
            end = latin.end() if latin else at + 1
        piece = text[at:end]
        at = end
        if piece.isspace() or (piece in _CLOSING and pieces and not opening):
            if pieces:
                pieces[-1] += piece
            else:
                opening += piece
        elif piece in _OPENING:
            opening += piece
        else:
            pieces.append(opening + piece)
            opening = ""
    if opening:
        pieces.append(opening)
    return pieces


def wrap_pieces(pieces: Sequence[str], fits: Callable[[str], bool]) -> list[str]:
    """``pieces`` on as few lines as ``fits`` allows, each line as many pieces as fit.

    A line's trailing spaces are not measured and not kept. A piece that does not fit on a
    line of its own is cut between its characters (a panel narrower than a figure).

    Args:
        pieces: the text in pieces that do not break (``line_pieces``).
        fits: whether a line's text is narrow enough.
    """
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if fits((line + piece).rstrip()):
            line += piece
            continue
        if line:
            lines.append(line.rstrip())
            line = ""
        if fits(piece.rstrip()):
            line = piece
            continue
        for character in piece:  # wider than a line: cut as ordinary text, as a last resort
            if line and not fits((line + character).rstrip()):
                lines.append(line.rstrip())
                line = ""
            line += character
    if line.rstrip() or not lines:
        lines.append(line.rstrip())
    return lines


def indicator_lines(change: TargetChange, fits: Callable[[str], bool]) -> list[str]:
    """The indicator of ``change`` on as few lines as ``fits`` allows, cut between words.

    Args:
        change: an indicator's targets in two reports.
        fits: whether a line's text is narrow enough.
    """
    return wrap_pieces(line_pieces(change.label), fits)


def value_lines(change: TargetChange, fits: Callable[[str], bool], none: str = "—") -> list[str]:
    """The two targets of ``change`` as ``6%左右 → 6%以上`` on as few lines as ``fits`` allows.

    On one line when they fit on it; else the older target, then the arrow with the newer
    (``控制在3%左右`` / ``→ 控制在2%左右``), each wrapped on its own lines if it must be,
    a figure never cut (the arrow ends the older target's line when the newer's figure alone
    is as wide as a line).

    Args:
        change: an indicator's targets in two reports.
        fits: whether a line's text is narrow enough.
        none: the word in place of a target a report does not have.
    """
    before = change.before_value or none
    after = change.after_value or none
    one_line = change.movement(none)
    if fits(one_line):
        return [one_line]
    older = wrap_pieces(line_pieces(before), fits)
    newer = line_pieces(after)
    if fits(f"{ARROW} {newer[0]}".rstrip()):
        newer[0] = f"{ARROW} {newer[0]}"  # the arrow starts the newer target's line
    elif fits(f"{older[-1]} {ARROW}"):
        older[-1] += f" {ARROW}"  # a figure as wide as the line: the arrow ends the older's
    else:
        older.append(ARROW)
    return [*older, *wrap_pieces(newer, fits)]
