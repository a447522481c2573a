"""Whether the comparison's targets read whole in their panel: each row's indicator, verdict
and two targets drawn inside the row, none over another, each target on one line."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from core.numbers.target_compare import TargetChange
from core.numbers.target_lines import line_pieces
from gui.compare.target_row import INDENT, PADDING, STRIPE, TARGET_ROLE, TargetRowDelegate
from gui.compare.targets_panel import TargetsView


def assert_targets_read_whole(view: TargetsView, whole_indicators: bool = True) -> dict[str, int]:
    """Check every row of ``view`` as it is drawn now; returns each indicator's lines.

    Each row is as tall as its lines, each run of its text lies inside it and apart from the
    others, the verdict is on one line whole, and so is each target when a line holds it
    (a figure with its unit always is: ``4.3万人以上``); so is the indicator unless
    ``whole_indicators`` is False (a panel narrower than an indicator, whose words break
    between characters: ``城镇居民人均可支配收`` / ``入``).
    """
    QApplication.processEvents()
    model = view.model()
    delegate = view.itemDelegate()
    shown: dict[str, int] = {}
    metrics = view.fontMetrics()
    assert isinstance(delegate, TargetRowDelegate)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        change = index.data(TARGET_ROLE)
        assert isinstance(change, TargetChange)
        rect = view.visualRect(index)
        assert rect.width() <= view.viewport().width(), "the row is wider than the panel"
        layout = delegate.row_layout(index, rect.width())
        assert layout is not None
        assert rect.height() >= layout.height, (change.label, rect, layout.height)
        inside = QRect(0, 0, rect.width(), rect.height())
        runs = layout.runs
        for run in runs:
            assert inside.contains(run.rect), (change.label, run.text, run.rect, inside)
        for at, run in enumerate(runs):
            for other in runs[at + 1 :]:
                assert not run.rect.intersects(other.rect), (change.label, run.text, other.text)
        texts = [run.text for run in runs]
        words = [model.index(row, column).data() for column in range(4)]
        assert words[0] in texts or not whole_indicators, ("the indicator is cut", texts)
        assert words[3] in texts, ("the verdict is cut", texts)
        lines: dict[int, str] = {}  # a line's runs side by side (a changed target coloured)
        for run in runs:
            lines[run.rect.top()] = lines.get(run.rect.top(), "") + run.text
        room = rect.width() - STRIPE - 2 * PADDING - INDENT  # a target's line
        for value in (words[1], words[2]):
            # whole on one line when a line holds it; a figure (4.3万人以上) whole always
            whole = [value] if metrics.horizontalAdvance(value) <= room else line_pieces(value)
            for piece in whole:
                assert any(piece in text for text in lines.values()), (piece, lines)
        shown[change.label] = len(lines)
    return shown
