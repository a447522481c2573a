<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllTermsStatus</name>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="30"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="42"/>
        <source>; </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="46"/>
        <source>No paragraph has all of %1 (%2)</source>
        <translation>没有哪一段同时含有 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="51"/>
        <source>The first %1 paragraphs with all of %3, in 1 report; add words to narrow the search</source>
        <translation>同时含有 %3 的前 %1 段，都在 1 份报告中；加词可缩小范围</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="56"/>
        <source>The first %1 paragraphs with all of %3, in %2 reports; add words to narrow the search</source>
        <translation>同时含有 %3 的前 %1 段，分布在 %2 份报告中；加词可缩小范围</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="60"/>
        <source>1 paragraph in 1 report has all of %3</source>
        <translation>1 份报告中有 1 段同时含有 %3</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="62"/>
        <source>%1 paragraphs in 1 report have all of %3</source>
        <translation>1 份报告中有 %1 段同时含有 %3</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="64"/>
        <source>%1 paragraphs in %2 reports have all of %3</source>
        <translation>%2 份报告中有 %1 段同时含有 %3</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="70"/>
        <source>%1 is in none</source>
        <translation>没有一段含 %1</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="72"/>
        <source>%1 is in 1 paragraph</source>
        <translation>含 %1 的有 1 段</translation>
    </message>
    <message>
        <location filename="../../gui/search/all_terms_status.py" line="74"/>
        <source>%1 is in %2 paragraphs</source>
        <translation>含 %1 的有 %2 段</translation>
    </message>
</context>
<context>
    <name>AnnotationTooltip</name>
    <message>
        <location filename="../../gui/notes/annotation_tooltip.py" line="81"/>
        <source>Made {made}</source>
        <translation>创建于 {made}</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotation_tooltip.py" line="82"/>
        <source>Made {made}, last changed {changed}</source>
        <translation>创建于 {made}，最后修改于 {changed}</translation>
    </message>
</context>
<context>
    <name>AnnotationsExport</name>
    <message>
        <location filename="../../gui/notes/annotations_export.py" line="35"/>
        <location filename="../../gui/notes/annotations_export.py" line="88"/>
        <source>Export annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_export.py" line="32"/>
        <source>annotations.md</source>
        <translation>批注.md</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_export.py" line="72"/>
        <source>No annotations to export</source>
        <translation>没有可导出的批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_export.py" line="93"/>
        <source>1 annotation exported to %1</source>
        <translation>已将 1 条批注导出到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_export.py" line="96"/>
        <source>%1 annotations exported to %2</source>
        <translation>已将 %1 条批注导出到 %2</translation>
    </message>
