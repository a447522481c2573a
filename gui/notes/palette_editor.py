"""The palette editor: what each highlight colour means, and the colour itself; saved at once.

A change the library refuses is told and not applied: the colour keeps its swatch, and a
meaning typed stays in its field, saved when it is next finished.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.notes.palette import MAX_COLOURS, with_new_colour
from core.notes.records import PaletteColour
from core.store.annotations import annotations_of
from gui.core_messages import translated_message
from gui.library_changes import change_library
from gui.notes.annotation_events import annotation_events
from gui.notes.note_editor import colour_icon


class PaletteEditor(QDialog):
    """One row per palette colour: its shortcut, a colour button and its meaning.

    Every change (a meaning edited, a colour picked) is written at once and announced to the
    views; Close only closes.

    Args:
        store: the library.
    """

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paletteEditor")
        self.setWindowTitle(self.tr("Highlight colours"))
        self.store = store
        self.notes = annotations_of(store)
        self.colours: list[PaletteColour] = list(self.notes.palette())
        self.meanings: list[QLineEdit] = []
        self.swatches: list[QPushButton] = []
        self._grid = QGridLayout()
        for row in range(len(self.colours)):
            self._add_row(row)
        # Up to nine colours (Ctrl+1 … Ctrl+9): one more, with its own shortcut, at once.
        self.add_button = QPushButton(self.tr("Add a colour"), self)
        self.add_button.setObjectName("addColour")
        self.add_button.clicked.connect(self.add_colour)
        self.add_button.setEnabled(len(self.colours) < MAX_COLOURS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button)
        layout.addWidget(buttons)

    def _add_row(self, row: int) -> None:
        colour = self.colours[row]
        self._grid.addWidget(QLabel(f"Ctrl+{row + 1}", self), row, 0)
        swatch = QPushButton(self)
        swatch.setIcon(colour_icon(colour.colour))
        swatch.setToolTip(self.tr("Change the colour"))
        swatch.clicked.connect(lambda _=False, r=row: self._pick_colour(r))
        meaning = QLineEdit(colour.meaning, self)
        meaning.setPlaceholderText(self.tr("What this colour marks"))
        meaning.editingFinished.connect(lambda r=row: self.set_meaning(r, self.meanings[r].text()))
        self._grid.addWidget(swatch, row, 1)
        self._grid.addWidget(meaning, row, 2)
        self.swatches.append(swatch)
        self.meanings.append(meaning)

    def add_colour(self) -> None:
        """Add a colour to the palette (saved at once), its meaning to be typed."""
        try:
            saved = change_library(
                self, lambda: self.notes.set_palette(with_new_colour(self.colours))
            )
        except ValueError as error:
            QMessageBox.warning(self, self.windowTitle(), translated_message(str(error)))
            return
        if saved is None:
            return
        self.colours = list(saved)
        self._add_row(len(self.colours) - 1)
        self.add_button.setEnabled(len(self.colours) < MAX_COLOURS)
        self.meanings[-1].setFocus()
        annotation_events().palette_changed.emit(self.store)

    def set_meaning(self, row: int, meaning: str) -> None:
        """Rename what colour ``row`` means (saved at once)."""
        current = self.colours[row]
        if meaning.strip() != current.meaning:
            self._save(row, PaletteColour(current.key, current.colour, meaning))

    def set_colour(self, row: int, colour: str) -> None:
        """Give colour ``row`` another colour, ``#rrggbb`` (saved at once)."""
        current = self.colours[row]
        if colour.lower() != current.colour:
            self._save(row, PaletteColour(current.key, colour, current.meaning))

    def _pick_colour(self, row: int) -> None:
        chosen = QColorDialog.getColor(QColor(self.colours[row].colour), self)
        if chosen.isValid():
            self.set_colour(row, chosen.name())

    def _save(self, row: int, colour: PaletteColour) -> None:
        wanted = list(self.colours)
        wanted[row] = colour
        try:
            saved = change_library(self, lambda: self.notes.set_palette(wanted))
        except ValueError as error:
            QMessageBox.warning(self, self.windowTitle(), translated_message(str(error)))
            return
        if saved is None:
            return
        self.colours = list(saved)
        self.swatches[row].setIcon(colour_icon(self.colours[row].colour))
        annotation_events().palette_changed.emit(self.store)
