"""The style sheets of a comparison's HTML report: for the screen (with its print rules) and
for paper laid out by renderers that know only basic CSS.

Both colour changes alike (``MARKS_CSS``): removed red and struck through, added green,
changed wording amber, changed numbers bold on a strong background, moved passages blue.
"""

from __future__ import annotations

# The colours of changes, one for the screen and for paper.
MARKS_CSS = """
tr.removed td.l { background: #fdecec; } tr.added td.r { background: #eaf7ea; }
del, .del { background: #f9c9c9; color: #8a1f1f; text-decoration: line-through; }
ins, .ins { background: #c8efc8; color: #17561b; text-decoration: none; }
.chg { background: #fde9b0; }
.num { background: #ffb347; color: #000; font-weight: bold; }
.mov { background: #d6e6fb; color: #163e78; }
.caret { color: #c00; font-weight: bold; }
ol.changes li.n { font-weight: bold; }
tr.part th { background: #e4e8f0; }
.text th { text-align: left; background: #f3f3f3; }
table { border-collapse: collapse; width: 100%; }
.counts td, .counts th { border: 1px solid #ccc; text-align: center; }
.why { color: #777; font-weight: normal; }
"""

# A browser prints without backgrounds unless told (its "background graphics" box is off by
# default), and a greyscale printer makes the marks' light colours one grey: on paper the marks
# keep their colours where the browser allows, and each kind also has a line of its own.
# Deleted: struck through; inserted: underlined; reworded: a dashed underline; a changed
# number: bold in a box; moved: a double underline; an area added or removed: a bar beside it.
PRINT_CSS = """
@media print {
  body { margin: 0; font-size: 10pt; }
  ol.changes { columns: 2; }
  thead { display: table-header-group; }
  a { text-decoration: none; }
  del, .del, ins, .ins, .chg, .num, .mov, .caret, td, th {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  ins, .ins { text-decoration: underline solid #17561b 1.5px; text-underline-offset: 2px; }
  .chg { border-bottom: 1.5px dashed #7a5c00; }
  .num { outline: 2px solid #c25e00; }
  .mov { text-decoration: underline double #163e78; text-underline-offset: 2px; }
  tr.removed td.l { border-left: 3px solid #b03030; }
  tr.added td.r { border-left: 3px double #2e7d32; }
}
"""

SCREEN_CSS = (
    """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; margin: 1.5em;
  color: #222; line-height: 1.7; }
h1 { font-size: 1.4em; margin: 0 0 .3em; }
h2 { font-size: 1.15em; margin: 1.2em 0 .4em; }
.counts td, .counts th { padding: .2em .6em; }
.text { table-layout: fixed; }
.text td { vertical-align: top; width: 50%; padding: .4em .7em; border-top: 1px solid #ddd;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.text th { padding: .3em .7em; }
tr.part th { font-size: 1.05em; }
.why { font-size: .8em; }
td.empty { background: repeating-linear-gradient(45deg, #fafafa, #fafafa 6px, #f0f0f0 6px,
  #f0f0f0 12px); }
.num { outline: 2px solid #e07b00; }
ol.changes { columns: 2; column-gap: 3em; font-size: .9em; }
.legend span { margin-right: 1em; padding: 0 .3em; }
a { color: inherit; }
"""
    + MARKS_CSS
    + PRINT_CSS
)

# For paper, laid out by renderers that know only basic CSS (Qt's rich text, simple print
# paths): small type, single line spacing, no columns, gradients or outlines. Qt reads a
# cell's padding in px only (in pt it is left out, and the two columns' text stood 1 mm
# apart): the cells beside the middle keep a gutter of about 5 mm between the columns.
PAPER_CSS = (
    """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif; color: #222;
  font-size: 9pt; }
h1 { font-size: 13pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 10pt 0 4pt; }
.counts td, .counts th { padding: 2px 6px; }
.text td { vertical-align: top; width: 50%; padding: 0 4px; border-top: 1px solid #ddd;
  white-space: pre-wrap; }
.text td.l { padding-right: 10px; } .text td.r { padding-left: 10px; }
.text th { padding: 2px 8px; }
.why { font-size: 7pt; }
td.empty { background: #f5f5f5; }
ol.changes { font-size: 8pt; margin-top: 0; }
a { color: inherit; text-decoration: none; }
"""
    + MARKS_CSS
)
