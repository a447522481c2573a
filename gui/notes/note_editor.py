"""The note editor: an annotation's colour, Markdown note and tags; delete from here too.

The note is written in Markdown; under it, the note as it reads (``**重点**`` in bold).

Save (or Delete) keeps the choice before the editor closes: one the library refuses leaves it
open, with what was typed, to try again or copy. Closing it otherwise (Esc, Cancel, the window's
close button) with a change made asks first whether to save it, as editors do; with nothing
changed it closes at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from core.notes.records import Annotation, PaletteColour
from core.notes.shown_quote import shown_quote


def colour_icon(colour: str) -> QIcon:
    """A small square of ``colour`` for menus and combo boxes."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class NoteEditor(QDialog):
    """Edit one annotation; ``deleted`` is True when the user chose to delete it.

    Args:
        annotation: the annotation.
        palette: the palette, for the colour choice.
        parent: the parent widget.
        report_text: the text of the annotation's report, to quote its passage as the reader
            shows it (None: read on the annotation's context).
        keep: saves (or, ``deleted``, deletes) what the editor holds; True once done, False
            when the library refused it (the editor then stays open). None: the editor only
            closes, and its owner reads it.
    """

    def __init__(
        self,
        annotation: Annotation,
        palette: Sequence[PaletteColour],
        parent: QWidget | None = None,
        report_text: str | None = None,
        keep: Callable[[NoteEditor], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._keep = keep
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Annotation"))
        self.deleted = False
        quote = QLabel(shown_quote(annotation.anchor, report_text)[:300], self)
        quote.setWordWrap(True)
        quote.setObjectName("noteQuote")
        self.colour = QComboBox(self)
        for colour in palette:
            self.colour.addItem(
                colour_icon(colour.colour), colour.meaning or colour.key, colour.key
            )
        self.colour.setCurrentIndex(max(0, self.colour.findData(annotation.colour)))
        self.note = QPlainTextEdit(annotation.note, self)
        self.note.setPlaceholderText(self.tr("Note (Markdown)"))
        self.preview = QLabel(self)
        self.preview.setObjectName("notePreview")
        self.preview.setTextFormat(Qt.TextFormat.MarkdownText)
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tags = QLineEdit(", ".join(annotation.tags), self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.delete_button = buttons.addButton(
            self.tr("Delete highlight"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.clicked.connect(self._delete)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(quote)
        if annotation.is_orphaned:
            form.addRow(
                QLabel(self.tr("This passage was not found in the report's new text."), self)
            )
        form.addRow(self.tr("Colour"), self.colour)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Reads as"), self.preview)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(buttons)
        self._form = form
        self.note.textChanged.connect(self._show_preview)
        self._show_preview()
        self._as_opened = self._state()

    def _state(self) -> tuple[str, str, tuple[str, ...]]:
        """What the editor holds, as it would be saved: colour, note and tags."""
        return (
            self.chosen_colour(),
            self.note.toPlainText(),
            tuple(t.strip() for t in self.chosen_tags()),
        )

    def has_changes(self) -> bool:
        """Whether the colour, note or tags differ from the annotation's as opened."""
        return self._state() != self._as_opened

    def _show_preview(self) -> None:
        """Show the note as its Markdown reads; no row for it while the note is empty."""
        text = self.note.toPlainText()
        self.preview.setText(text)
        self._form.setRowVisible(self.preview, bool(text.strip()))

    def _delete(self) -> None:
        self.deleted = True
        self.accept()

    def accept(self) -> None:
        """Save (or delete) and close; stay open, what was typed kept, if the library refused."""
        if self._keep is None or self._keep(self):
            super().accept()
        else:
            self.deleted = False

    def reject(self) -> None:
        """Close without saving (Esc, Cancel, the close button); with a change made, ask first
        whether to save it, discard it or keep editing (Save the default)."""
        if not self.has_changes():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Annotation"),
            self.tr("Save the changes to this annotation?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsavedNote")
        box.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            self.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            super().reject()

    def chosen_colour(self) -> str:
        """The palette key chosen."""
        return str(self.colour.currentData())

    def chosen_tags(self) -> list[str]:
        """The tags typed (commas, the Chinese comma or semicolons separate them)."""
        text = self.tags.text()
        for separator in ("，", ";", "；"):
            text = text.replace(separator, ",")
        return [t for t in text.split(",") if t.strip()]
