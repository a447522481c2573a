"""The card shown when the pointer rests on a highlighted number in the reader.

It says what kind of number it is and for which year, what it counts, its value as a reader
writes it (unit and qualifier included: ``6%左右``), what the value measures, and the section
it stands in. Made when first asked for, so opening a report builds none.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.numbers.target_compare import target_value_text
from core.plain_passage import plain_phrase
from gui.reader.number_kinds import kind_colour, kind_name, kind_style, kind_value


def measure_name(measure: object) -> str:
    """What a figure measures, in the current language (the raw value for an unknown one)."""
    value = kind_value(measure)
    names = {
        "growth": QCoreApplication.translate("NumberCard", "growth"),
        "level": QCoreApplication.translate("NumberCard", "amount"),
        "share": QCoreApplication.translate("NumberCard", "share"),
        "decline": QCoreApplication.translate("NumberCard", "decrease"),
        "cap": QCoreApplication.translate("NumberCard", "upper limit"),
    }
    return names.get(value, value)


def number_card(statement: Any) -> str:
    """The card of one numeric statement, as rich text for a tooltip."""
    kind = kind_value(statement.kind)
    style = kind_style(kind)
    title = kind_name(kind)
    if statement.year:
        title = QCoreApplication.translate("NumberCard", "{kind}, {year}").format(
            kind=title, year=statement.year
        )
    rows = [
        (
            QCoreApplication.translate("NumberCard", "Indicator"),
            plain_phrase(statement.indicator),
        ),
        (QCoreApplication.translate("NumberCard", "Value"), target_value_text(statement)),
        (QCoreApplication.translate("NumberCard", "Measures"), measure_name(statement.measure)),
        (
            QCoreApplication.translate("NumberCard", "Section"),
            statement.section[-1] if statement.section else "",
        ),
    ]
    cells = "".join(
        f"<tr><td style='color:gray; padding-right:8px'>{escape(label)}</td>"
        f"<td>{escape(str(value))}</td></tr>"
        for label, value in rows
        if value
    )
    description = (
        f"<div style='color:gray'>{escape(style.description)}</div>" if style is not None else ""
    )
    colour = kind_colour(kind).name()
    return f"<b style='color:{colour}'>{escape(title)}</b>{description}<table>{cells}</table>"


def number_cards(statements: Sequence[Any]) -> str:
    """The cards of the numbers sharing a stretch of text, one under another.

    Two numbers whose cards read the same (the urban and rural parts of
    ``城乡居民人均可支配收入``) give one card.
    """
    cards = dict.fromkeys(number_card(statement) for statement in statements)
    return "<hr>".join(cards)
