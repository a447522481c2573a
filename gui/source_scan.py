"""Sparing Qt for Python its reading of every module's source at import.

Qt for Python wraps ``__import__``: for each module imported after PySide6 it reads the
module's source (``inspect.getsource``) to see whether the text names PySide6, and files the
answer so that ``from __feature__ import snake_case`` can be switched on per module.
ReportLens uses no ``__feature__``. Run from source, that reading costs 5–9 ms of the window's
start, one file per module; the packaged app has no sources and is not slowed.

``skip_known_sources`` gives the answer without reading for the modules whose answer is
known: Python's standard library and ``core`` (which never name PySide6: "ignore this module"
when switching features) and ``gui`` (Qt's default feature set, the one every module of ours
uses, whether or not its own text names PySide6). Every other module is still read.
tests/gui/test_source_scan.py checks the answers against the reading for every module of ours.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import wrapper this module answers for)

_FEATURE_MODULE = "shibokensupport.feature"
_SCAN = "_mod_uses_pyside"
_USES_QT = frozenset({"gui"})
_NEVER_QT = frozenset({"core"}) | frozenset(sys.stdlib_module_names)


def known_answer(module: ModuleType) -> bool | None:
    """Whether ``module``'s source names PySide6, when known without reading it (else None)."""
    top = getattr(module, "__name__", "").partition(".")[0]
    if top in _USES_QT:
        return True
    if top in _NEVER_QT:
        return False
    return None


def skip_known_sources() -> bool:
    """Have Qt for Python's import wrapper read only the sources whose answer is not known.

    Returns:
        True if the wrapper is (now) answered here; False if this Qt for Python has no such
        wrapper, in which case nothing is changed.
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    scan = getattr(feature, _SCAN, None)
    if feature is None or not callable(scan):
        return False
    if getattr(scan, "reads_only_unknown", False):
        return True

    def uses_pyside(module: ModuleType, read: Callable[[ModuleType], bool] = scan) -> bool:
        known = known_answer(module)
        return read(module) if known is None else known

    uses_pyside.reads_only_unknown = True  # type: ignore[attr-defined]
    uses_pyside.read = scan  # type: ignore[attr-defined]
    setattr(feature, _SCAN, uses_pyside)
    return True


def source_reader() -> Callable[[ModuleType], bool] | None:
    """Qt for Python's own reading of a module's source (None: this version has none)."""
    scan = getattr(sys.modules.get(_FEATURE_MODULE), _SCAN, None)
    return getattr(scan, "read", scan)
