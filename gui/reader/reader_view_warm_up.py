"""The reader view warmed up: the Python types Qt for Python makes the first time a reader
view is met, made while the window is idle rather than when the first report opens."""

from __future__ import annotations

from PySide6.QtGui import QColor

from gui.highlight_layers import Highlight
from gui.offsets import OffsetMap
from gui.reader.reader_view import ReaderView


def warm_up() -> None:
    """Build and drop a small reader view with a styled heading, a highlight and its scroll
    bars and viewport asked for, as the first report opened does.

    Qt for Python makes the Python type of a Qt class (with its enums) the first time an
    object of it is met: the first report opened would pay for the text formats', the
    scroll bars' and the viewport's (and the classes they are told apart from), some tens of
    milliseconds. The window calls this while it is idle after the first paint.
    """
    from core.outline import parse_outline
    from gui.reader.document_builder import build_document

    text = "一、过去一年工作回顾\n\n全市地区生产总值增长6%左右。\n"
    offsets = OffsetMap(text)
    view = ReaderView(build_document(text, parse_outline(text), [], offsets), offsets)
    view.viewport()
    view.horizontalScrollBar()
    view.set_layer("numbers", [Highlight(text.index("6"), text.index("左"), QColor("orange"))])
    view.deleteLater()
