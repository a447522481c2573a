"""The blank characters that can open or close a line of a report, besides plain spaces.

Text extracted from PDFs and web pages indents and pads its lines with more than spaces and
tabs: pdftotext ends every page with a form feed, so a heading at the top of a page opens with
one; web pages indent paragraphs with no-break spaces (U+00A0) or ideographic spaces (U+3000);
editors leave a byte-order mark or a zero-width space. Wherever the start or end of a line is
judged (a heading, a paragraph's edges, the gap of a broken word), every one of them reads as
the space it looks like. The text as read keeps them, so offsets into it never change.
"""

from __future__ import annotations

import re

# Every character Python counts as whitespace except the line break itself, and the invisible
# ones an editor leaves at a line's start (zero-width space, word joiner, byte-order mark).
LINE_SPACE = (
    "\t\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
)

# The same characters as the body of a regular-expression character class (no brackets), to
# be combined with others: ``f"[{LINE_SPACE_CLASS}#]*"``.
LINE_SPACE_CLASS = "".join(re.escape(ch) if ch in "\\]^-" else ch for ch in LINE_SPACE)

# Any run of them, possibly empty.
LINE_SPACE_RUN = f"[{LINE_SPACE_CLASS}]*"
