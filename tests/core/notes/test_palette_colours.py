"""Adding highlight colours, up to nine (Ctrl+1 … Ctrl+9), from the library and the command line."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from core.cli import main
from core.library import open_library
from core.notes.palette import DEFAULT_PALETTE, MAX_COLOURS, with_new_colour
from core.store.annotations import annotations_of


def test_each_added_colour_is_new_and_the_palette_stops_at_nine() -> None:
    palette = DEFAULT_PALETTE
    while len(palette) < MAX_COLOURS:
        palette = with_new_colour(palette, f"含义{len(palette) + 1}")
    assert len({c.key for c in palette}) == len({c.colour for c in palette}) == MAX_COLOURS
    assert palette[:5] == DEFAULT_PALETTE and palette[-1].meaning == "含义9"
    with pytest.raises(ValueError, match="at most 9"):
        with_new_colour(palette)


def test_a_colour_taken_by_a_renamed_one_is_not_offered_again() -> None:
    first = with_new_colour(DEFAULT_PALETTE)
    renamed = (*DEFAULT_PALETTE[:4], replace(DEFAULT_PALETTE[4], colour=first[-1].colour))
    again = with_new_colour(renamed)
    assert again[-1].colour not in {c.colour for c in renamed}
    assert again[-1].key not in {c.key for c in renamed}


def test_the_command_line_lists_and_adds_colours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "library.sqlite3")
    assert main(["--db", db, "notes", "colours", "--add", "会议精神"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6 and lines[-1].startswith("Ctrl+6") and lines[-1].endswith("会议精神")
    with open_library(db, read_only=True) as store:
        assert annotations_of(store).palette()[5].meaning == "会议精神"
    for _ in range(3):
        assert main(["--db", db, "notes", "colours", "--add", ""]) == 0
    capsys.readouterr()
    assert main(["--db", db, "notes", "colours", "--add", "第十"]) == 1
    assert "at most 9 colours" in capsys.readouterr().err
