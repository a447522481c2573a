"""A grey hint in a list or tree that has nothing to show, saying why (no report is open).

An empty panel with no word reads as broken. The hint is a label over the view, shown while
the view's model has no rows and hidden as soon as it has some; it lets the mouse through. It
is a child of the view itself, not of its viewport: asking a view for its viewport makes Qt
for Python build the types it tells a bare widget apart from (QMessageBox among them), which
the first paint does without.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QObject):
    """Shows ``text()`` in ``view`` while its model is missing or has no rows.

    Args:
        view: the list, table or tree.
        text: the hint, asked each time it is shown (it may depend on why nothing shows).
    """

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self._model: QAbstractItemModel | None = None
        self.label = QLabel(view)
        self.label.setObjectName("emptyHint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setEnabled(False)  # drawn in the palette's disabled (grey) text colour
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.installEventFilter(self)
        self.watch(view.model())

    def watch(self, model: QAbstractItemModel | None) -> None:
        """Follow ``model`` (the view's new model) and show or hide the hint for it."""
        if self._model is not None:
            for signal in self._signals(self._model):
                signal.disconnect(self.refresh)
        self._model = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.refresh)
        self.refresh()

    @staticmethod
    def _signals(model: QAbstractItemModel) -> tuple[object, ...]:
        return (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged)

    def refresh(self) -> None:
        """Show the hint if there is nothing to show, with its text as it is now."""
        empty = self._model is None or self._model.rowCount() == 0
        if empty:
            self.label.setText(self._text())
            self._place()
        self.label.setVisible(empty)

    def _place(self) -> None:
        # Below a table's column titles, clear of the frame.
        self.label.setGeometry(self._view.contentsRect().adjusted(12, 36, -12, -12))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the hint across the view as it is resized."""
        if event.type() == QEvent.Type.Resize and not self.label.isHidden():
            self._place()
        return False
