"""One Chinese word for one thing, in every string the app says: the window's translation and
core's words (the command line, the HTML report, the exports, the messages).

A comparison, the act and its result, is 对比 (as the library's *Compare* button and the app's
name, 政报对读, read it), never 对照 or 比较; a passage or section taken out is 删除, as the
legend and the change list call it, never 删去.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATION = ROOT / "resources" / "i18n" / "reportlens_zh_CN.ts"

OTHER_WORDS = {"对照": "对比", "比较": "对比", "删去": "删除"}
"""A word the app does not use, and the word it uses instead."""


def _said() -> Iterator[tuple[str, str]]:
    """Every string the app can say in Chinese, with where it stands."""
    for context in ET.parse(TRANSLATION).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [translation.text or ""] + [
                n.text or "" for n in translation.iter("numerusform")
            ]
            for form in forms:
                yield f"{TRANSLATION.name} {name} “{message.findtext('source')}”", form
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def test_a_comparison_and_a_removal_are_each_called_by_one_word() -> None:
    said = list(_said())
    assert len(said) > 1000
    offenders = [
        f"{where}: {word} (say {instead})"
        for where, text in said
        for word, instead in OTHER_WORDS.items()
        if word in text
    ]
    assert offenders == []
