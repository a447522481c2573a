"""An output file whose name says another format than the one asked for (``--format md --out
notes.csv``, ``--csv figures.md``): refused in one sentence, before anything is written.

A name that says no format ReportLens writes (``notes.txt``), or none, takes what is asked.
"""

from __future__ import annotations

from pathlib import Path

from core.cli.language import Bilingual
from core.file_formats import contradicted_format

FORMAT_NAMES = {"csv": "CSV", "md": "Markdown", "html": "HTML", "json": "JSON"}
"""Each format as a reader names it, in either language."""

CONTRADICTION = Bilingual(
    chinese="{out}: {asked} 写出的是 {wanted}，但文件名表明是 {named}；请让两者一致（未写入文件）",
    english=(
        "{out}: {asked} writes {wanted}, but the file's name says {named}; make them agree "
        "(nothing was written)"
    ),
)
"""The refusal, with ``{out}``, ``{asked}`` (the option as typed), ``{wanted}`` and ``{named}``."""


def format_contradiction(out: str, wanted: str, asked: str) -> str | None:
    """Why ``wanted`` is not written to ``out``, in the user's language: its name says another
    format; None when it does not.

    Args:
        out: the output file, as typed.
        wanted: the format asked for (``csv``, ``md``, ``html``).
        asked: the option that asked for it, as typed (``--format md``, ``--csv``).
    """
    named = contradicted_format(Path(out), wanted)
    if named is None:
        return None
    return CONTRADICTION.spoken().format(
        out=out, asked=asked, wanted=FORMAT_NAMES[wanted], named=FORMAT_NAMES[named]
    )
