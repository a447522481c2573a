"""The app's own names of sections without a heading speak the app's language; the reports'
headings stay as written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from core.resources import resource_path
from gui.compare.section_names import shown_label, shown_path


def test_labels_read_in_english_and_headings_stay(qapp: Any) -> None:
    assert shown_label(("（开篇）", "（全文）")) == "(opening)"
    assert shown_label(("2024年工作安排", "（导语）")) == "2024年工作安排 (introduction)"
    assert shown_label(()) == "(no counterpart)"
    assert shown_label(("一、回顾", "（一）坚持抓项目")) == "（一）坚持抓项目"
    assert shown_path(("（结尾）", "（全文）")) == "(end) › (whole text)"


def test_labels_read_in_chinese_as_core_writes_them(qapp: Any) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "reportlens_zh_CN.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        assert shown_label(("2024年工作安排", "（导语）")) == "2024年工作安排（导语）"
        assert shown_label(()) == "（无对应）"
        assert shown_path(("（开篇）", "（结语）")) == "（开篇） › （结语）"
    finally:
        QCoreApplication.removeTranslator(translator)
