"""The user's pairing corrections that no longer apply to two compared reports, told by name.

A correction names sections by their titles; a report read again, or given new titles, may no
longer have one of them, and the comparison then goes on without that correction. The compare
view says so, naming each, rather than leave the user to wonder why a pairing made by hand is
gone. The words are core's (``core.compare.unapplied_words``), in the app's language: what
``reportlens compare`` says on its error output, the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.compare import override_reach
from core.compare.records import PairOverride
from core.compare.unapplied_words import unapplied_words
from gui.compare.section_names import app_section_names
from gui.core_messages import app_speaks_chinese


def unapplied_sentence(unapplied: Sequence[PairOverride]) -> str:
    """One sentence naming the corrections that no longer apply ("" when there are none), in
    the app's language, the sections' labels as the window names them."""
    words = unapplied_words(app_speaks_chinese())
    return override_reach.unapplied_sentence(unapplied, words, app_section_names())


def standing_alone(sentence: str) -> str:
    """``sentence`` as a message of its own (the window's status bar) rather than after a
    comparison's counts: its first letter a capital (English; Chinese has none)."""
    return sentence[:1].upper() + sentence[1:]
