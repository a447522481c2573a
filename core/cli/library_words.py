"""The words of ``reportlens list``, ``search``, ``edit`` and ``remove``, in Chinese and in
English.

A report's words (its title, region, a passage found) are printed as the report has them.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.counted import Counted
from core.cli.language import Bilingual


@dataclass(frozen=True)
class LibraryWords:
    """The library commands' words in one language.

    Attributes:
        kinds: the name of each kind of report, by its value (``report``, ``newspaper``…).
        matches: how many passages a search found, with ``{count}``.
        first_matches: the same, when there are more than were listed.
        updated: a report's details saved, with ``{id}`` and ``{title}``.
        removed: a report removed, with ``{id}`` and ``{title}``.
        removed_annotations: after ``removed``, its annotations gone with it, with
            ``{annotations}``.
        annotations: a count of annotations, with ``{count}``.
        has_annotations: why a report with annotations stays, with ``{id}``, ``{title}`` and
            ``{annotations}``.
        not_a_count: a count given (``--limit``) that is not a whole number of at least 1,
            with ``{text}``.
        empty_query: a search for nothing (an empty or blank query).
        to_take_back: after ``updated``, the ``reportlens edit`` that gives the report back
            the details it had, with ``{command}``.
        year_was_unknown: after ``updated``, when the year corrected was not known before
            (which no ``edit`` can give back).
        no_library: no library at the path the user named, so a command that adds nothing
            to it is refused, with ``{name}``, ``{path}`` and ``{named_by}`` (the option or
            variable that named it).
        no_default_library: no library yet in the data folder, for a command that only reads
            it, with ``{name}`` and ``{path}``.
    """

    kinds: dict[str, str]
    matches: Counted
    first_matches: Counted
    updated: str
    removed: str
    removed_annotations: str
    annotations: Counted
    has_annotations: str
    not_a_count: str
    empty_query: str
    no_library: str
    no_default_library: str
    to_take_back: str
    year_was_unknown: str

    def annotation_count(self, count: int) -> str:
        """``count`` annotations, as this language says it."""
        return self.annotations.format(count=count)


LIBRARY_WORDS = Bilingual(
    chinese=LibraryWords(
        kinds={
            "report": "报告全文",
            "interpretation": "解读",
            "newspaper": "报纸版",
            "not_a_report": "非报告",
        },
        matches=Counted("找到 {count} 处"),
        first_matches=Counted("以上是前 {count} 处，还有更多（--limit N 可列出更多）"),
        updated="已更新 {id}：{title}",
        removed="已移除 {id}：{title}",
        removed_annotations="，连同其 {annotations}",
        annotations=Counted("{count} 条批注"),
        has_annotations=(
            "{id}: {title} 有 {annotations}；请先导出批注（`reportlens notes export`），"
            "或加 --with-annotations 连同批注一并移除"
        ),
        not_a_count="{text} 不是不小于 1 的整数",
        empty_query="搜索内容是空的：请写出要找的字词",
        no_library=(
            "{name}: {path} 处没有报告库（由 {named_by} 指定）；请检查路径，"
            "或用 `reportlens import` 或 `reportlens samples` 在该处建立报告库"
        ),
        no_default_library=(
            "{name}: {path} 处还没有报告库；请用 `reportlens import` 或 `reportlens samples` "
            "建立，或打开政报对读"
        ),
        to_take_back="  如需改回：{command}",
        year_was_unknown="  （此前年份不详）",
    ),
    english=LibraryWords(
        kinds={
            "report": "report",
            "interpretation": "interpretation",
            "newspaper": "newspaper",
            "not_a_report": "not_a_report",
        },
        matches=Counted("{count} matches", one="1 match"),
        first_matches=Counted(
            "the first {count} matches; there are more (--limit N shows more)",
            one="the first match; there are more (--limit N shows more)",
        ),
        updated="updated {id}: {title}",
        removed="removed {id}: {title}",
        removed_annotations=" and its {annotations}",
        annotations=Counted("{count} annotations", one="1 annotation"),
        has_annotations=(
            "{id}: {title} has {annotations}; export them first "
            "(`reportlens notes export`), or remove it with --with-annotations"
        ),
        not_a_count="{text} is not a number of at least 1",
        empty_query="the search text is empty: give the words to look for",
        no_library=(
            "{name}: there is no library at {path} (named by {named_by}); check the path, "
            "or start one there with `reportlens import` or `reportlens samples`"
        ),
        no_default_library=(
            "{name}: there is no library at {path} yet; start it with `reportlens import` "
            "or `reportlens samples`, or by opening ReportLens"
        ),
        to_take_back="  to take it back: {command}",
        year_was_unknown="  (its year was not known before)",
    ),
)
"""The library commands' words, as ``LIBRARY_WORDS.spoken()`` picks them."""
