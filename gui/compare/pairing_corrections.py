"""The pairing corrections of a compare view: areas paired, or left unpaired, by hand, kept as
the sides are shown (swapped with them); each change the user makes is told, to compare again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from core.compare.records import PairOverride, SectionPath
from gui.compare.pairing_by_hand import swapped, with_override, without_overrides_of


class PairingCorrections(QObject):
    """The corrections of one compare view, left and right as the view shows them.

    Args:
        overrides: the corrections kept from an earlier session.
        parent: the view.
    """

    changed = Signal()  # the user changed them: the view compares again

    def __init__(self, overrides: Sequence[PairOverride], parent: QObject) -> None:
        super().__init__(parent)
        self._overrides = list(overrides)

    def overrides(self) -> list[PairOverride]:
        """The corrections, left and right as now shown."""
        return list(self._overrides)

    def use(self, overrides: Sequence[PairOverride]) -> None:
        """Take stored corrections (not a change the user made: no ``changed``)."""
        self._overrides = list(overrides)

    def swap(self) -> None:
        """The sides were exchanged: so are the corrections' (no ``changed``)."""
        self._overrides = swapped(self._overrides)

    def pair(self, left_path: SectionPath, right_path: SectionPath) -> None:
        """Pair two areas by hand."""
        self._add(PairOverride(left_path, right_path))

    def unpair(self, path: SectionPath, left: bool) -> None:
        """Leave an area of one side unpaired."""
        self._add(PairOverride(path, None) if left else PairOverride(None, path))

    def restore_automatic(self, path: SectionPath, left: bool) -> None:
        """Let the engine pair an area of one side again (and any partner it was given by
        hand)."""
        self._change(without_overrides_of(self._overrides, path, left))

    def restore_all_automatic(self) -> None:
        """Drop every pairing made by hand."""
        self._change([])

    def _add(self, override: PairOverride) -> None:
        self._change(with_override(self._overrides, override))

    def _change(self, overrides: list[PairOverride]) -> None:
        if overrides == self._overrides:
            return
        self._overrides = overrides
        self.changed.emit()
