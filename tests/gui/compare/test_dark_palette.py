"""Changes stay readable in a dark palette: section shading darkens under light text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from gui.compare.change_styles import STYLES, Look, char_format


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def dark(qapp: Any) -> Iterator[QPalette]:
    """A dark palette, as a system in dark mode gives the app."""
    before = QGuiApplication.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    QGuiApplication.setPalette(palette)
    yield palette
    QGuiApplication.setPalette(before)


def test_every_look_is_readable_in_a_dark_palette(dark: QPalette) -> None:
    text = dark.color(QPalette.ColorRole.Text)
    for look in Look:
        fmt = char_format(look)
        background = fmt.background().color()
        foreground = fmt.foreground().color() if STYLES[look].foreground else text
        assert _contrast(foreground, background) >= 4.5, look


def test_section_shading_keeps_its_light_colour_in_a_light_palette(qapp: Any) -> None:
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() >= 128
    for look in (Look.ADDED_SECTION, Look.REMOVED_SECTION):
        assert char_format(look).background().color() == QColor(STYLES[look].background)
