"""A label with its count as the app's language writes it: ``Imported (3)``, ``已导入（3）``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.placeholders import fill_placeholders


def counted(label: str, count: int | str) -> str:
    """``label`` followed by ``count`` in brackets (full-width in Chinese)."""
    return fill_placeholders(QCoreApplication.translate("Counts", "%1 (%2)"), label, count)
