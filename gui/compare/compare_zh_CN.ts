<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChangeListModel</name>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>改写</translation>
    </message>
</context>
<context>
    <name>ChangeLook</name>
    <message>
        <source>Added section</source>
        <translation>新增段落</translation>
    </message>
    <message>
        <source>Changed number</source>
        <translation>数字变化</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Removed section</source>
        <translation>删除段落</translation>
    </message>
    <message>
        <source>Reworded</source>
        <translation>改写</translation>
    </message>
</context>
<context>
    <name>CompareDocument</name>
    <message>
        <source>Moved: click to see the other end</source>
        <translation>移动：点击查看另一端</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>%1 changes</source>
        <translation>%1 处改动</translation>
    </message>
    <message>
        <source>Also show changes of punctuation width, spaces and line breaks</source>
        <translation>同时显示标点全半角、空格和换行的差异</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>Character level</source>
        <translation>逐字比较</translation>
    </message>
    <message>
        <source>Compare character by character (for two editions of one report)</source>
        <translation>逐字比较（用于同一报告的两个版本）</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处改动</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <source>Pair sections</source>
        <translation>配对章节</translation>
    </message>
    <message>
        <source>Pair “%1” with:</source>
        <translation>将“%1”配对到：</translation>
    </message>
    <message>
        <source>Pair “%1” with…</source>
        <translation>将“%1”配对到…</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处改动</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Punctuation and spacing</source>
        <translation>标点与空格</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>另存为 HTML…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>保存对照</translation>
    </message>
    <message>
        <source>Save comparison as PDF</source>
        <translation>将对照保存为 PDF</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交换左右</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Unpair “%1”</source>
        <translation>取消“%1”的配对</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <source>Where the changes are: click to go there</source>
        <translation>改动分布：点击跳转</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>较早</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>same</source>
        <translation>不变</translation>
    </message>
</context>
</TS>
