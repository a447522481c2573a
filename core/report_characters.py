"""The characters government work reports are written with, the most used first.

Laying out Chinese text costs most the first time each character is measured in a font: the
window measures these while it is idle after its first paint (gui/reader/font_warmup.py), so
that the first report opened does not pay for them. They are the characters of the bundled
sample reports: five reports of two cities use some 1,600 distinct characters, and of any
one report's, 84–99 % are found in the other four.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from core.resources import resource_path


@cache
def report_characters() -> str:
    """Each character of the sample reports once, the most frequent first (no whitespace)."""
    counts: Counter[str] = Counter()
    for path in sorted(resource_path("samples").glob("*.txt")):
        counts.update(path.read_text(encoding="utf-8"))
    return "".join(character for character, _ in counts.most_common() if not character.isspace())
