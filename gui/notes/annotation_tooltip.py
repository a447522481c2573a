"""An annotation's tooltip in the annotations panel: its passage, its note, its tags and when it
was made and last changed, as rich text that wraps at a reading width (Qt shows a plain text
tooltip on one line, however long, past the screen's edge).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolTip

from core.notes.note_text import note_plain_lines
from core.notes.records import Annotation
from gui.core_messages import app_speaks_chinese

# Characters of a quote, and of a note, the tooltip holds: a paragraph whole, a highlight
# over a whole section cut with an ellipsis, so that the tooltip stays within the screen.
QUOTE_LIMIT = 600
NOTE_LIMIT = 600
# The tooltip's lines wrap at this many Chinese characters' width.
LINE_CHARACTERS = 28


def annotation_tooltip(annotation: Annotation, quote: str) -> str:
    """The tooltip of ``annotation``'s row: ``quote`` (its passage as the reader shows it), the
    note as the text its Markdown shows, the tags, the times it was made and last changed in
    the user's local time; the user's words escaped, so that ``<`` or ``&`` reads as written.
    Lines wider than ``LINE_CHARACTERS`` wrap at that width; a tooltip of shorter lines keeps
    each on one line (Qt would wrap a short one in two or three to make it look square).

    Args:
        annotation: the annotation listed.
        quote: its passage, as ``shown_quote`` reads it.
    """
    blocks = [cut_short(quote.strip(), QUOTE_LIMIT)]
    note = "\n".join(note_plain_lines(annotation.note))
    if note:
        blocks.append("✎ " + cut_short(note, NOTE_LIMIT))
    if annotation.tags:
        blocks.append(" ".join(f"#{tag}" for tag in annotation.tags))
    times = _times(annotation)
    metrics = QFontMetrics(QToolTip.font())
    width = metrics.horizontalAdvance("字") * LINE_CHARACTERS
    lines = "\n".join([*blocks, times]).split("\n")
    if max(metrics.horizontalAdvance(line) for line in lines) <= width:
        shown = "".join(_paragraph(block, '<p style="white-space:pre">') for block in blocks)
        if times:
            shown += _paragraph(times, '<p style="white-space:pre"><small>', "</small></p>")
        return f"<qt>{shown}</qt>"
    shown = "".join(_paragraph(block) for block in blocks)
    if times:
        shown += _paragraph(times, "<p><small>", "</small></p>")
    # A table of a set width is what Qt's rich text wraps its lines at.
    return f'<qt><table width="{width}"><tr><td>{shown}</td></tr></table></qt>'


def cut_short(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, the last an ellipsis when it goes on.

    Args:
        text: the text.
        limit: the most characters kept, the ellipsis among them.
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _paragraph(text: str, opening: str = "<p>", closing: str = "</p>") -> str:
    """``text`` as a paragraph of rich text, its characters escaped, its line breaks kept."""
    return opening + html.escape(text).replace("\n", "<br>") + closing


def _times(annotation: Annotation) -> str:
    """When the annotation was made, and last changed if it was since, in local time."""
    made = local_moment(annotation.created_at)
    changed = local_moment(annotation.updated_at)
    if not made:
        return ""
    if not changed or changed == made:
        return QCoreApplication.translate("AnnotationTooltip", "Made {made}").format(made=made)
    return QCoreApplication.translate(
        "AnnotationTooltip", "Made {made}, last changed {changed}"
    ).format(made=made, changed=changed)


def local_moment(moment: str) -> str:
    """A time the library keeps (ISO 8601, UTC) as the user's clock and locale show it, to the
    minute; empty when it does not read as a time.

    Args:
        moment: the stored time.
    """
    when = QDateTime.fromString(moment, Qt.DateFormat.ISODate)
    if not when.isValid():
        return ""
    return _locale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)


def _locale() -> QLocale:
    """The user's locale in the window's language: the system's when it speaks that language,
    else the language's own (Chinese chosen on an English system, English on a Chinese one or
    on a system with no language set)."""
    system = QLocale.system()
    if app_speaks_chinese():
        wanted, own = QLocale.Language.Chinese, "zh_CN"
    else:
        wanted, own = QLocale.Language.English, "en_GB"
    return system if system.language() == wanted else QLocale(own)
