"""The language the command line speaks: Chinese under a Chinese locale, English otherwise.

The locale is the one the environment names, as gettext reads it (``LANGUAGE``, then
``LC_ALL``, ``LC_MESSAGES``, ``LANG``); without any, the locale the process runs in. A
command's own words are kept as one ``Bilingual`` pair of sets, and the command prints the set
``spoken()`` picks; its help is written in both languages where the command is defined, and
``said`` picks one.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

Words = TypeVar("Words")

_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def user_locale(environ: Mapping[str, str] | None = None) -> str:
    """The name of the user's locale (``zh_CN.UTF-8``, ``en_US``), or an empty string.

    Args:
        environ: the environment to read (the process's own when None).
    """
    variables = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = variables.get(name, "").split(":")[0].strip()
        if value:
            return value
    if environ is not None:
        return ""
    return locale.getlocale()[0] or ""


def speaks_chinese(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the command line's own words are Chinese: under a ``zh`` locale
    (``zh_CN.UTF-8``, ``zh_TW``; ``Chinese (Simplified)_China`` on Windows).

    Args:
        environ: the environment to read (the process's own when None).
    """
    name = user_locale(environ).casefold()
    return name.startswith(("zh", "chinese"))


@dataclass(frozen=True)
class Bilingual(Generic[Words]):
    """A command's own words in Chinese and in English (a report's words are never in them).

    Attributes:
        chinese: the words spoken under a Chinese locale.
        english: the words spoken under any other.
    """

    chinese: Words
    english: Words

    def spoken(self, environ: Mapping[str, str] | None = None) -> Words:
        """The words in the user's language (``speaks_chinese``).

        Args:
            environ: the environment to read (the process's own when None).
        """
        return self.chinese if speaks_chinese(environ) else self.english


def said(english: str, chinese: str) -> str:
    """A text of the command line's help in the user's language (``speaks_chinese``): each
    command's help is written in both where the command is defined.

    Args:
        english: the text under any locale but a Chinese one.
        chinese: the text under a Chinese locale.
    """
    return chinese if speaks_chinese() else english
