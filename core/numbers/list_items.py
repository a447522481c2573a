"""How the figures of one clause divide into the items of a list: what joins a figure to the
one before it (``分别增长7%和8%``), where an item's own words begin (``8个公园、44个游园``), and
a count of some of a whole counted before it (``9项主要经济指标中8项``)."""

from __future__ import annotations

import re

from core.numbers.values import Figure, find_figures

# What stands between two figures that share the words before the first: ``7%和8%``.
LIST_GAP = re.compile(r"[、和及与,，\s]*")
# What stands between one list item's words and the next item's figure: ``公园、44个游园``.
_ITEM_BREAK = re.compile(r"\s*[、，,；;和及与]\s*")
# What ends one list item's words when the next item has words of its own before its figure.
_ITEM_PUNCTUATION = re.compile(r"\s*[、，,；;]\s*")


def item_words_start(
    text: str,
    previous_end: int,
    read_up_to: int,
    figure: Figure,
    *,
    after_statement: bool,
    after_a_whole: bool,
) -> int:
    """Where the words of ``figure`` may begin: after the figure before it, or after the words
    the statement before it read when the two are items of a list (``8个公园、44个游园``) or
    the one before counts a whole this figure counts some of (``9项…指标中8项``). Words two
    figures share with nothing between (``10个国控断面水质优良率100%``) stay with both; a
    figure inside the words of the one before (a size passed over: ``100个投资10亿元以上重大
    工程项目``) is read from that figure on.

    Args:
        text: the scanning copy of a report.
        previous_end: where the figure before this one ends (or the clause begins).
        read_up_to: where the words of the statement before end.
        figure: the figure whose words are sought.
        after_statement: whether a statement was read before it in the sentence.
        after_a_whole: whether that statement counts a whole (``9项主要经济指标中``).
    """
    if not after_statement or not previous_end < read_up_to <= figure.start:
        return previous_end
    if _ITEM_BREAK.fullmatch(text, read_up_to, figure.start):
        return read_up_to
    item_break = _ITEM_PUNCTUATION.match(text, read_up_to, figure.start)
    if item_break is not None:  # the next item's own words: ``绿电园区、绿电消纳比例达到35%``
        return item_break.end()
    return read_up_to if after_a_whole and read_up_to == figure.start else previous_end


def counts_some_of(text: str, at: int, figure: Figure) -> bool:
    """Whether the figure at ``at`` counts some of what ``figure`` counts: the same unit, fewer
    (``9项主要经济指标中8项``, not ``2所高中3所初中``).

    Args:
        text: the scanning copy of a report.
        at: where the words of ``figure`` end.
        figure: the count of the whole.
    """
    following = find_figures(text, at, min(len(text), at + 16))
    if not following or following[0].start != at:
        return False
    some = following[0]
    return (
        some.unit == figure.unit
        and some.value is not None
        and figure.value is not None
        and some.value < figure.value
    )
