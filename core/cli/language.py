"""The language the command line speaks: Chinese under a Chinese locale, English otherwise.

The locale is the one the environment names, as gettext reads it (``LANGUAGE``, then
``LC_ALL``, ``LC_MESSAGES``, ``LANG``); without any, the locale the process runs in.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

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
