"""``reportlens compare --html OUT.html`` to a place it cannot write: one sentence naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.cli import main


def test_an_html_report_to_a_missing_folder_is_one_sentence_naming_it(
    tmp_path: Path, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "report.html"
    code = main(["compare", str(samples["cz2024"]), str(samples["cz2024np"]), "--html", str(out)])
    assert code == 1
    captured = capsys.readouterr()
    assert captured.err == f"reportlens: {out}: No such file or directory\n"
    assert not out.parent.exists()


def test_an_html_report_over_an_earlier_one_it_cannot_replace_leaves_it(
    tmp_path: Path, samples: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.html"
    out.mkdir()  # a folder where the report would go: it cannot be replaced by a file
    code = main(["compare", str(samples["cz2024"]), str(samples["cz2024np"]), "--html", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith(f"reportlens: {out}: ") and err.count("\n") == 1
    assert out.is_dir() and not list(tmp_path.glob(".*partial"))
