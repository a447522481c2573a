"""Following one kind of change: the filter, stepping through it, `reportlens compare --only`."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from core.cli import main
from core.compare.change_filter import ChangeFilter, count, group_of, matches, shown, step
from core.compare.comparison import compare_reports
from core.compare.records import ChangeKind, CompareInput, Comparison
from core.compare.summary import count_kinds
from core.library import load_file


@pytest.fixture(scope="module")
def comparison(samples: dict[str, Path]) -> Comparison:
    def read(name: str) -> CompareInput:
        report = load_file(samples[name])
        return CompareInput.from_loaded(replace(report, paragraph_tokens=report.tokens()))

    return compare_reports(read("cz2024"), read("cz2026np"))


def test_each_choice_follows_exactly_what_the_summary_counts(comparison: Comparison) -> None:
    changes, overall = comparison.changes, comparison.summary.overall
    for which in ChangeFilter:
        assert len(shown(changes, which)) == count(overall, which), which
    numbers = shown(changes, ChangeFilter.NUMBERS)
    assert numbers and all(changes[i].numbers_changed for i in numbers)
    assert len(numbers) < len(changes)
    # Every change is in exactly one of the four groups.
    groups = [ChangeFilter.ADDED, ChangeFilter.REMOVED, ChangeFilter.CHANGED, ChangeFilter.MOVED]
    for change in changes:
        assert [matches(change, group) for group in groups].count(True) == 1
    added_sections = [c for c in changes if c.kind is ChangeKind.ADDED_SECTION]
    assert all(group_of(c) is ChangeFilter.ADDED for c in added_sections)


def test_kinds_are_counted_finer_than_the_summary_and_agree_with_it(
    comparison: Comparison,
) -> None:
    kinds, overall = count_kinds(comparison.changes), comparison.summary.overall
    assert set(kinds) == set(ChangeKind)
    assert sum(kinds.values()) == overall.total
    assert kinds[ChangeKind.INSERTED] + kinds[ChangeKind.ADDED_SECTION] == overall.added
    assert kinds[ChangeKind.DELETED] + kinds[ChangeKind.REMOVED_SECTION] == overall.removed
    assert kinds[ChangeKind.REPLACED] == overall.changed
    assert kinds[ChangeKind.INSERTED] > 0 and kinds[ChangeKind.ADDED_SECTION] > 0


def test_stepping_visits_the_followed_changes_in_order_both_ways(comparison: Comparison) -> None:
    changes = comparison.changes
    expected = shown(changes, ChangeFilter.NUMBERS)
    forward, at = [], -1
    while (found := step(changes, at, ChangeFilter.NUMBERS)) is not None:
        forward.append(found)
        at = found
    assert forward == expected
    backward = []
    while (found := step(changes, at, ChangeFilter.NUMBERS, forward=False)) is not None:
        backward.append(found)
        at = found
    assert backward == expected[-2::-1]
    # From a change of another kind, the next followed one after it.
    other = next(i for i in range(len(changes)) if i not in expected and i > expected[0])
    assert step(changes, other, ChangeFilter.NUMBERS) == next(
        (i for i in expected if i > other), None
    )
    assert step(changes, len(changes) - 1, ChangeFilter.ALL) is None
    assert step(changes, -1, ChangeFilter.ALL) == 0


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(argv) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_the_compare_command_writes_json_and_html_and_lists_one_kind(
    samples: dict[str, Path], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    left, right = str(samples["cz2024"]), str(samples["cz2026np"])
    page = tmp_path / "compare.html"
    every = _json(capsys, ["compare", left, right, "--json", "--html", str(page)])
    assert set(every) >= {"pairs", "changes", "summary"} and "only" not in every
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    numbers = _json(capsys, ["compare", left, right, "--json", "--only", "numbers"])
    assert numbers["only"] == "numbers"
    assert numbers["summary"] == every["summary"]  # the summary still counts every change
    listed = numbers["changes"]
    assert isinstance(listed, list) and listed
    assert all(item["numbers_changed"] for item in listed)
    assert len(listed) == every["summary"]["overall"]["numbers"]  # type: ignore[index]
    assert listed == [item for item in every["changes"] if item["numbers_changed"]]  # type: ignore[union-attr]

    capsys.readouterr()
    assert main(["compare", left, right, "--only", "numbers"]) == 0
    heading, *lines = capsys.readouterr().out.splitlines()
    assert (
        f"{len(listed)} changed numbers among them" in heading
    )  # the counts line counts every change
    changes = [line for line in lines if not line.startswith("@ ")]  # (the sections' lines)
    assert len(changes) == len(listed) and all(line.startswith("#") for line in changes)
    assert main(["compare", left, right]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert len([line for line in lines if not line.startswith("@ ")]) == len(every["changes"])  # type: ignore[arg-type]
    with pytest.raises(SystemExit):
        main(["compare", left, right, "--only", "everything"])
