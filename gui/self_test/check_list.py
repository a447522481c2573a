"""The self-test's checks in the order they run, and running them (a failure stops none)."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable

from gui.self_test.annotation_check import check_annotation
from gui.self_test.compare_checks import check_compare, check_kept_comparison
from gui.self_test.report_checks import (
    check_import,
    check_open,
    check_search,
    check_targets,
    check_tokeniser,
    check_tree,
)
from gui.self_test.state import CheckResult, SelfTestState
from gui.self_test.window_checks import check_close, check_resources, check_window

CHECKS: tuple[tuple[str, Callable[[SelfTestState], str]], ...] = (
    ("resources", check_resources),
    ("window", check_window),
    ("import", check_import),
    ("open", check_open),
    ("tree", check_tree),
    ("tokeniser", check_tokeniser),
    ("targets", check_targets),
    ("compare", check_compare),
    ("kept-comparison", check_kept_comparison),
    ("search", check_search),
    ("annotation", check_annotation),
    ("close", check_close),
)


def run_checks(
    state: SelfTestState,
    out: Callable[[str], None],
    checks: tuple[tuple[str, Callable[[SelfTestState], str]], ...] = CHECKS,
) -> list[CheckResult]:
    """Run ``checks`` in order, printing each result as it ends; a failure does not stop them."""
    results = []
    for name, check in checks:
        before = len(state.unexpected)
        started = time.perf_counter()
        try:
            detail = check(state)
            status = "ok"
        except Exception as error:
            status = "FAIL"
            detail = traceback.format_exception_only(error)[-1].strip()
        if len(state.unexpected) > before:
            status, detail = "FAIL", f"unexpected error: {state.unexpected[before]}"
        result = CheckResult(name, status, f"{detail} [{time.perf_counter() - started:.2f} s]")
        out(result.line())
        results.append(result)
    return results
