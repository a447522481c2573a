"""A line that reads as a report's title, or a line of its title block, kept from what follows.

A report file often opens with its title block, each line standing alone between blank lines
or one to a line: ``长治市2024年政府工作报告``, ``——2024年1月20日在…会议上``,
``长治市人民政府市长 某某``, then the salutation ``各位代表：``. Such a line stops without
punctuation, as a line whose word was broken by extraction does, yet no word runs on from it,
and none runs into a line holding only the salutation: the paragraphs, the normalised copy and
the copy figures are read from all keep them apart by these tests.
"""

from __future__ import annotations

import re

from core.line_space import LINE_SPACE, LINE_SPACE_CLASS, LINE_SPACE_RUN

# What may open a title line before its words: spaces of any kind, Markdown's #.
LINE_OPENING = f"^[{LINE_SPACE_CLASS}#]*"
# How far from the top of a text its title is looked for, in characters.
TITLE_REACH = 300

# A line opening like a heading: ``# 标题``, ``一、``, ``一是``, ``（一）``, ``——``, ``●``.
HEADING_LINE = re.compile(
    LINE_SPACE_RUN + r"(?:#{1,6}\s|[一二三四五六七八九十]{1,3}[、是]"
    r"|[(（][一二三四五六七八九十]{1,3}[)）]|——|●)"
)
# The opening of a speech's salutation: 各位代表：, 各位代表、各位委员：, 同志们！
_SALUTATION = re.compile(LINE_SPACE_RUN + r"(?:各位|同志们)[^\n。]{0,24}?[：:！!，,]")
# A salutation standing as a line of its own: 各位代表：, 各位代表、各位委员：, 各位代表！
_SALUTATION_LINE = re.compile(r"(?:各位|同志们)[^\n。，,]{0,24}?[：:！!]")
# Punctuation inside a sentence or closing one: a title line holds none.
_SENTENCE_PUNCTUATION = frozenset("，。；：！？、,;:!?")
# A line standing alone before a salutation or a heading reads as a title up to this length.
_TITLE_MAX_LENGTH = 40


def reads_as_title(line: str, following: str) -> bool:
    """Whether ``line``, standing alone, reads as a title or a title block's line: no sentence
    punctuation, and either ending in 工作报告, or in another 报告 before a line that opens the
    speech or holds no punctuation either, or short and followed by a salutation
    (``各位代表：``) or a heading. No word is broken out of such a line, however long it is.

    Args:
        line: the line before a blank line, as read or normalised.
        following: the text after the blank line, at least the line it opens.
    """
    body = line.strip(LINE_SPACE)
    if not body or any(ch in _SENTENCE_PUNCTUATION for ch in body):
        return False
    opens_speech = bool(_SALUTATION.match(following) or HEADING_LINE.match(following))
    if body.endswith("工作报告"):
        return True
    if body.endswith("报告"):
        # A title block's next line is a salutation, a heading or another line without
        # punctuation (``市长 某某``); a body line broken after 报告 runs on into a sentence
        # (``…评价报告`` / ``编制工作，完成审查。``).
        next_line = following.split("\n", 1)[0].strip(LINE_SPACE)
        return opens_speech or not any(ch in _SENTENCE_PUNCTUATION for ch in next_line)
    return len(body) <= _TITLE_MAX_LENGTH and opens_speech


def is_salutation_line(line: str) -> bool:
    """Whether ``line`` holds nothing but a salutation (``各位代表：``, ``各位代表！``): the
    speech's opening or closing address, a paragraph of its own."""
    return _SALUTATION_LINE.fullmatch(line.strip(LINE_SPACE)) is not None
