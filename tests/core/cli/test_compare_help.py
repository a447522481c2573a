"""``reportlens compare --help`` agrees with the README and says what the JSON's offsets count."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.cli import build_parser, main

README = Path(__file__).resolve().parents[3] / "README.md"


def _help_text(capsys: pytest.CaptureFixture[str]) -> str:
    """``compare --help`` on one line (argparse wraps it to the terminal's width)."""
    with pytest.raises(SystemExit):
        build_parser().parse_args(["compare", "--help"])
    return " ".join(capsys.readouterr().out.split())


def _readme_compare_options() -> set[str]:
    """The options the README's command-line section gives ``reportlens compare``."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("reportlens compare "))
    usage = [lines[start]]
    for line in lines[start + 1 :]:  # the usage continues on indented lines before its comment
        stripped = line.strip()
        if not line.startswith(" ") or stripped.startswith("#"):
            break
        usage.append(stripped)
    return set(re.findall(r"\[(--[a-z-]+)", " ".join(usage)))


def test_the_help_and_the_readme_list_the_same_compare_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shown = set(re.findall(r"\[(--[a-z-]+)", _help_text(capsys)))
    assert "--gui" in shown
    assert _readme_compare_options() == shown


def test_the_json_help_says_its_offsets_are_into_the_text_as_show_prints_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = _help_text(capsys)
    json_help = text.split("--json", 2)[2].split("--html")[0]
    assert "character offsets" in json_help and "`reportlens show`" in json_help


def test_the_json_offsets_slice_what_show_prints_of_a_crlf_gb18030_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample_texts: dict[str, str]
) -> None:
    # What the help promises: a file of Windows line endings in GB18030, sliced as ``show``
    # prints it, gives each change's words.
    old_text = sample_texts["cz2024"]
    new_text = old_text.replace("国防动员", "国防教育", 1)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    for path, text in ((old, old_text), (new, new_text)):
        path.write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    db = str(tmp_path / "library.sqlite3")
    assert main(["--db", db, "compare", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert main(["--db", db, "show", str(new)]) == 0
    shown = capsys.readouterr().out
    words = {shown[c["right"]["start"] : c["right"]["end"]] for c in changes}
    assert "国防教育" in words


def test_gui_without_the_window_is_one_sentence_naming_how_to_open_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["compare", "a.txt", "b.txt", "--gui"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "reportlens compare A B --gui" in err
