"""Which extraction found a library's stored numbers.

Numbers are extracted once, at import, and stored. When what extraction finds changes (a new
pattern, a better indicator), ``EXTRACTOR_VERSION`` goes up by one; numbers stored by an
earlier version then count as not stored, are extracted again the next time a report is
opened, and stored with the new version. Nothing else is touched: a report's text, tree and
annotations do not depend on the extractor.
"""

from __future__ import annotations

EXTRACTOR_VERSION = 28
"""1: the numbers of libraries before the version was kept. 2: indicators read past 净增,
an amount of investment, and up to the next verb (``帮助773家民营企业应急还贷``: the 773
counts 民营企业应急还贷, not 帮助). 3: a statement's text reads as one phrase where extraction
broke a word across lines (``地区生产总值``, not ``地`` and ``区生产总值`` two lines apart).
4: a long phrase is cut after an item of its list, not inside a word (``壶关航天工业园等63个
项目``, not ``业加快推进…``), and a phrase after a figure does not open with its 的.
5: a phrase does not run on into the credits or a page number below it
(``全部兑现落实``, not ``全部兑现落实文字整理``), and reads without Markdown's bold marks; a
figure of part of the city (``开发区规上工业增加值``) is read with its place and filed under no
indicator, so no scorecard takes it for the city's. 6: a figure opening its clause names what
follows it (``260公里环浊漳河旅游公路建成通车`` counts 环浊漳河旅游公路建成通车), not the
indicator carried from the clause before; a multiplied figure (``2×66万千瓦``) is not read as
its parts. 7: a list item does not read the words of the item before it (``公园、44个游园`` shows as
``44个游园``), and a count among others counts what follows it with what it is counted by
(``9项主要经济指标中8项增速高于全省平均水平``: 8项 of 增速高于全省平均水平, not of 增速).
8: a word broken across a blank line after a heading's run-in text reads whole (``绿电消纳比例``).
9: a concentration written volume first is read with its unit (``PM2.5浓度降至每立方米36微克``
is 36 微克/立方米, comparable with ``34.7微克/立方米``), and so is a count of events with its
multiplier before 余 (``2.9万余场``); a name inside a longer word is another indicator
(``能源工业增加值`` is not 规上工业增加值), and so is a figure under a lead sentence about
part of the city (``提升开发区发展能级。…规上工业增加值增长15%以上``); a size before its noun
sizes that noun (``加快推进10万吨己二腈``: 10万吨 of 己二腈, not of 加快推进); a size that picks
out a kind of thing is no figure (``产能120万吨及以上煤矿``, ``4.3米以下焦炉``, ``2座年产90万吨
煤矿``). 10: a floor written before its figure is ``以上`` as one written after it
(``城镇新增就业不少于5万人``, ``突破1000亿元``, ``超过3000万人次``, ``增长超5%``), and 不少于 is
a verb, not part of the indicator (``城镇新增就业``, so the target is scored). 11: rankings and
fractions are no figures: the group ranked in (``在168个重点城市中``, ``进入全国20个…城市前列``),
a place or a move in a ranking (``退出后50名``, ``排名提升20位``), a fraction (``1/2的村``, no
longer a figure 1 listed after ``30万元``). 12: a count with the noun of what it counts after it
is a level, whatever its verb (``巩固提升11个乡村e镇``, not a growth of 11个); a count without
one may grow (``企业净增1.3万户``). 13: each count of a list keeps its own noun: counts sized
each (``引进2个50亿元以上、5个10亿元以上优质项目``: 2 and 5 优质项目, neither read before) and
a one-character noun before the next count (``3个县、13个乡镇``: 3 县, and 13 乡镇 reads
``13个乡镇``, not ``县、13个乡镇``). 14: a count named by a qualifier alone takes the next item's
head noun (``1个省级、5个市级专业镇``: 1 省级专业镇, not 省级; ``8家焦化、11家水泥企业``), a
one-character item shares the next item's noun (``9个国、省考断面``, no longer a count of
nothing), and an adverb before a verb ends a noun (``310个村整体提升``: 村, not 村整体).
15: a range of things described before their noun counts the noun
(``培育1至2个在全省乃至周边地区有影响力的核心商圈``: 核心商圈, not the description cut at
its 的). 16: ``赶超`` is a verb (``规上工业营收赶超300亿元`` is filed under 规上工业营收, not
规上工业营收赶), and a slogan counting rates (``实现3个100%``) is no figure (it read 100% of
``3个``). 17: an adverb or a time phrase names no indicator (``年内规上服务业企业达到200家``
is filed under 规上服务业企业, ``规上工业营收全力赶超300亿元`` under 规上工业营收, and
``在7个…项目全面投产基础上`` under none, not 在); a figure after a clause of words only does
not take the indicator of a figure before it (``…项目加快推进，年内实现7万人口集聚`` counts
人口集聚, not 项目). 18: no phrase runs on from a title line across the blank line after it
(``长治市2024年10件民生实事`` / ``各位代表：`` counts 民生实事, not 民生实事各位代表). 19: a
body line broken after a name ending in 报告 runs on again (``…评价报告`` / ``编制工作``).
20: an adverb with a verb of what became of the things counted ends their noun
(``在7个焦化“上大关小”升级改造项目全面投产基础上`` counts 焦化“上大关小”升级改造项目, no
longer nothing; ``11个乡村e镇全面建成`` counts 乡村e镇). 21: a verb of pushing the work on
names no indicator (``持续推进总投资130亿元`` is filed under 总投资, ``完成营造林11.7万亩`` under
营造林); 新增, 新建, 开工 and the like name what is counted and stay (``开工建设总投资``). 22: no
phrase runs on from a title line at a single line break either, as in a text with one
paragraph per line, nor into a salutation line (``各位代表：``). 23: amounts that say which
things a figure is of are no figures (``集体经济年收入30万元、50万元、100万元以上的村分别达到
75%、55%、35%``: three shares, of ``集体经济年收入30万元以上的村`` and so on, no longer three
incomes and three shares of ``村``; ``集体经济收入超30万元的行政村达到67%``). 24: a count of
things of a size names them with it (``引进2个50亿元以上、5个10亿元以上优质项目``: 2
``50亿元以上优质项目`` and 5 ``10亿元以上优质项目``, no longer twice 优质项目;
``100个投资10亿元以上重大工程项目``). 25: a noun with the kinds it stands for in brackets
is what a count counts (``泽州、高平、阳城、沁水4个县（市）``: 4 县(市), no longer 4 of the places
listed before it). 26: a count inside quotation marks is part of the name of a slogan or a
set of measures, no figure (``持续推广“10种模式”和“6项机制”``, ``用好“人才新政20条”``: no
longer 6 项 of ``机制”`` and 20 条 of ``用好“人才新政``). 27: the level a change starts from is
no result of its own (``职业学校办学条件达标率由34%提高到92%``: one result, 92%, read with its
base, no longer 34% and 92%), a growth to a figure is the level reached (``从280天增加到312天``),
and a figure a panel states again in the body's words (an interpretation's
``地区生产总值完成`` / ``2593.4亿元``) is listed once, where it is first stated. 28: a count
before a grade or a code that names what it counts is read, with that name (``新增2家4A级景区``:
2 of 4A级景区, no longer nothing, and the 14家 after it no longer read over both;
``新增8家A级景区``, ``1000个5G基站``); the grade or code itself is still no figure."""
