"""How each kind of numeric statement is shown: its colour and its name in the legend.

Every kind core gives a figure has a style, ``other`` too (a figure of the government's own
work, of the opening): the reader's switches, the numbers panel's kind chooser and the CSV
export offer the same five kinds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor


class NumberKindStyle(NamedTuple):
    """The colour and the (translatable) name of one kind of numeric statement."""

    kind: str
    colour: str
    name: str
    description: str


def number_kind_styles() -> tuple[NumberKindStyle, ...]:
    """The kinds in legend order, with their names in the current language."""
    return (
        NumberKindStyle(
            "target",
            "#e8a317",
            QCoreApplication.translate("NumberKinds", "Target"),
            QCoreApplication.translate("NumberKinds", "expected target for this year"),
        ),
        NumberKindStyle(
            "plan_target",
            "#9b59b6",
            QCoreApplication.translate("NumberKinds", "Plan target"),
            QCoreApplication.translate("NumberKinds", "target of a five-year plan"),
        ),
        NumberKindStyle(
            "commitment",
            "#2e86c1",
            QCoreApplication.translate("NumberKinds", "Commitment"),
            QCoreApplication.translate("NumberKinds", "number promised in the work plan"),
        ),
        NumberKindStyle(
            "result",
            "#27ae60",
            QCoreApplication.translate("NumberKinds", "Result"),
            QCoreApplication.translate("NumberKinds", "outcome reported for a past year"),
        ),
        NumberKindStyle(
            "other",
            "#888888",
            QCoreApplication.translate("NumberKinds", "Other"),
            QCoreApplication.translate(
                "NumberKinds", "any other figure (the government's own work, the opening)"
            ),
        ),
    )


SELDOM_KINDS = frozenset({"other"})
"""Kinds few reports have figures of: the legend shows their switch only for a report that
has some (``other`` is last in the row, so the switches before it keep their places)."""


def kind_style(kind: str) -> NumberKindStyle | None:
    """The style of a kind, or None for a kind without one."""
    return next((style for style in number_kind_styles() if style.kind == kind), None)


def kind_name(kind: str) -> str:
    """The display name of a kind, as the numbers' CSV names it; an unknown kind by its raw
    value."""
    style = kind_style(kind)
    return style.name if style is not None else kind


def kind_colour(kind: str, alpha: int = 255) -> QColor:
    """The colour of a kind, grey for a kind without a style."""
    style = kind_style(kind)
    colour = QColor(style.colour if style is not None else "#888888")
    colour.setAlpha(alpha)
    return colour


def kind_value(kind: object) -> str:
    """The plain string of a kind, whether core gives an enum member or a string."""
    return str(getattr(kind, "value", kind))


def first_kind(statements: Iterable[Any]) -> str:
    """Of the kinds of ``statements``, the one first in legend order (a target before a
    commitment): the colour of text that numbers of several kinds cover."""
    kinds = {kind_value(statement.kind) for statement in statements}
    order = [style.kind for style in number_kind_styles()]
    return min(kinds, key=lambda kind: (order.index(kind) if kind in order else len(order), kind))


class NumberHighlightState(QObject):
    """Which kinds of numbers are highlighted, shared by every reader of a window."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown = {style.kind for style in number_kind_styles()}

    def is_shown(self, kind: str) -> bool:
        """Whether numbers of ``kind`` are highlighted."""
        return kind in self._shown

    def set_shown(self, kind: str, shown: bool) -> None:
        """Highlight numbers of ``kind`` or stop highlighting them."""
        before = set(self._shown)
        if shown:
            self._shown.add(kind)
        else:
            self._shown.discard(kind)
        if before != self._shown:
            self.changed.emit()

    def all_kinds(self) -> tuple[str, ...]:
        """Every kind that can be switched, in legend order."""
        return tuple(style.kind for style in number_kind_styles())

    def shown_kinds(self) -> frozenset[str]:
        """The highlighted kinds."""
        return frozenset(self._shown)
