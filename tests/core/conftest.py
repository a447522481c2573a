"""Core's tests run in an English locale, whatever the machine's, unless one asks for Chinese:
the command line speaks the user's language (core.cli.language). The sample reports as a
comparison takes them are made once for every core test that compares."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.compare.records import CompareInput
from tests.core.compare.compare_inputs import compare_input

_OVERRIDING = ("LANGUAGE", "LC_ALL", "LC_MESSAGES")


def _in_locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    for name in _OVERRIDING:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's words in English, as under ``LANG=en_US.UTF-8``."""
    _in_locale(monkeypatch, "en_US.UTF-8")


@pytest.fixture
def chinese_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's words in Chinese, as under ``LANG=zh_CN.UTF-8``."""
    _in_locale(monkeypatch, "zh_CN.UTF-8")


@pytest.fixture(scope="session")
def inputs(samples: dict[str, Path]) -> dict[str, CompareInput]:
    """Every sample as a comparison takes it, by its short name (``samples``), titled by it."""
    return {
        name: compare_input(path.read_text(encoding="utf-8"), name)
        for name, path in samples.items()
    }
