"""The widths the user gave the numbers table's columns, kept between reports and starts.

A column dragged wider or narrower keeps that width for every report (the others share what
is left); double-clicking the border after its title (``forget``) gives it back to the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

SETTINGS_KEY = "numbers/column_widths"
"""Where the widths are kept: ``name=width`` pairs, as ``indicator=120,section=90``."""


class KeptWidths:
    """Column widths by column name, in ``settings`` when given.

    Args:
        settings: the app's settings (None: kept while this object lives).
    """

    def __init__(self, settings: QSettings | None) -> None:
        self._settings = settings
        self._widths = _parse(str(settings.value(SETTINGS_KEY, "") or "")) if settings else {}

    def widths(self) -> dict[str, int]:
        """The kept widths by column name."""
        return dict(self._widths)

    def keep(self, name: str, width: int) -> None:
        """Keep ``width`` for the column ``name``."""
        self._widths[name] = width
        self._save()

    def forget(self, name: str) -> None:
        """Let the panel size the column ``name`` again."""
        self._widths.pop(name, None)
        self._save()

    def _save(self) -> None:
        if self._settings is not None:
            text = ",".join(f"{name}={width}" for name, width in sorted(self._widths.items()))
            self._settings.setValue(SETTINGS_KEY, text)


def _parse(text: str) -> dict[str, int]:
    """``indicator=120,section=90`` as a dict; a malformed pair is left out."""
    widths: dict[str, int] = {}
    for pair in text.split(","):
        name, _, width = pair.partition("=")
        if name.strip() and width.strip().isdigit() and int(width) > 0:
            widths[name.strip()] = int(width)
    return widths
