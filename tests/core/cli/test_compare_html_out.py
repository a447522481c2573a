"""``reportlens compare --html OUT.html`` to a place it cannot write: one sentence naming it."""

from __future__ import annotations

import json
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


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en_US.UTF-8", "comparison saved to {out}"), ("zh_CN.UTF-8", "对比已保存到 {out}")],
)
def test_an_html_report_written_is_one_line_naming_it_in_the_users_language(
    tmp_path: Path,
    samples: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    said: str,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    out = tmp_path / "report.html"
    code = main(["compare", str(samples["cz2024"]), str(samples["cz2024np"]), "--html", str(out)])
    assert code == 0
    assert capsys.readouterr().out == said.format(out=out) + "\n"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_with_json_on_standard_output_the_html_report_is_confirmed_on_standard_error(
    tmp_path: Path,
    samples: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    out = tmp_path / "report.html"
    args = ["compare", str(samples["cz2024"]), str(samples["cz2024np"]), "--html", str(out)]
    assert main([*args, "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["changes"]  # the JSON alone, still readable
    assert captured.err == f"comparison saved to {out}\n"
