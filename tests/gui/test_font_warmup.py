"""While the window is idle after its first paint, it measures the reading font's characters."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont

import gui.reader.font_warmup as font_warmup
from core.report_characters import report_characters
from gui.main_window import MainWindow
from gui.reader.font_warmup import SLICE, measure_slice
from gui.workers import LibraryWriter


def test_a_slice_is_laid_out_until_there_is_none(qtbot: Any) -> None:
    font = QFont()
    last = math.ceil(len(report_characters()) / SLICE)
    assert measure_slice(font, 0)
    assert measure_slice(font, last - 1)
    assert not measure_slice(font, last)


def test_the_window_measures_every_slice_in_the_reading_font_after_its_first_paint(
    qtbot: Any, store: Any, library_db: str, settings: QSettings, monkeypatch: Any
) -> None:
    asked: list[tuple[int, str, float]] = []
    answers: list[bool] = []
    turned: list[int] = []  # the slices after which the event loop has turned

    def watched(font: QFont, index: int) -> bool:
        if index:  # one slice a turn: the loop turned since the slice before
            assert turned[-1:] == [index - 1]
        asked.append((index, font.family(), font.pointSizeF()))
        answers.append(measure_slice(font, index))
        QTimer.singleShot(0, lambda: turned.append(index))
        return answers[-1]

    monkeypatch.setattr(font_warmup, "measure_slice", watched)
    window = MainWindow(store, LibraryWriter(library_db), settings)
    qtbot.addWidget(window)
    window.set_point_size(17)
    window.show()
    qtbot.waitExposed(window)
    assert asked == []  # nothing before the first paint
    window.start()
    qtbot.waitUntil(lambda: answers[-1:] == [False], timeout=10_000)
    slices = math.ceil(len(report_characters()) / SLICE)
    assert [index for index, _, _ in asked] == list(range(slices + 1))
    reading = window.reading_font()
    assert {(family, size) for _, family, size in asked} == {(reading.family(), 17.0)}
    window.close()
