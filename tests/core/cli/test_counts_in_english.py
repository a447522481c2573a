"""The command line says one of a thing in the singular in English (``1 annotation``, ``the
first match``) and any other count in the plural; Chinese says both alike."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

import core.cli.library_words
import core.cli.notes_words
import core.cli.scorecard_words
import core.cli.targets_words
from core.cli import main
from core.cli.counted import Counted
from tests.core.cli.command_runs import copy_of, one_report_library, printed

# A count followed by an English plural noun: "{count} annotations", "{count} matches".
_COUNT_THEN_PLURAL = re.compile(r"\{count\} (\w+ )?\w+s\b")


@pytest.fixture(scope="module")
def one_report(tmp_path_factory: pytest.TempPathFactory, samples: dict[str, Path]) -> Path:
    return one_report_library(tmp_path_factory.mktemp("cli-counts"), samples["cz2024"])


@pytest.fixture
def db(one_report: Path, tmp_path: Path) -> str:
    return copy_of(one_report, tmp_path)


def test_a_count_says_one_in_the_singular() -> None:
    annotations = Counted("{count} annotations", one="1 annotation")
    assert [annotations.format(count=n) for n in (0, 1, 2)] == [
        "0 annotations",
        "1 annotation",
        "2 annotations",
    ]
    assert Counted("{count} 条批注").format(count=1) == "1 条批注"


def test_every_english_count_of_a_plural_noun_has_its_singular() -> None:
    modules = (
        core.cli.library_words,
        core.cli.notes_words,
        core.cli.scorecard_words,
        core.cli.targets_words,
    )
    wordings = [
        value.english
        for module in modules
        for value in vars(module).values()
        if hasattr(value, "english")
    ]
    assert len(wordings) == len(modules)
    for words in wordings:
        for field in fields(words):
            value = getattr(words, field.name)
            if isinstance(value, str):
                assert not _COUNT_THEN_PLURAL.search(value), (field.name, value)
            elif isinstance(value, Counted) and _COUNT_THEN_PLURAL.search(value.other):
                assert value.one is not None, (field.name, value)


def test_one_annotation_listed_and_exported_is_said_in_the_singular(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db, "notes", "add", "1", "--start", "10", "--end", "20"]) == 0
    _, said = printed(capsys, ["--db", db, "notes", "list"])
    assert said == "1 annotation\n"
    out = tmp_path / "notes.md"
    said, _ = printed(capsys, ["--db", db, "notes", "export", "--format", "md", "--out", str(out)])
    assert said == f"exported 1 annotation to {out}\n"


def test_a_search_listing_one_match_says_so(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, said = printed(capsys, ["--db", db, "search", "经济", "--limit", "1"])
    assert said == "the first match; there are more (--limit N shows more)\n"
