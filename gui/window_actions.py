"""The main window's actions, with their shortcuts, placed in its menus and toolbar."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence

from core import __version__
from core.resources import resource_path
from gui.messages import about
from gui.restart import this_program_again

if TYPE_CHECKING:
    from gui.main_window import MainWindow

DEFAULT_POINT_SIZE = 13.0
LANGUAGES = (("", "System language"), ("en", "English"), ("zh_CN", "简体中文"))


class WindowActions(QObject):
    """Every action of the window's menus and toolbar, each added to the window so that its
    shortcut works wherever the focus is."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.restart_command = this_program_again()
        """How the app starts again to show another language (``gui.restart``)."""
        importer = window.importer
        self.import_files = self._action(
            self.tr("&Import reports…"),
            importer.choose_and_import,
            ["Ctrl+O"],
            "import",
        )
        self.import_files.setToolTip(
            self.tr("Import report files (Ctrl+O); folders can be dropped")
        )
        self.import_folder = self._action(
            self.tr("Import a &folder…"), importer.choose_folder_and_import, ["Ctrl+Shift+O"]
        )
        self.close_tab = self._action(
            self.tr("Close &tab"), lambda: window.close_tab(window.tabs.currentIndex()), ["Ctrl+W"]
        )
        self.quit = self._action(self.tr("&Quit"), window.close, ["Ctrl+Q"])
        self.find = self._action(
            self.tr("&Find in report…"),
            self._open_find_bar,
            ["Ctrl+F"],
            "find",
        )
        self.find_next = self._action(
            self.tr("Find &next"), lambda: window.find_bar.find_next(), ["F3"]
        )
        self.find_previous = self._action(
            self.tr("Find &previous"), lambda: window.find_bar.find_previous(), ["Shift+F3"]
        )
        self.search = self._action(
            self.tr("&Search library…"),
            window.open_library_search,
            ["Ctrl+Shift+F"],
            "search",
        )
        self.zoom_in = self._action(
            self.tr("Zoom &in"), lambda: window.zoom_by(1), ["Ctrl+=", "Ctrl++"]
        )
        self.zoom_out = self._action(self.tr("Zoom &out"), lambda: window.zoom_by(-1), ["Ctrl+-"])
        self.zoom_reset = self._action(
            self.tr("&Actual size"), lambda: window.set_point_size(DEFAULT_POINT_SIZE), ["Ctrl+0"]
        )
        self.export_annotations = self._action(
            self.tr("&Export annotations…"), self._export_annotations, ["Ctrl+Shift+E"]
        )
        self.export_scorecard = self._action(self.tr("Export sc&orecard…"), self._export_scorecard)
        self.export_numbers = self._action(self.tr("Export n&umbers…"), self._export_numbers)
        self.scorecard = self._action(
            self.tr("&Scorecard of this region"), window.scorecards.open_current, ["Ctrl+Shift+K"]
        )
        self._watched_find_bar: Any = None
        selection = window.library_panel.tree.selectionModel()
        selection.selectionChanged.connect(lambda *_: self.follow_current_tab())
        self.follow_current_tab()
        self.add_samples = self._action(self.tr("Add the &sample reports"), window.add_samples)
        self.shortcuts = self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts, ["F1"])
        self.about = self._action(self.tr("&About ReportLens"), self._show_about)
        self.undo = window.undo_stack.createUndoAction(window, self.tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo = window.undo_stack.createRedoAction(window, self.tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.StandardKey.Redo)
        window.addActions([self.undo, self.redo])

    def _action(self, text: str, slot: Any, shortcuts: Any = (), icon: str = "") -> QAction:
        window = self._window
        action = QAction(text, window)
        if icon:
            action.setIcon(toolbar_icon(icon))
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        window.addAction(action)
        return action

    def fill_menus_and_toolbar(self) -> None:
        """Put the actions in the menu bar (File, Edit, View, Help) and the main toolbar."""
        window = self._window
        compare = window.library_panel.compare_action
        menu_bar = window.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.import_files, self.import_folder])
        file_menu.addSeparator()
        file_menu.addAction(compare)
        file_menu.addAction(self.export_annotations)
        file_menu.addActions([self.export_scorecard, self.export_numbers])
        file_menu.addSeparator()
        file_menu.addAction(self.close_tab)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.find_next, self.find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(self.search)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.scorecard)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view_menu.addSeparator()
        for dock, text in zip(window.docks(), self._dock_menu_texts(), strict=True):
            toggle = dock.toggleViewAction()
            toggle.setText(text)  # the dock's title, with its Alt letter
            view_menu.addAction(toggle)
        view_menu.addSeparator()
        self._fill_language_menu(view_menu.addMenu(self.tr("&Language")))
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.add_samples)
        help_menu.addSeparator()
        help_menu.addAction(self.about)
        toolbar = window.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.import_files, compare])
        toolbar.addSeparator()
        toolbar.addActions([self.find, self.search])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out, self.zoom_in])
        for action in (self.import_files, self.find, self.search, self.zoom_out, self.zoom_in):
            action.setIconText(button_text(action.text()))

    def _dock_menu_texts(self) -> tuple[str, ...]:
        """The View menu's entries for the docks (``MainWindow.docks``' order): their titles,
        each with an Alt letter the menu's other entries leave free."""
        return (
            self.tr("Li&brary"),
            self.tr("S&earch"),
            self.tr("Se&ctions"),
            self.tr("N&umbers"),
            self.tr("A&nnotations"),
        )

    def _fill_language_menu(self, menu: Any) -> None:
        window = self._window
        group = QActionGroup(window)
        current = str(window.settings.value("ui/language", ""))
        names = {"": self.tr("System language"), "en": "English", "zh_CN": "简体中文"}
        for code, _source_name in LANGUAGES:
            action = menu.addAction(names[code])
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)

    def _language_chosen(self, action: QAction) -> None:
        """Keep the language chosen; offer to restart if it is not the one shown."""
        from gui.app import chosen_language
        from gui.core_messages import app_speaks_chinese
        from gui.restart import ask_to_restart, restart

        window = self._window
        window.settings.setValue("ui/language", action.data())
        window.settings.sync()
        if chosen_language(window.settings).startswith("zh") == app_speaks_chinese():
            return
        if ask_to_restart(window):
            restart(window, self.restart_command)
        else:
            window.statusBar().showMessage(
                self.tr("The language changes the next time ReportLens starts."), 6000
            )

    def _current_scorecard(self) -> Any:
        """The scorecard view shown, if the current tab is one."""
        widget = self._window.tabs.currentWidget()
        key = widget.tab_key() if hasattr(widget, "tab_key") else ""
        return widget if str(key).startswith("scorecard:") else None

    def follow_current_tab(self) -> None:
        """Offer only what can act on the tab shown: the scorecard's export while a scorecard
        is shown, the numbers' while a report is read; closing while a tab is open; finding
        the next or previous match while the report read has matches for the find bar's
        text; the region's scorecard while a report of a region is read or selected."""
        window = self._window
        scorecard = self._current_scorecard()
        reader = window.current_reader()
        self.export_scorecard.setEnabled(scorecard is not None and scorecard.has_table())
        self.export_numbers.setEnabled(reader is not None)
        self.close_tab.setEnabled(window.tabs.count() > 0)
        bar = window.reading.built_find_bar()
        if bar is not None and bar is not self._watched_find_bar:
            self._watched_find_bar = bar
            bar.matches_changed.connect(self.follow_current_tab)
        stepping = reader is not None and bar is not None and bar.can_step()
        self.find_next.setEnabled(stepping)
        self.find_previous.setEnabled(stepping)
        self.scorecard.setEnabled(bool(window.scorecards.current_region()))

    def _open_find_bar(self) -> None:
        self._window.open_find_bar()
        self.follow_current_tab()  # the bar may be new: its matches are followed from now on

    def _export_scorecard(self) -> None:
        if (scorecard := self._current_scorecard()) is not None:
            scorecard.export_csv()

    def _export_numbers(self) -> None:
        if self._window.current_reader() is not None:
            self._window.numbers_panel.export_csv()

    def _export_annotations(self) -> None:
        from gui.notes.annotations_export import export_annotations

        export_annotations(self._window)

    def _show_shortcuts(self) -> None:
        from gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self._window).exec()

    def _show_about(self) -> None:
        about(
            self._window,
            self.tr("About ReportLens"),
            self.tr("ReportLens (政报对读) reads, compares and annotates government work reports.")
            + "\n\n"
            + self.tr("Version %1").replace("%1", __version__),
        )


def button_text(menu_text: str) -> str:
    """A menu item's text as a toolbar button shows it: without its mnemonic, whether marked
    ``&F`` or, as Chinese menus do, ``(&F)``, and without a trailing ``…``."""
    text = re.sub(r"\s*[（(]&\w[）)]", "", menu_text).replace("&&", "\0").replace("&", "")
    return text.replace("\0", "&").removesuffix("…").removesuffix("...").strip()


def toolbar_icon(name: str) -> QIcon:
    """One of the toolbar's icons, in every size drawn (resources/icons/<name>-<size>.png,
    made by resources/icons/make_icons.py)."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob(f"{name}-*.png")):
        icon.addFile(str(path))
    if icon.isNull():
        raise FileNotFoundError(f"no icon {name!r} in {resource_path('icons')}")
    return icon
