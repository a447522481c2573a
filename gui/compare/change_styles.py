"""How each kind of change looks: its colours in the text, the link strip and the overview.

A changed word carries its own dark text on a light background, readable in any palette. A
whole section added or removed is only shaded, under the palette's own text colour: light in a
light palette, a dark tint of the same hue in a dark one (white text on pale pink is unreadable).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QTextCharFormat

from core.compare.records import Change, ChangeKind


class Look(StrEnum):
    """The visual classes a change can take (a changed number outranks its kind)."""

    INSERTED = "inserted"
    DELETED = "deleted"
    REPLACED = "replaced"
    NUMBER = "number"
    MOVED = "moved"
    ADDED_SECTION = "added_section"
    REMOVED_SECTION = "removed_section"


@dataclass(frozen=True)
class LookStyle:
    """Colours of one look: the text background, the text colour and the strip's fill."""

    look: Look
    background: str
    foreground: str
    strip: str
    bold: bool = False
    strike: bool = False


STYLES: dict[Look, LookStyle] = {
    Look.INSERTED: LookStyle(Look.INSERTED, "#b9ecbd", "#0d4a12", "#7cc983"),
    Look.DELETED: LookStyle(Look.DELETED, "#f8c4c4", "#7d1515", "#e08b8b", strike=True),
    Look.REPLACED: LookStyle(Look.REPLACED, "#fbe3a0", "#4a3600", "#e8c25a"),
    Look.NUMBER: LookStyle(Look.NUMBER, "#ff9a2e", "#000000", "#e06c00", bold=True),
    Look.MOVED: LookStyle(Look.MOVED, "#cfe0fa", "#123a73", "#7ea7e6"),
    Look.ADDED_SECTION: LookStyle(Look.ADDED_SECTION, "#e6f6e7", "", "#b5e0b8"),
    Look.REMOVED_SECTION: LookStyle(Look.REMOVED_SECTION, "#fbe9e9", "", "#eab7b7"),
}


def look_of(change: Change) -> Look:
    """The look of ``change``: a changed number first, then its kind."""
    if change.numbers_changed:
        return Look.NUMBER
    return Look(change.kind.value)


def look_name(look: Look) -> str:
    """The legend's word for a look: the change list's word for its kind, but a whole section
    added or removed in the plural, as the count beside it reads (``Added sections 11``)."""
    names = {
        Look.NUMBER: QCoreApplication.translate("ChangeLook", "Changed number"),
        Look.ADDED_SECTION: QCoreApplication.translate("ChangeLook", "Added sections"),
        Look.REMOVED_SECTION: QCoreApplication.translate("ChangeLook", "Removed sections"),
    }
    return names.get(look) or kind_name(ChangeKind(look.value))


def kind_name(kind: ChangeKind) -> str:
    """The change list's word for a kind of change (the HTML report's and the command line's
    words for it are the same: ``core.compare.html_words``, ``core.cli.change_line_words``)."""
    names = {
        ChangeKind.INSERTED: QCoreApplication.translate("ChangeLook", "Inserted"),
        ChangeKind.DELETED: QCoreApplication.translate("ChangeLook", "Deleted"),
        ChangeKind.REPLACED: QCoreApplication.translate("ChangeLook", "Reworded"),
        ChangeKind.MOVED: QCoreApplication.translate("ChangeLook", "Moved"),
        ChangeKind.ADDED_SECTION: QCoreApplication.translate("ChangeLook", "Added section"),
        ChangeKind.REMOVED_SECTION: QCoreApplication.translate("ChangeLook", "Removed section"),
    }
    return names[kind]


DARK_TINT = 0.3  # how much of a section's hue shows over a dark palette's base


def section_shade(look: Look) -> QColor:
    """The background of a look drawn under the palette's text colour (a section added or
    removed): its light colour, or over a dark base a dark tint of its hue."""
    style = STYLES[look]
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    if base.lightness() >= 128:
        return QColor(style.background)
    hue = QColor(style.strip)
    return QColor(
        round(base.red() + (hue.red() - base.red()) * DARK_TINT),
        round(base.green() + (hue.green() - base.green()) * DARK_TINT),
        round(base.blue() + (hue.blue() - base.blue()) * DARK_TINT),
    )


def char_format(look: Look) -> QTextCharFormat:
    """The character format that marks a changed span in the text."""
    style = STYLES[look]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(style.background) if style.foreground else section_shade(look))
    if style.foreground:
        fmt.setForeground(QColor(style.foreground))
    if style.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(style.strip))
    if style.strike:
        fmt.setFontStrikeOut(True)
    return fmt


def strip_colour(look: Look, alpha: int = 255) -> QColor:
    """The fill of a change's link in the strip and its mark on the overview bar."""
    colour = QColor(STYLES[look].strip)
    colour.setAlpha(alpha)
    return colour
