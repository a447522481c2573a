"""A label with its count as the app's language writes it: ``Imported (3)``, ``已导入（3）``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def counted(label: str, count: int | str) -> str:
    """``label`` followed by ``count`` in brackets (full-width in Chinese)."""
    return (
        QCoreApplication.translate("Counts", "%1 (%2)")
        .replace("%2", str(count))
        .replace("%1", label)
    )
