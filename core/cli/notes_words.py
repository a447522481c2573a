"""The words of ``reportlens notes`` and ``reportlens replace``, in Chinese and in English.

An annotation's own words (its quote, note, tags, a colour's name and meaning) are printed as
they are; why an annotation could not be made is core's sentence, spoken by
``spoken_message``.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.counted import Counted
from core.cli.language import Bilingual


@dataclass(frozen=True)
class NotesWords:
    """The annotation commands' words in one language.

    Attributes:
        colour: an annotation's colour as listed: the meaning the user gave it, then the
            colour's name, with ``{meaning}`` and ``{key}``.
        orphaned_flag: after the colour of an annotation whose passage was not found again.
        listed: how many annotations were listed, with ``{count}``.
        added: an annotation made, with ``{id}`` and ``{quote}``.
        exported: annotations written to a file, with ``{count}`` and ``{out}``.
        none_in_library: ``notes export`` of a library without annotations, so no file is
            written, with ``{library}`` (its file's name) and ``{out}``.
        none_chosen: ``notes export`` whose filters match no annotation, so no file is
            written, with ``{filters}`` (the options as typed) and ``{out}``.
        tag_table: the tag table written, with ``{count}`` and ``{out}``.
        no_tags: ``notes tags`` of a library where no annotation has a tag, so no file is
            written, with ``{library}`` (its file's name) and ``{out}``.
        reanchored: annotations placed again, with ``{placed}``, ``{changed}`` and
            ``{orphaned}``.
        orphan: one left to place by hand after ``reanchor``, with ``{id}`` and ``{quote}``.
        force_hint: after why a file was not taken as a corrected edition.
        to_place: one left to place by hand after ``replace``, with ``{id}`` and ``{quote}``.
    """

    colour: str
    orphaned_flag: str
    listed: Counted
    added: str
    exported: Counted
    none_in_library: str
    none_chosen: str
    tag_table: Counted
    no_tags: str
    reanchored: str
    orphan: str
    force_hint: str
    to_place: str


NOTES_WORDS = Bilingual(
    chinese=NotesWords(
        colour="{meaning}（{key}）",
        orphaned_flag=" [待放置]",
        listed=Counted("{count} 条批注"),
        added="已添加批注 {id}：{quote}",
        exported=Counted("已将 {count} 条批注导出到 {out}"),
        none_in_library="没有可导出的批注：报告库 {library} 中还没有批注；未写入 {out}",
        none_chosen="没有可导出的批注：没有符合 {filters} 的批注；未写入 {out}",
        tag_table=Counted("已将 {count} 条批注的标签表写入 {out}"),
        no_tags="没有可计数的标签：报告库 {library} 中没有带标签的批注；未写入 {out}",
        reanchored="{placed} 条位置不变，{changed} 条在改动过的段落上，{orphaned} 条待放置",
        orphan="  待放置 {id}：{quote}",
        force_hint="；如仍要替换，请加 --force",
        to_place="  需手动放置：批注 {id}：{quote}",
    ),
    english=NotesWords(
        colour="{meaning} ({key})",
        orphaned_flag=" [orphaned]",
        listed=Counted("{count} annotations", one="1 annotation"),
        added="added annotation {id}: {quote}",
        exported=Counted(
            "exported {count} annotations to {out}", one="exported 1 annotation to {out}"
        ),
        none_in_library=(
            "no annotations to export: the library {library} has none; {out} was not written"
        ),
        none_chosen="no annotations to export: none match {filters}; {out} was not written",
        tag_table=Counted(
            "wrote the tag table of {count} annotations to {out}",
            one="wrote the tag table of 1 annotation to {out}",
        ),
        no_tags=(
            "no tags to count: no annotation in the library {library} has a tag; "
            "{out} was not written"
        ),
        reanchored="placed {placed}, changed {changed}, orphaned {orphaned}",
        orphan="  orphaned {id}: {quote}",
        force_hint="; to replace it anyway, add --force",
        to_place="  to place by hand: annotation {id}: {quote}",
    ),
)
"""The annotation commands' words, as ``NOTES_WORDS.spoken()`` picks them."""
