"""The user's pairing corrections that no longer apply to two compared reports, told by name.

A correction names sections by their titles; a report read again, or given new titles, may no
longer have one of them, and the comparison then goes on without that correction. The compare
view says so, naming each, rather than leave the user to wonder why a pairing made by hand is
gone (``reportlens compare`` says it on its error output).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from core.compare.records import PairOverride
from gui.compare.section_names import shown_label
from gui.placeholders import fill_placeholders


def correction_name(override: PairOverride) -> str:
    """A correction as a reader names it: “A” paired with “B”, or “A” kept unpaired (in
    Chinese 「A」与「B」配对, 「A」保持不配对)."""
    left = shown_label(override.left) if override.left is not None else None
    right = shown_label(override.right) if override.right is not None else None
    if left is not None and right is not None:
        return fill_placeholders(
            QCoreApplication.translate("UnappliedCorrections", "“%1” paired with “%2”"),
            left,
            right,
        )
    return fill_placeholders(
        QCoreApplication.translate("UnappliedCorrections", "“%1” kept unpaired"),
        left or right or "",
    )


def unapplied_sentence(unapplied: Sequence[PairOverride]) -> str:
    """One sentence naming the corrections that no longer apply ("" when there are none)."""
    if not unapplied:
        return ""
    names = QCoreApplication.translate("UnappliedCorrections", "; ").join(
        map(correction_name, unapplied)
    )
    if len(unapplied) == 1:
        message = QCoreApplication.translate(
            "UnappliedCorrections",
            "1 pairing correction no longer applies, since a section it names is not in "
            "these reports any more: %1",
        )
        return fill_placeholders(message, names)
    message = QCoreApplication.translate(
        "UnappliedCorrections",
        "%1 pairing corrections no longer apply, since a section each names is not in "
        "these reports any more: %2",
    )
    return fill_placeholders(message, len(unapplied), names)
