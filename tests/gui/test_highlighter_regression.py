"""PySide6 6.12.0 aborts after a few thousand QSyntaxHighlighter.setFormat calls; we pin <6.12.

This runs a real highlighter over thousands of blocks; on an affected PySide6 the process
dies here instead of in a user's reader.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument


class _DigitHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.calls = 0
        self.fmt = QTextCharFormat()
        self.fmt.setBackground(QColor("#ffe08a"))

    def highlightBlock(self, text: str) -> None:
        for i, ch in enumerate(text):
            if ch.isdigit():
                self.setFormat(i, 1, self.fmt)
                self.calls += 1


def test_thousands_of_set_format_calls_keep_none_alive(qapp: object) -> None:
    refs_before = sys.getrefcount(None)
    document = QTextDocument()
    highlighter = _DigitHighlighter(document)
    document.setPlainText("\n".join(f"第{i}段 增长6%左右 2024年" for i in range(3000)))
    highlighter.rehighlight()
    assert highlighter.calls >= 3000 * 8
    # An affected build loses one reference to None per call; allow for unrelated noise.
    assert sys.getrefcount(None) >= refs_before - 100
