"""A dock whose panel is built only when needed: first shown, first asked for, or when idle.

The docks hidden behind another at start (library search, annotations) cost their imports
and construction before the first paint otherwise; built a moment after it instead, the
window appears sooner and nothing behaves differently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDockWidget, QWidget

Panel = TypeVar("Panel", bound=QWidget)


class LazyPanel(Generic[Panel]):
    """The panel of ``dock``, made by ``factory`` the first time it is needed.

    Args:
        dock: the dock that shows the panel; it holds an empty widget until then (its own,
            or one given here).
        factory: builds the panel (its parent is set by ``QDockWidget.setWidget``).
    """

    def __init__(self, dock: QDockWidget, factory: Callable[[], Panel]) -> None:
        self._dock = dock
        self._factory = factory
        self._panel: Panel | None = None
        if dock.widget() is None:
            dock.setWidget(QWidget(dock))
        dock.visibilityChanged.connect(self._visibility_changed)

    def panel(self) -> Panel:
        """The panel, built now if it was not yet."""
        if self._panel is None:
            placeholder = self._dock.widget()
            self._panel = self._factory()
            self._dock.setWidget(self._panel)
            if placeholder is not None:
                placeholder.deleteLater()
        return self._panel

    def is_built(self) -> bool:
        """Whether the panel exists yet."""
        return self._panel is not None

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.panel()
