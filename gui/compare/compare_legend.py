"""The legend of the compare view: one swatch per kind of change, with its count, and the
comparison's status: its changes and the current one, or why it failed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from core.compare.records import ChangeCounts, ChangeKind
from gui.compare.change_styles import STYLES, Look, look_name
from gui.core_messages import translated_message
from gui.flow_layout import FlowLayout
from gui.reader.legend import swatch_icon

# The status line's widest text in pixels: it shares the row with the legend's swatches.
STATUS_WIDTH = 360

# The kinds of change, whose counts add up to the total, then the changed numbers: each is
# also a changed passage, so it is counted among those, not beside them.
_SHOWN = (
    Look.REPLACED,
    Look.INSERTED,
    Look.DELETED,
    Look.MOVED,
    Look.ADDED_SECTION,
    Look.REMOVED_SECTION,
    Look.NUMBER,
)


class CompareLegend(QWidget):
    """Swatches naming the colours of the text, followed by the overall counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareLegend")
        # Narrow (a laptop's window), the swatches wrap onto a second row rather than widen
        # the window; the status keeps to the right end of its row.
        layout = FlowLayout(self, spacing=10, last_to_the_right=True)
        layout.setContentsMargins(8, 2, 8, 2)
        self._labels: dict[Look, QLabel] = {}
        for look in _SHOWN:
            item = QWidget(self)  # a swatch and its name, never parted by the wrapping
            pair = QHBoxLayout(item)
            pair.setContentsMargins(0, 0, 0, 0)
            pair.setSpacing(4)
            swatch = QLabel(item)
            style = STYLES[look]
            swatch.setPixmap(
                swatch_icon(QColor(style.background).darker(105)).pixmap(QSize(12, 12))
            )
            text = QLabel(look_name(look), item)
            text.setObjectName(f"legend_{look.value}")
            if style.bold:
                font = text.font()
                font.setBold(True)
                text.setFont(font)
            pair.addWidget(swatch)
            pair.addWidget(text)
            layout.addWidget(item)
            self._labels[look] = text
        self.status = QLabel(self)
        self.status.setObjectName("compareStatus")
        layout.addWidget(self.status)

    def show_status(self, text: str) -> None:
        """Say how the comparison stands, on one short line: a message of several lines (an
        error's explanation) shows its first, a long line its beginning, and the whole is in
        the tooltip."""
        whole = text.strip()
        line = (whole.splitlines() or [""])[0]
        shown = self.status.fontMetrics().elidedText(
            line, Qt.TextElideMode.ElideRight, STATUS_WIDTH
        )
        if shown == line and line != whole:
            shown += " …"
        self.status.setText(shown)
        self.status.setToolTip(whole if shown != whole else "")

    def show_changes(self, total: int, current: int, unapplied: str) -> None:
        """Say how many changes there are, which of them is current (-1: none; 第 2 / 110 处改动),
        and the sentence on the pairing corrections that no longer apply (if any)."""
        if current >= 0:
            status = self.tr("Change %1 of %2").replace("%1", str(current + 1))
        else:
            status = self.tr("%1 changes") if total != 1 else self.tr("%1 change")
        status = status.replace("%2" if current >= 0 else "%1", str(total))
        if unapplied:
            status = f"{status} · {unapplied}"
        self.show_status(status)

    def show_failure(self, message: str) -> None:
        """Say that the comparison failed, and why (a core message, translated)."""
        self.show_status(
            self.tr("Comparison failed: %1").replace("%1", translated_message(message))
        )

    def label(self, look: Look) -> QLabel:
        """The legend's label of one look."""
        return self._labels[look]

    def set_counts(
        self, counts: ChangeCounts | None, kinds: Mapping[ChangeKind, int] | None = None
    ) -> None:
        """Put each look's count beside its name: changed numbers from ``counts``, the rest
        from ``kinds``, the count of each kind of change (None: names only)."""
        values: dict[Look, int] = {}
        if counts is not None:
            values[Look.NUMBER] = counts.numbers
        if kinds is not None:
            values.update((Look(kind.value), n) for kind, n in kinds.items())
        for look, label in self._labels.items():
            value = values.get(look)
            if value is None:
                label.setText(look_name(look))
            elif look is Look.NUMBER:
                among = (
                    self.tr("(%1 changed numbers among them)")
                    if value != 1
                    else self.tr("(%1 changed number among them)")
                )
                label.setText(among.replace("%1", str(value)))
            else:
                label.setText(f"{look_name(look)} {value}")
