"""Core's messages as the command line prints them: in Chinese under a Chinese locale.

Core writes a problem as one English sentence naming the file (``a.txt: the file is empty (0
bytes)``); its Chinese is kept in one table with the window's (``core.chinese_messages``).
"""

from __future__ import annotations

from core.chinese_messages import chinese_message
from core.cli.language import speaks_chinese


def spoken_message(message: str) -> str:
    """``message`` in the user's language (``speaks_chinese``): its Chinese, where the table
    knows it, under a Chinese locale; as core wrote it under any other."""
    return chinese_message(message) if speaks_chinese() else message
