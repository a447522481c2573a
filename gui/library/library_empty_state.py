"""What the library panel shows while the library holds no report: that it is empty, and the
two ways to fill it, each a button: import the user's own reports, or add the sample reports
(as Help → Add the sample reports does).

While reports are being added (the samples of a first start, or asked for here), the buttons
give way to a line saying so. Its words ask for the height they take wrapped at the panel's
width, so that a low dock (a small window) grows to show them rather than cut them off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class LibraryEmptyState(QWidget):
    """The empty library: a heading, what to do, and a button for each way to fill it."""

    import_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryEmptyState")
        self.heading = QLabel(self.tr("The library is empty"), self)
        self.heading.setObjectName("libraryEmptyHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(
            self.tr("Import your own work reports, or add the sample reports to try the app."),
            self,
        )
        self.explanation.setObjectName("libraryEmptyExplanation")
        self.import_button = QPushButton(self.tr("Import reports…"), self)
        self.import_button.setObjectName("libraryEmptyImport")
        self.import_button.clicked.connect(self.import_requested)
        self.samples_button = QPushButton(self.tr("Add the sample reports"), self)
        self.samples_button.setObjectName("libraryEmptySamples")
        self.samples_button.clicked.connect(self.samples_requested)
        self.waiting = QLabel(self)
        self.waiting.setObjectName("libraryEmptyWaiting")
        self.waiting.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(6)
        for label in (self.heading, self.explanation, self.waiting):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addWidget(self.import_button)
        layout.addWidget(self.samples_button)
        layout.addWidget(self.waiting)
        layout.addStretch(1)
        self._wrapped = (self.heading, self.explanation, self.waiting)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Ask for the height the words take at the new width (a dock's layout does not ask
        a wrapped label for it)."""
        super().resizeEvent(event)
        margins = self.layout().contentsMargins()
        width = event.size().width() - margins.left() - margins.right()
        for label in self._wrapped:
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def set_waiting(self, text: str | None) -> None:
        """Say ``text`` (reports are being added) in place of the buttons; None: offer them."""
        waiting = text is not None
        self.waiting.setText(text or "")
        self.waiting.setVisible(waiting)
        self.import_button.setVisible(not waiting)
        self.samples_button.setVisible(not waiting)

    def is_waiting(self) -> bool:
        """Whether reports are being added (the buttons are not offered)."""
        return not self.waiting.isHidden()
