"""Which reading of a report's text made its stored outline and paragraphs.

A report's outline, paragraphs, tokens and search index rows are read from its text once, at
import, and stored. When what reading finds changes (a heading grammar, where a paragraph
breaks), ``READER_VERSION`` goes up by one; reports read by an earlier version are read again
from their stored text the next time the library is opened for writing
(``core.reading_upgrade``), each in one transaction. The text itself never changes, so the
annotations, anchored by offsets into it, stay where they are.
"""

from __future__ import annotations

READER_VERSION = 4
"""0: the readings of libraries before the version was kept. 1: the reading of the version
that began keeping it. 2: a title line (``长治市2024年政府工作报告``, ``市长 某某``) is a
paragraph of its own, no longer glued to the salutation after it. 3: a body line broken after a
name ending in 报告 (``…评价报告`` / ``编制工作，…``) is joined again; only 工作报告 or a line
before the speech's opening stands alone. 4: a text with one paragraph per line (saved as text from
Word or WPS, copied from a web page) reads each line as a paragraph; in wrapped text a short
line closing a sentence, or an indented line after one, ends a paragraph; a salutation line
(``各位代表：``) stands alone."""
