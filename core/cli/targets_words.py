"""The words of ``reportlens targets``, in Chinese and in English.

Only the command's own words change with the language; a report's words (a title, an
indicator, a figure as written, ``6%左右``) are printed as the report has them.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.cli.counted import Counted
from core.cli.language import Bilingual
from core.numbers.table_words import CHINESE_TABLE_WORDS


@dataclass(frozen=True)
class TargetsWords:
    """The words of a report's figures and of two reports' targets side by side, in one
    language.

    Attributes:
        kinds: the heading of each kind of figure, by its value (``target``, ``result``…).
        heading: a kind's heading over its figures, with ``{kind}`` and ``{count}``.
        no_figures: when the report has no figures.
        no_figures_of_kind: when it has none of the kind asked for.
        no_targets_passage: when the report has no main-targets passage.
        changes: what became of a target in the second report, by its value (``same``…).
        one_side: a target in one report only, by ``added``/``removed``, where the two are not
            an older and a newer one (two cities, two editions of one year): as the window's
            Targets tab says it.
        none: in place of the target a report does not have.
        after_label: between an indicator and its targets in the two reports.
        neither_has_targets: when neither report has a main-targets passage.
        states_no_targets: when one report has none, so nothing was kept or dropped there,
            with ``{title}``.
        written: a report's figures written to a CSV file, with ``{count}`` and ``{out}``.
        compared_not_written: ``--csv`` asked of two reports' targets side by side.
    """

    kinds: dict[str, str]
    heading: str
    no_figures: str
    no_figures_of_kind: str
    no_targets_passage: str
    changes: dict[str, str]
    one_side: dict[str, str]
    none: str
    after_label: str
    neither_has_targets: str
    states_no_targets: str
    written: Counted
    compared_not_written: str


TARGETS_WORDS = Bilingual(
    chinese=TargetsWords(
        kinds=CHINESE_TABLE_WORDS.kinds,  # as the exported numbers name them
        heading="{kind}：{count}项",
        no_figures="未找到数字",
        no_figures_of_kind="未找到这一类数字",
        no_targets_passage="文中没有主要预期目标",
        changes={
            "same": "不变",
            "changed": "有变化",
            "reworded": "表述调整",
            "added": "新增",
            "removed": "已删除",
            "unstated": "对方未列目标",
        },
        one_side={"added": "仅右侧有", "removed": "仅左侧有"},
        none="（无）",
        after_label="：",
        neither_has_targets="两份报告都没有主要预期目标",
        states_no_targets="{title}未列主要预期目标，无从判断以上目标是保留、调整还是删除",
        written=Counted("已将 {count} 个数字写入 {out}"),
        compared_not_written="--csv 只写出一份报告的数字；两份报告的目标对比请用 --json",
    ),
    english=TargetsWords(
        kinds={
            "target": "targets (预期目标)",
            "plan_target": "plan targets (规划目标)",
            "commitment": "commitments (工作承诺)",
            "result": "results (结果)",
            "other": "other figures (其他)",
        },
        heading="{kind}: {count}",
        no_figures="no figures were found",
        no_figures_of_kind="no figures of this kind were found",
        no_targets_passage="no main-targets passage (主要预期目标) was found in this text",
        changes={
            "same": "same",
            "changed": "changed",
            "reworded": "reworded",
            "added": "added",
            "removed": "removed",
            "unstated": "unstated",
        },
        one_side={"added": "right only", "removed": "left only"},
        none="(none)",
        after_label=": ",
        neither_has_targets="neither text has a main-targets passage (主要预期目标)",
        states_no_targets=(
            "{title} states no main targets (主要预期目标), so none of these was kept, "
            "changed or dropped there"
        ),
        written=Counted("wrote {count} figures to {out}", one="wrote 1 figure to {out}"),
        compared_not_written=(
            "--csv writes one report's figures; for two reports' targets side by side use --json"
        ),
    ),
)
"""The command's words, as ``TARGETS_WORDS.spoken()`` picks them."""
