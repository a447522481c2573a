"""Each report's diff tokens, kept between comparisons with what else they keep of the report
(its passages' likeness grams, its sections' bigram postings: see ``SideTokens``).

They depend only on the report and the settings, so comparing one report with several others,
comparing again after a pairing correction, or swapping the sides reuses them, as the app
reuses each report's stored words.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from core.compare.records import CompareInput, CompareSettings
from core.compare.side_tokens import SideTokens


def side_key(side: CompareInput, settings: CompareSettings) -> Hashable:
    """What a report's diff tokens depend on: its text, paragraphs and words, and the settings."""
    paragraphs = tuple((p.start, p.end, p.is_noise) for p in side.paragraphs)
    words = None if side.paragraph_tokens is None else tuple(map(tuple, side.paragraph_tokens))
    return side.text, paragraphs, words, settings


class SideTokensCache:
    """The diff tokens of the reports compared most recently, least recently used dropped first.

    Safe to share between threads (the app compares in a worker pool).

    Args:
        capacity: how many reports' tokens to keep (0: keep none).
    """

    def __init__(self, capacity: int = 8) -> None:
        self.capacity = capacity
        self._items: OrderedDict[Hashable, SideTokens] = OrderedDict()
        self._lock = threading.Lock()

    def get(
        self,
        side: CompareInput,
        settings: CompareSettings,
        build: Callable[[CompareInput, CompareSettings], SideTokens],
    ) -> SideTokens:
        """``side``'s tokens under ``settings``: kept ones, or ``build(side, settings)``."""
        key = side_key(side, settings)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                return found
        made = build(side, settings)
        if self.capacity > 0:
            with self._lock:
                self._items[key] = made
                while len(self._items) > self.capacity:
                    self._items.popitem(last=False)
        return made

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def clear(self) -> None:
        """Forget every report's tokens."""
        with self._lock:
            self._items.clear()


SHARED_SIDES = SideTokensCache()
"""The tokens every comparison of this process shares unless given its own cache."""
