"""The compare view's widgets: the toolbar and legend above, the panels and the two texts with
the link strip and overview bar between and beside them, built and wired to the view.

``build_compare_view`` sets them on the view as Qt Designer's ``setupUi`` sets its widgets, so
the view's helpers reach them as the view's own (``view.left_pane``, ``view.panels``…).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from gui.compare.compare_actions import CompareActions
from gui.compare.compare_legend import CompareLegend
from gui.compare.compare_navigation import CompareNavigation
from gui.compare.compare_pane import ComparePane
from gui.compare.compare_panels import ComparePanels
from gui.compare.compare_scrolling import CompareScrolling
from gui.compare.link_strip import STRIP_WIDTH, LinkStrip
from gui.compare.overview_bar import BAR_WIDTH, OverviewBar
from gui.compare.panels_give_way import PanelsGiveWay

if TYPE_CHECKING:
    from gui.compare.compare_view import CompareView


def build_compare_view(view: CompareView) -> None:
    """Build the view's widgets, lay them out and wire them to the view."""
    actions = view.compare_actions = CompareActions(view)
    actions.settings_changed.connect(view._run)  # a switch flipped: compare again
    view.toolbar = actions.toolbar
    view.previous_action, view.next_action = actions.previous_action, actions.next_action
    view.swap_action = actions.swap_action
    view.character_action, view.layout_action = actions.character_action, actions.layout_action
    view.export_action, view.pdf_action = actions.export_action, actions.pdf_action
    view.print_action = actions.print_action
    view.panels_action = actions.panels_action
    view.legend = CompareLegend(view)
    view.left_pane = ComparePane("left", view)
    view.right_pane = ComparePane("right", view)
    view.strip = LinkStrip(view)
    view.overview = OverviewBar(view)
    view.left_title, view.right_title = QLabel(view), QLabel(view)
    for label in (view.left_title, view.right_title):
        label.setWordWrap(True)
        label.setStyleSheet("font-weight: bold; padding: 4px 8px;")

    texts = QWidget(view)
    grid = QHBoxLayout(texts)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(0)
    left_column = QVBoxLayout()
    left_column.addWidget(view.left_title)
    left_column.addWidget(view.left_pane, 1)
    right_column = QVBoxLayout()
    right_column.addWidget(view.right_title)
    right_column.addWidget(view.right_pane, 1)
    strip_column = QVBoxLayout()
    strip_spacer = QWidget(view)
    strip_column.addWidget(strip_spacer)
    strip_column.addWidget(view.strip, 1)
    overview_column = QVBoxLayout()
    overview_spacer = QWidget(view)
    overview_column.addWidget(overview_spacer)
    overview_column.addWidget(view.overview, 1)
    grid.addLayout(left_column, 1)
    grid.addLayout(strip_column)
    grid.addLayout(right_column, 1)
    grid.addLayout(overview_column)
    view.scrolling = CompareScrolling(view, (strip_spacer, overview_spacer))
    view.navigation = CompareNavigation(view, view.scrolling)

    view.panels = ComparePanels(view)
    view.panels.change_activated.connect(view.go_to_change)
    view.panels.section_activated.connect(view.navigation.go_to_section)
    view.panels.target_activated.connect(view.navigation.go_to_target)
    view.panels.section_menu_requested.connect(view.pairing_menus.show_tree_menu)
    # The list is filled again for the kind chosen: the current change stays selected, and
    # Next and Previous are offered as that kind has changes after and before it.
    view.panels.filter_changed.connect(
        lambda _which: view.panels.follow_change(view.current_change())
    )
    view.panels.filter_changed.connect(lambda _which: view.navigation.update_steps())

    view.splitter = QSplitter(Qt.Orientation.Horizontal, view)
    view.splitter.addWidget(view.panels)
    view.splitter.addWidget(texts)
    view.splitter.setStretchFactor(1, 1)
    view.panels_room = PanelsGiveWay(
        view.splitter, (view.left_pane, view.right_pane), STRIP_WIDTH + BAR_WIDTH
    )
    # The switch shows whether the panels are in view, and the reader's click decides it.
    view.panels_room.shown_changed.connect(view.panels_action.setChecked)
    view.panels_action.triggered.connect(view.panels_room.set_shown)
    layout = QVBoxLayout(view)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(view.toolbar)
    layout.addWidget(view.legend)
    layout.addWidget(view.splitter, 1)

    for pane in (view.left_pane, view.right_pane):
        pane.verticalScrollBar().valueChanged.connect(
            lambda _value, source=pane: view.scrolling.pane_scrolled(source)
        )
        pane.anchorClicked.connect(view.navigation.follow_link)
        pane.painted.connect(view._pane_painted)
        pane.zoom_requested.connect(view.zoom_requested)
        pane.section_menu_requested.connect(
            lambda offset, where, source=pane: view.pairing_menus.show_pane_menu(
                source is view.left_pane, offset, where
            )
        )
    view.overview.change_clicked.connect(view.go_to_change)
    view.navigation.update_steps()  # nothing to step through until the texts are compared
