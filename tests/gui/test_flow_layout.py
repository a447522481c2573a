"""The wrapping row of a panel's controls: wraps when narrow, a search box fills its row."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from gui.flow_layout import FlowLayout


def test_a_box_that_expands_fills_its_row_and_the_others_wrap_below_when_narrow(
    qtbot: Any,
) -> None:
    row = QWidget()
    qtbot.addWidget(row)
    layout = FlowLayout(row, spacing=6, last_to_the_right=True)
    layout.setContentsMargins(0, 0, 0, 0)
    box, button = QLineEdit(), QToolButton()
    button.setText("Export…")
    layout.addWidget(box)
    layout.addWidget(button)
    row.resize(500, 100)
    row.show()
    qtbot.waitUntil(lambda: box.width() > box.sizeHint().width())
    assert box.y() == button.y()
    assert box.x() == 0 and box.geometry().right() + 1 + 6 == button.x()
    assert button.geometry().right() == 499
    narrow = box.sizeHint().width() + 6 + button.sizeHint().width() - 1
    row.resize(narrow, 100)
    qtbot.waitUntil(lambda: button.y() > box.y())
    assert box.width() == narrow  # alone in its row, it takes the row
    assert button.geometry().right() == narrow - 1
