"""Numbers that matter: targets, commitments and results of reports, and the scorecard.

The names below load their modules on first use, so that importing one small module of this
package (the statement record, which the store reads) does not compile every pattern.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.numbers.extract import extract_numbers
    from core.numbers.scorecard import ReportNumbers, Scorecard, Verdict, build_scorecard
    from core.numbers.statements import Measure, NumericStatement, StatementKind
    from core.numbers.target_compare import TargetChange, compare_targets

_HOMES = {
    "extract_numbers": "core.numbers.extract",
    "ReportNumbers": "core.numbers.scorecard",
    "Scorecard": "core.numbers.scorecard",
    "Verdict": "core.numbers.scorecard",
    "build_scorecard": "core.numbers.scorecard",
    "Measure": "core.numbers.statements",
    "NumericStatement": "core.numbers.statements",
    "StatementKind": "core.numbers.statements",
    "TargetChange": "core.numbers.target_compare",
    "compare_targets": "core.numbers.target_compare",
}

__all__ = [
    "Measure",
    "NumericStatement",
    "ReportNumbers",
    "Scorecard",
    "StatementKind",
    "TargetChange",
    "Verdict",
    "build_scorecard",
    "compare_targets",
    "extract_numbers",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'core.numbers' has no attribute {name!r}")
    return getattr(import_module(home), name)
