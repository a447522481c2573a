"""Core's messages in the language of the app.

``core/`` has no Qt and speaks English: its errors are one plain sentence each
(``报告.pdf: this PDF has no text layer (it is a scanned image); …``). The window shows some of
them: why a file was not imported, why the library could not be written, why a report could not
be opened (``show_core_error``, the one message box for them). Their Chinese is kept in core, in
one table with the command line's (``core.chinese_messages``); the window gives it when the app
speaks Chinese.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.chinese_messages import chinese_message

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

CONTEXT = "CoreMessages"

# The language of the app's translation, as Qt names layout direction (QT_LAYOUT_DIRECTION):
# the Chinese translation gives "zh_CN" for it; with none installed it stays "en".
_LANGUAGE = QT_TRANSLATE_NOOP("CoreMessages", "en")


def app_speaks_chinese() -> bool:
    """Whether the app's Chinese translation is installed."""
    return QCoreApplication.translate(CONTEXT, _LANGUAGE).startswith("zh")


def translated_message(message: str) -> str:
    """A core message in the app's language: ``name: problem`` keeps the name before it."""
    return chinese_message(message) if app_speaks_chinese() else message


def show_core_error(parent: QWidget | None, message: str) -> None:
    """Tell the user, in a message box over ``parent``, a core error's message (a report that
    cannot be read, a change the library refused), in the app's language."""
    from gui.messages import warn

    title = QCoreApplication.translate("CoreMessages", "ReportLens")
    warn(parent, title, translated_message(message))
