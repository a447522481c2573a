"""The self-test's check of annotating: a highlight with a note and a tag, saved, read, exported."""

from __future__ import annotations

from gui.self_test.state import SelfTestState


def check_annotation(state: SelfTestState) -> str:
    """A highlight with a note and a tag on the first target, saved, read back, exported."""
    from core.library import open_library
    from core.notes.anchors import make_anchor
    from core.notes.export import annotations_markdown
    from core.store.annotations import annotations_of

    if not state.targets:
        raise AssertionError("needs a target to annotate")
    first, target = state.loaded[0], state.targets[0]
    anchor = make_anchor(first.text, target.start, target.end, first.outline)
    with open_library(str(state.folder / "library.sqlite3")) as store:
        notes = annotations_of(store)
        colour = notes.palette()[0]
        added = notes.add(first.report_id, anchor, colour.key, "自检批注", ("自检",))
    saved = annotations_of(state.store).for_report(first.report_id)
    if [a.id for a in saved] != [added.id] or saved[0].anchor.quote != target.text:
        raise AssertionError(f"{len(saved)} annotations read back, not the one saved")
    titles = {first.report_id: first.meta.title}
    markdown = annotations_markdown(saved, titles, annotations_of(state.store).palette())
    exported = state.folder / "annotations.md"
    exported.write_text(markdown, encoding="utf-8")
    written = exported.read_text(encoding="utf-8")
    if target.text not in written or "自检批注" not in written or "#自检" not in written:
        raise AssertionError("the export lacks the passage, the note or the tag")
    return f"'{anchor.quote}' marked {colour.meaning}, saved and exported ({len(written)} chars)"
