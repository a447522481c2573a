"""A section of a comparison named in the app's language.

Core names a stretch of text without a heading of its own by a label (``（开篇）``, ``（导语）``,
``2024年工作安排（结语）``) and the missing side of a section added or removed as
``（无对应）``; headings are the report's own words and stay as they are, while these labels
are the app's words and speak its language: the window hands core's ``section_label`` the
labels' translations (``app_section_names``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.compare.records import SectionPath
from core.compare.section_labels import SectionNames, section_label, section_path

CONTEXT = "SectionNames"

_FRONT = QT_TRANSLATE_NOOP("SectionNames", "(opening)")
_BACK = QT_TRANSLATE_NOOP("SectionNames", "(end)")
_PREAMBLE = QT_TRANSLATE_NOOP("SectionNames", "(introduction)")
_WHOLE = QT_TRANSLATE_NOOP("SectionNames", "(whole text)")
_CLOSING = QT_TRANSLATE_NOOP("SectionNames", "(closing)")
_NO_PARTNER = QT_TRANSLATE_NOOP("SectionNames", "(no counterpart)")


def app_section_names() -> SectionNames:
    """The labels in the app's language; a label in Latin brackets stands a space after the
    part it belongs to (``2024年工作安排 (introduction)``), one in Chinese brackets none."""
    words = [
        QCoreApplication.translate(CONTEXT, str(source))
        for source in (_FRONT, _BACK, _PREAMBLE, _WHOLE, _CLOSING, _NO_PARTNER)
    ]
    joiner = " " if words[2].startswith("(") else ""
    return SectionNames(*words, joiner=joiner)


def shown_label(path: SectionPath) -> str:
    """``section_label(path)`` with its labels in the app's language."""
    return section_label(path, app_section_names())


def shown_path(path: SectionPath) -> str:
    """Every title of ``path``, outermost first (``一、… › （一）…``), labels translated."""
    return section_path(path, app_section_names())
