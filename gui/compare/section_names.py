"""A section of a comparison named in the app's language.

Core names a stretch of text without a heading of its own by a label (``（开篇）``, ``（导语）``,
``2024年工作安排（结语）``) and the missing side of a section added or removed as
``（无对应）``; headings are the report's own words and stay as they are, while these labels
are the app's words and speak its language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.compare.records import SectionPath
from core.compare.units import BACK, CLOSING, FRONT, NO_PARTNER, PREAMBLE, WHOLE, section_label

CONTEXT = "SectionNames"

_LABELS = {
    FRONT: QT_TRANSLATE_NOOP("SectionNames", "(opening)"),
    BACK: QT_TRANSLATE_NOOP("SectionNames", "(end)"),
    PREAMBLE: QT_TRANSLATE_NOOP("SectionNames", "(introduction)"),
    WHOLE: QT_TRANSLATE_NOOP("SectionNames", "(whole text)"),
    CLOSING: QT_TRANSLATE_NOOP("SectionNames", "(closing)"),
    NO_PARTNER: QT_TRANSLATE_NOOP("SectionNames", "(no counterpart)"),
}


def shown_label(path: SectionPath) -> str:
    """``section_label(path)`` with its labels in the app's language."""
    label = section_label(path)
    for core_words in _LABELS:
        if core_words in label:
            words = _translated(core_words)
            if words.startswith("(") and not label.startswith(core_words):
                words = " " + words  # 2024年工作安排 (introduction)
            label = label.replace(core_words, words)
    return label


def shown_path(path: SectionPath) -> str:
    """Every title of ``path``, outermost first (``一、… › （一）…``), labels translated."""
    return " › ".join(_translated(title) if title in _LABELS else title for title in path)


def _translated(core_words: str) -> str:
    return QCoreApplication.translate(CONTEXT, str(_LABELS[core_words]))
