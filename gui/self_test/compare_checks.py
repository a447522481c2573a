"""The self-test's checks of comparing: two reports compared in the window, a comparison kept."""

from __future__ import annotations

from gui.self_test.state import SelfTestState


def check_compare(state: SelfTestState) -> str:
    """The two reports are compared: sections paired, changes found; the same again in the
    engine's own process (which the app starts as a copy of itself)."""
    from core.compare.comparison import compare_reports
    from core.compare.engine_process import ENGINE
    from core.compare.records import CompareInput

    if len(state.loaded) < 2:
        raise AssertionError("needs two parsed reports")
    left, right = (CompareInput.from_loaded(loaded) for loaded in state.loaded[:2])
    comparison = compare_reports(left, right)
    if not comparison.pairs or not comparison.changes:
        raise AssertionError(f"{len(comparison.pairs)} pairs, {len(comparison.changes)} changes")
    try:
        ENGINE.warm_up().result(timeout=120)
        beside = ENGINE.compare(left, right)
    finally:
        ENGINE.close()
    if beside.changes != comparison.changes:
        raise AssertionError("the engine's process compared otherwise")
    return (
        f"{len(comparison.pairs)} section pairs, {len(comparison.changes)} changes, "
        "the same in the engine's process"
    )


def check_kept_comparison(state: SelfTestState) -> str:
    """A comparison kept on disk (as the app keeps them between runs) is read back equal to
    the one computed, by the digest of the core this app was built from."""
    from core.compare.comparison_cache import ComparisonCache
    from core.compare.engine_fingerprint import engine_fingerprint
    from core.compare.records import CompareInput
    from core.compare.stored_comparisons import StoredComparisons

    if len(state.loaded) < 2:
        raise AssertionError("needs two parsed reports")
    fingerprint = engine_fingerprint()
    if fingerprint is None:
        raise AssertionError("no digest of the engine's code: nothing would be kept")
    left, right = (CompareInput.from_loaded(loaded) for loaded in state.loaded[:2])
    kept = StoredComparisons(state.folder / "comparisons.sqlite3")
    computed = ComparisonCache(stored=kept).compare(left, right)
    again = ComparisonCache(stored=kept)
    if again.compare(left, right) != computed or again.read_back != 1:
        raise AssertionError("the comparison kept on disk was not read back as computed")
    return f"read back as computed (engine {fingerprint[:12]})"
