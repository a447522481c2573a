"""Precision and recall of main-target extraction against hand-made expectations, per text.

    python benchmarks/target_accuracy.py [--verbose]

Reads ``tests/data/unseen_targets/expected_targets.json`` (the samples and typed reports,
each with every main target as canonical, measure, value, upper value, unit and qualifier).
A found target counts as right only when all six agree with an expected one; a second line
counts by canonical indicator alone. Also prints the extraction time per text (beside the
time to normalise it) and the aim: every target found, right, and nothing else called one.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.model import ReportKind  # noqa: E402
from core.numbers.extract import extract_numbers  # noqa: E402
from core.numbers.statements import NumericStatement, StatementKind  # noqa: E402
from core.outline import parse_outline  # noqa: E402
from core.text import normalise  # noqa: E402

EXPECTATIONS = ROOT / "tests" / "data" / "unseen_targets" / "expected_targets.json"

Row = tuple[object, ...]


def expected_rows(entry: dict[str, object]) -> list[Row]:
    """The expected targets of one text as comparable tuples."""
    rows = entry["targets"]
    assert isinstance(rows, list)
    return [
        (c, m, None if v is None else float(v), None if w is None else float(w), u, q)
        for c, m, v, w, u, q in rows
    ]


def found_rows(statements: list[NumericStatement]) -> list[Row]:
    """The extracted targets as comparable tuples."""
    return [
        (s.canonical, str(s.measure), s.value, s.value_max, s.unit, s.qualifier)
        for s in statements
        if s.kind is StatementKind.TARGET
    ]


def matched(expected: list[Row], found: list[Row]) -> int:
    """How many found rows match an expected row one to one."""
    pool = list(expected)
    hits = 0
    for row in found:
        if row in pool:
            pool.remove(row)
            hits += 1
    return hits


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 1.0 for an empty whole (nothing to find, nothing wrongly found)."""
    return part / whole if whole else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false targets")
    args = parser.parse_args()
    entries = json.loads(EXPECTATIONS.read_text(encoding="utf-8"))["texts"]
    totals = [0, 0, 0, 0]  # expected, found, exact hits, canonical hits
    print(
        f"{'text':<32} {'exp':>4} {'found':>5} {'prec':>6} {'recall':>6} "
        f"{'canon-P/R':>11} {'ms':>6} {'norm ms':>7}"
    )
    for entry in entries:
        text = (ROOT / entry["path"]).read_text(encoding="utf-8")
        outline = parse_outline(text)
        began = time.perf_counter()
        statements = extract_numbers(text, outline, entry["year"], kind=ReportKind(entry["kind"]))
        elapsed = (time.perf_counter() - began) * 1000
        began = time.perf_counter()
        normalise(text)
        norm_elapsed = (time.perf_counter() - began) * 1000
        expected, found = expected_rows(entry), found_rows(statements)
        exact = matched(expected, found)
        canonical = matched([r[:1] for r in expected], [r[:1] for r in found])
        for index, value in enumerate((len(expected), len(found), exact, canonical)):
            totals[index] += value
        print(
            f"{entry['name']:<32} {len(expected):>4} {len(found):>5} "
            f"{ratio(exact, len(found)):>6.2f} {ratio(exact, len(expected)):>6.2f} "
            f"{ratio(canonical, len(found)):>5.2f}/{ratio(canonical, len(expected)):<5.2f} "
            f"{elapsed:>6.1f} {norm_elapsed:>7.1f}"
        )
        if args.verbose:
            for row in expected:
                if row not in found:
                    print(f"    missed: {row}")
            for row in found:
                if row not in expected:
                    print(f"    wrong:  {row}")
    n_expected, n_found, exact, canonical = totals
    print(
        f"{'all':<32} {n_expected:>4} {n_found:>5} {ratio(exact, n_found):>6.2f} "
        f"{ratio(exact, n_expected):>6.2f} "
        f"{ratio(canonical, n_found):>5.2f}/{ratio(canonical, n_expected):<5.2f}"
    )
    print(
        "aim: precision and recall 1.00 "
        "(every main target found with value, unit and qualifier right)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