</context>
<context>
    <name>AnnotationsFilterBar</name>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="64"/>
        <source>Search notes, quotes and tags</source>
        <translation>搜索笔记、原文和标签</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="68"/>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="69"/>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="152"/>
        <source>Needs placing</source>
        <translation>待放置的批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="73"/>
        <source>Annotations whose passage was not found in the report&apos;s new text. Select the passage in the reader, then choose Place here in the annotation&apos;s menu.</source>
        <translation>在报告新文本中找不到原段落的批注。请在阅读区选中段落，再在该批注的菜单中选择“放在此处”。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="78"/>
        <source>Colours…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="79"/>
        <source>Rename colour meanings and change colours</source>
        <translation>修改颜色含义和颜色</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="82"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="83"/>
        <source>Export every annotation as Markdown or CSV</source>
        <translation>将全部批注导出为 Markdown 或 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="132"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="138"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_filter_bar.py" line="149"/>
        <source>Needs placing (%1)</source>
        <translation>待放置（%1）</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanelActions</name>
    <message>
        <location filename="../../gui/notes/annotations_panel_actions.py" line="37"/>
        <source>&amp;Show in the reader</source>
        <translation>在阅读区中显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_panel_actions.py" line="51"/>
        <source>&amp;Delete highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_panel_actions.py" line="45"/>
        <source>&amp;Edit note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_panel_actions.py" line="114"/>
        <source>&amp;Copy to another report…</source>
        <translation>复制到另一份报告(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_panel_actions.py" line="119"/>
        <source>&amp;Place here (on the text selected in the reader)</source>
        <translation>放在此处（阅读区中选中的文字）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_panel_actions.py" line="209"/>
        <source>Place annotation</source>
        <translation>放置批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_panel_actions.py" line="211"/>
        <source>Open the annotation&apos;s report, select the passage it belongs to, then choose Place here again.</source>
        <translation>请打开批注所属的报告，选中它对应的段落，然后再次选择“放在此处”。</translation>
    </message>
</context>
<context>
    <name>AnnotationsSummary</name>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="41"/>
        <source>Found %1 of %2 annotations</source>
        <translation>找到 %1 条，共 %2 条批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="47"/>
        <source>1 annotation in this report</source>
        <translation>本报告共 1 条批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="48"/>
        <source>%1 annotations in this report</source>
        <translation>本报告共 %1 条批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="52"/>
        <source>1 annotation in 1 report</source>
        <translation>共 1 条批注，在 1 份报告中</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="54"/>
        <source>%1 annotations in 1 report</source>
        <translation>共 %1 条批注，在 1 份报告中</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="58"/>
        <source>%1 annotations in %2 reports</source>
        <translation>共 %1 条批注，分布在 %2 份报告中</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="67"/>
        <source>Open a report to see its annotations here, or tick All reports.</source>
        <translation>打开一份报告即可在此查看它的批注，或勾选“全部报告”。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="72"/>
        <source>No annotations yet. Select a passage in a report and press Ctrl+1 (or choose Highlight in its menu).</source>
        <translation>还没有批注。在报告中选中一段文字，按 Ctrl+1（或在右键菜单中选择“高亮”）。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="77"/>
        <source>No annotations in this report yet. Select a passage and press Ctrl+1 (or choose Highlight in its menu).</source>
        <translation>本报告还没有批注。选中一段文字，按 Ctrl+1（或在右键菜单中选择“高亮”）。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotations_summary.py" line="82"/>
        <source>No annotation matches the search and filters above.</source>
        <translation>没有符合上方搜索和筛选条件的批注。</translation>
    </message>
</context>
<context>
    <name>CarryDialog</name>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="54"/>
        <source>Copy annotation to another report</source>
        <translation>将批注复制到另一份报告</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="76"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="82"/>
        <source>Annotated passage:</source>
        <translation>批注的段落：</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="84"/>
        <source>Copy to:</source>
        <translation>复制到：</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="86"/>
        <source>Proposed passage:</source>
        <translation>建议的段落：</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="95"/>
        <source>There is no other report in the library.</source>
        <translation>报告库中没有其他报告。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="119"/>
        <source>No passage of this report is alike enough to the annotated one: nothing to copy it to.</source>
        <translation>这份报告中没有与批注段落足够相似的段落，无处可复制。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="134"/>
        <source>The same words</source>
        <translation>相同的文字</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="136"/>
        <source>The most alike passage (%1% alike)</source>
        <translation>最相似的段落（相似度 %1%）</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="140"/>
        <source>in the section “%1”.</source>
        <translation>，位于“%1”一节。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/carry_dialog.py" line="142"/>
        <source>in the whole report (no paired section).</source>
        <translation>，在全文中找到（没有配对的章节）。</translation>
    </message>
</context>
<context>
    <name>ChangeListModel</name>
    <message>
        <location filename="../../gui/compare/change_list.py" line="48"/>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="53"/>
        <source>%1 reworded</source>
        <translation>改写 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="54"/>
        <source>%1 added</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="55"/>
        <source>%1 removed</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="56"/>
        <source>%1 moved</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="59"/>
        <source>%1 numbers</source>
        <translation>数字变化 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="59"/>
        <source>%1 number</source>
        <translation>数字变化 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="118"/>
        <source>The block also covers:</source>
        <translation>这一整段还包括：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_list.py" line="136"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChangeLook</name>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="76"/>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="77"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="78"/>
        <source>Reworded</source>
        <translation>改写</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="65"/>
        <source>Changed number</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="66"/>
        <source>Added sections</source>
        <translation>新增章节</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="67"/>
        <source>Removed sections</source>
        <translation>删除章节</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="79"/>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="80"/>
        <source>Added section</source>
        <translation>新增章节</translation>
    </message>
    <message>
        <location filename="../../gui/compare/change_styles.py" line="81"/>
        <source>Removed section</source>
        <translation>删除章节</translation>
    </message>
</context>
<context>
    <name>CompareDocument</name>
    <message>
        <location filename="../../gui/compare/compare_document.py" line="122"/>
        <source>Moved: click to see the other end</source>
        <translation>移动：点击查看另一端</translation>
    </message>
</context>
<context>
    <name>CompareExport</name>
    <message>
        <location filename="../../gui/compare/compare_export.py" line="116"/>
        <source>the PDF could not be made</source>
        <translation>无法生成 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_export.py" line="140"/>
        <location filename="../../gui/compare/compare_export.py" line="184"/>
        <source>Save comparison</source>
        <translation>保存对比</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_export.py" line="144"/>
        <source>Comparison saved to %1</source>
        <translation>对比已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_export.py" line="192"/>
        <source>Save comparison as PDF</source>
        <translation>将对比保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_export.py" line="210"/>
        <source>Print comparison</source>
        <translation>打印对比</translation>
    </message>
</context>
<context>
    <name>CompareLegend</name>
    <message>
        <location filename="../../gui/compare/compare_legend.py" line="87"/>
        <source>Change %1 of %2</source>
        <translation>第 %1 / %2 处改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_legend.py" line="89"/>
        <source>%1 changes</source>
        <translation>%1 处改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_legend.py" line="89"/>
        <source>%1 change</source>
        <translation>%1 处改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_legend.py" line="98"/>
        <source>Comparison failed: %1</source>
        <translation>对比失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_legend.py" line="121"/>
        <source>(%1 changed numbers among them)</source>
        <translation>（其中数字变化 %1）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_legend.py" line="123"/>
        <source>(%1 changed number among them)</source>
        <translation>（其中数字变化 %1）</translation>
    </message>
</context>
<context>
    <name>ComparePanels</name>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="45"/>
        <source>Which changes the list shows and Next/Previous change visit</source>
        <translation>改动列表显示哪些改动，“上一处/下一处改动”在哪些改动间跳转</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="66"/>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="67"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="68"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="120"/>
        <source>All changes</source>
        <translation>全部改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="121"/>
        <source>Changed numbers</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="122"/>
        <source>Reworded</source>
        <translation>改写</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="123"/>
        <source>Inserted and added sections</source>
        <translation>新增及新增章节</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="124"/>
        <source>Deleted and removed sections</source>
        <translation>删除及删除章节</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="125"/>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="132"/>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="135"/>
        <source>No changes: the two texts read alike.</source>
        <translation>没有改动：两份文本内容一致。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_panels.py" line="137"/>
        <source>No changes of this kind (%1). Choose “%2” to see every change.</source>
        <translation>没有此类改动（%1）。选择“%2”可查看全部改动。</translation>
    </message>
</context>
<context>
    <name>CompareTexts</name>
    <message>
        <location filename="../../gui/compare/compare_texts.py" line="77"/>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_texts.py" line="77"/>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_texts.py" line="79"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_texts.py" line="79"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="44"/>
        <source>Side panel</source>
        <translation>侧栏</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="45"/>
        <source>Show or hide the list of changes, sections and targets (F9)</source>
        <translation>显示或隐藏改动、章节与目标列表（F9）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="55"/>
        <source>Previous change</source>
        <translation>上一处改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="60"/>
        <source>Next change</source>
        <translation>下一处改动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="66"/>
        <source>Swap sides</source>
        <translation>交换左右</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="70"/>
        <source>Character level</source>
        <translation>逐字对比</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="71"/>
        <source>Compare character by character (for two editions of one report)</source>
        <translation>逐字对比（用于同一报告的两个版本）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="76"/>
        <source>Punctuation, spacing and numbering</source>
        <translation>标点、空格与序号</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="77"/>
        <source>Also show changes of punctuation width, spaces and line breaks, and area numbers that follow from an area added, removed or moved before them</source>
        <translation>同时显示标点全半角、空格和换行的差异，以及因前面增删或移动了领域而改变的领域序号</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="85"/>
        <source>Save as HTML…</source>
        <translation>另存为 HTML…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="89"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_actions.py" line="93"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/compare_view.py" line="210"/>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../gui/core_messages.py" line="26"/>
        <source>en</source>
        <translation>zh_CN</translation>
    </message>
    <message>
        <location filename="../../gui/core_messages.py" line="44"/>
        <source>ReportLens</source>
        <translation>政报对读</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../gui/counts.py" line="12"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../gui/crash_handler.py" line="209"/>
        <source>ReportLens met an unexpected problem.</source>
        <translation>ReportLens 遇到了意外问题。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_handler.py" line="211"/>
        <source>the log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../gui/crash_handler.py" line="216"/>
        <source>The details were written to %1. You can keep working, but save</source>
        <translation>详细信息已写入 %1。您可以继续工作，但请保存</translation>
    </message>
    <message>
        <location filename="../../gui/crash_handler.py" line="220"/>
        <source>what matters; if the problem comes back, quit and start again.</source>
        <translation>重要内容；如果问题再次出现，请退出并重新启动。</translation>
    </message>
    <message>
        <location filename="../../gui/crash_handler.py" line="226"/>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../../gui/crash_handler.py" line="229"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>CurrentTab</name>
    <message>
        <location filename="../../gui/current_tab.py" line="94"/>
        <source>%1 · %2% read</source>
        <translation>%1 · 已读 %2%</translation>
    </message>
    <message>
        <location filename="../../gui/current_tab.py" line="96"/>
        <source>%1% read</source>
        <translation>已读 %1%</translation>
    </message>
</context>
<context>
    <name>DetailsHistory</name>
    <message>
        <location filename="../../gui/library/details_history.py" line="37"/>
        <source>Edit details</source>
        <translation>编辑信息</translation>
    </message>
    <message>
        <location filename="../../gui/library/details_history.py" line="106"/>
        <source>The details of “%1” are as they were</source>
        <translation>“%1”的信息已恢复原样</translation>
    </message>
    <message>
        <location filename="../../gui/library/details_history.py" line="108"/>
        <source>The details of “%1” are edited again</source>
        <translation>“%1”的信息已重新修改</translation>
    </message>
    <message>
        <location filename="../../gui/library/details_history.py" line="124"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/library/details_history.py" line="125"/>
        <source>The details of “%1” were not put back.</source>
        <translation>“%1”的信息未能恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/library/details_history.py" line="129"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/library/details_history.py" line="130"/>
        <source>The details of “%1” were not edited again.</source>
        <translation>“%1”的信息未能重新修改。</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../gui/search/find_bar.py" line="51"/>
        <source>Find in report</source>
        <translation>在报告中查找</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="58"/>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个 (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="62"/>
        <source>Next match (F3)</source>
        <translation>下一个 (F3)</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="70"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="74"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="87"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="88"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="89"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="182"/>
        <source>search wrapped to the start</source>
        <translation>已从头开始查找</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="191"/>
        <source>search wrapped to the end</source>
        <translation>已从末尾开始查找</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="218"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../gui/search/find_bar.py" line="220"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 处</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../gui/importing/import_controller.py" line="91"/>
        <source>Import reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_controller.py" line="93"/>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_controller.py" line="104"/>
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_controller.py" line="118"/>
        <source>Preparing the import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_controller.py" line="131"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../gui/importing/import_controller.py" line="37"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/importing/import_controller.py" line="50"/>
        <source>Importing %1 of %2: %3</source>
        <translation>正在导入第 %1 / %2 个：%3</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="115"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="37"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="38"/>
        <source>Already in the library</source>
        <translation>报告库中已有</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="39"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="47"/>
        <source>%1 imported, %2 already in the library, %3 failed.</source>
        <translation>已导入 %1 个，库中已有 %2 个，失败 %3 个。</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="56"/>
        <source>%1 of them had almost no line breaks: ReportLens restored them where it judged the headings and paragraphs to start.</source>
        <translation>其中 %1 个文件几乎没有换行：ReportLens 已在其判断的标题和段落开头处恢复换行。</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="62"/>
        <source>The import was cancelled; the rest was not imported.</source>
        <translation>导入已取消，其余文件未导入。</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="68"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="68"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="94"/>
        <source>(line breaks restored) %1</source>
        <translation>（已恢复换行）%1</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="110"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="112"/>
        <source>Some files could not be imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_dialog.py" line="114"/>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
</context>
<context>
    <name>LibraryEmptyState</name>
    <message>
        <location filename="../../gui/library/library_empty_state.py" line="26"/>
        <source>The library is empty</source>
        <translation>报告库是空的</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_empty_state.py" line="32"/>
        <source>Import your own work reports, or add the sample reports to try the app.</source>
        <translation>导入您的工作报告，或添加示例报告试用。</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_empty_state.py" line="36"/>
        <source>Import reports…</source>
        <translation>导入报告…</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_empty_state.py" line="39"/>
        <source>Add the sample reports</source>
        <translation>添加示例报告</translation>
    </message>
</context>
<context>
    <name>LibraryEvents</name>
    <message>
        <location filename="../../gui/library_events.py" line="116"/>
        <source>%1 annotations did not find their passage in the new edition. They are kept and listed under “Needs placing”: select the passage in the report and choose “Place here” from an annotation&apos;s menu.</source>
        <translation>%1 条批注未能在新版本中找到原文段落。它们已保留，列在“待放置”中：在报告中选中原文段落，然后在批注的菜单中选择“放在此处”。</translation>
    </message>
    <message>
        <location filename="../../gui/library_events.py" line="135"/>
        <source>%1 reads as a report of %2, not as an edition of “%3” (%4).

Replace anyway? “%3” is removed from the library and its annotations move to the new file.</source>
        <translation>%1 读来是%2的报告，不是“%3”（%4）的另一版本。

仍要替换吗？“%3”将从报告库中移除，其批注移到新文件上。</translation>
    </message>
    <message>
        <location filename="../../gui/library_events.py" line="144"/>
        <source>Replace anyway</source>
        <translation>仍要替换</translation>
    </message>
    <message>
        <location filename="../../gui/library_events.py" line="88"/>
        <location filename="../../gui/library_events.py" line="120"/>
        <location filename="../../gui/library_events.py" line="132"/>
        <source>Replace with a corrected edition</source>
        <translation>用更正版替换</translation>
    </message>
    <message>
        <location filename="../../gui/library_events.py" line="110"/>
        <source>1 annotation did not find its passage in the new edition. It is kept and listed under “Needs placing”: select the passage in the report and choose “Place here” from the annotation&apos;s menu.</source>
        <translation>1 条批注未能在新版本中找到原文段落。它已保留，列在“待放置”中：在报告中选中原文段落，然后在批注的菜单中选择“放在此处”。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../gui/library/library_model.py" line="46"/>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_model.py" line="101"/>
        <source>Unknown region</source>
        <translation>未知地区</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_model.py" line="108"/>
        <source>Unknown year</source>
        <translation>未知年份</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../gui/library/library_panel.py" line="94"/>
        <source>Filter by title, region, year…</source>
        <translation>按标题、地区、年份筛选…</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="117"/>
        <source>&amp;Compare the two selected reports</source>
        <translation>对比所选的两份报告(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="118"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="121"/>
        <source>Select two reports in the library (Ctrl+click) and compare them side by side</source>
        <translation>在报告库中选择两份报告（Ctrl+单击），并排对比</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="334"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="336"/>
        <source>Edit details…</source>
        <translation>编辑信息…</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="338"/>
        <source>Replace with a corrected edition…</source>
        <translation>用更正版替换…</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="341"/>
        <source>Remove from library…</source>
        <translation>从库中移除…</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="351"/>
        <source>Scorecard of %1</source>
        <translation>%1目标完成情况</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="357"/>
        <source>Compare with</source>
        <translation>与此对比</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="417"/>
        <source>Corrected edition of “%1”</source>
        <translation>“%1”的更正版</translation>
    </message>
    <message>
        <location filename="../../gui/library/library_panel.py" line="419"/>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告 (%1);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LibraryRecovery</name>
    <message>
        <location filename="../../gui/library_recovery.py" line="48"/>
        <source>The library file %1 is damaged and cannot be opened. It has been kept as %2.</source>
        <translation>报告库文件 %1 已损坏，无法打开。它已另存为 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/library_recovery.py" line="66"/>
        <source>Damaged library</source>
        <translation>报告库已损坏</translation>
    </message>
    <message>
        <location filename="../../gui/library_recovery.py" line="74"/>
        <source>Restore the backup of %1</source>
        <translation>恢复 %1 的备份</translation>
    </message>
    <message>
        <location filename="../../gui/library_recovery.py" line="80"/>
        <source>Annotations made after that backup are in the damaged file.</source>
        <translation>该备份之后所做的批注保留在已损坏的文件中。</translation>
    </message>
    <message>
        <location filename="../../gui/library_recovery.py" line="86"/>
        <source>There is no backup of this library to restore.</source>
        <translation>此报告库没有可恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../gui/library_recovery.py" line="91"/>
        <source>Start an empty library</source>
        <translation>新建空报告库</translation>
    </message>
    <message>
        <location filename="../../gui/library_recovery.py" line="95"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LibrarySearchPanel</name>
    <message>
        <location filename="../../gui/search/library_search.py" line="126"/>
        <source>Search all reports…</source>
        <translation>搜索全部报告…</translation>
    </message>
    <message>
        <location filename="../../gui/search/library_search.py" line="129"/>
        <source>Words separated by spaces find the paragraphs that hold all of them; a phrase in quotes is found as it is written</source>
        <translation>以空格分开的几个词：找出同时含有这些词的段落；加引号的短语按原样查找</translation>
    </message>
    <message>
        <location filename="../../gui/search/library_search.py" line="200"/>
        <source>The first %1 matches, in 1 report; add words to narrow the search</source>
        <translation>前 %1 处匹配，都在 1 份报告中；加词可缩小范围</translation>
    </message>
    <message>
        <location filename="../../gui/search/library_search.py" line="203"/>
        <source>The first %1 matches, in %2 reports; add words to narrow the search</source>
        <translation>前 %1 处匹配，分布在 %2 份报告中；加词可缩小范围</translation>
    </message>
    <message>
        <location filename="../../gui/search/library_search.py" line="206"/>
        <source>1 match in 1 report</source>
        <translation>1 份报告中共 1 处匹配</translation>
    </message>
    <message>
        <location filename="../../gui/search/library_search.py" line="208"/>
        <source>%1 matches in 1 report</source>
        <translation>1 份报告中共 %1 处匹配</translation>
    </message>
    <message>
        <location filename="../../gui/search/library_search.py" line="210"/>
        <source>%1 matches in %2 reports</source>
        <translation>%2 份报告中共 %1 处匹配</translation>
    </message>
    <message>
        <location filename="../../gui/search/library_search.py" line="193"/>
        <source>No matches for “%1”</source>
        <translation>没有找到“%1”</translation>
    </message>
</context>
<context>
    <name>ListedLibrary</name>
    <message>
        <location filename="../../gui/listed_library.py" line="73"/>
        <source>0 reports in the library</source>
        <comment>the library is empty</comment>
        <translation>报告库中还没有报告（0 份）</translation>
    </message>
    <message>
        <location filename="../../gui/listed_library.py" line="75"/>
        <source>1 report in the library</source>
        <translation>报告库中共有 1 份报告</translation>
    </message>
    <message>
        <location filename="../../gui/listed_library.py" line="77"/>
        <source>%1 reports in the library</source>
        <translation>报告库中共有 %1 份报告</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window_docks.py" line="59"/>
        <source>Library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <location filename="../../gui/window_docks.py" line="64"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gui/window_docks.py" line="76"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../gui/window_docks.py" line="85"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../gui/window_docks.py" line="92"/>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="267"/>
        <source>Open a report to find in it (Ctrl+Shift+F searches the library)</source>
        <translation>请先打开一份报告再查找（Ctrl+Shift+F 搜索整个报告库）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>Text size: %1 pt</source>
        <translation>字号：%1 磅</translation>
    </message>
</context>
<context>
    <name>MetaDialog</name>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="33"/>
        <source>Edit report details</source>
        <translation>编辑报告信息</translation>
    </message>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="37"/>
        <source>e.g. 长治市</source>
        <translation>例如：长治市</translation>
    </message>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="40"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="48"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="49"/>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="50"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="51"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../gui/library/meta_dialog.py" line="52"/>
        <source>Edition:</source>
        <translation>版本：</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="65"/>
        <location filename="../../gui/notes/note_editor.py" line="147"/>
        <source>Annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="77"/>
        <source>Note (Markdown)</source>
        <translation>笔记（Markdown）</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="84"/>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="89"/>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="98"/>
        <source>This passage was not found in the report&apos;s new text.</source>
        <translation>在报告的新文本中未找到这段文字。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="100"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="101"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="102"/>
        <source>Reads as</source>
        <translation>显示效果</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="103"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="148"/>
        <source>Save the changes to this annotation?</source>
        <translation>保存对此批注的修改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/notes/note_editor.py" line="155"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，所做的修改将会丢失。</translation>
    </message>
</context>
<context>
    <name>NumberCard</name>
    <message>
        <location filename="../../gui/reader/number_card.py" line="25"/>
        <source>growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="26"/>
        <source>amount</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="27"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="28"/>
        <source>decrease</source>
        <translation>下降</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="29"/>
        <source>upper limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="40"/>
        <source>{kind}, {year}</source>
        <translation>{kind}（{year}年）</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="45"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="48"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="49"/>
        <source>Measures</source>
        <translation>衡量</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_card.py" line="51"/>
        <source>Section</source>
        <translation>所在章节</translation>
    </message>
</context>
<context>
    <name>NumberKinds</name>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="31"/>
        <source>Target</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="32"/>
        <source>expected target for this year</source>
        <translation>当年主要预期目标</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="37"/>
        <source>Plan target</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="38"/>
        <source>target of a five-year plan</source>
        <translation>五年规划等中长期目标</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="43"/>
        <source>Commitment</source>
        <translation>工作承诺</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="44"/>
        <source>number promised in the work plan</source>
        <translation>工作安排中承诺的数字</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="49"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="50"/>
        <source>outcome reported for a past year</source>
        <translation>已完成年份报告的结果</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="55"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../gui/reader/number_kinds.py" line="56"/>
        <source>any other figure (the government&apos;s own work, the opening)</source>
        <translation>其他数字（政府自身建设、开篇等处）</translation>
    </message>
</context>
<context>
    <name>NumberLegend</name>
    <message>
        <location filename="../../gui/reader/legend.py" line="38"/>
        <source>Numbers:</source>
        <translation>数字：</translation>
    </message>
    <message>
        <location filename="../../gui/reader/legend.py" line="46"/>
        <source>Highlight: %1</source>
        <translation>高亮：%1</translation>
    </message>
</context>
<context>
    <name>NumbersModel</name>
    <message>
        <location filename="../../gui/numbers/numbers_model.py" line="61"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_model.py" line="62"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_model.py" line="60"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_model.py" line="63"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_model.py" line="64"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_model.py" line="65"/>
        <source>Passage</source>
        <translation>原文</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="77"/>
        <source>Filter numbers…</source>
        <translation>筛选数字…</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="82"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="90"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="92"/>
        <source>Save the numbers listed as a CSV file (for a spreadsheet)</source>
        <translation>把列出的数字存为 CSV 文件（供电子表格使用）</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="150"/>
        <source>Open a report to see its numbers.</source>
        <translation>打开一份报告即可查看其中的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="152"/>
        <source>No numbers were found in this report.</source>
        <translation>这份报告中没有找到数字。</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="153"/>
        <source>No numbers match the filter.</source>
        <translation>没有符合筛选条件的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="184"/>
        <source>Numbers of %1</source>
        <translation>%1中的数字</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="187"/>
        <source>Export numbers</source>
        <translation>导出数字</translation>
    </message>
    <message>
        <location filename="../../gui/numbers/numbers_panel.py" line="188"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>OpeningNotice</name>
    <message>
        <location filename="../../gui/report_opener.py" line="53"/>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <location filename="../../gui/compare/overview_bar.py" line="32"/>
        <source>Where the changes are: click to go there</source>
        <translation>改动分布：点击跳转</translation>
    </message>
</context>
<context>
    <name>PairReason</name>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="20"/>
        <source>Same title, content likeness {content}</source>
        <translation>标题相同，内容相似度 {content}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="23"/>
        <source>Similar titles: title likeness {title}, content likeness {content}</source>
        <translation>标题相近：标题相似度 {title}，内容相似度 {content}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="26"/>
        <source>Same theme: content likeness {content}, title likeness {title}</source>
        <translation>主题相同：内容相似度 {content}，标题相似度 {title}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="29"/>
        <source>Same place in paired parts, content likeness {content}</source>
        <translation>在已配对部分中位置相同，内容相似度 {content}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="32"/>
        <source>Similar paragraphs: likeness {content}</source>
        <translation>段落相近：相似度 {content}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="35"/>
        <source>Paired by hand (content likeness {content})</source>
        <translation>手动配对（内容相似度 {content}）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="38"/>
        <source>Left unpaired by hand</source>
        <translation>手动设为不配对</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="44"/>
        <source>Removed: nothing in the other report is alike (best likeness {best})</source>
        <translation>删除：另一份中无相近章节，最高相似度 {best}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="47"/>
        <source>Added: nothing in the other report is alike (best likeness {best})</source>
        <translation>新增：另一份中无相近章节，最高相似度 {best}</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="52"/>
        <source>Removed: the closest section, “{closest}” (likeness {score}), is paired with another section</source>
        <translation>删除：最相近的「{closest}」（相似度 {score}）已与另一节配对</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="57"/>
        <source>Added: the closest section, “{closest}” (likeness {score}), is paired with another section</source>
        <translation>新增：最相近的「{closest}」（相似度 {score}）已与另一节配对</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="64"/>
        <source>Removed: the closest section, “{closest}” (likeness {score}), stands out of the order of the sections paired</source>
        <translation>删除：最相近的「{closest}」（相似度 {score}）与已配对章节的顺序不合</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="69"/>
        <source>Added: the closest section, “{closest}” (likeness {score}), stands out of the order of the sections paired</source>
        <translation>新增：最相近的「{closest}」（相似度 {score}）与已配对章节的顺序不合</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pair_reason_text.py" line="79"/>
        <source>Same theme: content likeness {content}, no heading to compare</source>
        <translation>主题相同：内容相似度 {content}，无标题可比</translation>
    </message>
</context>
<context>
    <name>PairingMenus</name>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="86"/>
        <source>Pair “%1” automatically again</source>
        <translation>让“%1”重新自动配对</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="89"/>
        <source>Pair all sections automatically again</source>
        <translation>全部章节重新自动配对</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="104"/>
        <source>Pair sections</source>
        <translation>配对章节</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="105"/>
        <source>Pair “%1” with:</source>
        <translation>将“%1”配对到：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="80"/>
        <source>Pair “%1” with…</source>
        <translation>将“%1”配对到…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="45"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="48"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/compare/pairing_menus.py" line="82"/>
        <source>Unpair “%1”</source>
        <translation>取消“%1”的配对</translation>
    </message>
</context>
<context>
    <name>PaletteEditor</name>
    <message>
        <location filename="../../gui/notes/palette_editor.py" line="47"/>
        <source>Highlight colours</source>
        <translation>高亮颜色</translation>
    </message>
    <message>
        <location filename="../../gui/notes/palette_editor.py" line="57"/>
        <source>Add a colour</source>
        <translation>添加颜色</translation>
    </message>
    <message>
        <location filename="../../gui/notes/palette_editor.py" line="73"/>
        <source>Change the colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../gui/notes/palette_editor.py" line="76"/>
        <source>What this colour marks</source>
        <translation>这种颜色标记什么</translation>
    </message>
</context>
<context>
    <name>ReaderAnnotations</name>
    <message>
        <location filename="../../gui/notes/annotation_commands.py" line="79"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotation_commands.py" line="118"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotation_commands.py" line="137"/>
        <source>Place annotation</source>
        <translation>放置批注</translation>
    </message>
    <message>
        <location filename="../../gui/notes/annotation_commands.py" line="93"/>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <location filename="../../gui/notes/reader_annotations.py" line="196"/>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/reader_annotations.py" line="200"/>
        <source>&amp;Place orphaned annotation here</source>
        <translation>将待放置的批注放在此处(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/reader_annotations.py" line="207"/>
        <source>&amp;Edit note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/reader_annotations.py" line="208"/>
        <source>&amp;Delete highlight</source>
        <translation>删除高亮(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/reader_annotations.py" line="215"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReaderTab</name>
    <message>
        <location filename="../../gui/reader/reader_tab.py" line="73"/>
        <source>Preparing the rest of the text… %p%</source>
        <translation>正在准备其余正文… %p%</translation>
    </message>
</context>
<context>
    <name>ReadingArea</name>
    <message>
        <location filename="../../gui/reading_area.py" line="55"/>
        <source>The library has no reports yet: import your own (Ctrl+O), or add the sample reports (Help menu).</source>
        <translation>报告库中还没有报告：请导入您自己的报告（Ctrl+O），或从“帮助”菜单添加示例报告。</translation>
    </message>
    <message>
        <location filename="../../gui/reading_area.py" line="60"/>
        <source>Open a report from the library on the left, or import your own (Ctrl+O).</source>
        <translation>从左侧报告库打开一份报告，或导入您自己的报告（Ctrl+O）。</translation>
    </message>
</context>
<context>
    <name>ReportKind</name>
    <message>
        <location filename="../../gui/library/kind_icons.py" line="21"/>
        <source>Report</source>
        <translation>报告全文</translation>
    </message>
    <message>
        <location filename="../../gui/library/kind_icons.py" line="22"/>
        <source>Interpretation</source>
        <translation>解读</translation>
    </message>
    <message>
        <location filename="../../gui/library/kind_icons.py" line="23"/>
        <source>Newspaper edition</source>
        <translation>报纸版</translation>
    </message>
    <message>
        <location filename="../../gui/library/kind_icons.py" line="24"/>
        <source>Not a report</source>
        <translation>非报告</translation>
    </message>
    <message>
        <location filename="../../gui/library/kind_icons.py" line="31"/>
        <source>R</source>
        <comment>badge: full report</comment>
        <translation>全</translation>
    </message>
    <message>
        <location filename="../../gui/library/kind_icons.py" line="32"/>
        <source>I</source>
        <comment>badge: interpretation</comment>
        <translation>解</translation>
    </message>
    <message>
        <location filename="../../gui/library/kind_icons.py" line="33"/>
        <source>N</source>
        <comment>badge: newspaper</comment>
        <translation>报</translation>
    </message>
</context>
<context>
    <name>ReportRemoval</name>
    <message>
        <location filename="../../gui/report_removal.py" line="39"/>
        <location filename="../../gui/report_removal.py" line="70"/>
        <source>Remove report</source>
        <translation>移除报告</translation>
    </message>
    <message>
        <location filename="../../gui/report_removal.py" line="40"/>
        <source>Remove “%1” from the library? The file on disk is not touched.</source>
        <translation>从库中移除“%1”？磁盘上的文件不受影响。</translation>
    </message>
    <message>
        <location filename="../../gui/report_removal.py" line="43"/>
        <location filename="../../gui/report_removal.py" line="74"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../gui/report_removal.py" line="50"/>
        <source>“%1” has 1 annotation. Removing the report from the library removes its annotation too; export it first to keep it. The file on disk is not touched.</source>
        <translation>“%1”有 1 条批注。从库中移除这份报告，其批注也会一并移除；如要保留，请先导出。磁盘上的文件不受影响。</translation>
    </message>
    <message>
        <location filename="../../gui/report_removal.py" line="59"/>
        <source>“%1” has %2 annotations. Removing the report from the library removes its annotations too; export them first to keep them. The file on disk is not touched.</source>
        <translation>“%1”有 %2 条批注。从库中移除这份报告，其批注也会一并移除；如要保留，请先导出。磁盘上的文件不受影响。</translation>
    </message>
    <message>
        <location filename="../../gui/report_removal.py" line="73"/>
        <source>Export annotations…</source>
        <translation>导出批注…</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <location filename="../../gui/restart.py" line="50"/>
        <location filename="../../gui/restart.py" line="89"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="52"/>
        <source>ReportLens shows the chosen language once it starts again.</source>
        <translation>ReportLens 重新启动后才会使用所选的界面语言。</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="57"/>
        <source>Restart it now? The open tabs come back as they are.</source>
        <translation>现在重新启动吗？已打开的标签页会原样恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="62"/>
        <source>Restart &amp;now</source>
        <translation>立即重启(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="65"/>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/restart.py" line="90"/>
        <source>ReportLens could not start again: please start it yourself.</source>
        <translation>ReportLens 未能重新启动，请手动启动。</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="52"/>
        <source>Met</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="53"/>
        <source>Narrowly missed</source>
        <translation>接近目标</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="54"/>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="55"/>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="56"/>
        <source>Not comparable</source>
        <translation>不可比</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="57"/>
        <source>Awaiting next year&apos;s report</source>
        <translation>待下年报告</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="66"/>
        <source>%1 pp</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="73"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="155"/>
        <source>%1 target → result</source>
        <translation>%1 年 目标 → 结果</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="147"/>
        <source>Target and result over the years</source>
        <translation>历年目标与结果</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="157"/>
        <source>Over the years</source>
        <translation>历年走势</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="188"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="190"/>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="193"/>
        <source>Compared with GDP growth: %1</source>
        <translation>对比GDP增速：%1</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_model.py" line="199"/>
        <source>Click to read the target; right-click to read the result too</source>
        <translation>单击查看目标原文；右键还可查看结果原文</translation>
    </message>
</context>
<context>
    <name>ScorecardTabs</name>
    <message>
        <location filename="../../gui/scorecard_tabs.py" line="34"/>
        <source>Scorecard: %1</source>
        <translation>目标完成情况：%1</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard_tabs.py" line="54"/>
        <source>Open or select a report of a region to see its scorecard</source>
        <translation>请先打开或选中某地区的报告，再查看其目标完成情况</translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="69"/>
        <source>Scorecard of %1: targets against results</source>
        <translation>%1目标完成情况：预期目标与实际结果</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="86"/>
        <source>Target</source>
        <translation>预期目标</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="87"/>
        <source>Result</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="119"/>
        <source>No targets found for %1. Import the region&apos;s work reports (with their main expected targets) and the next year&apos;s report or interpretation.</source>
        <translation>没有找到%1的预期目标。请导入该地区的政府工作报告（含主要预期目标）以及下一年的报告或解读。</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="126"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="129"/>
        <source>Save the scorecard as a CSV file (for a spreadsheet)</source>
        <translation>把目标完成情况存为 CSV 文件（供电子表格使用）</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="132"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="134"/>
        <source>Copy the scorecard, to paste into a spreadsheet</source>
        <translation>复制目标完成情况表，可粘贴到电子表格中</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="165"/>
        <source>%1: targets from %2; no results reported yet</source>
        <translation>%1 年：目标取自%2；尚无结果</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="172"/>
        <source>%1: targets from %2; results from %3</source>
        <translation>%1 年：目标取自%2；结果取自%3</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="176"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="208"/>
        <source>Export scorecard</source>
        <translation>导出目标完成情况</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="209"/>
        <source>Scorecard of %1</source>
        <translation>%1目标完成情况</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="225"/>
        <source>Scorecard copied</source>
        <translation>已复制目标完成情况表</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="245"/>
        <source>Read the &amp;target in its report</source>
        <translation>在报告中查看目标(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/scorecard/scorecard_view.py" line="247"/>
        <source>Read the &amp;result in its report</source>
        <translation>在报告中查看结果(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../gui/search/library_search.py" line="42"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>SectionNames</name>
    <message>
        <location filename="../../gui/compare/section_names.py" line="19"/>
        <source>(opening)</source>
        <translation>（开篇）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/section_names.py" line="20"/>
        <source>(end)</source>
        <translation>（结尾）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/section_names.py" line="21"/>
        <source>(introduction)</source>
        <translation>（导语）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/section_names.py" line="22"/>
        <source>(whole text)</source>
        <translation>（全文）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/section_names.py" line="23"/>
        <source>(closing)</source>
        <translation>（结语）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/section_names.py" line="24"/>
        <source>(no counterpart)</source>
        <translation>（无对应）</translation>
    </message>
</context>
<context>
    <name>SectionTreeModel</name>
    <message>
        <location filename="../../gui/reader/section_tree.py" line="27"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>SectionTreeView</name>
    <message>
        <location filename="../../gui/reader/section_tree.py" line="84"/>
        <source>Open a report to see its sections.</source>
        <translation>打开一份报告即可查看其章节。</translation>
    </message>
    <message>
        <location filename="../../gui/reader/section_tree.py" line="85"/>
        <source>This report has no section headings.</source>
        <translation>这份报告没有章节标题。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="82"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="86"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="86"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="115"/>
        <source>%1 menu (anywhere in the window)</source>
        <translation>“%1”菜单（窗口中任何位置）</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="117"/>
        <source>Reading a report or a comparison</source>
        <translation>阅读报告或对比时</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="118"/>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="119"/>
        <source>Comparing two reports</source>
        <translation>对比两份报告</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="122"/>
        <source>Annotations panel</source>
        <translation>批注面板</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="125"/>
        <source>Scorecard</source>
        <translation>目标完成情况</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="126"/>
        <source>Show the result&apos;s passage</source>
        <translation>显示实际结果所在段落</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="138"/>
        <source>Highlight the selection: %1</source>
        <translation>高亮所选文字：%1</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="144"/>
        <source>Copy the selection</source>
        <translation>复制所选文字</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="145"/>
        <source>Bigger or smaller text</source>
        <translation>放大或缩小文字</translation>
    </message>
    <message>
        <location filename="../../gui/shortcuts_dialog.py" line="145"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../gui/table_export.py" line="75"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>TargetsHeading</name>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="162"/>
        <source>Each target: its indicator and what changed, then the target of one report → the other&apos;s. Click one to show it in both texts.</source>
        <translation>每项目标：指标及其变化，下一行是一份报告的目标 → 另一份的目标。点击一项，两边的文本都转到它。</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="50"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="47"/>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="47"/>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="49"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="49"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="50"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="67"/>
        <source>right only</source>
        <translation>仅右侧有</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="69"/>
        <source>left only</source>
        <translation>仅左侧有</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="71"/>
        <source>same</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="72"/>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="73"/>
        <source>reworded</source>
        <translation>表述调整</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="74"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="75"/>
        <source>dropped</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="76"/>
        <source>not stated there</source>
        <translation>对方未列目标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/targets_panel.py" line="90"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../gui/window_actions.py" line="88"/>
        <source>&amp;About ReportLens</source>
        <translation>关于政报对读(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="72"/>
        <source>&amp;Actual size</source>
        <translation>原始大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="120"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="110"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="50"/>
        <source>&amp;Find in report…</source>
        <translation>在报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="137"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="34"/>
        <source>&amp;Import reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="136"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="91"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="62"/>
        <source>&amp;Search library…</source>
        <translation>搜索报告库(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="75"/>
        <source>&amp;Export annotations…</source>
        <translation>导出批注(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="77"/>
        <source>Export sc&amp;orecard…</source>
        <translation>导出目标完成情况(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="78"/>
        <source>Export n&amp;umbers…</source>
        <translation>导出数字(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="80"/>
        <source>&amp;Scorecard of this region</source>
        <translation>本地区目标完成情况(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="86"/>
        <source>Add the &amp;sample reports</source>
        <translation>添加示例报告(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="87"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="89"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="126"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="158"/>
        <source>Li&amp;brary</source>
        <translation>报告库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="159"/>
        <source>S&amp;earch</source>
        <translation>搜索(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="160"/>
        <source>Se&amp;ctions</source>
        <translation>章节(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="161"/>
        <source>N&amp;umbers</source>
        <translation>数字(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="162"/>
        <source>A&amp;nnotations</source>
        <translation>批注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="247"/>
        <source>About ReportLens</source>
        <translation>关于政报对读</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="250"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="56"/>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="59"/>
        <source>Find &amp;previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="43"/>
        <source>Import a &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="40"/>
        <source>Import report files (Ctrl+O); folders can be dropped</source>
        <translation>导入报告文件（Ctrl+O）；也可把文件夹拖到窗口中</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="46"/>
        <source>Close &amp;tab</source>
        <translation>关闭标签页(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="143"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="248"/>
        <source>ReportLens (政报对读) reads, compares and annotates government work reports.</source>
        <translation>政报对读（ReportLens）用于阅读、对比和批注政府工作报告。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="169"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="193"/>
        <source>The language changes the next time ReportLens starts.</source>
        <translation>语言将在下次启动政报对读时生效。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="68"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="70"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
</context>
<context>
    <name>WindowStart</name>
    <message>
        <location filename="../../gui/window_start.py" line="39"/>
        <location filename="../../gui/window_start.py" line="40"/>
        <location filename="../../gui/window_start.py" line="41"/>
        <source>Preparing the sample library…</source>
        <translation>正在准备示例报告库…</translation>
    </message>
    <message>
        <location filename="../../gui/window_start.py" line="59"/>
        <location filename="../../gui/window_start.py" line="60"/>
        <source>Adding the sample reports…</source>
        <translation>正在添加示例报告…</translation>
    </message>
</context>
</TS>
