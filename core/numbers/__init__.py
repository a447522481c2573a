"""Numbers that matter: targets, commitments and results of reports, and the scorecard."""

from core.numbers.extract import extract_numbers
from core.numbers.scorecard import ReportNumbers, Scorecard, Verdict, build_scorecard
from core.numbers.statements import Measure, NumericStatement, StatementKind
from core.numbers.target_compare import TargetChange, compare_targets

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
