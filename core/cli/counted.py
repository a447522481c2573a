"""A command-line text with a count in it, said for one as English says it (``1 annotation``)
and for any other number as the plural (``3 annotations``); Chinese says both alike."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Counted:
    """A text with ``{count}`` in it, in one language.

    Attributes:
        other: the text for any count but one (the only text of a language without plurals).
        one: the text for a count of one, when the language says it otherwise.
    """

    other: str
    one: str | None = None

    def format(self, *, count: int, **values: object) -> str:
        """The text for ``count``, its other placeholders filled from ``values``."""
        text = self.one if count == 1 and self.one is not None else self.other
        return text.format(count=count, **values)
