"""Whether a file is clearly not an edition of a report: another city's or year's, worded apart.

Replacing a report deletes it, so a file that is another report altogether (太原 2023 chosen for
长治 2024 by a slip of the mouse) must be refused. An edition may differ in much: a newspaper
printing starts mid-part and carries OCR errors, a corrected text may fix the very title line
a year is read from, and the user may have corrected the report's details by hand. So the test
reads region and year from both texts alike (never the details as stored), refuses only when
one of them is known on both sides and differs, and even then accepts a text that shares most
of its sentences with the report's: editions of one report share three in four or more of
them (the newspaper sample 77 %, a corrected text all), two years or two cities a tenth at most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.analysis import analyse_text
from core.model import ReportMeta
from core.text import normalise

# Of the shorter text's sentences, the share the other must hold for the two to be one report.
EDITION_SENTENCE_SHARE = 0.5
# Shorter sentences ("今年主要预期目标是") recur in every report and say nothing.
_MIN_SENTENCE = 8
_SENTENCE_BREAK = re.compile(r"[。；;!！?？\n]")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class EditionMismatch:
    """How a file reads against the report it was to replace.

    Attributes:
        found: the file's region and year as read from its text (``太原市, 2023``).
        expected: the report's, read from its text the same way (``长治市, 2024``).
    """

    found: str
    expected: str


def _reading(meta: ReportMeta) -> str:
    return ", ".join(str(part) for part in (meta.region, meta.year) if part is not None)


def _sentences(text: str) -> set[str]:
    pieces = (_SPACE.sub("", piece) for piece in _SENTENCE_BREAK.split(normalise(text).text))
    return {piece for piece in pieces if len(piece) >= _MIN_SENTENCE}


def shared_sentence_share(first: str, second: str) -> float:
    """The share of the shorter text's sentences that the other holds word for word.

    Args:
        first: one text as read.
        second: the other.
    """
    one, other = _sentences(first), _sentences(second)
    fewer, more = (one, other) if len(one) <= len(other) else (other, one)
    return len(fewer & more) / len(fewer) if fewer else 0.0


def edition_mismatch(
    report_text: str, report_name: str, file_text: str, file_name: str
) -> EditionMismatch | None:
    """How a file clearly differs from the report it is to replace, or None if it may be an
    edition of it.

    Args:
        report_text: the report's text as stored.
        report_name: the name of the file it was imported from (a hint for region and year).
        file_text: the new file's text as read.
        file_name: the new file's name.
    """
    expected = analyse_text(report_text, report_name).meta
    found = analyse_text(file_text, file_name).meta
    differs = any(
        mine is not None and theirs is not None and mine != theirs
        for mine, theirs in ((expected.region, found.region), (expected.year, found.year))
    )
    if not differs or shared_sentence_share(report_text, file_text) >= EDITION_SENTENCE_SHARE:
        return None
    return EditionMismatch(_reading(found), _reading(expected))
