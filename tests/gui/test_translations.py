"""Every user-visible string of the app has a Simplified Chinese translation, shipped compiled."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from core.resources import resource_path
from gui.app import install_translators

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = resource_path("i18n", "reportlens_zh_CN.ts")
QM_FILE = resource_path("i18n", "reportlens_zh_CN.qm")


def source_strings() -> set[tuple[str, str]]:
    """(context, source text) of every tr() and translate() call under gui/."""
    found: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    found.add((cls.name, node.args[0].value))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and (
                    (isinstance(node.func, ast.Attribute) and node.func.attr == "translate")
                    or (isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP")
                )
                and len(node.args) >= 2
                and all(isinstance(a, ast.Constant) for a in node.args[:2])
            ):
                found.add((node.args[0].value, node.args[1].value))
    return found


def translations() -> dict[tuple[str, str], str]:
    """(context, source) → finished Chinese translation, from the .ts file."""
    result = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                result[(name, message.findtext("source"))] = translation.text
    return result


def test_the_scan_finds_the_strings() -> None:
    strings = source_strings()
    assert ("WindowActions", "&Import reports…") in strings
    assert ("MainWindow", "Library") in strings
    assert ("NumberKinds", "Target") in strings
    assert ("CoreMessages", "en") in strings  # QT_TRANSLATE_NOOP
    assert len(strings) > 100


def test_every_string_has_a_chinese_translation() -> None:
    done = translations()
    missing = sorted(s for s in source_strings() if s not in done)
    assert missing == []


def test_translations_keep_their_placeholders() -> None:
    for (_context, source), chinese in translations().items():
        for placeholder in ("%1", "%2", "%3"):
            assert (placeholder in source) == (placeholder in chinese), source
        named = re.compile(r"\{\w+\}")
        assert sorted(named.findall(source)) == sorted(named.findall(chinese)), source


def test_the_compiled_file_translates(qapp: Any) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    assert translator.translate("WindowActions", "&File") == "文件(&F)"
    assert translator.translate("NumberKinds", "Target") == "预期目标"
    assert QM_FILE.stat().st_mtime >= TS_FILE.stat().st_mtime - 1


def _latin_texts(dialog: QWidget) -> set[str]:
    """The labels of ``dialog`` that hold a word of Latin letters."""
    return {
        label.text()
        for label in dialog.findChildren(QLabel)
        if re.search("[A-Za-z]{2,}", label.text())
    }


def test_qt_s_own_dialogs_speak_chinese_where_qt_s_translation_lacks_a_text(qapp: Any) -> None:
    """Qt's Chinese translates "Look in:", but its file dialog says "&Look in:": the app's
    own file of Qt's texts fills such gaps, and every label of the dialogs it shows is
    Chinese (a file dialog as Qt draws it, where the system has none of its own)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "zh_CN")
    try:
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            files = QFileDialog()
            files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            files.setAcceptMode(mode)
            assert _latin_texts(files) == set()
            assert "查找范围(&L)：" in {label.text() for label in files.findChildren(QLabel)}
        assert _latin_texts(QPrintDialog(QPrinter())) == set()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
