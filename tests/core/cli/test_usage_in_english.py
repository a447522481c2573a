"""Under any locale but a Chinese one the help and the usage errors are argparse's own, byte for
byte: ``english_usage.json`` holds what the command line printed before it spoke Chinese."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from core.cli import main

_PRINTED = json.loads((Path(__file__).with_name("english_usage.json")).read_text(encoding="utf-8"))

# argparse lays its help out differently from one Python to another; these were printed by 3.11.
pytestmark = pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="the outputs kept are Python 3.11's argparse's"
)


def run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict[str, object]:
    """What ``reportlens ARGV`` prints and its exit status, in a terminal 100 columns wide."""
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as stopped:
        code = stopped.code
    captured = capsys.readouterr()
    return {"code": code, "out": captured.out, "err": captured.err}


@pytest.mark.parametrize("locale", ["en_US.UTF-8", "C.UTF-8"])
@pytest.mark.parametrize("command", list(_PRINTED))
def test_help_and_usage_errors_are_as_they_were(
    command: str, locale: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", locale)
    monkeypatch.setenv("COLUMNS", "100")
    assert run(capsys, command.split()) == _PRINTED[command]
