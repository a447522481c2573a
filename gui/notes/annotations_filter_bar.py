"""The annotations panel's filter bar: the search box, the colour and tag filters, the switches
(every report's annotations, those that need placing) and the palette and export buttons.

It only presents the choices and says when they change; the panel reads them
(``AnnotationsFilterBar.filters``) and lists what they find.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.notes.records import PaletteColour
from gui.counts import counted
from gui.flow_layout import FlowLayout
from gui.notes.note_editor import colour_icon


@dataclass(frozen=True)
class PanelFilters:
    """What the filter bar asks of the list.

    Args:
        text: the words searched for in notes, quotes and tags ("" for any).
        colour: the palette key chosen (None: every colour).
        tag: the tag chosen (None: every tag).
        everywhere: every report's annotations, not only the open report's.
        needs_placing: only the annotations whose passage was lost.
    """

    text: str
    colour: str | None
    tag: str | None
    everywhere: bool
    needs_placing: bool


class AnnotationsFilterBar(QWidget):
    """The rows above the annotations list; in a narrow dock its filters and switches wrap.

    Signals:
        changed(): a filter or a switch was changed (the list is made anew at once).
        typed(): the search text changed (the panel waits for the typing to pause).
    """

    changed = Signal()
    typed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes, quotes and tags"))
        self.search.setClearButtonEnabled(True)
        self.colour = QComboBox(self)
        self.tag = QComboBox(self)
        self.everywhere = QCheckBox(self.tr("All reports"), self)
        self.needs_placing = QCheckBox(self.tr("Needs placing"), self)
        self.needs_placing.setObjectName("needsPlacing")
        self.needs_placing.setToolTip(
            self.tr(
                "Annotations whose passage was not found in the report's new text. Select the "
                "passage in the reader, then choose Place here in the annotation's menu."
            )
        )
        self.palette_button = QToolButton(self)
        self.palette_button.setText(self.tr("Colours…"))
        self.palette_button.setToolTip(self.tr("Rename colour meanings and change colours"))
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("exportAnnotations")
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export every annotation as Markdown or CSV"))
        self._lay_out()
        self.search.textChanged.connect(self.typed)
        self.colour.currentIndexChanged.connect(self.changed)
        self.tag.currentIndexChanged.connect(self.changed)
        self.everywhere.toggled.connect(self.changed)
        self.needs_placing.toggled.connect(self.changed)

    def _lay_out(self) -> None:
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.palette_button)
        # The colour and the tag share their row; in a narrow dock the tag wraps below.
        filters_row = QWidget(self)
        filters = FlowLayout(filters_row, spacing=6)
        filters.setContentsMargins(0, 0, 0, 0)
        for box in (self.colour, self.tag):
            box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())
            filters.addWidget(box)
        # The switches wrap in a narrow dock rather than hold the window's text to less room.
        switches_row = QWidget(self)
        switches = FlowLayout(switches_row, spacing=6, last_to_the_right=True)
        switches.setContentsMargins(0, 0, 0, 0)
        switches.addWidget(self.everywhere)
        switches.addWidget(self.needs_placing)
        switches.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(filters_row)
        layout.addWidget(switches_row)

    def filters(self) -> PanelFilters:
        """The choices made now."""
        return PanelFilters(
            text=self.search.text(),
            colour=self.colour.currentData() or None,
            tag=self.tag.currentData() or None,
            everywhere=self.everywhere.isChecked(),
            needs_placing=self.needs_placing.isChecked(),
        )

    def fill(self, palette: Sequence[PaletteColour], tag_counts: Sequence[tuple[str, int]]) -> None:
        """Offer the palette's colours (by meaning) and every tag with its count; the colour
        and tag chosen stay chosen while they are offered. Says nothing of the change."""
        for combo in (self.colour, self.tag):
            combo.blockSignals(True)
        current_colour, current_tag = self.colour.currentData(), self.tag.currentData()
        self.colour.clear()
        self.colour.addItem(self.tr("All colours"), "")
        for colour in palette:
            self.colour.addItem(
                colour_icon(colour.colour), colour.meaning or colour.key, colour.key
            )
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for tag, count in tag_counts:
            self.tag.addItem(counted(tag, count), tag)
        self.colour.setCurrentIndex(max(0, self.colour.findData(current_colour)))
        self.tag.setCurrentIndex(max(0, self.tag.findData(current_tag)))
        for combo in (self.colour, self.tag):
            combo.blockSignals(False)

    def show_orphan_count(self, orphans: int) -> None:
        """Make the "Needs placing" switch prominent while there are orphans."""
        if orphans:
            self.needs_placing.setText(self.tr("Needs placing (%1)").replace("%1", str(orphans)))
            self.needs_placing.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            self.needs_placing.setText(self.tr("Needs placing"))
            self.needs_placing.setStyleSheet("")
