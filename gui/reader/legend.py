"""The legend of number highlights: one coloured switch per kind of numeric statement."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from gui.counts import counted
from gui.flow_layout import FlowLayout
from gui.reader.number_kinds import SELDOM_KINDS, NumberHighlightState, number_kind_styles


def swatch_icon(colour: QColor, size: int = 12) -> QIcon:
    """A small rounded square of ``colour``."""
    pixmap = QPixmap(QSize(size, size) * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(colour.darker(130))
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class NumberLegend(QWidget):
    """A row of checkable chips, one per kind, switching its highlights on and off; in a
    narrow window the row wraps rather than hold the text to its width."""

    def __init__(self, state: NumberHighlightState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numberLegend")
        self._state = state
        layout = FlowLayout(self, spacing=4)
        layout.setContentsMargins(8, 2, 8, 2)
        label = QLabel(self.tr("Numbers:"))
        layout.addWidget(label)
        self._buttons: dict[str, QToolButton] = {}
        self._names: dict[str, str] = {}
        for style in number_kind_styles():
            button = QToolButton(self)
            button.setObjectName(f"legend_{style.kind}")
            button.setText(style.name)
            button.setToolTip(self.tr("Highlight: %1").replace("%1", style.description))
            button.setIcon(swatch_icon(QColor(style.colour)))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setChecked(state.is_shown(style.kind))
            button.toggled.connect(lambda on, kind=style.kind: state.set_shown(kind, on))
            layout.addWidget(button)
            self._buttons[style.kind] = button
            self._names[style.kind] = style.name
        state.changed.connect(self._sync)

    def button(self, kind: str) -> QToolButton:
        """The switch of one kind."""
        return self._buttons[kind]

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show how many numbers of each kind the report has; a kind it has none of is
        greyed (its switch would change nothing), in its place so that the row keeps its
        order from one report to the next, or left out if few reports have any (other
        figures, last in the row: most reports would give it a line of its own)."""
        for kind, button in self._buttons.items():
            count = counts.get(kind, 0)
            button.setText(counted(self._names[kind], count))
            button.setEnabled(count > 0)
            button.setHidden(count == 0 and kind in SELDOM_KINDS)

    def _sync(self) -> None:
        for kind, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(self._state.is_shown(kind))
            button.blockSignals(False)
