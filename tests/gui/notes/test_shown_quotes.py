"""Quotes in the window read as the reader shows the passage, on the report's own text: a bold
pair cut by a quote's kept context leaves no ``**`` in the annotations list, the note editor or
the copy dialog, and a ``**`` that pairs with nothing on its whole line stays."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLabel

from core.model import ReportId
from core.notes.shown_quote import quote_on_context
from gui.notes.annotations_model import ID_ROLE
from gui.notes.carry_dialog import CarryDialog
from gui.notes.note_editor import NoteEditor
from tests.gui.notes.tooltip_text import tooltip_paragraphs

# One long line of bold figures, as an interpretation lays them out.
FIGURES = (
    "城乡居民人均可支配收入分别增长**4.6%**和**6.5%**，粮食总产量**30.5亿斤**，"
    "规上工业增加值增长**8.1%**。"
)
QUOTE = "上工业增加值增长**8.1%**"  # its 32 characters of context start inside a bold pair
AS_SHOWN = "上工业增加值增长8.1%"
# A line whose one ``**`` is a character: its context alone would read it as half of a pair.
LITERAL = (
    "全市坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
    "着力推动高质量发展，评分规则为基础分**加分项，总分一百。"
)
LITERAL_QUOTE = "评分规则为基础分**加分项"


def _figures_report(store: Any, samples: dict[str, Path], folder: Path) -> ReportId:
    """The interpretation with the line of bold figures and the ``LITERAL`` line, imported."""
    from core.importer import import_file

    text = samples["cz2025i"].read_text(encoding="utf-8")
    report_file = folder / "changzhi-2025-interpretation-figures.txt"
    report_file.write_text(
        text.replace("一年来,", f"{FIGURES}\n\n{LITERAL}\n\n一年来,", 1), encoding="utf-8"
    )
    report = import_file(store, report_file).report_id
    assert report is not None
    return report


def _highlight(tab: Any, quote: str) -> Any:
    """Select ``quote`` in the reader and highlight it; the annotation made."""
    start = tab.readable.report.text.index(quote)
    cursor = QTextCursor(tab.view.document())
    cursor.setPosition(tab.offsets.to_qt(start))
    cursor.setPosition(tab.offsets.to_qt(start + len(quote)), QTextCursor.MoveMode.KeepAnchor)
    tab.view.setTextCursor(cursor)
    annotation = tab.notes.highlight_selection("yellow")
    assert annotation is not None
    return annotation


def _rows(model: Any) -> list[tuple[int, str, str]]:
    """Every annotation row of the list: its id, its text and its tooltip's quote."""
    rows = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(ID_ROLE) is not None:
                tip = tooltip_paragraphs(model.itemFromIndex(index).toolTip())
                rows.append((index.data(ID_ROLE), index.data(), tip[0]))
    return rows


def test_a_quote_whose_context_cuts_a_bold_pair_is_listed_as_read(
    window: Any, store: Any, samples: dict[str, Path], tmp_path: Path
) -> None:
    tab = window.open_report(_figures_report(store, samples, tmp_path))
    annotation = _highlight(tab, QUOTE)
    assert "**" in annotation.anchor.prefix[:8]  # the context starts between a pair's marks
    literal = _highlight(tab, LITERAL_QUOTE)
    assert quote_on_context(literal.anchor) != LITERAL_QUOTE  # its context alone misreads it
    listed = [(annotation.id, AS_SHOWN, AS_SHOWN), (literal.id, LITERAL_QUOTE, LITERAL_QUOTE)]

    shown: list[str] = []

    def read_and_close() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, NoteEditor)
        label = editor.findChild(QLabel, "noteQuote")
        assert label is not None
        shown.append(label.text())
        editor.reject()

    QTimer.singleShot(0, read_and_close)
    tab.notes.edit(annotation.id)
    assert shown == [AS_SHOWN]
    carry = CarryDialog(store, annotation.id)  # copying it to another report quotes it too
    origin = carry.findChild(QLabel, "carryOrigin")
    assert origin is not None and origin.text() == AS_SHOWN
    carry.deleteLater()

    panel = window.annotations_panel
    panel.refresh()  # this report's annotations, read on the reader's text
    assert _rows(panel.model) == listed
    window.open_report(ReportId(1))  # another report in the reader
    panel.everywhere.setChecked(True)  # every report's: this one read on the library's text
    assert _rows(panel.model) == listed
    panel.eager_limit = 0  # listed report by report, read when its row is opened
    panel.refresh()
    panel.tree.expand(panel.model.index(0, 0))
    assert _rows(panel.model) == listed
