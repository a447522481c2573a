"""The words of ``reportlens import`` and ``reportlens samples``, in Chinese and in English.

Why a file was not imported is core's sentence, spoken by ``spoken_message``; a report's title
and a file's name are printed as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.language import Bilingual


@dataclass(frozen=True)
class ImportWords:
    """The words of an import in one language.

    Attributes:
        imported: a file imported, with ``{file}``, ``{id}`` and ``{title}``.
        duplicate: a file whose text is a report's already, with ``{said}`` (the message
            naming the file and the report's title) and ``{id}`` (the report's).
        statuses: how the import of a sample ended, by its value (``imported``…).
    """

    imported: str
    duplicate: str
    statuses: dict[str, str]


IMPORT_WORDS = Bilingual(
    chinese=ImportWords(
        imported="已导入 {file}，编号 {id}：{title}",
        duplicate="{said}（编号 {id}）",
        statuses={"imported": "已导入", "duplicate": "库中已有", "failed": "失败"},
    ),
    english=ImportWords(
        imported="imported {file} as {id}: {title}",
        duplicate="{said} (id {id})",
        statuses={"imported": "imported", "duplicate": "duplicate", "failed": "failed"},
    ),
)
"""The import's words, as ``IMPORT_WORDS.spoken()`` picks them."""
