"""Which edits of punctuation alone are layout (hidden by default) and which change a sentence.

Width is folded in the tokens' keys already (``，`` = ``,``, ``；`` = ``;``). What is left of an
edition's setting is the comma: a text set in half-width punctuation has one comma, ``,``, for
both the pause ``，`` and the enumeration comma ``、`` (the 长治 newspaper edition prints
``完成营造林13万亩,水土保持治理45万亩`` where the full text has ``、``). Every other edit of
punctuation is the writer's: ``，`` → ``。`` ends a sentence where one ran on
(``绿色贷款224.9亿元。入选…``), ``；`` → ``,`` joins two targets into one clause, a comma
dropped or added changes the reading. Those show by default.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# The marks a half-width setting writes as its one comma (widths already folded in the keys).
_COMMAS = str.maketrans({"、": ",", "､": ","})


def is_layout_edit(old_keys: Iterable[str], new_keys: Iterable[str]) -> bool:
    """Whether replacing the tokens keyed ``old_keys`` by those keyed ``new_keys`` (matching
    keys, widths folded) is a difference of setting only: both sides punctuation alone, the
    same but for which comma is written.

    Args:
        old_keys: the keys of the left side's tokens (none for an insertion).
        new_keys: the keys of the right side's tokens (none for a deletion).
    """
    old = _punctuation_alone(old_keys)
    if old is None:
        return False
    new = _punctuation_alone(new_keys)
    return new is not None and old.translate(_COMMAS) == new.translate(_COMMAS)


def _punctuation_alone(keys: Iterable[str]) -> str | None:
    """``keys`` joined if they are punctuation alone, else None (found at the first word: a
    replaced passage of words is left at once)."""
    found = []
    for key in keys:
        if not _is_punctuation(key):
            return None
        found.append(key)
    return "".join(found)


@lru_cache(maxsize=4096)
def _is_punctuation(key: str) -> bool:
    return all(unicodedata.category(ch).startswith("P") for ch in key)
